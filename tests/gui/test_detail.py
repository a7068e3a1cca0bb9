"""The detail pane shows every field of the selected solution; private notes are kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ssc_desktop.gui.models import IdRole


def select_title(window: Any, qtbot: Any, title: str) -> str:
    model = window.search.results_model
    for row in range(model.rowCount()):
        if model.index(row).data() == title:
            rect = window.ui.resultsView.visualRect(model.index(row))
            with qtbot.waitSignal(window.detail.detail_shown, timeout=10_000):
                qtbot.mouseClick(
                    window.ui.resultsView.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
                )
            return str(model.index(row).data(IdRole))
    raise AssertionError(f"{title!r} is not listed")


def test_selecting_a_hit_shows_every_field(make_window: Any, qtbot: Any):
    window = make_window()
    select_title(window, qtbot, "School feeding with local produce")
    text = window.ui.detailBrowser.toPlainText()
    for expected in (
        "School feeding with local produce",
        "Subtitle of school feeding with local produce",
        "School feeding with local produce shared between Southern partners.",
        "Zero hunger",  # SDG 2, by name
        "Quality education",  # SDG 4 (secondary)
        "Brazil (BRA, Provider)",
        "Senegal (SEN, Recipient)",
        "World Food Programme (WFP)",
        "Bilateral South-South",
        "Knowledge sharing",
        "Completed",
        "2012–2014",
        "The challenge behind school feeding with local produce.",
        "Sustainability and replication",
        "Ana Public",  # public contact
        "ana@example.org",
        "Project page",
        "Report of the Secretary-General, paragraph 22",
    ):
        assert expected in text, expected
    assert "Pat Private" not in text, "private contacts are not shown"
    assert "1 private contact" in text
    html = window.ui.detailBrowser.toHtml().lower()
    assert "#dda63a" in html, "the SDG 2 tile has the official colour"
    assert "https://example.org/project" in html


def test_private_note_is_saved_as_you_type(make_window: Any, qtbot: Any):
    window = make_window()
    solution_id = select_title(window, qtbot, "Census data with tablets")
    note = window.ui.noteEdit
    assert note.isEnabled() and note.toPlainText() == ""
    note.setFocus()
    with qtbot.waitSignal(window.detail.note_saved, timeout=10_000):
        qtbot.keyClicks(note, "Call Ana before the mission")
    assert window.catalogue.store.note(solution_id) == "Call Ana before the mission"
    # Another solution has its own (empty) note; coming back shows this one again.
    select_title(window, qtbot, "Fisheries co-management")
    assert note.toPlainText() == ""
    select_title(window, qtbot, "Census data with tablets")
    assert note.toPlainText() == "Call Ana before the mission"


def test_keyboard_moves_from_search_to_results_to_details(make_window: Any, qtbot: Any):
    window = make_window()
    window.ui.searchEdit.setFocus()
    with qtbot.waitSignal(window.detail.detail_shown, timeout=10_000):
        qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Down)
    assert window.ui.resultsView.hasFocus()
    first = window.search.results_model.index(0).data()
    assert first in window.ui.detailBrowser.toPlainText()
    with qtbot.waitSignal(window.detail.detail_shown, timeout=10_000):
        qtbot.keyClick(window.ui.resultsView, Qt.Key.Key_Down)
    second = window.search.results_model.index(1).data()
    assert second in window.ui.detailBrowser.toPlainText()
