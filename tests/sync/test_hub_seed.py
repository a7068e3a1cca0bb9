"""An existing hub receives the seed corrections a new version ships (SQLite and PostgreSQL):
newer revisions win, an office's edit and a higher revision are kept, the seed is read again
only when it changes, and a hub started without the seed stays without it."""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete

import ssc_desktop.catalogue as catalogue
from ssc_desktop.hub.store import META, SEED_META, HubStore
from tests.support.seed import (
    CLIMATE_PLAN,
    FIRST_SEED_TIME,
    IBSA_FACILITY,
    REFUGEE_EXCHANGE,
    SHE_GOES_DIGITAL,
    first_seed,
)
from tests.sync.helpers import fresh_hub


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _records(store: HubStore) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in store.all_records()}


def _reopen(store: HubStore) -> HubStore:
    """The hub started again (a new process: a new engine on the same database)."""
    store.close()
    return HubStore(store.url)


def test_an_existing_hub_receives_the_corrected_seed_and_keeps_newer_records(
    tmp_path: Path, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = catalogue.seed_file()
    new = json.loads(shipped.read_text(encoding="utf-8"))["solutions"]
    corrected = {r["id"] for r in new if r["revision"] > 1}
    added = {r["id"] for r in new if r["created_at"] != FIRST_SEED_TIME}
    old_file = first_seed(shipped, tmp_path)

    # A hub made by the previous version, with the first seed.
    monkeypatch.setattr(catalogue, "seed_file", lambda: old_file)
    store = fresh_hub(tmp_path / "hub", backend, seed=True)
    try:
        assert store.count() == len(new) - len(added)
        assert store.meta(SEED_META) == _sha(old_file)
        # An office edits a record the correction changes; an administrator imports another
        # at a revision above the correction's.
        edit = {"o": str(uuid.uuid4()), "id": CLIMATE_PLAN, "b": 1, "p": {"results": "Ours."}}
        store.set_publish_directly("UNDP Kenya", True)
        assert store.apply_ops("UNDP Kenya", "cat-k", [edit])[0]["r"] == 2
        ibsa = dict(_records(store)[IBSA_FACILITY], revision=5, summary="The hub's own text.")
        assert store.load_records([ibsa]) == 1
        before = store.max_seq()

        # The new version starts on the same database.
        monkeypatch.setattr(catalogue, "seed_file", lambda: shipped)
        store = _reopen(store)
        assert store.init(seed=True) is False
        records = _records(store)
        assert len(records) == len(new)
        she = records[SHE_GOES_DIGITAL]
        assert she["revision"] == 2 and she["countries"] == [{"iso3": "KEN", "role": "recipient"}]
        assert {c["role"] for c in records[REFUGEE_EXCHANGE]["countries"]} == {"participant"}
        assert all(records[i]["origin"] == "central" for i in added)
        # Kept: the office's edit (same revision as the correction) and the higher revision.
        assert records[CLIMATE_PLAN]["results"] == "Ours."
        assert (records[IBSA_FACILITY]["revision"], records[IBSA_FACILITY]["summary"]) == (
            5,
            "The hub's own text.",
        )
        # Offices receive exactly what changed through the feed.
        fed = {row.id for row in store.changes(before, 1000)}
        # ... and the records whose seed translations were attached in place (same revision).
        translated = {s.id for s in catalogue.read_seed() if s.translations}
        assert fed == (corrected | added | translated) - {CLIMATE_PLAN, IBSA_FACILITY}
        assert store.meta(SEED_META) == catalogue.seed_digest()

        # The next start reads nothing again and changes nothing.
        after = store.max_seq()
        store = _reopen(store)
        assert store.init(seed=True) is False
        assert store.refresh_seed() is None
        assert store.max_seq() == after
    finally:
        store.close()


def test_a_hub_from_before_the_seed_hash_is_upgraded_too(
    tmp_path: Path, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = catalogue.seed_file()
    old_file = first_seed(shipped, tmp_path)
    monkeypatch.setattr(catalogue, "seed_file", lambda: old_file)
    store = fresh_hub(tmp_path / "hub", backend, seed=True)
    try:
        with store.engine.begin() as conn:  # what a hub made by the previous version lacks
            conn.execute(delete(META).where(META.c.key == SEED_META))
        monkeypatch.setattr(catalogue, "seed_file", lambda: shipped)
        store = _reopen(store)
        store.init(seed=True)
        assert _records(store)[SHE_GOES_DIGITAL]["revision"] == 2
        assert store.meta(SEED_META) == catalogue.seed_digest()
    finally:
        store.close()


def test_a_hub_started_without_the_seed_stays_without_it(tmp_path: Path, backend: str) -> None:
    store = fresh_hub(tmp_path / "hub", backend, seed=False)
    try:
        assert store.meta(SEED_META) is None
        store = _reopen(store)
        assert store.init(seed=True) is False
        assert store.count() == 0 and store.max_seq() == 0
        assert store.meta(SEED_META) is None
    finally:
        store.close()
