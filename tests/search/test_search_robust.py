"""Any string at all gives results or an empty list with a hint, never an exception."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssc_desktop.search.results import SearchResult
from tests.search.conftest import Catalogue

NASTY = [
    '"unbalanced',
    'two "unbalanced "quotes',
    "(((",
    "a) b) (c",
    "AND",
    "OR",
    "NOT",
    "OR NOT AND",
    "-",
    "- - -",
    "--water",
    "country:",
    "country: water",
    "sdg:",
    "year:",
    "year:abcd",
    "year:2020..1990",
    "sdg:99",
    "region:Atlantis",
    "foo:bar",
    "a:b:c",
    ":::",
    "title:(",
    "*",
    "?",
    "~2",
    "^2",
    "[TO]",
    "{}",
    "\\",
    "x" * 10_000,
    "water " * 2000,
    "\x00\x07\x1b[31m",
    "water\tsolar\nschool",
    "مرحبا بالعالم",
    "\u202eevil\u202c",
    "שלום water",
    "水资源 可持续",
    "🙂🌍",
    "ﬁnance",  # a ligature
    "e\u0301cole",  # combining accent
    "'",
    '"',
    '""',
    '" "',
    'country:"South',
]


def check(result: SearchResult) -> None:
    assert isinstance(result, SearchResult)
    assert result.total >= 0
    assert len(result.hits) <= result.total
    if result.total == 0:
        assert not result.hits
        assert result.notices  # an empty list always says why
    else:
        assert result.hits or result.offset >= result.total or result.limit == 0


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_nasty_queries(catalogue: Catalogue, text: str) -> None:
    check(catalogue.index.search(text, facets=True))
    check(catalogue.index.search(text, as_you_type=False, sort="title", offset=5))


def test_nasty_arguments(catalogue: Catalogue) -> None:
    index = catalogue.index
    check(index.search(None, limit=-5, offset=-1))  # type: ignore[arg-type]
    check(index.search("water", limit="ten", sort="sideways"))  # type: ignore[arg-type]
    check(index.search("water", filters={"planet": ["Mars"], "country": "Atlantis"}))
    check(index.search("water", filters={"sdg": [5, "7", None]}, facets=["nope", "sdg"]))
    assert index.search("water", filters={"country": "Atlantis"}).total == 0


@pytest.mark.slow
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    text=st.one_of(
        st.text(max_size=80),
        st.lists(
            st.sampled_from(
                [
                    '"',
                    "-",
                    "(",
                    ")",
                    "OR",
                    "AND",
                    "NOT",
                    "country:",
                    "sdg:",
                    "year:",
                    ":",
                    "*",
                    "water",
                    "école",
                    "2017..",
                    "Kenya",
                    "title:",
                    "~",
                    "\\",
                    " ",
                    "region:Africa",
                ]
            ),
            max_size=12,
        ).map(" ".join),
    ),
    as_you_type=st.booleans(),
)
def test_any_string(catalogue: Catalogue, text: str, as_you_type: bool) -> None:
    check(catalogue.index.search(text, facets=["sdg", "country"], as_you_type=as_you_type))


def test_an_engine_bug_is_raised_not_turned_into_a_notice(
    fresh: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ssc_desktop.search.index import search_index

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("a bug in scoring")

    monkeypatch.setattr(search_index, "scored_docs", broken)
    with pytest.raises(RuntimeError, match="a bug in scoring"):
        fresh.index.search("water")
    with pytest.raises(RuntimeError, match="a bug in scoring"):
        fresh.index.search("water country:Kenya", facets=True, as_you_type=False)


def test_a_bug_reading_the_tables_is_raised_too(
    fresh: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ssc_desktop.search.index import lifecycle

    def broken(*args: object, **kwargs: object) -> object:
        raise KeyError("a bug in the tables")

    fresh.index.close()  # the next search reads the tables again
    monkeypatch.setattr(lifecycle, "read_segment", broken)
    with pytest.raises(KeyError, match="a bug in the tables"):
        fresh.index.search("water")
    with pytest.raises(KeyError, match="a bug in the tables"):
        fresh.index.highlight("water", ["any"])
    monkeypatch.undo()
    assert fresh.index.search("", limit=0).total == len(fresh.records)  # not marked damaged
