"""The main window: search, filters, results, details, notes and the mission basket.

The window only reads inputs, hands work to :mod:`ssc_desktop.gui.tasks` and shows what comes
back. The catalogue is opened on the writer thread after the window is on screen; until then
(and while the search index is built) the window already answers the keyboard.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
)

from ssc_desktop.gui import integrations
from ssc_desktop.gui.delegates import (
    NumberedDelegate,
    ResultDelegate,
    setup_results_view,
    update_row_height,
)
from ssc_desktop.gui.detail import DetailRenderer
from ssc_desktop.gui.errors import ErrorReporter
from ssc_desktop.gui.forms.ui_main_window import Ui_MainWindow
from ssc_desktop.app.mission import META_KEY, Mission
from ssc_desktop.gui.models import BasketItem, BasketModel, FacetModel, IdRole, ResultsModel
from ssc_desktop.gui.search_adapter import (
    HINT_CORRECTED,
    HINT_NOTHING,
    HINT_SOME_WORDS,
    HINT_SYNTAX,
    SORTS,
    Outcome,
    Row,
    SearchAdapter,
    SearchRequest,
    Snippet,
)
from ssc_desktop.gui.tasks import SearchRunner, Tasks

if TYPE_CHECKING:
    from ssc_desktop.catalogue import Catalogue
    from ssc_desktop.domain.model import Solution
    from ssc_desktop.gui.i18n import Translations
    from ssc_desktop.gui.settings import Settings
    from ssc_desktop.gui.solution_form import SolutionForm

log = logging.getLogger(__name__)

NO_DATE = QDate(2000, 1, 1)  # the date edits' "not set" value (shown as —)
HUB_PROBE_MS = 5 * 60 * 1000


@dataclass
class AppContext:
    """What the window needs from outside: where the data is, the settings, the translators."""

    data_dir: Path | None
    settings: Settings
    translations: Translations
    seed: bool = True


class MainWindow(QMainWindow):
    """See the module docstring. Signals let tests and the benchmark follow what happens."""

    catalogue_opened = Signal()
    results_shown = Signal(int)  # generation (any outcome, first page included)
    search_finished = Signal(int)  # generation (the complete outcome is shown)
    detail_shown = Signal(str)  # solution id
    basket_saved = Signal()
    note_saved = Signal(str)
    solution_saved = Signal(str)
    index_ready = Signal(str)  # "rebuilt" / "updated" / "current"
    brief_progress = Signal(int, int)  # solutions laid out, of how many (from the worker)
    sync_progress = Signal(int, int, int)  # records down, records up, bytes (from the worker)
    sync_finished = Signal(str)  # "done", "stopped" or "failed"
    auto_sync_event = Signal(str, object)  # kind, (schedule generation, payload), from its thread
    auto_sync_changed = Signal()  # automatic sync started, stopped or restarted
    file_imported = Signal(object)  # what an import did (a dict), or None when refused
    bundle_exported = Signal(object)  # what the export wrote (a dict), or None when refused
    solutions_exported = Signal(int)  # how many were written (-1: nothing was)

    SEARCH_INTERVAL_MS = 150  # at most one search per interval while typing (first at once)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.settings = context.settings
        self.language = context.translations.language
        self.catalogue: Catalogue | None = None
        self.adapter: SearchAdapter | None = None
        self.data_root: Path | None = None
        self._closed = False
        self._open_error = ""
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.tasks = Tasks(self)
        self.search_runner = SearchRunner(self)
        self.errors = ErrorReporter(self)
        self.renderer = DetailRenderer(self)
        self.tasks.failed.connect(self._task_failed)
        self.search_runner.outcome.connect(self._on_outcome)
        self.search_runner.failed.connect(self._on_search_failed)
        self.search_runner.finished.connect(self._on_search_finished)
        self.brief_progress.connect(self._brief_progress)
        self.sync_progress.connect(self._sync_progress)
        self.auto_sync_event.connect(self._auto_sync_event)

        self._search_gen = 0
        self.shown_generation = 0  # the search whose results are in the list
        self._search_dirty = False
        self.last_outcome: Outcome | None = None
        self._detail_id = ""
        self.detail_solution: Solution | None = None
        self._detail_pending = False
        self._note_loading = False
        self._note_dirty = False
        self._mission_loading = False
        self._index_state = "waiting"
        self._stats: dict[str, Any] = {}
        self._sync_cancel: threading.Event | None = None
        # "" (no sync running), "manual" (F9) or "auto" (started by the schedule).
        self._sync_active = ""
        self.auto_sync: Any = None
        self._auto_sync_stopping = False  # Settings changed: the old schedule is winding down
        self._auto_generation = 0  # which schedule's events are listened to (the newest)
        self._token_known = False  # whether the catalogue remembers an office token
        self._hub_known = ""  # the hub address the catalogue remembers (after a first sync)
        self._last_sync = ""
        self._hub_state = "not_configured"
        self._hub_message = ""
        self._brief_running = False
        self._brief_cancel = threading.Event()
        self.form: SolutionForm | None = None
        self.briefs_ready = integrations.briefs_available()
        self.sync_ready = integrations.sync_available()

        self._setup_models()
        self._setup_timers()
        self._setup_status_bar()
        self._setup_actions()
        self._connect()
        self._restore_window()
        self._restore_search()  # before any keystroke, so typing during start-up is kept
        self._retranslate()
        self._update_actions()
        self.ui.detailBrowser.setHtml(self.renderer.empty_html())
        self.ui.searchEdit.setFocus()

    # == setup ==================================================================================
    def _setup_models(self) -> None:
        ui = self.ui
        self.results_model = ResultsModel(self)
        self.delegate = ResultDelegate(ui.resultsView)
        # A one-column table, not a QListView: a list view lays out every row again on any
        # dataChanged (O(n) Python calls); a table with fixed row heights does not.
        ui.resultsView.setModel(self.results_model)
        setup_results_view(ui.resultsView, self.delegate)
        self.results_model.rows_wanted.connect(self._load_rows)

        self.facet_model = FacetModel(self)
        self.facet_model.set_font(self.font())
        self.facet_proxy = QSortFilterProxyModel(self)
        self.facet_proxy.setSourceModel(self.facet_model)
        self.facet_proxy.setRecursiveFilteringEnabled(True)
        self.facet_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.facet_proxy.setFilterKeyColumn(0)
        ui.facetView.setModel(self.facet_proxy)
        header = ui.facetView.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.facetView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for name in ("sdg", "region", "modality"):
            ui.facetView.expand(self.facet_proxy.mapFromSource(
                self.facet_model.index(self.facet_model.group_row(name), 0)
            ))  # fmt: skip

        self.basket_model = BasketModel(self)
        ui.basketView.setModel(self.basket_model)
        ui.basketView.setItemDelegate(NumberedDelegate(ui.basketView))
        ui.basketView.setDropIndicatorShown(True)
        ui.basketView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.basketView.setTextElideMode(Qt.TextElideMode.ElideRight)
        ui.basketView.setUniformItemSizes(True)
        for edit in (ui.startDateEdit, ui.endDateEdit):
            edit.setMinimumDate(NO_DATE)
            edit.setMaximumDate(QDate(2100, 12, 31))
            edit.setSpecialValueText("—")
            edit.setDate(NO_DATE)

    def _setup_timers(self) -> None:
        def timer(interval: int, slot: Any, single: bool = True) -> QTimer:
            t = QTimer(self)
            t.setSingleShot(single)
            t.setInterval(interval)
            t.timeout.connect(slot)
            return t

        self._search_timer = timer(self.SEARCH_INTERVAL_MS, self._search_timer_fired)
        self._note_timer = timer(700, self._flush_note)
        self._basket_timer = timer(400, self._save_mission)
        self._hub_timer = timer(HUB_PROBE_MS, self._probe_hub, single=False)

    def _setup_status_bar(self) -> None:
        bar = self.ui.statusBar
        self.catalogue_status = QLabel(self)
        self.sync_status = QLabel(self)
        self.hub_status = QLabel(self)
        self.index_status = QLabel(self)
        for label in (self.index_status, self.catalogue_status, self.sync_status, self.hub_status):
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)
        # Shown only while a sync runs, beside its progress message.
        self.sync_cancel_button = QPushButton(self)
        self.sync_cancel_button.setObjectName("syncCancelButton")
        self.sync_cancel_button.clicked.connect(self.sync_now)
        self.sync_cancel_button.hide()
        bar.addPermanentWidget(self.sync_cancel_button)

    def _setup_actions(self) -> None:
        ui = self.ui
        shortcuts: list[tuple[QAction, QKeySequence | str]] = [
            (ui.actionFind, QKeySequence(QKeySequence.StandardKey.Find)),
            (ui.actionClearSearch, "Esc"),
            (ui.actionToggleBasket, "Ctrl+B"),
            (ui.actionShowBasket, "Ctrl+Shift+B"),
            (ui.actionMakeBrief, "Ctrl+P"),
            (ui.actionNewSolution, "Ctrl+N"),
            (ui.actionEditSolution, "Ctrl+E"),
            (ui.actionSettings, "Ctrl+,"),
            (ui.actionQuit, "Ctrl+Q"),
            (ui.actionFocusFilters, "Ctrl+1"),
            (ui.actionFocusResults, "Ctrl+2"),
            (ui.actionFocusDetail, "Ctrl+3"),
            (ui.actionFocusBasket, "Ctrl+4"),
            (ui.actionRemoveFromBasket, QKeySequence(QKeySequence.StandardKey.Delete)),
            (ui.actionMoveUp, "Alt+Up"),
            (ui.actionMoveDown, "Alt+Down"),
            (ui.actionAbout, "F1"),
            (ui.actionSyncNow, "F9"),
            (ui.actionImportFile, "Ctrl+I"),
            (ui.actionExportListed, "Ctrl+Shift+S"),
        ]
        for action, keys in shortcuts:
            action.setShortcut(QKeySequence(keys))
        # Basket editing keys act in the basket list only (Alt+Down also opens combo boxes).
        for action in (ui.actionRemoveFromBasket, ui.actionMoveUp, ui.actionMoveDown):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            ui.basketView.addAction(action)
        self.sort_group = QActionGroup(self)
        for action in (ui.actionSortRelevance, ui.actionSortNewest, ui.actionSortTitle):
            self.sort_group.addAction(action)
        ui.actionSortRelevance.setChecked(True)

    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._query_changed)
        ui.searchEdit.installEventFilter(self)
        ui.startDateEdit.installEventFilter(self)
        ui.endDateEdit.installEventFilter(self)
        ui.sortCombo.currentIndexChanged.connect(self._sort_changed)
        for number, action in enumerate(
            (ui.actionSortRelevance, ui.actionSortNewest, ui.actionSortTitle)
        ):
            action.triggered.connect(lambda _c=False, n=number: ui.sortCombo.setCurrentIndex(n))
        self.facet_model.filters_changed.connect(self._filters_changed)
        ui.facetFindEdit.textChanged.connect(self._find_facet)
        ui.clearFiltersButton.clicked.connect(self.clear_filters)
        ui.actionClearFilters.triggered.connect(self.clear_filters)
        ui.resultsView.selectionModel().currentChanged.connect(self._current_changed)
        ui.resultsView.activated.connect(lambda _i: ui.detailBrowser.setFocus())
        ui.hintLabel.linkActivated.connect(self._hint_link)
        ui.noteEdit.textChanged.connect(self._note_changed)
        ui.basketToggleButton.clicked.connect(self._toggle_current_in_basket)
        ui.editButton.clicked.connect(self.edit_solution)
        self.basket_model.changed.connect(self._basket_changed)
        self.basket_model.rowsInserted.connect(lambda *_a: self._basket_changed())
        ui.basketView.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        ui.basketView.doubleClicked.connect(self._basket_activated)
        ui.basketView.activated.connect(self._basket_activated)
        ui.missionTitleEdit.textChanged.connect(self._mission_edited)
        ui.destinationEdit.textChanged.connect(self._mission_edited)
        ui.startDateEdit.dateChanged.connect(self._start_date_changed)
        ui.endDateEdit.dateChanged.connect(self._mission_edited)
        ui.briefLanguageCombo.currentIndexChanged.connect(lambda _i: self._mission_edited())
        ui.removeFromBasketButton.clicked.connect(self.remove_selected_from_basket)
        ui.moveUpButton.clicked.connect(lambda: self.move_in_basket(-1))
        ui.moveDownButton.clicked.connect(lambda: self.move_in_basket(1))
        ui.makeBriefButton.clicked.connect(self.make_brief)

        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionClearSearch.triggered.connect(self.clear_search)
        ui.actionToggleBasket.triggered.connect(self.toggle_basket)
        ui.actionShowBasket.triggered.connect(self.focus_basket)
        ui.actionFocusBasket.triggered.connect(self.focus_basket)
        ui.actionFocusFilters.triggered.connect(lambda: ui.facetView.setFocus())
        ui.actionFocusResults.triggered.connect(self.focus_results)
        ui.actionFocusDetail.triggered.connect(lambda: ui.detailBrowser.setFocus())
        ui.actionRemoveFromBasket.triggered.connect(self.remove_selected_from_basket)
        ui.actionMoveUp.triggered.connect(lambda: self.move_in_basket(-1))
        ui.actionMoveDown.triggered.connect(lambda: self.move_in_basket(1))
        ui.actionClearBasket.triggered.connect(self.empty_basket)
        ui.actionMakeBrief.triggered.connect(self.make_brief)
        ui.actionNewSolution.triggered.connect(self.new_solution)
        ui.actionEditSolution.triggered.connect(self.edit_solution)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionAbout.triggered.connect(self.open_about)
        ui.actionWelcome.triggered.connect(self.open_welcome)
        ui.actionSyncNow.triggered.connect(self.sync_now)
        ui.actionConflicts.triggered.connect(self.open_conflicts)
        ui.actionSyncHistory.triggered.connect(self.open_sync_history)
        ui.actionImportFile.triggered.connect(self.import_from_file)
        ui.actionExportBundle.triggered.connect(self.export_changes)
        ui.actionExportListed.triggered.connect(self.export_listed)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionResetLayout.triggered.connect(self.reset_layout)
        ui.actionOpenDataFolder.triggered.connect(self._open_data_folder)
        ui.actionOpenLog.triggered.connect(self._open_log)

    # == start-up ===============================================================================
    def start(self) -> None:
        """Open the catalogue in the background (call once the window is shown)."""
        self._set_index_status("opening")
        data_dir, seed = self.context.data_dir, self.context.seed

        def open_catalogue() -> tuple[Catalogue, SearchAdapter, Mission]:
            from ssc_desktop.catalogue import Catalogue

            catalogue = Catalogue.open(data_dir, seed=seed)
            try:
                mission = Mission.from_json(catalogue.store.meta(META_KEY))
                return catalogue, SearchAdapter(catalogue), mission
            except BaseException:
                catalogue.close()
                raise

        self.tasks.write(open_catalogue, self._opened, self._open_failed, what="open the catalogue")

    def _opened(self, opened: tuple[Catalogue, SearchAdapter, Mission]) -> None:
        self.catalogue, self.adapter, mission = opened
        self.data_root = self.catalogue.paths.root
        self._load_mission(mission)
        self._run_search()  # whatever is in the box now: restored, or typed meanwhile
        self.refresh_status()
        self._set_index_status("preparing")
        adapter = self.adapter
        self.tasks.write(
            adapter.prepare_index,
            self._index_prepared,
            self._index_failed,
            what="prepare the search index",
        )
        if self.sync_ready:
            self._probe_hub()
            self._hub_timer.start()
            self._start_auto_sync()
        self._update_actions()
        self.catalogue_opened.emit()

    def _open_failed(self, exc: BaseException) -> None:
        from ssc_desktop.gui.errors import describe

        self._open_error = describe(exc)
        self._set_index_status("failed")
        self.ui.countLabel.setText(self.tr("The catalogue could not be opened."))
        self.errors.report(exc, self.tr("The catalogue could not be opened: %1").replace(
            "%1", describe(exc)))  # fmt: skip

    def _index_prepared(self, state: str) -> None:
        self._set_index_status("ready")
        if state != "current":
            self.ui.statusBar.showMessage(self.tr("The search index is ready."), 5000)
        if self.ui.searchEdit.text().strip():
            self._run_search()
        self.index_ready.emit(state)

    def _index_failed(self, exc: BaseException) -> None:
        self._set_index_status("failed")
        self.errors.report(
            exc,
            self.tr("The search index could not be built; words are matched simply for now."),
        )

    def _task_failed(self, what: str, exc: BaseException) -> None:
        """A background job failed and nobody handled it: tell the user, keep going."""
        self.errors.report(exc)

    # == searching ==============================================================================
    @property
    def search_generation(self) -> int:
        """The latest search asked for (its results may still be coming)."""
        return self._search_gen

    def current_request(self) -> SearchRequest:
        return SearchRequest(
            text=self.ui.searchEdit.text(),
            filters=self.facet_model.filters(),
            sort=SORTS[max(0, self.ui.sortCombo.currentIndex())],
        )

    def _query_changed(self) -> None:
        """As the user types: search at once, then at most once per interval (latest wins)."""
        self._search_dirty = True
        if not self._search_timer.isActive():
            self._run_search()
            self._search_timer.start()

    def _search_timer_fired(self) -> None:
        if self._search_dirty:
            self._run_search()
            self._search_timer.start()

    def _sort_changed(self, index: int) -> None:
        actions = (self.ui.actionSortRelevance, self.ui.actionSortNewest, self.ui.actionSortTitle)
        if 0 <= index < len(actions):
            actions[index].setChecked(True)
        self._run_search()

    def _filters_changed(self) -> None:
        self._run_search()

    def _run_search(self) -> None:
        self._search_dirty = False
        adapter = self.adapter
        if adapter is None:  # start() searches once the catalogue is open
            return
        request = self.current_request()
        self._search_gen = self.search_runner.submit(
            lambda is_stale: adapter.search(request, is_stale)
        )
        self._set_facet_title(counting=True)

    def _on_outcome(self, generation: int, outcome: Outcome) -> None:
        if generation != self._search_gen:
            return
        self.last_outcome = outcome
        self.shown_generation = generation
        self.results_model.set_result(generation, outcome.ids, outcome.rows, outcome.snippets)
        if outcome.facets is not None:
            self.facet_model.set_counts(outcome.facets)
            self._set_facet_title(counting=False)
        self._show_count(outcome)
        self._reselect()
        self.results_shown.emit(generation)
        if outcome.complete:
            self.search_finished.emit(generation)

    def _on_search_failed(self, generation: int, exc: BaseException) -> None:
        self._set_facet_title(counting=False)
        self.errors.report(exc, self.tr("The search failed."))

    def _on_search_finished(self, generation: int) -> None:
        if generation == self._search_gen:
            self._set_facet_title(counting=False)

    def _show_count(self, outcome: Outcome | None) -> None:
        if outcome is None:
            self.ui.countLabel.setText("")
            self.ui.hintLabel.setText("")
            return
        shown = len(outcome.ids)
        if outcome.capped and shown < outcome.total:
            text = self.tr("Showing the best %1 of %Ln solution(s)", "", outcome.total).replace(
                "%1", self.locale().toString(shown)
            )
        else:
            text = self.tr("%Ln solution(s)", "", outcome.total)
        self.ui.countLabel.setText(text)
        hints = []
        if outcome.simple_match:
            hints.append(self.tr("The search index is being prepared: simple word matching."))
        if outcome.hint == HINT_CORRECTED:
            hints.append(
                self.tr("Nothing matches the words as typed; showing results for “%1”.").replace(
                    "%1", outcome.suggestion
                )
            )
        elif outcome.hint == HINT_SOME_WORDS:
            hints.append(self.tr("No solution has all these words; showing those with some."))
        elif outcome.hint == HINT_NOTHING:
            hints.append(self.tr("Nothing matches. Try fewer or other words, or clear filters."))
        elif outcome.hint == HINT_SYNTAX:
            hints.append(self.tr("Type a word to search."))
        elif outcome.hint:
            hints.append(outcome.hint)
        parts = [_escape(h) for h in hints]
        if outcome.suggestion and outcome.hint != HINT_CORRECTED:
            parts.insert(
                0,
                self.tr("Did you mean %1?").replace(
                    "%1",
                    f"<a href='suggest:{_escape(outcome.suggestion)}'>"
                    f"{_escape(outcome.suggestion)}</a>",
                ),
            )
        self.ui.hintLabel.setText(" ".join(parts))
        self.ui.hintLabel.setToolTip(" ".join(hints))

    def _hint_link(self, link: str) -> None:
        if link.startswith("suggest:"):
            self.ui.searchEdit.setText(link.removeprefix("suggest:"))

    def _set_facet_title(self, *, counting: bool) -> None:
        title = self.tr("Filters")
        if counting:
            title += " " + self.tr("(counting…)")
        self.ui.facetTitle.setText(title)

    def _load_rows(self, generation: int, ids: list[str]) -> None:
        """Rows coming into view: read from the catalogue, with their highlighted snippets when
        the list is a text result's (its first rows came with theirs)."""
        adapter, outcome = self.adapter, self.last_outcome
        if adapter is None:
            return
        plain: list[str] = []
        if outcome is not None and generation == self.shown_generation:
            plain = [i for i in ids if not self.results_model.has_snippet(i)]

        def load() -> tuple[dict[str, Row], dict[str, Snippet]]:
            snippets = adapter.snippets(outcome, plain) if outcome is not None and plain else {}
            return adapter.rows(ids), snippets

        self.tasks.read(
            load,
            lambda loaded: self.results_model.add_rows(generation, *loaded),
            what="load result rows",
        )

    def _find_facet(self, text: str) -> None:
        self.facet_proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.ui.facetView.expandAll()

    def clear_filters(self) -> None:
        self.facet_model.clear()

    def clear_search(self) -> None:
        """Esc: clear the words (a second Esc clears the filters too)."""
        if self.ui.searchEdit.text():
            self.ui.searchEdit.clear()
        else:
            self.clear_filters()
        self.ui.searchEdit.setFocus()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def focus_results(self) -> None:
        view = self.ui.resultsView
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.currentIndex().isValid() and self.results_model.rowCount() > 0:
            view.setCurrentIndex(self.results_model.index(0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.ui.searchEdit and key in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                self.focus_results()
                return True
            # Date edits use Tab to walk their sections and, showing "—", never let go of it:
            # Tab leaves them (the arrow keys still move between day, month and year).
            if watched in (self.ui.startDateEdit, self.ui.endDateEdit) and key in (
                Qt.Key.Key_Tab,
                Qt.Key.Key_Backtab,
            ):
                if key == Qt.Key.Key_Tab:
                    self.focusNextChild()
                else:
                    self.focusPreviousChild()
                return True
        return super().eventFilter(watched, event)

    # == details and notes ======================================================================
    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.ui.resultsView.selectionModel().selectedRows())
        ids = [self.results_model.ids[r] for r in rows if r < len(self.results_model.ids)]
        if not ids and self._detail_id:
            ids = [self._detail_id]
        return ids

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_solution(str(current.data(IdRole)))

    def _reselect(self) -> None:
        """After a new result, select the solution shown in the details if it is listed."""
        if not self._detail_id:
            return
        row = self.results_model.row_of(self._detail_id)
        view = self.ui.resultsView
        if row >= 0 and view.currentIndex().row() != row:
            view.selectionModel().setCurrentIndex(
                self.results_model.index(row),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )

    def show_solution(self, solution_id: str) -> None:
        if solution_id == self._detail_id and (self.detail_solution or self._detail_pending):
            return
        self._flush_note()
        self._detail_id = solution_id
        self.detail_solution = None
        self._detail_pending = True
        self.ui.noteEdit.setEnabled(False)
        catalogue, adapter = self.catalogue, self.adapter
        if catalogue is None or adapter is None:
            return

        def load() -> tuple[Solution | None, str, bool]:
            solution = catalogue.store.get(solution_id)
            row = adapter.rows([solution_id]).get(solution_id)
            return solution, catalogue.store.note(solution_id), bool(row and row.pending)

        self.tasks.read(
            load, lambda r: self._detail_loaded(solution_id, *r), what="load a solution"
        )

    def _detail_loaded(
        self, solution_id: str, solution: Solution | None, note: str, pending: bool
    ) -> None:
        if solution_id != self._detail_id:
            return
        self._detail_pending = False
        self.detail_solution = solution
        self._detail_is_pending = pending
        browser = self.ui.detailBrowser
        if solution is None:
            browser.setHtml(self.renderer.missing_html())
        else:
            browser.setHtml(self.renderer.html(solution, self.language, pending=pending))
        self._note_loading = True
        self.ui.noteEdit.setPlainText(note)
        self._note_loading = False
        self._note_dirty = False
        self.ui.noteEdit.setEnabled(solution is not None)
        self._update_actions()
        self.detail_shown.emit(solution_id)

    def _rerender_detail(self) -> None:
        if self.detail_solution is not None:
            self.ui.detailBrowser.setHtml(
                self.renderer.html(
                    self.detail_solution,
                    self.language,
                    pending=getattr(self, "_detail_is_pending", False),
                )
            )
        elif not self._detail_id:
            self.ui.detailBrowser.setHtml(self.renderer.empty_html())

    def _note_changed(self) -> None:
        if self._note_loading:
            return
        self._note_dirty = True
        self._note_timer.start()

    def _flush_note(self) -> None:
        self._note_timer.stop()
        if not self._note_dirty or not self._detail_id or self.catalogue is None:
            return
        self._note_dirty = False
        store, solution_id = self.catalogue.store, self._detail_id
        text = self.ui.noteEdit.toPlainText()
        self.tasks.write(
            lambda: store.set_note(solution_id, text),
            lambda _r: self.note_saved.emit(solution_id),
            what="save a private note",
        )

    # == basket =================================================================================
    def _load_mission(self, mission: Mission) -> None:
        self._mission_loading = True
        try:
            ui = self.ui
            ui.missionTitleEdit.setText(mission.title)
            ui.destinationEdit.setText(mission.destination)
            ui.startDateEdit.setDate(_qdate(mission.start))
            ui.endDateEdit.setDate(_qdate(mission.end))
            combo = ui.briefLanguageCombo
            combo.setCurrentIndex(max(0, combo.findData(mission.language)))
            self.basket_model.set_items([BasketItem(i, t) for i, t in mission.items])
        finally:
            self._mission_loading = False
        self._basket_changed(save=False)

    def mission(self) -> Mission:
        ui = self.ui
        return Mission(
            title=ui.missionTitleEdit.text().strip(),
            destination=ui.destinationEdit.text().strip(),
            start=_pydate(ui.startDateEdit.date()),
            end=_pydate(ui.endDateEdit.date()),
            items=[(i.id, i.title) for i in self.basket_model.items],
            language=str(ui.briefLanguageCombo.currentData() or ""),
        )

    def _title_of(self, solution_id: str) -> str:
        row = self.results_model._rows.get(solution_id)
        if row is not None:
            return row.title
        if self.detail_solution is not None and self.detail_solution.id == solution_id:
            return self.detail_solution.title
        return solution_id

    def add_to_basket(self, ids: list[str]) -> int:
        added = self.basket_model.add([BasketItem(i, self._title_of(i)) for i in ids])
        if added:
            self.ui.statusBar.showMessage(
                self.tr("Added %n solution(s) to the mission basket.", "", added), 4000
            )
        return added

    def toggle_basket(self) -> None:
        """Ctrl+B: in the basket list, remove; elsewhere add the selected solutions (or remove
        them when they are all in already)."""
        if self.ui.basketView.hasFocus():
            self.remove_selected_from_basket()
            return
        ids = self.selected_ids()
        if not ids:
            return
        if all(i in self.basket_model for i in ids):
            self.basket_model.remove_ids(ids)
        else:
            self.add_to_basket(ids)

    def _toggle_current_in_basket(self) -> None:
        if not self._detail_id:
            return
        if self._detail_id in self.basket_model:
            self.basket_model.remove_ids([self._detail_id])
        else:
            self.add_to_basket([self._detail_id])

    def remove_selected_from_basket(self) -> None:
        rows = self.ui.basketView.selectionModel().selectedRows()
        ids = [str(i.data(IdRole)) for i in rows]
        if not ids:
            current = self.ui.basketView.currentIndex()
            if current.isValid():
                ids = [str(current.data(IdRole))]
        self.basket_model.remove_ids(ids)

    def move_in_basket(self, step: int) -> None:
        view = self.ui.basketView
        current = view.currentIndex()
        if not current.isValid():
            return
        target = current.row() + step
        if self.basket_model.move(current.row(), target):
            view.setCurrentIndex(self.basket_model.index(target))

    def empty_basket(self) -> None:
        self.basket_model.clear()

    def focus_basket(self) -> None:
        view = self.ui.basketView
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.currentIndex().isValid() and self.basket_model.rowCount() > 0:
            view.setCurrentIndex(self.basket_model.index(0))

    def _basket_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_solution(str(index.data(IdRole)))

    def _basket_changed(self, *, save: bool = True) -> None:
        self.results_model.set_basket(self.basket_model.ids)
        self._retranslate_basket()
        self._update_actions()
        if save and not self._mission_loading:
            self._basket_timer.start()

    def _mission_edited(self) -> None:
        if not self._mission_loading:
            self._basket_timer.start()

    def _start_date_changed(self, day: QDate) -> None:
        end = self.ui.endDateEdit
        if day != NO_DATE and (end.date() == NO_DATE or end.date() < day):
            end.setDate(day)
        self._mission_edited()

    def _save_mission(self) -> None:
        self._basket_timer.stop()
        if self.catalogue is None:
            return
        store, text = self.catalogue.store, self.mission().to_json()
        self.tasks.write(
            lambda: store.set_meta(META_KEY, text),
            lambda _r: self.basket_saved.emit(),
            what="save the mission basket",
        )

    # == briefs =================================================================================
    def ask_brief_path(self) -> str:
        """Where to save the brief (tests replace this)."""
        mission = self.mission()
        name = "-".join(
            p for p in (self.tr("mission-brief"), mission.destination or mission.title) if p
        )
        name = "".join(c if c.isalnum() or c in "-_" else "-" for c in name)[:80] + ".pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the mission brief"),
            self._dialog_place(name),
            self.tr("PDF documents (*.pdf)"),
        )
        return path

    def make_brief(self) -> None:
        if not self.briefs_ready or not self.basket_model.ids or self._brief_running:
            return
        if self.catalogue is None:
            return
        path = self.ask_brief_path()
        if not path:
            return
        out = Path(path)
        self.settings.brief_folder = str(out.parent)
        store, mission = self.catalogue.store, self.mission()
        language = mission.language or self.language
        fields = integrations.brief_fields(
            mission,
            title=self.tr("Mission brief"),
            dates=self._dates_text(mission),
            paper_size=self.settings.paper_size,
            language=language,
            catalogue_date=self._last_sync or str(self._stats.get("last_updated") or "") or None,
        )
        ids = [i.id for i in self.basket_model.items]
        cancel = self._brief_cancel = threading.Event()

        def progress(done: int, total: int) -> None:
            if cancel.is_set():
                raise RuntimeError("the brief was cancelled")
            self.brief_progress.emit(done, total)

        def build() -> tuple[Path, int | None]:
            if not mission.title:  # named in the brief's language (its labels are read here)
                fields["title"] = integrations.brief_title(language) or fields["title"]
            return integrations.build_brief(store.get_many(ids), fields, out, progress)

        self._brief_running = True
        self._update_actions()
        self.ui.statusBar.showMessage(self.tr("Making the brief…"))
        self.tasks.job(build, self._brief_done, self._brief_failed, what="make a brief")

    def _brief_progress(self, done: int, total: int) -> None:
        if self._brief_running:
            self.ui.statusBar.showMessage(
                self.tr("Making the brief… %1 of %2").replace("%1", str(done))
                .replace("%2", str(total))
            )  # fmt: skip

    def _dates_text(self, mission: Mission) -> str:
        locale = QLocale(self.language)
        days = [locale.toString(_qdate(d), "d MMMM yyyy") for d in (mission.start, mission.end)
                if d]  # fmt: skip
        if len(days) == 2 and days[0] == days[1]:
            days = days[:1]
        return " – ".join(days)

    def _brief_done(self, result: tuple[Path, int | None]) -> None:
        path, pages = result
        self._brief_running = False
        self._update_actions()
        message = self.tr("Brief saved: %1").replace("%1", str(path))
        if pages:
            message += " " + self.tr("(%n page(s))", "", pages)
        self.ui.statusBar.showMessage(message, 10000)
        self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Open a made file with the system's viewer (tests replace this)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _brief_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self._brief_running = False
        self._update_actions()
        self.ui.statusBar.clearMessage()
        self.errors.report(exc, self.tr("The brief could not be made."))

    # == local solutions ========================================================================
    def new_solution(self) -> None:
        self._open_form(None)

    def edit_solution(self) -> None:
        if self.detail_solution is not None:
            self._open_form(self.detail_solution)

    def _open_form(self, solution: Solution | None) -> None:
        from ssc_desktop.gui.solution_form import SolutionForm

        if self.catalogue is None:
            return
        if self.form is not None:
            self.form.raise_()
            self.form.activateWindow()
            return
        form = SolutionForm(self, self.language, solution)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        form.save_requested.connect(lambda s: self._save_solution(form, s))
        form.finished.connect(lambda _r: self._form_closed(form))
        self.form = form
        form.open()

    def _form_closed(self, form: SolutionForm) -> None:
        if self.form is form:
            self.form = None

    def _save_solution(self, form: SolutionForm, solution: Solution) -> None:
        catalogue, adapter = self.catalogue, self.adapter
        if catalogue is None or adapter is None:
            return

        def save() -> Solution:
            stored = catalogue.store.save_local(solution)
            adapter.index_changed()
            return stored

        def saved(stored: Solution) -> None:
            form.saved(stored)
            self.results_model.forget_rows([stored.id])
            self._detail_id = ""
            self.show_solution(stored.id)
            self.basket_model.set_title(stored.id, stored.title)
            self._run_search()
            self.refresh_status()
            self.ui.statusBar.showMessage(
                self.tr("Saved. The change waits for the next sync."), 6000
            )
            self.solution_saved.emit(stored.id)

        def failed(exc: BaseException) -> None:
            form.save_failed()
            self.errors.report(exc, self.tr("The solution could not be saved."))

        self.tasks.write(save, saved, failed, what="save a solution")

    # == sync ==================================================================================
    def sync_now(self) -> None:
        """Sync with the hub in the background (F9); while a sync runs, the same action cancels.

        With automatic sync on (a hub is configured), F9 wakes that one sync thread, so two
        syncs never run at once; otherwise it runs one sync in a job thread.
        """
        if self._sync_active:
            if self._sync_cancel is not None:
                self._sync_cancel.set()
            elif self.auto_sync is not None:
                self.auto_sync.cancel()
            self.ui.statusBar.showMessage(self.tr("Cancelling the sync…"))
            return
        if not self.sync_ready or self.catalogue is None:
            return
        if self._auto_sync_stopping:
            self.ui.statusBar.showMessage(self.tr("Applying the new sync settings…"), 5000)
            return
        self._sync_started("manual")
        if self.auto_sync is not None:
            self.auto_sync.sync_now()
            return
        store, address = self.catalogue.store, self.settings.hub_address
        adapter, budget = self.adapter, self.settings.sync_budget
        cancel = self._sync_cancel = threading.Event()

        def run() -> Any:
            report = integrations.sync(store, address, self._emit_sync_progress, cancel, budget)
            if adapter is not None:
                adapter.index_changed()
            return report

        self.tasks.job(run, self._sync_done, self._sync_failed, what="sync with the hub")

    def _sync_started(self, how: str) -> None:
        self._sync_active = how
        self.ui.actionSyncNow.setText(self.tr("Cancel the sync"))
        self.sync_cancel_button.setText(self.tr("Cancel sync"))
        self.sync_cancel_button.setAccessibleName(self.tr("Cancel the sync"))
        self.sync_cancel_button.show()
        self.ui.statusBar.showMessage(self.tr("Syncing with the hub…"))

    def _emit_sync_progress(self, state: Any) -> None:
        """From a sync thread: hand the figures to the GUI thread."""
        self.sync_progress.emit(
            int(state.records_down), int(state.records_up),
            int(state.bytes_down) + int(state.bytes_up),
        )  # fmt: skip

    def _start_auto_sync(self) -> None:
        """Sync by itself when the hub becomes reachable and then on a schedule (sync/auto.py),
        once a hub and token are known and Settings does not turn it off; its callbacks come
        back by signal. Whether a token is known is read in a worker."""
        if (
            self.catalogue is None
            or self.auto_sync is not None
            or self._auto_sync_stopping
            or not self.sync_ready
            or self.settings.sync_interval == 0
        ):
            return
        store, address = self.catalogue.store, self.settings.hub_address
        self.tasks.read(
            lambda: integrations.hub_configured(store, address),
            lambda configured: self._begin_auto_sync(store) if configured else None,
            what="look for a hub to sync with",
        )

    def _begin_auto_sync(self, store: Any) -> None:
        interval = self.settings.sync_interval
        if (
            self._closed
            or self.catalogue is None
            or self.catalogue.store is not store
            or self.auto_sync is not None
            or self._auto_sync_stopping
            or interval == 0
        ):
            return
        adapter = self.adapter
        self._auto_generation += 1
        generation = self._auto_generation

        def emit(kind: str, payload: Any) -> None:  # tagged: a stopped schedule's are dropped
            self.auto_sync_event.emit(kind, (generation, payload))

        def report(result: Any) -> None:
            if adapter is not None:
                adapter.index_changed()
            emit("report", result)

        self.auto_sync = integrations.auto_sync(
            store,
            self.settings.hub_address,
            interval,
            self.settings.sync_budget,
            on_report=report,
            on_error=lambda exc: emit("error", exc),
            on_status=lambda status: emit("status", status),
            on_progress=self._emit_sync_progress,
        )
        self.auto_sync_changed.emit()

    def _restart_auto_sync(self) -> None:
        """Apply new sync settings: the running schedule stops (in a worker: a sync in progress
        ends at its next frame, keeping what arrived) before one with the new hub address and
        interval starts, so two syncs never overlap."""
        old, self.auto_sync = self.auto_sync, None
        if old is None:
            self._start_auto_sync()
            return
        self._auto_sync_stopping = True
        self._auto_generation += 1  # what the old schedule still says is not listened to

        def stopped(_result: Any = None) -> None:
            self._auto_sync_stopping = False
            if self._sync_active == "auto":
                self._sync_ended("stopped")
            if not self._closed:
                self._start_auto_sync()
            self.auto_sync_changed.emit()

        self.tasks.job(
            lambda: old.stop(timeout=120), stopped, lambda _exc: stopped(),
            what="stop automatic sync",
        )  # fmt: skip

    def _auto_sync_event(self, kind: str, tagged: Any) -> None:
        generation, payload = tagged
        if self._closed or generation != self._auto_generation:
            return  # from a schedule stopped by new settings (_restart_auto_sync ended its sync)
        if kind == "status":
            self._hub_state, self._hub_message = str(payload.state), str(payload.message)
            self._retranslate_status()
            if self._sync_active == "manual" and not payload.ok:
                self.ui.statusBar.showMessage(str(payload.message), 15000)
                self._sync_ended("failed")
        elif kind == "report":
            self._sync_done(payload)
        elif kind == "error":
            if self._sync_active == "manual":
                self._sync_failed(payload)
            else:  # nobody asked: say it quietly, the schedule tries again
                log.warning("automatic sync failed: %s", payload)
                self.ui.statusBar.showMessage(str(payload), 15000)
                self._sync_ended("failed")

    # == files and USB bundles ==================================================================
    def _dialog_place(self, name: str = "") -> str:
        """Where a file dialog opens: the folder a brief was last saved to, else home."""
        return str(Path(self.settings.brief_folder or Path.home()) / name)

    def ask_import_path(self) -> str:
        """Which file to import (tests replace this)."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a catalogue file or USB bundle"),
            self._dialog_place(),
            self.tr("Catalogue files and USB bundles (*.json *.csv *.sscbundle);;All files (*)"),
        )
        return path

    def ask_bundle_path(self) -> str:
        """Where to write the USB bundle (tests replace this)."""
        name = f"ssc-changes-{date.today().isoformat()}.sscbundle"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export my changes to a USB bundle"),
            self._dialog_place(name),
            self.tr("USB bundles (*.sscbundle);;All files (*)"),
        )
        return path

    def ask_export_path(self) -> str:
        """Where to write the listed solutions (tests replace this)."""
        name = f"ssc-solutions-{date.today().isoformat()}.json"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the listed solutions"),
            self._dialog_place(name),
            self.tr("Catalogue file, JSON (*.json);;Spreadsheet, CSV (*.csv)"),
        )
        return path

    def export_listed(self) -> None:
        """The solutions the list shows (the search and filters as they are), in its order, to
        a JSON or CSV file another office can import."""
        ids = list(self.results_model.ids)
        if self.catalogue is None:
            return
        if not ids:
            self.ui.statusBar.showMessage(self.tr("The list is empty: nothing to export."), 8000)
            return
        path = self.ask_export_path()
        if not path:
            return
        store, out = self.catalogue.store, Path(path)

        def done(count: int) -> None:
            self.ui.statusBar.showMessage(
                self.tr("%n solution(s) written to %1.", "", count).replace("%1", out.name), 15000
            )
            self.solutions_exported.emit(count)

        def failed(exc: BaseException) -> None:
            self.errors.report(exc, self.tr("The solutions were not written."))
            self.solutions_exported.emit(-1)

        self.tasks.job(
            lambda: integrations.export_solutions(store, ids, out), done, failed,
            what="export solutions",
        )  # fmt: skip

    def import_from_file(self) -> None:
        path = self.ask_import_path()
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, trust_key: str = "") -> None:
        """Import a hub's USB bundle or a JSON/CSV catalogue file on the writer thread: all of
        it or, when anything is wrong with it, nothing (the message says what)."""
        if self.catalogue is None:
            return
        store, adapter = self.catalogue.store, self.adapter

        def work() -> dict[str, Any]:
            summary = integrations.import_file(store, path, trust_key or None)
            if adapter is not None:
                adapter.index_changed()
            return summary

        def failed(exc: BaseException) -> None:
            fingerprint = integrations.hub_key_wanted(exc)
            if fingerprint is not None:
                self._ask_hub_key(path, fingerprint)
                return
            self.errors.report(exc, self.tr("The file was not imported; nothing was changed."))
            self.file_imported.emit(None)

        self.ui.statusBar.showMessage(self.tr("Importing %1…").replace("%1", path.name))
        self.tasks.write(work, self._imported, failed, what="import a file")

    def _ask_hub_key(self, path: Path, fingerprint: str) -> None:
        """A first hub bundle, before any online sync: the hub's key, from its administrator."""
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("The hub's key"))
        dialog.setLabelText(
            self.tr(
                "This catalogue has not met the hub that signed this bundle yet (its key's "
                "fingerprint: %1). Type the hub key your administrator gave you; compare the "
                "fingerprint with theirs."
            ).replace("%1", fingerprint)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        for label in dialog.findChildren(QLabel):
            label.setWordWrap(True)
        for edit in dialog.findChildren(QLineEdit):
            edit.setAccessibleName(self.tr("The hub's key"))
        dialog.resize(520, dialog.sizeHint().height())
        dialog.textValueSelected.connect(lambda key: self.import_file(path, key.strip()))
        dialog.rejected.connect(lambda: self.file_imported.emit(None))
        self.ui.statusBar.clearMessage()
        self.key_dialog = dialog
        dialog.open()

    def _imported(self, summary: dict[str, Any]) -> None:
        if summary["kind"] == "bundle":
            message = self.tr("USB bundle imported: %1 solution(s) received.").replace(
                "%1", str(summary.get("records", 0))
            )
            if summary.get("conflicts"):
                message += " " + self.tr(
                    "%n conflict(s) wait for a decision (ssc-desktop conflicts).",
                    "",
                    int(summary["conflicts"]),
                )
        else:
            message = (
                self.tr("Imported: %1 new, %2 updated, %3 unchanged, %4 kept (local edits).")
                .replace("%1", str(summary.get("added", 0)))
                .replace("%2", str(summary.get("updated", 0)))
                .replace("%3", str(summary.get("unchanged", 0)))
                .replace("%4", str(summary.get("kept_local_edit", 0)))
            )
        self.ui.statusBar.showMessage(message, 15000)
        self.results_model.forget_rows(list(self.results_model.ids))
        self._detail_id = ""
        self._run_search()
        self.refresh_status()
        self.file_imported.emit(summary)

    def export_changes(self) -> None:
        """Write this office's waiting edits to a signed USB bundle for the hub."""
        if self.catalogue is None or not self.sync_ready:
            return
        path = self.ask_bundle_path()
        if not path:
            return
        store, out = self.catalogue.store, Path(path)

        def done(summary: dict[str, Any]) -> None:
            self.ui.statusBar.showMessage(
                self.tr("%n change(s) written to %1: take it to the hub.", "",
                        int(summary["operations"])).replace("%1", out.name),
                15000,
            )  # fmt: skip
            self.bundle_exported.emit(summary)

        def failed(exc: BaseException) -> None:
            self.errors.report(exc, self.tr("No USB bundle was written."))
            self.bundle_exported.emit(None)

        self.tasks.write(
            lambda: integrations.export_bundle(store, out), done, failed, what="export a bundle"
        )

    def open_sync_history(self) -> None:
        """The last syncs (when, what moved, why one failed), read in a worker, to copy for
        support."""
        if not self.sync_ready or self.catalogue is None:
            return
        store = self.catalogue.store

        def show(entries: list[dict[str, Any]]) -> None:
            from ssc_desktop.gui.sync_history import SyncHistoryDialog

            dialog = SyncHistoryDialog(self, entries)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.history_dialog = dialog
            dialog.open()

        self.tasks.read(
            lambda: integrations.sync_history(store), show, what="read the sync history"
        )

    def open_conflicts(self) -> None:
        """Both values of each conflicting field; the user keeps theirs or takes the hub's."""
        if not self.sync_ready or self.catalogue is None:
            return
        from ssc_desktop.gui.conflicts import ConflictsDialog

        store, adapter = self.catalogue.store, self.adapter

        def load(show: Callable[[list[Any]], None]) -> None:
            self.tasks.read(lambda: integrations.conflicts(store), show,
                            what="list the sync conflicts")  # fmt: skip

        def resolve(conflict: Any, choice: str, done: Callable[[], None]) -> None:
            def work() -> None:
                integrations.resolve_conflict(store, conflict, choice)
                if adapter is not None:
                    adapter.index_changed()

            def finished(_result: Any) -> None:
                self.results_model.forget_rows([conflict.solution_id])
                self._detail_id = ""
                self._run_search()
                self.refresh_status()
                done()

            def failed(exc: BaseException) -> None:
                self.errors.report(exc, self.tr("The conflict could not be resolved."))
                dialog.reload()

            self.tasks.write(work, finished, failed, what="resolve a sync conflict")

        dialog = ConflictsDialog(self, load, resolve)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.conflicts_dialog = dialog
        dialog.open()

    def _sync_progress(self, down: int, up: int, size: int) -> None:
        if not self._sync_active and self.auto_sync is not None:  # the schedule started one
            self._sync_started("auto")
        if self._sync_active:
            self.ui.statusBar.showMessage(
                self.tr("Syncing: %1 received, %2 sent, %3 KB")
                .replace("%1", str(down)).replace("%2", str(up))
                .replace("%3", str(max(1, size // 1024)))
            )  # fmt: skip

    def _sync_ended(self, outcome: str) -> None:
        self._sync_cancel = None
        self._sync_active = ""
        self.sync_cancel_button.hide()
        self.ui.actionSyncNow.setText(self.tr("S&ync with the hub"))
        self.results_model.forget_rows(list(self.results_model.ids))
        self._detail_id = ""
        self._run_search()
        self.refresh_status()
        self._probe_hub()
        self.sync_finished.emit(outcome)

    def _sync_done(self, report: Any) -> None:
        if report.stopped:
            message = report.message or self.tr("The sync stopped; what arrived is kept.")
        else:
            message = (
                self.tr("Synced: %1 received, %2 sent.")
                .replace("%1", str(report.records_down))
                .replace("%2", str(report.records_up))
            )
            if report.conflicts:
                message += " " + self.tr(
                    "%n conflict(s) wait for a decision (ssc-desktop conflicts).",
                    "",
                    int(report.conflicts),
                )
        self.ui.statusBar.showMessage(message, 15000)
        self._sync_ended("stopped" if report.stopped else "done")

    def _sync_failed(self, exc: BaseException) -> None:
        self.ui.statusBar.clearMessage()
        if getattr(exc, "kind", "") == "not_configured":  # no hub or no token yet: say where
            self.ui.statusBar.showMessage(
                self.tr("To sync, give the hub address and your office token in Settings."), 15000
            )
            self._sync_ended("failed")
            self.open_settings()
            return
        self.errors.report(exc, self.tr("The sync did not complete; nothing was lost."))
        self._sync_ended("failed")

    # == status bar =============================================================================
    def refresh_status(self) -> None:
        catalogue = self.catalogue
        if catalogue is None:
            return

        sync_ready = self.sync_ready

        def figures() -> tuple[dict[str, Any], str, tuple[str, bool]]:
            store = catalogue.store
            hub = integrations.remembered_hub(store) if sync_ready else ("", False)
            return store.stats(), store.meta("last_sync_at") or "", hub

        def show(result: tuple[dict[str, Any], str, tuple[str, bool]]) -> None:
            self._stats, self._last_sync, (self._hub_known, self._token_known) = result
            self._retranslate_status()

        self.tasks.read(figures, show, what="count the catalogue")

    def _set_index_status(self, state: str) -> None:
        self._index_state = state
        self._retranslate_status()

    def _probe_hub(self) -> None:
        """Ask the sync client whether the hub answers (in the background, every few minutes)."""
        if not self.sync_ready or self.catalogue is None:
            self._hub_state = "not_configured"
            self._retranslate_status()
            return
        store, address = self.catalogue.store, self.settings.hub_address
        if self._hub_state not in ("ok", "unreachable"):
            self._hub_state = "checking"
            self._retranslate_status()

        def done(answer: tuple[str, str]) -> None:
            self._hub_state, self._hub_message = answer
            self._retranslate_status()

        self.tasks.probe(
            lambda: integrations.hub_status(store, address),
            done,
            lambda exc: done(("unreachable", str(exc))),
        )

    def _retranslate_status(self) -> None:
        stats = self._stats
        if stats:
            text = self.tr("%Ln solution(s) in the catalogue", "", int(stats.get("solutions", 0)))
            pending = int(stats.get("pending_sync", 0))
            if pending:
                text += " · " + self.tr("%Ln change(s) waiting for sync", "", pending)
            self.catalogue_status.setText(text)
        else:
            self.catalogue_status.setText(self.tr("Opening the catalogue…"))
        if self._last_sync:
            self.sync_status.setText(
                self.tr("Last sync: %1").replace("%1", _local_time(self._last_sync))
            )
        else:
            self.sync_status.setText(self.tr("Last sync: never"))
        hub = {
            "not_configured": self.tr("Hub: not configured"),
            "checking": self.tr("Hub: checking…"),
            "ok": self.tr("Hub: reachable"),
            "unreachable": self.tr("Hub: unreachable"),
            "captive_portal": self.tr("Hub: a sign-in page is in the way"),
            "incompatible": self.tr("Hub: versions do not match"),
            "insecure": self.tr("Hub: insecure address"),
        }
        if not self.sync_ready:
            self._hub_state = "not_configured"
        self.hub_status.setText(hub.get(self._hub_state, hub["unreachable"]))
        self.hub_status.setToolTip(self._hub_message)
        index = {
            "waiting": "",
            "opening": self.tr("Opening…"),
            "preparing": self.tr("Preparing the search index…"),
            "ready": "",
            "failed": self.tr("Search index unavailable"),
        }
        self.index_status.setText(index.get(self._index_state, ""))
        self.index_status.setVisible(bool(self.index_status.text()))
        self.catalogue_status.setAccessibleName(self.tr("Catalogue size"))
        self.sync_status.setAccessibleName(self.tr("Last sync"))
        self.hub_status.setAccessibleName(self.tr("Hub connection"))
        self.index_status.setAccessibleName(self.tr("Search index state"))

    # == actions ================================================================================
    def _update_actions(self) -> None:
        ui = self.ui
        opened = self.catalogue is not None
        has_detail = self.detail_solution is not None
        has_basket = bool(self.basket_model.ids)
        in_basket = bool(self._detail_id) and self._detail_id in self.basket_model
        ui.basketToggleButton.setEnabled(has_detail)
        ui.basketToggleButton.setText(
            self.tr("Remove from basket") if in_basket else self.tr("Add to basket")
        )
        ui.basketToggleButton.setAccessibleName(
            self.tr("Remove from the mission basket") if in_basket
            else self.tr("Add to the mission basket")
        )  # fmt: skip
        ui.editButton.setEnabled(has_detail and opened)
        ui.actionEditSolution.setEnabled(has_detail and opened)
        ui.actionNewSolution.setEnabled(opened)
        ui.actionSyncNow.setEnabled(opened and self.sync_ready)
        ui.actionConflicts.setEnabled(opened and self.sync_ready)
        ui.actionSyncHistory.setEnabled(opened and self.sync_ready)
        ui.actionImportFile.setEnabled(opened)
        ui.actionExportListed.setEnabled(opened)
        ui.actionExportBundle.setEnabled(opened and self.sync_ready)
        selected_basket = bool(ui.basketView.selectionModel().selectedRows())
        ui.removeFromBasketButton.setEnabled(selected_basket)
        ui.moveUpButton.setEnabled(selected_basket)
        ui.moveDownButton.setEnabled(selected_basket)
        ui.actionClearBasket.setEnabled(has_basket)
        can_brief = self.briefs_ready and has_basket and opened and not self._brief_running
        for widget in (ui.actionMakeBrief, ui.makeBriefButton):
            widget.setEnabled(can_brief)
        if not self.briefs_ready:
            tip = self.tr("The brief builder is not part of this version yet.")
        elif not has_basket:
            tip = self.tr("Add solutions to the basket first.")
        else:
            tip = self.tr("Make a PDF brief of the basket (Ctrl+P).")
        ui.actionMakeBrief.setToolTip(tip)
        ui.actionMakeBrief.setStatusTip(tip)
        ui.makeBriefButton.setToolTip(tip)

    # == settings, about, layout ================================================================
    def open_settings(self) -> None:
        from ssc_desktop.gui.dialogs import SettingsDialog

        dialog = SettingsDialog(
            self, self.settings, token_remembered=self._token_known, hub_known=self._hub_known
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self.apply_settings(
            dialog.hub_address, dialog.language, dialog.paper_size,
            token=dialog.token, sync_interval=dialog.sync_interval,
            sync_budget=dialog.sync_budget,
        ))  # fmt: skip
        self.settings_dialog = dialog
        dialog.open()

    def apply_settings(
        self,
        hub_address: str,
        language: str,
        paper_size: str,
        *,
        token: str = "",
        sync_interval: int | None = None,
        sync_budget: int | None = None,
    ) -> None:
        """Keep what the Settings dialog says; a new hub address, token or interval restarts
        automatic sync with it (a new token is written to the catalogue first, in a worker)."""
        settings = self.settings
        hub_changed = hub_address != settings.hub_address
        settings.hub_address = hub_address
        settings.paper_size = paper_size
        interval_changed = sync_interval is not None and sync_interval != settings.sync_interval
        if sync_interval is not None:
            settings.sync_interval = sync_interval
        if sync_budget is not None and sync_budget != settings.sync_budget:
            settings.sync_budget = sync_budget
            interval_changed = True  # the schedule restarts with the new budget
        if language != settings.language:
            self.set_language(language)
        settings.sync()
        if token and self.catalogue is not None and self.sync_ready:
            store = self.catalogue.store

            def remembered(_result: Any) -> None:
                self._token_known = True
                self._probe_hub()
                self._restart_auto_sync()

            self.tasks.write(
                lambda: integrations.remember_token(store, token),
                remembered,
                lambda exc: self.errors.report(exc, self.tr("The office token was not kept.")),
                what="remember the office token",
            )
            return
        if hub_changed:
            self._probe_hub()
        if (hub_changed or interval_changed) and self.catalogue is not None:
            self._restart_auto_sync()

    def set_language(self, choice: str) -> None:
        """Switch the interface language now (``""``: the system's)."""
        self.settings.language = choice
        self.language = self.context.translations.apply(choice)
        # Qt posts a LanguageChange event to every widget; ours re-set their texts there.

    def open_welcome(self) -> None:
        """The first-run page (also Help ▸ Welcome); remembered as seen."""
        from ssc_desktop.gui.welcome import WelcomeDialog

        dialog = WelcomeDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.welcome_dialog = dialog
        self.settings.welcome_shown = True
        dialog.open()

    def open_about(self) -> None:
        from ssc_desktop.gui.dialogs import AboutDialog

        dialog = AboutDialog(self, self.data_root, self.settings.file)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.about_dialog = dialog
        dialog.open()

    def _open_data_folder(self) -> None:
        if self.data_root is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_root)))

    def _open_log(self) -> None:
        from ssc_desktop.logs import current_log_file

        log_file = current_log_file()
        if log_file is not None and log_file.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file)))

    def reset_layout(self) -> None:
        width = max(self.width(), 900)
        facets = max(240, int(width * 0.2))
        results = max(380, int(width * 0.37))
        self.ui.mainSplitter.setSizes([facets, results, max(300, width - facets - results)])
        height = max(self.ui.rightSplitter.height(), 400)
        detail = int(height * 0.68)
        self.ui.rightSplitter.setSizes([detail, height - detail])

    def _restore_window(self) -> None:
        settings = self.settings
        geometry = settings.state("geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1366, 768)
        state = settings.state("state")
        if not state.isEmpty():
            self.restoreState(state)
        main = settings.state("main_splitter")
        right = settings.state("right_splitter")
        if main.isEmpty() or not self.ui.mainSplitter.restoreState(main):
            self.reset_layout()
        if not right.isEmpty():
            self.ui.rightSplitter.restoreState(right)

    def _restore_search(self) -> None:
        request = SearchRequest.from_json(self.settings.last_search)
        widgets = (self.ui.searchEdit, self.ui.sortCombo)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.ui.searchEdit.setText(request.text)
            self.ui.sortCombo.setCurrentIndex(SORTS.index(request.sort))
            (self.ui.actionSortRelevance, self.ui.actionSortNewest, self.ui.actionSortTitle)[
                SORTS.index(request.sort)
            ].setChecked(True)
            self.facet_model.set_filters(dict(request.filters))
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def _save_window(self) -> None:
        settings = self.settings
        settings.set_state("geometry", self.saveGeometry())
        settings.set_state("state", self.saveState())
        settings.set_state("main_splitter", self.ui.mainSplitter.saveState())
        settings.set_state("right_splitter", self.ui.rightSplitter.saveState())
        if self.catalogue is not None:
            settings.last_search = self.current_request().to_json()
        settings.sync()

    # == language ===============================================================================
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            update_row_height(self.ui.resultsView, self.delegate)
        if event.type() == QEvent.Type.LanguageChange:
            sort = self.ui.sortCombo.currentIndex()
            self.ui.sortCombo.blockSignals(True)
            self.ui.retranslateUi(self)
            self.ui.sortCombo.setCurrentIndex(sort)
            self.ui.sortCombo.blockSignals(False)
            self.language = self.context.translations.language
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.facet_model.set_titles(
            {
                "sdg": self.tr("Goals (SDGs)"),
                "region": self.tr("Region"),
                "country": self.tr("Country"),
                "organisation": self.tr("Organisation"),
                "modality": self.tr("Modality"),
                "year": self.tr("Year"),
            }
        )
        self.facet_model.set_language(self.language)
        self.delegate.language = self.language
        self.delegate.local_text = self.tr("Local")
        self.delegate.pending_text = self.tr("Waiting for sync")
        self.delegate.basket_text = self.tr("In basket")
        self.results_model.set_loading_text(self.tr("Loading…"))
        self.ui.resultsView.viewport().update()
        self._set_facet_title(counting=False)
        self._show_count(self.last_outcome)
        self._retranslate_basket()
        self._fill_brief_languages()
        self._retranslate_status()
        self._update_actions()
        self._rerender_detail()
        self.ui.menuBar.setAccessibleName(self.tr("Menu bar"))
        self.ui.statusBar.setAccessibleName(self.tr("Status bar"))
        self.ui.facetView.setAccessibleName(self.tr("Filters"))
        if self._open_error:
            self.ui.countLabel.setText(self.tr("The catalogue could not be opened."))

    def _fill_brief_languages(self) -> None:
        """The brief's language: the interface's, or any the brief is written in (a French
        brief for a mission to Dakar from an English interface)."""
        from ssc_desktop.gui.i18n import LANGUAGES

        combo = self.ui.briefLanguageCombo
        chosen = combo.currentData() if combo.count() else ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("As the interface"), "")
        for code, name in LANGUAGES.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _retranslate_basket(self) -> None:
        count = len(self.basket_model.ids)
        title = self.tr("Mission basket")
        if count:
            title += f" ({count})"
        self.ui.basketGroup.setTitle(title)

    # == closing ================================================================================
    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        event.accept()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Save what is pending, stop timers, finish the writer's queue, close the catalogue."""
        if self._closed:
            return
        self._closed = True
        self._save_window()
        self._flush_note()
        if self._basket_timer.isActive():
            self._save_mission()
        for timer in (self._search_timer, self._note_timer, self._basket_timer, self._hub_timer):
            timer.stop()
        self.results_model.stop()
        self._brief_cancel.set()
        if self._sync_cancel is not None:
            self._sync_cancel.set()
        if self.auto_sync is not None:
            self.auto_sync.stop(timeout=10)
            self.auto_sync = None
        if self.form is not None:
            self.form.done(0)
        self.errors.close()
        self.search_runner.shutdown()
        self.tasks.shutdown()
        self.context.translations.remove()  # translators are the application's, not ours
        if self.catalogue is not None:
            self.catalogue.close()
            self.catalogue = None


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=True)


def _qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else NO_DATE


def _pydate(day: QDate) -> date | None:
    if day == NO_DATE or not day.isValid():
        return None
    return date(day.year(), day.month(), day.day())


def _local_time(stamp: str) -> str:
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    return moment.strftime("%Y-%m-%d %H:%M")
