"""Searching: the search box, sort, filters (facets), the result list and its hints.

Typing searches at once, then at most once per interval (the latest request wins, on the search
thread). Result rows are loaded lazily as they come into view. Every write the session reports
(the one "changed" signal) forgets the rows it touched and searches again.

The result list comes first: new facet counts are applied once the list has painted (the
latest of several, if they come quickly). The facet panel shows the facet model itself; the
filter proxy is put in between only while something is typed in "Find a country, goal…" (with
nothing to find it would only re-filter after every search), and the groups that were open
before are opened again when that box is cleared.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStyle

from ssc_desktop.app.events import Change, ChangeKind
from ssc_desktop.app.search import (
    FACETS,
    SORTS,
    FacetValue,
    Outcome,
    Row,
    SearchRequest,
    SearchService,
    Snippet,
)
from ssc_desktop.gui import labels
from ssc_desktop.gui.controllers.shared import Shared
from ssc_desktop.gui.controllers.statusbar import IndexState, Priority
from ssc_desktop.gui.delegates import ResultDelegate, setup_results_view
from ssc_desktop.gui.i18n import format_number
from ssc_desktop.gui.models import FacetModel, ResultsModel
from ssc_desktop.gui.notices import notice_text
from ssc_desktop.gui.tasks import SearchRunner
from ssc_desktop.search.results import NoticeKind


class SearchController(QObject):
    results_shown = Signal(int)  # generation (any outcome, first page included)
    search_finished = Signal(int)  # generation (the complete outcome is shown)
    index_ready = Signal(str)  # "rebuilt" / "updated" / "current"

    INTERVAL_MS = 150  # at most one search per interval while typing (first at once)
    # New facet counts wait for the result list's paint, or at most this long.
    FACETS_AFTER_MS = 40
    # Groups open at start.
    OPEN_GROUPS = ("sdg", "region", "modality")

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared.window)
        self.shared = shared
        ui = shared.ui
        self.adapter: SearchService | None = None
        self.runner = SearchRunner(self)
        self.last_outcome: Outcome | None = None
        self.search_generation = 0  # the latest search asked for (its results may be coming)
        self.shown_generation = 0  # the search whose results are in the list
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._timer_fired)

        self.results_model = ResultsModel(self)
        self.delegate = ResultDelegate(ui.resultsView)
        # A one-column table, not a QListView: a list view lays out every row again on any
        # dataChanged (O(n) Python calls); a table with fixed row heights does not.
        ui.resultsView.setModel(self.results_model)
        setup_results_view(ui.resultsView, self.delegate)
        self.facet_model = FacetModel(self)
        self.facet_model.set_font(ui.facetView.font())
        self.facet_proxy = QSortFilterProxyModel(self)  # attached while finding (see above)
        self.facet_proxy.setRecursiveFilteringEnabled(True)
        self.facet_proxy.setAutoAcceptChildRows(True)  # "country" lists every country
        self.facet_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.facet_proxy.setFilterKeyColumn(0)
        self._open_before_find: list[str] = []
        self._pending_facets: tuple[int, dict[str, list[FacetValue]]] | None = None
        self._facet_timer = QTimer(self)
        self._facet_timer.setSingleShot(True)
        self._facet_timer.timeout.connect(self._apply_facets)
        ui.facetView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._show_facets(self.facet_model)
        self._open_groups(self.OPEN_GROUPS)
        self.no_match_label = QLabel(ui.facetPanel)
        self.no_match_label.setObjectName("facetNoMatchLabel")
        self.no_match_label.setWordWrap(True)
        self.no_match_label.hide()
        ui.facetLayout.insertWidget(ui.facetLayout.indexOf(ui.facetFindEdit) + 1,
                                    self.no_match_label)  # fmt: skip
        ui.facetView.installEventFilter(self)
        ui.resultsView.viewport().installEventFilter(self)
        self._fit_facet_panel()

        self.sort_actions = (ui.actionSortRelevance, ui.actionSortNewest, ui.actionSortTitle)
        self.runner.outcome.connect(self._on_outcome)
        self.runner.failed.connect(self._on_failed)
        self.runner.finished.connect(self._on_finished)
        self.results_model.rows_wanted.connect(self._load_rows)
        ui.searchEdit.textChanged.connect(self._query_changed)
        ui.searchEdit.installEventFilter(self)
        ui.sortCombo.currentIndexChanged.connect(self._sort_changed)
        for number, action in enumerate(self.sort_actions):
            action.triggered.connect(lambda _c=False, n=number: ui.sortCombo.setCurrentIndex(n))
        self.facet_model.filters_changed.connect(self.run)
        ui.facetFindEdit.textChanged.connect(self._find_facet)
        ui.clearFiltersButton.clicked.connect(self.clear_filters)
        ui.actionClearFilters.triggered.connect(self.clear_filters)
        ui.hintLabel.linkActivated.connect(self._hint_link)
        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionClearSearch.triggered.connect(self.clear_search)
        ui.actionFocusResults.triggered.connect(self.focus_results)
        ui.actionFocusFilters.triggered.connect(lambda: ui.facetView.setFocus())
        shared.bridge.changed.connect(self._changed)

    # -- the catalogue ------------------------------------------------------------------------
    def attach(self, adapter: SearchService) -> None:
        """The catalogue is open: search what the box says now, then prepare the index."""
        self.adapter = adapter
        session = self.shared.session
        if session is not None:
            session.keep_index_current(adapter.index_changed)
        self.run()
        self.shared.status.set_index(IndexState.PREPARING)
        self.shared.tasks.write(
            adapter.prepare_index, self._index_prepared, self._index_failed,
            what="prepare the search index",
        )  # fmt: skip

    def _index_prepared(self, state: str) -> None:
        self.shared.status.set_index(IndexState.READY)
        if state != "current":
            self.shared.status.show(self.tr("The search index is ready."), Priority.INFO, 5000)
        if self.shared.ui.searchEdit.text().strip():
            self.run()
        self.index_ready.emit(state)

    def _index_failed(self, exc: BaseException) -> None:
        self.shared.status.set_index(IndexState.FAILED)
        self.shared.errors.report(
            exc, self.tr("The search index could not be built; words are matched simply for now.")
        )

    def _changed(self, change: Change) -> None:
        if ChangeKind.SOLUTIONS not in change.kinds:
            return
        ids = self.results_model.ids if change.everything else change.ids
        self.results_model.forget_rows(ids)
        self.run()

    # -- searching ------------------------------------------------------------------------------
    def current_request(self) -> SearchRequest:
        ui = self.shared.ui
        return SearchRequest(
            text=ui.searchEdit.text(),
            filters=self.facet_model.filters(),
            sort=SORTS[max(0, ui.sortCombo.currentIndex())],
        )

    def restore(self, request: SearchRequest) -> None:
        """The last search, before any keystroke (so typing during start-up is kept)."""
        ui = self.shared.ui
        widgets = (ui.searchEdit, ui.sortCombo)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            ui.searchEdit.setText(request.text)
            ui.sortCombo.setCurrentIndex(SORTS.index(request.sort))
            self.sort_actions[SORTS.index(request.sort)].setChecked(True)
            self.facet_model.set_filters(dict(request.filters))
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def _query_changed(self) -> None:
        """As the user types: search at once, then at most once per interval (latest wins)."""
        self._dirty = True
        if not self._timer.isActive():
            self.run()
            self._timer.start()

    def _timer_fired(self) -> None:
        if self._dirty:
            self.run()
            self._timer.start()

    def _sort_changed(self, index: int) -> None:
        if 0 <= index < len(self.sort_actions):
            self.sort_actions[index].setChecked(True)
        self.run()

    def run(self) -> None:
        self._dirty = False
        adapter = self.adapter
        if adapter is None:  # attach() searches once the catalogue is open
            return
        request = self.current_request()
        self.search_generation = self.runner.submit(
            lambda is_stale: adapter.search(request, is_stale)
        )
        self._set_facet_title(counting=True)

    def _on_outcome(self, generation: int, outcome: Outcome) -> None:
        if generation != self.search_generation:
            return
        self.last_outcome = outcome
        self.shown_generation = generation
        self.results_model.set_result(generation, outcome.ids, outcome.rows, outcome.snippets)
        if outcome.facets is not None:  # applied once the list has painted (see _apply_facets)
            self._pending_facets = (generation, outcome.facets)
            self._facet_timer.start(self.FACETS_AFTER_MS)
        self._show_count(outcome)
        self.results_shown.emit(generation)
        if outcome.complete:
            self.search_finished.emit(generation)

    @property
    def facets_pending(self) -> bool:
        """New facet counts wait to be shown (they follow the result list's paint)."""
        return self._pending_facets is not None

    def _apply_facets(self) -> None:
        """Show the latest counts (those of a search overtaken meanwhile are dropped: the newer
        one brings its own)."""
        self._facet_timer.stop()
        pending, self._pending_facets = self._pending_facets, None
        if pending is None or pending[0] != self.search_generation:
            return
        self.facet_model.set_counts(pending[1])
        self._set_facet_title(counting=False)
        self._show_no_match()

    def _on_failed(self, _generation: int, exc: BaseException) -> None:
        self._set_facet_title(counting=False)
        self.shared.errors.report(exc, self.tr("The search failed."))

    def _on_finished(self, generation: int) -> None:
        if generation == self.search_generation and self._pending_facets is None:
            self._set_facet_title(counting=False)

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

        def loaded(rows: tuple[dict[str, Row], dict[str, Snippet]]) -> None:
            self.results_model.add_rows(generation, *rows)

        self.shared.tasks.read(load, loaded, what="load result rows")

    # -- what the list says ---------------------------------------------------------------------
    def _show_count(self, outcome: Outcome | None) -> None:
        ui = self.shared.ui
        if outcome is None:
            ui.countLabel.setText("")
            ui.hintLabel.setText("")
            return
        shown = len(outcome.ids)
        if outcome.capped and shown < outcome.total:
            text = self.tr("Showing the best %1 of %Ln solution(s)", "", outcome.total).replace(
                "%1", format_number(shown)
            )
        else:
            text = self.tr("%Ln solution(s)", "", outcome.total)
        ui.countLabel.setText(text)
        hints = [text for text in map(notice_text, dict.fromkeys(outcome.notices)) if text]
        parts = [_escape(h) for h in hints]
        if outcome.suggestion and not outcome.corrected:
            parts.insert(
                0,
                self.tr("Did you mean %1?").replace(
                    "%1",
                    f"<a href='suggest:{_escape(outcome.suggestion)}'>"
                    f"{_escape(outcome.suggestion)}</a>",
                ),
            )
        for notice in outcome.notices:
            if notice.kind is NoticeKind.NO_SOLUTION_FOR_COUNTRY and notice.suggestion:
                parts.append(
                    self.tr("Search %1 instead?").replace(
                        "%1",
                        f"<a href='suggest:{_escape(notice.suggestion)}'>"
                        f"{_escape(notice.suggestion)}</a>",
                    )
                )
        ui.hintLabel.setText(" ".join(parts))
        ui.hintLabel.setToolTip(" ".join(hints))

    def _hint_link(self, link: str) -> None:
        if link.startswith("suggest:"):
            self.shared.ui.searchEdit.setText(link.removeprefix("suggest:"))

    def _set_facet_title(self, *, counting: bool) -> None:
        title = self.tr("Filters")
        if counting:
            title += " " + self.tr("(counting…)")
        self.shared.ui.facetTitle.setText(title)

    # -- the facet panel --------------------------------------------------------------------------
    def _show_facets(self, model: QAbstractItemModel) -> None:
        """Show ``model`` (the facet model, or the proxy while finding) in the panel."""
        view = self.shared.ui.facetView
        old = view.selectionModel()
        view.setModel(model)
        if old is not None:
            old.deleteLater()
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed width for the counts: sizing the column to its contents asks every row for its
        # text after every search.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, self._count_width())

    def facet_view_index(self, source: QModelIndex) -> QModelIndex:
        """Where a facet model index is in the panel (through the proxy while finding)."""
        if self.shared.ui.facetView.model() is self.facet_proxy:
            return self.facet_proxy.mapFromSource(source)
        return source

    def open_groups(self) -> list[str]:
        """The facets whose values are shown in the panel."""
        view = self.shared.ui.facetView
        return [
            name
            for name in FACETS
            if view.isExpanded(
                self.facet_view_index(self.facet_model.index(self.facet_model.group_row(name), 0))
            )
        ]

    def _open_groups(self, names: tuple[str, ...] | list[str]) -> None:
        view = self.shared.ui.facetView
        for name in names:
            source = self.facet_model.index(self.facet_model.group_row(name), 0)
            view.expand(self.facet_view_index(source))

    def _find_facet(self, text: str) -> None:
        text = text.strip()
        view = self.shared.ui.facetView
        finding = view.model() is self.facet_proxy
        if text:
            if not finding:
                self._open_before_find = self.open_groups()
                self.facet_proxy.setFilterFixedString(text)
                self.facet_proxy.setSourceModel(self.facet_model)
                self._show_facets(self.facet_proxy)
            else:
                self.facet_proxy.setFilterFixedString(text)
            view.expandAll()
        elif finding:
            self._show_facets(self.facet_model)
            self.facet_proxy.setSourceModel(None)  # type: ignore[arg-type]
            self._open_groups(self._open_before_find)
        self._show_no_match()

    def _show_no_match(self) -> None:
        """Say so when the words in "Find a country, goal…" match no filter."""
        text = self.shared.ui.facetFindEdit.text().strip()
        empty = (
            bool(text)
            and self.shared.ui.facetView.model() is self.facet_proxy
            and self.facet_proxy.rowCount() == 0
        )
        if empty:
            self.no_match_label.setText(self.tr("No filter matches “%1”.").replace("%1", text))
        self.no_match_label.setVisible(empty)

    def _count_width(self) -> int:
        """Room for a count up to 99,999 in the panel's font."""
        view = self.shared.ui.facetView
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        metrics = view.fontMetrics()
        return metrics.horizontalAdvance("99,999") + 2 * margin + metrics.averageCharWidth()

    def facet_panel_width(self) -> int:
        """The panel's least width: room for common long names ("3. Good health and
        well-being", "United Republic of Tanzania") with the check box, tile, count and
        scroll bar, in the panel's font and the interface language; longer names are cut
        and shown whole in their tooltip."""
        view = self.shared.ui.facetView
        style, metrics = view.style(), view.fontMetrics()
        model, language = self.facet_model, self.shared.language
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view)
        scroll = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        goal = (
            model.icon_side
            + 2 * margin
            + metrics.horizontalAdvance(model.label("sdg", FacetValue("3", 0)))
        )
        country = metrics.horizontalAdvance(labels.country_label("TZA", language))
        slack = 3 * metrics.averageCharWidth()  # the style's spacing between check box and text
        levels = 2 if view.rootIsDecorated() else 1  # a value is indented under its group
        return (
            levels * view.indentation() + indicator + 4 * margin + max(goal, country) + slack
            + self._count_width() + scroll + 2 * view.frameWidth()
        )  # fmt: skip

    def _fit_facet_panel(self) -> None:
        """Fit the panel to the font (tiles, counts, least width); again when it changes."""
        ui = self.shared.ui
        self.facet_model.set_font(ui.facetView.font())
        side = self.facet_model.icon_side
        ui.facetView.setIconSize(QSize(side, side))
        ui.facetView.header().resizeSection(1, self._count_width())
        ui.facetPanel.setMinimumWidth(self.facet_panel_width())

    def retranslate(self) -> None:
        language = self.shared.language
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
        self.facet_model.set_language(language)
        self._fit_facet_panel()
        self._show_no_match()
        self.delegate.language = language
        self.delegate.local_text = self.tr("Local")
        self.delegate.pending_text = self.tr("Waiting for sync")
        self.delegate.basket_text = self.tr("In basket")
        self.results_model.set_loading_text(self.tr("Loading…"))
        self.shared.ui.resultsView.viewport().update()
        self._set_facet_title(counting=False)
        self._show_count(self.last_outcome)
        self.shared.ui.facetView.setAccessibleName(self.tr("Filters"))

    # -- keyboard -------------------------------------------------------------------------------
    def set_filter_value(self, facet: str, value: str, ticked: bool) -> None:
        """Tick or untick one facet value as the panel does (the map's clicks): through the
        facet model's check state when the value is listed, else by setting the filters."""
        model = self.facet_model
        index = model.value_index(facet, value)
        if index.isValid():
            state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
            model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)
            return
        filters = model.filters()
        values = set(filters.get(facet, frozenset()))
        if (value in values) == ticked:
            return
        values = values | {value} if ticked else values - {value}
        filters[facet] = frozenset(values)
        model.set_filters(filters)
        model.filters_changed.emit()

    def clear_filters(self) -> None:
        self.facet_model.clear()

    def clear_search(self) -> None:
        """Esc: clear the words (a second Esc clears the filters too)."""
        edit = self.shared.ui.searchEdit
        if edit.text():
            edit.clear()
        else:
            self.clear_filters()
        edit.setFocus()

    def focus_search(self) -> None:
        edit = self.shared.ui.searchEdit
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def focus_results(self) -> None:
        view = self.shared.ui.resultsView
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.currentIndex().isValid() and self.results_model.rowCount() > 0:
            view.setCurrentIndex(self.results_model.index(0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        ui = self.shared.ui
        if (
            event.type() == QEvent.Type.Paint
            and self._pending_facets is not None
            and watched is ui.resultsView.viewport()
        ):
            self._facet_timer.start(0)  # right after this paint
        elif event.type() == QEvent.Type.FontChange and watched is ui.facetView:
            self._fit_facet_panel()
        elif (
            watched is self.shared.ui.searchEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.focus_results()
            return True
        return super().eventFilter(watched, event)

    def shutdown(self) -> None:
        self._timer.stop()
        self._facet_timer.stop()
        self._pending_facets = None
        self.results_model.stop()
        self.runner.shutdown()


def _escape(text: str) -> str:
    return html.escape(text, quote=True)
