"""The mission basket (add, remove, reorder, mission details; kept in the data folder) and the
brief made from it.

Every change of the basket's contents (add, remove, reorder, drag and drop, empty) is one step
of an undo stack (Mission ▸ Undo, Ctrl+Z when no text field has the focus): a gesture that
changes several rows (a drop, removing a selection) is one step, recorded when the event loop
is back (a zero-delay timer), from the contents before and after."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QPalette,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import QFileDialog, QWidget

from ssc_desktop.app.mission import Mission
from ssc_desktop.briefs import LANGUAGES as BRIEF_LANGUAGES
from ssc_desktop.briefs import brief_file_name
from ssc_desktop.briefs.labels import language_name as brief_language_name
from ssc_desktop.gui.controllers.detail import DetailController
from ssc_desktop.gui.controllers.shared import Shared
from ssc_desktop.gui.controllers.statusbar import Priority
from ssc_desktop.gui.delegates import NumberedDelegate
from ssc_desktop.gui.models import BasketItem, BasketModel, IdRole, ResultsModel

if TYPE_CHECKING:  # the brief builder and its dialog are imported when a brief is made
    from ssc_desktop.app.briefs import BriefMade
    from ssc_desktop.gui.brief_dialog import BriefChoices, BriefDialog

NO_DATE = QDate(2000, 1, 1)  # the date edits' "not set" value (shown as —)

Contents = tuple[tuple[str, str], ...]  # (solution id, title), in order
# The basket list grows with its rows up to this many, then scrolls; the rest of the column
# is the detail pane's (reading comes first).
BASKET_ROWS = 8


class BasketStep(QUndoCommand):
    """One change of the basket's contents, already made when pushed (the first redo does
    nothing); undo and redo put back the contents before or after it."""

    def __init__(
        self, basket: BasketController, before: Contents, after: Contents, text: str
    ) -> None:
        super().__init__(text)
        self._basket, self.before, self.after = basket, before, after
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._basket.apply_contents(self.after)

    def undo(self) -> None:
        self._basket.apply_contents(self.before)


class BasketController(QObject):
    basket_saved = Signal()
    brief_progress = Signal(int, int)  # solutions laid out, of how many (from the worker)

    def __init__(self, shared: Shared, detail: DetailController, results: ResultsModel) -> None:
        super().__init__(shared.window)
        self.shared = shared
        self.detail = detail
        self.results = results
        self.model = BasketModel(self)
        self._loading = False
        self._brief_running = False
        self._brief_cancel = threading.Event()
        self.brief_dialog: BriefDialog | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self.save_mission)
        self.undo_stack = QUndoStack(self)
        self._contents: Contents = ()  # as last recorded
        self._before: Contents | None = None  # at the start of a gesture not yet recorded
        self._applying = False
        self._record_timer = QTimer(self)
        self._record_timer.setSingleShot(True)
        self._record_timer.setInterval(0)
        self._record_timer.timeout.connect(self.record_step)
        ui = shared.ui
        view = ui.basketView
        view.setModel(self.model)
        view.setItemDelegate(NumberedDelegate(view))
        view.setDropIndicatorShown(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setUniformItemSizes(True)
        # The detail pane takes what the window gains; the basket is as tall as its content.
        ui.rightSplitter.setStretchFactor(0, 1)
        ui.rightSplitter.setStretchFactor(1, 0)
        ui.basketHint.installEventFilter(self)  # drops on the empty basket's hint
        ui.basketHint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        ui.basketHint.setContentsMargins(4, 2, 4, 2)
        for edit in (ui.startDateEdit, ui.endDateEdit):
            edit.setMinimumDate(NO_DATE)
            edit.setMaximumDate(QDate(2100, 12, 31))
            edit.setSpecialValueText("—")
            edit.setDate(NO_DATE)
            edit.calendarWidget().installEventFilter(self)
        # Basket editing keys act in the basket list only (Alt+Down also opens combo boxes).
        for action in (ui.actionRemoveFromBasket, ui.actionMoveUp, ui.actionMoveDown):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            view.addAction(action)

        self.model.changed.connect(self._basket_changed)
        self.model.rowsInserted.connect(lambda *_a: self._basket_changed())
        view.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        view.doubleClicked.connect(self._activated)
        view.activated.connect(self._activated)
        ui.missionTitleEdit.textChanged.connect(self._edited)
        ui.destinationEdit.textChanged.connect(self._edited)
        ui.startDateEdit.dateChanged.connect(self._start_date_changed)
        ui.endDateEdit.dateChanged.connect(self._edited)
        ui.briefLanguageCombo.currentIndexChanged.connect(lambda _i: self._edited())
        ui.basketToggleButton.clicked.connect(self._toggle_shown)
        ui.removeFromBasketButton.clicked.connect(self.remove_selected)
        ui.moveUpButton.clicked.connect(lambda: self.move(-1))
        ui.moveDownButton.clicked.connect(lambda: self.move(1))
        ui.makeBriefButton.clicked.connect(self.make_brief)
        ui.actionMakeBrief.triggered.connect(self.make_brief)
        ui.actionToggleBasket.triggered.connect(self.toggle)
        ui.actionShowBasket.triggered.connect(self.focus)
        ui.actionFocusBasket.triggered.connect(self.focus)
        ui.actionRemoveFromBasket.triggered.connect(self.remove_selected)
        ui.actionMoveUp.triggered.connect(lambda: self.move(-1))
        ui.actionMoveDown.triggered.connect(lambda: self.move(1))
        ui.actionClearBasket.triggered.connect(self.empty)
        # Every binding of the platform (Ctrl+Z; Ctrl+Y and Ctrl+Shift+Z): text fields keep
        # theirs, so Ctrl+Z in the mission title undoes typing.
        ui.actionUndoBasket.setShortcuts(QKeySequence.StandardKey.Undo)
        ui.actionRedoBasket.setShortcuts(QKeySequence.StandardKey.Redo)
        ui.actionUndoBasket.triggered.connect(self.undo)
        ui.actionRedoBasket.triggered.connect(self.redo)
        self.undo_stack.indexChanged.connect(lambda _i: self.update_actions())
        detail.detail_shown.connect(self._detail_shown)
        self.brief_progress.connect(self._brief_progress)

    # -- the mission --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A date's calendar opens on its month; an unset date's on the other date's month, else
        on today's (not on January 2000, the value that stands for "not set"). The empty
        basket's hint takes drops as the list does."""
        if watched is self.shared.ui.basketHint:
            if isinstance(event, QDragEnterEvent | QDragMoveEvent):
                if self.model.canDropMimeData(
                    event.mimeData(), Qt.DropAction.CopyAction, -1, 0, QModelIndex()
                ):
                    event.setDropAction(Qt.DropAction.CopyAction)
                    event.accept()
                    return True
            elif isinstance(event, QDropEvent):
                self.model.dropMimeData(
                    event.mimeData(), Qt.DropAction.CopyAction, -1, 0, QModelIndex()
                )
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
        if event.type() == QEvent.Type.Show:
            ui = self.shared.ui
            for edit, other in ((ui.startDateEdit, ui.endDateEdit),
                                (ui.endDateEdit, ui.startDateEdit)):  # fmt: skip
                calendar = edit.calendarWidget()
                if watched is calendar and edit.date() == NO_DATE:
                    page = other.date() if other.date() != NO_DATE else QDate.currentDate()
                    calendar.setCurrentPage(page.year(), page.month())
        return super().eventFilter(watched, event)

    def load(self, mission: Mission) -> None:
        self._loading = True
        try:
            ui = self.shared.ui
            ui.missionTitleEdit.setText(mission.title)
            ui.destinationEdit.setText(mission.destination)
            ui.startDateEdit.setDate(_qdate(mission.start))
            ui.endDateEdit.setDate(_qdate(mission.end))
            combo = ui.briefLanguageCombo
            combo.setCurrentIndex(max(0, combo.findData(mission.language)))
            self.model.set_items([BasketItem(i, t) for i, t in mission.items])
            self._contents = self._current()
            self._before = None
            self._record_timer.stop()
            self.undo_stack.clear()
        finally:
            self._loading = False
        self._basket_changed(save=False)

    def mission(self) -> Mission:
        ui = self.shared.ui
        return Mission(
            title=ui.missionTitleEdit.text().strip(),
            destination=ui.destinationEdit.text().strip(),
            start=_pydate(ui.startDateEdit.date()),
            end=_pydate(ui.endDateEdit.date()),
            items=[(i.id, i.title) for i in self.model.items],
            language=str(ui.briefLanguageCombo.currentData() or ""),
        )

    def _edited(self) -> None:
        if not self._loading:
            self._save_timer.start()

    def _start_date_changed(self, day: QDate) -> None:
        end = self.shared.ui.endDateEdit
        if day != NO_DATE and (end.date() == NO_DATE or end.date() < day):
            end.setDate(day)
        self._edited()

    def save_mission(self) -> None:
        self._save_timer.stop()
        session = self.shared.session
        if session is None:
            return
        mission = self.mission()
        self.shared.tasks.write(
            lambda: session.save_mission(mission),
            lambda _r: self.basket_saved.emit(),
            what="save the mission basket",
        )

    # -- the basket ---------------------------------------------------------------------------
    def add_to_basket(self, ids: list[str]) -> int:
        added = self.model.add([BasketItem(i, self.detail.title_of(i)) for i in ids])
        if added:
            self.shared.status.show(
                self.tr("Added %n solution(s) to the mission basket.", "", added),
                Priority.INFO,
                4000,
            )
        return added

    def toggle(self) -> None:
        """Ctrl+B: in the basket list, remove; elsewhere add the selected solutions (or remove
        them when they are all in already)."""
        if self.shared.ui.basketView.hasFocus():
            self.remove_selected()
            return
        ids = self.detail.selected_ids()
        if not ids:
            return
        if all(i in self.model for i in ids):
            self.model.remove_ids(ids)
        else:
            self.add_to_basket(ids)

    def empty(self) -> None:
        """Mission ▸ Empty the basket: one step Ctrl+Z undoes, and the status bar says so."""
        count = len(self.model.ids)
        if not count:
            return
        self.model.clear()
        self.record_step()
        self.shared.status.show(
            self.tr("Emptied the basket (%n solution(s)). Ctrl+Z puts them back.", "", count),
            Priority.RESULT,
            10000,
        )

    def undo(self) -> None:
        self.record_step()  # a gesture not recorded yet is the one to undo
        self.undo_stack.undo()

    def redo(self) -> None:
        self.record_step()
        self.undo_stack.redo()

    def _current(self) -> Contents:
        return tuple((i.id, i.title) for i in self.model.items)

    def apply_contents(self, contents: Contents) -> None:
        """Put the basket back as it was (undo, redo): saved like any change."""
        self._applying = True
        try:
            self.model.set_items([BasketItem(i, t) for i, t in contents])
            self._contents = contents
            self._basket_changed()
        finally:
            self._applying = False

    def record_step(self) -> None:
        """Push the gesture under way (if it changed which solutions or their order)."""
        self._record_timer.stop()
        before, self._before = self._before, None
        after = self._current()
        self._contents = after
        if before is None or [i for i, _t in before] == [i for i, _t in after]:
            return
        self.undo_stack.push(BasketStep(self, before, after, self._step_text(before, after)))

    def _step_text(self, before: Contents, after: Contents) -> str:
        old, new = {i for i, _t in before}, {i for i, _t in after}
        if not after:
            return self.tr("Empty the basket")
        if new - old and not old - new:
            return self.tr("Add %n solution(s)", "", len(new - old))
        if old - new and not new - old:
            return self.tr("Remove %n solution(s)", "", len(old - new))
        if old == new:
            return self.tr("Reorder the basket")
        return self.tr("Change the basket")

    def _toggle_shown(self) -> None:
        shown = self.detail.solution_id
        if not shown:
            return
        if shown in self.model:
            self.model.remove_ids([shown])
        else:
            self.add_to_basket([shown])

    def remove_selected(self) -> None:
        view = self.shared.ui.basketView
        ids = [str(i.data(IdRole)) for i in view.selectionModel().selectedRows()]
        if not ids and view.currentIndex().isValid():
            ids = [str(view.currentIndex().data(IdRole))]
        self.model.remove_ids(ids)

    def move(self, step: int) -> None:
        view = self.shared.ui.basketView
        current = view.currentIndex()
        if not current.isValid():
            return
        target = current.row() + step
        if self.model.move(current.row(), target):
            view.setCurrentIndex(self.model.index(target))

    def focus(self) -> None:
        view = self.shared.ui.basketView
        if not self.model.ids:  # nothing there yet: say how to fill it
            self.shared.status.show(self.shared.ui.basketHint.text(), Priority.INFO, 6000)
            return
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.currentIndex().isValid() and self.model.rowCount() > 0:
            view.setCurrentIndex(self.model.index(0))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.detail.show_solution(str(index.data(IdRole)))

    def _detail_shown(self, solution_id: str) -> None:
        solution = self.detail.solution
        if solution is not None and solution_id in self.model:
            # an edit may have renamed it; in the interface language where translated
            self.model.set_title(solution_id, solution.texts(self.shared.language).title)

    def refresh_titles(self) -> None:
        """The basket's titles in the interface language (a translation's where there is
        one, else the original's), read again after the basket is loaded or the language
        changes."""
        session, ids, language = self.shared.session, self.model.ids, self.shared.language
        if session is None or not ids:
            return

        def load() -> dict[str, str]:
            return {s.id: s.texts(language).title for s in session.get_many(ids)}

        def loaded(titles: dict[str, str]) -> None:
            for solution_id, title in titles.items():
                self.model.set_title(solution_id, title)

        self.shared.tasks.read(load, loaded, what="load the basket's titles")

    def fit(self) -> None:
        """The basket as tall as its content: when empty only a hint of how to fill it (the
        mission's fields and buttons come with the first solution; no blank box), else the list
        up to :data:`BASKET_ROWS` rows; the detail pane gets the rest of the column."""
        ui = self.shared.ui
        view, empty = ui.basketView, not self.model.ids
        parts: list[QWidget] = [view, ui.removeFromBasketButton, ui.moveUpButton,
                                ui.moveDownButton, ui.makeBriefButton]  # fmt: skip
        for number in range(ui.missionGrid.count()):
            item = ui.missionGrid.itemAt(number)
            widget = item.widget() if item is not None else None
            if widget is not None:
                parts.append(widget)
        if empty and any(part.hasFocus() for part in parts):
            ui.resultsView.setFocus()
        for part in parts:
            part.setVisible(not empty)
        ui.basketHint.setVisible(empty)
        if not empty:
            row = max(view.sizeHintForRow(0), view.fontMetrics().height() + 2)
            frame = 2 * view.frameWidth() + 2
            rows = min(len(self.model.ids), BASKET_ROWS)
            view.setMinimumHeight(min(rows, 2) * row + frame)
            view.setMaximumHeight(rows * row + frame)
        splitter = ui.rightSplitter
        sizes = splitter.sizes()
        total = sum(sizes)
        if len(sizes) != 2 or total <= 0:
            return  # not laid out yet: the stretch factors do it when shown
        ui.basketLayout.invalidate()
        ui.basketLayout.activate()
        group = ui.basketGroup
        wanted = group.heightForWidth(group.width()) if group.hasHeightForWidth() else -1
        if wanted <= 0:  # (a wrapped hint's height depends on the width it is given)
            wanted = max(group.minimumSizeHint().height(), group.sizeHint().height())
        basket = min(wanted, total - ui.detailPanel.minimumSizeHint().height())
        if basket != sizes[1]:
            splitter.setSizes([total - basket, basket])

    def _basket_changed(self, *, save: bool = True) -> None:
        if save and not self._loading and not self._applying:
            if self._before is None:
                self._before = self._contents
            self._record_timer.start()
        self.results.set_basket(self.model.ids)
        self.fit()
        self.retranslate_title()
        self.update_actions()
        if save and not self._loading:
            self._save_timer.start()

    # -- the brief ----------------------------------------------------------------------------
    def ask_brief_path(self) -> str:
        """Where to save the brief (tests replace this)."""
        mission = self.mission()
        name = brief_file_name(self.tr("mission-brief"), mission.destination or mission.title)
        path, _filter = QFileDialog.getSaveFileName(
            self.shared.window,
            self.tr("Save the mission brief"),
            dialog_place(self.shared, name),
            self.tr("PDF documents (*.pdf)"),
        )
        return path

    def open_file(self, path: Path) -> None:
        """Open a made file with the system's viewer (tests replace this)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def make_brief(self) -> None:
        """Ask the brief's options (remembered), then where to save it, then make it."""
        from ssc_desktop.gui.brief_dialog import BriefChoices, BriefDialog

        if self.shared.session is None or not self.model.ids or self._brief_running:
            return
        if self.brief_dialog is not None and self.brief_dialog.isVisible():
            self.brief_dialog.raise_()
            return
        dialog = BriefDialog(
            self.shared.window, BriefChoices.remembered(self.shared.settings), len(self.model.ids)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self._brief_chosen(dialog.choices))
        dialog.destroyed.connect(lambda *_a: setattr(self, "brief_dialog", None))
        self.brief_dialog = dialog
        dialog.open()

    def _brief_chosen(self, choices: BriefChoices) -> None:
        from ssc_desktop.app.briefs import BriefRequest, BriefsService

        settings = self.shared.settings
        choices.remember(settings)
        session = self.shared.session
        if session is None or not self.model.ids or self._brief_running:
            return
        path = self.ask_brief_path()
        if not path:
            return
        out = Path(path)
        settings.brief_folder = str(out.parent)
        mission = self.mission()
        request = BriefRequest(
            ids=tuple(i.id for i in self.model.items),
            language=mission.language or brief_language(self.shared.language),
            title=mission.title,
            destination=mission.destination,
            dates=self._dates_text(mission),
            paper=choices.paper,
            prepared_by=choices.prepared_by,
            grayscale=choices.grayscale,
            compact=choices.compact,
            page_per_solution=choices.page_per_solution,
        )
        cancel = self._brief_cancel = threading.Event()
        service = BriefsService(session)
        self._brief_running = True
        self.update_actions()
        self.shared.status.start(self.tr("Making the brief…"))
        self.shared.tasks.job(
            lambda: service.make(request, out, self.brief_progress.emit, cancel),
            self._brief_done, self._brief_failed, what="make a brief",
        )  # fmt: skip

    def _brief_progress(self, done: int, total: int) -> None:
        if self._brief_running:
            self.shared.status.show(
                self.tr("Making the brief… %1 of %2").replace("%1", str(done))
                .replace("%2", str(total)), Priority.PROGRESS,
            )  # fmt: skip

    def _dates_text(self, mission: Mission) -> str:
        locale = QLocale(self.shared.language)
        days = [locale.toString(_qdate(d), "d MMMM yyyy") for d in (mission.start, mission.end)
                if d]  # fmt: skip
        if len(days) == 2 and days[0] == days[1]:
            days = days[:1]
        return " – ".join(days)

    def _brief_done(self, made: BriefMade) -> None:
        self._brief_running = False
        self.update_actions()
        # One sentence per case (never "saved: x" + " (n pages)": word order differs).
        if made.pages:
            message = self.tr("Brief saved (%Ln page(s)): %1", "", made.pages)
        else:
            message = self.tr("Brief saved: %1")
        message = message.replace("%1", str(made.path))
        self.shared.status.show(message, Priority.RESULT, 10000)
        self.open_file(made.path)

    def _brief_failed(self, exc: BaseException) -> None:
        self._brief_running = False
        self.update_actions()
        self.shared.status.clear(Priority.PROGRESS)
        self.shared.errors.report(exc, self.tr("The brief could not be made."))

    # -- actions and words ----------------------------------------------------------------------
    def update_actions(self) -> None:
        ui = self.shared.ui
        opened = self.shared.session is not None
        has_basket = bool(self.model.ids)
        shown = self.detail.solution_id
        in_basket = bool(shown) and shown in self.model
        ui.basketToggleButton.setEnabled(self.detail.solution is not None)
        ui.basketToggleButton.setText(
            self.tr("Remove from basket") if in_basket else self.tr("Add to basket")
        )
        ui.basketToggleButton.setAccessibleName(
            self.tr("Remove from the mission basket") if in_basket
            else self.tr("Add to the mission basket")
        )  # fmt: skip
        selected = bool(ui.basketView.selectionModel().selectedRows())
        for widget in (ui.removeFromBasketButton, ui.moveUpButton, ui.moveDownButton):
            widget.setEnabled(selected)
        ui.actionClearBasket.setEnabled(has_basket)
        stack = self.undo_stack
        pending = self._before is not None and [i for i, _t in self._before] != self.model.ids
        ui.actionUndoBasket.setEnabled(stack.canUndo() or pending)
        ui.actionRedoBasket.setEnabled(stack.canRedo())
        ui.actionUndoBasket.setText(
            self.tr("&Undo: %1").replace("%1", stack.undoText()) if stack.canUndo() and not pending
            else self.tr("&Undo basket change")
        )  # fmt: skip
        ui.actionRedoBasket.setText(
            self.tr("&Redo: %1").replace("%1", stack.redoText()) if stack.canRedo()
            else self.tr("&Redo basket change")
        )  # fmt: skip
        can_brief = has_basket and opened and not self._brief_running
        ui.actionMakeBrief.setEnabled(can_brief)
        ui.makeBriefButton.setEnabled(can_brief)
        if not has_basket:
            tip = self.tr("Add solutions to the basket first.")
        else:
            tip = self.tr("Make a PDF brief of the basket (Ctrl+P).")
        for target in (ui.actionMakeBrief, ui.makeBriefButton):
            target.setToolTip(tip)
        ui.actionMakeBrief.setStatusTip(tip)

    def retranslate_title(self) -> None:
        count = len(self.model.ids)
        title = self.tr("Mission basket")
        if count:
            title += f" ({count})"
        self.shared.ui.basketGroup.setTitle(title)

    def retranslate(self) -> None:
        """The brief's language: the interface's, or any the brief is written in (a French
        brief for a mission to Dakar from an English interface)."""
        combo = self.shared.ui.briefLanguageCombo
        chosen = combo.currentData() if combo.count() else ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("As the interface"), "")
        for code in BRIEF_LANGUAGES:  # the brief's own list, each name in its language
            combo.addItem(brief_language_name(code), code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        self.shared.ui.basketHint.setText(
            self.tr("Empty: add solutions with Ctrl+B or drag them here.")
        )
        self.retranslate_title()
        self.update_actions()
        self.refresh_titles()

    def shutdown(self) -> None:
        self._record_timer.stop()
        self.undo_stack.blockSignals(True)  # its clearing on deletion updates no dead widget
        if self._save_timer.isActive():
            self.save_mission()
        self._brief_cancel.set()


def dialog_place(shared: Shared, name: str = "") -> str:
    """Where a file dialog opens: the folder a brief was last saved to, else home."""
    return str(Path(shared.settings.brief_folder or Path.home()) / name)


def _qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else NO_DATE


def _pydate(day: QDate) -> date | None:
    if day == NO_DATE or not day.isValid():
        return None
    return date(day.year(), day.month(), day.day())


def brief_language(interface: str) -> str:
    """The brief's language "as the interface": the interface's when briefs are written in it,
    else English (the window may speak a language before the briefs do)."""
    return interface if interface in BRIEF_LANGUAGES else "en"
