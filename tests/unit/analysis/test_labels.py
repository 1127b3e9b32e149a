"""Theme labels read like a person wrote them: phrases from the answers, distinct, tidy."""

from __future__ import annotations

import pytest

from analysis import theme_records, theme_texts
from analysis.eval.datasets import consultation
from analysis.label import OTHER, candidates, choose, label_themes, rank
from analysis.normalise import STOP_WORDS, tokens

LISTEN = [
    "nobody listens to us",
    "adults never listen to you",
    "they dont listen to me",
    "nobody listens they just nod",
    "teachers never listen to kids",
    "no one listens to what we say",
]
CLUBS = [
    "more youth clubs please",
    "open more youth clubs at night",
    "youth clubs keep shutting",
    "bring back the youth clubs",
    "free youth clubs for teenagers",
    "a youth club near me",
]


def _is_phrase_of(label: str, texts: list[str]) -> bool:
    """True when every word of `label` is a word the answers used, in the "us" voice."""
    written = {w for t in texts for w in tokens(t)} | {"us", "our", "we"}
    plural = {w + "s" for w in written} | {w[:-1] + "ies" for w in written if w.endswith("y")}
    # "Not explaining" is how a label shows "dont explain".
    ing = {w + "ing" for w in written} | {w[:-1] + "ing" for w in written}
    ing |= {w + w[-1] + "ing" for w in written if w}
    return all(w.lower() in written | plural | ing for w in label.split())


def test_candidates_are_grammatical_phrases_not_fragments():
    found = {" ".join(c.words) for c in candidates("nobody listens to us they think we lie")}
    assert "nobody listens to us" in found
    assert "listens to" not in found and "to us" not in found
    found = {" ".join(c.words) for c in candidates("a safe place to live with someone to talk to")}
    assert {"safe place to live", "someone to talk to"} <= found


def test_pronouns_are_folded_into_one_voice():
    keys = {c.key for t in ("listen to me", "listen to you", "listen to us") for c in candidates(t)}
    assert ("listen", "to", "us") in keys
    assert ("listen", "to", "me") not in keys


def test_labels_are_recurring_phrases_in_the_us_voice():
    labels, _ = label_themes([LISTEN, CLUBS])
    assert labels[1] == "More youth clubs"
    assert "listen" in labels[0].lower()
    assert "me" not in labels[0].split() and "you" not in labels[0].split()


def test_a_phrase_goes_to_the_theme_it_fits_best_and_labels_stay_distinct():
    ranked = rank(
        [
            [(candidates(t), 1) for t in CLUBS],
            [(candidates(t), 1) for t in CLUBS[:4] + LISTEN],
        ]
    )
    labels = choose(ranked)
    assert labels[0] != labels[1]
    assert "club" in labels[0].lower()


def test_a_theme_with_no_recurring_phrase_is_other_answers():
    labels, _ = label_themes([CLUBS, ["zebra", "quantum"], ["xylophone", "banjo"]])
    assert labels[0] == "More youth clubs"
    assert labels[1:] == [f"{OTHER} (1)", f"{OTHER} (2)"]


@pytest.fixture(scope="module")
def consultation_labels() -> list[tuple[list[str], list[list[str]]]]:
    """Labels per question, with each theme's answers, for part of the consultation set."""
    from analysis import Record

    answers = consultation()[:280]  # four questions keep the test quick
    records = [Record(text=a.text, question=a.question) for a in answers]
    out = []
    for q in theme_records(records, seed=0).questions:
        texts = [a.text for a in answers if a.question == q.question]
        members = [
            [t for t, k in zip(texts, q.result.assignments, strict=True) if k == i]
            for i in range(len(q.themes))
        ]
        out.append(([t.label for t in q.themes], members))
    return out


def test_consultation_labels_are_distinct_capitalised_and_never_stop_words(consultation_labels):
    for labels, _ in consultation_labels:
        assert len(set(labels)) == len(labels)
        for label in labels:
            words = label.split()
            assert label[0].isupper() and 1 <= len(words) <= 5
            assert words[0].lower() not in STOP_WORDS or len(words) > 1
            assert any(w.lower() not in STOP_WORDS for w in words)
            assert label == label[0] + label[1:].replace("English", "english").lower() or (
                "English" in label
            )


def test_consultation_labels_come_from_the_themes_own_answers(consultation_labels):
    for labels, members in consultation_labels:
        for label, texts in zip(labels, members, strict=True):
            if not label.startswith(OTHER):
                assert _is_phrase_of(label, texts), (label, texts)


def test_no_label_joins_two_unrelated_words():
    themed = theme_texts(LISTEN + CLUBS, seed=0)
    for theme in themed.themes:
        if " and " in theme.label:
            joined = theme.label.lower()
            assert any(joined in " ".join(tokens(t)) for t in LISTEN + CLUBS)


def test_a_pronoun_ends_a_label_only_as_the_verbs_object():
    found = {" ".join(c.words) for c in candidates("ask me before you share my files")}
    assert "ask me" in found
    assert not any(f.endswith("before you") for f in found)


def test_a_negated_bare_verb_reads_as_a_gerund():
    labels, _ = label_themes([["they dont explain properly"] * 3, CLUBS])
    assert labels[0] in ("Explain properly", "Not explaining properly")
