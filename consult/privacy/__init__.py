"""Scrubbing and small-number suppression: pure functions, no Flask or database."""

from consult.privacy.scrubbing import scrub
from consult.privacy.suppression import (
    FEWER_THAN,
    SuppressedTable,
    live_results_visible,
    quotable,
    suppress_counts,
)

__all__ = [
    "FEWER_THAN",
    "SuppressedTable",
    "live_results_visible",
    "quotable",
    "scrub",
    "suppress_counts",
]
