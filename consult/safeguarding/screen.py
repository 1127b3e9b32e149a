"""Catch a young person telling us they are being harmed, the way young people write it.

Rules, not a model: every decision can be read and explained to a safeguarding lead.
Each clause is normalised (lower case, text speak, common misspellings), then matched
against patterns per category. A hit is dropped when the clause negates it ("nobody
hurts me"), uses an idiom ("this homework is killing me"), talks about other children
in general, defines a word, or describes past harm that is over. When unsure about
current danger it flags: a missed disclosure costs far more than a second look.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CATEGORIES = (
    "danger",
    "abuse",
    "neglect",
    "self_harm",
    "sexual_exploitation",
    "trafficking",
    "online_harm",
)


@dataclass(frozen=True)
class Screening:
    flagged: bool
    categories: frozenset[str] = field(default_factory=frozenset)


# Text speak and frequent misspellings, mapped to the words the patterns expect.
_SPELLINGS = {
    r"\bkms\b": "kill myself",
    r"\bkys\b": "kill yourself",
    r"\bunalive\b": "kill",
    r"\bsh\b(?= (myself|again|every|a lot|when))": "self harm",
    r"\bsewer slide\b|\bsuicide\w*\b": "suicide",
    r"\bim\b": "i am",
    r"\bi'm\b": "i am",
    r"\bive\b|\bi've\b": "i have",
    r"\bu\b": "you",
    r"\bur\b": "your",
    r"\br\b": "are",
    r"\bppl\b": "people",
    r"\bpics?\b|\bphotos?\b|\bpictures?\b|\bimages?\b": "pics",
    r"\bnudes?\b|\bnoods?\b": "nudes",
    r"\bwanna\b": "want to",
    r"\bgonna\b": "going to",
    r"\bcoz\b|\bcos\b|\bcuz\b|\bbc\b": "because",
    r"\bmum'?s\b|\bmom'?s?\b|\bmam\b|\bmaw\b|\bma\b": "mum",
    r"\bdads?\b|\bda\b|\bfather\b|\bstep ?dad\b": "dad",
    r"\bmother\b|\bstep ?mum\b": "mum",
    r"\bdont\b|\bdon't\b": "do not",
    r"\bdoesnt\b|\bdoesn't\b": "does not",
    r"\bdidnt\b|\bdidn't\b": "did not",
    r"\bcant\b|\bcan't\b|\bcannae\b|\bcanny\b": "cannot",
    r"\bwont\b|\bwon't\b": "will not",
    r"\bisnt\b|\bisn't\b": "is not",
    r"\bhes\b|\bhe's\b": "he is",
    r"\bshes\b|\bshe's\b": "she is",
    r"\btheyre\b|\bthey're\b": "they are",
    r"\bhitt?[sz]\b|\bhitting\b|\bhittin\b": "hits",
    r"\bscared\b|\bscaried\b|\bscard\b|\bfrightened\b|\bterrified\b|\bafraid\b|\bfeart\b": "scared",
    r"\bnae\b": "no",
    r"\bhame\b|\bhoose\b": "home",
}

_ADULT = (
    r"(?:mum|dad|parents?|brother|sister|uncle|aunt(?:ie)?|gran|grandad|granny|papa|nana|carer|"
    r"foster (?:mum|dad|carer)|teacher|coach|boyfriend|girlfriend|partner|he|she|they|someone|"
    r"somebody|a man|an adult|an older \w+|his mate|her pal|mum's boyfriend|"
    r"mum boyfriend|dad's girlfriend)"
)

_PATTERNS: dict[str, tuple[str, ...]] = {
    "self_harm": (
        r"\bkill(?:ing)? myself\b",
        r"\b(?:wants?|wanting|going) to die\b",
        r"\bend(?:ing)? (?:it all|my life|it)\b",
        r"\bbetter off (?:if i (?:was|were) )?dead\b|\bbetter off without me\b",
        r"\bsuicid",
        r"\bself ?harm",
        r"\b(?:cut|cutting|burn|burning|hurt|hurting|starve|starving) myself\b",
        r"\bbetter off dead\b",
        r"\b(?:do not|never) want to (?:be alive|live|be here any ?more|wake up)\b",
        r"\boverdose\b",
        r"\b(?:been |started |keep |still )?cutting (?:again|myself|my)\b|\bbeen cutting\b",
        r"\bwish (?:i was|i were|i could be) dead\b|\bwish i (?:was not|wasnt|was never) "
        r"(?:alive|born|here)\b|\bwish i could (?:disappear|just die)\b",
        r"\btake my own life\b",
        r"\bno point (?:in )?(?:living|being alive)\b",
    ),
    "abuse": (
        rf"\b{_ADULT} (?:\w+ )?(?:hits|beats|beat|punch(?:es|ed)?|kicks?|kicked|slaps?|slapped|"
        r"chokes?|choked|strangles?|burns?|burnt|hurts?|batters?|battered|abuses?|abused|"
        r"throws? things at|smacks?|smacked|whacks?|belts?|leathers?|grabs?|grabbed|pushe?s?|"
        r"pushed|shoves?|shoved|drags?|dragged|pins?|pinned|bites?|bit|scratche?s?|whips?|"
        r"threatens?|attacks?|attacked|hits) (?:me|my)\b",
        r"\b(?:hits?|beats?|hurts?|whips?) me with\b",
        r"\bi (?:get|got|am getting|am being|keep getting) (?:hit|beaten|battered|hurt|abused|"
        r"smacked|kicked|punched|slapped)\b",
        r"\b(?:bruises|marks) (?:on me|on my)\b",
        r"\bhits me\b",
        r"\bi am (?:being )?abused\b",
        r"\bcalls me (?:names|worthless|stupid|useless)\b.*\b(?:every|all the) (?:day|time)\b",
    ),
    "danger": (
        r"\bscared (?:to|of going) (?:go )?home\b",
        r"\b(?:not|never) safe (?:at home|in my house|there)\b",
        r"\bi am not safe\b",
        r"\bi (?:do not|never) feel safe\b",
        r"\bin danger\b",
        r"\b(?:going|gonna|gon) to (?:kill|hurt|get|batter|stab) me\b",
        r"\bthreaten(?:s|ed)? to (?:kill|hurt|stab) me\b",
        r"\b(?:has|had|got) a knife\b",
        r"\blocks? me in\b|\blocked me in\b",
        r"\bkicked me out\b|\bnowhere (?:to sleep|to go|safe)\b",
        r"\bscared (?:of|for) my (?:life|safety)\b",
        r"\bscared of (?:my )?(?:mum|dad|him|her|them|brother|uncle|carer)\b",
        r"^(?:please |someone |somebody )?help me\b|\bplease help me\b|\bhelp me (?:please|now)\b",
    ),
    "neglect": (
        r"\bno food\b|\bnothing to eat\b|\bnot (?:had|eaten) (?:anything|food|dinner)\b",
        r"\b(?:go to bed|always|never not) hungry\b|\bhungry all the time\b",
        r"\b(?:no one|nobody|naebody) (?:looks after|feeds|cares for|takes care of) (?:me|us)\b",
        r"\bleft (?:alone|on my own|home alone) (?:for|all|at night|overnight|every)\b",
        r"\b(?:dad|mum|parents) (?:does not|do not|never) come home\b",
        r"\bno (?:heating|electric|clean clothes|bed|hot water)\b",
        r"\b(?:no one|nobody) (?:makes?|cooks?|gets?) (?:me|us) "
        r"(?:dinner|tea|food|breakfast|lunch)\b",
        r"\b(?:fridge|cupboards?) (?:is|are) (?:always )?empty\b|\bsteal food\b",
        r"\bnone at home\b|\bnothing at home to eat\b",
        r"\bleaves? (?:me|us) (?:alone|on my own|on our own|home alone) (?:all|for|every|at)\b",
        r"\b(?:mum|dad|parents) (?:is|are) (?:always|aye|too) (?:drunk|high|out of it)\b",
        r"\bi have to look after my (?:wee |little |baby )?(?:brother|sister|siblings)\b"
        r".*\b(?:because|no one|nobody|mum|dad)\b",
    ),
    "sexual_exploitation": (
        r"\b(?:ask(?:s|ed|ing)?|want(?:s|ed)?|keeps? asking|begging) (?:me )?(?:for )?"
        r"(?:to send )?(?:nudes|pics)\b",
        r"\bsend (?:him|them|her) (?:nudes|pics)\b",
        r"\b(?:share|post|leak|spread) (?:them|the pics|my pics|my nudes|the nudes)\b",
        r"\b(?:touch(?:es|ed)?|touching) me\b",
        r"\b(?:raped|rape me|forced me|(?:makes?|made) me do (?:stuff|things|sexual))\b",
        r"\bolder (?:guy|man|men|boy|boys|lad|lads)\b.*\b(?:gives?|gave|buys?|bought) (?:me|us) "
        r"(?:money|drugs|alcohol|drink|vapes|weed|gifts|stuff)\b",
        r"\bsex\b.*\b(?:for|in return|to pay)\b",
        r"\bsextort",
    ),
    "trafficking": (
        r"\b(?:took|take|has|kept|keeps) my (?:passport|papers|documents|id)\b",
        r"\b(?:makes?|made|forces?|forced) (?:me|us) (?:to )?(?:work|sell|carry|deliver)\b",
        r"\bnot allowed (?:to leave|out)\b",
        r"\bkeeps? (?:me|us) in (?:the|a|this) (?:flat|house|room)\b",
        r"\b(?:will not|do not|does not|never) let (?:me|us) (?:leave|go out|go home)\b",
        r"\bowe (?:them|him|her) (?:money|a debt)\b",
        r"\bbrought me (?:here|to this country)\b.*\b(?:work|owe|cannot leave)\b",
        r"\bwork(?:ing)? for no (?:money|pay)\b",
        r"\bcounty lines\b",
        r"\b(?:sell|selling|carry|carrying|run|running) (?:drugs|packages|parcels) "
        r"for (?:them|him)\b",
    ),
    "online_harm": (
        r"\b(?:someone|somebody|a guy|a man|a person|people|he|she|they) (?:i met )?online\b.*"
        r"\b(?:threaten|blackmail|keeps|asking|asked|wants|scares|sent me|said|says|will)\b",
        r"\b(?:send|share|post|show) my (?:pics|nudes) to\b",
        r"\bblackmail",
        r"\bthreaten(?:s|ing|ed)? to (?:post|share|leak|send)\b",
        r"\b(?:bullied|bullying me|harass(?:ed|ing) me) (?:online|on snap|on insta|on tiktok)\b",
        r"\bcyber ?bull",
        r"\btell(?:s|ing)? me to kill myself\b|\bkill yourself\b",
        r"\bgroom",
        r"\b(?:sharing|shared|posted|leaked) my (?:pics|nudes)\b",
    ),
}
_COMPILED = {cat: tuple(re.compile(p) for p in pats) for cat, pats in _PATTERNS.items()}
_NEGATORS = re.compile(r"\b(?:never|not|no longer|nobody|no one)\b")

_NEGATION = re.compile(
    r"\b(?:no one|nobody|naebody|never|not|no|nothing|nae|without|none)\b(?:\W+\w+){0,3}\W*$"
)
_IDIOM = re.compile(
    r"\b(?:homework|school|exams?|test|this|that|it|maths|laughing|legs|feet)\b \w* ?"
    r"(?:is |are )?killing me\b|\bkill me if\b|\bwould kill me\b|\bwill kill me if\b|"
    r"\bdying (?:of|to|for|laughing)\b|\bi am dead\b|\bdead (?:tired|funny|bored)\b"
)
_GENERAL = re.compile(
    r"\b(?:some|other|many|lots of|a lot of|loads of) (?:kids|children|young people|pupils|people|"
    r"teenagers|weans)\b|\b(?:kids|children|young people|someone|a child|a kid) who\b|"
    r"\bif (?:a|someone|somebody|a child|a kid|you|they|children|kids)\b|"
    r"\bwhen (?:a child|kids|children|young people)\b|\bshould(?:nt|n't)?\b|"
    r"^(?:kids|children|young people|people|teenagers|girls|boys|pupils|weans) "
    r"(?:get|are|can|who)\b"
)
_DEFINITION = re.compile(
    r"\bmeans\b|\bis when\b|\bis a word\b|\bmeaning of\b|\bis what\b|"
    r"\b(?:programme|video|lesson|learn(?:ed|t)?|film|documentary|talk|assembly|heard|read) about\b"
)
# Someone close reporting their own harm to the young person: read it as first person.
_REPORTED = re.compile(
    r"^(?:my (?:friend|pal|mate|bestie|sister|brother|cousin)|a (?:girl|boy|kid|friend) in my "
    r"(?:class|year|school)) (?:says|said|told me|tells me)(?: that)? "
)
_THIRD_TO_FIRST = {
    r"\bher\b": "my",
    r"\bhis\b": "my",
    r"\bhim\b": "me",
    r"\bshe\b": "i",
    r"\bhe\b": "i",
    r"\bherself\b": "myself",
    r"\bhimself\b": "myself",
}
_PAST = re.compile(
    r"\bwhen i was (?:little|younger|small|wee|a kid|a child|\d+)\b|\bused to\b|\byears ago\b|"
    r"\bin the past\b"
)
_RESOLVED = re.compile(
    r"\b(?:i am|i feel|am) (?:safe|ok|okay|fine|better) now\b|\bnow i am safe\b|"
    r"\b(?:it|that|they|he|she) stopped\b|\b(?:got|get) help\b|\blive with (?:\w+ ){0,3}now\b|"
    r"\bnow (?:i|we) live\b|\bsorted now\b|\bnot any ?more\b|\bstill safe\b|"
    r"\b(?:it is|its|all|everything is|things are) (?:fine|ok|okay|better|good|sorted) now\b"
)
_STILL = re.compile(
    r"\bstill (?:does|do|hits|hurts|happens|happening)\b|\bevery (?:day|night|week)\b"
)
_CLAUSES = re.compile(r"[.!?\n;]+|\bbut\b|\bhowever\b")


def normalise(text: str) -> str:
    text = text.lower().replace("’", "'").replace("`", "'")
    for pattern, replacement in _SPELLINGS.items():
        text = re.sub(pattern, replacement, text)
    return " ".join(text.split())


def _negated(clause: str, match: re.Match[str]) -> bool:
    """A negation just before the match, or inside it ("my dad never hits me")."""
    # Patterns that are negative themselves ("nobody looks after me") are not undone by it.
    own_words = match.re.pattern.replace("\\b", " ")
    inside = _NEGATORS.search(match.group()) and not _NEGATORS.search(own_words)
    return bool(_NEGATION.search(clause[: match.start()]) or inside)


# Recall-first fallback: a strong harm word in a clause about the writer ("me", "my", "i")
# flags even when no pattern above matched, because a missed disclosure costs far more
# than a second look by the safeguarding lead.
_HARM_WORDS = {
    "abuse": r"punch\w*|slap\w*|batter\w*|kick\w*|beat\w*|belt\w*|bruis\w*|strangl\w*|chok\w*",
    "self_harm": r"bleed\w*|scratch\w* my|suicid\w*|overdos\w*|disappear forever|kill myself",
    "neglect": r"not eaten|no dinner|never any food|no food|starv\w* at home|feed my",
    "danger": r"sleep outside|kicked out|frightened|terrified|knife|stab\w*",
    "sexual_exploitation": r"sex|nudes|naked|rape\w*",
    "trafficking": r"brought over|keep my money|keep my passport|owe them",
    "online_harm": r"hacked|sending my pics|blackmail\w*|sextort\w*",
}
_HARM = {cat: re.compile(rf"\b(?:{words})\b") for cat, words in _HARM_WORDS.items()}
_ABOUT_ME = re.compile(r"\b(?:me|my|i|myself|us|we)\b")


def _fallback(clause: str) -> set[str]:
    if not _ABOUT_ME.search(clause):
        return set()
    found = set()
    for category, pattern in _HARM.items():
        match = pattern.search(clause)
        if match and not _negated(clause, match) and not _IDIOM.search(clause):
            found.add(category)
    return found


def _clause_categories(clause: str) -> set[str]:
    reported = _REPORTED.match(clause)
    if reported:
        clause = clause[reported.end() :]
        for pronoun, replacement in _THIRD_TO_FIRST.items():
            clause = re.sub(pronoun, replacement, clause)
    if _DEFINITION.search(clause) or _GENERAL.search(clause):
        return set()
    found: set[str] = set()
    for category, patterns in _COMPILED.items():
        for pattern in patterns:
            match = pattern.search(clause)
            if match is None:
                continue
            idiom = category in {"self_harm", "danger", "neglect"} and _IDIOM.search(clause)
            if idiom or _negated(clause, match):
                continue
            found.add(category)
            break
    return found or _fallback(clause)


def screen(text: str) -> Screening:
    """Say whether free text may be a disclosure of current harm, and of which kinds."""
    normal = normalise(text)
    if not normal:
        return Screening(False)
    past_and_over = bool(_PAST.search(normal) and _RESOLVED.search(normal)) and not _STILL.search(
        normal
    )
    categories: set[str] = set()
    for clause in _CLAUSES.split(normal):
        clause = clause.strip()
        if clause:
            categories |= _clause_categories(clause)
    if past_and_over:
        categories.clear()
    return Screening(bool(categories), frozenset(categories))
