"""Translations in the catalogue store (real SQLite file): stored, read back, edited locally."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from ssc_desktop.domain.model import Solution, Translation
from ssc_desktop.storage.repository import NotFoundError
from tests.support.records import make_solution, make_translation, new_store


def _bilingual(**overrides: Any) -> Solution:
    return make_solution(
        translations={
            "fr": make_translation(),
            "es": make_translation(
                title="Riego solar para pequeños agricultores",
                themes=["seguridad alimentaria"],
                translated_by={"kind": "machine", "name": "SSC Desktop seed translation"},
            ),
        },
        **overrides,
    )


def test_translations_come_back_exactly_as_stored(tmp_path: Path) -> None:
    solution = _bilingual()
    store = new_store(tmp_path, [solution])
    loaded = store.get(solution.id)
    assert loaded is not None and loaded == solution
    assert list(loaded.translations) == ["es", "fr"]  # canonical order
    assert loaded.translations["fr"].translated_by.name == "Claire Traductrice"
    assert loaded.texts("es").title == "Riego solar para pequeños agricultores"
    assert loaded.texts("fr").is_translation and not loaded.texts("fr").outdated
    assert store.get_many([solution.id]) == [solution]
    assert list(store.iter_all()) == [solution]
    store.close()
    conn = sqlite3.connect(tmp_path / "catalogue.sqlite3")
    rows = conn.execute(
        "SELECT language, translated_by_kind, source_revision FROM solution_translations"
        " ORDER BY language"
    ).fetchall()
    conn.close()
    assert rows == [("es", "machine", 1), ("fr", "person", 1)]


def test_saving_a_translation_is_a_local_edit(tmp_path: Path) -> None:
    original = make_solution()
    store = new_store(tmp_path, [original])
    seq = store.last_change_seq()
    fr = Translation.model_validate(make_translation(source_revision=original.revision))
    edited = store.save_translation(original.id, "fr", fr)
    assert edited.revision == original.revision + 1
    assert store.stats()["pending_sync"] == 1 and store.last_change_seq() == seq + 1
    stored = store.get(original.id)
    assert stored is not None and stored == edited
    # Made from the current original: not "may be out of date" after its own save.
    assert stored.translations["fr"].source_revision == edited.revision
    assert not stored.is_outdated("fr")
    # The original changes: the translation is now older than it.
    later = store.save_local(stored.model_copy(update={"title": "A new English title"}))
    again = store.get(original.id)
    assert later.is_outdated("fr") and again is not None and again.texts("fr").outdated
    # Removing a translation is an edit too.
    removed = store.save_translation(original.id, "fr", None)
    assert removed.translations == {} and removed.revision == later.revision + 1
    assert store.get(original.id) == removed
    store.close()


def test_a_translation_edited_through_save_local_is_current(tmp_path: Path) -> None:
    original = _bilingual()
    store = new_store(tmp_path, [original])
    current = store.get(original.id)
    assert current is not None
    fr = current.translations["fr"].model_copy(update={"summary": "Un résumé corrigé."})
    saved = store.save_local(
        current.model_copy(update={"translations": {**current.translations, "fr": fr}})
    )
    assert saved.translations["fr"].summary == "Un résumé corrigé."
    assert saved.translations["fr"].source_revision == saved.revision  # changed: current
    assert saved.translations["es"].source_revision == 1  # untouched: as it was
    assert store.get(original.id) == saved
    store.close()


def test_a_refused_translation_changes_nothing(tmp_path: Path) -> None:
    original = make_solution()
    store = new_store(tmp_path, [original])
    en = Translation.model_validate(make_translation())
    with pytest.raises(ValueError, match="the record's own language"):
        store.save_translation(original.id, "en", en)
    with pytest.raises(NotFoundError):
        store.save_translation("00000000-0000-4000-8000-00000000dead", "fr", en)
    assert store.get(original.id) == original and store.stats()["pending_sync"] == 0
    store.close()


def test_translations_go_with_their_record_and_import_replaces_them(tmp_path: Path) -> None:
    solution = _bilingual()
    store = new_store(tmp_path, [solution])
    newer = solution.model_copy(
        update={"revision": 2, "translations": {"fr": solution.translations["fr"]}}
    )
    report = store.import_solutions([newer])
    assert report.updated == [solution.id]
    stored = store.get(solution.id)
    assert stored is not None and list(stored.translations) == ["fr"]
    store.close()
    conn = sqlite3.connect(tmp_path / "catalogue.sqlite3")
    conn.execute("PRAGMA foreign_keys=ON")
    with conn:
        conn.execute("DELETE FROM solutions")
    assert conn.execute("SELECT count(*) FROM solution_translations").fetchone() == (0,)
    conn.close()
