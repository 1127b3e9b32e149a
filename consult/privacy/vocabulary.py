"""Word lists the name finder needs, all shipped: nothing is downloaded.

Everyday English comes from the lexicon bundled with textblob (Brill's, from the Brown
corpus and Penn Treebank): a word that appears there in lower case is ordinary
vocabulary, not a name.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import textblob
from babel import Locale
from babel.languages import get_territory_language_info

DATA = Path(__file__).resolve().parent / "data"
# Text speak and Scots that the lexicon does not know, so they are never taken for names
# (joined below by the care system's words and more Scots).
_TEXT_SPEAK = frozenset(
    """idk lol tbh ngl imo omg u ur ppl pls plz thx ty bc cuz coz cos wanna gonna gotta
    dunno innit aye naw nae wee ken ta dinnae cannae wouldnae didnae isnae wasnae oot hame
    hoose maw da yer youse yous wi fae tae gran granny papa nana mum mam dad bestie bf gf
    bc rn btw fr lmao smh ok okay yeah yep nope tho thru cant dont wont isnt im ive id
    youre theyre hes shes thats whats doesnt didnt wasnt arent wouldnt couldnt shouldnt
    sh kms selfharm online app apps vape vapes vaping phone texting teacher teachers
    pupil pupils social worker carer carers guidance panel reviewer reviewing insta snap
    snapchat ig tiktok whatsapp discord roblox fortnite youtube xbox ps5 gaming dob website
    websites xx xxx mr mrs ms miss mx dr granda grandad grandpa grandma janny jannie weans
    pals mates shoutout shoutouts scn chi nhs ucas brp crn chippy eal heidie heidy ref
    hiya heya neone lyk lik wer wiv gud nite becos shud wud cud ikr idc ong wot dem jst
    pple bezzie besties hun babe fam mandem gyal peng wagwan slaggin slagging dobbed
    dobbing
    refs naebody naebdy aboot mair fae tae aw awfy gonnae wouldnae greetin info resi resis
    landline landlines num mob mobile gamertag username usernames referance refrence addy
    postcode hostel hostels covid lockdown brexit co-op baltic mingin minging manky gallus
    dreich scunnered bampot numpty glaikit hackit boggin honkin jakey radge""".split()
)
# The care system's own words, which young people in care use every day and no
# dictionary holds: roles ("my safeguarder", "the befriender"), services ("throughcare",
# "aftercare") and the places and plans they live by. Each is a word, never a name.
CARE_WORDS = frozenset(
    """keyworker keyworkers key-worker key-workers safeguarder safeguarders throughcare
    aftercare befriender befrienders befriending careworker careworkers caseworker
    caseworkers youthworker youthworkers socialworker socialworkers sw sws houseparent
    houseparents childminder childminders fosterer fosterers kinship lac cyp iro scra chs
    csw cp cpo cso csos cslo resi resis resie respite outreach panellist panellists panelist
    panelists reporter reporters curator curators advocacy advocate advocates mentor
    mentors mentoring keyworking nightshift dayshift careleaver careleavers care-leaver
    care-leavers care-experienced placement placements unaccompanied camhs pathway
    childplan childsplan girfec named-person litem ad-litem""".split()
)
# Scots and Doric that young people write and the lexicon does not know: family ("ma
# maw", "ma da", "ma granda"), places ("the toon", "the scheme", "up the close"), states
# ("steamin", "mingin") and the grammar words ("wisnae", "masel"). Words ending in a
# dropped g ("steamin") are found from their -ing form too (is_everyday).
SCOTS_WORDS = frozenset(
    """ma mah maw mammy mam da dah daddy paw pa granda grandda grampa gramps grampy papa
    papaw nan nana nanna nannie gran granny grannie auntie aunty uncle cuz cuzzy bro bruv
    sis wean weans wee-yin bairn bairns quine quines quinie loon loons loonie toon toonie
    scheme schemes close stair stairheid midden hoose hooses hame wisnae wasnae didnae
    dinnae disnae doesnae cannae couldnae widnae wouldnae shouldnae willnae wullnae
    havenae hivnae huvnae hasnae hisnae isnae urnae arenae amnae dae dis daein gaun goan
    gonnae gies gie gied gien telt ken masel mysel yersel hissel hersel oorsels
    theirsels yous youse ye yer yir oor thon thae wir wur wis wiz ur fae frae tae intae
    ontae oot aboot roon roond doon efter eftir naw aye nae naebody naewhere nuthin
    fitba fitbaw awfy affy hunners loads pure steamin steaming blootered mortal wrecked
    hingin greetin bawlin mingin boggin honkin clatty manky hackit braw gallus sleekit
    crabbit wabbit drookit dreich baltic scunnered glaikit numpty bampot eejit radgie
    radge jakey neds bam bams polis swally bevvy bevvies carry-oot carryoot offie
    scran piece pieces jeely messages skelp skelped leathered battered wheesht fit
    fa far wye brae braes loch lochs haugh knowe neuk howff bothy bothies dyke
    dookit steamie gable lassie lassies laddie laddies hen wifey neebur peely wally hing
    hings chappin clype clyping""".split()
)
# First names that are also common English words: these need a capital or a naming
# context ("my friend grace") before they are taken for names. Every other first name in
# the shipped list is a name even when the lexicon knows it in lower case ("charlotte").
COMMON_WORD_NAMES = frozenset(
    """abbey abed akin ally amber angel april aria art august aurora autumn basil bill
    blanche blessing bob bobby bonnie brook cain carol christian clementine cliff coco daisy
    dale dawn dean debs destiny dolly don dot dotty drew earl ed eve faith favour felicity
    fern flora frank gene gill glen grace grant guy hazel heather hector hind holly honey
    honor honour hope hunter indie ion iris ivy jack jade jasmine jay jean jock joy june
    junior juniper ken kitty lacey lance les liberty lil lily marina mark mason matt max
    maxim may meadow nat mercy mike miles miller min missy mo mor nada ned nick olive paddy pat
    patience pearl peg penny piper poppy precious prem prince princess ram ray reg rich
    river rob robin rod roger roman rose rosemary rowan ruby saffron sandy santa savannah
    scarlet sherry sine skye sonny storm sue sultan sultana summer sunny tam tamer tash
    teddy verity victor violet will willow wren""".split()
)
# Everyday words newer than the lexicon (1960s to 1990s text), which young people use
# every day: family ("stepdad"), home, phones and apps, money, health, and the
# contractions written without an apostrophe ("weve", "theyll").
MODERN_WORDS = frozenset(
    """stepdad stepdads stepmum stepmums stepmom stepbrother stepbrothers stepsister
    stepsisters stepfamily babysit babysits babysat babysitting babysitter password
    passwords pin inhaler inhalers epipen paracetamol ibuprofen hoover hoovering hoovered
    sleepover sleepovers takeaway takeaways telly trackies trackie hoodie hoodies trainers
    fiver tenner skint lorry nappy nappies helpline helplines chatroom chatrooms facetime
    facetimed dm dms dmed dming screenshot screenshots screenshotted podcast podcasts
    deepfake deepfakes sextortion sextorted cuckooing unalive unalived unaliving lowkey
    highkey deadass kys ipad ipads iphone iphones laptop laptops wifi uber ubers
    cannabis weed roasting roasted uni sleepin vlog vlogs vlogger selfie selfies
    meme memes emoji emojis nudes groupchat gc fomo bestie besties weve youve theyve
    theyd youd hed shed wed theyll youll itll hasnt hadnt havent isn shouldve wouldve
    couldve mustnt neednt freind freinds frend frends pshe pse gta fifa""".split()
)
# Family words in the languages young people's families speak, which they write in
# English answers as they say them at home: Urdu and Punjabi (ammi, abbu, nani, apu),
# Somali (hooyo, aabo), Ukrainian and Polish (babusya, babcia, dziadek), Arabic (jiddo,
# teta, khala), Spanish, Italian, German and more. Each is a word for who, never a name.
FAMILY_WORDS = frozenset(
    """ammi ammu abbu abba amma abbi ami hooyo aabo babusya babusia babcia dziadek dido
    didus nani nanu dadi dadu apu apa baji bhai bhaiya didi abuela abuelo oma opa tata
    mamusia nonna nonno teta jiddo jeddo sitto khala khalu chacha chachi mamu phupho
    phuppo baba aabe walaal abti eedo habaryar ayeeyo awoowe sora frate bunica bunicul
    mamaie tataie seanair seanmhair piuthar brathair bràthair dayik bav bira xwişk xwisk
    dapir bapir bà ông ngoại nội babička dědeček močiutė senelis vecmāmiņa""".split()
)
EVERYDAY_EXTRA = _TEXT_SPEAK | CARE_WORDS | SCOTS_WORDS | MODERN_WORDS | FAMILY_WORDS
TITLES = frozenset(
    """mr mrs ms miss mx dr sir madam prof rev reverend pastor imam coach pc ds dc sgt
    sergeant constable detective inspector cllr councillor""".split()
)


def _words(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip().lower() for line in lines if line.strip() and not line.startswith("#")]


@cache
def everyday_words() -> frozenset[str]:
    """Lower-case words of ordinary English and text speak, minus first names that are
    rarely anything but names (the lexicon has "charlotte" and "john" in lower case)."""
    lexicon = resources.files(textblob) / "en" / "en-lexicon.txt"
    words = set(EVERYDAY_EXTRA)
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        word, _, tag = line.partition(" ")
        if word and word.islower() and not tag.startswith("NNP"):
            words.add(word)
    return frozenset(words - (first_names() - COMMON_WORD_NAMES))


@cache
def lexicon_tags() -> dict[str, str]:
    """Each lower-case word's part of speech in the lexicon ("view" NN, "nice" JJ)."""
    lexicon = resources.files(textblob) / "en" / "en-lexicon.txt"
    tags: dict[str, str] = {}
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        word, _, tag = line.partition(" ")
        if word.islower():
            tags[word] = tag.split(" ")[0]
    return tags


@cache
def describing_words() -> frozenset[str]:
    """Words the lexicon tags as anything but a noun (adjectives, determiners, numbers,
    verbs): "a nice care home", "another unit" describe a place without naming it."""
    return frozenset(w for w, tag in lexicon_tags().items() if not tag.startswith("NN"))


@cache
def grammar_words() -> frozenset[str]:
    """Verbs, adjectives, determiners, pronouns, prepositions, numbers: never the first
    half of a name ("my worker hates [name]", "ask for big [name]"), though an adverb or
    noun may be ("wen li")."""
    grammar = ("VB", "MD", "IN", "DT", "CC", "PRP", "TO", "WP", "WDT", "WRB", "EX", "CD", "JJ")
    return frozenset(w for w, tag in lexicon_tags().items() if tag.startswith(grammar))


@cache
def function_words() -> frozenset[str]:
    """Prepositions, determiners, pronouns, conjunctions, modals, numbers: never part of
    a nickname ("mama bee", "papa bear", but not "my mum every day")."""
    function = ("MD", "IN", "DT", "CC", "PRP", "TO", "WP", "WDT", "WRB", "EX", "CD")
    return frozenset(w for w, tag in lexicon_tags().items() if tag.startswith(function))


# British spellings of the lexicon's American words: "favourite", "counsellor",
# "licence", "realised", "centre". Each pair is (British ending, American ending).
_SPELLINGS = (
    ("our", "or"),
    ("ours", "ors"),
    ("ourite", "orite"),
    ("ourites", "orites"),
    ("ellor", "elor"),
    ("ellors", "elors"),
    ("elling", "eling"),
    ("elled", "eled"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ising", "izing"),
    ("isation", "ization"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("ence", "ense"),
    ("ogue", "og"),
)


def is_everyday(word: str) -> bool:
    """Ordinary vocabulary, plurals included ("fridays", "sundays", "buses"), with
    British spellings ("favourite") and the dropped g of speech ("steamin", "greetin'")."""
    everyday = everyday_words()
    if word in everyday or word in COMMON_WORD_NAMES:
        return True  # "holly and ivy" are words until a context makes them names
    if word in first_names():
        return False  # "james" is not the plural of "jam"
    if any(word.endswith(end) and word[: -len(end)] in everyday for end in ("s", "es")):
        return True
    if word in listed_surnames():
        return False  # "rankin" is no "ranking", "logue" no "log"
    dropped = word.rstrip("'’")  # "steamin'", but "a'" in a Gaelic name is no "a"
    if dropped.endswith("in") and len(dropped) > 4 and dropped + "g" in everyday:
        return True  # "cuttin", "starvin"
    return any(word.endswith(gb) and word[: -len(gb)] + us in everyday for gb, us in _SPELLINGS)


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=8192)
def is_misspelling(word: str) -> bool:
    """One letter from an everyday word of four letters or more, and in no list of names:
    a young child's "docter", "qwestions" and "shoos" are words, not names."""
    if len(word) < 4 or not word.isalpha() or word in first_names() or word in listed_surnames():
        return False
    splits = [(word[:k], word[k:]) for k in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    edits.discard(word)
    return any(len(e) >= 4 and is_everyday(e) and e not in COMMON_WORD_NAMES for e in edits)


@cache
def first_names() -> frozenset[str]:
    return frozenset(word for line in _words("first_names.txt") for word in line.split())


# Surnames that are, in young people's answers, more often words or places: "went to
# costa", "auld", "the kirk". Everyday English surnames ("brown") are caught by is_everyday.
SURNAME_WORDS = frozenset(
    "auld brolly costa dale ding dong ford gill grieve hajj hickey islam kirk marsh pavlova "
    "shire sim tosh welsh yule".split()
)


@cache
def listed_surnames() -> frozenset[str]:
    """Every shipped surname, words among them ("khan" is a word to the lexicon, but after
    "miss" it is a name)."""
    return frozenset(word for line in _words("surnames.txt") for word in line.split())


@cache
def surnames() -> frozenset[str]:
    """Surnames common in Scotland that are not also everyday words."""
    return frozenset(w for w in listed_surnames() - SURNAME_WORDS if not is_everyday(w))


@cache
def town_and_organisation_words() -> frozenset[str]:
    """Words of keep.txt's towns, council areas and organisations: "the falkirk unit" and
    "the camhs unit" keep their words, while a neighbourhood can name a unit ("glenburn")."""
    kept = _words("keep.txt") + _words("traits.txt")
    return frozenset(word for line in kept for word in line.split())


@cache
def traits() -> frozenset[str]:
    """What a young person can say they are ("polish", "autistic", "celtic"): traits.txt
    and the world's languages."""
    return frozenset(_words("traits.txt")) | languages()


@cache
def countries() -> frozenset[str]:
    """The world's countries and regions in English, from Babel's CLDR data ("slovakia",
    "western africa"), leaving out any that are also names (jordan, chad, georgia)."""
    names = first_names() | surnames() | {"chad", "israel"}
    territories = {t.lower() for t in Locale("en").territories.values()}
    return frozenset(
        t for t in territories if t not in names and "(" not in t and not t.startswith("pseudo")
    )


@cache
def languages() -> frozenset[str]:
    """Languages young people and their families speak ("urdu", "tigrinya", "igbo"): each
    one, in Babel's CLDR data, that is official somewhere or spoken by at least 5% of a
    country. Short ones ("ga", "ewe"), names ("shona") and everyday words ("fang",
    "polish", which no rule takes for a name) are left out."""
    names = first_names() | surnames()
    codes = {
        code.split("_")[0]
        for territory in Locale("en").territories
        for code, info in get_territory_language_info(str(territory)).items()
        if info.get("official_status") or float(info.get("population_percent") or 0) >= 5
    }
    found = {Locale("en").languages.get(code, "").lower() for code in codes}
    return frozenset(
        name for name in found if len(name) > 3 and name not in names and not is_everyday(name)
    )


@cache
def keep_phrases() -> tuple[str, ...]:
    """Places, organisations and roles to keep, longest first so phrases win over words.
    places_scotland.txt holds towns, villages and neighbourhoods; traits.txt what someone
    can be; keep.txt the rest; the world's countries and languages come from CLDR."""
    phrases = set(_words("keep.txt")) | set(_words("traits.txt"))
    phrases |= set(_words("places_scotland.txt"))
    phrases |= countries() | languages()
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))
