"""``ssc-desktop --self-test``: does everything work in this installation?

Runs each capability once, end to end, in a throwaway data folder (the user's data is never
touched), prints one line per step, and exits 0 only if every step passed. The installer's build
runs it on the frozen bundle, which catches what unit tests cannot: a data file or a hidden import
that did not make it into the package.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ssc_desktop.logs import configure_logging, current_log_file, start_logging, stop_logging


@dataclass
class SelfTest:
    """Shared state between steps (the open catalogue, the temp folder)."""

    root: Path
    state: dict[str, Any] = field(default_factory=dict)


Step = Callable[[SelfTest], str]


def step_catalogue(ctx: SelfTest) -> str:
    from ssc_desktop.catalogue import Catalogue

    catalogue = Catalogue.open(ctx.root / "data")
    ctx.state["catalogue"] = catalogue
    count = catalogue.store.count()
    if count < 45:
        raise AssertionError(f"the seed catalogue holds {count} solutions, expected 45 or more")
    return f"schema migrated, seed loaded: {count} solutions"


def step_search(ctx: SelfTest) -> str:
    catalogue = ctx.state["catalogue"]
    result = catalogue.search("slum upgrading")
    if not result.hits or "Slum Upgrading" not in result.hits[0].title:
        raise AssertionError(f"'slum upgrading' found {[h.title for h in result.hits[:3]]}")
    return f"index built; 'slum upgrading' -> {result.hits[0].title}"


def step_files(ctx: SelfTest) -> str:
    from ssc_desktop.interchange import read_catalogue_file, write_catalogue_file

    catalogue = ctx.state["catalogue"]
    path = ctx.root / "export.csv"
    written = write_catalogue_file(catalogue.store.iter_all(), path, "csv")
    again = read_catalogue_file(path)
    if len(again) != written:
        raise AssertionError(f"wrote {written} records, read back {len(again)}")
    return f"CSV export and re-read: {written} records"


def step_brief(ctx: SelfTest) -> str:
    from ssc_desktop.briefs import BriefOptions, build_brief

    catalogue = ctx.state["catalogue"]
    first = catalogue.search("early warning").hits[0]
    path = ctx.root / "brief.pdf"
    info = build_brief(
        catalogue.store.get_many([first.id]),
        # Every script the brief draws: Latin, Cyrillic, Arabic (shaped), Chinese (CJK font).
        BriefOptions(title="Self-test · Самопроверка · اختبار ذاتي · 自检", destination="Nowhere"),
        path,
    )
    data = path.read_bytes()
    if data[:5] != b"%PDF-" or info.pages < 2:
        raise AssertionError(f"the brief is not a PDF of 2+ pages ({data[:5]!r}, {info.pages})")
    if b"+WenQuanYiMicroHei" not in data:  # the bundled CJK face, embedded as a subset
        raise AssertionError("the brief's Chinese title did not get the embedded CJK font")
    return (
        f"one-solution brief in four scripts: {info.pages} pages, {info.bytes // 1024} KB "
        "(fonts embedded)"
    )


def step_sync(ctx: SelfTest) -> str:
    """A hub on 127.0.0.1 (its own seeded catalogue), a token, an edit pushed, a sync pulled."""
    from ssc_desktop.hub.server import ServerThread
    from ssc_desktop.hub.store import HubStore
    from ssc_desktop.sync.client import SyncClient

    catalogue = ctx.state["catalogue"]
    hub = HubStore(f"sqlite:///{ctx.root / 'hub.sqlite3'}")
    try:
        hub.init(seed=True)
        _token_id, token = hub.create_token("self-test office", publish_directly=True)
        with ServerThread(hub) as server:
            store = catalogue.store
            first = next(store.iter_all())
            store.save_local(first.model_copy(update={"subtitle": "Edited by the self-test"}))
            report = SyncClient(store, hub_url=server.url, token=token).sync()
            if not report.complete or store.stats()["pending_sync"]:
                raise AssertionError(f"sync did not complete: {report.as_dict()}")
            again = SyncClient(store, hub_url=server.url, token=token).sync()
            if again.requests != 1:
                raise AssertionError(f"a quiet sync took {again.requests} requests")
        return (
            f"hub on {server.url}: {report.records_up} up, {report.records_down} down; "
            "quiet sync 1 request"
        )
    finally:
        hub.close()


def step_window(ctx: SelfTest) -> str:
    """The real window, offscreen: open the catalogue, type a query, see the results."""
    from ssc_desktop.gui.app import application, create_window
    from ssc_desktop.gui.qtcheck import binding_problem

    app = application([])
    problem = binding_problem()
    if problem:
        raise AssertionError(problem)
    window = create_window(ctx.root / "window-data", settings_file=ctx.root / "settings.ini")
    try:
        window.show()
        window.start()
        window.ui.searchEdit.setText("school feeding")
        deadline = time.monotonic() + 60
        titles: list[str] = []
        while time.monotonic() < deadline:
            app.processEvents()
            model = window.search.results_model
            titles = [str(model.index(r).data()) for r in range(min(model.rowCount(), 3))]
            if any("school feeding" in t.lower() for t in titles):
                break
            time.sleep(0.01)
        else:
            raise AssertionError(f"typing 'school feeding' showed {titles}")
        window.detail.new_solution()  # the form and its tables (every form module is in the bundle)
        form = window.detail.form
        if form is None or form.ui.organisationsEdit.model.columnCount() != 4:
            raise AssertionError("the new-solution form did not open with its tables")
        form.done(0)
        return f"window opened offscreen; 'school feeding' -> {titles[0]}; form opened"
    finally:
        window.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()


#: Every step in order. Features add theirs here as they become part of the product.
STEPS: list[tuple[str, Step]] = [
    ("catalogue", step_catalogue),
    ("search", step_search),
    ("import/export", step_files),
    ("brief", step_brief),
    ("sync", step_sync),
    ("window", step_window),
]


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step; print a line each; 0 when all passed."""
    out = out or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="ssc-self-test-") as tmp:
        ctx = SelfTest(Path(tmp))
        earlier_log = current_log_file()
        start_logging(ctx.root / "data")  # the throwaway folder's log, never the user's
        try:
            for name, step in STEPS:
                started = time.perf_counter()
                try:
                    detail = step(ctx)
                except Exception as exc:  # noqa: BLE001 (each failure is reported, then the next)
                    failures += 1
                    out.write(f"FAILED {name}: {type(exc).__name__}: {exc}\n")
                    out.write("".join("    " + line for line in traceback.format_exception(exc)))
                    continue
                out.write(f"ok     {name} ({time.perf_counter() - started:.2f} s): {detail}\n")
        finally:
            catalogue = ctx.state.get("catalogue")
            if catalogue is not None:
                catalogue.close()
            stop_logging()
            if earlier_log is not None:  # an embedding program's log goes on where it was
                configure_logging(earlier_log.parent)
    out.write("self-test passed\n" if not failures else f"self-test FAILED ({failures} step(s))\n")
    return 0 if not failures else 1
