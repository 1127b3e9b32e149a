"""How the scrubber's name tagger (tagger.py) is trained: what it learns from, and how.

What it learns from: data/tagging_*.yaml, sentences in young people's voices with
[[names]] and {{places}} marked. Each sentence is learned as written and in copies with
its names swapped for others from the shipped lists (a third of them names that are also
words: hope, will, dawn), in lower case, and with some names already scrubbed to
"[name]", so the tagger learns the context rather than the names. Towns, organisations
and roles are unmarked in the examples and never redacted (names.py guards them).

This module is the tagger's training code and nothing else: a build is stamped with its
source (consult/finetuning.py), so a change here retrains and a change to how the tagger
reads does not.
"""

from __future__ import annotations

import logging
import random
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from consult.finetuning import (
    Settings,
    base_dir,
    length_batches,
    libraries,
    pretrained,
    save_tuned,
    warmed_up_adamw,
)
from consult.privacy.vocabulary import COMMON_WORD_NAMES, TITLES, first_names, listed_surnames

log = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data"
LABELS = ("other", "name", "place")
# The screen encoder's settings; no others were tried.
SETTINGS = Settings()
VARIANTS = 2  # copies of each sentence with other names

_MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")

Marked = tuple[str, list[tuple[int, int, int]]]  # text, then (start, end, label) per mark


def parse(marked: str) -> Marked:
    """ "me and [[hope]] went" -> ("me and hope went", [(7, 11, 1)])."""
    text, spans, cursor = [], [], 0
    length = 0
    for match in _MARK.finditer(marked):
        before = marked[cursor : match.start()]
        text.append(before)
        length += len(before)
        inner = match.group(1) or match.group(2)
        spans.append((length, length + len(inner), 1 if match.group(1) else 2))
        text.append(inner)
        length += len(inner)
        cursor = match.end()
    text.append(marked[cursor:])
    return "".join(text), spans


def load_sentences(path: Path) -> list[str]:
    """One file of marked sentences; a stray or unclosed mark names the sentence."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    rows = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or []  # noqa: S506
    for row in rows:
        plain = _MARK.sub("", str(row))
        if any(bracket in plain for bracket in ("[[", "]]", "{{", "}}")):
            raise ValueError(f"{path.name}: {row!r}: a mark is not closed")
    return [str(row) for row in rows]


def training_sentences() -> list[str]:
    return [s for path in sorted(DATA.glob("tagging_*.yaml")) for s in load_sentences(path)]


def _in_case_of(model: str, name: str) -> str:
    if model.isupper() and len(model) > 1:
        return name.upper()
    if model[:1].isupper():
        return " ".join(part.capitalize() for part in name.split())
    return name


def variants(marked: str, order: random.Random) -> list[str]:
    """The sentence as written, then copies with other names, some in lower case."""
    firsts = sorted(first_names() - COMMON_WORD_NAMES)
    worded, families = sorted(COMMON_WORD_NAMES), sorted(listed_surnames())

    def other_name(match: re.Match[str]) -> str:
        if match.group(2):
            return match.group(0)
        if order.random() < 0.1:
            return "[name]"  # already scrubbed by a rule: context, not a name
        old = match.group(1)
        titled = match.string[: match.start()].lower().split()[-1:]
        if titled and titled[0].rstrip(".") in TITLES:
            new = order.choice(families)  # "Mrs [[McAllister]]"
        else:
            new = order.choice(worded if order.random() < 0.33 else firsts)
            if " " in old.strip():
                new = f"{new} {order.choice(families)}"
            elif order.random() < 0.2:
                new = order.choice(families)
        return f"[[{_in_case_of(old, new)}]]"

    copies = [marked]
    if "[[" in marked:
        copies += [_MARK.sub(other_name, marked) for _ in range(VARIANTS)]
    if order.random() < 0.3:
        copies.append(copies[-1].lower())
    return copies


def training_rows(sentences: Sequence[str]) -> list[str]:
    """Every sentence with its variants: exactly what fine_tune learns, so the build's
    fingerprint covers the shipped name lists the variants draw on too."""
    order = random.Random(SETTINGS.seed)  # noqa: S311 - augments; no secret
    return [row for sentence in sentences for row in variants(sentence, order)]


def fine_tune(marked: Sequence[str], directory: Path) -> None:
    """Fine-tune the encoder and a per-token head on marked sentences (training_rows)."""
    torch, _ = libraries()
    base = base_dir(directory)
    torch.manual_seed(SETTINGS.seed)
    order = random.Random(SETTINGS.seed)  # noqa: S311 - orders examples; no secret
    tokenizer, encoder = pretrained(base)
    head = torch.nn.Linear(encoder.config.hidden_size, len(LABELS))
    rows = [_token_labels(tokenizer, parse(row)) for row in marked]
    optimiser, schedule = warmed_up_adamw(
        [*encoder.parameters(), *head.parameters()], SETTINGS, len(rows)
    )
    encoder.train()
    for epoch in range(SETTINGS.epochs):
        for chunk in length_batches(rows, SETTINGS.batch_size, order, lambda row: len(row[0])):
            width = max(len(ids) for ids, _ in chunk)
            pad = tokenizer.pad_token_id
            ids = torch.tensor([i + [pad] * (width - len(i)) for i, _ in chunk])
            target = torch.tensor([t + [-100] * (width - len(t)) for _, t in chunk])
            hidden = encoder(input_ids=ids, attention_mask=(ids != pad).long()).last_hidden_state
            loss = torch.nn.functional.cross_entropy(
                head(hidden).reshape(-1, len(LABELS)), target.reshape(-1), ignore_index=-100
            )
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
        log.info("name tagger: pass %d of %d done", epoch + 1, SETTINGS.epochs)
    save_tuned(directory, tokenizer, encoder, head)


def _token_labels(tokenizer: Any, marked: Marked) -> tuple[list[int], list[int]]:
    """Token ids with [CLS] and [SEP], and each token's label (-100: not learned)."""
    text, spans = marked
    encoded = tokenizer(
        text, truncation=True, max_length=SETTINGS.max_tokens, return_offsets_mapping=True
    )
    labels = []
    for start, end in encoded["offset_mapping"]:
        if start == end:
            labels.append(-100)  # [CLS], [SEP]
            continue
        labels.append(next((label for s, e, label in spans if s <= start < e), 0))
    return list(encoded["input_ids"]), labels
