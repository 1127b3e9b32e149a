"""Find people's names and named schools or care homes, from the words and their context.

A word is taken for a name when any of these holds:
- it follows a title ("Mrs McAllister", "mrs k");
- it sits where a person goes ("my friend jayden", "me and kacper", "his name is X",
  "told aoife", "cheers, ruaridh") and is no everyday word, or is a known first name;
- it is a known first name that is not also a common word ("zofia", "charlotte"), or one
  that is, written with a capital in mid-sentence ("Grace" but not "grace");
- it is written with a capital in mid-sentence and is no everyday word, place or
  organisation ("I told Okonkwo");
  for these two, a capitalised word is kept when the tagger gives it almost no chance of
  naming anyone, since rivers, islands, clubs and idioms look the same ("by the Clyde",
  "every Tom, Dick and Harry"), and left to the place reader when it reads a place;
- it is no everyday word and does what people do next ("brogan hit me");
- it is joined by "and" to a name ("ellis and harvey"), or follows one ("Jake Smith");
- it is a name or unknown word placed as a person: "will from my class", "mark at the
  youth club helped me", "i want grace back", "rose and daisy are my sisters", "big tam",
  "catrìona the nurse", "frank the bus driver", "i dont trust dazza" (accents are ignored
  when looking names up);
- it is set off by commas after who it names, before what they did ("the new girl,
  destiny, keeps"), is a surname in the plural after "the" ("with the hendersons"), or
  is what someone is called ("i call my foster mum mama bee because").
Places, organisations and roles in keep.txt are never redacted by the context rules.
Last, the learned tagger (tagger.py) may add a word no rule decided: one that could be a
name when it is fairly sure, an everyday word (a nickname: "sky is my cousin") only when
it is very sure.

Refuses: it does not promise to find a name that is also an everyday word and sits in no
naming context ("will is sound"); the evaluation reports how often that happens.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from consult.privacy.places import mark_places
from consult.privacy.tagger import Reader, Reading
from consult.privacy.vocabulary import (
    COMMON_WORD_NAMES,
    EVERYDAY_EXTRA,
    FAMILY_WORDS,
    TITLES,
    first_names,
    function_words,
    grammar_words,
    is_everyday,
    is_misspelling,
    keep_phrases,
    listed_surnames,
    surnames,
    traits,
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
).split() + sorted(FAMILY_WORDS)
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
# Whose someone is: "my pal", "her brother", "oor cousin".
_POSSESSIVES = ("my", "ma", "his", "her", "their", "our", "oor", "your", "yer")
# Phrases after which a person's name is expected: "my <kin>" for every kin word, with
# the usual words between ("my wee brother", "my best friend", "her social worker"), and
# someone's someone ("ma brothers pal", "my mum's boyfriend").
_NAMING: frozenset[str] = frozenset(
    {
        *(f"{my} {k}" for my in _POSSESSIVES for k in _KIN),
        *(f"{my} {a} {k}" for my in _POSSESSIVES for a in _ADJECTIVES for k in _KIN),
        *(f"{k}{s} {k2}" for k in _KIN for s in ("s", "'s") for k2 in _KIN),
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
# The care system's roles count too: "sandy the safeguarder", "mo, the reporter".
_ROLES = frozenset(
    """nurse doctor gp interpreter staff manager cook cleaner counsellor advocate officer
    head headteacher librarian driver chaplain minister priest psychologist psychiatrist
    therapist receptionist volunteer lawyer solicitor reviewer chair mentor tutor
    supervisor owner depute safeguarder reporter curator befriender keyworker caseworker
    careworker youthworker houseparent panellist panelist janitor instructor leader
    warden guard dentist pharmacist physio coach teacher polis cop sergeant""".split()
)
# Someone named by their job with a word before it: "frank the bus driver", "the outdoor
# ed guy". A person-word ("guy", "wifie") counts only after such a word.
_ROLE_PEOPLE = frozenset("guy man woman lady wifie fella bloke boy girl".split())
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
# Scots ones too, in lower case: "i miss ma wee cousin" is not Miss Ma, but "Mrs Da Silva"
# is a name.
_SCOTS_FUNCTION = frozenset("ma ye yer yir oor wi tae fae ur aw ah da".split())
# "my pal will came" names Will; "my pal will help" does not. A modal taken for a name
# must be followed by something a person does.
_MODALS = frozenset({"will", "may", "can", "must"})
# Who someone is, for a name set off by commas: "the new girl in the unit, destiny, keeps".
_PERSON_NOUNS = frozenset(
    "girl boy lad lassie guy man woman wifie kid wean bairn person fella bloke".split()
)
# Where someone lives or learns, for "the secure unit, larchfield, had no windows".
_PLACE_NOUNS = frozenset("unit home house hostel lodge placement centre".split())
_SCHOOL_NOUNS = frozenset("school academy high primary college".split())
# Where a noun phrase ends, walking forward from the start of a clause.
_PHRASE_ENDS = frozenset("in at from fae frae with wi of on for who that which".split())
# Shops and shows that are families' names in the plural: "the morrisons", "the simpsons".
_PLURAL_NOT_FAMILIES = frozenset("simpsons kardashians smiths".split())
# "i call my foster mum mama bee because": what a carer is called, a title or a name
_FAMILY_TITLES = frozenset(
    "auntie aunty aunt uncle mama mammy mam maw nana nan nanny granny gran papa big wee".split()
)
_CLAUSE_ENDS = frozenset("because cos coz cause cuz but as since so and".split())
_CALLING = frozenset({"call", "calls", "called", "calling"})
_NOT_NAMES = frozenset({"i", "me", "my", "u", "you", "im", "ive", "x", "xx", "xxx", "ok", "okay"})
# The tagger's word is taken from this probability of a name or named place. Chosen on
# the scrubbing sets that were tuned on, before held out 12 was run (tests/eval/privacy.py).
TAGGER_THRESHOLD = 0.5
# A word every dictionary knows and no list of names holds ("wee", "dob", but also "sky",
# "smudge") is taken only when the tagger is this sure: nicknames are everyday words.
# Set before any run. On the tuned sets every value from 0.7 to 0.99 scored alike; on held
# out 11 to 13, 0.95 removed as much as 0.9 and more than 0.98, keeping as many words.
EVERYDAY_THRESHOLD = 0.95
# A listed name or an unknown capital with nothing around it that says who it is, is kept
# when the tagger gives it less than this probability of a name or named place.
VETO_THRESHOLD = 0.1
# A numbered home ("plot 12 at the site") is the patterns' to find, as the tagger never
# sees the number: alone it takes "pitch" in "we play on pitch 3" for a place.
_NUMBERED_KINDS = frozenset("pitch plot caravan chalet bed".split())
_NEVER_TAGGED = _NOT_NAMES | _FUNCTION | _KIN_WORDS | _ROLES | _NUMBERED_KINDS
# Places a town's name makes famous, not local: "stirling castle", "glasgow green"
_LANDMARKS = frozenset(
    """castle zoo museum gallery station airport bridge cathedral beach harbour hospital
    university uni loch green park hills hill shopping centre science""".split()
)


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


# "I'm Skye, I'm 14", "my name is Iona": nobody is an island, so a kept place a young
# person says they are is their name. What they can be ("I'm Polish") is a trait.
_INTRODUCING = frozenset({"i'm", "im", "i am", "my name is", "my names", "my name's", "call me"})
_GREETINGS = frozenset({"hi", "hiya", "hello", "hey", "and", "but", "so", "ok", "well"})
_FROM = frozenset({"from", "fae", "frae"})
_AFTER_INTRODUCTION = frozenset(", . ! and an n from fae frae i im i'm age aged here".split())


def _introduces_self(tokens: list[Token], i: int) -> bool:
    """A kept word, not a trait, that follows "I'm" or "my name is" at a sentence's start
    (or after "hi") and ends the phrase: "I'm Skye, I'm 14", "hiya im iona and"."""
    if tokens[i].word in traits():
        return False
    words = [t.text.lower().replace("’", "'") for t in tokens[max(0, i - 3) : i]]
    before = ["", "", "", *words][-3:]  # padded: "i'm" alone is not "my name is"
    size = next((n for n in (3, 2, 1) if " ".join(before[-n:]) in _INTRODUCING), 0)
    if not size:
        return False
    start = i - size
    opening = _sentence_start(tokens, start) or (
        tokens[start - 1].word in _GREETINGS and _sentence_start(tokens, start - 1)
    )
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    ends = nxt is None or nxt.word in _AFTER_INTRODUCTION or nxt.text.isdigit()
    return opening and ends


def _signs_in(tokens: list[Token], i: int) -> bool:
    """Starts the answer as its writer: "Will here, 16", "hope here - i'm 12"."""
    nxt = [t.text for t in tokens[i + 1 : i + 3]]
    return i == 0 and nxt[:1] == ["here"] and nxt[1:] in ([","], ["-"], ["."], [":"])


def _aged_after(tokens: list[Token], i: int) -> bool:
    """Followed by an age in brackets: "(14)", "(9)"."""
    after = "".join(t.text for t in tokens[i + 1 : i + 5])
    return re.match(r"\(\d{1,2}\)", after) is not None


def _is_name(tokens: list[Token], i: int, protected: bool) -> bool:
    token = tokens[i]
    word, capital = token.word, token.capital
    mid_sentence = not _sentence_start(tokens, i)
    if not token.is_word or word in _NOT_NAMES or word.rstrip(".") in TITLES:
        return False
    if protected and _introduces_self(tokens, i):
        return True
    if capital and _aged_after(tokens, i) and (protected or _namelike(word)):
        return True  # a facilitator's notes: "Skye (14) said", "Will (15) wants"
    if _signs_in(tokens, i) and _namelike(word):
        return True  # "Will here, 16."
    # a kept place after "from" is where someone is from, unless it signs the answer off
    # ("love from Skye"): "my gran is from Skye", "I'm from Lewis, I'm 14"
    if protected and i and tokens[i - 1].word in _FROM and i + 1 < len(tokens):
        return False
    # "ellie-mae" is a name though "mae" is a word; "co-op" is listed as a word
    everyday = word in EVERYDAY_EXTRA or (
        is_everyday(word) and not ("-" in word and not is_everyday(word.split("-")[0]))
    )
    if i and tokens[i - 1].word.rstrip(".") in TITLES:
        # "Mrs McAllister", "mrs k", "miss khan", but not "miss a day"
        listed = word in first_names() or word in listed_surnames()
        scots = word in _SCOTS_FUNCTION and not capital
        return (capital or not everyday or listed or len(word) <= 2) and not (
            word in _FUNCTION or scots
        )
    # a name that is also a word ("will", "rose") counts only where it acts as a person
    known = _known(word) and word not in COMMON_WORD_NAMES
    word_name = word in COMMON_WORD_NAMES and _acts_as_person(tokens, i)
    # a kept month is a name when written as one and placed as one: "May from the church"
    may_override = not protected or capital and mid_sentence and word in COMMON_WORD_NAMES
    if may_override and word not in _FUNCTION and _namelike(word) and _placed_as_person(tokens, i):
        return True
    # after "calls me" or "known as", a capital is enough ("they call me Smudge")
    if _after(tokens, i, _NICKNAMING) and (not everyday or capital and mid_sentence):
        return not protected or word in COMMON_WORD_NAMES  # "a girl called May"
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
    if _family_by_surname(tokens, i):
        return True
    if known and not everyday and not capital:
        return True  # a listed name in lower case: "from [name] to tom"
    following = tokens[i + 1].word if i + 1 < len(tokens) else ""
    # "the docter asked": a young child's spelling of a word, not a name
    misspelt = not capital and is_misspelling(word)
    return not everyday and not misspelt and following in _DOING and len(word) > 2


def _looks_like_name(tokens: list[Token], i: int) -> bool:
    """A capitalised listed name, or a capital no dictionary knows, with nothing around it
    that says who it is: a name unless the tagger reads it otherwise (_mark_names), since
    rivers, islands, clubs and idioms look the same ("sat by the Clyde", "every Tom, Dick
    and Harry")."""
    token = tokens[i]
    word = token.word
    if not token.is_word or not token.capital or word in _NOT_NAMES:
        return False
    if word.rstrip(".") in TITLES or token.text.isupper() and len(token.text) <= 5:
        return False  # a title, or an acronym: CAMHS, LOL, PE
    everyday = word in EVERYDAY_EXTRA or is_everyday(word)
    if not everyday and _known(word):
        return True
    if _sentence_start(tokens, i):
        return not everyday and _capital_unknown(tokens, i + 1)  # "Ruaridh Macleod ..."
    return _known(word) or word in COMMON_WORD_NAMES or not everyday  # "tell Will"


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
    if rest and (rest[0] in _KIN_WORDS or rest[0] in _ROLES):
        return True
    # "the bus driver", "the outdoor ed guy": a job with a word or two before it
    return any(w in _ROLES or w in _ROLE_PEOPLE for w in rest[1:3]) and _grammarless(rest[:3])


def _grammarless(words: list[str]) -> bool:
    """No verb, preposition or determiner: "bus driver", but not "best at it"."""
    return not any(w in grammar_words() and w not in _ADJECTIVES for w in words[:-1])


def _family_by_surname(tokens: list[Token], i: int) -> bool:
    """ "we lived with the hendersons": a surname in the plural after "the" is a family;
    "my mam was a Stewart": a capitalised surname after "is a" or "was a" is one too."""
    word = tokens[i].word
    before = [t.word for t in tokens[max(0, i - 2) : i]]
    if before[-1:] == ["a"] and before[:1] in (["is"], ["was"]) and tokens[i].capital:
        return word in listed_surnames()
    if i == 0 or tokens[i - 1].word != "the" or word in _PLURAL_NOT_FAMILIES:
        return False
    return word.endswith("s") and word[:-1] in surnames()


def _set_off(tokens: list[Token], i: int, last: int) -> str | None:
    """A name (words i to last) between commas after who or what it names, before what it
    did: "the new girl in the unit, destiny, keeps", "the secure unit, larchfield, had",
    "my boxing club, Southside ABC, keeps". The label for the words, or None."""
    if not 2 <= i <= last < len(tokens) - 2:
        return None
    if tokens[i - 1].text != "," or tokens[last + 1].text != ",":
        return None
    if tokens[last + 2].word not in _DOING or tokens[last + 2].word == "and":
        return None
    start = i - 2
    while start > 0 and tokens[start - 1].text not in {".", "!", "?", "\n", ","}:
        start -= 1
    phrase = []
    for token in tokens[start : i - 1]:
        if token.word in _PHRASE_ENDS:
            break
        phrase.append(token.word)
    heads = [w for w in phrase if w in _PERSON_NOUNS | _KIN_WORDS | _ROLES]
    places = [w for w in phrase if w in _PLACE_NOUNS | _SCHOOL_NOUNS]
    if heads and (not places or phrase.index(heads[-1]) > phrase.index(places[-1])):
        return "[name]"
    if places:
        return "[school]" if places[-1] in _SCHOOL_NOUNS else "[address]"
    return None


def _mark_set_off(tokens: list[Token], guarded: list[bool]) -> None:
    for i, token in enumerate(tokens):
        if token.label or guarded[i] or not token.is_word:
            continue
        if token.word in _NOT_NAMES or token.word in _FUNCTION or token.word in TITLES:
            continue
        # up to three capitalised words go together: "Little Acorns", "Southside ABC"
        last = i
        while token.capital and last - i < 2 and last + 1 < len(tokens):
            following = tokens[last + 1]
            if not (following.is_word and following.capital) or following.label:
                break
            if guarded[last + 1]:
                break
            last += 1
        if last == i and not _namelike(token.word):
            continue
        label = _set_off(tokens, i, last)
        for j in range(i, last + 1):
            tokens[j].label = label


# Where young people meet online or in a room, whose name points to the few in it:
# "the whatsapp group Wick Lassies 2026", "a Discord called Black Girls Dundee"
_GROUP_WORDS = frozenset(
    "group groupchat gc chat server channel page discord whatsapp account forum".split()
)
_GROUP_JOINERS = frozenset({"of", "in", "the", "and", "for", "&", "na", "nan", "an"})
# Places whose name follows "called", up to five words on: "a B&B in Ayr called the
# Anchorage", "a house called Tigh na Mara" ("B&B" reads as "b & b")
_CALLED_PLACES = frozenset(
    "b bnb hotel hostel house home cafe club band team gym shop garage farm unit school "
    "church centre project".split()
)


def _mark_group_names(tokens: list[Token], guarded: list[bool]) -> None:
    """Up to five capitalised words (and the numbers after them) that name a group, chat
    or server: straight after its kind, or after "called", "named" or a colon. A run of
    kept words alone ("a group called Who Cares? Scotland") stays."""
    for i in range(len(tokens) - 1):
        j = _group_name_start(tokens, i)
        if j is None:
            continue
        run: list[int] = []
        while j < len(tokens) and sum(tokens[k].is_word for k in run) < 5:
            part = tokens[j]
            if part.label or part.word in _NOT_NAMES or part.word in TITLES:
                break
            if part.word in _KIN_WORDS:  # "in the group chat Mum said"
                break
            if run and guarded[j] and tokens[j - 1].word == "in":
                break  # where it is: "a house called Tigh na Mara in Wick"
            if (part.is_word and part.capital) or (run and part.text.isdigit()):
                run.append(j)
            elif not (run and part.word in _GROUP_JOINERS):
                break
            j += 1
        if any(not guarded[k] and tokens[k].is_word for k in run):
            for k in range(run[0], run[-1] + 1):
                tokens[k].label = "[name]"


def _group_name_start(tokens: list[Token], i: int) -> int | None:
    """Where a group's name may start after token i, if it names one: "group X", "chat:
    X", "a server called X", "the group was called the X", "we called it X"."""
    word = tokens[i].word
    if word in ("called", "named"):
        j = i + 1
        if tokens[j].word == "it":
            j += 1
        elif not any(t.word in _GROUP_WORDS for t in tokens[max(0, i - 3) : i]) and not any(
            t.word in _CALLED_PLACES for t in tokens[max(0, i - 5) : i]
        ):
            return None  # "the film was called Frozen", "I called Childline"
    elif word in _GROUP_WORDS:
        j = i + 1
        if tokens[j].word in ("chat", ":", "-"):
            j += 1
        if word == "account" and tokens[j - 1].word not in (":", "-"):
            return None
    else:
        return None
    if j < len(tokens) and tokens[j].word == "the":
        j += 1
    return j


def _mark_nicknames(tokens: list[Token], guarded: list[bool]) -> None:
    """ "i call my foster mum mama bee because", "we call her auntie jo": one to three
    words after whom they call, before the clause ends, holding a family title with more
    after it or a word that could be a name."""
    for i, token in enumerate(tokens):
        if token.word not in _CALLING:
            continue
        j = _after_whom(tokens, i + 1)
        if j is None:
            continue
        end = j
        while end < len(tokens) and end - j < 3 and tokens[end].is_word:
            if tokens[end].word in _CLAUSE_ENDS:
                break
            end += 1
        closed = end == len(tokens) or not tokens[end].is_word or tokens[end].word in _CLAUSE_ENDS
        words = [t.word for t in tokens[j:end]]
        if not closed or not words or any(guarded[j:end]):
            continue
        # after a title any word but a function word ("papa bear"); else no grammar at
        # all, so "i call my gran every day because" keeps its words
        titled = words[0] in _FAMILY_TITLES and len(words) > 1
        grammar = function_words() if titled else grammar_words() - _FAMILY_TITLES
        if any(w in grammar for w in words[titled:]):
            continue
        if titled or any(_namelike(w) and not is_everyday(w) or _known(w) for w in words):
            for t in tokens[j:end]:
                t.label = t.label or "[name]"


def _after_whom(tokens: list[Token], j: int) -> int | None:
    """The index after "her", "him", "them" or "my foster mum" following a calling word."""
    if j < len(tokens) and tokens[j].word in {"her", "him", "them"}:
        return j + 1
    if j >= len(tokens) or tokens[j].word not in _POSSESSIVES:
        return None
    j += 1
    while j < len(tokens) and tokens[j].word in _ADJECTIVES:
        j += 1
    if j < len(tokens) and (tokens[j].word in _KIN_WORDS or tokens[j].word in _ROLES):
        return j + 1
    return None


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


def _mark_names(
    tokens: list[Token], guarded: list[bool], readings: list[Reading], in_phrase: list[bool]
) -> None:
    for i, token in enumerate(tokens):
        if (
            token.label is None
            and not in_phrase[i]
            and (
                _is_name(tokens, i, guarded[i])
                or not guarded[i]
                and _looks_like_name(tokens, i)
                and _read_as_name(readings[i])
            )
        ):
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


def _read_as_name(reading: Reading) -> bool:
    """Not vetoed: the tagger gives it some chance of naming someone, and does not read
    it as a place (_mark_tagged takes those, with the rest of the place's name)."""
    label, probability = reading
    return probability >= VETO_THRESHOLD and not (
        label == "place" and probability >= TAGGER_THRESHOLD
    )


def _mark_tagged(tokens: list[Token], guarded: list[bool], readings: list[Reading]) -> None:
    """Words the tagger reads as a name or a named place, where no rule has decided: a
    word that could be a name (_namelike) when the tagger is fairly sure, any other word
    when it is very sure.

    Neighbouring place words are one place: "[school]" when a school word is among them
    ("St Ninian's High"), else "[address]"."""
    candidates = [
        i
        for i, t in enumerate(tokens)
        if t.is_word
        and t.label is None
        and not guarded[i]
        and t.word not in _NEVER_TAGGED
        and t.word.rstrip(".") not in TITLES  # "Dr. Mahmood" keeps its title
    ]
    places: list[list[tuple[int, float]]] = []
    for i in candidates:
        label, probability = readings[i]
        if probability < TAGGER_THRESHOLD:
            continue
        word = tokens[i].word
        if label == "name":
            if word in _MODALS:  # a word first: "will said no", not "will from next year be"
                taken = probability >= EVERYDAY_THRESHOLD
            else:
                taken = _namelike(word) or _sure_of_everyday(word, probability)
            if taken:
                tokens[i].label = "[name]"
        elif places and places[-1][-1][0] == i - 1:
            places[-1].append((i, probability))
        else:
            places.append([(i, probability)])
    for place in places:
        first = place[0][0]
        if first and guarded[first - 1] and all(tokens[i].word in _LANDMARKS for i, _ in place):
            continue  # a landmark after a kept town is the town's: "Stirling Castle"
        kept = _kept_neighbours(place[0][0], place[-1][0], tokens, guarded, readings)
        if (
            not kept
            and not any(_namelike(tokens[i].word) for i, _ in place)
            and not all(_sure_of_everyday(tokens[i].word, p) for i, p in place)
        ):
            continue  # "the big house"
        indexes = sorted(kept + [i for i, _ in place])
        # capitals straight after belong to the name, as a surname does: "Kelvin Kids"
        j = indexes[-1] + 1
        while j < len(tokens) and tokens[j].is_word and tokens[j].capital:
            if tokens[j].label or guarded[j] or _sentence_start(tokens, j):
                break
            indexes.append(j)
            j += 1
        school = any(tokens[i].word in _SCHOOL_NOUNS for i in indexes)
        for i in indexes:
            tokens[i].label = "[school]" if school else "[address]"


def _kept_neighbours(
    first: int, last: int, tokens: list[Token], guarded: list[bool], readings: list[Reading]
) -> list[int]:
    """A kept town or neighbourhood the tagger reads as part of the place beside it names
    that place with it: "Drumchapel Thistle", "the Gorbals Youth Hub", "st andrews rc".
    Alone it stays ("i live in Drumchapel")."""

    def part_of_place(j: int) -> bool:
        label, probability = readings[j]
        return (
            guarded[j]
            and tokens[j].is_word
            and tokens[j].label is None
            and label == "place"
            and probability >= TAGGER_THRESHOLD
        )

    found = []
    for step, j in ((-1, first - 1), (1, last + 1)):
        while 0 <= j < len(tokens) and part_of_place(j):
            found.append(j)
            j += step
    return found


def _mark_epithets(tokens: list[Token], guarded: list[bool]) -> None:
    """A name, "the" and a capitalised word are one nickname: "Tam the Bam", "Jimmy the
    Fish". The capital decides, so "Jo the other day" and shouted capitals are left."""
    for i in range(len(tokens) - 2):
        name, the, epithet = tokens[i : i + 3]
        if (
            name.label == "[name]"
            and name.capital
            and the.word == "the"
            and epithet.is_word
            and epithet.capital
            and not epithet.text.isupper()
            and epithet.label is None
            and not guarded[i + 2]
        ):
            the.label = epithet.label = "[name]"


# Kinds of place a town has many of, what happens there and its services, so "the
# Library in Ayr", "the Hearing in Paisley" and "Mental Health in Fife" name no place
_PUBLIC_PLACES = _LANDMARKS | frozenset(
    """library court pool cinema shops shop chippy pub church school college academy
    jobcentre job centre police leisure swimming baths centre center hall market
    precinct mall arcade barracks prison ward unit hostel hotel hearing hearings panel
    meeting review match game concert festival party show event gig disco trip camp
    conference office health services service care work support education housing
    council""".split()
)


_VENUE_JOINERS = frozenset({"&", "and", "of"})


def _mark_venues(tokens: list[Token], guarded: list[bool]) -> None:
    """Capitalised words just before "in" or "near" a kept town name a local business,
    group or venue: "I work at Fade Factory in Hamilton", "Dragon Fist Martial Arts in
    Airdrie". One word alone only after "the": "nights at the Vault in Stirling"."""
    for i in range(1, len(tokens) - 2):
        after, town = tokens[i + 1], tokens[i + 2]
        if not (after.word in ("in", "near") and guarded[i + 2] and town.capital):
            continue
        run: list[int] = []
        j = i
        while j >= 0 and len(run) < 5:
            if tokens[j].word in _VENUE_JOINERS and run:
                j -= 1
                continue
            if not _venue_word(tokens[j], guarded[j]):
                break
            run.append(j)
            j -= 1
        while run and tokens[run[-1]].word in _VENUE_JOINERS:
            run.pop()
        if not run or tokens[i].word in _PUBLIC_PLACES or all(guarded[k] for k in run):
            continue
        first = min(run)
        if len(run) == 1 and not (first >= 2 and tokens[first - 1].word == "the"):
            continue
        for k in range(first, i + 1):
            tokens[k].label = "[address]"


def _venue_word(token: Token, guarded: bool) -> bool:
    """A capitalised word that could name a place: no acronym, role, kin word or title."""
    return (
        token.is_word
        and token.capital
        and token.label is None
        and not token.text.isupper()
        and token.word not in _NEVER_TAGGED
        and token.word.rstrip(".") not in TITLES
        and not (guarded and token.word in _FROM)
    )


def _sure_of_everyday(word: str, probability: float) -> bool:
    """An everyday word the tagger is very sure names someone or somewhere ("sky is my
    cousin", "the willows"), unless it is a word of grammar ("she") or one the care
    system, Scots or text speak use every day ("litem", "hame", "ngl")."""
    return (
        probability >= EVERYDAY_THRESHOLD
        and word not in function_words()
        and word not in EVERYDAY_EXTRA
    )


def replace_names(text: str, tagger: Reader) -> str:
    """Replace names with "[name]" and named schools or care homes with "[school]" or
    "[address]"; one placeholder stands for a run of words ("Jake Smith")."""
    tokens = [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    spans = _protected_spans(text)
    guarded = [any(s <= t.start < e for s, e in spans) for t in tokens]
    # A kept phrase of two or more words ("Lewis Capaldi", "Mr Beast") is never a name,
    # though a word of it alone may be: "my pal Lewis"
    phrases = [(s, e) for s, e in spans if " " in text[s:e]]
    in_phrase = [any(s <= t.start < e for s, e in phrases) for t in tokens]
    mark_places(tokens, guarded)
    _mark_handles(tokens, guarded)
    _mark_nicknames(tokens, guarded)
    _mark_set_off(tokens, guarded)
    _mark_group_names(tokens, guarded)
    # One reading of the whole answer serves both: the tagger vetoes a name that only
    # looks like one, and adds names no rule found.
    readings = tagger.read(text, [(t.start, t.end) for t in tokens])
    _mark_names(tokens, guarded, readings, in_phrase)
    _mark_tagged(tokens, guarded, readings)
    _mark_epithets(tokens, guarded)
    _mark_venues(tokens, guarded)
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
