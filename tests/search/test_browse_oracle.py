"""The SQL browse (storage/browse.py, the list without text) agrees exactly with the engine and
with the plain SQL oracle of test_search_facets, on the same catalogue: same solutions for the
same ticked values, same facet counts."""

from __future__ import annotations

import pytest

from ssc_desktop.domain.facets import FACETS, PANEL_FACETS, SORTS, Sort, engine_facet
from ssc_desktop.storage.browse import Browser, FacetValue
from tests.search.conftest import Catalogue
from tests.search.test_search_facets import Sql

# Ticked values as the window's panel holds them ("region" is the M49 sub-region).
PANEL_CASES: list[dict[str, frozenset[str]]] = [
    {},
    {"country": frozenset({"KEN"})},
    {"sdg": frozenset({"2", "3"})},
    {"region": frozenset({"202", "419"}), "sdg": frozenset({"2"})},
    {"region": frozenset({"034", "015"}), "modality": frozenset({"knowledge_sharing"})},
    {"organisation": frozenset({"WFP", "UNICEF"}), "year": frozenset({"2016", "2017", "2018"})},
    {"year": frozenset({"2015"}), "country": frozenset({"BRA", "IND", "CHN"})},
]


@pytest.fixture(scope="module")
def sql(catalogue: Catalogue) -> Sql:
    return Sql(catalogue)


def as_counts(values: list[FacetValue]) -> dict[str, int]:
    return {v.value: v.count for v in values}


def engine_filters(panel: dict[str, frozenset[str]]) -> dict[str, list[str]]:
    return {engine_facet(name): sorted(values) for name, values in panel.items()}


def test_every_panel_facet_is_an_engine_facet_and_the_service_checks_names() -> None:
    from ssc_desktop.app.search import SearchRequest

    assert [engine_facet(n) for n in PANEL_FACETS] == [
        "sdg", "subregion", "country", "organisation", "modality", "year",
    ]  # fmt: skip
    assert all(engine_facet(name) in FACETS for name in PANEL_FACETS)
    assert [s.value for s in Sort] == list(SORTS)
    with pytest.raises(ValueError, match="unknown facet"):
        SearchRequest(filters={"language": frozenset({"fr"})})
    with pytest.raises(ValueError, match="unknown sort"):
        SearchRequest(sort="oldest")


@pytest.mark.parametrize("panel", PANEL_CASES, ids=[str(sorted(c)) or "none" for c in PANEL_CASES])
def test_browse_equals_the_engine_and_the_oracle(
    catalogue: Catalogue, sql: Sql, panel: dict[str, frozenset[str]]
) -> None:
    browser = Browser(catalogue.store.engine)
    engine = catalogue.index.search(
        "",
        filters=engine_filters(panel),
        facets=[engine_facet(n) for n in PANEL_FACETS],
        limit=1000,
        facet_limit=10_000,
        snippets=False,
    )
    oracle_filters = {engine_facet(n): set(v) for n, v in panel.items()}
    ids = browser.ordered_ids(panel, None, Sort.TITLE)
    assert len(ids) == len(set(ids))
    assert set(ids) == {h.id for h in engine.hits} == sql.ids(oracle_filters)
    assert len(ids) == engine.total
    counted = browser.facets(panel, None)
    for name in PANEL_FACETS:
        others = {k: v for k, v in oracle_filters.items() if k != engine_facet(name)}
        expected = sql.counts(engine_facet(name), sql.ids(others))
        assert as_counts(counted[name]) == engine.facets[engine_facet(name)] == expected, name


def test_browse_within_text_matches_equals_the_engine(catalogue: Catalogue, sql: Sql) -> None:
    panel = {"region": frozenset({"202", "035"}), "sdg": frozenset({"2", "6", "13"})}
    browser = Browser(catalogue.store.engine)
    for text in ("water", "school feeding", "irrigation -solar"):
        matched = [h.id for h in catalogue.index.search(text, limit=1000, as_you_type=False).hits]
        assert matched
        engine = catalogue.index.search(
            text,
            filters=engine_filters(panel),
            facets=[engine_facet(n) for n in PANEL_FACETS],
            limit=1000,
            as_you_type=False,
            facet_limit=10_000,
        )
        # The engine's ranking is kept when no order is asked for.
        kept = browser.ordered_ids(panel, matched, None)
        assert kept == [h.id for h in engine.hits]
        counted = browser.facets(panel, matched)
        for name in PANEL_FACETS:
            assert as_counts(counted[name]) == engine.facets[engine_facet(name)], (text, name)


def test_orders_and_word_match(catalogue: Catalogue) -> None:
    browser = Browser(catalogue.store.engine)
    by_title = browser.ordered_ids({}, None, Sort.TITLE)
    titles = [browser.rows([i])[i].title.casefold() for i in by_title[:50]]
    assert titles == sorted(titles)
    newest = browser.ordered_ids({}, None, Sort.NEWEST)[:50]
    rows = browser.rows(newest)
    years = [rows[i].start_year or rows[i].end_year or 0 for i in newest]
    assert years == sorted(years, reverse=True)
    found = set(browser.word_match(["water"]))
    assert found and found <= set(by_title)
    assert browser.word_match([]) == []
    with pytest.raises(ValueError, match="unknown facet"):
        browser.ordered_ids({"colour": frozenset({"red"})}, None, Sort.TITLE)
