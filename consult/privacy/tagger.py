"""A word-by-word tagger: the scrubber's learned sense of who and where a word names.

The rules in names.py find names from lists and set phrases ("my pal X", "Mrs X"). They
miss a name that is also a word, or a name in a context no rule lists: "hope and i
share a room", "jack said no", "Birchwood young persons unit". A small pretrained encoder
(consult/finetuning.py), fine-tuned to label each word as part of a person's name, of a
named place, or neither, reads the whole sentence and learns such contexts from examples.

What it learns from: data/tagging_*.yaml, sentences in young people's voices with
[[names]] and {{places}} marked. Each sentence is learned as written and in copies with
its names swapped for others from the shipped lists (a third of them names that are also
words: hope, will, dawn), in lower case, and with some names already scrubbed to
"[name]", so the tagger learns the context rather than the names. Towns, organisations
and roles are unmarked in the examples and never redacted (names.py guards them).

`python -m consult.privacy` (run by `make install`) builds it; `scrub()` uses it.
"""

from __future__ import annotations

import logging
import random
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import yaml

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
from consult.privacy.vocabulary import COMMON_WORD_NAMES, TITLES, first_names, listed_surnames

log = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data"
BUILD_DIR = MODELS_DIR / "tagging"
LABELS = ("other", "name", "place")
# The screen encoder's settings; no others were tried.
SETTINGS = Settings()
WINDOW_STRIDE = 64
VARIANTS = 2  # copies of each sentence with other names

_MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")

Span = tuple[int, int]
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


class Reader(Protocol):
    def read(self, text: str, spans: Sequence[Span]) -> list[tuple[str, float]]: ...


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
        with torch.inference_mode():
            for start in range(0, max(len(ids) - size, 0) + WINDOW_STRIDE, WINDOW_STRIDE):
                window = torch.tensor([[cls, *ids[start : start + size], sep]])
                hidden = self._encoder(input_ids=window).last_hidden_state[0, 1:-1]
                probabilities = torch.softmax(self._head(hidden), dim=-1).numpy()
                sums[start : start + len(probabilities)] += probabilities
                counts[start : start + len(probabilities)] += 1
                if start + size >= len(ids):
                    break
        return offsets, sums / np.maximum(counts, 1)

    def read(self, text: str, spans: Sequence[Span]) -> list[tuple[str, float]]:
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


def fine_tune(sentences: Sequence[str], directory: Path) -> None:
    """Fine-tune the encoder and a per-token head on the sentences and their variants."""
    torch, _ = libraries()
    base = base_dir(directory)
    torch.manual_seed(SETTINGS.seed)
    order = random.Random(SETTINGS.seed)  # noqa: S311 - augments and orders; no secret
    tokenizer, encoder = pretrained(base)
    head = torch.nn.Linear(encoder.config.hidden_size, len(LABELS))
    rows = [_token_labels(tokenizer, parse(v)) for s in sentences for v in variants(s, order)]
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


def built(sentences: Sequence[str], directory: Path = BUILD_DIR) -> Tagger:
    """The tagger fine-tuned on exactly these sentences, building it first if need be."""
    build_once(
        directory,
        build_fingerprint(SETTINGS, Path(__file__), sentences),
        lambda into: fine_tune(sentences, into),
        f"name tagger on {len(sentences)} sentences",
    )
    return Tagger(directory)


@cache
def trained() -> Tagger:
    """The tagger trained on every file of marked sentences, once per process."""
    return built(training_sentences())
