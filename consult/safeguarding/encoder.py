"""A sentence reader fine-tuned on the labelled examples: the screen's sense of meaning.

Word patterns (model.py) cannot tell "my teacher's gonna kill me, i forgot my PE kit"
from "he says he's gonna kill me when he gets home": the words are the same. A small
pretrained sentence encoder has read enough English to tell them apart once it is
fine-tuned on our examples. Where it comes from, and how a build is kept and refreshed,
is in consult/finetuning.py; `python -m consult.safeguarding` (run by `make install`)
builds it, as encoder_training.py says.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from consult.finetuning import (
    MODELS_DIR,
    build_fingerprint,
    build_once,
    libraries,
    load_tuned,
    window_starts,
)
from consult.safeguarding import encoder_training
from consult.safeguarding.encoder_training import SETTINGS, Targets, fine_tune, pooled

BUILD_DIR = MODELS_DIR / "screening"
# A long answer is read in windows this many tokens apart, and its score is the highest
# window's: a disclosure in the middle of a long answer about buses is still read.
WINDOW_STRIDE = 64


def fingerprint(texts: Sequence[str], targets: Targets) -> str:
    rows = (f"{list(target)}\t{text}" for text, target in zip(texts, targets, strict=True))
    return build_fingerprint(SETTINGS, Path(encoder_training.__file__), rows)


class EncoderReader:
    """Per answer, the probability that it discloses harm, then that of each kind."""

    def __init__(self, directory: Path) -> None:
        self._torch, _ = libraries()
        self._tokenizer, self._encoder, self._head = load_tuned(directory)

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, one column per target (see Targets), each in [0, 1]."""
        torch = self._torch
        windows, owners = self._windows(texts)
        scores = np.zeros((len(windows), self._head.out_features))
        with torch.inference_mode():
            for start in range(0, len(windows), 32):
                batch = self._tokenizer.pad(
                    {"input_ids": windows[start : start + 32]}, return_tensors="pt"
                )
                logits = self._head(pooled(self._encoder, batch))
                scores[start : start + 32] = torch.sigmoid(logits).numpy()
        best = np.zeros((len(texts), scores.shape[1]))
        np.maximum.at(best, owners, scores)
        return best

    def _windows(self, texts: Sequence[str]) -> tuple[list[list[int]], list[int]]:
        size = SETTINGS.max_tokens - 2
        cls, sep = self._tokenizer.cls_token_id, self._tokenizer.sep_token_id
        windows, owners = [], []
        for index, text in enumerate(texts):
            ids = self._tokenizer(text, add_special_tokens=False)["input_ids"]
            for start in window_starts(len(ids), size, WINDOW_STRIDE):
                windows.append([cls, *ids[start : start + size], sep])
                owners.append(index)
        return windows, owners


def built(texts: Sequence[str], targets: Targets, directory: Path = BUILD_DIR) -> EncoderReader:
    """The reader fine-tuned on exactly these examples, building it first if need be."""
    build_once(
        directory,
        fingerprint(texts, targets),
        lambda into: fine_tune(texts, targets, into),
        f"screening encoder on {len(texts)} examples",
    )
    return EncoderReader(directory)
