"""The name tagger: its marked sentences, how it learns from them, and what it adds."""

import random
from collections.abc import Sequence
from pathlib import Path

import pytest

from consult.privacy import scrub, tagger, tagger_training
from consult.privacy.tagger_training import load_sentences, parse, training_sentences, variants


def test_marks_become_spans_of_the_plain_text():
    text, spans = parse("me and [[hope]] went to {{Rosebank House}}")
    assert text == "me and hope went to Rosebank House"
    assert [(text[s:e], label) for s, e, label in spans] == [
        ("hope", 1),
        ("Rosebank House", 2),
    ]


def test_an_unclosed_mark_names_the_file_and_the_sentence(tmp_path: Path):
    bad = tmp_path / "tagging_bad.yaml"
    bad.write_text('- "me and [[hope went out"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"tagging_bad.yaml: 'me and \[\[hope went out'"):
        load_sentences(bad)


def test_training_sentences_hold_names_places_and_sentences_with_neither():
    sentences = training_sentences()
    assert len(sentences) >= 1000
    assert sum("[[" in s for s in sentences) >= 500
    assert sum("{{" in s for s in sentences) >= 50
    assert sum("[[" not in s and "{{" not in s for s in sentences) >= 300


def test_variants_swap_names_but_keep_the_sentence_and_the_places():
    original = "me and [[Hope]] went to {{Rosebank House}} with Mrs [[McAllister]]"
    copies = variants(original, random.Random(1))
    assert copies[0] == original
    for copy in copies[1:]:
        text, spans = parse(copy)
        assert text.lower().startswith("me and ") and "rosebank house" in text.lower()
        assert [label for *_, label in spans] in ([1, 2, 1], [2, 1], [1, 2], [2])
    assert len({parse(c)[0].lower() for c in copies}) > 2


def test_a_sentence_without_names_is_learned_as_written():
    copies = variants("i hope the panel listens", random.Random(0))
    assert {c.lower() for c in copies} == {"i hope the panel listens"}


class Reads:
    """A tagger that says every word is a name (or a place) with the given probability."""

    def __init__(self, probability: float, label: str = "name") -> None:
        self.probability, self.label = probability, label

    def read(self, text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, float]]:
        return [(self.label, self.probability)] * len(spans)


def test_the_tagger_adds_names_but_never_roles_towns_or_function_words():
    assert scrub("my guidance teacher in dundee is zorblax", Reads(0.99)) == (
        "my guidance teacher in dundee is [name]"
    )
    assert scrub("my guidance teacher in dundee is zorblax", Reads(0.1)) == (
        "my guidance teacher in dundee is zorblax"
    )


def test_the_tagger_takes_an_everyday_word_only_when_very_sure():
    # "nice" is in every dictionary and no list of names; "grace" is both
    assert scrub("she is nice", Reads(0.9)) == "she is nice"
    assert scrub("she is grace", Reads(0.9)) == "she is [name]"
    # a nickname is an everyday word: "nice" could be one, "she" and "litem" never
    assert scrub("she is nice", Reads(0.99)) == "she is [name]"
    for word in ("litem", "hame", "ngl"):  # the care system's, Scots, text speak
        assert scrub(word, Reads(0.99)) == word


def test_the_trained_tagger_reads_names_that_are_also_words_from_context():
    assert scrub("hope and i share a room at the unit") == "[name] and i share a room at the unit"
    for words in ("i hope the panel listens to me", "dinnae ken what they want fae me"):
        assert scrub(words) == words
    assert scrub("jack said no and i was raging") == "[name] said no and i was raging"


def test_the_trained_tagger_reads_nicknames_and_places_that_are_everyday_words():
    # words no tagging_*.yaml sentence uses
    assert scrub("me n toffee went to the shops") == "me n [name] went to the shops"
    assert scrub("i had toffee after my tea") == "i had toffee after my tea"
    assert scrub("i stay at the laurels now") == "i stay at the [address] now"
    assert scrub("the laurels in the garden need cut") == "the laurels in the garden need cut"


def test_the_build_is_reused_until_its_sentences_change(tmp_path: Path, monkeypatch):
    tuned: list[int] = []
    monkeypatch.setattr(tagger, "fine_tune", lambda rows, d: tuned.append(len(rows)))
    monkeypatch.setattr(tagger, "Tagger", lambda d: d)
    tagger.built(["a [[b]]"], tmp_path)
    tagger.built(["a [[b]]"], tmp_path)
    tagger.built(["a [[b]]", "c"], tmp_path)
    assert len(tuned) == 2  # built, reused, rebuilt
    assert tuned[1] > tuned[0]  # with the new sentence and its variants


def test_a_change_to_the_name_lists_the_variants_draw_on_rebuilds_it(tmp_path: Path, monkeypatch):
    learned: list[list[str]] = []
    monkeypatch.setattr(tagger, "fine_tune", lambda rows, d: learned.append(rows))
    monkeypatch.setattr(tagger, "Tagger", lambda d: d)
    sentences = [f"me and [[b]] went out {n}" for n in range(5)]
    tagger.built(sentences, tmp_path)
    monkeypatch.setattr(tagger_training, "first_names", lambda: frozenset({"zebedee"}))
    tagger.built(sentences, tmp_path)
    assert len(learned) == 2
    assert any("[[zebedee]]" in row.lower() for row in learned[1])


def test_the_tagger_vetoes_a_capital_that_only_looks_like_a_name():
    # a capital no list or dictionary knows, with nothing around it that says who it is
    assert scrub("we sat by the Zorblax", Reads(0.0)) == "we sat by the Zorblax"
    assert scrub("we sat by the Zorblax", Reads(0.3)) == "we sat by the [name]"
    # what says who it is decides without the tagger: a title, or a listed name in lower case
    assert scrub("ask Mrs Zorblax", Reads(0.0)) == "ask Mrs [name]"
    assert scrub("i went with siobhan", Reads(0.0)) == "i went with [name]"


def test_a_capital_the_tagger_reads_as_a_place_is_a_place_with_the_capitals_after_it():
    assert scrub("we train at Zorblax Wombles", Reads(0.9, "place")) == "we train at [address]"
    assert scrub("we train at Zorblax Wombles", Reads(0.9)) == "we train at [name]"


def test_a_kept_neighbourhood_read_as_part_of_a_place_goes_with_it():
    assert scrub("we go to Govanhill Youth Hub on fridays") == "we go to [address] on fridays"
    for text in ("i live in the gorbals now", "our trip to Stirling Castle was class"):
        assert scrub(text) == text
