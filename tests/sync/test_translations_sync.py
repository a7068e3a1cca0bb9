"""Translations travel with their record: two offices editing different texts of a record, in
different languages or in one, merge without a conflict; the same text in the same language is a
conflict as any field is (real hub on 127.0.0.1, SQLite and PostgreSQL; USB bundles)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

import ssc_desktop.catalogue as catalogue
from ssc_desktop.domain.model import Solution, Translation
from ssc_desktop.hub.server import ServerThread
from ssc_desktop.storage.repository import CatalogueStore
from ssc_desktop.sync.merging import merge_translations
from ssc_desktop.sync.offline import (
    export_hub_bundle,
    export_office_bundle,
    import_hub_bundle,
    import_office_bundle,
)
from ssc_desktop.sync.state import K_TOKEN, SyncState
from tests.support.records import make_solution, make_translation
from tests.support.translations import seed_records, seed_with_translations
from tests.sync.helpers import Hub, catalogue_state, client, fresh_hub, hub_state, new_office


def _hub_with_translated(hub: Hub) -> str:
    record = make_solution(translations={"fr": make_translation()})
    hub.store.load_records([record.to_json_dict()])
    return record.id


def _two_offices(hub: Hub, tmp_path: Path) -> tuple[CatalogueStore, CatalogueStore, str, str]:
    a, b = new_office(tmp_path / "a"), new_office(tmp_path / "b")
    ta, tb = hub.token("A"), hub.token("B")
    for office, token in ((a, ta), (b, tb)):
        assert client(office, hub.url, token).sync().complete
    return a, b, ta, tb


def _edit_fr(office: CatalogueStore, record_id: str, **texts: Any) -> Solution:
    record = office.get(record_id)
    assert record is not None
    fr = record.translations["fr"].model_copy(update=texts)
    return office.save_translation(record_id, "fr", fr)


def test_french_summary_and_english_title_from_two_offices_merge(
    any_hub: Hub, tmp_path: Path
) -> None:
    record_id = _hub_with_translated(any_hub)
    a, b, ta, tb = _two_offices(any_hub, tmp_path)
    assert (a.get(record_id) or make_solution()).translations["fr"].title.startswith("Irrigation")
    _edit_fr(a, record_id, summary="Résumé corrigé par le bureau A.")
    title_b = b.get(record_id)
    assert title_b is not None
    b.save_local(title_b.model_copy(update={"title": "Title from B"}))
    for office, token in ((a, ta), (b, tb), (a, ta)):
        report = client(office, any_hub.url, token).sync()
        assert report.complete and report.conflicts == 0, report.as_dict()
    final = a.get(record_id)
    assert final is not None
    assert final.title == "Title from B"
    assert final.translations["fr"].summary == "Résumé corrigé par le bureau A."
    assert catalogue_state(a) == catalogue_state(b) == hub_state(any_hub.store)
    assert a.stats()["pending_sync"] == b.stats()["pending_sync"] == 0


def test_two_texts_of_one_language_and_a_new_language_merge(any_hub: Hub, tmp_path: Path) -> None:
    record_id = _hub_with_translated(any_hub)
    a, b, ta, tb = _two_offices(any_hub, tmp_path)
    _edit_fr(a, record_id, summary="Résumé du bureau A.")
    _edit_fr(b, record_id, title="Titre du bureau B")
    es = Translation.model_validate(make_translation(title="Riego solar", source_revision=99))
    b.save_translation(record_id, "es", es)
    for office, token in ((a, ta), (b, tb), (a, ta), (b, tb)):
        report = client(office, any_hub.url, token).sync()
        assert report.complete and report.conflicts == 0, report.as_dict()
    hub_record = {r["id"]: r for r in any_hub.store.all_records()}[record_id]
    fr = hub_record["translations"]["fr"]
    assert (fr["title"], fr["summary"]) == ("Titre du bureau B", "Résumé du bureau A.")
    assert hub_record["translations"]["es"]["title"] == "Riego solar"
    assert catalogue_state(a) == catalogue_state(b) == hub_state(any_hub.store)


def test_the_same_text_in_the_same_language_is_a_conflict_then_decided(
    hub: Hub, tmp_path: Path
) -> None:
    record_id = _hub_with_translated(hub)
    a, b, ta, tb = _two_offices(hub, tmp_path)
    _edit_fr(a, record_id, summary="Le résumé de A.")
    _edit_fr(b, record_id, summary="Le résumé de B.", title="Le titre de B")
    assert client(a, hub.url, ta).sync().conflicts == 0
    assert client(b, hub.url, tb).sync().conflicts == 1
    state = SyncState(b)
    [conflict] = state.conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "translations.fr.summary",
        "Le résumé de B.",
        "Le résumé de A.",
    )
    local = b.get(record_id)
    assert local is not None and local.translations["fr"].title == "Le titre de B"  # merged
    state.resolve(record_id, "translations.fr.summary", "theirs")
    for office, token in ((b, tb), (a, ta)):
        assert client(office, hub.url, token).sync().conflicts == 0
    final = a.get(record_id)
    assert final is not None
    assert (final.translations["fr"].summary, final.translations["fr"].title) == (
        "Le résumé de A.",
        "Le titre de B",
    )
    assert catalogue_state(a) == catalogue_state(b) == hub_state(hub.store)


def test_a_language_removed_here_and_edited_there_is_a_conflict_on_the_version(
    hub: Hub, tmp_path: Path
) -> None:
    record_id = _hub_with_translated(hub)
    a, b, ta, tb = _two_offices(hub, tmp_path)
    _edit_fr(a, record_id, summary="A garde le français.")
    b.save_translation(record_id, "fr", None)
    assert client(a, hub.url, ta).sync().conflicts == 0
    assert client(b, hub.url, tb).sync().conflicts == 1
    state = SyncState(b)
    [conflict] = state.conflicts()
    assert conflict.field == "translations.fr" and conflict.mine is None
    assert conflict.theirs["summary"] == "A garde le français."
    state.resolve(record_id, "translations.fr", "mine")  # B still wants it gone
    for office, token in ((b, tb), (a, ta)):
        assert client(office, hub.url, token).sync().conflicts == 0
    final = a.get(record_id)
    assert final is not None and final.translations == {}
    assert catalogue_state(a) == catalogue_state(b) == hub_state(hub.store)


def test_the_stamp_follows_the_later_translation_and_the_older_source() -> None:
    base = {"fr": make_translation(source_revision=2, translated_at="2026-01-01T00:00:00Z")}
    mine = {"fr": {**base["fr"], "summary": "M", "source_revision": 3}}
    mine["fr"]["translated_at"] = "2026-03-01T00:00:00Z"
    theirs = {"fr": {**base["fr"], "title": "T", "source_revision": 4}}
    theirs["fr"]["translated_by"] = {"kind": "machine_reviewed", "name": "Reviewer"}
    theirs["fr"]["translated_at"] = "2026-02-01T00:00:00Z"
    merged, conflicts = merge_translations(base, mine, theirs)
    assert conflicts == {}
    fr = merged["fr"]
    assert (fr["title"], fr["summary"]) == ("T", "M")
    assert fr["translated_at"] == "2026-03-01T00:00:00Z"
    assert fr["translated_by"] == base["fr"]["translated_by"]  # mine's, the later
    assert fr["source_revision"] == 3  # the older original: "may be out of date"
    # Without a base (edited before ever syncing), a differing text is a conflict.
    merged, conflicts = merge_translations(None, mine, theirs)
    assert set(conflicts) == {"translations.fr.title", "translations.fr.summary"}


def test_usb_bundles_carry_translations_both_ways(tmp_path: Path) -> None:
    hub = fresh_hub(tmp_path / "hub")
    record = make_solution(translations={"fr": make_translation()})
    hub.load_records([record.to_json_dict()])
    token = hub.create_token("Dakar", publish_directly=True)[1]
    office = new_office(tmp_path / "a")
    office.set_meta(K_TOKEN, token)
    export_hub_bundle(hub, tmp_path / "h1.sscbundle")
    import_hub_bundle(office, tmp_path / "h1.sscbundle", trust_key=hub.bundle_public_key())
    got = office.get(record.id)
    assert got is not None and got.translations == record.translations
    _edit_fr(office, record.id, summary="Écrit hors ligne à Dakar.")
    assert export_office_bundle(office, tmp_path / "o.sscbundle")["operations"] == 1
    import_office_bundle(hub, tmp_path / "o.sscbundle")
    stored = {r["id"]: r for r in hub.all_records()}[record.id]
    assert stored["translations"]["fr"]["summary"] == "Écrit hors ligne à Dakar."
    export_hub_bundle(hub, tmp_path / "h2.sscbundle")
    import_hub_bundle(office, tmp_path / "h2.sscbundle")
    assert catalogue_state(office) == hub_state(hub)
    assert office.stats()["pending_sync"] == 0
    hub.close()


def test_an_existing_hub_takes_a_new_seed_translation_in_place(
    tmp_path: Path, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed = tmp_path / "seed" / "solutions.json"
    seed.parent.mkdir()
    shutil.copy(catalogue.seed_file(), seed)
    monkeypatch.setattr(catalogue, "seed_file", lambda: seed)
    store = fresh_hub(tmp_path / "hub", backend, seed=True)
    try:
        records = seed_records(seed)
        ids = [r["id"] for r in records[:3]]
        before = {r["id"]: r for r in store.all_records()}
        seed_with_translations(seed, seed.parent, ids)
        assert store.refresh_seed() == 3  # attached in place, no revision written
        after = {r["id"]: r for r in store.all_records()}
        for record_id in ids:
            assert after[record_id]["revision"] == before[record_id]["revision"]
            assert after[record_id]["translations"]["fr"]["title"].startswith("[fr] ")
        assert {i for i in after if after[i] != before[i]} == set(ids)
        assert store.refresh_seed() is None  # the hash is kept: read once
        # An office seeded from the same release agrees with the hub without any conflict.
        office = new_office(tmp_path / "office")
        catalogue.load_seed(office)
        token = store.create_token("Bamako", publish_directly=True)[1]
        with ServerThread(store) as server:
            report = client(office, server.url, token).sync()
        assert report.complete and report.conflicts == 0
        assert catalogue_state(office) == hub_state(store)
    finally:
        store.close()
