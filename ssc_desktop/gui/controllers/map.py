"""The Map tab beside the result list: for the current search, how many solutions involve each
country (in any role, as provider, as recipient) or the exchanges between them.

The counts are computed on a reader thread (:class:`ssc_desktop.app.maps.MapService`), only
while the tab is shown, after the search's complete outcome (so typing never waits for the
map); the newest request wins. A click on a country ticks or unticks it in the country facet
through the search controller (:meth:`SearchController.set_filter_value`): the facet panel stays
the keyboard route to the same filters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ssc_desktop.app.events import Change, ChangeKind
from ssc_desktop.app.search import SearchRequest
from ssc_desktop.gui.controllers.shared import Shared
from ssc_desktop.gui.map_widget import MAX_ARCS, MapWidget

if TYPE_CHECKING:
    from ssc_desktop.app.maps import MapService, SearchMap
    from ssc_desktop.app.search import SearchService
    from ssc_desktop.gui.controllers.search import SearchController

MODES = ("any", "provider", "recipient", "exchanges")


class MapController(QObject):
    # A new map is on screen (its request), for tests and the benchmark.
    map_shown = Signal(object)

    def __init__(self, shared: Shared, search: SearchController) -> None:
        super().__init__(shared.window)
        self.shared = shared
        self.search = search
        self.service: MapService | None = None
        self.shown: SearchMap | None = None
        self._wanted: SearchRequest | None = None
        self._computing: SearchRequest | None = None
        self._failed: SearchRequest | None = None
        ui = shared.ui
        self.tabs = ui.resultsTabs

        page = ui.mapTab
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 4, 0)
        bar.setSpacing(2)
        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        self.mode_buttons: dict[str, QToolButton] = {}
        for number, mode in enumerate(MODES):
            button = QToolButton(page)
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.mode_group.addButton(button, number)
            self.mode_buttons[mode] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.status_label = QLabel(page)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_label.setContentsMargins(4, 0, 4, 0)
        self.zoom_buttons: dict[str, QToolButton] = {}
        for name in ("in", "out", "fit"):
            button = QToolButton(page)
            self.zoom_buttons[name] = button
            bar.addWidget(button)
        self.view = MapWidget(page)
        self.disclaimer = QLabel(page)
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setContentsMargins(4, 0, 4, 2)
        font = self.disclaimer.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        self.disclaimer.setFont(font)
        self.disclaimer.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar_widget = QWidget(page)
        bar_widget.setLayout(bar)
        ui.mapLayout.addWidget(bar_widget)
        ui.mapLayout.addWidget(self.view, 1)
        ui.mapLayout.addWidget(self.status_label)
        ui.mapLayout.addWidget(self.disclaimer)

        mode = shared.settings.map_mode
        self.mode_buttons[mode].setChecked(True)
        if shared.settings.results_view == "map":
            self.tabs.setCurrentWidget(ui.mapTab)
        self.mode_group.idToggled.connect(self._mode_toggled)
        self.zoom_buttons["in"].clicked.connect(self.view.zoom_in)
        self.zoom_buttons["out"].clicked.connect(self.view.zoom_out)
        self.zoom_buttons["fit"].clicked.connect(self.view.reset_view)
        self.view.country_clicked.connect(self.toggle_country)
        self.tabs.currentChanged.connect(self._tab_changed)
        search.search_finished.connect(self._search_finished)
        search.facet_model.filters_changed.connect(self._filters_changed)
        ui.actionFocusResults.triggered.connect(self._focus_results)
        shared.bridge.changed.connect(self._changed)
        page.installEventFilter(self)

    # -- state ----------------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return MODES[max(0, self.mode_group.checkedId())]

    @property
    def visible(self) -> bool:
        return self.tabs.currentWidget() is self.shared.ui.mapTab and self.tabs.isVisible()

    def show_map(self) -> None:
        self.tabs.setCurrentWidget(self.shared.ui.mapTab)

    def show_list(self) -> None:
        self.tabs.setCurrentWidget(self.shared.ui.listTab)

    def attach(self, adapter: SearchService) -> None:
        """The catalogue is open: maps are counted over its search service."""
        from ssc_desktop.app.maps import MapService

        self.service = MapService(adapter)
        self._refresh()

    # -- computing ------------------------------------------------------------------------------
    def _search_finished(self, _generation: int) -> None:
        outcome = self.search.last_outcome
        if outcome is not None:
            self._wanted = outcome.request
            self._refresh()

    def _refresh(self) -> None:
        """Count for the newest request, if the tab is shown and nothing is counting already
        (its answer starts the next count)."""
        wanted = self._wanted
        service = self.service
        if (
            service is None
            or wanted is None
            or not self.visible
            or self._computing is not None
            or (self.shown is not None and self.shown.request == wanted)
            or wanted == self._failed
        ):
            return
        self._computing = wanted
        self._set_status()
        self.shared.tasks.read(
            lambda: service.map_for(wanted), self._computed, self._compute_failed,
            what="count the map",
        )  # fmt: skip

    def _computed(self, result: SearchMap) -> None:
        self._computing = None
        if result.request == self._wanted:
            self.shown = result
            self._draw()
            self.map_shown.emit(result.request)
        self._set_status()
        self._refresh()

    def _compute_failed(self, exc: BaseException) -> None:
        self._failed, self._computing = self._computing, None
        self._set_status()
        self.shared.errors.report(exc, self.tr("The map could not be drawn."))

    def _changed(self, change: Change) -> None:
        # The search runs again after a write and its complete outcome brings a new count;
        # the same request must be counted again too.
        if ChangeKind.SOLUTIONS in change.kinds:
            self.shown = None
            self._failed = None

    def _draw(self) -> None:
        from ssc_desktop.maps import Role

        result = self.shown
        if result is None:
            return
        mode = self.mode
        if mode == "exchanges":
            self.view.show_data(result.listed, Role.ANY, exchanges=True, selected=self._selected())
        else:
            self.view.show_data(result.facet, Role(mode), selected=self._selected())
        self._set_status()

    # -- the user -------------------------------------------------------------------------------
    def _mode_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.shared.settings.map_mode = self.mode
            self._draw()

    def _tab_changed(self, _index: int) -> None:
        showing = self.tabs.currentWidget() is self.shared.ui.mapTab
        self.shared.settings.results_view = "map" if showing else "list"
        if showing:
            outcome = self.search.last_outcome
            if outcome is not None and outcome.complete:
                self._wanted = outcome.request
            self._refresh()

    def _filters_changed(self) -> None:
        self.view.set_selected(self._selected())  # at once; the counts follow the search

    def _selected(self) -> frozenset[str]:
        return self.search.facet_model.filters().get("country", frozenset())

    def toggle_country(self, iso3: str) -> None:
        """A click: filter by this country, or stop filtering by it (as the facet's tick)."""
        self.search.set_filter_value("country", iso3, iso3 not in self._selected())

    def _focus_results(self) -> None:
        # Ctrl+2 means the result list: bring it to the front when the map is shown.
        if self.tabs.currentWidget() is self.shared.ui.mapTab:
            self.show_list()
            self.search.focus_results()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.shared.ui.mapTab and event.type() == QEvent.Type.Show:
            self._refresh()  # the window shown with the map tab current
        return super().eventFilter(watched, event)

    # -- words ----------------------------------------------------------------------------------
    def _set_status(self) -> None:
        result = self.shown
        if self._computing is not None and result is None:
            self.status_label.setText(self.tr("Counting…"))
            return
        if result is None:
            self.status_label.setText("")
            return
        if self.mode == "exchanges":
            data = result.listed
            text = self.tr("%1 solutions listed · %2 provider → recipient pairs")
            text = text.replace("%1", str(data.total)).replace("%2", str(len(data.pairs)))
            if len(data.pairs) > MAX_ARCS:
                text += " " + self.tr("(the %1 strongest drawn)").replace("%1", str(MAX_ARCS))
        else:
            data = result.facet
            text = self.tr("%1 solutions · %2 countries")
            text = text.replace("%1", str(data.total)).replace(
                "%2", str(len(data.counts(self.view.role)))
            )
        if self._computing is not None:
            text += " " + self.tr("(counting…)")
        self.status_label.setText(text)

    def retranslate(self) -> None:
        from ssc_desktop.maps import disclaimer

        names = {
            "any": (self.tr("All roles"), self.tr("Countries involved in any role")),
            "provider": (self.tr("As provider"), self.tr("Countries sharing their solution")),
            "recipient": (self.tr("As recipient"), self.tr("Countries taking a solution up")),
            "exchanges": (
                self.tr("Exchanges"),
                self.tr("Arcs from provider to recipient countries, thicker for more solutions"),
            ),
        }
        for mode, (text, tip) in names.items():
            button = self.mode_buttons[mode]
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text)
        for name, (text, tip) in {
            "in": ("+", self.tr("Zoom in (+ or the mouse wheel)")),
            "out": ("−", self.tr("Zoom out (-)")),
            "fit": (self.tr("Whole world"), self.tr("Show the whole world (0)")),
        }.items():
            button = self.zoom_buttons[name]
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        language = self.shared.language
        self.view.language = language
        self.view.setAccessibleName(self.tr("Map"))
        self.view.setAccessibleDescription(
            self.tr(
                "Solutions per country. Drag or use the arrow keys to move, + and - to zoom. "
                "The Filters panel (Ctrl+1) lists the same countries."
            )
        )
        self.disclaimer.setText(disclaimer(language))
        self.view.update()
        self._set_status()
