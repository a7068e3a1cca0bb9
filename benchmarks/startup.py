"""Cold start of ``ssc-desktop search QUERY`` against ``python -c pass``, in the same run.

Run: ``python benchmarks/startup.py [--runs 15]``. Each command is a fresh process (what a script
or a person at a terminal pays); the data folder is prepared first (seed loaded, index built), so
the figure is the steady start-up, not the first-ever start.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_MEDIAN_S = 0.6


def timed(argv: list[str], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        samples.append(time.perf_counter() - started)
    return samples


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "data")
        cli = [sys.executable, "-m", "ssc_desktop", "--data-dir", data]
        subprocess.run([*cli, "search", "warm up"], check=True, stdout=subprocess.DEVNULL)
        rows = [
            ("python -c pass (baseline)", timed([sys.executable, "-c", "pass"], args.runs)),
            ("ssc-desktop --version", timed([*cli, "--version"], args.runs)),
            (
                "ssc-desktop search 'slum upgrading'",
                timed([*cli, "search", "slum upgrading"], args.runs),
            ),
            (
                "ssc-desktop search --json 'early warning'",
                timed([*cli, "search", "--json", "early warning"], args.runs),
            ),
            ("ssc-desktop stats --json", timed([*cli, "stats", "--json"], args.runs)),
        ]
    baseline = statistics.median(rows[0][1])
    print(
        f"Cold start, {args.runs} runs each, seed catalogue (target: search median "
        f"<= {TARGET_MEDIAN_S} s)"
    )
    print(f"{'command':<44} {'median s':>9} {'p95 s':>8} {'x baseline':>11}")
    for name, samples in rows:
        median = statistics.median(samples)
        print(f"{name:<44} {median:>9.3f} {p95(samples):>8.3f} {median / baseline:>11.1f}")
    search_median = statistics.median(rows[2][1])
    verdict = "meets" if search_median <= TARGET_MEDIAN_S else "MISSES"
    print(f"search median {search_median:.3f} s {verdict} the {TARGET_MEDIAN_S} s target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
