"""Remove what identifies someone from free text before it is stored anywhere.

Two passes: identifiers with a fixed shape (emails, links, handles, phone, ID and NHS
numbers, dates, addresses, postcodes), then names and named schools or care homes, found
from everyday vocabulary and how the sentence uses a word. What carries meaning and
identifies nobody stays: roles, towns and council areas, organisations, ages, school
years. Runs offline; every word list ships with the project or its dependencies.
"""

from __future__ import annotations

from consult.privacy.names import replace_names
from consult.privacy.patterns import replace_fixed_shapes


def scrub(text: str) -> str:
    """Return the text with identifying strings replaced by bracketed words.

    Idempotent: scrubbing scrubbed text changes nothing.
    """
    return replace_names(replace_fixed_shapes(text))
