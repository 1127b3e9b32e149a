"""Disclosure screening: pure functions, no Flask or database.

`screen(text)` says whether a free-text answer may disclose current harm, and of which
kinds (`CATEGORIES`). See screening.py for what it promises and where it errs.
"""

from consult.safeguarding.screening import CATEGORIES, Screening, screen

__all__ = ["CATEGORIES", "Screening", "screen"]
