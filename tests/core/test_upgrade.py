"""Installing a newer version over an older one keeps everything the user had.

The fixture is a data folder as the previous schema (0002) left it: the seed, a local edit
waiting for sync, a new local solution, a private note and a mission basket.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ssc_desktop.catalogue import Catalogue, seed_file
from ssc_desktop.hub.server import ServerThread
from ssc_desktop.hub.store import HubStore
from ssc_desktop.interchange import read_catalogue_file
from ssc_desktop.storage.database import SCHEMA_HEAD, integrity_check, stored_revision
from ssc_desktop.sync.client import SyncClient

FIXTURE = Path(__file__).parent.parent / "fixtures" / "datafolder-0002.sqlite3"
LOCAL_ID = "0e5e0e5e-0000-4000-8000-000000000002"


def test_previous_version_data_folder_is_upgraded_with_everything_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURE, data / "catalogue.sqlite3")
    assert stored_revision(data / "catalogue.sqlite3") == "0002"

    with Catalogue.open(data) as catalogue:
        store = catalogue.store
        assert stored_revision(data / "catalogue.sqlite3") == SCHEMA_HEAD
        stats = store.stats()
        seeded = len(read_catalogue_file(seed_file()))
        assert stats["solutions"] == seeded + 1 and stats["pending_sync"] == 2
        local = store.get(LOCAL_ID)
        assert local is not None and local.origin == "local"
        edited = next(s for s in store.iter_all() if s.subtitle == "Edited before the upgrade")
        assert store.note(edited.id) == "Private note made before the upgrade"
        basket = json.loads(store.meta("gui.mission_basket") or "{}")
        assert basket["title"] == "Mission kept across upgrades"
        assert [item["id"] for item in basket["items"]] == [edited.id]
        assert catalogue.search("Local solution made before the upgrade").hits[0].id == LOCAL_ID

        # The pending edits still go to the hub, merged over the seed, without conflicts.
        hub = HubStore(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
        hub.init(seed=True)
        token = hub.create_token("upgraded office", publish_directly=True)[1]
        with ServerThread(hub) as server:
            report = SyncClient(store, hub_url=server.url, token=token).sync()
        hub.close()
        assert report.complete and report.conflicts == 0, report.as_dict()
        assert report.records_up == 2 and store.stats()["pending_sync"] == 0
    assert integrity_check(data / "catalogue.sqlite3") == "ok"
    assert (data / f"catalogue.sqlite3.before-{SCHEMA_HEAD}.bak").exists()
