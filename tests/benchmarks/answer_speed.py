"""Time what every free-text answer goes through before it is stored: scrub, then screen.

    make privacy-bench

An answer is scrubbed when it is saved as a draft and screened when its page is sent, so
each costs a young person a wait on every free-text page. DESIGN.md's budget for a whole
answer page is a p95 under 50 ms at 32 concurrent participants on 2 cores; this measures
the two learned readers' share, one answer at a time, with torch's default threads: the
median and the slowest of several runs, for a typical answer (about 70 characters) up to
the longest box (2,000).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

from consult.privacy import scrub
from consult.safeguarding import screen

SENTENCES = (
    "me and jack got moved to a new unit and the staff there are sound, ",
    "i told my guidance teacher mrs o'neill but nothing happened, ",
    "text me on 07700 900 482 if you want to know more about hearings, ",
    "the panel should listen to what young people say before they decide, ",
)
LENGTHS = (70, 500, 2000)
RUNS = 15


def answer_of(length: int) -> str:
    text = ""
    while len(text) < length:
        text += SENTENCES[len(text) % len(SENTENCES)]
    return text[:length]


def timings_ms(work: Callable[[], object]) -> tuple[float, float]:
    """Median and slowest of RUNS calls, after one that loads models and fills caches."""
    work()
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> int:
    print(f"{'characters':>10}{'scrub ms':>16}{'screen ms':>16}   (median / slowest)")
    for length in LENGTHS:
        text = answer_of(length)
        scrubbing = timings_ms(lambda text=text: scrub(text))
        screening = timings_ms(lambda text=text: screen(text))
        print(
            f"{length:>10}{scrubbing[0]:>9.1f} / {scrubbing[1]:<6.1f}"
            f"{screening[0]:>9.1f} / {screening[1]:<6.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
