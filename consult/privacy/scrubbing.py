"""Remove what identifies someone from free text before it is stored anywhere.

Two passes: identifiers with a fixed shape (emails, links, handles, phone, ID and NHS
numbers, dates, addresses, postcodes), then names and named schools or care homes, found
by rules from everyday vocabulary and how the sentence uses a word, and by a tagger
fine-tuned on marked sentences (tagger.py). What carries meaning and identifies nobody
stays: roles, towns and council areas, countries, organisations, ages, school years.
Runs offline; every word list and model ships with the project or its dependencies.
"""

from __future__ import annotations

from consult.privacy.names import replace_names
from consult.privacy.patterns import join_address_parts, replace_fixed_shapes
from consult.privacy.tagger import Reader, trained


def scrub(text: str, tagger: Reader | None = None) -> str:
    """Return the text with identifying strings replaced by bracketed words.

    The tagger is the trained one unless another is given (the evaluation compares).
    """
    named = replace_names(replace_fixed_shapes(text), tagger or trained())
    return join_address_parts(named)
