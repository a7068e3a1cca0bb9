"""Facet counts, filters, sorting and paging agree with the SQLite tables they come from."""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Any

import pytest

from ssc_desktop.domain import vocab
from ssc_desktop.domain.facets import FACETS
from ssc_desktop.search.results import Notice, NoticeKind
from ssc_desktop.search.vocabulary import fold
from tests.search.conftest import Catalogue

# One SQL query per facet: (value, solution id) pairs of the live records.
FACET_SQL = {
    "sdg": "SELECT CAST(goal AS TEXT), solution_id FROM solution_sdgs",
    "country": "SELECT iso3, solution_id FROM solution_countries",
    "region": "SELECT r.region, c.solution_id FROM solution_countries c"
    " JOIN region_map r ON r.iso3 = c.iso3",
    "subregion": "SELECT r.subregion, c.solution_id FROM solution_countries c"
    " JOIN region_map r ON r.iso3 = c.iso3 WHERE r.subregion != ''",
    "organisation": "SELECT CASE WHEN acronym != '' THEN acronym ELSE name END, solution_id"
    " FROM solution_organisations",
    "modality": "SELECT code, solution_id FROM solution_modalities",
    "cooperation_type": "SELECT cooperation_type, id FROM solutions"
    " WHERE cooperation_type IS NOT NULL",
    "year": "SELECT CAST(COALESCE(start_year, end_year) AS TEXT), id FROM solutions"
    " WHERE COALESCE(start_year, end_year) IS NOT NULL",
    "language": "SELECT language, id FROM solutions",
}


class Sql:
    """Facet values straight from the catalogue file, for the records a filter keeps."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.conn = sqlite3.connect(catalogue.store.path)
        self.conn.execute("CREATE TEMP TABLE region_map(iso3 TEXT, region TEXT, subregion TEXT)")
        self.conn.executemany(
            "INSERT INTO region_map VALUES (?, ?, ?)",
            [(c.iso3, c.region, c.subregion_code) for c in vocab.countries().values() if c.region],
        )
        self.live = {r[0] for r in self.conn.execute("SELECT id FROM solutions WHERE NOT deleted")}
        self.values: dict[str, dict[str, set[str]]] = {}
        for facet, sql in FACET_SQL.items():
            by_id: dict[str, set[str]] = {}
            for value, solution_id in self.conn.execute(sql):
                by_id.setdefault(solution_id, set()).add(value)
            self.values[facet] = by_id

    def ids(self, filters: dict[str, set[str]], within: set[str] | None = None) -> set[str]:
        keep = set(self.live if within is None else within & self.live)
        for facet, wanted in filters.items():
            keep = {i for i in keep if self.values[facet].get(i, set()) & wanted}
        return keep

    def counts(self, facet: str, ids: set[str]) -> dict[str, int]:
        counter: Counter[str] = Counter()
        for solution_id in ids:
            counter.update(self.values[facet].get(solution_id, set()))
        return dict(counter)


@pytest.fixture(scope="module")
def sql(catalogue: Catalogue) -> Sql:
    return Sql(catalogue)


CASES: list[dict[str, Any]] = [
    {},
    {"country": {"KEN"}},
    {"sdg": {"2", "3"}},
    {"region": {"Africa"}, "modality": {"knowledge_sharing"}},
    {"subregion": {"202", "419"}, "sdg": {"2"}},
    {"organisation": {"WFP", "UNICEF"}, "year": {"2016", "2017", "2018"}},
    {"cooperation_type": {"triangular"}, "language": {"en"}},
    {"language": {"fr", "es"}},
]


@pytest.mark.parametrize("filters", CASES, ids=[str(sorted(c)) or "none" for c in CASES])
def test_facet_counts_equal_sql_counts(catalogue: Catalogue, sql: Sql, filters: dict) -> None:
    result = catalogue.index.search(
        "", filters=filters, facets=True, limit=1000, facet_limit=10_000
    )
    expected_ids = sql.ids(filters)
    assert result.total == len(expected_ids)
    assert {h.id for h in result.hits} == expected_ids
    for facet in FACETS:
        # A facet's counts leave out the filter on that facet itself (multi-select).
        others = {k: v for k, v in filters.items() if k != facet}
        assert result.facets[facet] == sql.counts(facet, sql.ids(others)), facet


def test_facet_counts_with_text_equal_sql_counts(catalogue: Catalogue, sql: Sql) -> None:
    for text in ("water", "school feeding", "irrigation -solar"):
        everything = catalogue.index.search(text, limit=1000, as_you_type=False)
        text_ids = {h.id for h in everything.hits}
        assert len(text_ids) == everything.total > 0
        filters = {"region": {"Africa"}, "sdg": {"2", "6", "13"}}
        result = catalogue.index.search(
            text, filters=filters, facets=True, limit=1000, as_you_type=False, facet_limit=10_000
        )
        assert {h.id for h in result.hits} == sql.ids(filters, text_ids)
        for facet in FACETS:
            others = {k: v for k, v in filters.items() if k != facet}
            assert result.facets[facet] == sql.counts(facet, sql.ids(others, text_ids)), facet


def test_typed_filters_match_sql(catalogue: Catalogue, sql: Sql) -> None:
    cases = {
        "country:Kenya": {"country": {"KEN"}},
        "country:KEN": {"country": {"KEN"}},
        "country:South Africa": {"country": {"ZAF"}},
        'country:"Viet Nam"': {"country": {"VNM"}},
        "sdg:5": {"sdg": {"5"}},
        "region:Africa": {"region": {"Africa"}},
        "entity:WFP": {"organisation": {"WFP"}},
        "modality:training": {"modality": {"capacity_development"}},
        "type:triangular": {"cooperation_type": {"triangular"}},
        "year:2017": {"year": {"2017"}},
        "year:2015..2018": {"year": {"2015", "2016", "2017", "2018"}},
        "lang:fr": {"language": {"fr"}},
        "sdg:2 region:Americas": {"sdg": {"2"}, "region": {"Americas"}},
    }
    for typed, filters in cases.items():
        result = catalogue.index.search(typed, limit=1000)
        assert {h.id for h in result.hits} == sql.ids(filters), typed
        assert result.total == len(sql.ids(filters)) > 0, typed
        assert result.filters, typed
    negated = catalogue.index.search("-country:KEN", limit=1000)
    assert {h.id for h in negated.hits} == sql.live - sql.ids({"country": {"KEN"}})


def test_sub_regions_and_groups_filter_too(catalogue: Catalogue, sql: Sql) -> None:
    west = {c.iso3 for c in vocab.countries().values() if c.intermediate == "Western Africa"}
    expected = {i for i in sql.live if sql.values["country"].get(i, set()) & west}
    result = catalogue.index.search("region:West Africa", limit=1000)
    assert {h.id for h in result.hits} == expected
    sids = {c.iso3 for c in vocab.countries().values() if c.sids}
    result = catalogue.index.search("region:SIDS", limit=1000)
    assert {h.id for h in result.hits} == {
        i for i in sql.live if sql.values["country"].get(i, set()) & sids
    }


def test_unknown_filter_values_give_a_hint_and_the_corrected_search(catalogue: Catalogue) -> None:
    result = catalogue.index.search("school country:Kenyya")
    assert Notice(NoticeKind.UNKNOWN_VALUE, "country", "Kenyya", "kenya") in result.notices
    assert result.suggestion == "school country:kenya"
    assert result.corrected
    assert result.total == catalogue.index.search(result.suggestion).total > 0
    nothing = catalogue.index.search("entity:NoSuchAgency")
    assert nothing.total == 0
    assert [(n.kind, n.value) for n in nothing.notices] == [
        (NoticeKind.UNKNOWN_VALUE, "NoSuchAgency")
    ]


def test_sorting_and_paging(catalogue: Catalogue) -> None:
    for sort in ("relevance", "newest", "title"):
        whole = catalogue.index.search("water", sort=sort, limit=60)
        pages = [
            h.id
            for offset in range(0, 60, 20)
            for h in catalogue.index.search("water", sort=sort, limit=20, offset=offset).hits
        ]
        assert pages == [h.id for h in whole.hits], sort
        assert len(set(pages)) == len(pages)
    newest = catalogue.index.search("", sort="newest", limit=200).hits
    years = [h.year or 0 for h in newest]
    assert years == sorted(years, reverse=True)
    titled = catalogue.index.search("", sort="title", limit=200).hits
    keys = [
        " ".join("".join(c if c.isalnum() else " " for c in fold(h.title)).split()) for h in titled
    ]
    assert keys == sorted(keys)
    scores = [h.score for h in catalogue.index.search("water", limit=50).hits]
    assert scores == sorted(scores, reverse=True)
    beyond = catalogue.index.search("water", offset=10_000)
    assert beyond.hits == [] and beyond.total > 0


@pytest.mark.parametrize("sort", ["relevance", "newest", "title"])
def test_hits_without_snippets_are_the_same_hits_in_the_same_order(
    catalogue: Catalogue, sort: str
) -> None:
    """What the window asks for its long lists: every id in order, snippets only on top."""
    full = catalogue.index.search("water", limit=200, sort=sort, as_you_type=False)
    bare = catalogue.index.search("water", limit=200, sort=sort, as_you_type=False, snippets=5)
    assert full.total == bare.total > 5
    assert [h.id for h in bare.hits] == [h.id for h in full.hits]
    assert [h.year for h in bare.hits] == [h.year for h in full.hits]
    assert bare.hits[:5] == full.hits[:5]
    assert all(h.snippet == [] and h.title == "" for h in bare.hits[5:])
    assert any(match for h in full.hits[5:] for _, match in h.snippet)


def test_rows_shown_later_are_highlighted_on_demand(fresh: Catalogue) -> None:
    """``highlight``: the snippets of ``search`` for any ids, the newest version of each."""
    from ssc_desktop.domain.model import Solution

    full = fresh.index.search("water", limit=100, as_you_type=False)
    assert full.total >= 2
    wanted = [h.id for h in reversed(full.hits)]
    later = fresh.index.highlight("water", [*wanted, "no-such-id"], as_you_type=False)
    assert [h.id for h in later] == wanted
    by_id = {h.id: h for h in full.hits}
    assert [(h.snippet, h.title_segments) for h in later] == [
        (by_id[i].snippet, by_id[i].title_segments) for i in wanted
    ]
    # An edited solution: one version, the new one.
    record = fresh.store.get(wanted[0])
    assert record is not None
    fresh.store.save_local(
        Solution.model_validate({**record.model_dump(), "title": "Water kiosks renamed"})
    )
    fresh.index.catch_up(fresh.store)
    (edited,) = fresh.index.highlight("water", [wanted[0]], as_you_type=False)
    assert edited.title == "Water kiosks renamed"
    assert ("Water", True) in edited.title_segments
    # Any query text at all: an unbalanced quote still highlights its word, never raises.
    loose = fresh.index.highlight('"water', wanted, as_you_type=False)
    assert [h.id for h in loose] == wanted and all(h.snippet for h in loose)
