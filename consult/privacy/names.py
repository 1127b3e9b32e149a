"""Find people's names and named schools or care homes, from the words and their context.

A word is taken for a name when any of these holds:
- it follows a title ("Mrs McAllister", "mrs k");
- it sits where a person goes ("my friend jayden", "me and kacper", "his name is X",
  "told aoife", "cheers, ruaridh") and is no everyday word, or is a known first name;
- it is a known first name that is not also a common word ("zofia", "charlotte"), or one
  that is, written with a capital in mid-sentence ("Grace" but not "grace");
- it is written with a capital in mid-sentence and is no everyday word, place or
  organisation ("I told Okonkwo");
- it is no everyday word and does what people do next ("brogan hit me");
- it is joined by "and" to a name ("ellis and harvey"), or follows one ("Jake Smith");
- it is a name or unknown word placed as a person: "will from my class", "mark at the
  youth club helped me", "i want grace back", "rose and daisy are my sisters", "big tam",
  "catrìona the nurse", "i dont trust dazza" (accents are ignored when looking names up).
Places, organisations and roles in keep.txt are never redacted by the context rules.

Refuses: it does not promise to find a name that is also an everyday word and sits in no
naming context ("will is sound"); the evaluation reports how often that happens.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from consult.privacy.places import mark_places
from consult.privacy.vocabulary import (
    COMMON_WORD_NAMES,
    EVERYDAY_EXTRA,
    TITLES,
    first_names,
    grammar_words,
    is_everyday,
    keep_phrases,
    listed_surnames,
    surnames,
)

# A title's full stop belongs to it ("Dr. Mahmood"), so it is not read as a sentence end.
_TOKEN = re.compile(
    r"(?i:mrs|mr|ms|dr|prof|rev|sgt|cllr)\.|\[[a-z-]+\]|[A-Za-zÀ-ÿĀ-ž][\wÀ-ÿĀ-ž'’-]*|[.!?\n]|\S"
)
_KIN = (
    "friend pal mate bestie bff brother sister bro sis cousin boyfriend girlfriend bf gf "
    "neighbour teacher worker carer uncle auntie aunt stepdad stepmum stepbrother stepsister "
    "gran granny nan nana papa grandad grandpa granda grandma mum dad mam da partner ex "
    "keyworker keyworkers pa "
    "son daughter baby wife husband boss coach"
).split()
_ADJECTIVES = (
    "wee big little best older younger step social foster key guidance new old ex care "
    "support youth advocacy night day twin half throughcare residential unit school link "
    "family depute head"
).split()
_OTHER_NAMING = """called, named, name is, name's, names, his name is, her name is,
their name is, me and, me n, me an, n me, an me, and me, with, friends with, hang about with,
hang out with, hanging about with, sit with, sat with, sit beside, sat beside, sit next to,
sat next to, beside, next to, told, tell, asked, ask, texted, messaged, phoned, rang, saw,
met, love, love from, lots of love, from, thanks, thanks from, thank you, cheers, ta, bye,
regards, by, written by, signed, hi im, hi i am, hello im, i'm called, i am called,
shoutout, shout out, shoutout to, shout out to, shout outs to, thanks to, big up, calls me,
call me, calls him, calls her, known as, nicknamed, goes by, uncle, auntie, aunty, aunt,
cousin, ask for, trust, dont trust, trusted, blame, blames, blamed, believe, believed"""
_NICKNAMING = frozenset(
    {
        "called",
        "named",
        "calls me",
        "call me",
        "calls him",
        "calls her",
        "known as",
        "nicknamed",
        "goes by",
        "name is",
    }
)
# Phrases after which a person's name is expected: "my <kin>" for every kin word, with
# the usual words between ("my wee brother", "my best friend", "my social worker").
_NAMING: frozenset[str] = frozenset(
    {
        *(f"{my} {k}" for my in ("my", "ma") for k in _KIN),
        *(f"{my} {a} {k}" for my in ("my", "ma") for a in _ADJECTIVES for k in _KIN),
        *(f"{k} is" for k in _KIN),
        *(f"{k}s are" for k in _KIN),  # "ma foster carers are jean and tam"
        *(p.strip() for p in _OTHER_NAMING.replace("\n", " ").split(",")),
    }
)
# "my snap is ...", "add me on insta its ...": what comes next is a handle.
_ACCOUNT_IS = frozenset(
    f"{platform}{kind} {verb}"
    for platform in (
        "snap snapchat insta instagram tiktok discord ig twitter xbox psn roblox gamertag "
        "telegram kik fb facebook twitch youtube sc"
    ).split()
    for kind in ("", " name", " username", " handle", " account", " tag", " id")
    for verb in ("is", "its", "it's")
)
# What people do right after their name: "kacper hit me", "brogan says".
_DOING = frozenset(
    """hit hits hurt hurts said says told tells keeps kept kicked punched slapped pushed
    touched took takes made makes is was and has had gave gives sent sends asked asks
    shouted shouts texted messages bullies bullied got gets from always never helped helps
    thinks thought knows knew likes liked wants wanted came comes went goes lives lived
    stays stayed does did posted posts called calls laughed laughs picks picked moved
    started stole steals threatened threatens snapped left leaves sells sold deals smokes
    drinks beat battered attacked grabbed followed follows listens listened cares visits
    visited drives drove tried tries works worked runs ran""".split()
)
_KIN_WORDS = frozenset(_KIN) | {"janny", "jannie", "guidance", "pupil"}
# Who someone is at work, for "catrìona the nurse", "big tam the night staff".
_ROLES = frozenset(
    """nurse doctor gp interpreter staff manager cook cleaner counsellor advocate officer
    head headteacher librarian driver chaplain minister priest psychologist psychiatrist
    therapist receptionist volunteer lawyer solicitor reviewer chair mentor tutor
    supervisor owner depute""".split()
)
# "will from my class", "stevo fae the scheme", "holly in my class": where a person is from.
_GROUPS = frozenset(
    """class school year unit group house hostel team church club scheme street estate
    work college uni centre home flat placement ward gym mosque football youth bus
    village block close""".split()
)
# What a helper did: "mark at the drop in centre helped me".
_HELPING = frozenset(
    "helped helps told tells said says gave gives listened listens asked got showed "
    "explained sorted phoned rang".split()
)
# "big tam", "wee jonno": Scots nicknames, everyday words elsewhere.
_NICKNAMES = frozenset(
    "tam jock paddy sandy ned nick mo pat bob bobby sonny teddy tash rab".split()
)
_NOT_FIRST_HALVES = frozenset("now too yet ago all way lot aye naw nae yes wee big".split())
_SIZES = frozenset({"big", "wee", "lil", "little", "auld"})
# "a big mark", "the wee rose": a determiner before "big" makes it a description.
_DETERMINERS = frozenset(
    "a an the my ma his her their our your this that some any no one so too very".split()
)
_JOINERS = frozenset({"and", "&", "n", "an", "or", "+", ","})
# Words a title can stand before without naming anyone: "miss a day", "coach to school".
_FUNCTION = frozenset("a an the i it me my you so to of on in at is or as if no up we he".split())
# "my pal will came" names Will; "my pal will help" does not. A modal taken for a name
# must be followed by something a person does.
_MODALS = frozenset({"will", "may", "can", "must"})
_NOT_NAMES = frozenset({"i", "me", "my", "u", "you", "im", "ive", "x", "xx", "xxx", "ok", "okay"})


@dataclass
class Token:
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

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


def _sentence_start(tokens: list[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].text in {".", "!", "?", "\n"}


@cache
def _kept() -> re.Pattern[str]:
    """Every kept phrase in one pattern, longest first so "north lanarkshire" wins over
    "lanarkshire"; one search per answer instead of one per phrase."""
    alternatives = "|".join(re.escape(phrase) for phrase in keep_phrases())
    return re.compile(rf"(?<![\w'])(?:{alternatives})(?:'?s)?(?![\w])")


def _protected_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _kept().finditer(text.lower().replace("’", "'"))]


def _after(tokens: list[Token], i: int, phrases: frozenset[str]) -> bool:
    """The words before token i end with one of the phrases. A set looked up with each of
    the last five words' endings, so the cost does not grow with the phrase list."""
    window = [t.text.lower() for t in tokens[max(0, i - 5) : i] if t.is_word]
    return any(" ".join(window[k:]) in phrases for k in range(len(window)))


def _known(word: str) -> bool:
    """A shipped first name or surname, or a hyphenated name with a known part
    ("ellie-mae")."""
    names = first_names()
    if word in names or word in surnames():
        return True
    plain = _plain(word)
    if plain != word and (plain in names or plain in surnames()):
        return True  # "catrìona", "seán"
    return "-" in word and any(part in names for part in word.split("-"))


def _plain(word: str) -> str:
    """The word without accents: "catrìona" to "catriona"."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _namelike(word: str) -> bool:
    """Could be a name in a naming context: listed, a name that is a word, or unknown."""
    return _known(word) or word in COMMON_WORD_NAMES or not is_everyday(word)


def _placed_as_person(tokens: list[Token], i: int) -> bool:
    """Contexts that say a word is someone, for a word that could be a name: "will from my
    class", "mark at the youth club helped me", "i want grace back", "big tam"."""
    word = tokens[i].word
    nxt = [t.word for t in tokens[i + 1 : i + 9]]
    before = [t.word for t in tokens[max(0, i - 2) : i]]
    if nxt[:1] in (["from"], ["fae"], ["frae"], ["in"]) and nxt[1:2] in (
        ["my"],
        ["ma"],
        ["the"],
        ["our"],
        ["oor"],
    ):
        group = nxt[2:4] if nxt[2:3] and nxt[2] in _ADJECTIVES else nxt[2:3]
        # "in the unit" follows slang as often as names ("pure baltic in the unit")
        listed = _known(word) or word in COMMON_WORD_NAMES
        if any(w in _GROUPS for w in group) and (nxt[0] != "in" or listed):
            return True
    if nxt[:2] == ["at", "the"] and _sentence_start(tokens, i) and _HELPING & set(nxt[2:]):
        return True
    if before[-1:] in (["want"], ["wanted"], ["need"]) and nxt[:1] == ["back"]:
        return True
    if before[-1:] and before[-1] in _SIZES and (before[:1] == [] or before[0] not in _DETERMINERS):
        return word in _NICKNAMES or not is_everyday(word)
    return _pair_of_kin(tokens, i)


def _pair_of_kin(tokens: list[Token], i: int) -> bool:
    """ "rose and daisy are my twin sisters": either side of the pair."""
    for first in (i, i - 2):
        if first < 0 or first + 3 >= len(tokens):
            continue
        words = [t.word for t in tokens[first : first + 9]]
        if (
            words[1] not in _JOINERS
            or words[3] != "are"
            or words[4:5] not in (["my"], ["ma"], ["our"])
        ):
            continue
        if not all(_namelike(w) for w in (words[0], words[2])):
            continue
        rest = [w for w in words[5:] if w not in _ADJECTIVES]
        kin = rest[0].removesuffix("s") if rest else ""
        if kin in _KIN_WORDS or kin in _ROLES or rest[:1] == ["pals"]:
            return True
    return False


def _is_name(tokens: list[Token], i: int, protected: bool) -> bool:
    token = tokens[i]
    word, capital = token.word, token.capital
    mid_sentence = not _sentence_start(tokens, i)
    if not token.is_word or word in _NOT_NAMES or word.rstrip(".") in TITLES:
        return False
    # "ellie-mae" is a name though "mae" is a word; "co-op" is listed as a word
    everyday = word in EVERYDAY_EXTRA or (
        is_everyday(word) and not ("-" in word and not is_everyday(word.split("-")[0]))
    )
    if i and tokens[i - 1].word.rstrip(".") in TITLES:
        # "Mrs McAllister", "mrs k", "miss khan", but not "miss a day"
        listed = word in first_names() or word in listed_surnames()
        return (capital or not everyday or listed or len(word) <= 2) and word not in _FUNCTION
    # a name that is also a word ("will", "rose") counts only where it acts as a person
    known = _known(word) and word not in COMMON_WORD_NAMES
    word_name = word in COMMON_WORD_NAMES and _acts_as_person(tokens, i)
    # a kept month is a name when written as one and placed as one: "May from the church"
    may_override = not protected or capital and mid_sentence and word in COMMON_WORD_NAMES
    if may_override and word not in _FUNCTION and _namelike(word) and _placed_as_person(tokens, i):
        return True
    # after "calls me" or "known as", a capital is enough ("they call me Smudge")
    if _after(tokens, i, _NICKNAMING) and (not everyday or capital and mid_sentence):
        return not protected
    # A capital alone is not enough here: title-case text ("My Carer Is Brilliant").
    if _after(tokens, i, _NAMING) and (known or not everyday or word_name):
        return not protected or known or word_name  # "my wee sister skye"
    # "rose my key worker", "sandy the janny", "faith is my best pal"
    if (
        _apposition(tokens, i)
        and not protected
        and (
            known
            and not everyday
            or (capital or not mid_sentence)
            and (known or word_name)
            or not everyday
            and not mid_sentence
            and len(word) > 2
        )
    ):
        return True
    if protected:
        return False
    if known and (not everyday or (capital and mid_sentence)):
        return True
    if word in COMMON_WORD_NAMES and capital and mid_sentence:
        return True  # "tell Will", "May from the church"
    if token.text.isupper() and len(token.text) <= 5:
        return False  # an acronym: CAMHS, LOL, PE
    if capital and not everyday and (mid_sentence or _capital_unknown(tokens, i + 1)):
        return True
    following = tokens[i + 1].word if i + 1 < len(tokens) else ""
    return not everyday and following in _DOING and len(word) > 2


def _acts_as_person(tokens: list[Token], i: int) -> bool:
    following = tokens[i + 1].word if i + 1 < len(tokens) else ""
    return tokens[i].word not in _MODALS or following in _DOING


def _apposition(tokens: list[Token], i: int) -> bool:
    """Followed by who they are: "rose my key worker", "sandy, the janny", "faith is my pal"."""
    words = [t.word for t in tokens[i + 1 : i + 6] if t.text != ","]
    if words[:1] == ["is"]:
        words = words[1:]
    if not words or words[0] not in ("my", "ma", "the", "oor", "our"):
        return False
    rest = [w for w in words[1:] if w not in _ADJECTIVES]
    return bool(rest) and (rest[0] in _KIN_WORDS or rest[0] in _ROLES)


def _capital_unknown(tokens: list[Token], i: int) -> bool:
    """A capitalised word no dictionary knows: "Ruaridh Macleod" at the start of a line."""
    return (
        i < len(tokens)
        and tokens[i].is_word
        and tokens[i].capital
        and not is_everyday(tokens[i].word)
    )


def _could_be_joined(token: Token, protected: bool, strict: bool = False) -> bool:
    """A word beside a name, joined by "and": any capitalised or unknown word that is not
    kept; `strict` (a comma): only a word that is not everyday vocabulary."""
    if protected or not token.is_word or token.word in _NOT_NAMES:
        return False
    if token.text.isupper() and len(token.text) <= 5:
        return False  # an acronym: "CAMHS and [name]"
    everyday = is_everyday(token.word)
    if strict:
        return not everyday
    return _known(token.word) or token.capital or not everyday


def _mark_handles(tokens: list[Token], guarded: list[bool]) -> None:
    """ "my snap is kaylababe": a word no dictionary knows, straight after an account's
    name, is the handle (patterns.py has those with digits or underscores)."""
    for i, token in enumerate(tokens):
        if token.label or guarded[i] or not token.is_word or is_everyday(token.word):
            continue
        if _after(tokens, i, _ACCOUNT_IS) and token.word not in _NOT_NAMES:
            token.label = "[handle]"


def _mark_names(tokens: list[Token], guarded: list[bool]) -> None:
    for i, token in enumerate(tokens):
        if token.label is None and _is_name(tokens, i, guarded[i]):
            token.label = "[name]"
            # a surname straight after: "Jake Smith", "jake mcgregor"
            j = i + 1
            while j < len(tokens) and tokens[j].is_word and not guarded[j]:
                nxt = tokens[j]
                if nxt.capital and not _sentence_start(tokens, j) or not is_everyday(nxt.word):
                    # an acronym ends the name; a single initial belongs to it ("Dylan M")
                    if nxt.word in _NOT_NAMES or nxt.text.isupper() and 1 < len(nxt.text) <= 5:
                        break
                    nxt.label = "[name]"
                    j += 1
                else:
                    break
    # "ellis and harvey", "Leanne, Jodie and Kayleigh": a name's partner in a list is a
    # name too. A comma is weaker than "and", so only a word that is not everyday.
    for _ in range(2):
        for i in range(1, len(tokens) - 1):
            joiner = tokens[i].text.lower()
            if joiner not in _JOINERS:
                continue
            left, right = tokens[i - 1], tokens[i + 1]
            for name, other, guard in (
                (left, right, guarded[i + 1]),
                (right, left, guarded[i - 1]),
            ):
                if (
                    name.label == "[name]"
                    and other.label is None
                    and _could_be_joined(other, guard, strict=joiner == ",")
                ):
                    other.label = "[name]"
    # a first name straight before a surname: "siobhan [name]", "harpreet kaur"
    for i in range(len(tokens) - 2, -1, -1):
        token = tokens[i]
        if token.word.rstrip(".") in TITLES or token.word in _NOT_NAMES:
            continue
        if token.label is None and tokens[i + 1].label == "[name]" and not guarded[i]:
            listed = _known(token.word) or token.word in COMMON_WORD_NAMES
            everyday = is_everyday(token.word)
            # "my advocacy worker wen [name]": straight after a role, an unknown word or a
            # short one that is no grammar ("wen", "mei"), but not "my mum yesterday [name]"
            after_role = (
                _after(tokens, i, _NAMING)
                and token.word not in grammar_words()
                and token.word not in _NOT_FIRST_HALVES
                and (len(token.word) <= 3 or not everyday)
            )
            if (
                listed
                and (token.capital or not everyday)
                or (token.capital and not everyday and not _sentence_start(tokens, i))
                or (after_role and token.word not in _DOING and token.is_word)
            ):
                token.label = "[name]"


def replace_names(text: str) -> str:
    """Replace names with "[name]" and named schools or care homes with "[school]" or
    "[address]"; one placeholder stands for a run of words ("Jake Smith")."""
    tokens = [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    spans = _protected_spans(text)
    guarded = [any(s <= t.start < e for s, e in spans) for t in tokens]
    mark_places(tokens, guarded)
    _mark_handles(tokens, guarded)
    _mark_names(tokens, guarded)
    out, cursor, last_label = [], 0, None
    for token in tokens:
        if token.label is None:
            continue
        gap = text[cursor : token.start]
        if last_label == token.label and not gap.strip():
            cursor = token.end
            continue
        out.append(gap)
        out.append(token.label)
        cursor, last_label = token.end, token.label
    out.append(text[cursor:])
    return "".join(out)
