"""The only clock participants' data ever sees."""

from __future__ import annotations

from datetime import date


def iso_week(day: date | None = None) -> str:
    """The ISO week, "2026-W48": the finest time a response or flag ever carries."""
    year, week, _ = (day or date.today()).isocalendar()
    return f"{year}-W{week:02d}"
