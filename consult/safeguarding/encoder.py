"""A sentence reader fine-tuned on the labelled examples: the screen's sense of meaning.

Word patterns (model.py) cannot tell "my teacher's gonna kill me, i forgot my PE kit"
from "he says he's gonna kill me when he gets home": the words are the same. A small
pretrained sentence encoder has read enough English to tell them apart once it is
fine-tuned on our examples. Where it comes from, and how a build is kept and refreshed,
is in consult/finetuning.py; `python -m consult.safeguarding` (run by `make install`)
builds it.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from consult.finetuning import (
    MODELS_DIR,
    Settings,
    base_dir,
    build_fingerprint,
    build_once,
    length_batches,
    libraries,
    load_tuned,
    pretrained,
    save_tuned,
    warmed_up_adamw,
)

if TYPE_CHECKING:  # torch and transformers take seconds to import: only when reading
    import torch

log = logging.getLogger(__name__)

BUILD_DIR = MODELS_DIR / "screening"

# Common settings for fine-tuning a small encoder, tried once on a split before use:
# trained on all but two files, then judged on those two and held out 7 (1,010 answers it
# had not seen), the mean of both readers reached recall 0.96 at 0.047 false alarms,
# where the word reader alone made 0.108. No other settings were tried.
SETTINGS = Settings()
# A long answer is read in windows this many tokens apart, and its score is the highest
# window's: a disclosure in the middle of a long answer about buses is still read.
WINDOW_STRIDE = 64

Targets = Sequence[Sequence[float]]
"""Per answer: 1.0 if it is a disclosure, then 1.0 or 0.0 for each kind of harm."""


def fingerprint(texts: Sequence[str], targets: Targets) -> str:
    rows = (f"{list(target)}\t{text}" for text, target in zip(texts, targets, strict=True))
    return build_fingerprint(SETTINGS, Path(__file__), rows)


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
                logits = self._head(_pooled(self._encoder, batch))
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
            starts = range(0, max(len(ids) - size, 0) + WINDOW_STRIDE, WINDOW_STRIDE)
            for start in starts:
                windows.append([cls, *ids[start : start + size], sep])
                owners.append(index)
                if start + size >= len(ids):
                    break
        return windows, owners


def _pooled(encoder: Any, batch: Any) -> torch.Tensor:
    """The mean of the token vectors, padding left out: how the encoder was pretrained."""
    hidden = encoder(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
    return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1)


def fine_tune(texts: Sequence[str], targets: Targets, directory: Path) -> None:
    """Fine-tune the encoder and a linear head, one output per target; deterministic."""
    torch, _ = libraries()
    base = base_dir(directory)
    torch.manual_seed(SETTINGS.seed)
    order = random.Random(SETTINGS.seed)  # noqa: S311 - orders training examples; no secret
    tokenizer, encoder = pretrained(base)
    head = torch.nn.Linear(encoder.config.hidden_size, len(targets[0]))
    optimiser, schedule = warmed_up_adamw(
        [*encoder.parameters(), *head.parameters()], SETTINGS, len(texts)
    )
    # Disclosures are fewer than other answers: weigh them up so both count alike.
    positives = sum(target[0] for target in targets)
    balance = torch.tensor((len(targets) - positives) / max(positives, 1))
    rows = list(zip(texts, targets, strict=True))
    encoder.train()
    for epoch in range(SETTINGS.epochs):
        for chunk in length_batches(rows, SETTINGS.batch_size, order, lambda row: len(row[0])):
            batch = tokenizer(
                [text for text, _ in chunk],
                padding=True,
                truncation=True,
                max_length=SETTINGS.max_tokens,
                return_tensors="pt",
            )
            target = torch.tensor([list(target) for _, target in chunk])
            logits = head(_pooled(encoder, batch))
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                logits[:, 0], target[:, 0], pos_weight=balance
            )
            # Kinds are learned among disclosures only: "which kind", not "whether".
            disclosed = target[:, 0] > 0
            if disclosed.any():
                loss = loss + torch.nn.functional.binary_cross_entropy_with_logits(
                    logits[disclosed, 1:], target[disclosed, 1:]
                )
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
        log.info("screening encoder: pass %d of %d done", epoch + 1, SETTINGS.epochs)
    save_tuned(directory, tokenizer, encoder, head)


def built(texts: Sequence[str], targets: Targets, directory: Path = BUILD_DIR) -> EncoderReader:
    """The reader fine-tuned on exactly these examples, building it first if need be."""
    build_once(
        directory,
        fingerprint(texts, targets),
        lambda into: fine_tune(texts, targets, into),
        f"screening encoder on {len(texts)} examples",
    )
    return EncoderReader(directory)
