"""`python -m analysis` writes every format, with small counts suppressed."""

from __future__ import annotations

import csv
import json

import pytest
from openpyxl import load_workbook

from analysis.cli import main
from analysis.suppress import SUPPRESSED, count_text
from tests.unit.analysis.test_theming import CLUBS, FOOD


@pytest.fixture()
def answers_csv(tmp_path):
    path = tmp_path / "answers.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["answer", "question", "ok"])
        for i, text in enumerate(FOOD + CLUBS + ["dunno", "no"]):
            w.writerow([text, "q1", "yes" if i % 2 else "no"])
    return path


@pytest.mark.parametrize("fmt", ["html", "xlsx", "csv", "json"])
def test_cli_writes_each_format(answers_csv, tmp_path, fmt):
    out = tmp_path / f"themes.{fmt}"
    code = main(
        [
            str(answers_csv),
            "--text-column",
            "answer",
            "--group-by",
            "question",
            "--consent-column",
            "ok",
            "--format",
            fmt,
            "--out",
            str(out),
        ]
    )
    assert code == 0 and out.stat().st_size > 0
    if fmt == "json":
        rows = json.loads(out.read_text())["themes"]
    elif fmt == "csv":
        with out.open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
    elif fmt == "xlsx":
        sheet = load_workbook(out, read_only=True)["Themes"]
        header, *body = [list(r) for r in sheet.iter_rows(values_only=True)]
        rows = [dict(zip(header, r, strict=True)) for r in body]
    else:
        assert "<table>" in out.read_text() and SUPPRESSED in out.read_text()
        return
    unclear = [r for r in rows if r["theme"] == "-"]
    assert unclear and unclear[0]["answers"] == SUPPRESSED  # 2 unclear answers


def test_counts_one_to_four_are_suppressed():
    assert [count_text(n) for n in (0, 1, 4, 5)] == ["0", SUPPRESSED, SUPPRESSED, "5"]
