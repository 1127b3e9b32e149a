"""Small-number suppression: the one gate every table, chart, export and live view uses.

A count from 1 to 4 could point at one young person in a small group, so it is shown as
"fewer than 5". Hiding it is not enough where a published total (or the other cells of
the same question) lets a reader work it out, so a second cell is hidden too: the
smallest other non-zero one. Quotes need a group of 10 or more, and the author's yes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

THRESHOLD = 5  # counts below this (and above 0) are never shown
MIN_QUOTE_GROUP = 10  # a quote is shown only from a group at least this large
FEWER_THAN = "fewer than 5"


@dataclass(frozen=True)
class Cell:
    count: int
    suppressed: bool

    @property
    def shown(self) -> str:
        return FEWER_THAN if self.suppressed else f"{self.count:,}"

    def share_of(self, total: int) -> str:
        """The cell as a percentage of `total`, or the suppression wording."""
        if self.suppressed:
            return FEWER_THAN
        return f"{round(100 * self.count / total)}%" if total else "0%"


@dataclass(frozen=True)
class SuppressedTable:
    cells: dict[str, Cell]
    total: Cell | None

    def shown(self) -> dict[str, str]:
        return {key: cell.shown for key, cell in self.cells.items()}


def _primary(count: int) -> bool:
    return 0 < count < THRESHOLD


def suppress_counts(counts: Mapping[str, int], total: int | None = None) -> SuppressedTable:
    """Suppress a row of counts, with the total that is published beside it (if any).

    Without a total, cells can still reveal each other when they are known to add up to
    something published elsewhere: pass that number as `total` whenever it is public.
    """
    if any(count < 0 for count in counts.values()):
        raise ValueError("counts cannot be negative")
    hidden = {key for key, count in counts.items() if _primary(count)}
    total_cell = None
    if total is not None:
        if total < sum(counts.values()):
            raise ValueError("the total is smaller than its cells")
        total_cell = Cell(total, _primary(total))
        if total_cell.suppressed:
            hidden |= {key for key, count in counts.items() if count}
        elif len(hidden) == 1 and total == sum(counts.values()):
            # total minus the visible cells would give the hidden one away
            others = sorted(
                (count, key) for key, count in counts.items() if count and key not in hidden
            )
            if others:
                hidden.add(others[0][1])
    cells = {key: Cell(count, key in hidden) for key, count in counts.items()}
    return SuppressedTable(cells, total_cell)


def quotable(group_size: int, consented: bool) -> bool:
    """A quote may be shown only with consent, and only from a group of 10 or more."""
    return consented and group_size >= MIN_QUOTE_GROUP


def live_results_visible(answers: int) -> bool:
    """A group session's live results stay hidden until 5 answers are in."""
    return answers >= THRESHOLD
