"""Start-up of the frozen application (the installer's bundle) against the same app from source.

Run after ``python build_installer.py``: ``python benchmarks/frozen.py [--bundle dist/ssc-desktop]
[--runs 7]``. Each run is a fresh process on a prepared data folder (seed loaded, index built)
with fresh window settings; it opens the real window offscreen, presses a key as soon as the
window shows (``--probe-startup``) and reports when the key was answered and when its results
were painted. Target: the frozen app shows a window that answers in <= 2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 2.0


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def timed_runs(command: list[str], data_dir: Path, runs: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"answered": [], "painted": []}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            argv = [*command, "--data-dir", str(data_dir), "--probe-startup",
                    str(Path(tmp) / "settings.ini")]  # fmt: skip
            started = time.time()
            result = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120)
            lines = result.stdout.strip().splitlines()
            if result.returncode != 0 or not lines:
                raise SystemExit(f"{argv[0]} failed: {result.stderr[-2000:]}")
            marks = json.loads(lines[-1])
            for key in times:
                times[key].append(marks[key] - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "ssc-desktop")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    exe = args.bundle / ("ssc-desktop.exe" if os.name == "nt" else "ssc-desktop")
    if not exe.exists():
        raise SystemExit(f"no frozen app at {exe}: run python build_installer.py first")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        subprocess.run([str(exe), "--data-dir", str(data), "search", "warm up"], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
        rows = [
            ("from source (python -m ssc_desktop), baseline",
             timed_runs([sys.executable, "-m", "ssc_desktop"], data, args.runs)),
            ("frozen bundle", timed_runs([str(exe)], data, args.runs)),
        ]  # fmt: skip
    base = statistics.median(rows[0][1]["answered"])
    print(f"Start to a window answering a key, seed catalogue, offscreen, {args.runs} runs "
          f"(target <= {TARGET_S} s)")  # fmt: skip
    print(f"{'program':<48} {'answered med':>12} {'p95':>6} {'painted med':>12} {'p95':>6} "
          f"{'x source':>9}")  # fmt: skip
    for name, times in rows:
        answered, painted = times["answered"], times["painted"]
        print(f"{name:<48} {statistics.median(answered):>12.3f} {p95(answered):>6.3f} "
              f"{statistics.median(painted):>12.3f} {p95(painted):>6.3f} "
              f"{statistics.median(answered) / base:>9.2f}")  # fmt: skip
    frozen = statistics.median(rows[1][1]["answered"])
    print(
        f"frozen: window answers in {frozen:.2f} s median: "
        + ("meets" if frozen <= TARGET_S else "MISSES")
        + f" the {TARGET_S} s target"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
