"""How the screen's sentence encoder (encoder.py) is trained: from which examples, and how.

This module is the encoder's training code and nothing else: a build is stamped with its
source (consult/finetuning.py), so a change here retrains and a change to how the
encoder reads does not. The pooling is here because reading must pool as training did.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consult.finetuning import (
    Settings,
    base_dir,
    length_batches,
    libraries,
    pretrained,
    save_tuned,
    warmed_up_adamw,
)

if TYPE_CHECKING:  # torch and transformers take seconds to import: only when used
    import torch

log = logging.getLogger(__name__)

# Common settings for fine-tuning a small encoder, tried once on a split before use:
# trained on all but two files, then judged on those two and held out 7 (1,010 answers it
# had not seen), the mean of both readers reached recall 0.96 at 0.047 false alarms,
# where the word reader alone made 0.108. No other settings were tried.
SETTINGS = Settings()
Targets = Sequence[Sequence[float]]
"""Per answer: 1.0 if it is a disclosure, then 1.0 or 0.0 for each kind of harm."""


def pooled(encoder: Any, batch: Any) -> torch.Tensor:
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
            logits = head(pooled(encoder, batch))
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
