"""Seed translations (db/seed/translations/<lang>.json) reach new and existing data folders."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

import ssc_desktop.catalogue as catalogue
from ssc_desktop.catalogue import Catalogue, SeedError, load_seed, read_seed, seed_digest
from tests.support.translations import seed_records, seed_with_translations


@pytest.fixture
def seed_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped seed without translations, used as the embedded seed."""
    folder = tmp_path / "seed"
    folder.mkdir()
    target = folder / "solutions.json"
    shutil.copy(catalogue.seed_file(), target)
    monkeypatch.setattr(catalogue, "seed_file", lambda: target)
    return target


def test_no_translation_folder_is_a_seed_without_translations(seed_copy: Path) -> None:
    assert seed_digest() == hashlib.sha256(seed_copy.read_bytes()).hexdigest()  # as before
    assert all(s.translations == {} for s in read_seed())


def test_the_translations_are_attached_and_covered_by_the_hash(seed_copy: Path) -> None:
    records = seed_records(seed_copy)
    first, second = records[0]["id"], records[1]["id"]
    before = seed_digest()
    seed_with_translations(seed_copy, seed_copy.parent, [first, second])
    assert seed_digest() != before
    seed = {s.id: s for s in read_seed()}
    fr = seed[first].translations["fr"]
    assert fr.title == f"[fr] {records[0]['title']}"
    assert fr.source_revision == records[0]["revision"] and not seed[first].is_outdated("fr")
    assert (fr.translated_by.kind, fr.translated_by.name) == (
        "machine",
        "SSC Desktop seed translation",
    )
    assert seed[first].texts("fr").is_translation
    assert seed[records[2]["id"]].translations == {}


def test_a_new_translation_reaches_an_existing_data_folder(seed_copy: Path, data_dir: Path) -> None:
    records = seed_records(seed_copy)
    ids = [r["id"] for r in records[:3]]
    with Catalogue.open(data_dir) as cat:  # seeded before any translation shipped
        edited = cat.store.get(ids[2])
        assert edited is not None and edited.translations == {}
        cat.store.save_local(edited.model_copy(update={"subtitle": "Our office's words"}))
        seq = cat.store.last_change_seq()

    seed_with_translations(seed_copy, seed_copy.parent, ids)
    with Catalogue.open(data_dir) as cat:  # the next version ships fr.json
        store = cat.store
        plain = store.get(ids[0])
        assert plain is not None and plain.revision == records[0]["revision"]
        assert plain.translations["fr"].title == f"[fr] {records[0]['title']}"
        assert not plain.is_outdated("fr")
        # In place: the same central version, nothing to send to the hub...
        assert store.stats()["pending_sync"] == 1
        # ...but the search index follows (a new change sequence).
        assert {c.solution.id for c in store.changes_since(seq)} == set(ids[:2])
        # A record edited here is left to sync (its version is not the one translated).
        mine = store.get(ids[2])
        assert mine is not None and mine.translations == {}
        assert mine.subtitle == "Our office's words"
        assert store.meta("seed_sha256") == seed_digest()
        assert load_seed(store) is None  # read once


def test_a_broken_translation_file_is_named(seed_copy: Path) -> None:
    first = seed_records(seed_copy)[0]["id"]
    seed_with_translations(seed_copy, seed_copy.parent, [first])
    path = seed_copy.parent / "translations" / "fr.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["records"][first]["title"] = ""
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SeedError, match=f"fr.json: record {first}: title"):
        read_seed()
    data["records"] = {"00000000-0000-4000-8000-0000000000ff": data["records"][first]}
    data["records"]["00000000-0000-4000-8000-0000000000ff"]["title"] = "Titre"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SeedError, match="not in the seed"):
        read_seed()
    data["language"] = "es"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SeedError, match="does not match"):
        read_seed()
