"""Identifiers with a fixed shape: found by pattern, wherever they sit in a sentence.

Order matters: emails before handles (the @), links before everything with dots, dates
and ID numbers before phone numbers (all digits), addresses before postcodes.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_STREET = (
    r"(?:street|st|road|rd|avenue|ave|drive|dr|crescent|cres|court|ct|place|pl|lane|ln|"
    r"terrace|gardens|gdns|way|close|view|grove|park|square|sq|wynd|brae|loan|row|walk|"
    r"gate|hill|quadrant|circus|parade|mews)"
)
_NAMEISH = r"(?:st\.? |saint )?[a-z][a-z'’-]+"

PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), label)
    for pattern, label in (
        (r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", "[email]"),
        (
            r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|co\.uk|org|net|uk|io|me|tv|gg|ly)(?:/\S*)?\b",
            "[link]",
        ),
        (r"(?<![\w@])@[A-Za-z0-9_.]{2,}", "[handle]"),
        # Discord's old tags: "kai#4421"
        (r"\b[\w.]+#\d{4}\b", "[handle]"),
        # a word with an underscore is a username in young people's writing: "jj_smith09"
        (
            r"\b[A-Za-z0-9.]*[A-Za-z][A-Za-z0-9.]*_[A-Za-z0-9_.]*\b|\b[A-Za-z0-9.]*_[A-Za-z0-9_.]*"
            r"[A-Za-z][A-Za-z0-9_.]*\b",
            "[handle]",
        ),
        # "my insta is jaz.b_2010": a platform's name, then a handle without an @
        (
            r"(\b(?:snap|snapchat|insta|instagram|tiktok|discord|ig|twitter|x|xbox|psn|roblox|"
            r"gamertag|telegram|kik|whatsapp|fb|facebook|threads|twitch|youtube)(?: name| handle|"
            r"| username| user| account| tag| id)?(?: is| its| it's| it is|:| =| on)? ?)"
            r"@?(?:[a-z0-9_.]*\d[a-z0-9_.]*|[a-z0-9_]*[_.][a-z0-9_.]*[a-z0-9])\b",
            r"\1[handle]",
        ),
        # dates of birth and other full dates: 12/03/2011, 3.5.12, 12th of March 2011
        (r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b", "[date]"),
        (r"\b(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}\b", "[date]"),
        (rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_MONTH}(?:,? \d{{2,4}})?\b", "[date]"),
        (rf"\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?\b", "[date]"),
        # +44 first: "+44 131 496 0123" has the NHS number's 3-3-4 shape
        (r"(?<![\w+])\+\s?44\s?\(?0?\)?\s?\d{2,4}\)?(?:[\s-]?\d){6,8}\b", "[phone]"),
        # NHS numbers (3-3-4) and CHI numbers (10 digits), before phone numbers
        (r"\b[1-9]\d{2}[ -]\d{3}[ -]\d{4}\b", "[id-number]"),
        # UK phone numbers: 07700 900123, +44 7700 900123, (0131) 496 0000, 0141-496-0000
        (
            r"(?:(?<![\w+])\+44\s?\(?0?\)?\s?|(?<![\w(])\(?0)\d{2,4}\)?(?:[\s-]?\d){6,8}\b",
            "[phone]",
        ),
        # National Insurance numbers: AB 12 34 56 C
        (r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", "[id-number]"),
        (
            r"(\b(?:chi|nhs|case|reference|ref|id|passport|ni|national insurance|student|pupil|"
            r"scn|candidate|membership|account|customer|crn|ucas|home office|visa|brp|"
            r"licence|license) (?:no\.?|number|num|#)?"
            r" ?(?:is )?:? ?)[a-z]{0,3}[- ]?\d[\d -]{2,}\d[a-z]?\b",
            r"\1[id-number]",
        ),
        (r"\b\d{6,}\b", "[id-number]"),
        # reference shapes with letters: "SW/2023/04417", "CP-88123", "TC 4471-22"
        (
            # case matters here ("in 2022-23" is not a reference), so the flag is lifted
            r"(?-i:\b(?:[A-Z]{1,4}[-/ ]?|[a-z]{1,4}[-/])\d{2,}[-/]\d{2,}(?:[-/]\d+)*\b|"
            r"\b[A-Z]{1,4}-\d{4,}\b|\b\d{2,}/\d{2,}/[A-Z]{1,4}\b)",
            "[id-number]",
        ),
        # Scotland's secure care centres, however they are written
        (
            r"(?i)\b(?:kibble(?: safe centre| education and care centre)?|rossie"
            r"(?: young people'?s trust)?|st\.? mary'?s kenmure|good shepherd(?: centre)?|"
            r"edinburgh secure services)\b",
            "[address]",
        ),
        # street addresses and flats: "flat 2/1, 14 dumbarton road", "22b kings park avenue"
        (
            rf"\b(?:flat|apartment|apt) \d+(?:/\d+)?[a-z]?,?(?: \d+[a-z]?)?"
            rf"(?: {_NAMEISH}){{0,3}} {_STREET}\b",
            "[address]",
        ),
        (r"\b(?:flat|apartment|apt) \d+(?:/\d+)?[a-z]?\b", "[address]"),
        (rf"\b\d+[a-z]?(?:/\d+)? (?:{_NAMEISH} ){{1,3}}{_STREET}\b", "[address]"),
        (
            rf"(\b(?:lives?|living|stay(?:s|ing)?) (?:on|in|at) )(?:{_NAMEISH} ){{1,2}}{_STREET}\b",
            r"\1[address]",
        ),
        # full postcodes only: a district alone (EH1, G12) names an area, not a home
        (r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", "[postcode]"),
    )
)


def replace_fixed_shapes(text: str) -> str:
    for pattern, label in PATTERNS:
        text = pattern.sub(label, text)
    return text
