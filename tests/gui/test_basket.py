"""The mission basket: add (button, Ctrl+B, drag), reorder, mission details, kept on restart;
"Make brief" hands it to the brief builder when there is one."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from ssc_desktop.gui.models import IdRole


def select_rows(window: Any, *rows: int) -> None:
    view = window.ui.resultsView
    view.clearSelection()
    view.setCurrentIndex(window.search.results_model.index(rows[0]))
    for row in rows[1:]:
        view.selectionModel().select(
            window.search.results_model.index(row), view.selectionModel().SelectionFlag.Select
        )


def drop_on_basket(window: Any, ids_mime: Any) -> None:
    """What a drag from the result list ends with: enter, move and drop on the basket view."""
    viewport = window.ui.basketView.viewport()
    pos = QPoint(10, viewport.height() - 5)
    actions = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(pos, actions, ids_mime, buttons, modifiers),
        QDragMoveEvent(pos, actions, ids_mime, buttons, modifiers),
        QDropEvent(pos.toPointF(), actions, ids_mime, buttons, modifiers),
    ):
        QApplication.sendEvent(viewport, event)


def accept_brief_dialog(window: Any, qtbot: Any, **choices: Any) -> Any:
    """The brief's options dialog (opened by Make brief): set ``choices``, press Save."""
    from PySide6.QtWidgets import QDialogButtonBox

    qtbot.waitUntil(lambda: window.basket.brief_dialog is not None
                    and window.basket.brief_dialog.isVisible())  # fmt: skip
    dialog = window.basket.brief_dialog
    ui = dialog.ui
    if "paper" in choices:
        ui.paperCombo.setCurrentIndex(ui.paperCombo.findData(choices["paper"]))
    if "prepared_by" in choices:
        ui.preparedByEdit.setText(choices["prepared_by"])
    for name, box in (("grayscale", ui.grayscaleCheck), ("compact", ui.compactCheck),
                      ("page_per_solution", ui.pagePerSolutionCheck)):  # fmt: skip
        if name in choices:
            box.setChecked(choices[name])
    made = dialog.choices
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    return made


def test_fill_the_basket_restart_and_find_it_again(make_window: Any, qtbot: Any):
    window = make_window()
    model = window.search.results_model
    first, second, third, fourth = (str(model.index(r).data(IdRole)) for r in range(4))

    # Ctrl+B on two selected results.
    select_rows(window, 0, 1)
    window.ui.resultsView.setFocus()
    qtbot.keyClick(window.ui.resultsView, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.basket.model.ids == [first, second]
    assert window.ui.basketGroup.title() == "Mission basket (2)"
    # The detail pane's button.
    select_rows(window, 2)
    qtbot.waitUntil(lambda: window.detail.solution is not None
                    and window.detail.solution.id == third)  # fmt: skip
    assert window.ui.basketToggleButton.text() == "Add to basket"
    window.ui.basketToggleButton.click()
    assert window.ui.basketToggleButton.text() == "Remove from basket"
    # A drag from the list.
    drop_on_basket(window, model.mimeData([model.index(3)]))
    assert window.basket.model.ids == [first, second, third, fourth]

    # Reorder with the keyboard: the last one up twice.
    basket_view = window.ui.basketView
    basket_view.setFocus()
    basket_view.setCurrentIndex(window.basket.model.index(3))
    for _ in range(2):
        qtbot.keyClick(basket_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.basket.model.ids == [first, fourth, second, third]
    # Delete removes the current one.
    basket_view.setCurrentIndex(window.basket.model.index(2))
    qtbot.keyClick(basket_view, Qt.Key.Key_Delete)
    assert window.basket.model.ids == [first, fourth, third]
    # Dragging one already in the basket moves it (to the end here).
    drop_on_basket(window, window.basket.model.mimeData([window.basket.model.index(0)]))
    assert window.basket.model.ids == [fourth, third, first]

    window.ui.missionTitleEdit.setText("Scoping mission on clean energy")
    window.ui.destinationEdit.setText("Addis Ababa, Ethiopia")
    window.ui.startDateEdit.setDate(QDate(2027, 3, 1))
    assert window.ui.endDateEdit.date() == QDate(2027, 3, 1), "end follows a later start"
    window.ui.endDateEdit.setDate(QDate(2027, 3, 12))
    with qtbot.waitSignal(window.basket.basket_saved, timeout=10_000):
        pass
    expected = window.basket.mission()
    window.close()

    again = make_window()
    assert again is not window
    assert again.basket.model.ids == [fourth, third, first]
    assert again.basket.mission() == expected
    assert expected.start == date(2027, 3, 1) and expected.end == date(2027, 3, 12)
    assert again.ui.missionTitleEdit.text() == "Scoping mission on clean energy"
    assert again.ui.basketGroup.title() == "Mission basket (3)"


def test_make_brief_hands_the_basket_to_the_brief_builder(
    make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
):
    window = make_window()
    assert not window.ui.actionMakeBrief.isEnabled(), "nothing in the basket yet"
    ids = [str(window.search.results_model.index(r).data(IdRole)) for r in (2, 0)]
    window.basket.add_to_basket(ids)
    window.ui.missionTitleEdit.setText("Energy mission")
    window.ui.destinationEdit.setText("Nairobi")
    window.ui.startDateEdit.setDate(QDate(2027, 3, 1))
    window.ui.endDateEdit.setDate(QDate(2027, 3, 5))
    out = tmp_path / "brief.pdf"
    opened: list[Path] = []
    monkeypatch.setattr(window.basket, "ask_brief_path", lambda: str(out))
    monkeypatch.setattr(window.basket, "open_file", opened.append)
    progress: list[tuple[int, int]] = []
    window.basket.brief_progress.connect(lambda done, total: progress.append((done, total)))
    assert window.ui.actionMakeBrief.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    accept_brief_dialog(window, qtbot)
    qtbot.waitUntil(lambda: opened == [out], timeout=30_000)
    assert out.read_bytes().startswith(b"%PDF")
    assert progress and progress[-1][1] == 2
    assert "Brief saved" in window.ui.statusBar.currentMessage()
    assert "page" in window.ui.statusBar.currentMessage()
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Energy mission" in text and "Nairobi" in text
    for title in (window.search.results_model.index(r).data() for r in (2, 0)):
        assert title.split()[0] in text


def test_a_french_brief_from_an_english_window_and_the_choice_is_kept(
    make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from pypdf import PdfReader

    from ssc_desktop.briefs import LANGUAGES as BRIEF_LANGUAGES

    window = make_window()
    combo = window.ui.briefLanguageCombo
    assert combo.currentData() == "" and combo.currentText() == "As the interface"
    assert [combo.itemData(i) for i in range(1, combo.count())] == list(BRIEF_LANGUAGES)
    window.basket.add_to_basket([str(window.search.results_model.index(0).data(IdRole))])
    window.ui.destinationEdit.setText("Dakar")
    with qtbot.waitSignal(window.basket.basket_saved, timeout=10_000):
        combo.setCurrentIndex(combo.findData("fr"))
    out = tmp_path / "note.pdf"
    opened: list[Path] = []
    monkeypatch.setattr(window.basket, "ask_brief_path", lambda: str(out))
    monkeypatch.setattr(window.basket, "open_file", opened.append)
    window.ui.actionMakeBrief.trigger()
    accept_brief_dialog(window, qtbot)
    qtbot.waitUntil(lambda: opened == [out], timeout=30_000)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "NOTE DE MISSION" in text.upper() and "Mission brief" not in text
    assert window.ui.menuFile.title() == "&File", "the interface stays English"

    window.close()
    again = make_window()
    assert again.ui.briefLanguageCombo.currentData() == "fr", "kept with the basket"


def test_an_unset_mission_date_opens_its_calendar_on_today_or_the_other_date(
    make_window: Any, qtbot: Any
) -> None:
    from ssc_desktop.gui.controllers.basket import NO_DATE

    window = make_window()
    window.basket.add_to_basket([str(window.search.results_model.index(0).data(IdRole))])
    start, end = window.ui.startDateEdit, window.ui.endDateEdit
    qtbot.waitUntil(start.isVisible)  # the mission's fields come with the first solution
    assert start.date() == end.date() == NO_DATE  # both "—"

    def shown_page(edit: Any) -> tuple[int, int]:
        start.setFocus()
        edit.setFocus()
        arrow = QPoint(edit.width() - 6, edit.height() // 2)  # the drop-down arrow
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)
        calendar = edit.calendarWidget()
        qtbot.waitUntil(calendar.isVisible)
        page = (calendar.yearShown(), calendar.monthShown())
        qtbot.keyClick(calendar, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not calendar.isVisible())
        return page

    today = QDate.currentDate()
    assert shown_page(start) == (today.year(), today.month())
    assert start.date() == NO_DATE, "opening the calendar sets no date"
    end.setDate(QDate(2027, 3, 12))
    assert shown_page(start) == (2027, 3), "the end's month"
    start.setDate(QDate(2027, 5, 4))  # end follows a later start
    end.setDate(NO_DATE)
    assert shown_page(end) == (2027, 5), "the start's month"
    end.setDate(QDate(2027, 6, 1))
    assert shown_page(end) == (2027, 6), "a set date opens on its own month"


def test_basket_changes_are_undone_with_ctrl_z_emptying_included(
    make_window: Any, qtbot: Any
) -> None:
    window = make_window()
    basket = window.basket
    model = window.search.results_model
    a, b, c = (str(model.index(r).data(IdRole)) for r in range(3))
    results = window.ui.resultsView

    def ctrl(key: Qt.Key, widget: Any = results, shift: bool = False) -> None:
        modifiers = Qt.KeyboardModifier.ControlModifier
        if shift:
            modifiers |= Qt.KeyboardModifier.ShiftModifier
        widget.setFocus()
        qtbot.keyClick(widget, key, modifiers)

    assert not window.ui.actionUndoBasket.isEnabled()
    select_rows(window, 0, 1)
    ctrl(Qt.Key.Key_B)  # add two: one step
    qtbot.waitUntil(lambda: basket.undo_stack.count() == 1)
    drop_on_basket(window, model.mimeData([model.index(2)]))  # a drop: one step
    qtbot.waitUntil(lambda: basket.undo_stack.count() == 2)
    basket_view = window.ui.basketView
    basket_view.setCurrentIndex(basket.model.index(2))
    basket.move(-1)  # c before b
    qtbot.waitUntil(lambda: basket.undo_stack.count() == 3)
    assert basket.model.ids == [a, c, b]
    assert window.ui.actionUndoBasket.text() == "&Undo: Reorder the basket"

    window.ui.actionClearBasket.trigger()  # Mission ▸ Empty the basket
    assert basket.model.ids == []
    assert "Ctrl+Z puts them back" in window.ui.statusBar.currentMessage()
    ctrl(Qt.Key.Key_Z)
    assert basket.model.ids == [a, c, b], "emptying undone"
    ctrl(Qt.Key.Key_Z)
    assert basket.model.ids == [a, b, c], "reordering undone"
    ctrl(Qt.Key.Key_Z)
    assert basket.model.ids == [a, b]
    ctrl(Qt.Key.Key_Z, shift=True)  # redo
    assert basket.model.ids == [a, b, c]
    assert window.ui.basketGroup.title() == "Mission basket (3)"

    # In a text field Ctrl+Z undoes the typing, not the basket.
    title = window.ui.missionTitleEdit
    qtbot.keyClicks(title, "Dakar")
    ctrl(Qt.Key.Key_Z, widget=title)
    assert title.text() == "" and basket.model.ids == [a, b, c]

    with qtbot.waitSignal(basket.basket_saved, timeout=10_000):
        basket.save_mission()
    window.close()
    again = make_window()
    assert again.basket.model.ids == [a, b, c], "what undo and redo left is what was saved"
    assert not again.ui.actionUndoBasket.isEnabled(), "a new session starts a new history"


def test_a_grayscale_compact_brief_from_the_window_is_what_the_pdf_shows(
    make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """The command line's brief options in the window's brief dialog, remembered; the PDFs are
    read back (pypdf) and rendered (pdftoppm)."""
    import collections

    from pypdf import PdfReader

    from tests.briefs.pdfs import render

    window = make_window()
    ids = [str(window.search.results_model.index(r).data(IdRole)) for r in range(3)]
    window.basket.add_to_basket(ids)
    window.ui.destinationEdit.setText("Dakar, Senegal")
    opened: list[Path] = []
    monkeypatch.setattr(window.basket, "open_file", opened.append)

    def brief(name: str, **choices: Any) -> tuple[Path, Any]:
        out = tmp_path / name
        monkeypatch.setattr(window.basket, "ask_brief_path", lambda: str(out))
        window.ui.actionMakeBrief.trigger()
        made = accept_brief_dialog(window, qtbot, **choices)
        qtbot.waitUntil(lambda: opened[-1:] == [out], timeout=30_000)
        return out, made

    def body_size(pdf: Path) -> float:
        """The font size most of the text is set in."""
        sizes: collections.Counter[float] = collections.Counter()

        def visit(text: str, cm: Any, tm: Any, _font: Any, size: float) -> None:
            if text.strip():
                sizes[round(size * tm[3] * cm[3], 1)] += len(text)

        for page in PdfReader(pdf).pages:
            page.extract_text(visitor_text=visit)
        return sizes.most_common(1)[0][0]

    def coloured_pixels(pdf: Path) -> int:
        count = 0
        for page in render(pdf.read_bytes(), tmp_path / pdf.stem, dpi=40):
            data = page.convert("RGB").tobytes()
            for i in range(0, len(data), 3):
                r, g, b = data[i], data[i + 1], data[i + 2]
                count += max(r, g, b) - min(r, g, b) > 24
        return count

    plain, _defaults = brief("plain.pdf")  # the defaults: A4, colour, full layout
    assert coloured_pixels(plain) > 50, "the check sees colour (the SDG tiles)"
    a4 = PdfReader(plain).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)

    gray, chosen = brief("gray.pdf", paper="Letter", prepared_by="Awa  Ndiaye, RCO Senegal",
                   grayscale=True, compact=True)  # fmt: skip
    assert chosen.prepared_by == "Awa Ndiaye, RCO Senegal"
    reader = PdfReader(gray)
    letter = reader.pages[0].mediabox
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Awa Ndiaye, RCO Senegal" in text
    assert coloured_pixels(gray) == 0, "grayscale: no coloured pixel on any page"
    assert body_size(gray) < body_size(plain), "compact: smaller type"
    assert len(reader.pages) <= len(PdfReader(plain).pages)

    # Remembered: the next brief's dialog opens with them, and so does a new window's.
    settings = window.settings
    assert (settings.paper_size, settings.brief_grayscale, settings.brief_compact) == (
        "Letter", True, True,
    )  # fmt: skip
    window.ui.actionMakeBrief.trigger()
    qtbot.waitUntil(lambda: window.basket.brief_dialog is not None)
    again = window.basket.brief_dialog
    assert again.choices == chosen
    again.reject()
    qtbot.waitUntil(lambda: window.basket.brief_dialog is None)
    assert len(opened) == 2, "cancelled: no brief"


def test_a_page_per_solution_brief_from_the_window(
    make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from pypdf import PdfReader

    window = make_window()
    model = window.search.results_model
    rows = range(3)
    window.basket.add_to_basket([str(model.index(r).data(IdRole)) for r in rows])
    out = tmp_path / "pages.pdf"
    opened: list[Path] = []
    monkeypatch.setattr(window.basket, "open_file", opened.append)
    monkeypatch.setattr(window.basket, "ask_brief_path", lambda: str(out))
    window.ui.actionMakeBrief.trigger()
    accept_brief_dialog(window, qtbot, page_per_solution=True)
    qtbot.waitUntil(lambda: opened == [out], timeout=30_000)
    pages = [page.extract_text() for page in PdfReader(out).pages]
    titles = [str(model.index(r).data()) for r in rows]
    # The overview on the first page lists them all; each section then has pages of its own.
    last = [max(n for n, text in enumerate(pages) if title in text) for title in titles]
    assert last == sorted(last) and len(set(last)) == 3, f"each on its own page: {last}"
    assert all(titles[i] not in pages[last[i + 1]] for i in range(2))
    assert window.settings.brief_page_per_solution
