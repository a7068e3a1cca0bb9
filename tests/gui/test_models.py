"""The item models pass Qt's model tester; the result list stays smooth with 100,000 rows."""

from __future__ import annotations

import time
import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from ssc_desktop.app.search import FacetValue, Row
from ssc_desktop.gui.delegates import ResultDelegate, setup_results_view
from ssc_desktop.gui.models import (
    BasketItem,
    BasketModel,
    FacetModel,
    ResultsModel,
    RowRole,
    ids_mime,
)


def row(i: int) -> Row:
    return Row(
        id=str(uuid.UUID(int=i)),
        title=f"Solution number {i}",
        summary="A summary " * 10,
        sdgs=(1 + i % 17, 1 + (i + 5) % 17),
        countries=("KEN", "IND"),
        start_year=2000 + i % 25,
        end_year=None,
        local=i % 7 == 0,
        pending=i % 11 == 0,
    )


def test_results_model(qtmodeltester: Any):
    model = ResultsModel()
    rows = {r.id: r for r in map(row, range(30))}
    ids = list(rows)
    model.set_result(1, ids[:10], {i: rows[i] for i in ids[:5]}, {})
    qtmodeltester.check(model)
    asked: list[list[str]] = []
    model.rows_wanted.connect(lambda _g, wanted: asked.append(wanted))
    assert model.data(model.index(7), RowRole) is None  # not loaded: asked for
    assert model.data(model.index(7)) == "…"
    model._flush.timeout.emit()
    assert asked == [ids[5:10]]
    model.add_rows(1, {i: rows[i] for i in ids[5:10]})
    assert model.data(model.index(7), RowRole) == rows[ids[7]]
    model.add_rows(0, {ids[0]: row(99)})  # an older generation's rows are ignored
    assert model.data(model.index(0), RowRole) == rows[ids[0]]
    # The same list, longer (the rest of a text search): rows are appended in place.
    model.set_result(1, ids, {}, {ids[20]: (("match", True),)})
    qtmodeltester.check(model)
    assert model.rowCount() == 30
    assert model.data(model.index(20), Qt.ItemDataRole.UserRole + 3) == (("match", True),)
    model.set_result(2, ids[3:1:-1], {}, {})
    qtmodeltester.check(model)
    model.stop()


def test_facet_model(qtmodeltester: Any):
    model = FacetModel()
    model.set_counts(
        {"sdg": [FacetValue("2", 5), FacetValue("7", 1)], "country": [FacetValue("KEN", 3)]}
    )
    qtmodeltester.check(model)
    changes: list[dict[str, frozenset[str]]] = []
    model.filters_changed.connect(lambda: changes.append(model.filters()))
    index = model.value_index("sdg", "2")
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert changes == [{"sdg": frozenset({"2"})}]
    model.set_counts({"sdg": [FacetValue("7", 4)], "country": []})
    qtmodeltester.check(model)
    assert model.count_of("sdg", "2") == 0 and model.count_of("sdg", "7") == 4
    assert model.count_of("country", "KEN") is None
    assert model.clear() and model.filters() == {}
    qtmodeltester.check(model)


def test_new_counts_change_the_facet_model_no_more_than_they_must(qtmodeltester: Any):
    """After every search: new counts for the same values change the counts only; the same
    values in another order are moved (persistent indexes follow); only new values are
    removed and inserted (issue 12, "Speed holds")."""
    model = FacetModel()
    model.set_counts({"country": [FacetValue("KEN", 3), FacetValue("IND", 2)]})
    qtmodeltester.check(model)
    seen: list[str] = []
    changed_columns: list[tuple[int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, _roles: changed_columns.append((top.column(), bottom.column()))
    )
    for name in ("rowsRemoved", "rowsInserted", "layoutChanged", "modelReset"):
        getattr(model, name).connect(lambda *_a, n=name: seen.append(n))

    model.set_counts({"country": [FacetValue("KEN", 3), FacetValue("IND", 2)]})
    assert seen == [] and changed_columns == [], "the same counts: nothing to tell"
    model.set_counts({"country": [FacetValue("KEN", 5), FacetValue("IND", 2)]})
    assert seen == [] and changed_columns == [(0, 1)]
    assert model.count_of("country", "KEN") == 5

    kenya = QPersistentModelIndex(model.value_index("country", "KEN"))
    model.set_counts({"country": [FacetValue("IND", 4), FacetValue("KEN", 1)]})
    assert seen == ["layoutChanged"]
    assert kenya.row() == 1 and kenya.data() == "Kenya", "the index follows its value"
    qtmodeltester.check(model)

    model.set_counts({"country": [FacetValue("SEN", 1)]})
    assert seen[1:] == ["rowsRemoved", "rowsInserted"]
    qtmodeltester.check(model)


def test_facet_values_with_equal_counts_sort_by_name_in_the_interface_language():
    """Not by ISO code, and as the language sorts (É with E in French)."""
    model = FacetModel()
    counts = [FacetValue(c, 2) for c in ("BGD", "ETH", "FJI", "KEN", "ZAF")] + [
        FacetValue("SEN", 3)
    ]
    model.set_counts({"country": counts})

    def names() -> list[str]:
        group = model.index(model.group_row("country"), 0)
        return [model.index(r, 0, group).data() for r in range(model.rowCount(group))]

    assert names() == ["Senegal", "Bangladesh", "Ethiopia", "Fiji", "Kenya", "South Africa"]
    model.set_language("fr")
    assert names() == ["Sénégal", "Afrique du Sud", "Bangladesh", "Éthiopie", "Fidji", "Kenya"]
    model.set_language("es")
    assert names() == ["Senegal", "Bangladés", "Etiopía", "Fiyi", "Kenia", "Sudáfrica"]


def test_basket_model(qtmodeltester: Any):
    model = BasketModel()
    model.add([BasketItem(c, c.upper()) for c in "abcd"])
    qtmodeltester.check(model)
    assert model.add([BasketItem("a", "A")]) == 0, "no duplicates"
    assert model.move(0, 3) and model.ids == list("bcda")
    assert model.move(3, 0) and model.ids == list("abcd")
    assert not model.move(0, 9)
    assert model.dropMimeData(ids_mime(["e", "b"], ["E", "B"]), Qt.DropAction.CopyAction, 1, 0,
                              QModelIndex())  # fmt: skip
    assert model.ids == ["a", "e", "b", "c", "d"]
    assert model.remove_ids(["e", "zzz"]) == 1
    qtmodeltester.check(model)
    assert model.data(model.index(0)) == "A"


def test_the_result_list_stays_smooth_with_100000_solutions(qtbot: Any):
    model = ResultsModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    setup_results_view(view, ResultDelegate(view))
    view.resize(520, 640)
    view.show()
    qtbot.waitExposed(view)
    ids = [str(uuid.UUID(int=i)) for i in range(100_000)]
    model.rows_wanted.connect(
        lambda generation, wanted: model.add_rows(
            generation, {i: row(int(uuid.UUID(i))) for i in wanted}
        )
    )
    started = time.perf_counter()
    model.set_result(1, ids, {}, {})
    view.repaint()
    shown = time.perf_counter() - started
    timings = []
    for target in (50_000, 99_999, 0, 73_000):
        started = time.perf_counter()
        view.scrollTo(model.index(target))
        view.viewport().repaint()
        qtbot.wait(1)  # the lazy rows arrive
        view.viewport().repaint()
        timings.append(time.perf_counter() - started)
    assert model.data(model.index(99_999), RowRole) is not None
    assert model._positions is None, "rows arriving never map all 100,000 ids to their rows"
    assert shown < 0.5, shown
    assert max(timings) < 0.1, timings  # a QListView needs 0.25 s here (it relays every row)
    model.stop()
