"""The index follows SQLite: edits, deletions, rebuilds, background builds, many threads."""

from __future__ import annotations

import gc
import json
import shutil
import threading
from pathlib import Path

import pytest

from ssc_desktop.domain.model import Solution
from ssc_desktop.search.engine import MAX_SEGMENTS, META_FILE, SearchIndex
from ssc_desktop.search.results import NoticeKind
from tests.search.conftest import Catalogue


def test_an_edit_appears_exactly_once_with_its_new_words(fresh: Catalogue) -> None:
    index, store = fresh.index, fresh.store
    target = store.get(fresh.records[5]["id"])
    assert target is not None
    old_words = index.search(target.title, limit=1)
    assert old_words.hits[0].id == target.id
    for round_number in range(3):
        word = f"zanzibarseaweed{round_number}"
        store.save_local(
            target.model_copy(
                update={"title": f"Seaweed farming {word}", "countries": [], "primary_sdgs": [14]}
            )
        )
        assert index.ensure_current(store) == "updated"
        result = index.search(word, facets=["sdg", "country"])
        assert [h.id for h in result.hits] == [target.id]
        assert result.hits[0].title == f"Seaweed farming {word}"
        assert result.facets["sdg"] == {"14": 1}
        assert result.facets["country"] == {}
        assert index.search(f"zanzibarseaweed{round_number - 1}").total == 0
        everything = index.search("", limit=1000)
        assert everything.total == len(fresh.records)
        assert len({h.id for h in everything.hits}) == len(fresh.records)


def test_deleted_records_leave_the_index(fresh: Catalogue) -> None:
    gone = fresh.records[7]
    assert fresh.index.search(gone["title"], limit=1).hits[0].id == gone["id"]
    fresh.store.delete_local(gone["id"])
    fresh.index.ensure_current(fresh.store)
    assert gone["id"] not in {h.id for h in fresh.index.search("", limit=1000).hits}
    assert fresh.index.search("", limit=0).total == fresh.store.count() == len(fresh.records) - 1


def test_a_batch_with_the_same_record_twice_keeps_one_version(fresh: Catalogue) -> None:
    target = Solution.model_validate(fresh.records[2])
    first = target.model_copy(update={"title": "Version one quokka"})
    second = target.model_copy(update={"title": "Version two quokka"})
    fresh.index.apply([first, second])
    result = fresh.index.search("quokka")
    assert [h.title for h in result.hits] == ["Version two quokka"]


def _corrupt(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file() and (path.suffix in {".seg", ".toc"}):
            path.write_bytes(b"garbage")


def test_missing_corrupt_foreign_or_outdated_index_is_rebuilt(fresh: Catalogue) -> None:
    folder, store = fresh.index.index_dir, fresh.store
    fresh.index.close()
    total = len(fresh.records)

    def reopened() -> SearchIndex:
        index = SearchIndex(folder)
        assert index.ensure_current(store) == "rebuilt"
        assert index.search("", limit=0).total == total
        assert index.ensure_current(store) == "current"
        index.close()
        return index

    _corrupt(folder)
    reopened()
    meta = json.loads((folder / META_FILE).read_text())
    (folder / META_FILE).write_text(json.dumps({**meta, "engine_version": -1}))
    reopened()
    meta = json.loads((folder / META_FILE).read_text())
    (folder / META_FILE).write_text(json.dumps({**meta, "catalogue_id": "another"}))
    reopened()
    (folder / META_FILE).write_text("{not json")
    reopened()
    shutil.rmtree(folder)
    reopened()
    # Only the current build is left behind.
    assert sorted(p.name for p in folder.iterdir() if p.is_dir()) == [
        json.loads((folder / META_FILE).read_text())["current"]
    ]


def test_damage_found_while_searching_triggers_a_rebuild(fresh: Catalogue) -> None:
    index = fresh.index
    index.close()
    _corrupt(index.index_dir)
    result = index.search("water")
    assert result.total == 0 and result.has(NoticeKind.INDEX_NOT_READY)
    assert index.ensure_current(fresh.store) == "rebuilt"
    assert index.search("", limit=0).total == len(fresh.records)


def test_background_rebuild_keeps_serving_the_old_index(fresh: Catalogue) -> None:
    index, store = fresh.index, fresh.store
    before = index.search("", limit=0).total
    started = threading.Event()
    release = threading.Event()
    original = store.iter_all

    def slow_iter_all(**kwargs: object):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(10)
        return original(**kwargs)  # type: ignore[arg-type]

    store.iter_all = slow_iter_all  # type: ignore[method-assign]
    try:
        # E.g. "rebuild the search index" from the settings: searches go on meanwhile.
        index.rebuild_in_background(store)
        assert started.wait(10)
        assert index.status()["state"] == "building"
        assert index.search("", limit=0).total == before
        # An edit made while the rebuild runs shows at once, in the index being served...
        target = store.get(fresh.records[4]["id"])
        assert target is not None
        store.save_local(target.model_copy(update={"title": "Axolotl ponds"}))
        assert index.ensure_current(store, background=True) == "rebuilding"
        assert [h.id for h in index.search("axolotl").hits] == [target.id]
        release.set()
        assert index.wait(30)
    finally:
        store.iter_all = original  # type: ignore[method-assign]
    assert index.status()["state"] == "ready"
    assert index.ensure_current(store) == "current"
    assert index.search("", limit=0).total == before
    # ...and in the new index once it is swapped in.
    assert [h.id for h in index.search("axolotl").hits] == [target.id]


def test_another_catalogues_index_is_never_served(fresh: Catalogue) -> None:
    index, store = fresh.index, fresh.store
    meta = json.loads((index.index_dir / META_FILE).read_text())
    (index.index_dir / META_FILE).write_text(json.dumps({**meta, "catalogue_id": "another"}))
    assert index.ensure_current(store, background=True) == "rebuilding"
    result = index.search("")
    assert result.total in (0, len(fresh.records))  # nothing, or the new index if already done
    assert index.wait(60)
    assert index.search("", limit=0).total == len(fresh.records)


def test_no_index_at_all_gives_a_hint_while_it_builds(tmp_path: Path, fresh: Catalogue) -> None:
    index = SearchIndex(tmp_path / "elsewhere")
    result = index.search("water")
    assert result.total == 0 and result.has(NoticeKind.INDEX_NOT_READY)
    index.ensure_current(fresh.store, background=True)
    assert index.wait(60)
    assert index.search("", limit=0).total == len(fresh.records)
    index.close()


@pytest.mark.slow
def test_readers_in_threads_never_see_half_an_update(fresh: Catalogue) -> None:
    """Four threads search while the main thread edits and the index catches up."""
    index, store = fresh.index, fresh.store
    total = len(fresh.records)
    stop = threading.Event()
    problems: list[str] = []
    searches = [0]

    def reader() -> None:
        while not stop.is_set():
            result = index.search("", limit=1000, facets=["sdg"])
            ids = [h.id for h in result.hits]
            if len(ids) != len(set(ids)) or result.total != total or len(ids) != total:
                problems.append(f"{result.total} / {len(ids)} / {len(set(ids))}")
            hits = index.search("quetzal").hits
            if len(hits) > 1:
                problems.append(f"{len(hits)} quetzal hits")
            searches[0] += 1

    threads = [threading.Thread(target=reader) for _ in range(4)]
    for thread in threads:
        thread.start()
    try:
        target = store.get(fresh.records[1]["id"])
        assert target is not None
        for number in range(12):
            store.save_local(target.model_copy(update={"title": f"Quetzal {number}"}))
            index.catch_up(store)
    finally:
        stop.set()
        for thread in threads:
            thread.join(30)
    assert not problems, problems[:5]
    assert searches[0] > 10
    assert [h.title for h in index.search("quetzal").hits] == ["Quetzal 11"]


def test_two_writers_take_turns(fresh: Catalogue) -> None:
    store, index = fresh.store, fresh.index
    records = [store.get(r["id"]) for r in fresh.records[:8]]
    errors: list[BaseException] = []

    def edit(start: int) -> None:
        try:
            for solution in records[start::2]:
                assert solution is not None
                store.save_local(solution.model_copy(update={"summary": "okapi conservation"}))
                index.catch_up(store)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=edit, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    assert index.ensure_current(store) == "current"
    assert index.search("okapi").total == 8


def test_edits_leave_small_segments_that_are_merged(fresh: Catalogue) -> None:
    index, store = fresh.index, fresh.store
    targets = [store.get(r["id"]) for r in fresh.records[10:22]]
    for number, solution in enumerate(targets):
        assert solution is not None
        store.save_local(solution.model_copy(update={"summary": f"narwhal{number} survey"}))
        index.catch_up(store)
    assert index.wait(60)
    assert index.merge_segments() <= MAX_SEGMENTS
    everything = index.search("", limit=1000)
    assert everything.total == len({h.id for h in everything.hits}) == len(fresh.records)
    for number, solution in enumerate(targets):
        hits = index.search(f"narwhal{number}", as_you_type=False).hits
        assert [h.id for h in hits] == [solution.id]  # type: ignore[union-attr]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts open files via /proc")
def test_threads_that_end_do_not_leave_open_files(fresh: Catalogue) -> None:
    def open_files() -> int:
        return len(list(Path("/proc/self/fd").iterdir()))

    def one_search() -> None:
        assert fresh.index.search("water").total >= 0

    for _ in range(3):  # warm up: this thread's searcher, caches
        one_search()
    before = open_files()
    for _ in range(30):  # like a thread pool whose idle threads expire
        thread = threading.Thread(target=one_search)
        thread.start()
        thread.join()
    gc.collect()
    assert open_files() - before < 10
