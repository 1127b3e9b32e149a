"""Small-number suppression for anything that leaves the analysis as a policy output.

A count of 1 to 4 can point at an identifiable child in a small area or service, so
reports show it as "fewer than 5" and drop any share computed from it. Zero is safe to
show: it identifies nobody.
"""

from __future__ import annotations

SUPPRESSED = "fewer than 5"
THRESHOLD = 5


def count_text(count: int) -> str:
    """The count as a policy output may show it."""
    return SUPPRESSED if 0 < count < THRESHOLD else str(count)


def share_text(share: float, count: int) -> str:
    """A percentage, or the suppression note when the count under it is 1 to 4."""
    if 0 < count < THRESHOLD:
        return SUPPRESSED
    return f"{share * 100:.0f}%"
