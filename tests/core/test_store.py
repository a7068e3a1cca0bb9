"""The catalogue store on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssc_desktop.storage.database import integrity_check
from ssc_desktop.storage.repository import NotFoundError
from tests.support.records import make_solution, new_store, random_solutions


def test_a_record_comes_back_exactly_as_stored(tmp_path: Path) -> None:
    solution = make_solution()
    store = new_store(tmp_path, [solution])
    assert store.get(solution.id) == solution
    assert store.get_many([solution.id, "missing"]) == [solution]
    store.close()


def test_local_edit_bumps_revision_and_waits_for_sync(tmp_path: Path) -> None:
    original = make_solution()
    store = new_store(tmp_path, [original])
    seq_before = store.last_change_seq()
    edited = store.save_local(original.model_copy(update={"title": "New title"}))
    assert edited.revision == original.revision + 1
    assert edited.created_at == original.created_at
    assert edited.updated_at > original.updated_at
    assert edited.origin == "central"
    assert store.stats()["pending_sync"] == 1
    assert store.last_change_seq() == seq_before + 1
    assert store.get(original.id).title == "New title"
    store.close()


def test_new_local_record_is_marked_local(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    made = store.save_local(make_solution(origin="central", revision=7))
    assert (made.origin, made.revision) == ("local", 1)
    assert store.stats()["local"] == 1
    store.close()


def test_delete_leaves_a_tombstone(tmp_path: Path) -> None:
    solution = make_solution()
    store = new_store(tmp_path, [solution])
    tomb = store.delete_local(solution.id)
    assert tomb.deleted and tomb.revision == 2
    assert store.get(solution.id) is None
    assert store.get(solution.id, include_deleted=True) == tomb
    assert store.count() == 0 and store.count(include_deleted=True) == 1
    with pytest.raises(NotFoundError):
        store.delete_local(solution.id)
    store.close()


def test_import_is_idempotent_and_newer_wins(tmp_path: Path) -> None:
    first = make_solution()
    store = new_store(tmp_path)
    assert store.import_solutions([first]).as_dict()["added"] == 1
    seq = store.last_change_seq()
    assert store.import_solutions([first]).as_dict()["unchanged"] == 1
    assert store.last_change_seq() == seq, "an unchanged import writes nothing"
    newer = first.model_copy(
        update={
            "revision": 2,
            "title": "Renamed",
            "updated_at": first.updated_at.replace(year=2027),
        }
    )
    assert store.import_solutions([newer]).as_dict()["updated"] == 1
    assert store.import_solutions([first]).as_dict()["skipped_older"] == 1
    assert store.get(first.id).title == "Renamed"
    store.close()


def test_import_never_overwrites_a_local_edit(tmp_path: Path) -> None:
    original = make_solution()
    store = new_store(tmp_path, [original])
    store.save_local(original.model_copy(update={"summary": "My field notes."}))
    incoming = original.model_copy(
        update={
            "revision": 5,
            "summary": "Hub text.",
            "updated_at": original.updated_at.replace(year=2030),
        }
    )
    assert store.import_solutions([incoming]).as_dict()["kept_local_edit"] == 1
    assert store.get(original.id).summary == "My field notes."
    store.close()


def test_changes_since_follows_the_sequence(tmp_path: Path) -> None:
    records = random_solutions(5)
    store = new_store(tmp_path, records)
    changes = store.changes_since(0)
    assert [c.change_seq for c in changes] == [1, 2, 3, 4, 5]
    store.delete_local(records[0].id)
    later = store.changes_since(5)
    assert [(c.solution.id, c.solution.deleted, c.dirty) for c in later] == [
        (records[0].id, True, True)
    ]
    store.close()


def test_resolve_id_accepts_a_unique_prefix(tmp_path: Path) -> None:
    a = make_solution(id="aaaaaaaa-0000-4000-8000-000000000001")
    b = make_solution(id="aaaaaaab-0000-4000-8000-000000000002")
    store = new_store(tmp_path, [a, b])
    assert store.resolve_id("AAAAAAAA") == a.id
    assert store.resolve_id(b.id) == b.id
    with pytest.raises(NotFoundError, match="several ids"):
        store.resolve_id("aaaaaaa")
    with pytest.raises(NotFoundError):
        store.resolve_id("%")
    store.close()


def test_notes_stay_private_and_meta_persists(tmp_path: Path) -> None:
    solution = make_solution()
    store = new_store(tmp_path, [solution])
    store.set_note(solution.id, "Call the ministry first.")
    assert store.note(solution.id) == "Call the ministry first."
    store.set_note(solution.id, "  ")
    assert store.note(solution.id) == ""
    catalogue_id = store.catalogue_id()
    assert store.catalogue_id() == catalogue_id
    store.set_meta("k", "v")
    assert store.meta("k") == "v" and store.meta("absent", "d") == "d"
    store.close()
    assert integrity_check(tmp_path / "catalogue.sqlite3") == "ok"


def test_iter_all_is_sorted_and_complete(tmp_path: Path) -> None:
    records = random_solutions(30)
    store = new_store(tmp_path, records)
    listed = list(store.iter_all(batch=7))
    assert [s.id for s in listed] == sorted(s.id for s in records)
    assert {s.id: s for s in listed} == {s.id: s for s in records}
    store.close()
