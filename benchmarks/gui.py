"""How fast the window starts and answers, offscreen, on this machine.

    python benchmarks/gui.py            # prints the table (first run builds the test catalogues)
    python benchmarks/gui.py --runs 7 --fresh
    python benchmarks/gui.py --profile 4  # cProfile the keystroke loop on the first 4 words

Measures, each against its target (issue 4):

* **start → keystroke answered**: from ``Popen`` of a new process to the moment the window's
  search box has taken a real key press (posted to the event loop as soon as the window shows),
  with the seed catalogue (≤ 1.5 s) and with 10,000 solutions (≤ 3 s); and until the results for
  that keystroke are painted. The baseline is the same measurement for a bare QApplication with an
  empty QMainWindow holding a line edit, in the same run; the ratio is ours / baseline.
* **keystroke → painted results** at 10,000 solutions (p95 ≤ 100 ms): words typed one key every
  200 ms (human speed), from the key press to the end of the paint that shows that text's
  results; also a fast burst (a key every 40 ms: from the last key to its results painted) and
  ticking a facet.
* **map redraw** at 10,000 solutions (p95 ≤ 50 ms, issue 15): the Map tab's recolour and paint
  after a new search, per role and for the exchanges' arcs (``map_redraws``); the counting runs
  on a reader thread (shown apart, never blocking). ``--map-only`` measures just this.

The catalogues (seed; 10,000 synthetic solutions made here) are built once into a cache folder
with their search indexes ready, as on a machine that has run the program before.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ssc_desktop.gui.offscreen import use_offscreen  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "ssc-desktop-gui-bench"
SYNTHETIC = 10_000
QUERIES = ["solar", "water", "school feeding", "women", "climate", "rice", "digital",
           "health", "census", "fisheries", "trade", "youth"]  # fmt: skip

# -- synthetic catalogue ---------------------------------------------------------------------
_TOPICS = {
    "solar": ["solar", "energy", "mini-grids", "pumps", "electricity", "off-grid"],
    "water": ["water", "sanitation", "wells", "irrigation", "drought", "hygiene"],
    "school": ["school", "feeding", "meals", "pupils", "nutrition", "teachers"],
    "women": ["women", "entrepreneurs", "gender", "cooperatives", "credit", "markets"],
    "climate": ["climate", "resilience", "adaptation", "early", "warning", "floods"],
    "rice": ["rice", "seeds", "farmers", "yields", "agriculture", "extension"],
    "digital": ["digital", "mobile", "payments", "broadband", "e-government", "skills"],
    "health": ["health", "clinics", "vaccines", "nurses", "maternal", "malaria"],
    "census": ["census", "statistics", "data", "tablets", "registers", "surveys"],
    "fisheries": ["fisheries", "coastal", "aquaculture", "oceans", "boats", "catch"],
    "trade": ["trade", "customs", "corridors", "exports", "standards", "logistics"],
    "youth": ["youth", "employment", "apprenticeships", "volunteers", "start-ups", "jobs"],
}
_FILLER_TEXT = (
    "programme partners ministry government exchange knowledge peer learning visits "
    "training pilot scale national regional local communities institutions policy "
    "capacity technical assistance south-south triangular cooperation results impact "
    "households districts provinces municipalities network platform centre excellence "
    "methodology toolkit guidelines evaluation monitoring budget fund partnership"
)
_FILLER = _FILLER_TEXT.split()
_COUNTRIES = [
    "KEN",
    "IND",
    "BRA",
    "CHN",
    "ZAF",
    "ETH",
    "IDN",
    "MEX",
    "SEN",
    "BGD",
    "FJI",
    "PER",
    "GHA",
    "VNM",
    "COL",
    "EGY",
    "MAR",
    "NPL",
    "RWA",
    "TUN",
    "ARG",
    "CUB",
    "THA",
    "PAK",
]
_ORGS = [
    ("UNDP", "United Nations Development Programme"),
    ("WFP", "World Food Programme"),
    ("FAO", "Food and Agriculture Organization of the United Nations"),
    ("UNICEF", "United Nations Children's Fund"),
    ("UNFPA", "United Nations Population Fund"),
    ("UNOSSC", "United Nations Office for South-South Cooperation"),
]
_MODALITIES = ["knowledge_sharing", "capacity_development", "technical_assistance",
               "technology_transfer", "policy_dialogue", "financing"]  # fmt: skip


def synthetic_solutions(count: int, seed: int = 7) -> list[Any]:
    """``count`` valid, varied solutions (deterministic)."""
    from ssc_desktop.domain.model import Solution

    rng = random.Random(seed)
    topics = list(_TOPICS)
    records = []
    for number in range(count):
        topic = rng.choice(topics)
        words = _TOPICS[topic]
        other = _TOPICS[rng.choice(topics)]

        def sentence(length: int, w: list[str] = words, o: list[str] = other) -> str:
            pool = w * 2 + o + _FILLER
            return " ".join(rng.choice(pool) for _ in range(length)).capitalize() + "."

        countries = rng.sample(_COUNTRIES, rng.randint(1, 3))
        goals = rng.sample(range(1, 18), rng.randint(1, 3))
        acronym, name = rng.choice(_ORGS)
        start = rng.randint(1998, 2025)
        records.append(
            Solution.model_validate(
                {
                    "id": str(uuid.UUID(int=rng.getrandbits(128))),
                    "revision": 1,
                    "created_at": "2026-01-01T00:00:00Z",
                    "updated_at": "2026-01-02T00:00:00Z",
                    "origin": "central",
                    "title": f"{words[0].capitalize()} {rng.choice(words[1:])} "
                    f"{rng.choice(_FILLER)} {number}",
                    "subtitle": sentence(8),
                    "summary": " ".join(sentence(9) for _ in range(3)),
                    "challenge": " ".join(sentence(12) for _ in range(4)),
                    "solution": " ".join(sentence(12) for _ in range(6)),
                    "results": " ".join(sentence(12) for _ in range(3)),
                    "countries": [
                        {"iso3": c, "role": rng.choice(["provider", "recipient"])}
                        for c in countries
                    ],
                    "organisations": [
                        {
                            "name": name,
                            "acronym": acronym,
                            "role": "supported_by",
                            "type": "un_entity",
                        }
                    ],
                    "primary_sdgs": goals[:1],
                    "secondary_sdgs": goals[1:],
                    "modalities": rng.sample(_MODALITIES, rng.randint(1, 2)),
                    "keywords": rng.sample(words, 2),
                    "start_year": start,
                    "end_year": start + rng.randint(0, 5),
                    "sources": [
                        {
                            "document": "Synthetic benchmark record",
                            "paragraph": str(number),
                            "url": "",
                        }
                    ],
                }
            )
        )
    return records


def prepare(fresh: bool) -> dict[str, Path]:
    """The two data folders (seed; 10,000 solutions), each with its index built."""
    from ssc_desktop.catalogue import Catalogue

    folders = {"seed": CACHE / "seed", "10k": CACHE / "10k"}
    if fresh:
        import shutil

        shutil.rmtree(CACHE, ignore_errors=True)
    for name, folder in folders.items():
        marker = folder / "ready.json"
        if marker.exists():
            continue
        started = time.perf_counter()
        with Catalogue.open(folder) as catalogue:  # the seed, as on any first start
            if name == "10k":
                missing = SYNTHETIC - catalogue.store.count()
                catalogue.store.import_solutions(synthetic_solutions(missing))
            catalogue.index.ensure_current(catalogue.store)
            count = catalogue.store.count()
        marker.write_text(json.dumps({"solutions": count}), encoding="utf-8")
        sys.stderr.write(f"prepared {name}: {count} solutions in "
                         f"{time.perf_counter() - started:.0f} s\n")  # fmt: skip
    return folders


# -- child processes: start-up ---------------------------------------------------------------
def child_startup(kind: str, data_dir: str, settings: str) -> None:
    """Run in a fresh process: start, press a key as soon as the window shows, report times."""
    use_offscreen()
    from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent

    marks: dict[str, float] = {}

    def press(target: Any) -> None:
        QCoreApplication.postEvent(
            target,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_W, Qt.KeyboardModifier.NoModifier, "w"),
        )

    def done() -> None:
        sys.stdout.write(json.dumps(marks) + "\n")
        sys.stdout.flush()

    if kind == "baseline":
        from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        edit = QLineEdit(window)
        window.setCentralWidget(edit)
        window.resize(1366, 768)

        def answered(_text: str) -> None:
            marks["answered"] = marks["painted"] = time.time()
            done()
            window.close()

        edit.textChanged.connect(answered)
        window.show()
        edit.setFocus()
        QTimer.singleShot(0, lambda: press(edit))
        app.exec()
        return

    from ssc_desktop.gui.app import application, create_window
    from ssc_desktop.logs import configure_logging
    from ssc_desktop.paths import DataPaths

    app = application()
    configure_logging(DataPaths(Path(data_dir)).log_dir)
    window = create_window(data_dir, settings_file=settings)
    edit = window.ui.searchEdit
    view = window.ui.resultsView
    state = {"generation": 0}

    def answered(_text: str) -> None:
        marks.setdefault("answered", time.time())

    def shown(generation: int) -> None:
        if (
            window.search.last_outcome is not None
            and window.search.last_outcome.request.text == "w"
        ):
            state["generation"] = generation
            view.viewport().repaint()  # what the next paint event does; timed when it ends
            marks["painted"] = time.time()
            done()
            window.close()

    edit.textChanged.connect(answered)
    window.search.results_shown.connect(shown)
    window.show()
    window.start()
    edit.setFocus()
    QTimer.singleShot(0, lambda: press(edit))
    app.exec()


def startup_runs(kind: str, folder: Path | None, runs: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"answered": [], "painted": []}
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            settings = Path(tmp) / "settings.ini"
            command = [sys.executable, __file__, "--child", kind, "--data-dir",
                       str(folder or tmp), "--settings", str(settings)]  # fmt: skip
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
            started = time.time()
            result = subprocess.run(command, capture_output=True, text=True, env=env,
                                    timeout=120, check=True)  # fmt: skip
            marks = json.loads(result.stdout.strip().splitlines()[-1])
            for key in times:
                times[key].append(marks[key] - started)
    return times


# -- in process: keystroke → painted ---------------------------------------------------------
class PaintClock:
    """When the result list last finished painting (the delegate's last row)."""

    def __init__(self, window: Any) -> None:
        self.last = 0.0
        delegate = window.search.delegate
        original = delegate.paint

        def paint(*args: Any) -> None:
            original(*args)
            self.last = time.perf_counter()

        delegate.paint = paint  # type: ignore[method-assign]


def keystroke_latencies(folder: Path, queries: list[str] = QUERIES) -> dict[str, list[float]]:
    use_offscreen()
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from ssc_desktop.gui.app import application, create_window

    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        window = create_window(folder, settings_file=Path(tmp) / "settings.ini")
        window.resize(1366, 768)
        window.show()
        window.start()
        clock = PaintClock(window)

        def pump(until: Callable[[], bool], timeout: float = 30.0, *, strict: bool = True) -> None:
            """Run the event loop (as the program does: waiting for events, not spinning)
            until ``until()``, looking every 2 ms. A loop spinning on processEvents() would hold
            the GIL and a core, and slow the search thread it is waiting for."""
            deadline = time.perf_counter() + timeout
            if until():
                return
            loop = QEventLoop()

            def look() -> None:
                if until() or time.perf_counter() > deadline:
                    loop.quit()

            timer = QTimer()
            timer.timeout.connect(look)
            timer.start(2)
            loop.exec()
            timer.stop()
            if strict and not until():
                raise TimeoutError("no answer")

        def wait(seconds: float) -> None:
            """Let the window run for ``seconds`` (what it does between two key presses)."""
            pump(lambda: False, seconds, strict=False)

        def settled() -> bool:
            outcome = window.search.last_outcome
            return (
                outcome is not None
                and outcome.complete
                and window.search.shown_generation == window.search.search_generation
                and not window.search.runner.busy
                and not window.search.facets_pending
            )

        pump(
            lambda: (
                window.search.adapter is not None
                and window.search.adapter.index_ready
                and settled()
            )
        )
        edit = window.ui.searchEdit
        edit.setFocus()
        # The engine's own time inside each keystroke (its first page, on the search thread):
        # the same calls, in the same state of its caches, as the window's.
        catalogue = window.catalogue
        engine_search = catalogue.search
        inside: dict[str, float] = {}

        def timed_search(text: str, *args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            result = engine_search(text, *args, **kwargs)
            if kwargs.get("limit") not in (0, None) and not kwargs.get("facets"):
                inside.setdefault(text, time.perf_counter() - started)
            return result

        catalogue.search = timed_search

        def painted_for(text: str) -> Callable[[], bool]:
            def check() -> bool:
                outcome = window.search.last_outcome
                return (
                    outcome is not None
                    and outcome.request.text == text
                    and window.search.shown_generation == window.search.search_generation
                    and clock.last > shown_at.get(window.search.shown_generation, 1e18)
                )

            return check

        shown_at: dict[int, float] = {}
        window.search.results_shown.connect(lambda g: shown_at.__setitem__(g, time.perf_counter()))
        typed: list[float] = []
        in_window: list[float] = []
        for query in queries:
            edit.clear()
            pump(settled)
            pressed = time.perf_counter()
            for position, char in enumerate(query):
                wait(pressed + 0.2 - time.perf_counter())  # a key every 200 ms
                inside.clear()
                pressed = time.perf_counter()
                QTest.keyClick(edit, char)
                pump(painted_for(query[: position + 1]))
                typed.append(clock.last - pressed)
                in_window.append(inside.get(query[: position + 1], 0.0))
        burst: list[float] = []
        for query in queries[:8]:
            edit.clear()
            pump(settled)
            for char in query:
                QTest.keyClick(edit, char)
                wait(0.04)
            pressed = time.perf_counter()
            pump(painted_for(query))
            burst.append(clock.last - pressed)
        facet: list[float] = []
        edit.clear()
        pump(settled)
        for goal in ("2", "7", "13", "4", "6", "3", "8", "11"):
            index = window.search.facet_model.value_index("sdg", goal)
            ticked = time.perf_counter()
            window.search.facet_model.setData(index, Qt.CheckState.Checked.value, 10)

            def listed(goal: str = goal) -> bool:
                return (
                    window.search.last_outcome.request.filters.get("sdg") == frozenset({goal})
                    and window.search.shown_generation == window.search.search_generation
                    and clock.last > shown_at.get(window.search.shown_generation, 1e18)
                )

            pump(listed)
            facet.append(clock.last - ticked)
            window.search.facet_model.setData(index, Qt.CheckState.Unchecked.value, 10)
            pump(settled)
        catalogue.search = engine_search
        # The engine alone, on the same keystrokes again (its caches warm from the window's run).
        engine: list[float] = []
        for query in queries:
            for position in range(len(query)):
                started = time.perf_counter()
                catalogue.search(query[: position + 1], limit=40)
                engine.append(time.perf_counter() - started)
        window.close()
        window.deleteLater()
        app.processEvents()
    return {"typed": typed, "burst": burst, "facet": facet, "engine": engine,
            "in_window": in_window}  # fmt: skip


# -- in process: the map's redraw ------------------------------------------------------------
MAP_REQUESTS = [("", {}), ("water", {}), ("", {"region": ["014"]}), ("solar", {}),
                ("", {"sdg": ["2"]}), ("climate", {}), ("", {"modality": ["knowledge_sharing"]}),
                ("health", {})]  # fmt: skip


def map_redraws(folder: Path, repeats: int = 5) -> dict[str, list[float]]:
    """The Map tab at 1366×768 over ``folder``: a new search's redraw on the GUI thread (recolour
    and paint: ``MapWidget.show_data`` + a synchronous repaint), for each role and the exchanges;
    and, apart, the reader thread's counting (``MapService.map_for``), which never blocks."""
    use_offscreen()
    from ssc_desktop.app.search import SearchRequest
    from ssc_desktop.gui.app import application, create_window
    from ssc_desktop.maps import Role

    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        window = create_window(folder, settings_file=Path(tmp) / "settings.ini")
        window.resize(1366, 768)
        window.show()
        window.start()
        deadline = time.perf_counter() + 60
        while window.map.service is None or not window.search.adapter.index_ready:
            if time.perf_counter() > deadline:
                raise TimeoutError("the catalogue did not open")
            app.processEvents()
            time.sleep(0.005)
        window.map.show_map()
        app.processEvents()
        service, view = window.map.service, window.map.view
        counted: list[float] = []
        maps = []
        for text, filters in MAP_REQUESTS:
            request = SearchRequest(text, {k: frozenset(v) for k, v in filters.items()})
            service.map_for(request)  # warm (the per-change participations table)
            started = time.perf_counter()
            maps.append(service.map_for(request))
            counted.append(time.perf_counter() - started)
        redraw: list[float] = []
        exchanges: list[float] = []
        for _ in range(repeats):
            for result in maps:
                for role in (Role.ANY, Role.PROVIDER, Role.RECIPIENT):
                    started = time.perf_counter()
                    view.show_data(result.facet, role)
                    view.repaint()
                    redraw.append(time.perf_counter() - started)
                started = time.perf_counter()
                view.show_data(result.listed, exchanges=True)
                view.repaint()
                exchanges.append(time.perf_counter() - started)
        sys.stderr.write(f"map: {maps[0].facet.total:,} solutions, "
                         f"{len(maps[0].facet.pairs)} pairs\n")  # fmt: skip
        window.close()
        window.deleteLater()
        app.processEvents()
    return {"redraw": redraw, "exchanges": exchanges, "counted": counted}


# -- report ----------------------------------------------------------------------------------
def profile(folder: Path, queries: int, top: int = 25) -> None:
    """cProfile the keystroke loop (typing, burst, facets) on ``queries`` words; print where the
    GUI thread's time goes and how often the models are asked."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    latencies = keystroke_latencies(folder, QUERIES[:queries])
    profiler.disable()
    stats = pstats.Stats(profiler)
    typed = latencies["typed"]
    print(f"profiled {len(typed)} keystrokes: median {statistics.median(typed) * 1000:.0f} ms, "
          f"p95 {p95(typed) * 1000:.0f} ms (under the profiler)")  # fmt: skip
    calls: dict[str, tuple[int, float]] = {}
    for (file, line, name), (_cc, ncalls, _tt, cumulative, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if "ssc_desktop/gui" in file.replace("\\", "/"):
            calls[f"{Path(file).stem}.{name}:{line}"] = (ncalls, cumulative)
    ranked = sorted(calls.items(), key=lambda kv: -kv[1][1])
    shown = ranked[:top] + [
        kv for kv in ranked[top:] if kv[0].split(":")[0] in ("models.data", "models.index")
    ]  # the item models' data() and index() are always listed (the view's questions)
    print(
        f"\n{'GUI function (ssc_desktop/gui), file.name:line':48} {'calls':>9} {'cumulative':>11}"
    )
    for key, (count, total) in shown:
        print(f"{key:48} {count:9d} {total * 1000:9.0f}ms")
    print()
    stats.sort_stats("tottime").print_stats(top)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python benchmarks/gui.py")
    parser.add_argument("--runs", type=int, default=5, help="processes per start-up measure")
    parser.add_argument("--fresh", action="store_true", help="rebuild the test catalogues")
    parser.add_argument("--map-only", action="store_true", help="only the map's redraw")
    parser.add_argument("--child", choices=("baseline", "window"), help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)
    parser.add_argument("--settings", help=argparse.SUPPRESS)
    parser.add_argument("--profile", type=int, metavar="WORDS",
                        help="cProfile the keystroke loop on the first WORDS words")  # fmt: skip
    args = parser.parse_args(argv)
    if args.child:
        child_startup(args.child, args.data_dir, args.settings)
        return 0
    if args.profile:
        profile(prepare(args.fresh)["10k"], args.profile)
        return 0

    folders = prepare(args.fresh)
    if args.map_only:
        return map_report(folders["10k"])
    counts = {n: json.loads((f / "ready.json").read_text())["solutions"] for n, f in
              folders.items()}  # fmt: skip
    baseline = startup_runs("baseline", None, args.runs)
    seed = startup_runs("window", folders["seed"], args.runs)
    big = startup_runs("window", folders["10k"], args.runs)
    latencies = keystroke_latencies(folders["10k"])

    base = statistics.median(baseline["answered"])
    rows: list[tuple[str, int, list[float], float | None, bool]] = [
        ("bare QApplication + empty QMainWindow: start → keystroke", args.runs,
         baseline["answered"], None, True),
        (f"seed ({counts['seed']}): start → keystroke answered", args.runs, seed["answered"],
         1.5, True),
        (f"seed ({counts['seed']}): start → its results painted", args.runs, seed["painted"],
         None, True),
        (f"{counts['10k']:,}: start → keystroke answered", args.runs, big["answered"], 3.0,
         True),
        (f"{counts['10k']:,}: start → its results painted", args.runs, big["painted"], None,
         True),
        (f"{counts['10k']:,}: keystroke → painted results (typing)", len(latencies["typed"]),
         latencies["typed"], 0.100, False),
        (f"{counts['10k']:,}: the engine's part of those keystrokes", len(latencies["in_window"]),
         latencies["in_window"], None, False),
        (f"{counts['10k']:,}: the engine alone, same keystrokes again", len(latencies["engine"]),
         latencies["engine"], None, False),
        (f"{counts['10k']:,}: fast burst, last key → painted", len(latencies["burst"]),
         latencies["burst"], None, False),
        (f"{counts['10k']:,}: tick a facet → painted list", len(latencies["facet"]),
         latencies["facet"], None, False),
    ]  # fmt: skip
    maps = map_redraws(folders["10k"])
    rows += [
        (f"{counts['10k']:,}: map redraw, new search (recolour + paint)", len(maps["redraw"]),
         maps["redraw"], 0.050, False),
        (f"{counts['10k']:,}: map redraw, exchanges (arcs + paint)", len(maps["exchanges"]),
         maps["exchanges"], 0.050, False),
        (f"{counts['10k']:,}: map counting (reader thread, not blocking)", len(maps["counted"]),
         maps["counted"], None, False),
    ]  # fmt: skip
    header = f"{'measure':58} {'n':>4} {'median':>9} {'p95':>9} {'target':>8} {'vs base':>8}"
    lines = [header, "-" * len(header)]
    verdicts = []
    for label, n, values, target, startup in rows:
        median, high = statistics.median(values), p95(values)
        checked = high if not startup else median
        ok = "" if target is None else ("ok" if checked <= target else "MISSED")
        if target is not None:
            verdicts.append(ok == "ok")
        ratio = f"{median / base:7.1f}x" if startup else ""
        target_text = "" if target is None else (
            f"≤{target * 1000:.0f}ms" if target < 1 else f"≤{target:.1f}s"
        )  # fmt: skip
        lines.append(
            f"{label:58} {n:>4} {median * 1000:7.0f}ms {high * 1000:7.0f}ms "
            f"{target_text:>8} {ratio:>8} {ok}"
        )
    lines.append("")
    lines.append("start-up targets are checked on the median of fresh processes; "
                 "keystroke targets on the p95")  # fmt: skip
    print("\n".join(lines))
    return 0 if all(verdicts) else 1


def map_report(folder: Path) -> int:
    maps = map_redraws(folder)
    ok = True
    for name, values, target in (
        ("map redraw, new search (recolour + paint)", maps["redraw"], 0.050),
        ("map redraw, exchanges (arcs + paint)", maps["exchanges"], 0.050),
        ("map counting (reader thread, not blocking)", maps["counted"], None),
    ):
        verdict = "" if target is None else ("ok" if p95(values) <= target else "MISSED")
        ok = ok and verdict != "MISSED"
        print(f"{name:52} {len(values):>4} {statistics.median(values) * 1000:7.1f}ms "
              f"{p95(values) * 1000:7.1f}ms {verdict}")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
