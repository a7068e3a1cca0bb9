"""The first-cut index: derived from SQLite, correct, ranked, rebuilt when it must be."""

from __future__ import annotations

import json
from pathlib import Path

from ssc_desktop.search.engine import META_FILE, SearchIndex
from tests.support.records import make_solution, new_store, random_solutions


def test_exact_title_comes_first(tmp_path: Path) -> None:
    records = random_solutions(60)
    store = new_store(tmp_path, records)
    index = SearchIndex(tmp_path / "index")
    assert index.ensure_current(store) == "rebuilt"
    for target in records[::10]:
        result = index.search(target.title)
        assert result.hits[0].id == target.id, target.title
    index.close()
    store.close()


def test_an_edit_appears_once_with_its_new_words_in_the_same_process(tmp_path: Path) -> None:
    records = random_solutions(20)
    store = new_store(tmp_path, records)
    index = SearchIndex(tmp_path / "index")
    index.ensure_current(store)
    target = records[3]
    for round_number in range(3):
        store.save_local(target.model_copy(update={"title": f"Zanzibar seaweed {round_number}"}))
        assert index.ensure_current(store) == "updated"
        hits = index.search("zanzibar seaweed").hits
        assert [h.id for h in hits] == [target.id]
        assert hits[0].title == f"Zanzibar seaweed {round_number}"
        # No stale version of the record still carries its old title.
        old = index.search(f'"{target.title}"', limit=100).hits
        assert all(h.title != target.title for h in old)
        assert len({h.id for h in old}) == len(old)
    everything = index.search("")
    assert everything.total == len(records)
    assert len({h.id for h in index.search("", limit=100).hits}) == len(records)
    index.close()
    store.close()


def test_deleted_records_leave_the_index(tmp_path: Path) -> None:
    keep, gone = (
        make_solution(title="Mangrove nurseries"),
        make_solution(title="Mangrove restoration"),
    )
    store = new_store(tmp_path, [keep, gone])
    index = SearchIndex(tmp_path / "index")
    index.ensure_current(store)
    assert index.search("mangrove").total == 2
    store.delete_local(gone.id)
    index.ensure_current(store)
    assert [h.id for h in index.search("mangrove").hits] == [keep.id]
    index.close()
    store.close()


def test_accents_and_word_forms_match(tmp_path: Path) -> None:
    record = make_solution(title="Légumes et coopératives", summary="Volunteers train farmers.")
    store = new_store(tmp_path, [record])
    index = SearchIndex(tmp_path / "index")
    index.ensure_current(store)
    for query in ("legumes", "légumes", "cooperatives", "volunteer", "training"):
        assert [h.id for h in index.search(query).hits] == [record.id], query
    hit = index.search("volunteers").hits[0]
    assert ("Volunteers", True) in hit.snippet
    index.close()
    store.close()


def test_missing_corrupt_or_outdated_index_is_rebuilt(tmp_path: Path) -> None:
    records = random_solutions(10)
    store = new_store(tmp_path, records)
    folder = tmp_path / "index"
    index = SearchIndex(folder)
    assert index.ensure_current(store) == "rebuilt"
    assert index.ensure_current(store) == "current"
    index.close()

    for segment in folder.rglob("*.seg"):
        segment.write_bytes(b"garbage")
    for toc in folder.rglob("_solutions_*.toc"):
        toc.write_bytes(b"not a pickle")
    index = SearchIndex(folder)
    assert index.ensure_current(store) == "rebuilt"
    assert index.search("").total == 10
    index.close()

    meta = json.loads((folder / META_FILE).read_text())
    meta["engine_version"] = -1
    (folder / META_FILE).write_text(json.dumps(meta))
    index = SearchIndex(folder)
    assert index.ensure_current(store) == "rebuilt"
    index.close()

    import shutil

    shutil.rmtree(folder)
    index = SearchIndex(folder)
    assert index.ensure_current(store) == "rebuilt"
    assert index.search("").total == 10
    assert not folder.with_name("index.building").exists()
    index.close()
    store.close()


#: Odd queries and how many of the five records each finds: the ones that leave nothing to search
#: for (operators, punctuation, a filter without its value, an unknown filter of single letters,
#: a word too long to be indexed, control characters) list everything; words no record holds,
#: and a query of common words only, find nothing.
ODD_QUERIES = {
    '"unbalanced': 0,
    "(((": 5,
    "AND": 5,
    "OR NOT": 5,
    "-": 5,
    "country:": 5,
    "title:(": 5,
    "*": 5,
    "x" * 10_000: 5,
    "\x00\x07": 5,
    "مرحبا": 0,
    "a:b:c": 5,
    "[TO]": 0,
    "^2": 1,  # the word "2", in one title ("... programme 2")
}


def test_odd_queries_never_raise(tmp_path: Path) -> None:
    store = new_store(tmp_path, random_solutions(5))
    index = SearchIndex(tmp_path / "index")
    index.ensure_current(store)
    for query, expected in ODD_QUERIES.items():
        result = index.search(query)
        assert (result.total, len(result.hits)) == (expected, expected), query[:20]
    assert [h.title for h in index.search("^2").hits] == ["Water census cooperatives programme 2"]
    index.close()
    store.close()
