"""Map benchmark: counts, recolouring and rendering at catalogue scale, and loading the shapes.

    python benchmarks/map.py [--size 10000] [--repeats 30]

Synthetic solutions come from tests/search/search_synthetic.py (countries weighted towards the
global South, one provider and 1-3 recipients each). Timed, each as median and p95 over the
repeats, with the ratio to a baseline measured in the same run (``json.load`` of the shipped
map file, the cheapest thing a map could ever cost):

- shapes: load + project the shipped file (``geometry.load``; cached once per process);
- counts: ``MapData.from_prepared`` for every solution (what a new search costs: the
  catalogue's per-solution countries are prepared once per change), and from raw pairs;
- recolour: per-role counts + colour scale + a fill for every country (what the window's
  redraw is: its paths are built once);
- svg: counts + scene + SVG text, whole world (``ssc-desktop map -o map.svg``);
- svg exchanges: the same with provider → recipient arcs;
- png: counts + scene + PNG (fewer repeats: it is the slow one, and not interactive).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from ssc_desktop.maps import ColourScale, MapData, MapOptions, Role, build_scene  # noqa: E402
from ssc_desktop.maps.data import prepare  # noqa: E402
from ssc_desktop.maps.geometry import geometry, load, map_file  # noqa: E402
from ssc_desktop.maps.render import to_png, to_svg  # noqa: E402
from tests.search.search_synthetic import Generator  # noqa: E402


def timed(function: Callable[[], object], repeats: int) -> list[float]:
    function()  # warm up (caches, imports)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return times


def p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description="map benchmark")
    parser.add_argument("--size", type=int, default=10_000, help="solutions (at most 10,000)")
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()
    size = max(1, min(args.size, 10_000))
    records = list(Generator(seed=7).records(size))
    participations = [[(c["iso3"], c["role"]) for c in r["countries"]] for r in records]
    geometry()  # the window loads it once, at start
    data = MapData.from_participations(participations)
    codes = list(geometry().countries)
    path = map_file()

    def baseline() -> None:
        with path.open(encoding="utf-8") as fh:
            json.load(fh)

    def recolour() -> None:
        counts = data.counts(Role.PROVIDER)
        scale = ColourScale.for_maximum(max(counts.values(), default=0))
        [scale.colour(counts.get(code, 0)) for code in codes]

    def svg(exchanges: bool) -> Callable[[], object]:
        return lambda: to_svg(
            build_scene(
                MapData.from_participations(participations), MapOptions(exchanges=exchanges)
            )
        )

    prepared = [prepare(p) for p in participations]

    def counts() -> MapData:
        return MapData.from_prepared(prepared)

    def raw_counts() -> MapData:
        return MapData.from_participations(participations)

    cases: list[tuple[str, Callable[[], object], int]] = [
        ("baseline: json.load(countries.json)", baseline, args.repeats),
        ("shapes: load + project", load, args.repeats),
        (f"counts: MapData of {size:,} (prepared)", counts, args.repeats),
        (f"counts: MapData of {size:,} (raw pairs)", raw_counts, args.repeats),
        ("recolour: 248 fills for one role", recolour, args.repeats),
        (f"svg: counts + scene + SVG ({size:,})", svg(False), max(5, args.repeats // 3)),
        (f"svg exchanges ({len(data.pairs):,} pairs)", svg(True), max(5, args.repeats // 3)),
        (f"png: counts + scene + PNG ({size:,})", lambda: to_png(build_scene(counts())), 5),
    ]  # fmt: skip
    results = [(name, timed(function, repeats)) for name, function, repeats in cases]
    base = statistics.median(results[0][1])
    print(f"map benchmark: {size:,} synthetic solutions, map file {path.stat().st_size:,} bytes")
    print(f"{'case':<46} {'median ms':>10} {'p95 ms':>9} {'x baseline':>11}")
    for name, times in results:
        median = statistics.median(times)
        print(f"{name:<46} {median:>10.2f} {p95(times):>9.2f} {median / base:>11.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
