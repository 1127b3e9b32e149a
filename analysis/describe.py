"""Step 4: describe each theme in words a policy officer can read.

Answers stream past a `ThemeTally` once. It keeps counts, a fixed-size random sample
of answers (for phrases and sentiment) and the few consented answers closest to the
theme's centre (for quotes), so memory does not grow with the number of answers.

Labels and key phrases are ranked by class-based TF-IDF: a phrase scores highly when
many of a theme's answers use it and few other themes do. Labels use the words the young
people used (text speak expanded), never invented wording.
"""

from __future__ import annotations

import heapq
import math
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from analysis.nlp import LanguageTools
from analysis.normalise import FILLER, STOP_WORDS, lemma, tokens
from analysis.types import AGE_BANDS, MIN_QUOTE_THEME_SIZE, Theme

SAMPLE_PER_THEME = 300
QUOTES_PER_THEME = 3
MIN_QUOTE_WORDS = 4
MAX_LABEL_WORDS = 5

# Words too vague to start or end a label or key phrase ("Like and make" says nothing).
WEAK_WORDS: frozenset[str] = frozenset(
    """like make makes making get gets getting got know knows knew say says said tell
    told did does doing happen happens happened having want wants need needs think feel
    felt actually thing things way lot loads use used able start went going come came
    times time people kids kid child children young adults adult""".split()
)


@dataclass
class ThemeTally:
    """Running totals for one theme; feed it answers with `add`."""

    seed: int
    size: int = 0
    by_age: Counter[str] = field(default_factory=Counter)
    sample: list[str] = field(default_factory=list)
    _quotes: list[tuple[float, int, str]] = field(default_factory=list)
    _rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)  # noqa: S311 - sampling, not security

    def add(self, text: str, similarity: float, consent: bool, age_band: str | None) -> None:
        self.size += 1
        if age_band:
            self.by_age[age_band] += 1
        # Reservoir sampling keeps a uniform sample of every answer seen so far.
        if len(self.sample) < SAMPLE_PER_THEME:
            self.sample.append(text)
        else:
            slot = self._rng.randrange(self.size)
            if slot < SAMPLE_PER_THEME:
                self.sample[slot] = text
        # Only answers whose authors said yes to quoting may ever be quoted.
        if consent and len(text.split()) >= MIN_QUOTE_WORDS:
            item = (similarity, -self.size, text)
            if len(self._quotes) < QUOTES_PER_THEME * 4:
                heapq.heappush(self._quotes, item)
            else:
                heapq.heappushpop(self._quotes, item)

    def quotes(self) -> tuple[str, ...]:
        """The most central consented answers, none from a theme under 10 answers."""
        if self.size < MIN_QUOTE_THEME_SIZE:
            return ()
        chosen: list[str] = []
        seen: set[str] = set()
        for _, _, text in sorted(self._quotes, reverse=True):
            key = " ".join(tokens(text))
            if key not in seen:
                seen.add(key)
                chosen.append(text.strip())
            if len(chosen) == QUOTES_PER_THEME:
                break
        return tuple(chosen)


def _ngrams(text: str, max_n: int = 4) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Lemma n-grams that neither start nor end on a stop word, mapped to their surface."""
    words = tokens(text)
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for n in range(1, max_n + 1):
        for i in range(len(words) - n + 1):
            gram = words[i : i + n]
            if any(w in FILLER for w in gram) or gram[0] in STOP_WORDS or gram[-1] in STOP_WORDS:
                continue
            if gram[0] in WEAK_WORDS or (n == 1 and gram[0] in WEAK_WORDS):
                continue
            if gram[-1] in WEAK_WORDS and n < 3:
                continue
            if len(gram[0]) < 2 or len(gram[-1]) < 2:
                continue
            out.setdefault(tuple(lemma(w) for w in gram), tuple(gram))
    return out


def _class_scores(
    docs_by_theme: Sequence[Sequence[dict[tuple[str, ...], tuple[str, ...]]]],
) -> list[list[tuple[float, str]]]:
    """c-TF-IDF of every candidate phrase in every theme, best first, with its surface."""
    doc_freq: list[Counter[tuple[str, ...]]] = []
    surfaces: list[dict[tuple[str, ...], Counter[tuple[str, ...]]]] = []
    for docs in docs_by_theme:
        counts: Counter[tuple[str, ...]] = Counter()
        surface: dict[tuple[str, ...], Counter[tuple[str, ...]]] = {}
        for doc in docs:
            counts.update(doc.keys())
            for key, form in doc.items():
                surface.setdefault(key, Counter())[form] += 1
        doc_freq.append(counts)
        surfaces.append(surface)
    total: Counter[tuple[str, ...]] = Counter()
    for counts in doc_freq:
        total.update(counts)
    mean_docs = max(1.0, sum(len(d) for d in docs_by_theme) / max(1, len(docs_by_theme)))
    ranked: list[list[tuple[float, str]]] = []
    for docs, counts, surface in zip(docs_by_theme, doc_freq, surfaces, strict=True):
        scored: list[tuple[float, str]] = []
        floor = max(2, math.ceil(0.04 * len(docs)))
        for key, count in counts.items():
            if count < floor:
                continue
            tf = count / max(1, len(docs))
            idf = math.log(1 + mean_docs / total[key])
            # Longer phrases read better as labels; reward them a little.
            length_bonus = 1 + 0.35 * (len(key) - 1)
            usual = max(surface[key].items(), key=lambda kv: (kv[1], kv[0]))[0]
            scored.append((tf * idf * length_bonus, " ".join(usual)))
        scored.sort(key=lambda s: (-s[0], s[1]))
        ranked.append(scored)
    return ranked


def _distinct(phrases: Sequence[str], limit: int) -> list[str]:
    """Best phrases, dropping any that repeat words of a better one."""
    kept: list[str] = []
    for phrase in phrases:
        words = set(phrase.split())
        if any(words <= set(k.split()) or set(k.split()) <= words for k in kept):
            continue
        kept.append(phrase)
        if len(kept) == limit:
            break
    return kept


def _label(scored: Sequence[tuple[float, str]], taken: set[str]) -> str:
    """A short phrase a person would write, distinct from labels already `taken`.

    A phrase of two to five words reads like a heading ("Help the parents"), so one
    scoring at least 40% of the best candidate wins over a single word; two single words
    are joined ("Clothes and food") only as a last resort.
    """
    options = [(s, c) for s, c in scored if len(c.split()) <= MAX_LABEL_WORDS]
    options = [(s, c) for s, c in options if c.lower() not in taken]
    if not options:
        return f"Other answers ({len(taken) + 1})"
    best = options[0][0]
    phrase = next((c for s, c in options if len(c.split()) > 1 and s >= 0.4 * best), None)
    if phrase is None:
        words = [c for _, c in options if len(c.split()) == 1]
        phrase = " and ".join(words[:2]) if len(words) > 1 else options[0][1]
    label = phrase[0].upper() + phrase[1:]
    return label if label.lower() not in taken else f"{label} ({len(taken) + 1})"


def describe_themes(
    tallies: Sequence[ThemeTally],
    nlp: LanguageTools | None,
    n_answers: int,
    answers_by_age: Counter[str],
) -> tuple[Theme, ...]:
    """Turn tallies into `Theme`s with labels, key phrases, sentiment, quotes and shares."""
    if not tallies:
        return ()
    docs = [[_ngrams(t) for t in tally.sample] for tally in tallies]
    if nlp is not None:
        # Noun phrases from the tagger join the n-grams as candidates for key phrases.
        for theme_docs, tally in zip(docs, tallies, strict=True):
            for doc, text in zip(theme_docs, tally.sample, strict=True):
                for phrase in nlp.phrases(text):
                    words = tuple(phrase.split())
                    if words[0] in WEAK_WORDS or words[-1] in WEAK_WORDS:
                        continue
                    doc.setdefault(tuple(lemma(w) for w in words), words)
    ranked = _class_scores(docs)
    themes: list[Theme] = []
    taken: set[str] = set()
    for tally, scores in zip(tallies, ranked, strict=True):
        phrases = _distinct([form for _, form in scores], limit=8)
        label = _label(scores, taken)
        taken.add(label.lower())
        polarity = (
            sum(nlp.polarity(t) for t in tally.sample) / len(tally.sample)
            if nlp is not None and tally.sample
            else 0.0
        )
        share_by_age: dict[str, float] = {
            band: tally.by_age[band] / answers_by_age[band]
            for band in AGE_BANDS
            if answers_by_age[band]
        }
        themes.append(
            Theme(
                label=label,
                key_phrases=tuple(phrases[:5]),
                size=tally.size,
                sentiment=round(polarity, 3),
                quotes=tally.quotes(),
                share=tally.size / n_answers if n_answers else 0.0,
                share_by_age_band=share_by_age,
                count_by_age_band={b: tally.by_age[b] for b in AGE_BANDS if answers_by_age[b]},
            )
        )
    return tuple(themes)
