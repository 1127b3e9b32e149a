"""The whole run: set aside unclear answers, embed, cluster, assign in chunks, describe.

Memory stays bounded whatever the number of answers: the embedder and the clusterer fit
on a seeded sample of at most `sample_size` answers, then every answer is embedded and
assigned `chunk_size` at a time and folded into per-theme tallies. Only the answers'
strings and one integer per answer are kept for the whole run.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import numpy as np
from threadpoolctl import threadpool_limits

from analysis.cluster import Clusterer, KMeansClusterer, assign
from analysis.describe import ThemeTally, describe_themes
from analysis.embed import Embedder, LsaEmbedder
from analysis.nlp import LanguageTools, TextblobNlp
from analysis.normalise import is_unclear
from analysis.types import (
    UNCLEAR,
    ConsultationThemes,
    QuestionThemes,
    Record,
    ThemingResult,
)

Progress = Callable[[int, int], None]

SAMPLE_SIZE = 20_000
CHUNK_SIZE = 5_000
SUPPORTED_LANGUAGES = ("en",)


def _threads() -> int:
    # BLAS threads beyond the cores we have only add contention (the target is 2 cores).
    return max(1, min(2, os.cpu_count() or 1))


def _min_theme_size(n_clear: int) -> int:
    """A theme needs at least 5 answers, and at least 2% of the themeable ones."""
    return max(5, math.ceil(0.02 * n_clear))


def _flags(value: bool | Sequence[bool], n: int, name: str) -> list[bool]:
    if isinstance(value, bool):
        return [value] * n
    flags = [bool(v) for v in value]
    if len(flags) != n:
        raise ValueError(f"{name} has {len(flags)} entries for {n} texts")
    return flags


def _sample(indices: Sequence[int], size: int, seed: int) -> list[int]:
    if len(indices) <= size:
        return list(indices)
    rng = np.random.default_rng(seed)
    return sorted(int(indices[i]) for i in rng.choice(len(indices), size, replace=False))


def _theme(
    texts: Sequence[str],
    consent: Sequence[bool],
    age_bands: Sequence[str | None],
    *,
    embedder: Embedder,
    fitted: bool,
    clusterer: Clusterer | None,
    n_themes: int | None,
    seed: int,
    nlp: LanguageTools | None,
    progress: Progress | None,
    sample_size: int,
    chunk_size: int,
) -> ThemingResult:
    clear = [i for i, t in enumerate(texts) if not is_unclear(t)]
    assignments = np.full(len(texts), UNCLEAR, dtype=np.int64)
    if not clear:
        return ThemingResult(themes=(), assignments=tuple(int(a) for a in assignments),
                             n_unclear=len(texts))
    sample = [texts[i] for i in _sample(clear, sample_size, seed)]
    embedded = embedder.transform(sample) if fitted else embedder.fit_transform(sample)
    if clusterer is None:
        clusterer = KMeansClusterer(min_size=_min_theme_size(len(clear)))
    centroids = clusterer.fit(embedded, n_themes, seed)

    tallies = [ThemeTally(seed=seed + i) for i in range(len(centroids))]
    answers_by_age: Counter[str] = Counter(b for b in age_bands if b)
    for start in range(0, len(clear), chunk_size):
        rows = clear[start : start + chunk_size]
        labels, sims = assign(embedder.transform([texts[i] for i in rows]), centroids)
        for i, label, sim in zip(rows, labels, sims, strict=True):
            assignments[i] = label
            tallies[label].add(texts[i], float(sim), consent[i], age_bands[i])
        if progress is not None:
            progress(min(start + chunk_size, len(clear)), len(clear))
    # k-means may leave a centroid with no answers once everything is assigned.
    kept = [i for i, t in enumerate(tallies) if t.size > 0]
    remap = {old: new for new, old in enumerate(kept)}
    assignments = np.array([remap.get(int(a), UNCLEAR) for a in assignments], dtype=np.int64)
    themes = describe_themes([tallies[i] for i in kept], nlp, len(texts), answers_by_age)
    return ThemingResult(
        themes=themes,
        assignments=tuple(int(a) for a in assignments),
        n_unclear=len(texts) - len(clear),
    )


def theme_texts(
    texts: Iterable[str],
    *,
    n_themes: int | None = None,
    seed: int = 0,
    language: str = "en",
    consent: bool | Sequence[bool] = False,
    age_bands: Sequence[str | None] | None = None,
    embedder: Embedder | None = None,
    clusterer: Clusterer | None = None,
    nlp: LanguageTools | None = None,
    progress: Progress | None = None,
    sample_size: int = SAMPLE_SIZE,
    chunk_size: int = CHUNK_SIZE,
) -> ThemingResult:
    """Group free-text answers into themes.

    `n_themes=None` lets the method choose how many. `consent` says whether answers may
    be quoted: one flag for all texts or one per text. It defaults to False, so plain
    texts are never quoted unless the caller says their authors agreed. The same `seed`
    gives the same result. Only English is supported: stop words, sentiment and phrase
    chunking are English resources, and other languages raise `ValueError`.
    """
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"theming supports {SUPPORTED_LANGUAGES}, not {language!r}")
    items = [t if isinstance(t, str) else "" for t in texts]
    with threadpool_limits(limits=_threads()):
        return _theme(
            items,
            _flags(consent, len(items), "consent"),
            list(age_bands) if age_bands is not None else [None] * len(items),
            embedder=embedder or LsaEmbedder(seed=seed),
            fitted=False,
            clusterer=clusterer,
            n_themes=n_themes,
            seed=seed,
            nlp=nlp if nlp is not None else TextblobNlp(),
            progress=progress,
            sample_size=sample_size,
            chunk_size=chunk_size,
        )


def theme_records(
    records: Iterable[Record],
    *,
    n_themes: int | None = None,
    seed: int = 0,
    embedder: Embedder | None = None,
    nlp: LanguageTools | None = None,
    progress: Progress | None = None,
    sample_size: int = SAMPLE_SIZE,
) -> ConsultationThemes:
    """Theme a consultation question by question, with shares by age band.

    This is what `consult analyse` calls. All questions share one embedding space fitted
    on a sample of every answer, so a small question still benefits from the words used
    across the whole consultation; themes are then found per question. Quotes come only
    from records with `consent=True`. Records in languages other than English are left
    out (see `theme_texts`).
    """
    by_question: dict[str, list[Record]] = {}
    for record in records:
        if record.language in SUPPORTED_LANGUAGES:
            by_question.setdefault(record.question, []).append(record)
    all_clear = [r.text for rs in by_question.values() for r in rs if not is_unclear(r.text)]
    embedder = embedder or LsaEmbedder(seed=seed)
    tools = nlp if nlp is not None else TextblobNlp()
    results: list[QuestionThemes] = []
    with threadpool_limits(limits=_threads()):
        if all_clear:
            picked = _sample(range(len(all_clear)), sample_size, seed)
            embedder.fit([all_clear[i] for i in picked])
        for done, (question, rs) in enumerate(by_question.items(), start=1):
            result = _theme(
                [r.text for r in rs],
                [r.consent for r in rs],
                [r.age_band for r in rs],
                embedder=embedder,
                fitted=bool(all_clear),
                clusterer=None,
                n_themes=n_themes,
                seed=seed,
                nlp=tools,
                progress=None,
                sample_size=sample_size,
                chunk_size=CHUNK_SIZE,
            )
            results.append(QuestionThemes(question=question, strand=rs[0].strand, result=result))
            if progress is not None:
                progress(done, len(by_question))
    return ConsultationThemes(questions=tuple(results))
