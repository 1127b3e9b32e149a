"""Step 1: turn a young person's answer into comparable tokens.

Answers come in text speak, Scots and with misspellings ("wot", "ppl", "ma", "skool").
We expand the common forms to standard English so that "ppl dont listen 2 u" and
"people do not listen to you" share words; character n-grams (see `embed`) absorb the
remaining misspellings.

Lemmatising: a light, rule-based lemmatiser with no download. Nouns go through
textblob's bundled `singularize` (pattern's inflection rules and exception lists, shipped
inside the wheel), verbs through a short table of irregular forms. WordNet, which
textblob's own `lemmatize` needs, is an NLTK download and so is ruled out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from textblob.en.inflect import singularize

# Text speak and Scots spellings seen in consultations with 8 to 25 year olds.
SPELLINGS: dict[str, str] = {
    "u": "you", "ya": "you", "ye": "you", "ur": "your", "yr": "your", "r": "are",
    "n": "and", "an": "and", "2": "to", "4": "for", "b4": "before", "y": "why",
    "ppl": "people", "ppls": "people", "peeps": "people",
    "wot": "what", "wat": "what", "wht": "what", "wen": "when", "wer": "where",
    "shud": "should", "shld": "should", "wud": "would", "cud": "could", "wid": "with",
    "jus": "just", "juss": "just", "cum": "come", "skool": "school", "skul": "school",
    "evry1": "everyone", "every1": "everyone", "no1": "nobody", "sum1": "someone",
    "some1": "someone", "any1": "anyone", "rly": "really", "rlly": "really",
    "gc": "groupchat", "gcs": "groupchats", "nite": "night", "enuf": "enough",
    "hoose": "house", "wi": "with", "wis": "was", "ma": "my", "pls": "please",
    "plz": "please", "diff": "different", "cos": "because", "coz": "because",
    "cuz": "because", "bc": "because", "becuase": "because", "dont": "do not",
    "cant": "can not", "wont": "will not", "didnt": "did not", "doesnt": "does not",
    "isnt": "is not", "aint": "is not", "im": "i am", "ive": "i have", "theyre": "they are",
    "youre": "you are", "thx": "thanks", "tho": "though", "thru": "through",
    "msg": "message", "msgs": "messages", "pic": "picture", "pics": "pictures",
    "dms": "messages", "dm": "message", "sumwhere": "somewhere", "somewere": "somewhere",
    "wee": "small", "lassies": "girls", "lassie": "girl", "laddie": "boy", "pal": "friend",
    "pals": "friends", "mum": "mother", "mam": "mother", "maw": "mother", "da": "father",
    "dad": "father", "nae": "no", "naw": "no", "aye": "yes", "dinnae": "do not",
    "cannae": "can not", "wouldnae": "would not", "didnae": "did not", "gonna": "going",
    "wanna": "want", "gotta": "have", "tbh": "", "lol": "", "lmao": "", "omg": "",
    "ngl": "", "idc": "", "£": "money", "teh": "the", "beleive": "believe",
    "recieve": "receive", "freind": "friend", "alot": "a lot",
}

# Irregular verb forms worth folding; regular -ed/-ing forms are left to char n-grams.
IRREGULAR: dict[str, str] = {
    "was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "am": "be",
    "told": "tell", "said": "say", "says": "say", "felt": "feel", "feels": "feel",
    "thought": "think", "took": "take", "taken": "take", "gave": "give", "given": "give",
    "went": "go", "goes": "go", "gone": "go", "got": "get", "gets": "get", "made": "make",
    "makes": "make", "knew": "know", "knows": "know", "heard": "hear", "left": "leave",
    "kept": "keep", "came": "come", "saw": "see", "seen": "see", "bought": "buy",
    "children": "child", "kids": "kid", "people": "people", "staff": "staff",
}

# Answers made only of these say nothing themeable ("dunno", "no idea", "not sure").
FILLER: frozenset[str] = frozenset(
    {
        "dunno", "idk", "dno", "duno", "really", "nothing", "nah", "nope", "meh", "ok",
        "okay", "yes", "yeah", "yep", "fine", "pass", "whatever", "na", "n/a", "nil",
        "none", "maybe", "hmm", "um", "erm", "stuff", "thing", "just",
    }
)

# Whole phrases that mean "I have no answer"; "know" alone is not filler ("they never know you").
_FILLER_PHRASES = re.compile(
    r"\b(?:i )?(?:do not|dont|did not) know\b|\bno (?:idea|comment|clue)\b"
    r"|\bnot (?:sure|bothered)\b|\bcan not think\b"
)

STOP_WORDS: frozenset[str] = frozenset(ENGLISH_STOP_WORDS)

_TOKEN = re.compile(r"[a-z0-9£/]+")
_APOSTROPHE = re.compile(r"['’`]")


def tokens(text: str) -> list[str]:
    """Lower-case word tokens with text speak expanded; punctuation dropped."""
    out: list[str] = []
    for raw in _TOKEN.findall(_APOSTROPHE.sub("", text.lower())):
        word = SPELLINGS.get(raw, raw)
        if word:
            out.extend(word.split())
    return out


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """A dictionary-free lemma: irregular table, then singular for plural-looking nouns."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return str(singularize(word))
    return word


def normalise(text: str) -> str:
    """The answer as space-joined lemmas, stop words kept (phrases need them)."""
    return " ".join(lemma(w) for w in tokens(text))


def content_words(text: str) -> list[str]:
    """Lemmas that carry meaning: no stop words, no fillers, no single letters."""
    plain = _FILLER_PHRASES.sub(" ", " ".join(tokens(text)))
    return [
        lemma(w)
        for w in plain.split()
        if w not in STOP_WORDS and w not in FILLER and len(w) > 1 and not w.isdigit()
    ]


def is_unclear(text: str) -> bool:
    """True for answers too short or empty of meaning to theme: "", "no", "dunno", "?"."""
    return not content_words(text)
