"""Step 4a: theme labels a person could have written ("Nobody listens to us").

The old labels were the theme's two most distinctive single words joined by "and"
("Story and tried"). Two words that are each typical of a theme rarely say what the
theme is about when put side by side, so labels are now whole phrases that the young
people actually wrote, chosen in three steps:

1. Candidates. Every answer is tagged (textblob's bundled PatternTagger; see `nlp`) and
   every span of one to five words whose part-of-speech shape is a phrase a heading
   could be is a candidate: a noun phrase ("more youth clubs", "no food"), a verb phrase
   ("listen to us", "ask for help", "not blaming the victim"), a subject and verb
   ("nobody listens", "adults not listening"), a purpose phrase ("someone to talk to",
   "a safe place to live") or two coordinated words the answer itself joined
   ("private and safe"). Spans that end on "to the" or start with "they should" never
   get this far, so a label is always a grammatical phrase.
2. Keys. Candidates are counted by a key that forgets what does not change meaning:
   lemmas instead of word forms, articles dropped, and the first and second person
   folded together ("listen to me", "listen to you", "listen to us" are one phrase).
3. Score. A phrase scores by how characteristic its topic words are of the theme
   (class-based TF-IDF of single words: used by many of the theme's answers, few of
   the other themes'), discounted when those words seldom meet in one answer, and
   raised when several answers wrote the phrase in the same words. In a theme of
   fifteen answers an exact phrase rarely recurs ("nobody listens to us" once, "they
   never listen" twice) but its words do, so support is counted by words: the
   phrase's topic words that recur in the theme must meet in at least two of its
   answers, and every content word must occur in at least two answers to the question,
   so a label never carries a word only one child wrote. Answers closest
   to the theme's centre count double, so the label describes the theme's core rather
   than its fringe. A lone noun or adjective is a topic rather than a heading and
   needs twice the score of a phrase to win; a lone verb is a last resort.

Labels in one question are then handed out best score first, so a phrase goes to the
theme it describes best and every other theme falls back to its next-best phrase.
"""

from __future__ import annotations

import math
import re
import warnings
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from textblob.en.inflect import pluralize
from textblob.en.taggers import PatternTagger

from analysis.normalise import FILLER, STOP_WORDS, lemma, tokens

MAX_LABEL_WORDS = 5
#: Label given to a theme for which no phrase recurs; numbered to keep labels distinct.
OTHER = "Other answers"

# Words that carry no topic on their own: a label needs at least one word outside these.
WEAK_WORDS: frozenset[str] = frozenset(
    """like make get know say tell happen want need think feel actually thing way lot
    load use able start go come time people let kid child young adult person someone
    somebody nobody everyone anyone somewhere stuff bit really good bad just help""".split()
)

# Closed word classes, by hand: the tagger is right about content words far more often
# than about these, and the patterns below hinge on them.
_DETERMINERS = frozenset("a an the this that these those some any every each".split())
_QUANTIFIERS = frozenset("more less fewer enough no proper same better".split())
_NEGATIONS = frozenset("not never".split())
_PREPOSITIONS = frozenset(
    "to for about with on in at from of into after before by without instead".split()
)
_AUXILIARIES = frozenset(
    """be is are was were been being am have has had do does did will would can could
    should shall may might must""".split()
)
# Contractions whose apostrophe `tokens` dropped ("here's" -> "heres"): never nouns.
_CONTRACTED = frozenset(
    "heres theres whats thats its lets hes shes whos wheres hows theyll youll itll".split()
)
_INDEFINITE = frozenset("nobody someone somebody somewhere everyone anyone noone".split())
_OBJECT = frozenset("me us you them him her it".split())
_POSSESSIVE = frozenset("my our your their his her its".split())

# First and second person are the same voice in these answers ("nobody listens to
# you" means to the young person writing), so labels speak as "we".
_PERSON_KEY = {"me": "us", "you": "us", "my": "our", "your": "our", "i": "we", "we": "we"}
_PERSON_SHOWN = {"me": "us", "you": "us", "my": "our", "your": "our"}
# Names that keep their capitals after the first word.
_PROPER = {
    "english": "English", "tiktok": "TikTok", "snapchat": "Snapchat",
    "instagram": "Instagram", "whatsapp": "WhatsApp", "youtube": "YouTube", "i": "I",
}

# One letter per word class, then the phrase shapes a label may have, as regular
# expressions over those letters (N noun, A adjective, V verb, Q quantifier, G negation,
# T "to", I other preposition, D article, O object pronoun, P possessive, S "nobody"
# and friends, R adverb, C "and"/"or", W "who"/"that", X anything else).
_NP = r"Q?A{0,2}N{1,3}"
_OBJ = rf"(?:[DP]?{_NP}|O)"
_SHAPES = re.compile(
    "|".join(
        (
            rf"{_NP}",  # "youth clubs", "no food", "social workers"
            rf"G?V{_OBJ}?(?:[TI]{_OBJ})?R?",  # "listen to us", "ask for help"
            rf"G?V(?:O|[DP]?{_NP})A",  # "keep it private", "make services better"
            rf"S[GR]?V(?:[TI]{_OBJ}|O)?",  # "nobody listens", "someone listening to us"
            rf"{_NP}[GR]V(?:[TI]{_OBJ}|O)?",  # "adults not listening", "staff really care"
            rf"(?:S|{_NP})TV[TI]?",  # "someone to talk to", "safe place to live"
            rf"A[TI]G?V(?:O|{_OBJ})?(?:[TI]{_OBJ}|A)?",  # "scared of making it worse"
            rf"A[TI]{_OBJ}",  # "scared of trouble"
            rf"(?:S|{_NP})[WO]X{{0,2}}G?R?V(?:O|{_OBJ})?",  # "someone you can trust"
            r"ACA|NCN",  # "private and safe", "clothes and food"
        )
    )
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A phrase from the answers: its counting key, the words shown, its content lemmas."""

    key: tuple[str, ...]
    words: tuple[str, ...]
    content: frozenset[str]
    shape: str


@lru_cache(maxsize=1)
def _tagger() -> PatternTagger:
    tagger = PatternTagger()
    with warnings.catch_warnings():
        # textblob loads its lexicon lazily through a generator that leaves the file
        # to the garbage collector (see `nlp.TextblobNlp._load_lexicons`).
        warnings.simplefilter("ignore", ResourceWarning)
        tagger.tag("a good start", tokenize=False)
    return tagger


def _letter(word: str, tag: str) -> str:
    if word in _CONTRACTED:
        return "X"
    if word in _DETERMINERS:
        return "D"
    if word in _QUANTIFIERS:
        return "Q"
    if word in _NEGATIONS:
        return "G"
    if word == "to":
        return "T"
    if word in _PREPOSITIONS:
        return "I"
    if word in ("and", "or"):
        return "C"
    if word in ("who", "that"):
        return "W"
    if word in _INDEFINITE:
        return "S"
    if word in _AUXILIARIES or tag == "MD":
        return "X"
    if tag == "PRP$" or (word in _POSSESSIVE and word != "her"):
        return "P"
    if word in _OBJECT:
        return "O"
    if word in FILLER or word in STOP_WORDS and not tag.startswith("VB"):
        return "X"
    if tag.startswith("NN"):
        return "N"
    if tag.startswith("JJ"):
        return "A"
    if tag.startswith("VB"):
        return "V"
    if tag.startswith("RB") and word.endswith("ly"):
        return "R"
    return "X"


# Verbs that make a whole request with "us" ("Believe us", "Listen to us"); others need
# more words ("Let us ...", "Take us ...") and are left to longer phrases.
_WHOLE_WITH_US = frozenset(
    """ask believe hear listen meet trust help support include involve respect tell teach
    understand protect visit call text contact inform explain talk speak""".split()
)


def _base(word: str) -> str:
    """A verb's base form, roughly: "listens", "listening", "asked" -> "listen", "ask"."""
    for end in ("ing", "ed", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def _weak(word: str) -> bool:
    """A weak word in any form: the lemmatiser leaves "making" and "asked" alone."""
    if word in WEAK_WORDS:
        return True
    for end, add in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e")):
        if word.endswith(end) and word[: -len(end)] + add in WEAK_WORDS:
            return True
    return word.endswith("ing") and len(word) > 5 and word[-4] == word[-5] and (
        word[:-4] in WEAK_WORDS
    )


def _content(word: str, letter: str) -> str | None:
    if letter in "NAVR" and len(word) > 1 and not word.isdigit() and word not in STOP_WORDS:
        return lemma(word)
    return None


def candidates(text: str) -> list[Candidate]:
    """Every phrase in `text` whose shape could be a label, longest spans included."""
    words = [w for w in tokens(text) if w]
    if not words:
        return []
    tagged = _tagger().tag(" ".join(words), tokenize=False)
    if len(tagged) != len(words):  # the tagger re-split a token: trust our words
        tagged = list(zip(words, ["NN"] * len(words), strict=True))
    letters = "".join(_letter(w, t) for w, t in tagged)
    # "in case staff find out": "case" is part of a conjunction, not a noun.
    letters = "".join(
        "X" if i and words[i - 1] == "in" and words[i] == "case" else c
        for i, c in enumerate(letters)
    )
    out: dict[tuple[str, ...], Candidate] = {}
    for start in range(len(words)):
        if letters[start] in "XCDTIPORW":
            continue
        for end in range(start + 1, min(len(words), start + MAX_LABEL_WORDS) + 1):
            if letters[end - 1] in "XCDTIPQGW" and not (
                letters[end - 1] == "T" and "V" in letters[start : end - 1]
            ):
                continue
            shape = letters[start:end]
            if not _SHAPES.fullmatch(shape):
                continue
            span = words[start:end]
            # "robots robots", "youth youth club"; "someone to talk to" may repeat "to".
            heads = [w for w, c in zip(span, letters[start:end], strict=True) if c in "NAV"]
            if len(set(heads)) < len(heads):
                continue
            content = {
                c for w, s in zip(span, shape, strict=True) if (c := _content(w, s)) is not None
            }
            if not content or all(_weak(c) for c in content):
                continue
            # "Give them", "explain it": a verb and a bare "it" or "them" says nothing;
            # "ask us" does (the young people are the object).
            # "ask us before us": the pronoun must be the verb's own object ("ask us",
            # "listen to us"), not the subject of what follows.
            if shape[-1] == "O" and not (
                span[-1] in ("me", "us", "you")
                and re.search(r"V[TI]?O$", shape)
                and _base(span[shape.rindex("V")]) in _WHOLE_WITH_US
            ):
                continue
            # "Give workers", "Stops people", "Use words": two words that open with a
            # vague verb or close on a vague noun are the start of a sentence.
            if len(span) == 2 and (
                (shape[0] in "VN" and (_weak(span[0]) or span[0] in STOP_WORDS))
                or (shape[0] == "V" and _weak(lemma(span[1])))
            ):
                continue
            # "Information to make": a phrase that stops on a vague verb is unfinished.
            last = max(i for i, s in enumerate(shape) if s in "NAVR")
            vague = _weak(lemma(span[last])) or span[last] in STOP_WORDS
            if shape[last] == "V" and vague and len(span) > 1:
                continue
            # "make services" is the start of "make services better", not a phrase.
            if shape[0] == "V" and _weak(span[0]) and len(span) < 3:
                continue
            key = tuple(
                _PERSON_KEY.get(w, lemma(w))
                for w, s in zip(span, shape, strict=True)
                if s != "D"
            )
            out.setdefault(key, Candidate(key, tuple(span), frozenset(content), shape))
    return list(out.values())


def _ing(verb: str) -> str:
    """"explain" -> "explaining", "use" -> "using", "stop" -> "stopping" (roughly)."""
    if verb.endswith("ing"):
        return verb
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    vowels = "aeiou"
    if (
        len(verb) in (3, 4)
        and verb[-1] not in vowels + "wxy"
        and verb[-2] in vowels
        and verb[-3] not in vowels
    ):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _shown(words: Sequence[str], shape: str = "") -> str:
    """The words as a label: "us" voice, plurals spelt properly, first word capitalised.

    A negated bare verb ("they dont explain properly" gives "not explain properly")
    reads as "Not explaining properly".
    """
    if shape.startswith("GV") and words[0] == "not":
        words = ["not", _ing(words[1]), *words[2:]]
    out: list[str] = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        # "my ideas" and "your ideas" are "our ideas"; "my brother" stays the writer's.
        plural = following.endswith("s") and lemma(following) != following
        if word in ("my", "your") and not plural:
            out.append(word)
            continue
        word = _PERSON_SHOWN.get(word, word)
        if word in _PROPER:
            out.append(_PROPER[word])
            continue
        base = lemma(word)
        # "storys" is the plural of "story" ("stories"); keep the writer's word, fix its form.
        if base != word and word.endswith("s") and base.isalpha():
            word = str(pluralize(base))
        out.append(word)
    text = " ".join(out)
    return text[:1].upper() + text[1:]


@dataclass(frozen=True, slots=True)
class Ranked:
    """A candidate label for one theme with its score; best first when sorted."""

    score: float
    label: str
    content: frozenset[str]


def rank(
    docs_by_theme: Sequence[Sequence[tuple[Sequence[Candidate], int]]],
) -> list[list[Ranked]]:
    """Score every supported candidate of every theme; each list is best first.

    `docs_by_theme[t]` holds one `(candidates, weight)` pair per answer kept for theme
    `t`; the weight is 2 for answers near the theme's centre and 1 for the others.
    """
    word_df: list[Counter[str]] = []
    for docs in docs_by_theme:
        words: Counter[str] = Counter()
        for cands, weight in docs:
            for word in {c for cand in cands for c in cand.content}:
                words[word] += weight
        word_df.append(words)
    word_total: Counter[str] = Counter()
    for words in word_df:
        word_total.update(words)
    sizes = [float(sum(w for _, w in docs)) or 1.0 for docs in docs_by_theme]
    mean = max(1.0, sum(sizes) / max(1, len(docs_by_theme)))
    return [
        _rank_theme(docs, words, word_total, size, mean)
        for docs, words, size in zip(docs_by_theme, word_df, sizes, strict=True)
    ]


def _rank_theme(
    docs: Sequence[tuple[Sequence[Candidate], int]],
    words: Counter[str],
    word_total: Counter[str],
    size: float,
    mean: float,
) -> list[Ranked]:
    # c-TF-IDF of single words: the (weighted) share of the theme's answers using the
    # word, times how rare the word is across the question's answers.
    weight = {w: (df / size) * math.log(1 + mean / word_total[w]) for w, df in words.items()}
    postings: dict[str, set[int]] = {}
    forms: dict[tuple[str, ...], Counter[tuple[str, ...]]] = {}
    content: dict[tuple[str, ...], frozenset[str]] = {}
    cand_shape: dict[tuple[str, ...], str] = {}
    for i, (cands, _) in enumerate(docs):
        for cand in cands:
            for word in cand.content:
                postings.setdefault(word, set()).add(i)
            forms.setdefault(cand.key, Counter())[cand.words] += 1
            content.setdefault(cand.key, cand.content)
            cand_shape.setdefault(cand.key, cand.shape)
    scored: dict[str, Ranked] = {}
    for key, seen in forms.items():
        topic = content[key]
        # Topic words only one of the theme's answers used add nothing, and cost a
        # little: "Scared my small brother" should not beat "Scared" for being longer.
        strong = [weight[c] for c in topic if not _weak(c) and len(postings[c]) >= 2]
        if not strong:
            continue
        rare = sum(1 for c in topic if not _weak(c) and len(postings[c]) < 2)
        # Every word must recur in the question's answers, so a label never carries
        # a detail only one child wrote (which could identify them).
        if any(word_total[c] < 2 for c in topic):
            continue
        # Support: the answers that use every recurring topic word of the phrase, in any
        # order. Exact repeats are rare in a theme of fifteen answers ("nobody listens
        # to us" once, "they never listen" twice); shared words are not.
        recurring = [postings[c] for c in topic if not _weak(c) and len(postings[c]) >= 2]
        if not recurring:
            continue
        backing = set.intersection(*recurring)
        if len(backing) < 2:
            continue
        support = sum(docs[i][1] for i in backing) / size
        form = max(seen.items(), key=lambda kv: (kv[1], kv[0]))[0]
        shape_of = cand_shape[key]
        # The phrase is as good as the theme-typical words it puts together, discounted
        # when those words rarely meet in one answer.
        score = sum(strong) * math.sqrt(support) * 0.7**rare
        # One word is a topic, not a heading; five is a sentence.
        # A lone verb ("Ask", "Decided") is a last resort, still better than no label.
        if len(form) == 1:
            score *= 0.5 if shape_of in ("N", "A") else 0.1
        elif len(form) > 4:
            score *= 0.85
        # A phrase several answers wrote in these very words describes the theme best.
        if sum(seen.values()) >= 2:
            score *= 1.25
        # Between equals, a phrase with a subject or object reads as a heading
        # ("Nobody listens", "Listen to us") where a bare verb does not ("Never listen").
        if len(form) > 1 and (form[0] in _INDEFINITE or form[-1] in ("me", "us", "you")):
            score *= 1.1
        # "Explain properly" over "Not explain properly": a wish reads better than a
        # complaint built on a bare verb, though both stay available.
        if shape_of[0] == "G":
            score *= 0.9
        label = _shown(form, shape_of)
        if label.lower() not in scored or scored[label.lower()].score < score:
            scored[label.lower()] = Ranked(score, label, topic)
    return sorted(scored.values(), key=lambda r: (-r.score, r.label))


def _clash(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two labels are too alike when the topic words of one include the other's."""
    return bool(a) and bool(b) and (a <= b or b <= a)


def choose(ranked: Sequence[Sequence[Ranked]], per_theme: int = 40) -> list[str]:
    """One distinct label per theme, handed out best score first.

    A theme whose phrases are all taken by themes they fit better, or that has no
    recurring phrase at all, is the leftover group: "Other answers", numbered when
    there are several.
    """
    offers = sorted(
        (r.score, -t, -i, r.label, r.content)
        for t, theme in enumerate(ranked)
        for i, r in enumerate(theme[:per_theme])
    )
    labels: dict[int, str] = {}
    taken: list[frozenset[str]] = []
    seen: set[str] = set()
    for _, neg_t, _, label, content in reversed(offers):
        theme = -neg_t
        if theme in labels or label.lower() in seen or any(_clash(content, c) for c in taken):
            continue
        labels[theme] = label
        taken.append(content)
        seen.add(label.lower())
    out: list[str] = []
    others = sum(1 for t in range(len(ranked)) if t not in labels)
    n = 0
    for t in range(len(ranked)):
        if t in labels:
            out.append(labels[t])
        else:
            n += 1
            out.append(OTHER if others == 1 else f"{OTHER} ({n})")
    return out


def label_themes(
    texts_by_theme: Sequence[Sequence[str]],
    central_by_theme: Sequence[Sequence[str]] | None = None,
) -> tuple[list[str], list[list[Ranked]]]:
    """Labels for themes given their answers (and their most central answers).

    Returns the labels and every theme's ranked candidates (for key phrases).
    """
    central = central_by_theme or [[] for _ in texts_by_theme]
    docs: list[list[tuple[Sequence[Candidate], int]]] = []
    for texts, core in zip(texts_by_theme, central, strict=True):
        core_set: Mapping[str, int] = Counter(core)
        docs.append([(candidates(t), 2 if core_set.get(t) else 1) for t in texts])
    ranked = rank(docs)
    return choose(ranked), ranked
