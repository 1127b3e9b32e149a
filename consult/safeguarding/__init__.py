"""Disclosure screening: pure functions, no Flask or database."""

from consult.safeguarding.screen import CATEGORIES, Screening, screen

__all__ = ["CATEGORIES", "Screening", "screen"]
