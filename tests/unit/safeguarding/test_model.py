"""The learned reader: trained from the labelled files, deterministic, and read with the rules."""

from pathlib import Path

import pytest

from consult.safeguarding import screen
from consult.safeguarding.model import DisclosureModel, load_examples, trained, training_files
from consult.safeguarding.screen import MODEL_THRESHOLD, screen_by_rules

EXAMPLES = [
    ("my dad hits me", frozenset({"abuse"})),
    ("my stepdad batters me every night", frozenset({"abuse"})),
    ("there is never any food in the house", frozenset({"neglect"})),
    ("i want to kill myself", frozenset({"self_harm"})),
    ("this homework is killing me", frozenset()),
    ("nobody hurts me", frozenset()),
    ("the panel should listen more", frozenset()),
    ("school is fine", frozenset()),
]


def test_training_files_are_valid_and_hold_both_kinds_of_answer():
    examples = [e for path in training_files() for e in load_examples(path)]
    disclosures = sum(1 for _, categories in examples if categories)
    assert len(training_files()) >= 5
    assert disclosures >= 500 and len(examples) - disclosures >= 500


def test_unknown_category_names_the_file_and_the_answer(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text('- [ "my dad hits me", [abuse, hitting] ]\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.yaml: 'my dad hits me': unknown categories"):
        load_examples(bad)


def test_same_examples_give_the_same_readings():
    first, second = DisclosureModel(EXAMPLES), DisclosureModel(EXAMPLES)
    for text in ("my mum hits me", "i like school", ""):
        assert first.read(text) == second.read(text)


def test_model_reads_a_disclosure_no_rule_was_written_for():
    text = "the heating has not been on all winter and my wee sister is always ill"
    assert not screen_by_rules(text)
    assert trained().read(text).probability >= MODEL_THRESHOLD
    assert screen(text).categories == {"neglect"}


def test_model_lets_ordinary_feedback_pass():
    for text in ("i think the panel should listen more", "my teacher gave me a detention"):
        assert trained().read(text).probability < MODEL_THRESHOLD
        assert not screen(text).flagged


def test_an_injected_model_replaces_the_trained_one():
    class Never(DisclosureModel):
        def __init__(self) -> None:
            pass

        def read(self, text: str):  # type: ignore[no-untyped-def]
            return type(trained().read(""))(0.0, frozenset())

    assert screen("my dad hits me", Never()).categories == {"abuse"}  # the rules still flag
    assert not screen("the heating has not been on all winter and i am ill", Never()).flagged
