"""Labelled sets for the evaluation, all available offline.

- `consultation`: 619 answers written for Cairn in the voices of 8 to 25 year olds, nine
  questions (one per CPIP strand), each answer with a human theme label; answers that
  say nothing carry the label "unclear". Age bands and consent flags were assigned at
  random (seeded) when the file was built: they exist to exercise reports, not to be
  scored.
- `chatterbot`: the English dialogue corpus shipped inside the `chatterbot-corpus`
  wheel (BSD licence). Each conversation (a prompt and its replies) is one short text,
  labelled by the file it comes from (ai, emotion, money, sports...). At most 60
  conversations per category keep the trivia file from swamping the rest.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).with_name("data")
CHATTERBOT_CATEGORIES = (
    "ai", "coding", "conversations", "emotion", "literature", "money", "movies",
    "psychology", "science", "sports", "trivia",
)


@dataclass(frozen=True, slots=True)
class LabelledAnswer:
    text: str
    label: str
    question: str = ""
    strand: str = ""
    age_band: str = ""
    consent: bool = False


def consultation() -> list[LabelledAnswer]:
    with (DATA / "consultation_answers.csv").open(encoding="utf-8", newline="") as fh:
        return [
            LabelledAnswer(
                text=row["text"],
                label=row["theme"],
                question=row["question"],
                strand=row["strand"],
                age_band=row["age_band"],
                consent=row["consent"] == "yes",
            )
            for row in csv.DictReader(fh)
        ]


def chatterbot(per_category: int = 60) -> list[LabelledAnswer]:
    import chatterbot_corpus  # imported here: only the evaluation needs it
    import yaml

    root = Path(chatterbot_corpus.__file__).parent / "data" / "english"
    out: list[LabelledAnswer] = []
    for name in CHATTERBOT_CATEGORIES:
        with (root / f"{name}.yml").open(encoding="utf-8") as fh:
            conversations = yaml.safe_load(fh)["conversations"]
        seen: set[str] = set()
        for conversation in conversations:
            text = " ".join(str(turn) for turn in conversation)
            if text in seen:
                continue
            seen.add(text)
            out.append(LabelledAnswer(text=text, label=name))
            if len(seen) == per_category:
                break
    return out
