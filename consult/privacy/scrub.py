"""Remove what identifies someone from free text before it is stored.

A first cut that catches what has a fixed shape (emails, links, handles, phone numbers,
postcodes); names, schools and addresses follow.
"""

from __future__ import annotations

import re

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", re.I), "[email]"),
    (re.compile(r"\b(https?://|www\.)\S+", re.I), "[link]"),
    (re.compile(r"(?<!\w)@\w{2,}"), "[handle]"),
    (re.compile(r"(?<![\w+])(\+44\s?\(?0?\)?|0)(\s?-?\d){9,10}\b"), "[phone]"),
    (re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.I), "[postcode]"),
)


def scrub(text: str) -> str:
    """Return the text with identifying strings replaced by bracketed words."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text
