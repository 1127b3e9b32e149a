"""Named schools, care homes and units: "Castlebrae High", "Rowan House children's unit".

A school or unit word ("primary", "high", "academy", "children's unit", "lodge", "club",
"project", "drop-in") takes the words before it that are not everyday vocabulary (or are
capitalised, but not acronyms: "the LGBT youth club") as its name. "the
high school" and "my unit" keep their meaning; "castlebrae high" becomes "[school]" and a
named care home becomes "[address]", because where a care-experienced child lives
identifies them as surely as a street address. A care home, hostel or residential school
is named by the nouns before it even when they are words ("west park children's house"),
a unit, house, lodge, school or centre by a word no dictionary knows ("the craigowan
unit", "at rosebank house", "oakbank school") or by a tree or flower after "the" ("the
cedar unit"); "the secure unit", "a council care home" and "the health centre" are
kinds, not names. Gaelic schools put the name after: "sgoil an
eilein".
"""

from __future__ import annotations

from itertools import takewhile
from typing import TYPE_CHECKING

from consult.privacy.vocabulary import (
    COMMON_WORD_NAMES,
    describing_words,
    first_names,
    is_everyday,
    town_and_organisation_words,
)

if TYPE_CHECKING:
    from consult.privacy.names import Token

_SCHOOL_WORDS = (
    "residential school",
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
_WORSHIP = "church kirk chapel fellowship mosque masjid gurdwara temple synagogue".split()
_FAITHS = frozenset(
    """catholic protestant baptist methodist evangelical episcopal orthodox pentecostal
    presbyterian reformed apostolic free sikh muslim islamic hindu jewish buddhist""".split()
)
_TEAMS = "thistle amateurs rovers athletic colts juniors accies albion gaels afc fc abc".split()
_CARE_WORDS = (
    "youth club",
    "after school club",
    "breakfast club",
    "homework club",
    "youth project",
    "drop-in",
    "drop in",
    "project",
    "club",
    "youth cafe",
    "youth centre",
    "community centre",
    "centre",
    "center",
    "children's unit",
    "childrens unit",
    "children's home",
    "childrens home",
    "childrens house",
    "children's house",
    "care home",
    "young persons hostel",
    "young person's hostel",
    "young peoples hostel",
    "young people's hostel",
    "supported flats",
    "hostel",
    "residential unit",
    "residential home",
    "secure unit",
    # a secure unit named by its place alone: "Craigmarnock secure"
    "secure",
    "unit",
    "house",
    "lodge",
    "home",
    "hub",
    "cafe",
    "café",
    "campus",
    # a fostering agency's office: "Caledonia Family Placements"
    "placements",
    "fostering",
    # places of worship named by a capital or a place: "Possil Community Church"
    *_WORSHIP,
    # a local team, named by its place: "Tollcross Thistle", "Drumchapel Amateurs" (the
    # senior clubs, "Partick Thistle", are kept phrases)
    *_TEAMS,
)
# Words that end a name when walking back from "high" or "unit": "at the high school",
# "go to my school", "in a unit".
_LEADING = frozenset(
    "my the a an our your his her their this that at in to go goes went from attend "
    "attends attended new old local same different".split()
)
_SAINT = frozenset({"st", "saint", "st.", "our", "lady", "of", "the", "holy", "sacred"})
# Kinds of place that are named by whatever words stand before them, everyday or not:
# "west park children's house", "harbour view residential school".
_NAMED_KINDS = frozenset(
    "residential school|children's house|childrens house|children's home|childrens home|"
    "care home|young persons hostel|young person's hostel|young peoples hostel|"
    "young people's hostel|supported flats|hostel|children's unit|childrens unit".split("|")
)
# Nouns that say what sort of place it is, not which: "the secure unit", "a council care
# home", "the mother and baby unit". Adjectives and determiners are left out by the lexicon.
_GENERIC_PLACE = frozenset(
    """secure assessment residential psychiatric adolescent local new old emergency mother
    baby young people people's peoples person persons kids kid girls boys lads lassies
    children children's childrens family council respite crisis care support health mental
    night day women's womens men's mens homeless hospital foster church charity private
    short term long close camhs nhs youth student students city town country village
    island homes units resi leisure sports sport job medical dental shopping visitor
    garden learning resource contact activity outdoor arts science wellbeing recovery
    advice enterprise music dance skills training test vaccination service services
    access citizens""".split()
)
_GAELIC_ARTICLES = frozenset({"an", "na", "nan", "a'", "am", "a"})
# Words no dictionary knows that still say what sort of school or home it is, not which:
# "a gaelic school", "an asn school", "my fave house".
_UNLISTED_KINDS = frozenset(
    """gaelic montessori steiner asn sen sebn ebd catholic denominational fave faves fav
    skl skool hame hoose""".split()
)
# Trees, flowers and birds that units and houses are named after: "the cedar unit",
# "at heather lodge". They name a place only after "the" or a preposition, so "a pine
# lodge" stays a kind of building.
_NATURE = frozenset(
    """cedar oak ash birch elm beech pine larch maple rowan hawthorn holly ivy hazel
    willow yew alder aspen poplar sycamore chestnut juniper laurel myrtle heather thistle
    bluebell primrose daffodil snowdrop foxglove lavender daisy poppy iris lily rose
    violet tulip orchid jasmine magnolia fern bracken acorn clover bramble gorse broom
    whin kestrel osprey eagle heron curlew puffin swallow lark wren robin""".split()
)
_NATURE_KINDS = frozenset({"unit", "house", "lodge", "centre", "center", "ward"})
_BEFORE_NATURE = frozenset({"the", "at", "in", "to", "from", "fae", "intae"})
# Kinds named by a word no dictionary knows: "at rosebank house", "oakbank school".
_UNKNOWN_NAMES = frozenset(
    {"unit", "hostel", "house", "lodge", "school", "centre", "center", "secure"}
)
# Kinds that name a place only with a capital, an unknown word or a tree before them:
# "Rowan House", but not "my gran's house"
_VAGUE_KINDS = frozenset(
    {
        "unit",
        "house",
        "lodge",
        "home",
        "school",
        "secure",
        "hub",
        "cafe",
        "café",
        "campus",
        "placements",
        "fostering",
        *_WORSHIP,
        *_TEAMS,
    }
)


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
        ordinary = ordinary or _acronym(token)  # "the LGBT youth club", "an ASN unit"
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


def _acronym(token: Token) -> bool:
    return token.text.isupper() and 2 <= len(token.text) <= 5


def _any_namelike(tokens: list[Token], names: list[int]) -> bool:
    return any(_namelike(tokens[n].word) for n in names)


def _unknown_name(token: Token, kept: bool) -> bool:
    """A word no dictionary knows and that says no kind ("gaelic"), town or person's
    house: "jaydens house" is Jayden's, which the name rule scrubs, keeping "house"."""
    word = token.word
    if is_everyday(word) or kept or word in _UNLISTED_KINDS:
        return False
    stem = word[:-1] if word.endswith("s") else ""
    return not (stem and (stem in first_names() or is_everyday(stem)))


def _nature_name(tokens: list[Token], i: int, kept: list[bool]) -> bool:
    """ "the cedar unit", "at heather lodge": a tree, flower or bird after "the" or a
    preposition names the place."""
    if i < 2 or kept[i - 1] or tokens[i - 1].label:
        return False
    return tokens[i - 1].word in _NATURE and tokens[i - 2].word in _BEFORE_NATURE


def _saintly(tokens: list[Token], j: int) -> bool:
    return j >= 2 and tokens[j - 1].word == "of" and tokens[j - 2].word == "lady"


def _named_by_words_before(tokens: list[Token], i: int, kept: list[bool]) -> list[int]:
    """Up to two nouns or unknown words before a kind of place that is always named:
    "west park" in "west park children's house", not "secure" or "a nice"."""
    names: list[int] = []
    j = i - 1
    while j >= 0 and len(names) < 2:
        token, word = tokens[j], tokens[j].word
        if not token.is_word or token.label or kept[j] or word in _LEADING:
            break
        if word in _GENERIC_PLACE or word in describing_words():
            break
        names.append(j)
        j -= 1
    return names


def _gaelic_school(tokens: list[Token], i: int) -> list[int]:
    """ "sgoil an eilein", "bunsgoil ghàidhlig loch abar": a Gaelic school word, then the
    name's articles and words that are not English vocabulary."""
    names: list[int] = []
    j = i + 1
    while j < len(tokens) and len(names) < 4 and tokens[j].is_word and not tokens[j].label:
        word = tokens[j].word
        if word in _GAELIC_ARTICLES and j + 1 < len(tokens) or not is_everyday(word):
            names.append(j)
            j += 1
            continue
        break
    while names and tokens[names[-1]].word in _GAELIC_ARTICLES:
        names.pop()
    return names


def mark_places(tokens: list[Token], guarded: list[bool] | None = None) -> None:
    # a town or organisation does not name a unit ("the falkirk unit"); a neighbourhood may
    towns = town_and_organisation_words()
    kept = [bool(g) and t.word in towns for g, t in zip(guarded or [], tokens, strict=False)]
    kept += [False] * (len(tokens) - len(kept))
    for i, token in enumerate(tokens):
        if token.is_word and token.word.endswith("sgoil") and not token.label:
            names = _gaelic_school(tokens, i)
            if names:
                for n in range(i, max(names) + 1):
                    tokens[n].label = "[school]"
    lowered = [t.text.lower().replace("’", "'") for t in tokens]
    for kinds, label in ((_SCHOOL_WORDS, "[school]"), (_CARE_WORDS, "[address]")):
        for i in range(len(tokens)):
            for kind in kinds:
                parts = kind.split()
                if lowered[i : i + len(parts)] != parts or tokens[i].label:
                    continue
                if kind in _TEAMS and (guarded and guarded[i] or not tokens[i].capital):
                    continue  # a senior club ("Raith Rovers"), or a word ("a thistle")
                names = _name_before(tokens, i)
                if label == "[address]" and names and all(kept[n] for n in names):
                    names = []  # run by a kept organisation: "the Salvation Army hostel"
                if kind in _WORSHIP:  # a faith is a kind: "the Catholic church"
                    names = list(takewhile(lambda n: tokens[n].word not in _FAITHS, names))
                if not names and kind in _NAMED_KINDS:
                    names = _named_by_words_before(tokens, i, kept)
                nature = not names and kind in _NATURE_KINDS and _nature_name(tokens, i, kept)
                if nature:
                    names = [i - 1]
                # "the craigowan unit", "at rosebank house": a word no dictionary knows
                # names the place; a town does not ("the falkirk unit")
                unknown = kind in _UNKNOWN_NAMES and all(
                    _unknown_name(tokens[n], kept[n]) for n in names
                )
                vague = kind in _VAGUE_KINDS or kind.startswith(("youth", "community"))
                if kind in ("centre", "center"):
                    # a capital is not enough: "the Health Centre", "Glasgow City Centre"
                    vague = True
                    named = unknown or nature or _any_namelike(tokens, names)
                    # a capital that says no kind: "Haven Family Centre", not "the Health
                    # Centre", "the Leisure Centre" or "Glasgow City Centre"
                    named = named or any(
                        tokens[n].capital and tokens[n].word not in _GENERIC_PLACE and not kept[n]
                        for n in names
                    )
                    names = names if named else []
                # "Rowan House" is a care home; "my gran's house" and "home" are not.
                if names and (
                    (label == "[school]" and not vague)
                    or not vague
                    or (kind != "home" and any(tokens[n].capital for n in names))
                    or unknown
                    or nature
                    or (kind in ("house", "lodge", "centre") and _any_namelike(tokens, names))
                    or (kind == "school" and any(tokens[n].capital for n in names))
                ):
                    if any(tokens[n].text.endswith(("'s", "’s")) for n in names) and vague:
                        break  # "Blessing's house" is a person's house: the name rule has it
                    for n in range(min(names), i + len(parts)):
                        tokens[n].label = label
                break
