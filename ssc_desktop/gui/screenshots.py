"""Pictures of the window for the README and for reviewing layouts (offscreen, no display).

    python -m ssc_desktop.gui.screenshots              # into docs/screenshots/
    python -m ssc_desktop.gui.screenshots --out DIR
    python -m ssc_desktop.gui.screenshots --only window-ar.png window-zh.png

Opens the real window at 1366×768 on a fresh data folder holding the seed catalogue, with its own
settings file (nothing of the user's is touched), and saves:

* ``window.png``: a search with a filter, a solution selected, a mission basket;
* ``detail.png``: the detail pane as shown; ``detail-full.png``: all of its content;
* ``basket.png``: the mission basket;
* ``window-fr.png``, ``window-es.png``, ``window-ar.png`` (right to left), ``window-zh.png``,
  ``window-ru.png``: the same window in the other UN languages;
* ``window-large-fonts.png``: with the system font at 150 %.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ssc_desktop.gui.offscreen import use_offscreen

WIDTH, HEIGHT = 1366, 768


def _wait(app: Any, condition: Callable[[], bool], timeout: float = 60.0) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def _settle(app: Any, window: Any) -> None:
    """Wait for the current search, its rows, and any pending paint."""
    _wait(
        app,
        lambda: (
            window.search.last_outcome is not None
            and window.search.last_outcome.complete
            and window.search.shown_generation == window.search.search_generation
            and not window.search.runner.busy
            and not window.search.facets_pending
            and not window.shared.tasks.busy
        ),
    )
    for _ in range(5):
        app.processEvents()
        time.sleep(0.02)


# The staged mission, as a user of each interface language would type it.
_MISSIONS = {
    "en": ("Scoping mission: school feeding and nutrition", "Dakar, Senegal"),
    "fr": ("Mission exploratoire : alimentation scolaire et nutrition", "Dakar, Sénégal"),
    "es": ("Misión exploratoria: alimentación escolar y nutrición", "Dakar, Senegal"),
}


def _stage(app: Any, window: Any) -> None:
    """A typical moment: words, a ticked goal, one solution open, a basket being prepared."""
    from PySide6.QtCore import QDate

    _wait(app, lambda: window.search.adapter is not None and window.search.adapter.index_ready)
    _settle(app, window)
    window.ui.searchEdit.setText("hunger")
    _settle(app, window)
    goals = window.search.facet_model
    if goals.value_index("sdg", "2").isValid():
        goals.setData(goals.value_index("sdg", "2"), 2, 10)  # Qt.CheckStateRole = 10
    _settle(app, window)
    model = window.search.results_model
    # Open the richest listed solution (most countries, links and sources) for the details.
    listed = window.catalogue.store.get_many(list(model.ids[:15]))
    richest = max(
        listed,
        key=lambda s: (len(s.countries) + 2 * len(s.links) + len(s.sources), len(s.solution)),
    )
    window.ui.resultsView.setCurrentIndex(model.index(model.row_of(richest.id)))
    _wait(app, lambda: window.detail.solution is not None)
    ids = [str(model.index(r).data(257)) for r in range(min(4, model.rowCount()))]  # IdRole
    window.basket.model.clear()
    window.basket.add_to_basket(ids)
    title, destination = _MISSIONS.get(window.shared.language, _MISSIONS["en"])
    window.ui.missionTitleEdit.setText(title)
    window.ui.destinationEdit.setText(destination)
    start = date(2027, 3, 8)
    window.ui.startDateEdit.setDate(QDate(start.year, start.month, start.day))
    window.ui.endDateEdit.setDate(QDate(2027, 3, 12))
    window.ui.statusBar.clearMessage()
    _settle(app, window)


def _whole_document(browser: Any) -> Any:
    """The detail pane's whole content at its width (what scrolling would show)."""
    from PySide6.QtGui import QImage, QPainter

    document = browser.document().clone()
    width = browser.viewport().width()
    document.setTextWidth(width)
    height = int(document.size().height()) + 8
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(browser.palette().base().color())
    painter = QPainter(image)
    try:
        document.drawContents(painter)
    finally:
        painter.end()
    return image


def take(out: Path, *, data_dir: Path | None = None, only: Sequence[str] = ()) -> list[Path]:
    """Make every picture (or those named in ``only``) into ``out``; returns the files
    written."""
    use_offscreen(1920, 1080)
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from ssc_desktop.gui.app import application, create_window

    app = application()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="ssc-screens-") as tmp:
        folder = data_dir or Path(tmp) / "data"
        settings = Path(tmp) / "settings.ini"

        def shoot(name: str, language: str = "en", font_scale: float = 1.0) -> Any:
            if only and name not in only:
                return None
            base = QFont(app.font())
            if font_scale != 1.0:
                big = QFont(base)
                big.setPointSizeF(base.pointSizeF() * font_scale)
                app.setFont(big)
            window = create_window(folder, settings_file=settings)
            try:
                window.prefs.set_language(language)
                window.resize(WIDTH, HEIGHT)
                window.prefs.reset_layout()
                window.show()
                window.start()
                _wait(app, lambda: window.catalogue is not None)
                window.resize(WIDTH, HEIGHT)
                _stage(app, window)
                target = out / name
                window.grab().save(str(target))
                written.append(target)
                if name == "window.png":
                    basket = out / "basket.png"
                    window.ui.basketGroup.grab().save(str(basket))
                    detail = out / "detail.png"
                    window.ui.detailPanel.grab().save(str(detail))
                    full = out / "detail-full.png"
                    _whole_document(window.ui.detailBrowser).save(str(full))
                    written.extend([detail, full, basket])
            finally:
                window.prefs.set_language("en")
                window.close()
                window.deleteLater()
                app.setFont(base)
                QApplication.processEvents()
            return window

        shoot("window.png")
        shoot("window-fr.png", language="fr")
        shoot("window-es.png", language="es")
        shoot("window-ar.png", language="ar")
        shoot("window-zh.png", language="zh")
        shoot("window-ru.png", language="ru")
        shoot("window-large-fonts.png", font_scale=1.5)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ssc_desktop.gui.screenshots")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--only", nargs="+", default=[], metavar="NAME", help="these pictures")
    args = parser.parse_args(argv)
    for path in take(args.out, only=args.only):
        sys.stdout.write(f"wrote {path}\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
