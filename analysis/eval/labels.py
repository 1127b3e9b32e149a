"""A small check of theme labels against the human theme names of the consultation set.

Clustering scores (AMI, ARI) say nothing about whether a label reads well or names the
right thing. For every human theme of every question this finds the theme Cairn put
most of its answers in and asks whether that theme's label shares a content word with
the human name ("Nobody listens" and "Adults not listening" share "listen"). Words are
compared by lemma without "-ing" or "-ed", cut to five letters ("explain" meets
"explaining", "ask" meets "asking"). It is a coarse,
generous check, so the labels are printed next to the human names for a reader to judge.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from analysis import Record, theme_records
from analysis.eval.datasets import LabelledAnswer
from analysis.normalise import content_words


@dataclass(frozen=True, slots=True)
class LabelMatch:
    question: str
    human: str
    label: str
    shared: tuple[str, ...]


def _stem(word: str) -> str:
    for end in ("ing", "ed"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            word = word[: -len(end)]
            break
    return word[:5]


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in content_words(text)}


def label_matches(answers: Sequence[LabelledAnswer], seed: int = 0) -> list[LabelMatch]:
    """One row per human theme (not "unclear"): the label of its best-matching theme."""
    records = [Record(text=a.text, question=a.question, consent=a.consent) for a in answers]
    by_question: dict[str, list[LabelledAnswer]] = {}
    for a in answers:
        by_question.setdefault(a.question, []).append(a)
    rows: list[LabelMatch] = []
    for q in theme_records(records, seed=seed).questions:
        group = by_question[q.question]
        names = list(dict.fromkeys(a.label for a in group if a.label != "unclear"))
        for name in names:
            found = Counter(
                k for a, k in zip(group, q.result.assignments, strict=True)
                if a.label == name and k >= 0
            )
            if not found:
                rows.append(LabelMatch(group[0].strand, name, "(unclear)", ()))
                continue
            label = q.themes[found.most_common(1)[0][0]].label
            shared = tuple(sorted(_stems(name) & _stems(label)))
            rows.append(LabelMatch(group[0].strand, name, label, shared))
    return rows


def print_label_check(answers: Sequence[LabelledAnswer], seed: int = 0) -> float:
    """Print human theme names next to Cairn's labels; return the share that match."""
    rows = label_matches(answers, seed)
    print(f"\n{'human theme':40} {'Cairn label of best-matching theme':36} shared word")
    for row in rows:
        mark = ", ".join(row.shared) if row.shared else "-"
        print(f"{row.human[:40]:40} {row.label[:36]:36} {mark}")
    share = sum(1 for r in rows if r.shared) / max(1, len(rows))
    print(f"labels sharing a content word with the human theme: {share:.0%} of {len(rows)}")
    return share
