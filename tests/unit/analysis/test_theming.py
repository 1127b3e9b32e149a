"""Behaviour of `analysis.theme_texts` and `theme_records` on small, fast inputs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from analysis import MIN_QUOTE_THEME_SIZE, UNCLEAR, Record, theme_records, theme_texts
from analysis.eval.datasets import consultation

FOOD = [
    "no food at home and always hungry",
    "kids come to school hungry with no breakfast",
    "nothing in the fridge to eat",
    "hungry every day no lunch money",
    "free breakfast club because no food at home",
    "always hungry and skipping meals",
    "no food at the weekend so hungry",
    "hungry kids cant learn without food",
    "the cupboards have no food",
    "food bank because no food in the house",
    "starving and no food at home most days",
    "no lunch and hungry all afternoon",
]
CLUBS = [
    "more youth clubs open at night",
    "youth clubs keep shutting and theres nowhere to go",
    "a youth club with safe adults",
    "open the youth clubs on friday night",
    "free youth clubs for teenagers",
    "youth clubs where you can hang out safely",
    "more youth workers and youth clubs",
    "our youth club closed last year",
    "youth clubs at the weekend please",
    "safe youth clubs instead of the street",
    "youth clubs with free activities",
    "bring back the youth club in our area",
]
TEXTS = FOOD + CLUBS + ["dunno", "idk", "no", ""]


@pytest.fixture(scope="module")
def result():
    return theme_texts(TEXTS, seed=3, consent=True)


def test_unclear_answers_are_not_themed(result):
    assert result.assignments[-4:] == (UNCLEAR,) * 4
    assert result.n_unclear == 4


def test_two_clear_topics_become_two_themes_with_distinct_labels(result):
    assert len(result.themes) == 2
    food = {result.assignments[i] for i in range(len(FOOD))}
    clubs = {result.assignments[len(FOOD) + i] for i in range(len(CLUBS))}
    assert len(food) == 1 and len(clubs) == 1 and food != clubs
    labels = [t.label for t in result.themes]
    assert len(set(labels)) == len(labels)
    assert all(label[0].isupper() and len(label.split()) <= 5 for label in labels)
    assert "youth club" in result.themes[clubs.pop()].label.lower()


def test_same_seed_same_result():
    assert theme_texts(TEXTS, seed=3) == theme_texts(TEXTS, seed=3)


def test_plain_texts_are_never_quoted_without_consent():
    assert all(not t.quotes for t in theme_texts(TEXTS, seed=3).themes)


def test_quotes_only_from_consented_answers(result):
    consent = [i % 2 == 0 for i in range(len(TEXTS))]
    themed = theme_texts(TEXTS, seed=3, consent=consent)
    allowed = {t for t, ok in zip(TEXTS, consent, strict=True) if ok}
    quotes = [q for t in themed.themes for q in t.quotes]
    assert quotes and set(quotes) <= allowed


def test_no_quotes_from_themes_under_ten_answers():
    texts = FOOD[:8] + CLUBS
    themed = theme_texts(texts, seed=1, consent=True, n_themes=2)
    for theme in themed.themes:
        if theme.size < MIN_QUOTE_THEME_SIZE:
            assert theme.quotes == ()
    assert any(t.quotes for t in themed.themes if t.size >= MIN_QUOTE_THEME_SIZE)


def test_records_are_themed_per_question_with_age_band_shares():
    answers = consultation()[:150]
    records = [
        Record(text=a.text, question=a.question, age_band=a.age_band, consent=a.consent)  # type: ignore[arg-type]
        for a in answers
    ]
    out = theme_records(records, seed=0)
    assert [q.question for q in out.questions] == list(dict.fromkeys(a.question for a in answers))
    for q in out.questions:
        for theme in q.themes:
            assert set(theme.share_by_age_band) <= {"younger", "middle", "older"}
            assert all(0 <= s <= 1 for s in theme.share_by_age_band.values())
        assert sum(t.size for t in q.themes) + q.result.n_unclear == q.result.n_answers


def test_other_languages_are_refused_not_mangled():
    with pytest.raises(ValueError):
        theme_texts(TEXTS, language="gd")


def test_runs_with_no_nltk_data_and_no_network(tmp_path):
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network used')\n"
        "socket.socket.connect = refuse\n"
        "from analysis import theme_texts\n"
        f"r = theme_texts({TEXTS!r}, seed=0, consent=True)\n"
        "assert r.themes and any(t.key_phrases for t in r.themes)\n"
        "assert any(t.sentiment != 0 for t in r.themes)\n"
    )
    env = {**os.environ, "NLTK_DATA": str(tmp_path), "HOME": str(tmp_path)}
    subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-W", "error", "-c", code], check=True, env=env
    )
