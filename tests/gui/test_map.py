"""The Map tab: counts equal the country facet's, a click filters like the facet's tick, the
hover text names the country and its roles, it follows catalogue changes and is remembered."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip

from ssc_desktop.domain.model import Solution
from ssc_desktop.gui.map_widget import MapWidget
from ssc_desktop.maps import CountryCounts, MapData, Role, arc_points, geometry
from ssc_desktop.maps.geometry import project
from tests.gui.conftest import gui_records
from tests.gui.test_facets import rows, tick
from tests.gui.test_language import choose_language


def show_map(window: Any, qtbot: Any) -> Any:
    """Bring the Map tab forward and wait for the map of the listed search."""
    window.map.show_map()
    return wait_map(window, qtbot)


def wait_map(window: Any, qtbot: Any) -> Any:
    def current() -> bool:
        outcome = window.search.last_outcome
        shown = window.map.shown
        return (
            outcome is not None
            and outcome.complete
            and shown is not None
            and shown.request == outcome.request == window.search.current_request()
        )

    qtbot.waitUntil(current, timeout=15_000)
    return window.map.shown


def facet_counts(window: Any) -> dict[str, int]:
    return {v.value: v.count for v in window.search.last_outcome.facets["country"]}


def role_counts(records: list[Solution], role: Role) -> dict[str, int]:
    """The slow way: per country, the records naming it in ``role``."""
    counter: Counter[str] = Counter()
    for record in records:
        counter.update(
            {c.iso3 for c in record.countries if role is Role.ANY or c.role == role.value}
        )
    return dict(counter)


def point_of(window: Any, iso3: str) -> QPoint:
    """Where a country's anchor (its capital) is on the map widget."""
    anchor = geometry().countries[iso3].anchor
    return window.map.view.transform().map(QPointF(*anchor)).toPoint()


def test_map_counts_equal_the_country_facet_and_each_role(
    make_window: Any, qtbot: Any, wait_search: Any
):
    window = make_window()
    assert window.map.shown is None, "no counting while the map is hidden"
    shown = show_map(window, qtbot)
    view = window.map.view
    assert view.counts == facet_counts(window)
    records = gui_records()
    for role in (Role.PROVIDER, Role.RECIPIENT):
        window.map.mode_buttons[role.value].click()
        assert view.role is role
        assert view.counts == role_counts(records, role), role
        assert shown.facet.counts(role) == role_counts(records, role)

    # The same after words and a filter on another facet (the counts follow the search).
    qtbot.waitUntil(lambda: window.search.adapter.index_ready, timeout=20_000)
    window.map.mode_buttons["any"].click()
    tick(window, qtbot, "region", "419")  # Latin America and the Caribbean
    window.ui.searchEdit.setText("solar")
    wait_search(qtbot, window, "solar")
    wait_map(window, qtbot)
    assert view.counts == facet_counts(window)
    listed = {row.title for row in rows(window)}
    solar = [r for r in records if r.title in listed]
    window.map.mode_buttons["provider"].click()
    assert view.counts == role_counts(solar, Role.PROVIDER)
    # Legend: a class per count here, from light to dark, and "none".
    labels = [text for text, _swatch in view.legend_entries()]
    assert labels[0] == "none" and labels[1:] == view.scale.labels()
    assert "Solutions: " in window.map.status_label.text() or "solutions" in (
        window.map.status_label.text()
    )
    assert window.map.disclaimer.text().startswith("The boundaries and names shown")


def test_a_click_filters_like_the_facet_and_the_facet_clears_it(
    make_window: Any, qtbot: Any, wait_search: Any
):
    window = make_window()
    show_map(window, qtbot)
    view = window.map.view
    before = dict(view.counts)
    brazil = point_of(window, "BRA")
    assert view.country_at(brazil) == "BRA"
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=brazil)
    assert window.search.facet_model.filters() == {"country": frozenset({"BRA"})}
    wait_search(qtbot, window)
    assert len(rows(window)) == 3 and all("BRA" in r.countries for r in rows(window))
    shown = wait_map(window, qtbot)
    assert shown.selected == frozenset({"BRA"}) and view.selected == frozenset({"BRA"})
    assert view.counts == before == facet_counts(window), "the map counts as the facet does"
    assert shown.listed.total == 3, "the exchanges draw the listed solutions"
    window.map.mode_buttons["exchanges"].click()
    assert set(shown.listed.pairs) == {("BRA", "SEN"), ("BRA", "PER"), ("BRA", "ZAF")}

    # The facet's tick clears what the click set; the map follows.
    tick(window, qtbot, "country", "BRA")
    wait_search(qtbot, window)
    assert window.search.facet_model.filters() == {}
    assert len(rows(window)) == 12
    assert view.selected == frozenset()

    # A click, then a second click on the same country, leaves no filter.
    window.map.mode_buttons["any"].click()
    wait_map(window, qtbot)
    india = point_of(window, "IND")
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=india)
    assert window.search.facet_model.filters() == {"country": frozenset({"IND"})}
    wait_search(qtbot, window)
    wait_map(window, qtbot)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=india)
    assert window.search.facet_model.filters() == {}
    wait_search(qtbot, window)
    assert len(rows(window)) == 12

    # A drag pans and filters nothing.
    centre = view.transform().map(view.rect().center().toPointF())
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=india)
    qtbot.mouseMove(view, india + QPoint(60, 30))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=india + QPoint(60, 30))
    assert window.search.facet_model.filters() == {}
    assert view.transform().map(view.rect().center().toPointF()) != centre


def test_hover_names_the_country_and_its_roles_in_the_interface_language(
    make_window: Any, qtbot: Any
):
    window = make_window()
    show_map(window, qtbot)
    view = window.map.view
    text = view.tooltip_at(point_of(window, "BRA"))
    assert text.splitlines()[:4] == [
        "Brazil",
        "Solutions: 3",
        "  as provider: 3",
        "  as recipient: 0",
    ]
    assert "Click to filter by this country" in text

    # Through Qt's own tooltip event, as a resting mouse sends it.
    # Senegal is a few pixels wide on the whole world: zoom in on it (Gambia's dot sits there).
    def senegal() -> QPoint:
        return view.transform().map(QPointF(*project(-12.5, 14.5))).toPoint()  # its east

    view.set_zoom(6.0, QPointF(senegal()))
    pos = senegal()
    assert view.rect().contains(pos)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.mapToGlobal(pos))
    QApplication.sendEvent(view, event)
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text().splitlines()[:4] == [
        "Senegal",
        "Solutions: 3",
        "  as provider: 0",
        "  as recipient: 3",
    ]
    QToolTip.hideText()
    try:
        choose_language(window, qtbot, "fr")
        qtbot.waitUntil(lambda: window.map.disclaimer.text().startswith("Les frontières"))
        text = view.tooltip_at(pos)
        assert text.splitlines()[:3] == ["Sénégal", "Solutions : 3", "  comme fournisseur : 0"]
        assert window.map.mode_buttons["recipient"].text() == "Comme bénéficiaire"
    finally:
        window.context.translations.remove()


def test_the_map_follows_a_catalogue_change_and_is_remembered(
    make_window: Any, qtbot: Any, records: list[Solution]
):
    window = make_window()
    show_map(window, qtbot)
    window.map.mode_buttons["recipient"].click()
    assert "TUV" not in window.map.view.counts
    data = records[0].to_json_dict()
    data["countries"].append({"iso3": "TUV", "role": "recipient"})
    changed = Solution.model_validate(data)
    with qtbot.waitSignal(window.shared.bridge.changed, timeout=10_000):
        window.shared.tasks.write(lambda: window.session.save_solution(changed))
    qtbot.waitUntil(lambda: window.map.view.counts.get("TUV") == 1, timeout=15_000)
    tuvalu = point_of(window, "TUV")
    assert window.map.view.country_at(tuvalu) == "TUV", "a small island is a dot to point at"
    assert window.map.view.counts == role_counts([changed, *gui_records()[1:]], Role.RECIPIENT)
    window.close()

    again = make_window()
    assert again.ui.resultsTabs.currentWidget() is again.ui.mapTab
    assert again.map.mode == "recipient"
    wait_map(again, qtbot)
    assert again.map.view.counts.get("TUV") == 1
    again.map.show_list()
    again.close()
    third = make_window()
    assert third.ui.resultsTabs.currentWidget() is third.ui.listTab


def test_zoom_keys_and_the_tab_in_the_keyboard_order(make_window: Any, qtbot: Any):
    window = make_window()
    show_map(window, qtbot)
    view = window.map.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom > 1
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.zoom == 1
    window.map.zoom_buttons["in"].click()
    assert view.zoom > 1
    window.map.zoom_buttons["fit"].click()
    assert view.zoom == 1
    # The tabs are in the Tab chain right after the filters.
    window.ui.facetView.setFocus()
    assert window.ui.facetView.nextInFocusChain() is not None
    window.focusNextChild()
    assert window.ui.resultsTabs.tabBar().hasFocus() or window.ui.resultsTabs.hasFocus()
    # Ctrl+2 (the result list) brings the list forward.
    window.ui.actionFocusResults.trigger()
    assert window.ui.resultsTabs.currentWidget() is window.ui.listTab


def test_the_arcs_layer_is_kept_for_a_hover_and_drawn_again_when_the_data_or_the_view_changes(
    qtbot: Any,
):
    view = MapWidget()
    qtbot.addWidget(view)
    view.resize(640, 360)
    view.show()
    qtbot.waitExposed(view)
    brazil = MapData(2, {"BRA": CountryCounts(2, provider=2), "SEN": CountryCounts(2, recipient=2)},
                     {("BRA", "SEN"): 2})  # fmt: skip
    india = MapData(1, {"IND": CountryCounts(1, provider=1), "VNM": CountryCounts(1, recipient=1)},
                    {("IND", "VNM"): 1})  # fmt: skip

    def middle(provider: str, recipient: str) -> QPointF:
        """Where the middle of an arc is on the widget."""
        x, y = arc_points(geometry(), provider, recipient, steps=12)[6]
        return view.transform().map(QPointF(x, y))

    def inked(layer: QImage, point: QPointF) -> bool:
        ratio = layer.devicePixelRatio()
        return layer.pixelColor(QPoint(int(point.x() * ratio), int(point.y() * ratio))).alpha() > 0

    def painted(point: QPointF) -> QColor:
        return view.grab().toImage().pixelColor(point.toPoint())

    view.show_data(brazil, exchanges=True)
    view.repaint()
    layer, builds = view.arcs_layer(), view.arcs_layer_builds
    assert layer is not None and builds >= 1
    assert inked(layer, middle("BRA", "SEN")) and not inked(layer, middle("IND", "VNM"))
    over_the_arc = painted(middle("BRA", "SEN"))

    # A hover, a selection and a plain repaint only blit the layer.
    qtbot.mouseMove(view, point_of_country(view, "BRA"))
    assert view.cursor().shape() == Qt.CursorShape.PointingHandCursor, "Brazil is hovered"
    view.set_selected(frozenset({"BRA"}))
    view.repaint()
    assert view.arcs_layer() is layer and view.arcs_layer_builds == builds

    # New data: drawn again, the old arc gone.
    view.show_data(india, exchanges=True)
    view.repaint()
    layer = view.arcs_layer()
    assert layer is not None and view.arcs_layer_builds == builds + 1
    assert inked(layer, middle("IND", "VNM")) and not inked(layer, middle("BRA", "SEN"))
    assert painted(middle("BRA", "SEN")) != over_the_arc

    # Zoom, pan and size: drawn again each time, the arc where the view now puts it.
    for change in (
        lambda: view.set_zoom(2.0, middle("IND", "VNM")),
        lambda: view.pan(-30, 10),
        lambda: view.resize(720, 400),
    ):
        builds = view.arcs_layer_builds
        change()
        view.repaint()
        assert view.arcs_layer_builds == builds + 1, "drawn again by the repaint"
        layer = view.arcs_layer()
        assert layer is not None and view.arcs_layer_builds == builds + 1
        assert layer.size() == view.size() * layer.devicePixelRatio()
        assert inked(layer, middle("IND", "VNM"))
        view.repaint()
        assert view.arcs_layer_builds == builds + 1, "kept while the view stays"
    # Another pixel ratio (a window moved to a high-DPI screen) gets its own layer.
    sharp = view.arcs_layer(2.0)
    assert sharp is not None and sharp.size() == view.size() * 2
    assert inked(sharp, middle("IND", "VNM"))

    # The counts modes draw no arcs.
    view.show_data(india, Role.ANY)
    assert view.arcs_layer() is None


def point_of_country(view: Any, iso3: str) -> QPoint:
    anchor = geometry().countries[iso3].anchor
    return view.transform().map(QPointF(*anchor)).toPoint()
