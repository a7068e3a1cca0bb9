"""Facets: tick values, see the list and the counts change; combine with words; clear all."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyleOptionViewItem,
    QToolTip,
    QTreeView,
)

from ssc_desktop.app.search import FacetValue
from ssc_desktop.gui.models import CountRole, RowRole


def rows(window: Any) -> list[Any]:
    model = window.search.results_model
    return [model.data(model.index(r), RowRole) for r in range(model.rowCount())]


def tick(window: Any, qtbot: Any, facet: str, value: str) -> None:
    """Tick a facet value the way a keyboard user does: select it and press Space."""
    view = window.ui.facetView
    source = window.search.facet_model.value_index(facet, value)
    assert source.isValid(), f"{facet}={value} is not listed"
    view.expand(window.search.facet_view_index(source.parent()))
    index = window.search.facet_view_index(source)
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Space)


def test_ticking_a_facet_changes_the_list_and_the_counts(
    make_window: Any, qtbot: Any, wait_search: Any
):
    window = make_window()
    facets = window.search.facet_model
    assert facets.count_of("sdg", "2") == 4  # primary or secondary goal 2
    assert facets.count_of("country", "BRA") == 3
    assert facets.count_of("modality", "technology_transfer") == 3

    tick(window, qtbot, "sdg", "7")
    wait_search(qtbot, window)
    assert facets.filters() == {"sdg": frozenset({"7"})}
    listed = rows(window)
    assert len(listed) == 3 and all(7 in row.sdgs for row in listed)
    assert window.ui.countLabel.text() == "3 solutions"
    # Other facets now count within SDG 7; the SDG facet itself still shows every goal.
    assert facets.count_of("country", "BRA") is None
    assert facets.count_of("country", "IND") == 2
    assert facets.count_of("sdg", "2") == 4
    assert window.search.facet_model.index(0, 1).data() == "✓ 1"

    # A second value of the same facet widens (OR), another facet narrows (AND).
    tick(window, qtbot, "sdg", "2")
    wait_search(qtbot, window)
    assert len(rows(window)) == 6
    tick(window, qtbot, "country", "ETH")
    wait_search(qtbot, window)
    assert {r.title for r in rows(window)} == {
        "Solar mini-grids for rural clinics",
        "Vaccines cold chain with solar fridges",
    }

    window.ui.clearFiltersButton.click()
    wait_search(qtbot, window)
    assert facets.filters() == {}
    assert len(rows(window)) == 12
    assert facets.count_of("country", "BRA") == 3


def test_facets_combine_with_words_and_ticked_values_stay_listed(
    make_window: Any, qtbot: Any, wait_search: Any
):
    window = make_window()
    qtbot.waitUntil(lambda: window.search.adapter.index_ready, timeout=20_000)
    tick(window, qtbot, "region", "419")  # Latin America and the Caribbean
    wait_search(qtbot, window)
    assert len(rows(window)) == 5  # BRA x3, PER, MEX
    window.ui.searchEdit.setText("school")
    wait_search(qtbot, window, "school")
    assert [r.title for r in rows(window)] == ["School feeding with local produce"]
    window.ui.searchEdit.setText("vaccines")
    wait_search(qtbot, window, "vaccines")
    assert rows(window) == []
    assert window.search.facet_model.count_of("region", "419") == 0, "a ticked value stays, at zero"
    assert (
        window.search.facet_model.value_index("region", "419").data(Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked
    )


def test_facet_labels_show_sdg_numbers_colours_and_names(make_window: Any):
    window = make_window()
    index = window.search.facet_model.value_index("sdg", "7")
    assert index.data() == "7. Affordable and clean energy"
    icon = index.data(Qt.ItemDataRole.DecorationRole)
    side = window.search.facet_model.icon_side  # the tile is as tall as a line of text
    image = icon.pixmap(side, side).toImage()
    assert image.width() == side
    assert image.pixelColor(side // 2, 2).name().lower() == "#fcc30b"  # the official SDG 7 colour
    assert window.search.facet_model.value_index("region", "202").data() == "Sub-Saharan Africa"
    assert window.search.facet_model.value_index("organisation", "WFP").data() == (
        "World Food Programme (WFP)"
    )


def test_finding_a_facet_value_by_typing(make_window: Any, qtbot: Any):
    window = make_window()
    window.ui.facetFindEdit.setText("keny")
    proxy = window.search.facet_proxy
    shown = []
    for group in range(proxy.rowCount()):
        parent = proxy.index(group, 0)
        shown += [proxy.index(r, 0, parent).data() for r in range(proxy.rowCount(parent))]
    assert shown == ["Kenya"]


# -- the facet panel (issue 13, "The window") -------------------------------------------------
def group_values(window: Any, facet: str) -> list[tuple[str, int]]:
    """(label, count) of a facet's values, in the panel's order."""
    model = window.search.facet_model
    group = model.index(model.group_row(facet), 0)
    return [
        (model.index(r, 0, group).data(), model.index(r, 0, group).data(CountRole))
        for r in range(model.rowCount(group))
    ]


def text_room(view: QTreeView, index: QModelIndex) -> int:
    """The width the style gives an item's text (check box, icon and margins left out)."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    text = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return text.width() - 2 * margin


def hover_tooltip(view: QTreeView, index: QModelIndex, qtbot: Any) -> str:
    """The tooltip the view shows when the pointer rests on ``index``."""
    QToolTip.hideText()
    view.scrollTo(index)
    position = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, position, view.viewport().mapToGlobal(position))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def test_a_cut_filter_name_is_shown_whole_in_its_tooltip(make_window: Any, qtbot: Any):
    window = make_window()
    view, model = window.ui.facetView, window.search.facet_model
    fao = window.search.facet_view_index(model.value_index("organisation", "FAO"))
    view.expand(fao.parent())
    name = "Food and Agriculture Organization of the United Nations (FAO)"
    assert fao.data() == name
    assert view.fontMetrics().horizontalAdvance(name) > text_room(view, fao), "the name is cut"
    assert hover_tooltip(view, fao, qtbot) == name
    goal = hover_tooltip(view, window.search.facet_view_index(model.value_index("sdg", "3")), qtbot)
    assert goal.startswith("3. Good health and well-being")
    assert "Ensure healthy lives" in goal  # and the goal's full title
    for facet in ("country", "region", "organisation", "modality"):
        group = window.search.facet_model.index(window.search.facet_model.group_row(facet), 0)
        for r in range(window.search.facet_model.rowCount(group)):
            value = window.search.facet_model.index(r, 0, group)
            assert value.data(Qt.ItemDataRole.ToolTipRole) == value.data()


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_panel_is_wide_enough_for_common_names_at_1366x768(
    make_window: Any, qtbot: Any, scale: float
):
    app = QApplication.instance()
    original = QFont(app.font())
    font = QFont(original)
    font.setPointSizeF(original.pointSizeF() * scale)
    app.setFont(font)
    try:
        window = make_window()
        window.resize(1366, 768)
        window.prefs.reset_layout()  # the first start's layout
        qtbot.waitUntil(lambda: window.width() == 1366)
        view, model = window.ui.facetView, window.search.facet_model
        view.expandAll()  # values enough for a scroll bar
        qtbot.waitUntil(view.verticalScrollBar().isVisible)
        metrics = view.fontMetrics()
        goal = window.search.facet_view_index(model.value_index("sdg", "3"))
        assert metrics.horizontalAdvance(goal.data()) <= text_room(view, goal)
        country = window.search.facet_view_index(model.value_index("country", "KEN"))
        # Tanzania is not in this catalogue: its name must fit where Kenya's is.
        assert metrics.horizontalAdvance("United Republic of Tanzania") <= text_room(view, country)
        count = view.header().sectionSize(1)
        assert metrics.horizontalAdvance("99,999") < count
        assert view.header().sectionResizeMode(1) == QHeaderView.ResizeMode.Fixed
        assert window.ui.resultsView.width() >= 300 and window.ui.detailBrowser.width() >= 300
    finally:
        app.setFont(original)


def test_equal_counts_sort_by_name_in_the_interface_language(
    make_window: Any, qtbot: Any, wait_search: Any
):
    window = make_window()
    by_iso = [label for label, count in group_values(window, "country") if count == 2]
    assert by_iso == ["Bangladesh", "Ethiopia", "Fiji", "Kenya", "Peru", "South Africa"]
    try:
        window.prefs.set_language("fr")
        qtbot.waitUntil(lambda: window.shared.language == "fr")
        qtbot.waitUntil(lambda: group_values(window, "country")[0][0] == "Brésil")
        values = group_values(window, "country")
        assert [label for label, count in values if count == 3] == ["Brésil", "Inde", "Sénégal"]
        # Not by ISO code (ZAF) nor by code point (É after every plain letter).
        assert [label for label, count in values if count == 2] == [
            "Afrique du Sud", "Bangladesh", "Éthiopie", "Fidji", "Kenya", "Pérou",
        ]  # fmt: skip
        assert [count for _label, count in values] == sorted(
            (count for _label, count in values), reverse=True
        )
    finally:
        window.prefs.set_language("en")
        qtbot.waitUntil(lambda: window.shared.language == "en")


def test_clearing_the_find_box_opens_the_groups_that_were_open(make_window: Any, qtbot: Any):
    window = make_window()
    search, view = window.search, window.ui.facetView
    assert view.model() is search.facet_model, "no filter proxy while nothing is found"
    assert search.open_groups() == ["sdg", "region", "modality"]
    model = search.facet_model
    view.collapse(search.facet_view_index(model.index(model.group_row("sdg"), 0)))
    view.expand(search.facet_view_index(model.index(model.group_row("country"), 0)))
    opened = search.open_groups()
    assert opened == ["region", "country", "modality"]

    window.ui.facetFindEdit.setText("ken")
    assert view.model() is search.facet_proxy
    assert search.open_groups() == ["country"]  # the groups that have a match, opened
    window.ui.facetFindEdit.setText("")
    assert view.model() is search.facet_model and search.facet_proxy.sourceModel() is None
    assert search.open_groups() == opened


def test_finding_no_filter_says_so(make_window: Any, qtbot: Any):
    window = make_window()
    label = window.search.no_match_label
    assert not label.isVisible()
    window.ui.facetFindEdit.setText("zzyzx")
    assert label.isVisible() and label.text() == "No filter matches “zzyzx”."
    window.ui.facetFindEdit.setText("country")  # a group's name lists its values
    assert not label.isVisible()
    assert ("Kenya", 2) in [
        (window.search.facet_proxy.index(r, 0, window.search.facet_proxy.index(0, 0)).data(), 2)
        for r in range(window.search.facet_proxy.rowCount(window.search.facet_proxy.index(0, 0)))
    ]
    try:
        window.ui.facetFindEdit.setText("zzyzx")
        window.prefs.set_language("fr")
        qtbot.waitUntil(lambda: window.shared.language == "fr")
        qtbot.waitUntil(lambda: label.text() == "Aucun filtre ne correspond à « zzyzx ».")
        assert label.isVisible()
    finally:
        window.prefs.set_language("en")
        qtbot.waitUntil(lambda: window.shared.language == "en")


def test_sdg_tiles_grow_with_the_font(make_window: Any, qtbot: Any):
    app = QApplication.instance()
    original = QFont(app.font())
    sizes = {}
    try:
        for scale in (1.0, 1.5):
            font = QFont(original)
            font.setPointSizeF(original.pointSizeF() * scale)
            app.setFont(font)
            window = make_window()
            results, facets = window.ui.resultsView, window.ui.facetView
            tile = window.search.delegate.tile_side(results.font())
            icon = facets.iconSize().height()
            pixmap = (
                window.search.facet_model.value_index("sdg", "7")
                .data(Qt.ItemDataRole.DecorationRole)
                .pixmap(icon, icon)
            )
            assert pixmap.height() == icon
            assert tile >= results.fontMetrics().height() * 0.85
            assert icon >= facets.fontMetrics().height()
            sizes[scale] = (facets.fontMetrics().height(), tile, icon)
            window.close()
        (height, tile, icon), (big_height, big_tile, big_icon) = sizes[1.0], sizes[1.5]
        assert big_height > height * 1.3
        assert big_tile >= tile * 1.3 and big_icon >= icon * 1.3, sizes
    finally:
        app.setFont(original)


def test_a_font_change_resizes_tiles_and_counts_at_once(make_window: Any, qtbot: Any):
    window = make_window()
    app = QApplication.instance()
    original = QFont(app.font())
    icon, count = (
        window.ui.facetView.iconSize().height(),
        window.ui.facetView.header().sectionSize(1),
    )
    try:
        font = QFont(original)
        font.setPointSizeF(original.pointSizeF() * 1.5)
        app.setFont(font)
        qtbot.waitUntil(lambda: window.ui.facetView.iconSize().height() >= icon * 1.3)
        assert window.ui.facetView.header().sectionSize(1) > count
    finally:
        app.setFont(original)


# -- counts after the list (issue 12, "Speed holds") ------------------------------------------
def test_new_counts_wait_for_the_list_to_paint_and_only_the_latest_is_shown(
    make_window: Any, qtbot: Any, wait_search: Any
):
    window = make_window()
    search = window.search
    outcome = wait_search(qtbot, window)
    happened: list[str] = []

    class Watch(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                happened.append("painted")
            return False

    watch = Watch()
    window.ui.resultsView.viewport().installEventFilter(watch)
    applied = search.facet_model.set_counts
    shown: list[dict[str, Any]] = []

    def set_counts(facets: dict[str, Any]) -> None:
        happened.append("counts")
        shown.append(facets)
        applied(facets)

    search.facet_model.set_counts = set_counts  # type: ignore[method-assign]
    generation = search.search_generation
    first = dataclasses.replace(outcome, facets={"country": [FacetValue("KEN", 7)]})
    latest = dataclasses.replace(outcome, facets={"country": [FacetValue("KEN", 9)]})
    search._on_outcome(generation, first)
    search._on_outcome(generation, latest)
    assert search.facets_pending and happened == []
    qtbot.waitUntil(lambda: not search.facets_pending)
    assert shown == [latest.facets], "only the latest counts are applied"
    assert happened.index("painted") < happened.index("counts")
    assert search.facet_model.count_of("country", "KEN") == 9
    window.ui.resultsView.viewport().removeEventFilter(watch)


def test_a_group_emptied_by_a_search_stays_open_for_the_next(
    make_window: Any, qtbot: Any, wait_search: Any
):
    window = make_window()
    qtbot.waitUntil(lambda: window.search.adapter.index_ready, timeout=20_000)
    opened = window.search.open_groups()
    window.ui.searchEdit.setText("zyxwvut")
    wait_search(qtbot, window, "zyxwvut")
    assert group_values(window, "region") == []
    window.ui.searchEdit.setText("")
    wait_search(qtbot, window, "")
    assert group_values(window, "region") != []
    assert window.search.open_groups() == opened
