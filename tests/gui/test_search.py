"""Searching: results as you type, never blocking, stale answers dropped, index rebuilt behind."""

from __future__ import annotations

import itertools
import shutil
import time
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import Qt, QTimer

from ssc_desktop.app.search import Outcome, SearchRequest
from ssc_desktop.gui.models import IdRole, RowRole


def titles(window: Any) -> list[str]:
    model = window.search.results_model
    return [model.data(model.index(r), RowRole).title for r in range(model.rowCount())]


def test_typing_a_query_shows_matching_results(make_window: Any, qtbot: Any, wait_search: Any):
    window = make_window()
    qtbot.waitUntil(lambda: window.search.adapter.index_ready, timeout=20_000)
    everything = wait_search(qtbot, window)
    assert everything.total == 12 and window.search.results_model.rowCount() == 12

    window.ui.searchEdit.setFocus()
    qtbot.keyClicks(window.ui.searchEdit, "solar")
    outcome = wait_search(qtbot, window, "solar")

    assert not outcome.simple_match
    assert sorted(titles(window)) == [
        "Solar irrigation for smallholder farmers",
        "Solar mini-grids for rural clinics",
        "Vaccines cold chain with solar fridges",
    ]
    assert window.ui.countLabel.text() == "3 solutions"
    model = window.search.results_model
    snippets = [model.data(model.index(r), Qt.ItemDataRole.UserRole + 3) for r in range(3)]
    assert all(any(match for _text, match in s) for s in snippets), "matches are highlighted"


def test_nothing_matching_says_so(make_window: Any, qtbot: Any, wait_search: Any):
    window = make_window()
    qtbot.waitUntil(lambda: window.search.adapter.index_ready, timeout=20_000)
    window.ui.searchEdit.setText("zyxwvut")
    wait_search(qtbot, window, "zyxwvut")
    assert window.search.results_model.rowCount() == 0
    assert window.ui.countLabel.text() == "0 solutions"
    assert "Nothing matches" in window.ui.hintLabel.text()


def test_a_stale_query_is_dropped_and_the_window_never_blocks(
    make_window: Any, qtbot: Any, wait_search: Any, monkeypatch: Any
):
    window = make_window()
    adapter = window.search.adapter
    real_search = adapter.search
    seen: list[str] = []

    def slow_search(request: SearchRequest, is_stale: Any) -> Iterator[Outcome]:
        if request.text == "sol":
            time.sleep(0.8)  # a slow first query, overtaken while it runs
        yield from real_search(request, is_stale)

    monkeypatch.setattr(adapter, "search", slow_search)
    window.search.results_shown.connect(
        lambda _g: seen.append(window.search.last_outcome.request.text)
    )
    ticks: list[float] = []
    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    ticker.start()
    try:
        window.ui.searchEdit.setText("sol")
        qtbot.wait(50)
        window.ui.searchEdit.setText("solar")
        wait_search(qtbot, window, "solar")
    finally:
        ticker.stop()
    assert "sol" not in seen, "the overtaken query's results must never be shown"
    assert seen[-1] == "solar"
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 40 and max(gaps) < 0.25, "the GUI thread kept running during the search"


def test_missing_index_is_rebuilt_while_the_catalogue_shows(
    make_window: Any, qtbot: Any, data_folder: Any, wait_search: Any, monkeypatch: Any
):
    from ssc_desktop.app import search as search_adapter

    # Hold the index build until the test has seen the window working without it.
    release = search_adapter.threading.Event()
    real_prepare = search_adapter.SearchService.prepare_index

    def held_prepare(self: Any) -> str:
        release.wait(10)
        return real_prepare(self)

    monkeypatch.setattr(search_adapter.SearchService, "prepare_index", held_prepare)
    shutil.rmtree(data_folder / "index", ignore_errors=True)
    window = make_window()
    try:
        assert window.search.results_model.rowCount() == 12, "the catalogue shows from SQLite"
        assert window.status.index_status.text() == "Preparing the search index…"
        window.ui.searchEdit.setText("school feeding")
        outcome = wait_search(qtbot, window, "school feeding")
        assert outcome.simple_match and outcome.total == 1
        assert "simple word matching" in window.ui.hintLabel.text()
    finally:
        release.set()
    with qtbot.waitSignal(window.search.index_ready, timeout=20_000):
        pass
    outcome = wait_search(qtbot, window, "school feeding")
    assert not outcome.simple_match and outcome.total >= 1
    assert (data_folder / "index").is_dir()


def test_sorting_by_title_and_newest(make_window: Any, qtbot: Any, wait_search: Any):
    window = make_window()
    window.ui.sortCombo.setCurrentIndex(2)  # title
    wait_search(qtbot, window)
    assert titles(window) == sorted(titles(window), key=str.casefold)
    window.ui.sortCombo.setCurrentIndex(1)  # newest
    wait_search(qtbot, window)
    model = window.search.results_model
    years = [model.data(model.index(r), RowRole).start_year for r in range(model.rowCount())]
    assert years == sorted(years, reverse=True)
    assert window.ui.actionSortNewest.isChecked()


def test_results_can_be_dragged_as_solution_ids(make_window: Any):
    window = make_window()
    model = window.search.results_model
    mime = model.mimeData([model.index(0), model.index(2)])
    from ssc_desktop.gui.models import ids_from_mime

    assert ids_from_mime(mime) == [model.index(0).data(IdRole), model.index(2).data(IdRole)]


def test_typing_while_the_catalogue_opens_is_kept(
    make_window: Any, qtbot: Any, wait_search: Any, settings_file: Any
):
    from ssc_desktop.gui.settings import Settings

    Settings(settings_file).last_search = {"text": "old search", "filters": {}, "sort": "title"}
    window = make_window(wait=False)
    qtbot.keyClicks(window.ui.searchEdit, "x")  # before the catalogue is open
    assert window.ui.searchEdit.text() == "old searchx"
    qtbot.waitUntil(lambda: window.catalogue is not None, timeout=20_000)
    outcome = wait_search(qtbot, window, "old searchx")
    assert outcome.request.sort == "title"


def test_a_typo_finds_the_corrected_word_and_says_so(
    make_window: Any, qtbot: Any, wait_search: Any
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.search.adapter.index_ready, timeout=20_000)
    window.ui.searchEdit.setText("irigation ")
    outcome = wait_search(qtbot, window, "irigation ")
    assert titles(window) == ["Solar irrigation for smallholder farmers"]
    assert outcome.suggestion == "irrigation"
    assert "showing results for “irrigation”" in window.ui.hintLabel.text()
    assert "Did you mean" not in window.ui.hintLabel.text()


def test_did_you_mean_is_offered_and_followed(
    make_window: Any, qtbot: Any, wait_search: Any
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.search.adapter.index_ready, timeout=20_000)
    window.ui.searchEdit.setText("census OR fishries ")
    wait_search(qtbot, window, "census OR fishries ")
    assert titles(window) == ["Census data with tablets"]  # the words as typed found one
    hint = window.ui.hintLabel.text()
    assert "Did you mean" in hint and "suggest:census OR fisheries" in hint
    window.ui.hintLabel.linkActivated.emit("suggest:census OR fisheries")
    wait_search(qtbot, window, "census OR fisheries")
    assert sorted(titles(window)) == ["Census data with tablets", "Fisheries co-management"]


def _small_limits(monkeypatch: Any, **limits: int) -> None:
    """Small list limits of the adapter standing in for the real ones (40, 200, 1,000)."""
    from ssc_desktop.app import search as search_adapter

    for name, value in limits.items():
        monkeypatch.setattr(search_adapter, name, value)


def _highlighted(window: Any, row: int) -> bool:
    model = window.search.results_model
    snippet = model.data(model.index(row), Qt.ItemDataRole.UserRole + 3)
    return any(match for _text, match in snippet)


def test_a_long_list_shows_the_best_matches_and_counts_them_all(
    make_window: Any, qtbot: Any, wait_search: Any, monkeypatch: Any
) -> None:
    """Beyond TEXT_CAP the list is cut, never the counts."""
    _small_limits(monkeypatch, FIRST_PAGE=2, TEXT_CAP=5)
    window = make_window()
    qtbot.waitUntil(lambda: window.search.adapter.index_ready, timeout=20_000)
    browsing = wait_search(qtbot, window)  # no text: list and counts from SQLite
    assert browsing.total == 12 and browsing.facets
    window.ui.searchEdit.setText("southern partners")  # every summary says it
    outcome = wait_search(qtbot, window, "southern partners")
    assert outcome.total == 12 and len(outcome.ids) == 5 and outcome.capped
    assert window.search.results_model.rowCount() == 5
    assert window.ui.countLabel.text() == "Showing the best 5 of 12 solutions"
    # Counted by the engine over all 12 matches, not the 5 listed: the same values, counts and
    # names as SQLite gives for the whole catalogue.
    assert outcome.facets == browsing.facets
    assert window.search.facet_model.count_of("country", "BRA") == 3
    assert window.search.facet_model.value_index("organisation", "UNDP").data() == (
        "United Nations Development Programme (UNDP)"
    )
    assert all(_highlighted(window, row) for row in range(5)), "every listed row highlighted"


def test_rows_beyond_the_first_snippets_get_theirs_when_shown(
    make_window: Any, qtbot: Any, wait_search: Any, monkeypatch: Any
) -> None:
    _small_limits(monkeypatch, FIRST_PAGE=2, SNIPPET_ROWS=3)
    window = make_window()
    qtbot.waitUntil(lambda: window.search.adapter.index_ready, timeout=20_000)
    window.ui.searchEdit.setText("southern partners")
    outcome = wait_search(qtbot, window, "southern partners")
    assert len(outcome.ids) == 12 and len(outcome.snippets) == 3
    model = window.search.results_model
    for row in range(12):  # as the view scrolls: rows and snippets come in the background
        window.ui.resultsView.scrollTo(model.index(row))
        qtbot.waitUntil(lambda row=row: _highlighted(window, row), timeout=10_000)
    assert all(model.has_snippet(i) for i in outcome.ids)


def test_the_window_imports_no_database_or_index_library_before_it_shows():
    """Start-up (issue 12, "Speed holds"): sqlalchemy, pydantic and whoosh load on the writer
    thread when the catalogue opens, not before the window can take a key press."""
    import subprocess
    import sys

    heavy = ("sqlalchemy", "pydantic", "whoosh", "httpx")
    code = f"import sys, ssc_desktop.gui.app; print(sorted(set({heavy!r}) & set(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
