"""A learned second reader, for disclosures the rules have no pattern for.

The rules (rules.py) catch what someone thought to write down; young people tell of harm
in more ways than any list holds ("dad threw a plate at me", "ive written a note for my
family"). This model reads the answer as word and letter patterns learned from the
labelled examples in data/ (each file written separately, in young people's voices, with
hard negatives: idioms, opinions, definitions, harm that is over) and gives a
probability that it is a disclosure, and of which kinds.

It is trained when first needed, in a few seconds, from the YAML beside it, so what it
learned can be read and extended by a safeguarding lead like the rules can; nothing is
downloaded and nothing is pickled. Training is deterministic.
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

from consult.safeguarding.normalise import normalise
from consult.safeguarding.rules import CATEGORIES

DATA = Path(__file__).resolve().parent / "data"

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


class DisclosureModel:
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
        # One sparse row uses no BLAS threads, so unlike training this needs no
        # threadpool_limits, whose library scan was a third of each answer's time.
        row = self._features.transform([normalise(text)])
        probability = float(self._any.predict_proba(row)[0, 1])
        kinds = {c: float(m.predict_proba(row)[0, 1]) for c, m in self._kinds.items()}
        if not kinds:
            return Reading(probability, frozenset())
        likely = {c for c, p in kinds.items() if p >= KIND_THRESHOLD}
        likely = likely or {max(kinds, key=kinds.__getitem__)}
        return Reading(probability, frozenset(likely))


def _fit(matrix: object, labels: list[bool]) -> LogisticRegression:
    model = LogisticRegression(C=10.0, class_weight="balanced", max_iter=3000)
    return model.fit(matrix, np.asarray(labels))


@cache
def trained() -> DisclosureModel:
    """The model trained on every file in data/, once per process."""
    return DisclosureModel([e for path in training_files() for e in load_examples(path)])
