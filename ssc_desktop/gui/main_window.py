"""The main window: builds the form, creates the controllers (one feature each, in
:mod:`ssc_desktop.gui.controllers`) and wires them.

The catalogue is opened on the writer thread after the window is on screen; until then (and while
the search index is built) the window already answers the keyboard. Every write goes through the
session (:mod:`ssc_desktop.app.session`), whose one change notification reaches every view as
``bridge.changed``: no view refreshes by hand after a write.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ssc_desktop.app.events import Change, ChangeKind
from ssc_desktop.app.search import SearchRequest, SearchService
from ssc_desktop.gui.controllers.basket import BasketController
from ssc_desktop.gui.controllers.detail import DetailController
from ssc_desktop.gui.controllers.files import FilesController
from ssc_desktop.gui.controllers.map import MapController
from ssc_desktop.gui.controllers.search import SearchController
from ssc_desktop.gui.controllers.settings import SettingsController
from ssc_desktop.gui.controllers.shared import SessionBridge, Shared
from ssc_desktop.gui.controllers.statusbar import IndexState, StatusBar
from ssc_desktop.gui.controllers.sync import SyncController
from ssc_desktop.gui.delegates import update_row_height
from ssc_desktop.gui.errors import ErrorReporter, describe
from ssc_desktop.gui.forms.ui_main_window import Ui_MainWindow
from ssc_desktop.gui.tasks import Tasks

if TYPE_CHECKING:
    from ssc_desktop.app.mission import Mission
    from ssc_desktop.app.session import CatalogueSession, Figures
    from ssc_desktop.catalogue import Catalogue
    from ssc_desktop.gui.i18n import Translations
    from ssc_desktop.gui.settings import Settings

SHORTCUTS: dict[str, QKeySequence.StandardKey | str] = {
    "actionFind": QKeySequence.StandardKey.Find, "actionClearSearch": "Esc",
    "actionToggleBasket": "Ctrl+B", "actionShowBasket": "Ctrl+Shift+B",
    "actionMakeBrief": "Ctrl+P", "actionNewSolution": "Ctrl+N", "actionEditSolution": "Ctrl+E",
    "actionSettings": "Ctrl+,", "actionQuit": "Ctrl+Q", "actionFocusFilters": "Ctrl+1",
    "actionFocusResults": "Ctrl+2", "actionFocusDetail": "Ctrl+3", "actionFocusBasket": "Ctrl+4",
    "actionRemoveFromBasket": QKeySequence.StandardKey.Delete, "actionMoveUp": "Alt+Up",
    "actionMoveDown": "Alt+Down", "actionAbout": "F1", "actionSyncNow": "F9",
    "actionImportFile": "Ctrl+I", "actionExportListed": "Ctrl+Shift+S",
}  # fmt: skip


@dataclass
class AppContext:
    """What the window needs from outside: where the data is, the settings, the translators."""

    data_dir: Path | None
    settings: Settings
    translations: Translations
    seed: bool = True


class MainWindow(QMainWindow):
    """See the module docstring. ``catalogue_opened`` and the controllers' signals let tests and
    the benchmark follow what happens."""

    catalogue_opened = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.settings = context.settings
        self._open_error = ""
        self.ui = ui = Ui_MainWindow()
        ui.setupUi(self)  # generated form
        self.errors = ErrorReporter(self)
        self.status = StatusBar(ui.statusBar)
        self.shared = Shared(
            window=self, ui=ui, tasks=Tasks(self), errors=self.errors, status=self.status,
            settings=context.settings, translations=context.translations,
            bridge=SessionBridge(self),
        )  # fmt: skip
        self.search = SearchController(self.shared)
        self.map = MapController(self.shared, self.search)
        self.detail = DetailController(self.shared, self.search)
        self.basket = BasketController(self.shared, self.detail, self.search.results_model)
        self.sync = SyncController(self.shared)
        self.files = FilesController(self.shared, self.search.results_model)
        self.prefs = SettingsController(self.shared, self.sync)
        self.shared.tasks.failed.connect(lambda _what, exc: self.errors.report(exc))
        self.shared.bridge.changed.connect(self._changed)
        self.detail.shown_changed.connect(self._update_actions)
        self.sync.solution_wanted.connect(self.detail.show_solution)
        for name, keys in SHORTCUTS.items():
            getattr(ui, name).setShortcut(QKeySequence(keys))
        ui.actionSortRelevance.setChecked(True)
        ui.actionQuit.triggered.connect(self.close)
        for edit in (ui.startDateEdit, ui.endDateEdit):
            edit.installEventFilter(self)
        self.prefs.restore_window()
        self.search.restore(SearchRequest.from_json(self.settings.last_search))
        self._retranslate()
        ui.searchEdit.setFocus()

    @property
    def session(self) -> CatalogueSession | None:
        return self.shared.session

    @property
    def catalogue(self) -> Catalogue | None:
        return self.shared.session.catalogue if self.shared.session is not None else None

    # == start-up ===============================================================================
    def start(self) -> None:
        """Open the catalogue in the background (call once the window is shown)."""
        self.status.set_index(IndexState.OPENING)
        data_dir, seed = self.context.data_dir, self.context.seed

        def open_catalogue() -> tuple[CatalogueSession, SearchService, Mission]:
            from ssc_desktop.app.session import CatalogueSession

            session = CatalogueSession.open(data_dir, seed=seed)
            try:
                return session, SearchService(session.catalogue), session.mission()
            except BaseException:
                session.close()
                raise

        self.shared.tasks.write(
            open_catalogue, self._opened, self._open_failed, what="open the catalogue"
        )

    def _opened(self, opened: tuple[CatalogueSession, SearchService, Mission]) -> None:
        session, adapter, mission = opened
        self.shared.session = session
        self.shared.bridge.attach(session)
        self.basket.load(mission)
        self.basket.refresh_titles()
        adapter.set_language(self.shared.language)
        self.search.attach(adapter)
        self.map.attach(adapter)
        self.sync.attach()
        self.refresh_status()
        self._update_actions()
        self.catalogue_opened.emit()

    def _open_failed(self, exc: BaseException) -> None:
        self._open_error = describe(exc)
        self.status.set_index(IndexState.FAILED)
        self.ui.countLabel.setText(self.tr("The catalogue could not be opened."))
        self.errors.report(exc, self.tr("The catalogue could not be opened: %1").replace(
            "%1", self._open_error))  # fmt: skip

    def _changed(self, change: Change) -> None:
        if ChangeKind.SOLUTIONS in change.kinds:
            self.refresh_status()

    def refresh_status(self) -> None:
        """Count the catalogue again (in a worker) for the status bar."""
        session = self.shared.session
        if session is not None:
            self.shared.tasks.read(session.figures, self._figures, what="count the catalogue")
            self.sync.refresh()

    def _figures(self, figures: Figures) -> None:
        self.status.set_figures(figures)

    def _update_actions(self) -> None:
        ui, opened = self.ui, self.shared.session is not None
        for action in (
            ui.actionNewSolution, ui.actionSyncNow, ui.actionConflicts, ui.actionSyncHistory,
            ui.actionImportFile, ui.actionExportListed, ui.actionExportBundle,
        ):  # fmt: skip
            action.setEnabled(opened)
        editable = opened and self.detail.solution is not None
        ui.editButton.setEnabled(editable)
        ui.actionEditSolution.setEnabled(editable)
        self.basket.update_actions()

    # == keyboard and language ==================================================================
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Date edits use Tab to walk their sections and, showing "—", never let go of it: Tab
        # leaves them (the arrow keys still move between day, month and year).
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            if event.key() == Qt.Key.Key_Tab:
                self.focusNextChild()
            else:
                self.focusPreviousChild()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            update_row_height(self.ui.resultsView, self.search.delegate)
        if event.type() == QEvent.Type.LanguageChange:
            sort = self.ui.sortCombo.currentIndex()
            self.ui.sortCombo.blockSignals(True)
            self.ui.retranslateUi(self)  # generated form
            self.ui.sortCombo.setCurrentIndex(sort)
            self.ui.sortCombo.blockSignals(False)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._reading_language()
        self.search.retranslate()
        self.map.retranslate()
        self.basket.retranslate()
        self.status.retranslate()
        self.detail.rerender()
        self._update_actions()
        self.ui.menuBar.setAccessibleName(self.tr("Menu bar"))
        self.ui.statusBar.setAccessibleName(self.tr("Status bar"))
        if self._open_error:
            self.ui.countLabel.setText(self.tr("The catalogue could not be opened."))

    def _reading_language(self) -> None:
        """Solutions are listed in the interface language where translated: on a change of
        language, the rows loaded so far are read again (and the search run again, for its
        snippets)."""
        adapter = self.search.adapter
        if adapter is None or adapter.language == self.shared.language:
            return
        adapter.set_language(self.shared.language)
        self.search.results_model.forget_rows(self.search.results_model.ids)
        self.search.run()

    # == closing ================================================================================
    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        event.accept()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Save what is pending, stop timers and threads, finish the writer's queue, close."""
        if self.shared.closed:
            return
        self.prefs.save_window()
        if self.shared.session is not None:
            self.settings.last_search = self.search.current_request().to_json()
        self.settings.sync()
        self.detail.shutdown()
        self.basket.shutdown()
        self.sync.shutdown()
        self.shared.closed = True
        self.search.shutdown()
        self.errors.close()
        self.shared.tasks.shutdown()
        self.context.translations.remove()  # translators are the application's, not ours
        if self.shared.session is not None:
            self.shared.session.close()
            self.shared.session = None
