"""Find people's names and named schools or care homes, from the words and their context.

A word is taken for a name when any of these holds:
- it follows a title ("Mrs McAllister") or a naming phrase ("my friend jayden",
  "called Kacper", "me and zofia");
- it is a known first name that is not also an everyday word, or is one written with a
  capital in mid-sentence ("Grace" but not "grace");
- it is written with a capital in mid-sentence and is no everyday word, place or
  organisation ("I told Okonkwo");
- it is no everyday word and does what people do next ("kacper hit me");
- it follows a name ("Jake Smith", "jake mcgregor").
Places, organisations and roles in keep.txt are never redacted by the last three rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consult.privacy.vocabulary import TITLES, everyday_words, first_names, keep_phrases

_TOKEN = re.compile(r"\[[a-z-]+\]|[A-Za-zÀ-ÿ][\wÀ-ÿ'’-]*|[.!?\n]|\S")
_NAMING = (
    "my friend",
    "my pal",
    "my mate",
    "my bestie",
    "my best friend",
    "my brother",
    "my sister",
    "my cousin",
    "my boyfriend",
    "my girlfriend",
    "my neighbour",
    "my teacher",
    "my worker",
    "my social worker",
    "my carer",
    "my foster carer",
    "my uncle",
    "my auntie",
    "my aunt",
    "my stepdad",
    "my step dad",
    "my stepmum",
    "my step mum",
    "my mums boyfriend",
    "my mum's boyfriend",
    "called",
    "named",
    "name is",
    "name's",
    "names",
    "me and",
    "with",
    "his name is",
    "her name is",
    "their name is",
    "teacher is",
    "worker is",
    "friend",
    "me n",
    "me an",
    "n me",
    "from",
    "love from",
    "thanks",
    "by",
)
_DOING = frozenset(
    """hit hits hurt hurts said says told tells keeps kept kicked punched slapped pushed
    touched took takes made makes is was and has had gave gives sent sends asked asks
    shouted shouts texted messages bullies bullied got gets from""".split()
)
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
)
_CARE_WORDS = (
    "children's unit",
    "childrens unit",
    "children's home",
    "childrens home",
    "care home",
    "residential unit",
    "residential home",
    "secure unit",
    "unit",
    "house",
    "lodge",
)
_LEADING = frozenset("my the a an our your his her their this that at in to go goes went".split())


@dataclass
class _Token:
    text: str
    start: int
    end: int
    label: str | None = None

    @property
    def word(self) -> str:
        return re.sub(r"['’]s$", "", self.text).lower()

    @property
    def is_word(self) -> bool:
        """A word that could be a name: letters only (S3 and P6 are school years)."""
        return self.text[:1].isalpha() and not any(c.isdigit() for c in self.text)


def _sentence_start(tokens: list[_Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].text in {".", "!", "?", "\n"}


def _protected(text: str) -> list[tuple[int, int]]:
    lowered = text.lower()
    spans: list[tuple[int, int]] = []
    for phrase in keep_phrases():
        for match in re.finditer(rf"(?<![\w']){re.escape(phrase)}(?![\w'])", lowered):
            if not any(s <= match.start() < e for s, e in spans):
                spans.append(match.span())
    return spans


def _after(tokens: list[_Token], i: int, phrases: tuple[str, ...]) -> bool:
    before = " ".join(t.text.lower() for t in tokens[max(0, i - 4) : i] if t.is_word)
    return any(before == p or before.endswith(" " + p) for p in phrases)


def _is_name(tokens: list[_Token], i: int, protected: bool) -> bool:
    token, everyday = tokens[i], everyday_words()
    word, capital = token.word, token.text[:1].isupper()
    mid_sentence = not _sentence_start(tokens, i)
    if not token.is_word or word in {"i", "me", "my"} or word.rstrip(".") in TITLES:
        return False
    if i and tokens[i - 1].word.rstrip(".") in TITLES:
        return capital or word not in everyday or len(word) <= 2  # "Mrs McAllister", "mrs k"
    known = word in first_names()
    if _after(tokens, i, _NAMING) and (known or capital or word not in everyday):
        return not protected or known
    if protected:
        return False
    if known and (word not in everyday or (capital and mid_sentence)):
        return True
    if token.text.isupper() and len(token.text) <= 5:
        return False  # an acronym: S3, CAMHS, LOL
    if capital and word not in everyday and (mid_sentence or _capital_unknown(tokens, i + 1)):
        return True
    following = tokens[i + 1].word if i + 1 < len(tokens) else ""
    return word not in everyday and following in _DOING and len(word) > 2


def _capital_unknown(tokens: list[_Token], i: int) -> bool:
    """A capitalised word no dictionary knows: "Ruaridh Macleod" at the start of a line."""
    return (
        i < len(tokens)
        and tokens[i].is_word
        and tokens[i].text[:1].isupper()
        and tokens[i].word not in everyday_words()
    )


def _mark_names(text: str, tokens: list[_Token]) -> None:
    spans = _protected(text)
    for i, token in enumerate(tokens):
        protected = any(s <= token.start < e for s, e in spans)
        if token.label is None and _is_name(tokens, i, protected):
            token.label = "[name]"
            # a surname straight after: "Jake Smith", "jake mcgregor"
            j = i + 1
            while (
                j < len(tokens)
                and tokens[j].is_word
                and not any(s <= tokens[j].start < e for s, e in spans)
            ):
                nxt = tokens[j]
                if nxt.text[:1].isupper() or nxt.word not in everyday_words():
                    nxt.label = "[name]"
                    j += 1
                else:
                    break


def _mark_places(tokens: list[_Token]) -> None:
    """Named schools and care homes: "castlebrae high", "Rowan House children's unit"."""
    lowered = [t.text.lower() for t in tokens]
    for kinds, label in ((_SCHOOL_WORDS, "[school]"), (_CARE_WORDS, "[address]")):
        for i in range(len(tokens)):
            for kind in kinds:
                parts = kind.split()
                if lowered[i : i + len(parts)] != parts:
                    continue
                names: list[int] = []
                j = i - 1
                while j >= 0 and tokens[j].is_word and len(names) < 3:
                    word = tokens[j].word
                    ordinary = word in everyday_words() and not tokens[j].text[:1].isupper()
                    if word in _LEADING or (ordinary and word not in {"st", "saint"}):
                        break
                    names.append(j)
                    j -= 1
                if names and (
                    label == "[school]"
                    or kind not in ("unit", "house", "lodge")
                    or any(tokens[n].text[:1].isupper() for n in names)
                ):
                    for n in [*names, *range(i, i + len(parts))]:
                        tokens[n].label = label
                break


def replace_names(text: str) -> str:
    tokens = [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    _mark_places(tokens)
    _mark_names(text, tokens)
    out, cursor, last_label = [], 0, None
    for token in tokens:
        if token.label is None:
            continue
        gap = text[cursor : token.start]
        if last_label == token.label and not gap.strip():
            cursor = token.end  # one placeholder for "Jake Smith"
            continue
        out.append(gap)
        out.append(token.label)
        cursor, last_label = token.end, token.label
    out.append(text[cursor:])
    return "".join(out)
