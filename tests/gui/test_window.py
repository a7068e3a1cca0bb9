"""The window as a whole: keyboard, accessible names, layout, remembered state, errors, status."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ssc_desktop.gui.errors import ErrorDialog
from ssc_desktop.gui.models import IdRole
from ssc_desktop.gui.qtcheck import binding_problem

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
)


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if widget.objectName().startswith("qt_") or widget.parent().objectName().startswith("qt_"):
            continue  # Qt's own inner parts (spin box line edits, scroll bars...)
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QAbstractSpinBox | QComboBox
        ):
            continue
        name = widget.accessibleName() or (
            widget.text() if isinstance(widget, QAbstractButton) else ""
        )
        if not name.replace("&", "").strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_has_an_accessible_name(make_window: Any, qtbot: Any):
    window = make_window()
    assert unnamed_controls(window) == []
    window.detail.new_solution()
    qtbot.waitUntil(lambda: window.detail.form is not None and window.detail.form.isVisible())
    assert unnamed_controls(window.detail.form) == []
    window.detail.form._touched.clear()
    window.detail.form.reject()
    window.prefs.open_settings()
    qtbot.waitUntil(lambda: window.prefs.settings_dialog.isVisible())
    assert unnamed_controls(window.prefs.settings_dialog) == []
    window.prefs.settings_dialog.reject()


def test_layout_holds_at_1366x768_and_with_large_fonts(make_window: Any, qtbot: Any):
    app = QApplication.instance()
    original = QFont(app.font())
    try:
        for scale in (1.0, 1.5):
            font = QFont(original)
            font.setPointSizeF(original.pointSizeF() * scale)
            app.setFont(font)
            window = make_window()
            window.resize(1366, 768)
            qtbot.waitUntil(lambda w=window: w.size().width() == 1366)
            hint = window.minimumSizeHint()
            assert hint.width() <= 1366 and hint.height() <= 768, (scale, hint)
            assert window.size().height() == 768
            # Every pane keeps a usable size (the basket's list once it holds something).
            window.basket.add_to_basket(list(window.search.results_model.ids[:2]))
            qtbot.waitUntil(window.ui.basketView.isVisible)
            two_rows = 2 * window.ui.basketView.sizeHintForRow(0)
            for pane, width, height in (
                (window.ui.facetView, 150, 150),
                (window.ui.resultsView, 300, 250),
                (window.ui.detailBrowser, 300, 150),
                (window.ui.basketView, 250, two_rows),  # as tall as its rows
            ):
                assert pane.width() >= width and pane.height() >= height, (
                    scale,
                    pane.objectName(),
                    pane.size(),
                )
            row_height = window.ui.resultsView.sizeHintForRow(0)
            assert row_height >= 4 * window.ui.resultsView.fontMetrics().height()
            window.close()
    finally:
        app.setFont(original)


def test_reading_gets_the_room_and_an_empty_basket_is_one_line(make_window: Any, qtbot: Any):
    """At 1366×768 (and with fonts at 150 %) the detail pane is the tall one: an empty basket
    is a one-line hint (no blank list), a filled one as tall as its rows."""
    app = QApplication.instance()
    original = QFont(app.font())
    measured = {}
    try:
        for scale, empty_min, filled_min in ((1.0, 450, 320), (1.5, 380, 225)):
            font = QFont(original)
            font.setPointSizeF(original.pointSizeF() * scale)
            app.setFont(font)
            window = make_window()
            window.resize(1366, 768)
            qtbot.waitUntil(lambda w=window: w.size() == QSize(1366, 768))
            ui = window.ui
            qtbot.waitUntil(lambda u=ui: u.basketHint.isVisible())
            assert not ui.basketView.isVisible(), "no blank white box"
            assert "Ctrl+B" in ui.basketHint.text()
            line = ui.basketHint.fontMetrics().lineSpacing()
            text_height = ui.basketHint.heightForWidth(ui.basketHint.width())
            assert text_height <= 2 * line + 8, "one or two lines"
            assert ui.basketGroup.height() <= text_height + 3 * line, "no blank box around it"
            empty = ui.detailBrowser.height()
            window.basket.add_to_basket(list(window.search.results_model.ids[:4]))
            qtbot.waitUntil(ui.basketView.isVisible)
            filled = ui.detailBrowser.height()
            row = ui.basketView.sizeHintForRow(0)
            assert 4 * row <= ui.basketView.viewport().height() < 7 * row, "as tall as its rows"
            measured[scale] = (empty, filled)
            assert empty >= empty_min and filled >= filled_min, (scale, empty, filled)
            if scale == 1.0:
                assert ui.detailBrowser.height() > ui.basketGroup.height()
            window.basket.model.clear()  # emptied again: the room goes back to reading
            qtbot.waitUntil(lambda u=ui: u.basketHint.isVisible())
            assert ui.detailBrowser.height() == empty
            window.close()
    finally:
        app.setFont(original)
    print("detail pane heights (empty basket, four solutions):", measured)


def test_shortcuts_and_keyboard_only_use(make_window: Any, qtbot: Any, wait_search: Any):
    window = make_window()
    window.ui.detailBrowser.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.searchEdit.hasFocus()
    qtbot.keyClicks(window.ui.searchEdit, "solar")
    wait_search(qtbot, window, "solar")
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Escape)
    assert window.ui.searchEdit.text() == ""
    wait_search(qtbot, window, "")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.resultsView.hasFocus()
    qtbot.waitUntil(lambda: window.detail.solution is not None)
    qtbot.keyClick(window.ui.resultsView, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.basket.model.ids == [window.detail.solution.id]
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert window.ui.basketView.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.facetView.hasFocus()
    # Tab goes through every pane in reading order.
    window.ui.searchEdit.setFocus()
    visited = []
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget().objectName())
    for name in ("sortCombo", "facetView", "resultsView", "detailBrowser", "noteEdit",
                 "missionTitleEdit", "startDateEdit", "endDateEdit", "basketView",
                 "makeBriefButton"):  # fmt: skip
        assert name in visited, name
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_window_state_and_last_search_are_remembered(
    make_window: Any, qtbot: Any, wait_search: Any
):
    window = make_window()
    window.resize(1200, 700)
    window.ui.mainSplitter.setSizes([300, 400, 500])
    window.ui.searchEdit.setText("solar")
    window.ui.sortCombo.setCurrentIndex(2)
    window.search.facet_model.set_filters({"sdg": frozenset({"7"})})
    window.search.facet_model.filters_changed.emit()
    wait_search(qtbot, window, "solar")
    sizes = window.ui.mainSplitter.sizes()
    window.close()

    again = make_window()
    assert again.size().width() == 1200 and again.size().height() == 700
    assert again.ui.mainSplitter.sizes() == sizes
    assert again.ui.searchEdit.text() == "solar"
    assert again.ui.sortCombo.currentIndex() == 2
    assert again.search.facet_model.filters() == {"sdg": frozenset({"7"})}
    outcome = wait_search(qtbot, again, "solar")
    assert outcome.total == 3  # every solar record has SDG 7 (primary or secondary)


def test_a_failing_background_job_shows_details_and_the_window_keeps_working(
    make_window: Any, qtbot: Any, wait_search: Any, monkeypatch: Any
):
    window = make_window()
    store = window.catalogue.store

    def broken_note(solution_id: str, text: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "set_note", broken_note)
    window.ui.resultsView.setCurrentIndex(window.search.results_model.index(0))
    qtbot.waitUntil(lambda: window.detail.solution is not None)
    window.ui.noteEdit.setPlainText("a note that cannot be written")
    window.detail.flush_note()
    qtbot.waitUntil(lambda: window.errors.dialog is not None and window.errors.dialog.isVisible())
    dialog: ErrorDialog = window.errors.dialog
    assert "No space left on device" in dialog.message.text()
    assert "Traceback" in dialog.details.toPlainText()
    assert "broken_note" in dialog.details.toPlainText()
    assert "ssc-desktop.log" in dialog.where.text()
    dialog.copy_button.click()
    assert "No space left on device" in QApplication.clipboard().text()
    log_file = window.catalogue.paths.log_dir / "ssc-desktop.log"
    assert "No space left on device" in log_file.read_text(encoding="utf-8")
    dialog.accept()
    # Still working.
    window.ui.searchEdit.setText("school")
    assert wait_search(qtbot, window, "school").total >= 1


def test_status_bar_shows_size_last_sync_and_hub(make_window: Any, qtbot: Any):
    window = make_window()
    qtbot.waitUntil(
        lambda: window.status.catalogue_status.text() == "12 solutions in the catalogue"
    )
    assert window.status.sync_status.text() == "Last sync: never"
    # No hub address and no token in this catalogue: the sync client says so.
    qtbot.waitUntil(lambda: window.status.hub_status.text() == "Hub: not configured")
    assert "hub" in window.status.hub_status.toolTip().lower()
    window.catalogue.store.set_meta("last_sync_at", "2026-11-20T08:30:00Z")
    window.refresh_status()
    qtbot.waitUntil(lambda: window.status.sync_status.text().startswith("Last sync: 2026-11-20"))


def test_about_shows_versions_and_the_data_folder(make_window: Any, qtbot: Any, data_folder: Path):
    window = make_window()
    window.ui.actionAbout.trigger()
    qtbot.waitUntil(lambda: window.prefs.about_dialog.isVisible())
    text = window.prefs.about_dialog.ui.detailsText.toPlainText()
    assert "SSC Desktop 0." in text and "PySide6" in text and "SQLite" in text
    assert str(data_folder) in text
    window.prefs.about_dialog.ui.copyButton.click()
    assert QApplication.clipboard().text() == text
    window.prefs.about_dialog.reject()


def test_the_seed_catalogue_opens(make_window: Any, qtbot: Any, tmp_path: Path, wait_search: Any):
    window = make_window(seed=True, folder=tmp_path / "fresh")
    outcome = wait_search(qtbot, window)
    assert outcome.total == window.catalogue.store.count() > 0
    window.ui.resultsView.setCurrentIndex(window.search.results_model.index(0))
    qtbot.waitUntil(lambda: window.detail.solution is not None)
    first = window.search.results_model.index(0).data(IdRole)
    assert window.detail.solution.id == first


def test_the_qt_binding_does_not_lose_references():
    """PySide6 6.12.0 on Python 3.11 loses a reference on every call and crashes later."""
    assert binding_problem() == ""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ssc_desktop_without_a_command_opens_the_window_and_closes_cleanly(tmp_path: Path):
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"))  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "-m", "ssc_desktop", "--data-dir", str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    log = data / "logs" / "ssc-desktop.log"
    try:
        deadline = time.monotonic() + 60
        while "search index" not in (log.read_text() if log.exists() else ""):
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the window did not open its catalogue"
            time.sleep(0.1)
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "window closed" in log.read_text()
    assert "Traceback" not in err


def test_sync_choices_in_the_settings_file_fall_back_when_odd(tmp_path: Path) -> None:
    from ssc_desktop.gui.settings import DEFAULT_SYNC_INTERVAL, Settings

    path = tmp_path / "settings.ini"
    settings = Settings(path)
    assert (settings.sync_interval, settings.sync_budget) == (DEFAULT_SYNC_INTERVAL, 0)
    settings.sync_interval, settings.sync_budget = 240, 5
    settings.sync()
    assert (Settings(path).sync_interval, Settings(path).sync_budget) == (240, 5)
    settings._qs.setValue("sync/interval_minutes", "7")  # edited by hand: not a choice offered
    settings._qs.setValue("sync/budget_mb", "lots")
    assert (settings.sync_interval, settings.sync_budget) == (DEFAULT_SYNC_INTERVAL, 0)
    with pytest.raises(ValueError):
        settings.sync_budget = 3


def test_a_lower_priority_message_cannot_overwrite_a_higher_one(make_window: Any, qtbot: Any):
    """The cause of the old flaky basket test: "The search index is ready." (idle information)
    replaced "Brief saved" (the result of the user's action) within its display time."""
    from ssc_desktop.gui.controllers.statusbar import Priority

    window = make_window()
    status, bar = window.status, window.ui.statusBar
    assert status.show("Brief saved: a.pdf", Priority.RESULT, 300)
    assert not status.show("The search index is ready.", Priority.INFO, 5000)
    assert not status.show("Making the brief… 1 of 2", Priority.PROGRESS)
    assert bar.currentMessage() == "Brief saved: a.pdf"
    assert status.show("The brief could not be made.", Priority.ERROR, 300)
    assert not status.show("Brief saved: b.pdf", Priority.RESULT)
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=2000)  # its time is over
    assert status.show("The search index is ready.", Priority.INFO, 5000)
    assert status.start("Syncing with the hub…"), "a new action replaces what is shown"
    assert bar.currentMessage() == "Syncing with the hub…"
