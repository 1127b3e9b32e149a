"""Catch a young person telling us they are being harmed, the way young people write it.

Two readers, either of which can flag:
- Rules (rules.py), which every safeguarding lead can read: the answer is normalised
  (normalise.py), split into clauses, and each clause matched against patterns per
  category. A match is let pass when context.py says the clause negates it, is an idiom,
  speaks of children in general or hypothetically, defines a word, or when the whole
  answer puts the harm in the past and says it is over.
- A learned model (model.py) for the many ways of telling that no rule foresaw. On
  answers written independently of the rules, the rules alone caught fewer than half the
  disclosures; see tests/eval/privacy.py for what each reader adds.

When unsure about current danger it flags. A false alarm costs a safeguarding lead a
minute; a missed disclosure can leave a child unheard, and Cairn cannot follow up an
anonymous child later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from consult.safeguarding import context
from consult.safeguarding.model import DisclosureModel, trained
from consult.safeguarding.normalise import clauses, normalise
from consult.safeguarding.rules import CATEGORIES, COMPILED

__all__ = ["CATEGORIES", "Screening", "screen"]


@dataclass(frozen=True)
class Screening:
    """The result: `flagged` is true exactly when `categories` is not empty."""

    flagged: bool
    categories: frozenset[str] = field(default_factory=frozenset)


# Idioms only ever borrow the words of these categories ("killing me", "starving").
_IDIOM_PRONE = frozenset({"self_harm", "danger", "neglect", "abuse"})


def _clause_categories(clause: str) -> set[str]:
    clause = context.as_first_person(clause)
    if context.definition(clause):
        return set()
    if context.general(clause) and not context.about_me_now(clause):
        return set()
    idiom = context.idiom(clause)
    found: set[str] = set()
    for category, patterns in COMPILED.items():
        if idiom and category in _IDIOM_PRONE:
            continue
        for pattern in patterns:
            match = pattern.search(clause)
            if match and not context.negated(clause, match):
                found.add(category)
                break
    return found


# The model's probability above which it flags on its own: the highest threshold at which
# rules-or-model recall, leave-one-file-out over the training files, is at least 0.96
# (make privacy-eval prints the table). The margin over the 0.95 target allows for
# sampling error: a missed disclosure costs far more than a false alarm.
MODEL_THRESHOLD = 0.4


def screen(text: str, model: DisclosureModel | None = None) -> Screening:
    """Say whether free text may disclose current harm to the writer, and of which kinds.

    Promises: never raises on any string; the empty answer is not flagged. Refuses to
    judge anything but the text: no history, no profile of the writer is kept or used.
    `model` replaces the trained model, for evaluation on examples it has not seen.
    """
    if not text.strip():
        return Screening(False)
    categories = screen_by_rules(text)
    reading = (model or trained()).read(text)
    if reading.probability >= MODEL_THRESHOLD:
        categories |= reading.categories
    return Screening(bool(categories), frozenset(categories))


def screen_by_rules(text: str) -> set[str]:
    """The categories the rules find, alone."""
    normal = normalise(text)
    parts = clauses(normal)
    over = context.past_and_over(normal)
    categories: set[str] = set()
    for clause in parts:
        # Harm that the answer says is over is let pass clause by clause, so "i used to
        # self harm but now my stepdad hits me" still flags the part that is happening now.
        if over and not _present(clause):
            continue
        categories |= _clause_categories(clause)
    return categories


_PRESENT = re.compile(
    r"\b(?:still|again|now|every (?:day|night|week|time)|always|keeps?|am|are|is)\b|"
    r"\b\w+(?:s|es) (?:me|us)\b"
)


def _present(clause: str) -> bool:
    """Does this clause speak of now? Resolution words ("i am safe now") do not count."""
    rest = context.RESOLVED.sub(" ", clause)
    rest = re.sub(r"\bused to \w+|\bwhen i was \w+", " ", rest)
    return bool(_PRESENT.search(rest))
