"""Facets: tick values, see the list and the counts change; combine with words; clear all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ssc_desktop.gui.models import RowRole


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
