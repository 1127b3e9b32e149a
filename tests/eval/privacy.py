"""Measure scrubbing and disclosure screening on the labelled sets in tests/data/.

    make privacy-eval

Scrubbing: recall of identifying strings removed, and the share of meaningful words
(every word that is not part of an identifier) kept. Screening: recall and false-alarm
rate, overall and per category. Targets: scrubbing recall >= 0.97 with >= 0.95 of words
kept; screening recall >= 0.95 with false alarms <= 5%. Exits 1 when a target is missed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from consult.privacy import scrub
from consult.safeguarding import CATEGORIES, screen

DATA = Path(__file__).resolve().parents[1] / "data"
WORD = re.compile(r"[\w'’]+")


def _present(needle: str, haystack: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(needle.lower())}(?![\w])", haystack.lower()) is not None


SETS = (  # (name, scrubbing file, screening file)
    ("development", "scrubbing.yaml", "screening.yaml"),
    ("held out, first run then tuned", "scrubbing_heldout.yaml", "screening_heldout.yaml"),
    ("held out 2, fallback tuned on it", None, "screening_heldout2.yaml"),
)


def _load(name: str) -> list[list[object]]:
    return list(yaml.safe_load((DATA / name).read_text(encoding="utf-8")))


def scrubbing(name: str = "scrubbing.yaml") -> tuple[float, float, list[str]]:
    cases = _load(name)
    found = total = kept = words = 0
    misses: list[str] = []
    for text, remove, _keep in cases:
        result = scrub(text)
        for identifier in remove:
            total += 1
            if _present(str(identifier), result):
                misses.append(f"left {identifier!r}: {result}")
            else:
                found += 1
        identifying = {w.lower() for r in remove for w in WORD.findall(str(r))}
        for word in WORD.findall(text):
            if word.lower() in identifying:
                continue
            words += 1
            if _present(word, result):
                kept += 1
            else:
                misses.append(f"lost {word!r}: {result}")
    return found / total, kept / words, misses


def screening(
    name: str = "screening.yaml",
) -> tuple[dict[str, tuple[float, float, int, int]], list[str]]:
    cases = _load(name)
    rows: dict[str, tuple[float, float, int, int]] = {}
    misses: list[str] = []
    results = [(text, set(expected), screen(text)) for text, expected in cases]
    for text, expected, result in results:
        if bool(expected) != result.flagged:
            misses.append(f"{'missed' if expected else 'false alarm'}: {text}")
    for category in ("any", *CATEGORIES):
        if category == "any":
            truth = [bool(e) for _, e, _ in results]
            said = [r.flagged for _, _, r in results]
        else:
            truth = [category in e for _, e, _ in results]
            said = [category in r.categories for _, _, r in results]
        positives = sum(truth)
        negatives = len(truth) - positives
        hits = sum(t and s for t, s in zip(truth, said, strict=True))
        alarms = sum(s and not t for t, s in zip(truth, said, strict=True))
        rows[category] = (
            hits / positives if positives else 1.0,
            alarms / negatives if negatives else 0.0,
            positives,
            negatives,
        )
    return rows, misses


def main() -> int:
    passed = True
    for title, scrub_file, screen_file in SETS:
        print(f"== {title} ==")
        if scrub_file:
            recall, kept, scrub_misses = scrubbing(scrub_file)
            print(f"Scrubbing ({scrub_file})")
            print(f"  identifiers removed (recall): {recall:.3f}   target >= 0.97")
            print(f"  meaningful words kept:        {kept:.3f}   target >= 0.95")
            for miss in scrub_misses:
                print("  -", miss)
            passed &= recall >= 0.97 and kept >= 0.95
        rows, screen_misses = screening(screen_file)
        print(f"Screening ({screen_file})")
        print(f"  {'category':<22}{'recall':>8}{'false alarms':>14}{'cases +/-':>12}")
        for category, (rec, alarm, pos, neg) in rows.items():
            print(f"  {category:<22}{rec:>8.3f}{alarm:>14.3f}{pos:>7}/{neg}")
        for miss in screen_misses:
            print("  -", miss)
        passed &= rows["any"][0] >= 0.95 and rows["any"][1] <= 0.05
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
