"""The version before translations (schema 0003, with sync state) upgrades with nothing lost, and
its waiting edits still reach a hub; the upgraded folder then stores translations."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

from ssc_desktop.catalogue import Catalogue
from ssc_desktop.domain.model import Translation
from ssc_desktop.hub.server import ServerThread
from ssc_desktop.hub.store import HubStore
from ssc_desktop.storage.database import SCHEMA_HEAD, integrity_check, stored_revision
from ssc_desktop.sync.client import SyncClient
from ssc_desktop.sync.state import SyncState
from tests.support.records import make_translation

FIXTURE = Path(__file__).parent.parent / "fixtures" / "datafolder-0003.sqlite3"
#: What an upgrade may change: the seed load that follows it may attach seed translations
#: (a new change sequence, a new seed hash); nothing else.
MAY_CHANGE = {"solutions": {"change_seq"}, "meta": set()}


def _tables(path: Path) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    conn = sqlite3.connect(path)
    try:
        out = {}
        for (table,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'"
        ):
            cursor = conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2")
            out[table] = ([d[0] for d in cursor.description], cursor.fetchall())
        return out
    finally:
        conn.close()


def _without(columns: list[str], rows: list[tuple[Any, ...]], drop: set[str]) -> list[Any]:
    keep = [n for n, c in enumerate(columns) if c not in drop]
    return [tuple(row[n] for n in keep) for row in rows]


def test_schema_0003_data_folder_upgrades_with_everything_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    database = data / "catalogue.sqlite3"
    shutil.copy(FIXTURE, database)
    assert stored_revision(database) == "0003"
    before = _tables(database)
    assert len(before["sync_outbox"][1]) == 1 and before["sync_conflicts"][1] == []

    with Catalogue.open(data) as catalogue:
        store = catalogue.store
        assert stored_revision(database) == SCHEMA_HEAD == "0005"
        after = _tables(database)
        for table, (columns, rows) in before.items():
            drop = MAY_CHANGE.get(table, set())
            got_columns, got_rows = after[table]
            assert got_columns == columns, table
            if table == "meta":
                rows = [r for r in rows if r[0] != "seed_sha256"]
                got_rows = [r for r in got_rows if r[0] != "seed_sha256"]
            assert _without(got_columns, got_rows, drop) == _without(columns, rows, drop), table
        assert "solution_translations" in after
        assert store.stats()["pending_sync"] == 2
        frozen = next(s for s in store.iter_all() if s.subtitle == "Frozen before the upgrade")
        assert store.note(frozen.id) == "Private note made at schema 0003"

        # Translations are stored in the upgraded folder, as a local edit.
        fr = Translation.model_validate(make_translation(source_revision=frozen.revision))
        translated = store.save_translation(frozen.id, "fr", fr)
        assert store.get(frozen.id) == translated

        # The waiting operation, the dirty edit and the translation reach a (new) hub.
        hub = HubStore(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
        hub.init(seed=True)
        token = hub.create_token("upgraded office", publish_directly=True)[1]
        with ServerThread(hub) as server:
            report = SyncClient(store, hub_url=server.url, token=token).sync()
        assert report.complete and report.conflicts == 0, report.as_dict()
        assert store.stats()["pending_sync"] == 0 and SyncState(store).pending_counts()["ops"] == 0
        on_hub = {r["id"]: r for r in hub.all_records()}
        assert on_hub[frozen.id]["subtitle"] == "Frozen before the upgrade"
        assert on_hub[frozen.id]["translations"]["fr"]["title"] == fr.title
        assert any(r["subtitle"] == "Dirty before the upgrade" for r in on_hub.values())
        hub.close()
    assert integrity_check(database) == "ok"
    assert (data / f"catalogue.sqlite3.before-{SCHEMA_HEAD}.bak").exists()
