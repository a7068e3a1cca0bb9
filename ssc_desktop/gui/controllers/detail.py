"""The detail pane: the chosen solution, its private note, and the form to edit or add one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, QUrl, Signal

from ssc_desktop.app.events import Change, ChangeKind
from ssc_desktop.gui.controllers.search import SearchController
from ssc_desktop.gui.controllers.shared import Shared
from ssc_desktop.gui.controllers.statusbar import Priority
from ssc_desktop.gui.detail import (
    EDIT_CONTRIBUTION,
    RESEND_CONTRIBUTION,
    SHOW_ORIGINAL,
    SHOW_TRANSLATION,
    DetailRenderer,
)
from ssc_desktop.gui.models import IdRole

if TYPE_CHECKING:  # the domain model (pydantic) loads on the writer thread, after start-up
    from ssc_desktop.app.contributions import OfficeContribution
    from ssc_desktop.domain.model import Solution
    from ssc_desktop.gui.solution_form import SolutionForm


class DetailController(QObject):
    detail_shown = Signal(str)  # solution id
    note_saved = Signal(str)
    solution_saved = Signal(str)
    contribution_resent = Signal(str)  # a returned contribution goes again at the next sync
    #: the solution shown changed (or was loaded): actions that depend on it are updated
    shown_changed = Signal()

    def __init__(self, shared: Shared, search: SearchController) -> None:
        super().__init__(shared.window)
        self.shared = shared
        self.search = search
        self.renderer = DetailRenderer(self)
        self.solution_id = ""
        self.solution: Solution | None = None
        # where this office's contribution of the shown solution stands (None: not one)
        self.contribution: OfficeContribution | None = None
        self.form: SolutionForm | None = None
        self._pending = False  # loading
        # the reader asked for the original of a translated solution (until another is shown)
        self.show_original = False
        self._keep_scroll = False
        self._waits_for_sync = False
        self._note_loading = False
        self._note_dirty = False
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(700)
        self._note_timer.timeout.connect(self.flush_note)
        ui = shared.ui
        ui.resultsView.selectionModel().currentChanged.connect(self._current_changed)
        ui.resultsView.activated.connect(lambda _i: ui.detailBrowser.setFocus())
        ui.noteEdit.textChanged.connect(self._note_changed)
        ui.editButton.clicked.connect(self.edit_solution)
        ui.actionNewSolution.triggered.connect(self.new_solution)
        ui.actionEditSolution.triggered.connect(self.edit_solution)
        ui.actionFocusDetail.triggered.connect(lambda: ui.detailBrowser.setFocus())
        ui.detailBrowser.anchorClicked.connect(self._anchor_clicked)
        search.results_shown.connect(self._reselect)
        shared.bridge.changed.connect(self._changed)
        ui.detailBrowser.setHtml(self.renderer.empty_html())

    def selected_ids(self) -> list[str]:
        """The solutions selected in the list (else the one shown)."""
        model = self.search.results_model
        rows = sorted(i.row() for i in self.shared.ui.resultsView.selectionModel().selectedRows())
        ids = [model.ids[r] for r in rows if r < len(model.ids)]
        if not ids and self.solution_id:
            ids = [self.solution_id]
        return ids

    def title_of(self, solution_id: str) -> str:
        title = self.search.results_model.title_of(solution_id)
        if title is not None:
            return title
        if self.solution is not None and self.solution.id == solution_id:
            return self.solution.texts(self.shared.language).title
        return solution_id

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_solution(str(current.data(IdRole)))

    def _reselect(self) -> None:
        """After a new result, select the solution shown in the details if it is listed."""
        if not self.solution_id:
            return
        model = self.search.results_model
        row = model.row_of(self.solution_id)
        view = self.shared.ui.resultsView
        if row >= 0 and view.currentIndex().row() != row:
            view.selectionModel().setCurrentIndex(
                model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _changed(self, change: Change) -> None:
        shown = self.solution_id
        if ChangeKind.SOLUTIONS in change.kinds and shown and change.touches(shown):
            self.show_solution(shown, reload=True)

    def show_solution(self, solution_id: str, *, reload: bool = False) -> None:
        if not reload and solution_id == self.solution_id and (self.solution or self._pending):
            return
        self.flush_note()
        if solution_id != self.solution_id:
            self.show_original = False
        self.solution_id = solution_id
        self.solution = None
        self._pending = True
        self.shared.ui.noteEdit.setEnabled(False)
        session, adapter = self.shared.session, self.search.adapter
        if session is None or adapter is None:
            return

        language = self.shared.language

        def load() -> tuple[Solution | None, str, bool, OfficeContribution | None]:
            from ssc_desktop.app.contributions import ContributionsService

            row = adapter.rows([solution_id]).get(solution_id)
            contribution = ContributionsService(session).of(solution_id, language)
            return (
                session.get(solution_id),
                session.note(solution_id),
                bool(row and row.pending),
                contribution,
            )

        def loaded(result: tuple[Solution | None, str, bool, OfficeContribution | None]) -> None:
            self._loaded(solution_id, *result)

        self.shared.tasks.read(load, loaded, what="load a solution")

    def _loaded(
        self,
        solution_id: str,
        solution: Solution | None,
        note: str,
        pending: bool,
        contribution: OfficeContribution | None = None,
    ) -> None:
        if solution_id != self.solution_id:
            return
        self._pending = False
        self.solution = solution
        self.contribution = contribution
        self._waits_for_sync = pending
        self.rerender()
        ui = self.shared.ui
        self._note_loading = True
        ui.noteEdit.setPlainText(note)
        self._note_loading = False
        self._note_dirty = False
        ui.noteEdit.setEnabled(solution is not None)
        self.shown_changed.emit()
        self.detail_shown.emit(solution_id)

    def rerender(self) -> None:
        browser, language = self.shared.ui.detailBrowser, self.shared.language
        if self.solution is not None:
            scroll = browser.verticalScrollBar().value()
            browser.setHtml(
                self.renderer.html(
                    self.solution,
                    language,
                    pending=self._waits_for_sync,
                    original=self.show_original,
                    contribution=self.contribution,
                )
            )
            if scroll and self._keep_scroll:
                browser.verticalScrollBar().setValue(scroll)
        elif self.solution_id and not self._pending:
            browser.setHtml(self.renderer.missing_html())
        elif not self.solution_id:
            browser.setHtml(self.renderer.empty_html())

    def _anchor_clicked(self, url: QUrl) -> None:
        """The links between a translation and its original (others open outside)."""
        link = url.toString()
        if link in (SHOW_ORIGINAL, SHOW_TRANSLATION):
            self.set_show_original(link == SHOW_ORIGINAL)
        elif link == EDIT_CONTRIBUTION:
            self.edit_solution()
        elif link == RESEND_CONTRIBUTION:
            self.resend_contribution()

    def resend_contribution(self) -> None:
        """Send the shown returned contribution again, as it is, at the next sync."""
        from ssc_desktop.app.contributions import ContributionsService

        session, shown = self.shared.session, self.contribution
        if session is None or shown is None or not shown.returned:
            return
        solution_id = shown.solution_id

        def done(_result: object) -> None:
            self.shared.status.show(
                self.tr("It will be sent again at the next sync."), Priority.RESULT, 6000
            )
            self.contribution_resent.emit(solution_id)

        self.shared.tasks.write(
            lambda: ContributionsService(session).resend(solution_id),
            done,
            lambda exc: self.shared.errors.report(
                exc, self.tr("The contribution could not be sent again.")
            ),
            what="send a contribution again",
        )

    def set_show_original(self, original: bool) -> None:
        """Show the shown solution's original texts, or its translation into the interface
        language, keeping the reading position."""
        self.show_original = original
        self._keep_scroll = True
        try:
            self.rerender()
        finally:
            self._keep_scroll = False

    # -- notes ------------------------------------------------------------------------------------
    def _note_changed(self) -> None:
        if self._note_loading:
            return
        self._note_dirty = True
        self._note_timer.start()

    def flush_note(self) -> None:
        self._note_timer.stop()
        session = self.shared.session
        if not self._note_dirty or not self.solution_id or session is None:
            return
        self._note_dirty = False
        solution_id, text = self.solution_id, self.shared.ui.noteEdit.toPlainText()
        self.shared.tasks.write(
            lambda: session.set_note(solution_id, text),
            lambda _r: self.note_saved.emit(solution_id),
            what="save a private note",
        )

    # -- the form -----------------------------------------------------------------------------
    def new_solution(self) -> None:
        self._open_form(None)

    def edit_solution(self) -> None:
        if self.solution is not None:
            self._open_form(self.solution)

    def _open_form(self, solution: Solution | None) -> None:
        from ssc_desktop.gui.solution_form import SolutionForm

        if self.shared.session is None:
            return
        if self.form is not None:
            self.form.raise_()
            self.form.activateWindow()
            return
        form = SolutionForm(self.shared.window, self.shared.language, solution)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        form.save_requested.connect(lambda s: self._save(form, s))
        form.finished.connect(lambda _r: self._form_closed(form))
        self.form = form
        form.open()

    def _form_closed(self, form: SolutionForm) -> None:
        if self.form is form:
            self.form = None

    def _save(self, form: SolutionForm, solution: Solution) -> None:
        session = self.shared.session
        if session is None:
            return

        def saved(stored: Solution) -> None:
            form.saved(stored)
            if stored.id != self.solution_id:
                self.show_solution(stored.id)
            self.shared.status.show(
                self.tr("Saved. The change waits for the next sync."), Priority.RESULT, 6000
            )
            self.solution_saved.emit(stored.id)

        def failed(exc: BaseException) -> None:
            form.save_failed()
            self.shared.errors.report(exc, self.tr("The solution could not be saved."))

        edits, by = form.translation_edits(), form.translated_by()
        # An unchanged original is not saved again: that would make every translation of it
        # "may be out of date" for nothing.
        changed = form.original_changed(solution)

        def write() -> Solution:
            stored = session.save_solution(solution) if changed else session.get(solution.id)
            for language, texts in edits.items():
                stored = (
                    session.remove_translation(solution.id, language)
                    if texts is None
                    else session.save_translation(solution.id, language, texts, by)
                )
            if stored is None:  # deleted meanwhile
                raise LookupError(solution.id)
            return stored

        self.shared.tasks.write(write, saved, failed, what="save a solution")

    def shutdown(self) -> None:
        self.flush_note()
        if self.form is not None:
            self.form.done(0)
