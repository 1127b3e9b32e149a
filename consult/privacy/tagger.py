"""A word-by-word tagger: the scrubber's learned sense of who and where a word names.

The rules in names.py find names from lists and set phrases ("my pal X", "Mrs X"). They
miss a name that is also a word, or a name in a context no rule lists: "hope and i
share a room", "jack said no", "Birchwood young persons unit". A small pretrained encoder
(consult/finetuning.py), fine-tuned to label each word as part of a person's name, of a
named place, or neither, reads the whole sentence and learns such contexts from examples
(tagger_training.py says from which, and how).

`python -m consult.privacy` (run by `make install`) builds it; `scrub()` uses it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

import numpy as np

from consult.finetuning import (
    MODELS_DIR,
    build_fingerprint,
    build_once,
    libraries,
    load_tuned,
    window_starts,
)
from consult.privacy import tagger_training
from consult.privacy.tagger_training import (
    LABELS,
    SETTINGS,
    fine_tune,
    training_rows,
    training_sentences,
)

BUILD_DIR = MODELS_DIR / "tagging"
WINDOW_STRIDE = 64

Span = tuple[int, int]
Reading = tuple[str, float]  # "name" or "place", whichever is likelier, and its probability


class Reader(Protocol):
    def read(self, text: str, spans: Sequence[Span]) -> list[Reading]: ...


class Tagger:
    """Reads a text and says, for each given word, how likely it is a name or a place."""

    def __init__(self, directory: Path) -> None:
        self._torch, _ = libraries()
        self._tokenizer, self._encoder, self._head = load_tuned(directory)

    def probabilities(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Per sub-word token: its (start, end) in the text, and each label's probability.

        A long text is read in overlapping windows; a token read twice gets the mean.
        """
        torch = self._torch
        encoded = self._tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
        ids, offsets = encoded["input_ids"], np.asarray(encoded["offset_mapping"]).reshape(-1, 2)
        sums, counts = np.zeros((len(ids), len(LABELS))), np.zeros((len(ids), 1))
        size = SETTINGS.max_tokens - 2
        cls, sep = self._tokenizer.cls_token_id, self._tokenizer.sep_token_id
        starts = window_starts(len(ids), size, WINDOW_STRIDE)
        windows = [[cls, *ids[start : start + size], sep] for start in starts]
        # All windows in one batch: several times faster on a long answer than one by one.
        batch = self._tokenizer.pad({"input_ids": windows}, return_tensors="pt")
        with torch.inference_mode():
            hidden = self._encoder(**batch).last_hidden_state
            probabilities = torch.softmax(self._head(hidden), dim=-1).numpy()
        for start, window, read in zip(starts, windows, probabilities, strict=True):
            length = len(window) - 2
            sums[start : start + length] += read[1 : 1 + length]
            counts[start : start + length] += 1
        return offsets, sums / np.maximum(counts, 1)

    def read(self, text: str, spans: Sequence[Span]) -> list[Reading]:
        """Per word span: "name" or "place", whichever is likelier, and its probability
        (the mean over the word's sub-word tokens)."""
        if not spans:
            return []
        offsets, probabilities = self.probabilities(text)
        found = []
        for start, end in spans:
            inside = (offsets[:, 0] >= start) & (offsets[:, 1] <= end)
            if not inside.any():
                found.append((LABELS[0], 0.0))
                continue
            mean = probabilities[inside].mean(axis=0)
            best = int(mean[1:].argmax()) + 1
            found.append((LABELS[best], float(mean[best])))
        return found


def built(sentences: Sequence[str], directory: Path = BUILD_DIR) -> Tagger:
    """The tagger fine-tuned on exactly these sentences, building it first if need be."""
    rows = training_rows(sentences)
    build_once(
        directory,
        build_fingerprint(SETTINGS, Path(tagger_training.__file__), rows),
        lambda into: fine_tune(rows, into),
        f"name tagger on {len(sentences)} sentences",
    )
    return Tagger(directory)


@cache
def trained() -> Tagger:
    """The tagger trained on every file of marked sentences, once per process."""
    return built(training_sentences())
