"""Measure scrubbing and disclosure screening on the labelled sets in tests/data/.

    make privacy-eval

Scrubbing: recall of identifying strings removed, and the share of meaningful words kept.
An identifier counts as removed only when none of its telling parts is left: every word
of it that is not a generic word ("road", "high", "flat", "mrs"), and every run of three
or more digits. So "14 [name] road" does not count as removing "14 dumbarton road", and
"+44 [phone]" does not count as removing "+44 7700 900123" unless all digits went.
Words kept: every word of the answer that is not part of an identifier, plus each
listed meaningful word or phrase.

Screening: recall and false-alarm rate, overall (flagged or not) and per category.

Targets: scrubbing recall >= 0.97 with >= 0.95 of words kept; screening recall >= 0.95
with false alarms <= 5%. Every set is reported; the exit status is 1 when the
development set or the last held-out set misses a target.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from consult.privacy import scrub
from consult.safeguarding import CATEGORIES, screen

DATA = Path(__file__).resolve().parents[1] / "data"
WORD = re.compile(r"[\w'’]+")
GENERIC = frozenset(
    """road rd street st avenue ave drive dr crescent court place lane terrace gardens way
    close view grove park square wynd brae row walk gate hill west east north south flat
    primary high school secondary academy nursery college unit house home lodge care
    children's childrens residential mr mrs ms miss dr the of and at rc our lady saint
    www com co uk org net http https youtube instagram tiktok snapchat""".split()
)

# (title, scrubbing file, screening file, decides the exit status). Each held-out set was
# run once before any rule was changed for it. First-run figures, the honest estimate of
# how the rules do on text nobody has seen (recall / kept; recall / false alarms):
#   held out 3, old rules:  scrubbing 0.933 / 0.972   screening 0.60 / 0.04
#   held out 4, new rules:  scrubbing 1.000 / 0.981   screening 0.825 / 0.075
#   held out 5, after 4:    scrubbing 1.000 / 1.000   screening 0.867 / 0.000
SETS = (
    ("development (written with the rules)", "scrubbing.yaml", "screening.yaml", True),
    ("held out 1 (run once, then tuned on)", "scrubbing_heldout.yaml", "screening_heldout.yaml",
     False),
    ("held out 2 (run once, then tuned on)", None, "screening_heldout2.yaml", False),
    ("held out 3 (run once, then tuned on)", "scrubbing_heldout3.yaml",
     "screening_heldout3.yaml", False),
    ("held out 4 (run once, then tuned on)", "scrubbing_heldout4.yaml",
     "screening_heldout4.yaml", True),
    ("held out 5 (run once, then two rules added)", "scrubbing_heldout5.yaml",
     "screening_heldout5.yaml", True),
)


def _present(needle: str, haystack: str) -> bool:
    pattern = rf"(?<![\w]){re.escape(needle.lower())}(?![\w])"
    return re.search(pattern, haystack.lower()) is not None


def _telling_parts(identifier: str) -> list[str]:
    words = [w for w in WORD.findall(identifier) if not w.isdigit()]
    telling = [w for w in words if re.sub(r"['’]s$", "", w.lower()) not in GENERIC]
    return telling + re.findall(r"\d{3,}", identifier)


def _removed(identifier: str, result: str) -> bool:
    if _present(identifier, result):
        return False
    return not any(_present(part, result) for part in _telling_parts(identifier))


def _load(name: str) -> list[list[object]]:
    return list(yaml.safe_load((DATA / name).read_text(encoding="utf-8")))


@dataclass(frozen=True)
class ScrubScore:
    recall: float
    kept: float
    identifiers: int
    words: int
    misses: list[str]


def scrubbing(name: str = "scrubbing.yaml") -> ScrubScore:
    found = total = kept = words = 0
    misses: list[str] = []
    for text, remove, keep in _load(name):
        text = str(text)
        result = scrub(text)
        for identifier in map(str, remove):  # type: ignore[call-overload]
            total += 1
            if _removed(identifier, result):
                found += 1
            else:
                misses.append(f"left {identifier!r}: {result}")
        identifying = {w.lower() for r in remove for w in WORD.findall(str(r))}  # type: ignore[attr-defined]
        meaningful = [w for w in WORD.findall(text) if w.lower() not in identifying]
        meaningful += [str(k) for k in keep]  # type: ignore[attr-defined]
        for word in meaningful:
            words += 1
            if _present(word, result):
                kept += 1
            else:
                misses.append(f"lost {word!r}: {result}")
    return ScrubScore(found / max(total, 1), kept / max(words, 1), total, words, misses)


Row = tuple[float, float, int, int]


def screening(name: str = "screening.yaml") -> tuple[dict[str, Row], list[str]]:
    """Per category (and "any"): recall, false-alarm rate, positives, negatives."""
    results = [(str(text), set(expected), screen(str(text))) for text, expected in _load(name)]  # type: ignore[call-overload]
    misses = [
        f"{'missed' if expected else 'false alarm'}: {text}  (said {sorted(r.categories)})"
        for text, expected, r in results
        if bool(expected) != r.flagged
    ]
    rows: dict[str, Row] = {}
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


def _report_scrubbing(name: str) -> bool:
    score = scrubbing(name)
    print(f"Scrubbing ({name}: {score.identifiers} identifiers, {score.words} words)")
    print(f"  identifiers removed (recall): {score.recall:.3f}   target >= 0.97")
    print(f"  meaningful words kept:        {score.kept:.3f}   target >= 0.95")
    for miss in score.misses:
        print("  -", miss)
    return score.recall >= 0.97 and score.kept >= 0.95


def _report_screening(name: str) -> bool:
    rows, misses = screening(name)
    print(f"Screening ({name})")
    print(f"  {'category':<22}{'recall':>8}{'false alarms':>14}{'cases +/-':>12}")
    for category, (recall, alarms, pos, neg) in rows.items():
        print(f"  {category:<22}{recall:>8.3f}{alarms:>14.3f}{pos:>7}/{neg}")
    for miss in misses:
        print("  -", miss)
    return rows["any"][0] >= 0.95 and rows["any"][1] <= 0.05


def main() -> int:
    passed = True
    for title, scrub_file, screen_file, decides in SETS:
        print(f"== {title} ==")
        ok = _report_scrubbing(scrub_file) if scrub_file else True
        ok = _report_screening(screen_file) and ok
        print(f"  targets {'met' if ok else 'MISSED'}\n")
        passed &= ok or not decides
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
