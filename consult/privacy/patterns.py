"""Identifiers with a fixed shape: found by pattern, wherever they sit in a sentence.

Order matters: emails before handles (the @), links before everything with dots, dates
and ID numbers before phone numbers (all digits), addresses before postcodes. Shapes
written to slip past a filter count too: "jo at hotmail dot com", "o77oo 9oo 321", a
number said in words, "HL/220931/B", Glasgow's "3/1" and Edinburgh's "2 up left".
"""

from __future__ import annotations

import re
from collections.abc import Callable

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# A day and a year said in words: "the twenty third of november twenty ten"
_SAID_DAY = (
    r"(?:(?:twenty|thirty)[ -]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth)"
)
_SAID_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SAID_TEEN = r"(?:ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)"
_SAID_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SAID_DIGITS = rf"(?:{_SAID_UNIT}|{_SAID_TEEN}|{_SAID_TENS}|oh|zero)"
_SAID_YEAR = (
    rf"(?:two thousand(?: and)? (?:{_SAID_UNIT}|{_SAID_TEEN})|(?:twenty|nineteen) "
    rf"(?:{_SAID_TEEN}|(?:twenty|ninety|eighty)(?:[ -]{_SAID_UNIT})?|oh[ -]{_SAID_UNIT}))"
)
_STREET = (
    r"(?:street|st|road|rd|avenue|ave|drive|dr|crescent|cres|court|ct|place|pl|lane|ln|"
    r"terrace|gardens|gdns|way|close|view|grove|park|square|sq|wynd|brae|loan|row|walk|"
    r"gate|hill|quadrant|circus|parade|mews|lade|vennel|loaning|neuk|knowe|wharf)"
)
# Streets whose name is "the" and the kind alone: "6 the wynd", "12 the loan"
_THE_STREET = (
    r"(?:wynd|loan|loaning|brae|row|vennel|pend|glebe|green|crescent|square|avenue|drive|"
    r"terrace|causeway|shore|paddock|steading|mains|orchard|meadows|cross|mall|parade|"
    r"circle|quadrant|mews|grove|gardens|walk|neuk|knowe|close|courtyard|hawthorns)"
)
# Words after which "2 the" or "4 the" is text speak ("went 2 the green"); one fixed-width
# look-behind each, as Python's look-behinds cannot vary in width
_NOT_AFTER_GOING = "".join(
    rf"(?<!\b{word} )"
    for word in (
        "go goes going went gone come comes came get got back up down over off out move "
        "moved walk walked run ran drive drove way bus train"
    ).split()
)
# "the" starts no street's name ("live at the ferguson street hostel" keeps "the"), nor
# does a word of grammar ("111 but my GP Dr Mensah" has no street)
_NAMEISH = (
    r"(?:st\.? |saint )?(?!(?:the|but|and|my|is|was|to|at|in|on|for|with|from) )[a-z][a-z'’-]+"
)
_TLD = (
    r"(?:com|co\.uk|org\.uk|org|net|uk|io|me|tv|gg|ly|scot|ie|info|biz|app|xyz|blog|site|"
    r"online|page|link|fm|us|ca|pl|ee)"
)
# An obfuscated email's "@" and "."; bare " at "/" dot " need spaces both sides.
# A bare " at " only before a mail provider or a spelled "dot": "my brother at
# gofundme.com" is a link, "jo at hotmail.com" and "jo at mail dot com" are emails.
_AT = (
    r"(?:\s?@\s?|\s?[(\[]at[)\]]\s?| at (?=(?:gmail|hotmail|outlook|icloud|yahoo|live|"
    r"aol|btinternet|protonmail|proton|googlemail|sky|virginmedia|talktalk|msn|me)\b|"
    r"[\w-]+ dot ))"
)
_DOT = r"(?:\.| \. |\s?[(\[]dot[)\]]\s?| dot )"
_MAIL_END = (
    rf"(?:com|co|org|net|uk|ie|scot|io|me|pl|lt|lv|ro|ua|de|fr|es|it|nl|sk|cz|bg|pt)(?:{_DOT}uk)?"
)
# Digits as a phone number's words: "oh seven seven double oh nine ...", in Scots too
# ("wan", "twa")
_SAID_DIGIT = r"(?:oh|o|zero|nought|one|wan|two|twa|three|four|five|six|seven|eight|nine|\d)"
# "nine hundred" is said too: "oh seven seven double oh nine hundred three four five"
_SAID_WORD = rf"(?:{_SAID_DIGIT}|hundred)"
_SAID_NUMBER = rf"\b(?:{_SAID_WORD}[\s,-]+(?:(?:double|triple)[\s-]+)?){{6,}}{_SAID_WORD}\b"

# Digits and said digits, glued or spaced: "0seven7 00 900 321", "07700 nine hundred 555"
_SPOKEN = (
    r"(?:zero|nought|oh|one|wan|two|twa|three|four|five|six|seven|eight|nine|hundred|double|"
    r"triple)"
)
_MIXED_NUMBER = rf"\b(?:0|oh|zero|nought)(?:\d|{_SPOKEN})*(?:,?[\s-]+(?:\d|{_SPOKEN})+){{1,9}}\b"
_WORTH = {"hundred": 2, "double": 0, "triple": 0}


def _phone_if_eleven_digits(match: re.Match[str]) -> str:
    """A run of digits and said digits is a phone number when it says 11 digits and
    mixes both: "double" and "triple" repeat the next one, "hundred" says two zeros."""
    pieces = re.findall(rf"\d|{_SPOKEN}", match.group().lower())
    count, repeat = 0, 1
    for piece in pieces:
        if piece in ("double", "triple"):
            repeat = 2 if piece == "double" else 3
            continue
        count += _WORTH.get(piece, 1) * repeat
        repeat = 1
    mixed = any(p.isdigit() for p in pieces) and not all(p.isdigit() for p in pieces)
    return "[phone]" if mixed and count == 11 else match.group()


Replacement = str | Callable[[re.Match[str]], str]

_LODGING = (
    r"(?:hotel|b&b|bnb|b and b|hostel|guest ?house|temporary accommodation|homeless unit|"
    r"refuge|digs|site|caravan park|halls|supported accommodation)"
)
# A numbered room, pitch or unit where someone lives, which only its place or a verb of
# living tells from a classroom or a football pitch (a plot or caravan is always a home)
_NUMBERED_HOME = r"(?:room|pitch|unit) (?:no\.? ?|number )?\d{1,4}[a-z]?\b"
# An address written in parts is one: "top floor left, [address]", "[address], number 4B",
# "2/1 [address]", "[address] top flat", "the [address] site". Joined again after names,
# which find streets and homes of their own ("a house on Blackhill Road number 41").
ADDRESS_PARTS: tuple[tuple[str, Replacement], ...] = (
    # a flat ("7d, [address]", "1/2 [address]"); a bare number only right before: in
    # "I was 12, [address]" the 12 is an age
    (r"\b(?:(?:\d/\d|\d{1,3}[a-z]),?|\d{1,3}) \[address\]", "[address]"),
    (
        r"\[address\](?:,? (?:\[address\]|(?:number|no\.?|flat|door) \d+[a-z]?\b|"
        r"(?:top|bottom|ground|middle|first|second|third) (?:flat|floor)\b|site\b))+",
        "[address]",
    ),
)

_SHAPES: tuple[tuple[str, Replacement], ...] = (
    # Each pattern over runs of letters and dots starts only where a run starts (the
    # look-behinds), so its cost grows with the answer, not with its square:
    # "a.ba.b" repeated for 2,000 characters took a second or more otherwise.
    (r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", "[email]"),
    # written so a filter would miss it: "jo at hotmail dot co dot uk", "jo @ gmail . com",
    # "jo(at)icloud(dot)com". Only with a mail ending, so "me at the park. co-op" stays.
    (
        rf"(?<![\w+-])(?<![\w+-]\.)[\w+-]+(?:(?:{_DOT}| underscore )[\w+-]+)*{_AT}[\w-]+"
        rf"(?:{_DOT}[\w-]+)*?{_DOT}{_MAIL_END}\b(?!/)",
        "[email]",
    ),
    # a mail provider's name is enough: "cal.nixon at gmail"
    (
        rf"(?<![\w.+-])(?!(?:is|was|am|are|were|be|been|work|works|worked)\b)"
        rf"[\w+-]+(?:(?:{_DOT}| underscore )[\w+-]+)* (?:at|@) (?:gmail|hotmail|"
        r"outlook|icloud|yahoo|googlemail|protonmail|btinternet)\b",
        "[email]",
    ),
    # its first letters spelled out: "r o b b i e m c k underscore 07 at outlook dot com"
    (r"(?:\b[a-z] ){2,}\[email\]", "[email]"),
    # a link, or any word.word.tld: "rosepetalpoems.tumblr.com" goes whole
    (
        rf"\b(?:https?://|www\.)\S+|\b(?<!\w)(?<![\w-]\.)(?<![\w-]-)[\w-]+(?:\.[\w-]+)*\.{_TLD}(?:/\S*)?\b",
        "[link]",
    ),
    (r"(?<![\w@])@[A-Za-z0-9_.]{2,}", "[handle]"),
    # Discord's old tags and games' tags: "kai#4421", "N1ghtOwl#EUW4"
    (r"(?<![\w.])(\.*)\w[\w.]*#(?=[a-z]*\d)[a-z0-9]{3,5}\b", r"\1[handle]"),
    # a word with an underscore is a username in young people's writing: "jj_smith09".
    # Tried only where a run of letters, digits, dots and underscores starts, and taken
    # whole without backtracking ("a.ba.b" repeated for 2,000 characters took seconds
    # with the nested stars this replaced).
    (
        r"(?<![\w.])(\.*)(?=[A-Za-z0-9.]*_)(?=[0-9_.]*[A-Za-z])"
        r"(?>[A-Za-z0-9_]+(?:\.+[A-Za-z0-9_]+)*)(?!\w)",
        r"\1[handle]",
    ),
    # "my insta is jaz.b_2010": a platform's name, then a handle without an @
    (
        r"(\b(?:snap|snapchat|insta|instagram|tiktok|discord|ig|twitter|x|xbox|psn|roblox|"
        r"gamertag|telegram|kik|whatsapp|fb|facebook|threads|twitch|youtube|sc|email|"
        r"e-mail|gmail|hotmail)\b\)?"
        r"(?: name| handle| username| user| account| tag| id)?"
        r"(?: me)?(?: is| its| it's| it is|:| =| on| at)? ?)"
        # not a phone number ("add him on whatsapp 07700 900 665" is one), and with a
        # letter: "snap me at 5" is a time
        r"(?!\+?\(?\d[\d\s().-]{7,}\d)(?=(?:@ ?)?[\w.]*[a-z])"
        r"(?:@ ?)?(?:[a-z0-9_.]*\d[a-z0-9_.]*|[a-z0-9_]*[_.][a-z0-9_.]*[a-z0-9])\b",
        r"\1[handle]",
    ),
    # a dotted name before a platform: "search jakeyboy.fitba on insta"
    (
        r"(?<![\w.@])[a-z0-9_]+(?:\.[a-z0-9_]+)+(?= on (?:snap|snapchat|insta|instagram|"
        r"tiktok|discord|twitter|x|xbox|psn|roblox|telegram|kik|twitch|threads|fb|facebook)\b)",
        "[handle]",
    ),
    # after "snap:", "ig:" or "snap -" whatever follows is a handle, plain letters or not
    (
        r"(\b(?:snap|snapchat|sc|insta|instagram|ig|tiktok|tt|discord|twitter|x|xbox|psn|"
        r"roblox|telegram|kik|twitch|threads|fb)(?: me)?\s?(?::|\s-|\s–)\s?)"
        r"(?!(?:i|im|no|not|never|dont|is|its|the|a|my|and|but|they|we|you|it|none|n/a|na|nah|naw|nope|deleted|blocked|"
        r"banned|private|gone|off|same|dunno|idk|yes|yeah|aye|ask|dm|message)\b)@?[\w.-]*\w",
        r"\1[handle]",
    ),
    # a handle said aloud: "jamie underscore mc underscore zero eight", "lil dot mo dot
    # twenty two" (one "dot" alone is too common a word)
    (
        rf"\b[a-z0-9]+(?: underscore [a-z0-9]+)+(?: {_SAID_DIGITS})*\b|"
        rf"\b[a-z0-9]+(?: dot (?!dot\b)[a-z0-9]+){{2,}}(?: {_SAID_DIGITS})*\b",
        "[handle]",
    ),
    # capitals inside a word with digits is a username: "xXShadowFang99Xx", "KaiGamer07"
    # (but not a brand's own capitals: "iPhone15", "PlayStation5")
    (
        r"(?-i:(?<![\w.@])(?!iPhone|iPad|PlayStation|YouTube|TikTok|FaceTime|WhatsApp|McDonald)"
        r"(?=\w*\d)(?=\w*[a-z][A-Z])[A-Za-z][A-Za-z\d]{5,}\b)",
        "[handle]",
    ),
    # a gamertag may have spaces: "xX NoScope Ryan Xx", or capitals after its name
    (r"(?-i:\b[xX]*xX\b[^.,!?\n]{1,40}?\bXx[xX]*\b)", "[handle]"),
    (
        r"(\b(?:gamertag|gamer tag|gt|username|user name|ign|display name)(?: is|:) ?)"
        r"(?-i:[A-Z0-9][\w.]*(?: [A-Z0-9][\w.]*){0,3})",
        r"\1[handle]",
    ),
    # "my nickname in the unit is Bubbles"
    (
        r"(\bnick ?names? (?:[a-z]+ ){0,4}?(?:is|was) )"
        r"(?!(?:a|an|the|my|not|so|because|cos|what|just|like)\b)[a-z][\w'’-]*",
        r"\1[name]",
    ),
    # dates of birth and other full dates: 12/03/2011, 3.5.12, 12th of March 2011
    (r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b", "[date]"),
    (r"\b(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}\b", "[date]"),
    (rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_MONTH}(?:,? \d{{2,4}})?\b", "[date]"),
    (rf"\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?\b", "[date]"),
    (
        rf"\b(?:the )?{_SAID_DAY}(?: of)? {_MONTH}(?:,? (?:\d{{4}}|{_SAID_YEAR}))?\b|"
        rf"\b{_MONTH} the {_SAID_DAY}(?:,? (?:\d{{4}}|{_SAID_YEAR}))?\b",
        "[date]",
    ),
    # +44 or 0044 first: "+44 131 496 0123" has the NHS number's 3-3-4 shape
    (
        r"(?<![\w+])(?:\+|\b00)\s?44\s?\(?0?\)?\s?\d{2,4}\)?(?:[\s-]?\d){6,8}\b",
        "[phone]",
    ),
    # a mobile with the letter o for zero: "o77oo 9oo 321" (and not a postcode)
    (
        r"(?<!\w)(?=[0o]\S*\d)(?=(?:[^\d\n]{0,3}\d){5})[0o](?:[\s-]?[\do]){9,10}(?!\w)",
        "[phone]",
    ),
    (_SAID_NUMBER, "[phone]"),
    # half in digits, half in words: "07700 900 two four six", "0seven7 00 900 321"
    (_MIXED_NUMBER, _phone_if_eleven_digits),
    # card and account numbers: four or more groups of three to five digits
    # (not a list of years: "2018 2019 2020 2021")
    (r"\b(?!(?:(?:19|20)\d\d\b[ -]?){4})\d{3,5}(?:[ -]\d{3,5}){3,}\b", "[id-number]"),
    # NHS numbers (3-3-4) and CHI numbers (10 digits), before phone numbers
    (r"\b[1-9]\d{2}[ -]\d{3}[ -]\d{4}\b", "[id-number]"),
    # a mobile or landline with dots anywhere: "07700.900.567", "07.700.900.456"
    (r"(?<![\w.])0\d(?:\.?\d){8,9}(?![\w.]?\d)", "[phone]"),
    # UK phone numbers: 07700 900123, +44 7700 900123, (0131) 496 0000, 0141-496-0000
    (
        r"(?:(?<![\w+])\+44\s?\(?0?\)?\s?|(?<![\w(])\(?0)\d{2,4}\)?(?:[\s-]?\d){6,8}\b",
        "[phone]",
    ),
    # references joined by slashes or dashes with a run of five digits, whole:
    # "HL/220931/B", "CR/0012345/24", "2023/04417"; "3/4" and "2022/23" have no such run
    # with its letters first: "HR 24/00871"
    (
        r"\b(?<!\w)(?<!\w[/-])(?:(?-i:[A-Z]{1,3}) )?(?=[\w/-]*\d{5})"
        r"[a-z0-9]+(?:[/-][a-z0-9]+)+\b",
        "[id-number]",
    ),
    # National Insurance numbers: AB 12 34 56 C
    (r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", "[id-number]"),
    (
        r"(\b(?:chi|nhs|case|reference|ref|id|passport|ni|national insurance|student|pupil|"
        r"scn|candidate|membership|account|customer|crn|ucas|home office|visa|brp|"
        r"licence|license) (?:no\.?|number|num|#)?"
        r" ?(?:is )?:? ?)[a-z]{0,3}[- ]?\d[\d -]{2,}\d[a-z]?(?:[-/][a-z]{1,4})?\b",
        r"\1[id-number]",
    ),
    (r"\b\d{6,}[a-z]?\b", "[id-number]"),  # "2398114M", a matriculation number
    # a police officer's shoulder number: "PC Khan, his number is 3318", "Officer 4471"
    (r"(\b(?:pc|officer|constable|sgt) )\d{3,5}\b", r"\1[id-number]"),
    (
        r"(\b(?:pc|dc|ps|sgt|officer|polis|police(?:man|woman)?)\b[^.!?\n]{0,40}?"
        r"\b(?:shoulder |collar |badge )?number (?:is |was |:)?)\d{3,5}\b",
        r"\1[id-number]",
    ),
    # letters then five or more digits: "AB123456" (case matters: "covid19" is a word)
    (r"(?-i:\b[A-Z]{1,4}\d{5,}[A-Z]?\b)", "[id-number]"),
    # reference shapes with letters: "SW/2023/04417", "CP-88123", "TC 4471-22",
    # "GLA/IMM/0934"
    (
        # case matters here ("in 2022-23" is not a reference), so the flag is lifted
        r"(?-i:\b(?:[A-Z]{1,4}[-/ ]?|[a-z]{1,4}[-/])\d{2,}[-/]\d{2,}(?:[-/]\d+)*\b|"
        r"\b[A-Z]{1,4}(?:[-/][A-Z]{1,4})+[-/]\d{3,}\b|"
        r"\b[A-Z]{1,4}-\d{4,}\b|\b\d{2,}[/-]\d{2,}[/-][A-Z]{1,4}\b|"
        r"\b\d{2,}[/-][A-Z]{1,4}[/-]\d{2,}\b)",
        "[id-number]",
    ),
    # letters and then three or more digits, left after phones and references, are a
    # username: "ryanbhoy1888" ("covid19" and "fifa23" are words)
    (r"(?<![\w.@])[a-z][a-z_]*\d{3,}\b", "[handle]"),
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
    (
        rf"\b(?:number )?\d+[a-z]?(?:/\d+)? (?:{_NAMEISH} ){{1,3}}{_STREET}"
        rf"(?: (?:west|east|north|south))?\b",
        "[address]",
    ),
    # a street named with "the": "6 the wynd", "14 the loan". Not after a verb of going,
    # where "2" is text speak for "to" ("went 2 the green")
    (
        rf"{_NOT_AFTER_GOING}\b\d+[a-z]?,? the {_THE_STREET}\b",
        "[address]",
    ),
    # a plot on a caravan or Travellers' site is a home: "plot 14", "chalet 3b" (not
    # "pitch": "we play on pitch 3")
    (
        r"\b(?:plot|chalet|static|caravan|berth|mooring) (?:no\.? ?|number )?\d+[a-z]?\b",
        "[address]",
    ),
    (
        # or a place on one: "the hostel on Commercial Street", "the mosque on Balgreen Lane"
        rf"(\b(?:lives?|living|stay(?:s|ing)?|flats?|hoose|house|hostel|shop|chippy|mosque|"
        rf"church|cafe|café|unit|home|b&b) (?:on|in|at) )"
        rf"(?:{_NAMEISH} ){{1,2}}{_STREET}\b",
        r"\1[address]",
    ),
    # Scottish flat positions: "2 up left", "0/1"; a fraction has no street after it
    (r"\b\d{1,2} (?:up|doon|down) (?:left|right|middle|mid)\b", "[address]"),
    (r"(?<![\w/])0/[1-3]\b(?!/)", "[address]"),
    # Edinburgh's flat positions ("2f1", "PF2") and a floor with its side ("top floor
    # left"); a floor alone ("the top floor") says nothing about where
    (r"\b(?:\d{1,2}f|pf|gf|mf)\d\b", "[address]"),
    (
        r"\b(?:top|ground|bottom|first|second|third|fourth|1st|2nd|3rd|4th) floor,? "
        r"(?:left|right|middle|mid|front|back)\b",
        "[address]",
    ),
    (
        r"(\b(?:flat|hoose|house|flat is|hoose is|house is|live at|stay at|living at) )"
        r"\d/\d\b(?!/)",
        r"\1[address]",
    ),
    # a room in a hotel, B&B or hostel, or a pitch on a site, is a family's home while
    # they wait for one: "room 214 at the Argyle Hotel", "pitch 9 at the site", "we live
    # in unit 3" (a classroom, "room 12 at school", and "unit 3 of the book" stay)
    (rf"\b{_NUMBERED_HOME}(?=[^.!?\n]{{0,50}}\b{_LODGING}\b)", "[address]"),
    (rf"(\b{_LODGING}\b[^.!?\n]{{0,50}}?\b){_NUMBERED_HOME}", r"\1[address]"),
    (
        rf"(\b(?:live|living|lives|stay|staying|stays|moved|move) (?:in|into|to) ){_NUMBERED_HOME}",
        r"\1[address]",
    ),
    # a uniformed group named by its number and place: "the 3rd Larbert company",
    # "14th Kilwinning Scouts" (the kind stays: it says what, not which)
    (
        r"(?-i:\b\d{1,2}(?:st|nd|rd|th) (?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+(?= (?:[Cc]ompany|"
        r"[Tt]roop|[Pp]ack|[Ss]couts?|[Cc]ubs|[Bb]eavers|[Bb]rownies|[Gg]uides|[Rr]ainbows|"
        r"[Ee]xplorers|BB|[Bb]oys'? [Bb]rigade|[Gg]irls'? [Bb]rigade)\b))",
        "[address]",
    ),
    # a neighbour's house by its number: "I stayed with Mrs Reid at number 12"
    (r"(\b(?:at|live at|lives at|stay at|stays at) )number \d{1,4}[a-z]?\b", r"\1[address]"),
    # an extension belongs to its phone number: "[phone] ext 203"
    (r"\[phone\],? (?:ext|extension|x)\.? ?\d{1,5}\b", "[phone]"),
    *ADDRESS_PARTS,
    # a car's registration points to its driver: "SY68 WLP", "reg sf67 uhj", "reg P123
    # ABC" (that older shape only after "reg": "my S4 PSE class" is a school year)
    (r"(?-i:\b[A-Z]{2}\d{2} ?[A-Z]{3}\b)", "[id-number]"),
    (
        r"(\b(?:reg|registration|number plate|plate)(?: number| no\.?)?(?: is|:|was)? ?)"
        r"(?:[a-z]{2}\d{2}|[a-z]\d{1,3}) ?[a-z]{3}\b",
        r"\1[id-number]",
    ),
    (r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", "[postcode]"),
    # A district alone ("G21", "EH6") is a few thousand homes: beside an age and "in
    # care" it narrows to a child. Scotland's postcode areas in capitals, or any
    # district after "postcode"; not the school years S3 and P6 or the A9.
    (
        r"(?-i:\b(?:AB|DD|DG|EH|FK|G|HS|IV|KA|KW|KY|ML|PA|PH|TD|ZE)\d{1,2}[A-Z]?\b)",
        "[postcode]",
    ),
    (r"(\bpostcode(?: is|:)? )[a-z]{1,2}\d{1,2}[a-z]?\b", r"\1[postcode]"),
)


def _compiled(
    shapes: tuple[tuple[str, Replacement], ...],
) -> tuple[tuple[re.Pattern[str], Replacement], ...]:
    return tuple((re.compile(pattern, re.IGNORECASE), label) for pattern, label in shapes)


PATTERNS = _compiled(_SHAPES)
_JOINS = _compiled(ADDRESS_PARTS)


def replace_fixed_shapes(text: str) -> str:
    for pattern, label in PATTERNS:
        text = pattern.sub(label, text)
    return text


def join_address_parts(text: str) -> str:
    for pattern, label in _JOINS:
        text = pattern.sub(label, text)
    return text
