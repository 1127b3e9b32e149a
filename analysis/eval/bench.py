"""`make analysis-bench`: theme 10,000 and 100,000 answers, report wall time and peak memory.

Answers are synthesised from the labelled consultation set with variation (dropped
words, typos, text speak, two answers run together) so no two runs see only exact
duplicates. Each size runs in a fresh subprocess so its peak resident memory
(`ru_maxrss`) is its own. Target: 100,000 answers in under 20 s and 1 GB on 2 cores.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time

from analysis.eval.datasets import consultation

SIZES = (10_000, 100_000)
SPEAK = {"you": "u", "your": "ur", "people": "ppl", "to": "2", "what": "wot", "because": "cos",
         "and": "n", "for": "4", "school": "skool", "really": "rly", "please": "pls"}


def synthesise(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)  # noqa: S311 - test data, not security
    base = [a.text for a in consultation()]
    out: list[str] = []
    for _ in range(n):
        words = rng.choice(base).split()
        if rng.random() < 0.2:
            words += rng.choice(base).split()
        varied: list[str] = []
        for w in words:
            roll = rng.random()
            if roll < 0.08:
                continue
            if roll < 0.2 and w.lower() in SPEAK:
                w = SPEAK[w.lower()]
            elif roll < 0.26 and len(w) > 3:
                i = rng.randrange(1, len(w) - 1)
                w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
            varied.append(w)
        out.append(" ".join(varied) or "dunno")
    return out


def _child(n: int) -> None:
    from analysis import theme_texts

    texts = synthesise(n)
    consent = [i % 3 != 0 for i in range(n)]
    start = time.perf_counter()
    result = theme_texts(texts, seed=0, consent=consent)
    wall = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"n": n, "seconds": wall, "peak_mb": peak_mb,
                      "themes": len(result.themes), "unclear": result.n_unclear}))


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        _child(int(sys.argv[2]))
        return 0
    print(f"{'answers':>8} {'themes':>6} {'wall s':>7} {'peak MB':>8}")
    ok = True
    for n in SIZES:
        out = subprocess.run(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "analysis.eval.bench", "--child", str(n)],
            check=True, capture_output=True, text=True,
        ).stdout
        row = json.loads(out.strip().splitlines()[-1])
        print(f"{row['n']:>8} {row['themes']:>6} {row['seconds']:>7.1f} {row['peak_mb']:>8.0f}",
              flush=True)
        if n == 100_000 and (row["seconds"] >= 20 or row["peak_mb"] >= 1024):
            ok = False
    print("within budget (100,000 answers: < 20 s, < 1 GB)" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
