"""When a harm pattern matches but the young person is not telling us about harm to them now.

Each check reads one normalised clause (or, for past harm, the whole answer) and says
"let it pass". They are deliberately narrow: every one of them can hide a real
disclosure, and a missed disclosure costs far more than a second look by the
safeguarding lead. So a negation counts only just before the match, idioms are listed
phrase by phrase, and past harm passes only when the answer also says it is over.
"""

from __future__ import annotations

import re

_NEGATOR = re.compile(
    r"\b(?:never|not|no|nobody|no one|none|nothing|nae|without|neither|nor|hardly|ever been)\b"
    r"(?:\W+\w+){0,3}\W*$"
)
# "no matter what", "not sure why" do not negate what follows.
_NOT_A_NEGATION = re.compile(r"\b(?:no matter|not sure|not just|not only|no idea|no wonder)\b")


_INSIDE = re.compile(r"\b(?:never|not|nobody|no one|no longer)\b")


def negated(clause: str, match: re.Match[str]) -> bool:
    """A negation within three words before the match ("nobody hits me", "i do not get
    hit"), or inside it ("he never hurts me") unless the pattern is negative itself
    ("nobody feeds us", "do not feel safe")."""
    before = clause[: match.start()]
    found = _NEGATOR.search(before)
    if found and not _NOT_A_NEGATION.search(before[found.start() :] + match.group()):
        return True
    source = match.re.pattern
    for token in ("\\b", "(?:", "|", "(", ")"):
        source = source.replace(token, " ")
    own = _INSIDE.search(source)
    return not own and bool(_INSIDE.search(match.group()))


# "mum would kill me if i was late" is an idiom; "he will kill me if i tell anyone" is a threat.
_NOT_A_THREAT = (
    r"(?! (?:i|we) (?:tell|told|say|said|speak|spoke|report|talk)(?: to)? (?:anyone|anybody|"
    r"someone|somebody|the police|police|a teacher|teachers|social|on (?:him|her|them)|you)\b|"
    r" (?:i|we) (?:tell|told|say|said)$| (?:i|we) (?:leave|left|go to the police|run|ran|try)\b)"
)
_IDIOM = re.compile(
    r"\b(?:homework|school|exams?|tests?|this|that|it|maths|english|science|pe|training|"
    r"football|practice|laughing|legs|feet|back|head|neck|survey|questionnaire|questions?|"
    r"teacher|lessons?|work|job|shift|cringe|heat|wait|waiting|suspense|music|song|"
    r"video|film|show|game|boredom|hunger|period|cramps|shoes|shift|revision|week|day)"
    r" (?:\w+ )?(?:is |are |was |were )?(?:literally |actually |honestly |so )?killing me\b|"
    rf"\bkill(?:s|ed)? me (?:if|when|for)\b{_NOT_A_THREAT}|\b(?:would|will|gonna|going to) "
    rf"(?:literally |actually )?kill (?:me|us)\b(?=.*\b(?:if|for|when)\b{_NOT_A_THREAT})|"
    r"\bdying (?:of|to|for|laughing|inside)\b|\bdied (?:of|laughing)\b|\bi am (?:literally |so )?"
    r"dead\b|\bdead (?:tired|funny|bored|good|easy|boring|jealous)\b|\b(?:could|would|will) "
    r"(?:literally )?die (?:of|for|if)\b|\b(?:i would|would|could) murder (?:a|an|some|for)\b|"
    r"\bkill for\b|\b(?:phone|battery|game|character|player) (?:is |was )?dead\b|"
    r"\bstarving (?:lets|let us|lol|haha|cannot wait)\b|\bso hungry (?:lol|haha|cannot wait)\b|"
    r"\bbeats? (?:me|us) (?:at|in)\b|\bhit (?:me|us) up\b|\bkills? (?:me|us) (?:lol|haha)\b|"
    r"\bthe struggle\b|\bkill (?:my|the) (?:vibe|mood|buzz|battery)\b|\bkill (?:the|a) "
    r"(?:boss|zombie|game|enemy)\b|\b(?:kill|killing|killed) (?:my|his|her) (?:brother|sister)\b|"
    r"\b(?:hurt|hurts|hurting) my (?:leg|arm|knee|ankle|wrist|back|foot|hand|head) "
    r"(?:at|playing|in|when|doing)\b"
)


def idiom(clause: str) -> bool:
    """An everyday exaggeration: "this homework is killing me", "mum would kill me if"."""
    return bool(_IDIOM.search(clause))


_GENERIC_NOUN = (
    r"(?:kids|children|young people|people|teenagers|teens|girls|boys|pupils|weans|"
    r"students|adults|parents|everyone|everybody|a child|a kid|a young person|a person|"
    r"someone your age|anyone|families|lots of us|some of us|young carers)"
)
_GENERAL = re.compile(
    # "some kids get hit", "lots of young people self harm", "kids who are trafficked"
    rf"(?:^|\b(?:that|think|know|about|for|because|where|when) )(?:there are )?(?:some|other|"
    rf"many|lots of|a lot of|loads of|most|all|plenty of|few|certain) "
    rf"(?:of (?:my |the )?)?(?:\w+ )?{_GENERIC_NOUN}\b|"
    rf"\b{_GENERIC_NOUN} (?:who|that|whose|in care|at school|my age|our age|online)\b|"
    rf"^(?:i think |i feel like |in my opinion |honestly )?(?<!my ){_GENERIC_NOUN} "
    r"(?:get|gets|are|can|is|do|might|may|often|sometimes|will|should|need|have|has|go|"
    r"feel|could|must|deserve)\b|"
    # hypotheticals and advice: "if someone asked me for pics i would block them"
    r"\bif (?:a|an|someone|somebody|anyone|anybody|you|they|kids|children|people|a child|"
    r"your|the)\b|\b(?:should|shouldnt|must|ought to|could|would)\b(?! (?:not )?(?:kill|hurt|"
    r"batter|share|post|leak|send|stab))|\bi would (?:tell|report|block|go|speak|talk)\b|"
    r"\bwhat (?:to do|happens) (?:if|when)\b|\bhow to (?:report|block|stay|spot|tell|help)\b"
)
_DEFINITION = re.compile(
    r"\bmeans\b|\bis when\b|\bare when\b|\bis a word\b|\bmeaning of\b|\bis what\b|"
    r"\bis like when\b|\bis where\b|\bdefinition\b|\bis a (?:crime|type|kind|form)\b|"
    r"\b(?:programme|video|lesson|lessons|learn|learned|learnt|learning|film|documentary|"
    r"assembly|leaflet|poster|workshop|class|pshe|website|book|story|news|read|heard|talk|"
    r"talks|talked|teach|taught|taught us|campaign|awareness|info|information) "
    r"(?:\w+ )?(?:about|on|was about|means)\b|\bin (?:pshe|class|assembly|school) we\b"
)


def general(clause: str) -> bool:
    """An opinion about children in general, a hypothetical, or advice: not about the writer.

    A clause that is also plainly about the writer in the present ("some kids hit me")
    is not general; the caller checks that with `about_me_now`.
    """
    return bool(_GENERAL.search(clause))


def definition(clause: str) -> bool:
    """What a word means, or what a lesson or film was about."""
    return bool(_DEFINITION.search(clause))


_ME_NOW = re.compile(
    r"\b(?:hits|hit|hurts|hurt|beats|kicks|touches|touched|asks|asked|asking|threatens|"
    r"threatened|blackmails|blackmailing|bullies|bullying|sends|sending|makes|made) (?:\w+ )?"
    r"(?:me|us)\b|\b(?:i am|i have been|i get|i got|i keep) (?:being |getting )?\w+ed\b"
)


_ME_SURELY = re.compile(
    r"\bmyself\b|\bi (?:want|wanna|wish|need|feel like|am going|keep|am being|get|got)\b|"
    r"\bif i (?:was|were) (?:dead|gone|not here)\b|\bwithout me\b|^i (?:am|have)\b"
)


def about_me_now(clause: str) -> bool:
    """The writer is on the receiving end in this clause: "some older boys hit me",
    "everyone would be better off if i was dead"."""
    if _ME_SURELY.search(clause) and not re.search(r"\bif (?:someone|somebody|anyone|a |you)",
                                                   clause):
        return True
    return bool(_ME_NOW.search(clause)) and not re.search(r"\bif\b|\bwould\b|\bshould\b", clause)


# Someone close telling the writer about their own harm: read it as if first person,
# because a child passing on a friend's disclosure needs the same help page.
_REPORTED = re.compile(
    r"^(?:i think |i know |i am worried |i worry )?(?:that )?(?:my (?:best )?(?:friend|pal|mate|"
    r"bestie|sister|brother|cousin|girlfriend|boyfriend)|a (?:girl|boy|kid|friend|pupil) in my "
    r"(?:class|year|school)|someone in my (?:class|year|school))(?: \w+)?"
    r" (?:says|said|told me|tells me|is|gets|has|keeps|does|wants|was|cuts)\b"
)
_THIRD_TO_FIRST = (
    (re.compile(r"\bherself\b|\bhimself\b|\bthemselves\b"), "myself"),
    # "her" as an object ("hits her") is "me"; before a noun ("her dad") it is "my"
    (re.compile(r"\bher\b(?=$| (?:and|when|if|because|with|at|on|in|every|all|again|up|down|"
                r"to|so|but|for|a lot|loads|too|till|until|or)\b)"), "me"),
    (re.compile(r"\bher\b|\bhis\b"), "my"),
    (re.compile(r"\bhim\b"), "me"),
    (re.compile(r"\bshe is\b|\bhe is\b"), "i am"),
    (re.compile(r"\bshe\b|\bhe\b"), "i"),
)


def as_first_person(clause: str) -> str:
    """Rewrite "my friend says her dad hits her" as "i ... my dad hits me"; else unchanged."""
    reported = _REPORTED.match(clause)
    if not reported:
        return clause
    rest = clause[reported.start() :]
    for pattern, replacement in _THIRD_TO_FIRST:
        rest = pattern.sub(replacement, rest)
    rest = re.sub(r"\bmy (?:best )?(?:friend|pal|mate|bestie|sister|brother|cousin|girlfriend|"
                  r"boyfriend)\b", "i", rest, count=1)
    return _VERB.sub(lambda m: "i " + _FIRST_PERSON_VERB[m.group(1)], rest, count=1)


_FIRST_PERSON_VERB = {
    "gets": "get", "is": "am", "has": "have", "keeps": "keep", "wants": "want", "cuts": "cut",
    "does": "do",
}
_VERB = re.compile(r"\b(?:i|my) (gets|is|has|keeps|wants|cuts|does)\b")


_PAST = re.compile(
    r"\bwhen i was (?:little|younger|small|wee|a kid|a child|a baby|in primary|\w+)\b|"
    r"\bused to\b|\byears ago\b|\bin the past\b|\ba long time ago\b|\bin primary\b|"
    r"\bbefore i (?:moved|went into care|came)\b|\blast year\b|\bas a (?:kid|child)\b|"
    r"\bwhen i lived\b|\bback then\b"
)
RESOLVED = re.compile(
    r"\b(?:i am|i feel|am|we are|feel|i have been|it is|things are|everything is|all) "
    r"(?:\w+ )?(?:safe|ok|okay|fine|better|good|happy|sorted|alright|settled) now\b|"
    r"\bnow (?:i am|we are|i feel|i live|we live|i stay|i have)\b|\b(?:it|that|they|he|she|"
    r"this|the abuse) (?:has )?stopped\b|\b(?:got|get|getting|had) help\b|\blive with "
    r"(?:\w+ ){0,3}now\b|\bnot any ?more\b|\bno longer\b|\bnot now\b|\bsorted (?:it|now)\b|"
    r"\bblocked (?:them|him|her|it|the)\b|\breported (?:it|them|him|her)\b|"
    r"\b(?:told|tell) (?:my \w+|a teacher|the police|someone|an adult|a grown up|childline)\b|"
    r"\b(?:moved|went) (?:out|away|into care|to my \w+)\b|\bis in (?:jail|prison)\b|"
    r"\bpolice (?:came|sorted|helped|dealt)\b|\bfoster (?:family|carers?|mum|dad)\b|"
    r"\b(?:he|she|they) (?:left|moved out|went away)\b|\b(?:i am|we are) (?:happy|safe)\b"
)
_STILL = re.compile(r"\bstill\b|\bagain\b|\bevery (?:day|night|week)\b|\bkeeps?\b|\bstarted\b")


def past_and_over(normal: str) -> bool:
    """The whole answer places the harm in the past and says it is over.

    "when i was little my dad hit me but i live with my gran now and im safe" passes;
    "he used to hit me and he still does" and "my dad hit me yesterday" do not.
    """
    return bool(_PAST.search(normal) and RESOLVED.search(normal)) and not _STILL.search(normal)


def resolution_only(clause: str) -> bool:
    """A clause that only reports what made it stop ("i told my mum"), after past harm."""
    return bool(RESOLVED.search(clause))
