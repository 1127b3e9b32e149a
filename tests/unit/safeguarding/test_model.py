"""The learned readers: trained from the labelled files, deterministic, built once."""

from pathlib import Path

import pytest

from consult import finetuning
from consult.safeguarding import encoder, screen
from consult.safeguarding.model import (
    Reading,
    WordReader,
    all_examples,
    load_examples,
    trained,
    training_files,
)
from consult.safeguarding.screening import THRESHOLD

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
    examples = all_examples()
    disclosures = sum(1 for _, categories in examples if categories)
    assert len(training_files()) >= 5
    assert disclosures >= 500 and len(examples) - disclosures >= 500


def test_unknown_category_names_the_file_and_the_answer(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text('- [ "my dad hits me", [abuse, hitting] ]\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.yaml: 'my dad hits me': unknown categories"):
        load_examples(bad)


def test_same_examples_give_the_same_word_readings():
    first, second = WordReader(EXAMPLES), WordReader(EXAMPLES)
    for text in ("my mum hits me", "i like school", ""):
        assert first.read(text) == second.read(text)


def test_readers_tell_a_threat_from_an_idiom_in_the_same_words():
    assert trained().read("he says hes gonna kill me when he gets home").probability >= THRESHOLD
    assert trained().read("my teacher is gonna kill me i forgot my pe kit").probability < THRESHOLD


def test_readers_let_ordinary_feedback_pass():
    for text in ("i think the panel should listen more", "my teacher gave me a detention"):
        assert trained().read(text).probability < THRESHOLD
        assert not screen(text).flagged


def test_a_disclosure_at_the_end_of_a_long_answer_is_read():
    ordinary = "the buses are rubbish and the youth club closes too early on a friday. " * 12
    assert not screen(ordinary).flagged
    assert screen(ordinary + "also my stepdad hits me every night").flagged


def test_an_injected_reader_replaces_the_trained_ones():
    class Never:
        def read(self, text: str) -> Reading:
            return Reading(0.0, frozenset())

    assert not screen("my dad hits me every night", Never()).flagged


def test_the_build_is_stamped_with_its_examples_and_settings(monkeypatch):
    texts, targets = ["my dad hits me", "school is fine"], [[1.0, 1.0], [0.0, 0.0]]
    stamp = encoder.fingerprint(texts, targets)
    assert encoder.fingerprint(texts, [[1.0, 0.0], [0.0, 0.0]]) != stamp
    assert encoder.fingerprint([*texts, "more"], [*targets, [0.0, 0.0]]) != stamp
    monkeypatch.setattr(encoder, "SETTINGS", finetuning.Settings(epochs=99))
    assert encoder.fingerprint(texts, targets) != stamp


def test_a_stale_build_is_rebuilt_and_a_current_one_reused(tmp_path: Path, monkeypatch):
    tuned: list[int] = []
    monkeypatch.setattr(encoder, "fine_tune", lambda texts, labels, d: tuned.append(len(texts)))
    monkeypatch.setattr(encoder, "EncoderReader", lambda d: d)
    encoder.built(["a", "b"], [[1.0], [0.0]], tmp_path)
    encoder.built(["a", "b"], [[1.0], [0.0]], tmp_path)
    assert tuned == [2]
    encoder.built(["a", "b", "c"], [[1.0], [0.0], [0.0]], tmp_path)
    assert tuned == [2, 3]
