"""Step 4: describe each theme in words a policy officer can read.

Answers stream past a `ThemeTally` once. It keeps counts, a fixed-size random sample
of answers (for phrases and sentiment) and the few consented answers closest to the
theme's centre (for quotes), so memory does not grow with the number of answers.

Labels and key phrases are whole phrases the young people wrote (text speak expanded),
never invented wording; `label` explains how they are found and ranked.
"""

from __future__ import annotations

import heapq
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from analysis.label import label_themes
from analysis.nlp import LanguageTools
from analysis.normalise import tokens
from analysis.types import AGE_BANDS, MIN_QUOTE_THEME_SIZE, Theme

SAMPLE_PER_THEME = 300
QUOTES_PER_THEME = 3
MIN_QUOTE_WORDS = 4
CENTRAL_PER_THEME = 20


@dataclass
class ThemeTally:
    """Running totals for one theme; feed it answers with `add`."""

    seed: int
    size: int = 0
    by_age: Counter[str] = field(default_factory=Counter)
    sample: list[str] = field(default_factory=list)
    _quotes: list[tuple[float, int, str]] = field(default_factory=list)
    _central: list[tuple[float, int, str]] = field(default_factory=list)
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
        # The answers nearest the centre, quotable or not, steer the label (never shown).
        core = (similarity, -self.size, text)
        if len(self._central) < CENTRAL_PER_THEME:
            heapq.heappush(self._central, core)
        else:
            heapq.heappushpop(self._central, core)
        # Only answers whose authors said yes to quoting may ever be quoted.
        if consent and len(text.split()) >= MIN_QUOTE_WORDS:
            item = (similarity, -self.size, text)
            if len(self._quotes) < QUOTES_PER_THEME * 4:
                heapq.heappush(self._quotes, item)
            else:
                heapq.heappushpop(self._quotes, item)

    def central(self) -> list[str]:
        """The answers closest to the theme's centre, closest first."""
        return [text for _, _, text in sorted(self._central, reverse=True)]

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


def describe_themes(
    tallies: Sequence[ThemeTally],
    nlp: LanguageTools | None,
    n_answers: int,
    answers_by_age: Counter[str],
) -> tuple[Theme, ...]:
    """Turn tallies into `Theme`s with labels, key phrases, sentiment, quotes and shares."""
    if not tallies:
        return ()
    labels, ranked = label_themes(
        [tally.sample for tally in tallies], [tally.central() for tally in tallies]
    )
    themes: list[Theme] = []
    for tally, label, scores in zip(tallies, labels, ranked, strict=True):
        phrases = _distinct([r.label.lower() for r in scores], limit=5)
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
