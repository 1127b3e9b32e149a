"""Cairn's offline theming of young people's free-text answers.

A pure library: it never imports Flask, SQLAlchemy or `consult`. Records go in, frozen
dataclasses come out. Read it in step order: `normalise` (text speak, lemmas, unclear
answers), `embed` (hashed n-grams, TF-IDF, LSA), `cluster` (k-means, choosing k),
`describe` (labels, key phrases, sentiment, quotes), `pipeline` (the run, in chunks),
`suppress` and `report` (policy outputs), `cli` (`python -m analysis`).
"""

from analysis.pipeline import theme_records, theme_texts
from analysis.types import (
    AGE_BANDS,
    MIN_QUOTE_THEME_SIZE,
    UNCLEAR,
    ConsultationThemes,
    QuestionThemes,
    Record,
    Theme,
    ThemingResult,
)

__all__ = [
    "AGE_BANDS",
    "MIN_QUOTE_THEME_SIZE",
    "UNCLEAR",
    "ConsultationThemes",
    "QuestionThemes",
    "Record",
    "Theme",
    "ThemingResult",
    "theme_records",
    "theme_texts",
]
