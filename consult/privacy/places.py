"""Named schools, care homes and units: "Castlebrae High", "Rowan House children's unit".

A school or unit word ("primary", "high", "academy", "children's unit", "lodge") takes the
words before it that are not everyday vocabulary (or are capitalised) as its name. "the
high school" and "my unit" keep their meaning; "castlebrae high" becomes "[school]" and a
named care home becomes "[address]", because where a care-experienced child lives
identifies them as surely as a street address.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from consult.privacy.vocabulary import COMMON_WORD_NAMES, first_names, is_everyday

if TYPE_CHECKING:
    from consult.privacy.names import Token

_SCHOOL_WORDS = (
    "primary school",
    "high school",
    "secondary school",
    "primary",
    "high",
    "academy",
    "grammar",
    "nursery",
    "college",
    "secondary",
    "school",
)
_CARE_WORDS = (
    "youth club",
    "youth cafe",
    "youth centre",
    "community centre",
    "children's unit",
    "childrens unit",
    "children's home",
    "childrens home",
    "childrens house",
    "children's house",
    "care home",
    "residential unit",
    "residential home",
    "secure unit",
    "unit",
    "house",
    "lodge",
    "home",
)
# Words that end a name when walking back from "high" or "unit": "at the high school",
# "go to my school", "in a unit".
_LEADING = frozenset(
    "my the a an our your his her their this that at in to go goes went from attend "
    "attends attended new old local same different".split()
)
_SAINT = frozenset({"st", "saint", "st.", "our", "lady", "of", "the", "holy", "sacred"})


def _name_before(tokens: list[Token], i: int) -> list[int]:
    """Indexes of the words naming the place whose kind-word starts at token i."""
    names: list[int] = []
    j = i - 1
    while j >= 0 and len(names) < 5:
        token = tokens[j]
        if token.text == "." and j and tokens[j - 1].word == "st":
            j -= 1  # "st. augustine's"
            continue
        if not token.is_word:
            break
        word = token.word
        # "rowan house": a first name before a care word names the place, capital or not
        ordinary = is_everyday(word) and not token.capital and not _namelike(word)
        if word in _SAINT and names and (word != "the" or _saintly(tokens, j)):
            names.append(j)
            j -= 1
            continue
        if word in _LEADING or ordinary or (word in {"rc"} and not names):
            if word == "rc":
                names.append(j)
                j -= 1
                continue
            break
        names.append(j)
        j -= 1
    # "the" only belongs to a name inside "our lady of the ..."
    while names and tokens[names[-1]].word in {"of", "the"}:
        names.pop()
    return names


def _namelike(word: str) -> bool:
    return word in COMMON_WORD_NAMES or word in first_names()


def _saintly(tokens: list[Token], j: int) -> bool:
    return j >= 2 and tokens[j - 1].word == "of" and tokens[j - 2].word == "lady"


def mark_places(tokens: list[Token]) -> None:
    lowered = [t.text.lower().replace("’", "'") for t in tokens]
    for kinds, label in ((_SCHOOL_WORDS, "[school]"), (_CARE_WORDS, "[address]")):
        for i in range(len(tokens)):
            for kind in kinds:
                parts = kind.split()
                if lowered[i : i + len(parts)] != parts or tokens[i].label:
                    continue
                names = _name_before(tokens, i)
                vague = kind in ("unit", "house", "lodge", "home", "school") or kind.startswith(
                    ("youth", "community")
                )
                # "Rowan House" is a care home; "my gran's house" and "home" are not.
                if names and (
                    (label == "[school]" and not vague)
                    or not vague
                    or (kind != "home" and any(tokens[n].capital for n in names))
                    or (
                        kind in ("house", "lodge") and any(_namelike(tokens[n].word) for n in names)
                    )
                    or (kind == "school" and any(tokens[n].capital for n in names))
                ):
                    if any(tokens[n].text.endswith(("'s", "’s")) for n in names) and vague:
                        break  # "Blessing's house" is a person's house: the name rule has it
                    for n in range(min(names), i + len(parts)):
                        tokens[n].label = label
                break
