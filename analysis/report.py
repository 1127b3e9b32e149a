"""Policy outputs: theme tables as HTML, XLSX, CSV or JSON, always suppressed.

Every writer takes the same rows from `report_rows`, which is where small-number
suppression happens, so no format can leak a count of 1 to 4.
"""

from __future__ import annotations

import csv
import html
import json
from collections.abc import Sequence
from pathlib import Path

from analysis.suppress import count_text, share_text
from analysis.types import AGE_BANDS, QuestionThemes

COLUMNS = (
    "group", "theme", "label", "answers", "share", "sentiment", "key phrases", "quotes",
    *(f"share of {band}" for band in AGE_BANDS),
)
FORMATS = ("html", "xlsx", "csv", "json")


def report_rows(groups: Sequence[QuestionThemes]) -> list[dict[str, str]]:
    """One row per theme plus one for unclear answers per group, counts suppressed."""
    rows: list[dict[str, str]] = []
    for group in groups:
        result = group.result
        for number, theme in enumerate(result.themes, start=1):
            row = {
                "group": group.question,
                "theme": str(number),
                "label": theme.label,
                "answers": count_text(theme.size),
                "share": share_text(theme.share, theme.size),
                "sentiment": f"{theme.sentiment:+.2f} ({theme.sentiment_word})",
                "key phrases": "; ".join(theme.key_phrases),
                "quotes": " | ".join(theme.quotes),
            }
            for band in AGE_BANDS:
                share = theme.share_by_age_band.get(band)
                row[f"share of {band}"] = (
                    "" if share is None
                    else share_text(share, theme.count_by_age_band.get(band, 0))
                )
            rows.append(row)
        if result.n_unclear:
            rows.append({
                "group": group.question, "theme": "-", "label": "Too short or unclear to theme",
                "answers": count_text(result.n_unclear),
                "share": share_text(result.n_unclear / result.n_answers, result.n_unclear),
            })
    return [{c: r.get(c, "") for c in COLUMNS} for r in rows]


def write_report(groups: Sequence[QuestionThemes], fmt: str, path: Path) -> None:
    rows = report_rows(groups)
    if fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
    elif fmt == "json":
        path.write_text(json.dumps({"themes": rows}, indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    elif fmt == "xlsx":
        from openpyxl import Workbook

        # Write-only mode streams rows to disk instead of building the sheet in memory.
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Themes")
        sheet.append(list(COLUMNS))
        for row in rows:
            sheet.append([row[c] for c in COLUMNS])
        book.save(path)
    elif fmt == "html":
        path.write_text(_html(rows), encoding="utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {FORMATS}")


def _html(rows: Sequence[dict[str, str]]) -> str:
    head = "".join(f"<th scope=\"col\">{html.escape(c)}</th>" for c in COLUMNS)
    body = "\n".join(
        "<tr>" + "".join(f"<td>{html.escape(r[c])}</td>" for c in COLUMNS) + "</tr>"
        for r in rows
    )
    return (
        "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
        "<title>Themes</title></head>\n<body>\n<h1>Themes</h1>\n"
        "<p>Counts from 1 to 4 are shown as \"fewer than 5\" to protect the children who "
        "answered.</p>\n"
        f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>\n"
        "</body>\n</html>\n"
    )
