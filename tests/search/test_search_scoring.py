"""BM25F a block of postings at a time gives whoosh's own scores, to the last bit.

``scoring._add_blocks`` replaces stepping whoosh's matchers posting by posting; here both run
on a real index (seed-sized synthetic catalogue, then an edit so the big segment has a deleted
document and a second segment exists) for words in every field, with query-time boosts.
"""

from __future__ import annotations

from typing import Any

import pytest
from whoosh.query import Or, Phrase, Term

from ssc_desktop.domain.model import Solution
from ssc_desktop.search.index import scoring
from ssc_desktop.search.index.analysis import stem
from ssc_desktop.search.index.planning import BOOSTS
from tests.search.conftest import Catalogue

WORDS = ("water", "school", "health", "solar", "women", "training", "rice", "youth")


def _terms() -> list[Term]:
    terms = [Term(f, stem(w, "en"), boost=b) for f, b in BOOSTS.items() for w in WORDS]
    terms += [Term("words", w) for w in WORDS] + [Term("prefix", w[:3]) for w in WORDS]
    # The same postings again with another boost (a glossary term of a typed word): read once
    # per query, scored with each boost.
    return terms + [Term(t.fieldname, t.text, boost=0.6) for t in terms[::3]]


PHRASES = (
    ("school", "feeding"),
    ("solar", "energy"),
    ("water", "supply"),
    ("early", "warning", "system"),
    ("health", "health"),
    ("women", "entrepreneurs"),
)


def _phrases() -> list[Phrase]:
    return [
        Phrase(f, [stem(w, "en") for w in words], boost=b)
        for f, b in BOOSTS.items()
        if f != "meta"
        for words in PHRASES
    ]


def _both(index: Any, terms: list[Term], monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    searcher, _view = index._reader()
    fast = scoring._accumulated(searcher, terms)
    with monkeypatch.context() as patched:
        patched.setattr(scoring, "_add_blocks", lambda *args: False)
        stepped = scoring._accumulated(searcher, terms)
    return fast, stepped


def _both_phrases(index: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    searcher, _view = index._reader()
    query = Or(_phrases())
    fast = scoring._scores(searcher, query)
    with monkeypatch.context() as patched:
        patched.setattr(scoring, "_phrase_scores", lambda *args: None)
        stepped = scoring._scores(searcher, query)  # whoosh's SpanNear2 matchers
    return fast, stepped


def test_block_scores_equal_whoosh_s(fresh: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    terms = _terms()
    fast, stepped = _both(fresh.index, terms, monkeypatch)
    assert len(fast) > 20 and fast == stepped  # same documents, bit-identical sums
    for term in terms:  # and term by term
        single_fast, single_stepped = _both(fresh.index, [term], monkeypatch)
        assert single_fast == single_stepped, term
    # An edit: the big segment now has a deleted document, and a second segment exists.
    record = dict(fresh.records[0], summary="Solar water pumps for school gardens.")
    fresh.store.save_local(Solution.model_validate(record))
    fresh.index.catch_up(fresh.store)
    searcher, _view = fresh.index._reader()
    assert len(searcher.subsearchers) == 2 and searcher.reader().has_deletions()
    fast, stepped = _both(fresh.index, terms, monkeypatch)
    assert fast == stepped


def test_phrase_scores_equal_whoosh_s(fresh: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, stepped = _both_phrases(fresh.index, monkeypatch)
    assert len(fast) >= 3 and fast == stepped
    record = dict(fresh.records[0], title="School feeding with solar energy and water supply")
    fresh.store.save_local(Solution.model_validate(record))
    fresh.index.catch_up(fresh.store)
    fast, stepped = _both_phrases(fresh.index, monkeypatch)
    assert len(fast) >= 4 and fast == stepped
