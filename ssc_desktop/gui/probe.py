"""``ssc-desktop --probe-startup``: time from process start to a window that answers a key.

A diagnostic for benchmarks (``benchmarks/frozen.py`` runs it in the frozen bundle, where no
Python script can be run): it opens the real window, presses a key as soon as the window shows,
and prints one JSON line of wall-clock times (``time.time()``) when the key was answered (the
search box changed) and when the results for it were painted; then it quits.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def probe_startup(data_dir: str | Path | None, settings_file: str | Path) -> int:
    from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent

    from ssc_desktop.gui.app import application, create_window
    from ssc_desktop.logs import configure_logging
    from ssc_desktop.paths import DataPaths, resolve_data_dir

    marks: dict[str, float] = {}
    app = application()
    configure_logging(DataPaths(resolve_data_dir(data_dir)).log_dir)
    window = create_window(data_dir, settings_file=settings_file)
    edit = window.ui.searchEdit

    def answered(_text: str) -> None:
        marks.setdefault("answered", time.time())

    def shown(_generation: int) -> None:
        outcome = window.search.last_outcome
        if outcome is not None and outcome.request.text == "w" and "painted" not in marks:
            window.ui.resultsView.viewport().repaint()
            marks["painted"] = time.time()
            sys.stdout.write(json.dumps(marks) + "\n")
            sys.stdout.flush()
            window.close()

    def press() -> None:
        QCoreApplication.postEvent(
            edit,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_W, Qt.KeyboardModifier.NoModifier, "w"),
        )

    edit.textChanged.connect(answered)
    window.search.results_shown.connect(shown)
    window.show()
    window.start()
    edit.setFocus()
    QTimer.singleShot(0, press)
    QTimer.singleShot(60_000, app.quit)  # never hang a benchmark
    try:
        app.exec()
    finally:
        window.shutdown()
    return 0 if "painted" in marks else 1
