"""Plain data that goes into and comes out of the analysis package.

Everything here is a frozen dataclass so results can be cached, compared in tests and
serialised without surprises. Nothing in this module knows about Flask or the database:
`consult` turns its rows into `Record`s and reads `ConsultationThemes` back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

AgeBand = Literal["younger", "middle", "older"]
AGE_BANDS: tuple[AgeBand, ...] = ("younger", "middle", "older")

#: Assignment given to an answer that is too short or unclear to theme ("dunno", "no", "").
UNCLEAR = -1

#: Below this many answers a theme never shows quotes: a quote from a tiny group can
#: identify the child who wrote it.
MIN_QUOTE_THEME_SIZE = 10


@dataclass(frozen=True, slots=True)
class Record:
    """One answer to one question, as `consult` hands it over (already scrubbed)."""

    text: str
    question: str
    age_band: AgeBand | None = None
    language: str = "en"
    strand: str | None = None
    consent: bool = False


@dataclass(frozen=True, slots=True)
class Theme:
    """A group of answers that say much the same thing.

    `sentiment` is the mean textblob polarity of the theme's answers, from -1 (negative)
    to 1 (positive). `quotes` hold only answers whose authors agreed to be quoted, and are
    empty for themes of fewer than `MIN_QUOTE_THEME_SIZE` answers. `share_by_age_band`
    maps an age band to the share of that band's answers (to the same question) that fall
    in this theme; it is empty when the answers carried no age band.
    """

    label: str
    key_phrases: tuple[str, ...]
    size: int
    sentiment: float
    quotes: tuple[str, ...] = ()
    share: float = 0.0
    share_by_age_band: dict[str, float] = field(default_factory=dict)
    count_by_age_band: dict[str, int] = field(default_factory=dict)

    @property
    def sentiment_word(self) -> str:
        """A plain-words reading of `sentiment` for reports."""
        if self.sentiment <= -0.1:
            return "negative"
        if self.sentiment >= 0.1:
            return "positive"
        return "mixed or neutral"


@dataclass(frozen=True, slots=True)
class ThemingResult:
    """Themes for one set of answers.

    `assignments[i]` is the index into `themes` of input `i`, or `UNCLEAR` (-1).
    """

    themes: tuple[Theme, ...]
    assignments: tuple[int, ...]
    n_unclear: int = 0

    @property
    def n_answers(self) -> int:
        return len(self.assignments)


@dataclass(frozen=True, slots=True)
class QuestionThemes:
    """Themes for the answers to one question of a consultation."""

    question: str
    strand: str | None
    result: ThemingResult

    @property
    def themes(self) -> tuple[Theme, ...]:
        return self.result.themes


@dataclass(frozen=True, slots=True)
class ConsultationThemes:
    """Per-question themes for a whole consultation, in first-seen question order."""

    questions: tuple[QuestionThemes, ...]
