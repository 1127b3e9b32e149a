"""The screen's two readers, both learned from the labelled examples in data/.

Each file in data/ was written separately, in young people's voices, with hard negatives
beside the disclosures: idioms, opinions, definitions, harm that is over. A safeguarding
lead can read and extend them; nothing else decides what the screen learns.

- WordReader: word and letter patterns (TF-IDF and logistic regression), trained in a
  few seconds when first needed. It also names the kinds of harm.
- The encoder (encoder.py): a small pretrained sentence encoder fine-tuned on the same
  examples, for what words alone cannot tell apart.

`trained()` averages their probabilities. On answers neither had seen, the average made
fewer false alarms than either reader alone at the same recall (see tests/eval/privacy.py).
Training is deterministic; nothing is downloaded and nothing is pickled.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, make_union
from threadpoolctl import threadpool_limits

from consult.safeguarding import encoder
from consult.safeguarding.normalise import normalise

DATA = Path(__file__).resolve().parent / "data"
CATEGORIES: tuple[str, ...] = (
    "danger",
    "abuse",
    "neglect",
    "self_harm",
    "sexual_exploitation",
    "trafficking",
    "online_harm",
)

Example = tuple[str, frozenset[str]]

# A kind is named when its model gives it at least this. Leave-one-file-out, 0.4 rather
# than 0.5 raised recall of "danger" from 0.71 to 0.79 (false alarms 0.081 to 0.096) and
# of every other kind by 1 to 5 points: a lead would rather see one kind too many.
KIND_THRESHOLD = 0.4


def load_examples(path: Path) -> list[Example]:
    """One labelled file: a list of [answer, [categories]], [] for not a disclosure."""
    # libyaml's loader when present: the pure-Python one takes seconds over every file
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    rows = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or []  # noqa: S506
    examples = []
    for text, categories in rows:
        unknown = set(categories) - set(CATEGORIES)
        if unknown:
            raise ValueError(f"{path.name}: {text!r}: unknown categories {sorted(unknown)}")
        examples.append((str(text), frozenset(categories)))
    return examples


def training_files() -> list[Path]:
    return sorted(DATA.glob("*.yaml"))


@dataclass(frozen=True)
class Reading:
    probability: float  # that the answer discloses harm
    categories: frozenset[str]  # the kinds it most likely discloses, when it does


class WordReader:
    def __init__(self, examples: list[Example]) -> None:
        texts = [normalise(text) for text, _ in examples]
        self._features: FeatureUnion = make_union(
            TfidfVectorizer(ngram_range=(1, 3), sublinear_tf=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
        )
        with threadpool_limits(1):
            matrix = self._features.fit_transform(texts)
            self._any = _fit(matrix, [bool(c) for _, c in examples])
            positives = [i for i, (_, c) in enumerate(examples) if c]
            # Kinds are learned among disclosures only: "which kind", not "whether". A kind
            # every disclosure has, or none has, needs no model.
            self._kinds: dict[str, LogisticRegression] = {}
            for category in CATEGORIES:
                labels = [category in examples[i][1] for i in positives]
                if any(labels) and not all(labels):
                    self._kinds[category] = _fit(matrix[positives], labels)

    def read(self, text: str) -> Reading:
        return _reading(*self.scores(text))

    def scores(self, text: str) -> tuple[float, dict[str, float]]:
        """The probability of a disclosure, and of each kind were it one."""
        # One sparse row uses no BLAS threads, so unlike training this needs no
        # threadpool_limits, whose library scan was a third of each answer's time.
        row = self._features.transform([normalise(text)])
        probability = float(self._any.predict_proba(row)[0, 1])
        kinds = {c: float(m.predict_proba(row)[0, 1]) for c, m in self._kinds.items()}
        return probability, kinds


def _reading(probability: float, kinds: dict[str, float]) -> Reading:
    """Name the likely kinds; a disclosure always gets at least its likeliest one."""
    if not kinds:
        return Reading(probability, frozenset())
    likely = {c for c, p in kinds.items() if p >= KIND_THRESHOLD}
    likely = likely or {max(kinds, key=kinds.__getitem__)}
    return Reading(probability, frozenset(likely))


def _fit(matrix: object, labels: list[bool]) -> LogisticRegression:
    model = LogisticRegression(C=10.0, class_weight="balanced", max_iter=3000)
    return model.fit(matrix, np.asarray(labels))


class Readers:
    """Both readers together: the mean of their probabilities, for each kind as well."""

    def __init__(self, words: WordReader, meaning: encoder.EncoderReader) -> None:
        self.words, self.meaning = words, meaning

    def read(self, text: str) -> Reading:
        worded, worded_kinds = self.words.scores(text)
        meant, *meant_kinds = self.meaning.scores([normalise(text)])[0]
        kinds = {
            kind: (worded_kinds.get(kind, meant_kind) + meant_kind) / 2
            for kind, meant_kind in zip(CATEGORIES, meant_kinds, strict=True)
        }
        return _reading((worded + float(meant)) / 2, kinds)


def all_examples() -> list[Example]:
    return [e for path in training_files() for e in load_examples(path)]


def targets(examples: list[Example]) -> list[list[float]]:
    """What the encoder learns per answer: disclosure or not, then each kind (encoder.Targets)."""
    return [[float(bool(kinds)), *(float(c in kinds) for c in CATEGORIES)] for _, kinds in examples]


@cache
def trained() -> Readers:
    """Both readers trained on every file in data/, once per process."""
    examples = all_examples()
    meaning = encoder.built([normalise(t) for t, _ in examples], targets(examples))
    return Readers(WordReader(examples), meaning)
