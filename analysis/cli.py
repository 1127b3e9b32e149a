"""`python -m analysis FILE.csv --text-column COL --format html|xlsx|csv|json --out PATH`.

Reads only the columns it needs, themes the answers (per `--group-by` value if given),
and writes a suppressed theme table. Quotes appear only when `--consent-column` names a
column whose value is yes/true/1 for the answer's author.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from pathlib import Path

from analysis.pipeline import theme_records, theme_texts
from analysis.progress import ProgressBar
from analysis.report import FORMATS, write_report
from analysis.types import AGE_BANDS, QuestionThemes, Record

YES = frozenset({"yes", "y", "true", "1", "consented"})
#: Runs at least this long in answers show a progress bar.
PROGRESS_FROM = 2000


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    p.add_argument("file", type=Path, help="CSV file with a header row")
    p.add_argument("--text-column", required=True)
    p.add_argument("--group-by", help="theme each value of this column (e.g. question) apart")
    p.add_argument("--consent-column", help="yes/true/1 marks answers that may be quoted")
    p.add_argument("--age-column", help="age band column: younger, middle or older")
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--themes", type=int, default=None, help="number of themes (default: auto)")
    p.add_argument("--seed", type=int, default=0)
    return p


def _read(args: argparse.Namespace) -> list[Record]:
    records: list[Record] = []
    with args.file.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        wanted = [args.text_column, args.group_by, args.consent_column, args.age_column]
        missing = [c for c in wanted if c and c not in (reader.fieldnames or [])]
        if missing:
            raise SystemExit(f"error: no column {', '.join(missing)} in {args.file}")
        for row in reader:
            age = (row.get(args.age_column) or "").strip().lower() if args.age_column else ""
            records.append(Record(
                text=row.get(args.text_column) or "",
                question=row[args.group_by] if args.group_by else args.text_column,
                age_band=age if age in AGE_BANDS else None,  # type: ignore[arg-type]
                consent=bool(args.consent_column)
                and (row.get(args.consent_column) or "").strip().lower() in YES,
            ))
    return records


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    records = _read(args)
    long_run = len(records) >= PROGRESS_FROM
    if args.group_by:
        bar = ProgressBar("Theming questions") if long_run else None
        groups = theme_records(records, n_themes=args.themes, seed=args.seed, progress=bar)
        results = list(groups.questions)
    else:
        bar = ProgressBar("Theming answers") if long_run else None
        result = theme_texts(
            [r.text for r in records], n_themes=args.themes, seed=args.seed,
            consent=[r.consent for r in records], age_bands=[r.age_band for r in records],
            progress=bar,
        )
        results = [QuestionThemes(question=args.text_column, strand=None, result=result)]
    write_report(results, args.format, args.out)
    themes = sum(len(g.themes) for g in results)
    print(f"{themes} themes from {len(records)} answers written to {args.out}", file=sys.stderr)
    return 0
