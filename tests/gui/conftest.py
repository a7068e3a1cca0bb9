"""Fixtures for the window's tests: a real data folder, settings in a temporary folder, the real
window offscreen, and guards that fail a test leaving a thread or a timer running (napari's
``_dangling_qthreads`` / ``_dangling_qtimers``)."""

from __future__ import annotations

import hashlib
import json
import threading
import traceback
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ssc_desktop.gui.offscreen import use_offscreen

use_offscreen(1920, 1080)  # before pytest-qt makes the QApplication

from PySide6.QtCore import QSettings, QThread, QThreadPool, QTimer  # noqa: E402

from ssc_desktop.domain.model import Solution  # noqa: E402
from ssc_desktop.storage.database import migrate  # noqa: E402
from ssc_desktop.storage.repository import CatalogueStore  # noqa: E402
from tests.support.templates import FolderTemplates  # noqa: E402

pytestmark = pytest.mark.gui

_ORGS = {
    "UNDP": "United Nations Development Programme",
    "WFP": "World Food Programme",
    "UNDRR": "United Nations Office for Disaster Risk Reduction",
    "UNFPA": "United Nations Population Fund",
    "UNCDF": "United Nations Capital Development Fund",
    "FAO": "Food and Agriculture Organization of the United Nations",
    "UN-Habitat": "United Nations Human Settlements Programme",
    "UNICEF": "United Nations Children's Fund",
}
# title, primary SDGs, secondary SDGs, countries "ISO:role", organisation, modality, start year
_TOPICS = [
    ("Solar irrigation for smallholder farmers", [2], [7, 13], "IND:provider KEN:recipient",
     "UNDP", "technology_transfer", 2017),
    ("Solar mini-grids for rural clinics", [7], [3], "CHN:provider ETH:recipient",
     "UNDP", "technology_transfer", 2019),
    ("School feeding with local produce", [2], [4], "BRA:provider SEN:recipient",
     "WFP", "knowledge_sharing", 2012),
    ("Early warning for coastal floods", [13], [11], "BGD:provider FJI:recipient",
     "UNDRR", "capacity_development", 2015),
    ("Census data with tablets", [17], [], "BRA:provider PER:recipient",
     "UNFPA", "technical_assistance", 2020),
    ("Mobile payments for cooperatives", [8], [1], "KEN:provider ZAF:recipient",
     "UNCDF", "knowledge_sharing", 2016),
    ("Rice farmers share seed banks", [2], [15], "IDN:provider BGD:recipient",
     "FAO", "capacity_development", 2010),
    ("Youth digital skills bootcamps", [4], [8], "IND:provider SEN:recipient",
     "UNDP", "capacity_development", 2021),
    ("Slum upgrading with residents", [11], [6], "BRA:provider ZAF:recipient",
     "UN-Habitat", "policy_dialogue", 2014),
    ("Clean water for small islands", [6], [14], "FJI:provider MEX:partner",
     "UNICEF", "technical_assistance", 2018),
    ("Vaccines cold chain with solar fridges", [3], [7], "IND:provider ETH:recipient",
     "UNICEF", "technology_transfer", 2019),
    ("Fisheries co-management", [14], [2], "PER:provider SEN:recipient",
     "FAO", "knowledge_sharing", 2011),
]  # fmt: skip


def gui_records() -> list[Solution]:
    """Twelve varied, valid records (deterministic ids: the same in every run)."""
    records = []
    for number, (title, primary, secondary, places, acronym, modality, year) in enumerate(_TOPICS):
        countries = [tuple(p.split(":")) for p in places.split()]
        org = (acronym, _ORGS[acronym])
        records.append(
            Solution.model_validate(
                {
                    "id": str(uuid.UUID(int=number + 1)),
                    "revision": 1,
                    "created_at": "2026-01-01T00:00:00Z",
                    "updated_at": f"2026-01-{number + 2:02d}T00:00:00Z",
                    "origin": "central",
                    "title": title,
                    "subtitle": f"Subtitle of {title.lower()}",
                    "summary": f"{title} shared between Southern partners.",
                    "challenge": f"The challenge behind {title.lower()}.",
                    "solution": f"How {title.lower()} works, step by step.",
                    "results": "Results that were measured.",
                    "sustainability": "How it lasts and spreads.",
                    "countries": [{"iso3": c, "role": r} for c, r in countries],
                    "organisations": [
                        {
                            "name": org[1],
                            "acronym": org[0],
                            "role": "supported_by",
                            "type": "un_entity",
                        },
                        {
                            "name": "Ministry of Planning",
                            "acronym": "",
                            "role": "implementing",
                            "type": "government",
                        },
                    ],
                    "primary_sdgs": primary,
                    "secondary_sdgs": secondary,
                    "cooperation_type": "south_south",
                    "modalities": [modality],
                    "themes": ["cooperation"],
                    "keywords": [title.split()[0].lower()],
                    "status": "completed",
                    "start_year": year,
                    "end_year": year + 2,
                    "contacts": [
                        {
                            "name": "Ana Public",
                            "title": "Coordinator",
                            "organisation": org[0],
                            "email": "ana@example.org",
                            "phone": "+1 555 0100",
                            "public": True,
                        },
                        {
                            "name": "Pat Private",
                            "title": "",
                            "organisation": "",
                            "email": "",
                            "phone": "",
                            "public": False,
                        },
                    ],
                    "links": [{"url": "https://example.org/project", "label": "Project page"}],
                    "sources": [
                        {
                            "document": "Report of the Secretary-General",
                            "paragraph": str(20 + number),
                            "url": "",
                        }
                    ],
                }
            )
        )
    return records


@pytest.fixture
def records() -> list[Solution]:
    return gui_records()


def build_data_folder(folder: Path, records: list[Solution]) -> None:
    """A migrated catalogue holding ``records`` (no seed, no index), every connection closed."""
    folder.mkdir(parents=True)
    path = folder / "catalogue.sqlite3"
    migrate(path)
    store = CatalogueStore(path)
    try:
        store.import_solutions(records)
    finally:
        store.close()


@pytest.fixture
def data_folder(tmp_path: Path, records: list[Solution], folder_templates: FolderTemplates) -> Path:
    """A data folder with a migrated catalogue holding :func:`gui_records` (no seed).

    Built once per session for each set of records and copied for each test."""
    content = json.dumps([r.to_json_dict() for r in records], sort_keys=True)
    key = "gui-data-folder:" + hashlib.sha256(content.encode()).hexdigest()
    return folder_templates.copy(
        key, lambda folder: build_data_folder(folder, records), tmp_path / "data"
    )


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    """The window's settings, in the test's folder; QSettings' default places point there too,
    so nothing touches the real user's settings."""
    folder = tmp_path / "settings"
    folder.mkdir()
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))
    return folder / "ssc-desktop.ini"


# -- leak guards -----------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def no_dangling_threads_or_timers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail the test if it leaves a worker thread, a QThread or an active QTimer behind."""
    started_timers: list[tuple[QTimer, str]] = []
    started_qthreads: list[tuple[QThread, str]] = []
    original_timer_start = QTimer.start
    original_thread_start = QThread.start

    def timer_start(self: QTimer, *args: Any) -> None:
        started_timers.append((self, "".join(traceback.format_stack(limit=6)[:-1])))
        original_timer_start(self, *args)

    def thread_start(self: QThread, *args: Any) -> None:
        started_qthreads.append((self, "".join(traceback.format_stack(limit=6)[:-1])))
        original_thread_start(self, *args)

    monkeypatch.setattr(QTimer, "start", timer_start)
    monkeypatch.setattr(QThread, "start", thread_start)
    before = {t.ident for t in threading.enumerate()}
    yield
    problems = []
    for timer, where in started_timers:
        try:
            active = timer.isActive()
        except RuntimeError:  # already deleted: fine
            active = False
        if active:
            timer.stop()
            problems.append(f"a QTimer is still active; started at:\n{where}")
    for thread, where in started_qthreads:
        try:
            running = thread.isRunning()
        except RuntimeError:
            running = False
        if running:
            problems.append(f"a QThread is still running; started at:\n{where}")
    if QThreadPool.globalInstance().activeThreadCount():
        problems.append("QThreadPool.globalInstance() still runs tasks")
    leftover = [
        t.name
        for t in threading.enumerate()
        if t.ident not in before and t.is_alive() and t.name.startswith("ssc-")
    ]
    if leftover:
        problems.append(f"worker threads still running: {leftover}")
    assert not problems, "\n".join(problems)


# -- the window ------------------------------------------------------------------------------
WindowFactory = Callable[..., Any]


@pytest.fixture
def make_window(
    qtbot: Any, data_folder: Path, settings_file: Path, no_dangling_threads_or_timers: None
) -> Iterator[WindowFactory]:
    """Open the real window on the data folder (shown, catalogue opened, first result shown).

    Every window made is closed at the end (before the leak guards look).
    """
    from ssc_desktop.gui.app import create_window
    from ssc_desktop.logs import start_logging, stop_logging

    made: list[Any] = []

    def factory(*, seed: bool = False, folder: Path | None = None, wait: bool = True) -> Any:
        start_logging(folder or data_folder)  # as gui.app.run() does: the window's log file
        window = create_window(folder or data_folder, settings_file=settings_file, seed=seed)
        made.append(window)
        window.show()
        qtbot.waitExposed(window)
        if wait:
            with qtbot.waitSignal(window.catalogue_opened, timeout=20_000):
                window.start()
            wait_for_search(qtbot, window)
        else:
            window.start()
        return window

    yield factory
    for window in made:
        window.close()
        window.deleteLater()
    qtbot.wait(1)
    stop_logging()


def wait_for_search(qtbot: Any, window: Any, text: str | None = None, timeout: int = 15_000) -> Any:
    """Wait until the complete result of the current request is shown; returns it."""

    def done() -> bool:
        outcome = window.search.last_outcome
        return (
            outcome is not None
            and outcome.complete
            and window.search.shown_generation == window.search.search_generation
            and outcome.request == window.search.current_request()
            and (text is None or outcome.request.text == text)
            and not window.search.runner.busy
            and not window.search.facets_pending
        )

    qtbot.waitUntil(done, timeout=timeout)
    return window.search.last_outcome


@pytest.fixture
def wait_search() -> Callable[..., Any]:
    return wait_for_search
