"""Step 3 helpers: sentiment and noun phrases with textblob, configured to need no downloads.

textblob's defaults reach for NLTK data at run time: the punkt sentence tokeniser (for
`.words`, `.sentences`, `.tags`), the FastNPExtractor (Brown corpus) and the NLTK tagger.
None of those exist on a machine that may fetch nothing. We use textblob's own extension
points instead, through a `Blobber`:

- `tokenizer`: `RegexWordTokenizer`, a plain regular expression;
- `pos_tagger`: textblob's `PatternTagger`, whose lexicon ships inside the wheel;
- `np_extractor`: `PatternChunkExtractor`, a regular-expression chunker over those tags;
- `analyzer`: textblob's `PatternAnalyzer`, whose sentiment lexicon ships inside the wheel.

We only ever read `.noun_phrases`, `.sentiment` and `.tokens` from the blobs: `.tags` and
`.sentences` go through punkt whatever the tokenizer, so they are never touched.
"""

from __future__ import annotations

import gc
import re
import warnings
from collections.abc import Iterator
from typing import Protocol

from textblob import Blobber
from textblob.base import BaseNPExtractor, BaseTokenizer
from textblob.en.sentiments import PatternAnalyzer
from textblob.en.taggers import PatternTagger

from analysis.normalise import FILLER, SPELLINGS, STOP_WORDS


class SentimentScorer(Protocol):
    """Scores one answer from -1 (negative) to 1 (positive)."""

    def polarity(self, text: str) -> float: ...


class PhraseExtractor(Protocol):
    """Finds short noun phrases ("social worker", "youth clubs") in one answer."""

    def phrases(self, text: str) -> list[str]: ...


class RegexWordTokenizer(BaseTokenizer):  # type: ignore[misc]
    """Words and contractions by regular expression; no punkt model needed."""

    _word = re.compile(r"[A-Za-z0-9£]+(?:['’][A-Za-z]+)?")

    def tokenize(self, text: str) -> list[str]:  # type: ignore[override]
        return self._word.findall(text)

    def itokenize(self, text: str, *args: object, **kwargs: object) -> Iterator[str]:
        return iter(self.tokenize(text))


class PatternChunkExtractor(BaseNPExtractor):  # type: ignore[misc]
    """Noun phrases as runs of adjectives and nouns ending in a noun, from pattern tags.

    Text speak is expanded before tagging so "ppl" is tagged as the noun "people".
    """

    def __init__(self) -> None:
        self._tagger = PatternTagger()

    def extract(self, text: str) -> list[str]:  # type: ignore[override]
        words = [SPELLINGS.get(w.lower(), w) for w in RegexWordTokenizer().tokenize(text)]
        tagged = self._tagger.tag(" ".join(w for w in words if w), tokenize=False)
        phrases: list[str] = []
        run: list[tuple[str, str]] = []
        for word, tag in [*tagged, ("", "END")]:
            if tag.startswith(("NN", "JJ")) and word.lower() not in STOP_WORDS:
                run.append((word.lower(), tag))
                continue
            # Trim adjectives from the end: a phrase ends in a noun.
            while run and not run[-1][1].startswith("NN"):
                run.pop()
            content = [w for w, _ in run if w not in FILLER]
            if content and len(content) == len(run) and len(" ".join(content)) > 2:
                phrases.append(" ".join(content))
            run = []
        return phrases


class TextblobNlp:
    """Sentiment and phrases from one offline-configured textblob `Blobber`."""

    def __init__(self) -> None:
        self._blob = Blobber(
            tokenizer=RegexWordTokenizer(),
            np_extractor=PatternChunkExtractor(),
            pos_tagger=PatternTagger(),
            analyzer=PatternAnalyzer(),
        )
        self._load_lexicons()

    def _load_lexicons(self) -> None:
        """Load textblob's bundled lexicons now, quietly.

        textblob reads its lexicon files lazily through generators that leave the file
        for the garbage collector to close, which raises ResourceWarning later at an
        unrelated place. Loading them here and collecting at once keeps that warning
        where we can name it and ignore it.
        """
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            self.polarity("a good start")
            self.phrases("a good start")
            gc.collect()

    def polarity(self, text: str) -> float:
        return float(self._blob(text).sentiment[0])

    def phrases(self, text: str) -> list[str]:
        return [str(p) for p in self._blob(text).noun_phrases]


class LanguageTools(SentimentScorer, PhraseExtractor, Protocol):
    """Both halves together: what `describe` needs from a language toolkit."""
