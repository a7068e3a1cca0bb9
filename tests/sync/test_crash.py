"""SIGKILL the client at random points of a push and a pull: the catalogue file stays sound,
the cursor never runs ahead of what was applied, and the next sync converges, with every edit
on the hub exactly once."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from ssc_desktop.catalogue import Catalogue
from ssc_desktop.hub.server import ServerThread
from ssc_desktop.hub.store import RECORDS, HubStore
from ssc_desktop.storage.database import integrity_check
from tests.support.records import random_solutions
from tests.sync.helpers import client, content, fresh_hub
from tests.sync.proxy import FaultProxy

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]


def run_sync(data_dir: Path, url: str, token: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ssc_desktop",
            "--data-dir",
            str(data_dir),
            "sync",
            "--hub",
            url,
            "--token",
            token,
            "--quiet",
            "--stall-timeout",
            "5",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def check_consistent(data_dir: Path, hub: HubStore, edited: set[str]) -> int:
    """Integrity, and every hub change at or before the cursor is in the catalogue."""
    path = data_dir / "catalogue.sqlite3"
    assert integrity_check(path) == "ok"
    conn = sqlite3.connect(path)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta WHERE key LIKE 'sync.%'"))
        local = {
            row[0]: json.loads(row[1])
            for row in conn.execute("SELECT solution_id, data FROM sync_base")
        }
    finally:
        conn.close()
    cursor = json.loads(meta.get("sync.cursor", "null"))
    snapshot = json.loads(meta.get("sync.snapshot", "null"))
    with hub.engine.connect() as hub_conn:
        rows = hub_conn.execute(select(RECORDS.c.id, RECORDS.c.seq, RECORDS.c.data)).all()
    checked = 0
    for record_id, seq, _data in rows:
        covered = (cursor is not None and seq <= cursor["seq"]) or (
            snapshot is not None
            and snapshot["after"] is not None
            and record_id <= snapshot["after"]
        )
        if covered and record_id not in edited:
            assert record_id in local, f"cursor ahead of applied data: {record_id} missing"
            checked += 1
    return checked


def test_sigkill_at_random_points_of_push_and_pull_never_loses_or_doubles(
    tmp_path: Path, make_proxy: Callable[..., FaultProxy]
) -> None:
    hub = fresh_hub(tmp_path / "hub", seed=True)
    token = hub.create_token("A", publish_directly=True)[1]
    rng = random.Random(17)
    data_dir = tmp_path / "office"
    with ServerThread(hub) as server:
        proxy = make_proxy(server.port, rate_down=150_000, rate_up=60_000, latency=0.01)
        with Catalogue.open(data_dir) as catalogue:
            assert client(catalogue.store, server.url, token).sync().complete
        edited: set[str] = set()
        kills = edits = 0
        for round_number in range(2):
            hub.load_records(
                s.to_json_dict() for s in random_solutions(400, seed=100 + round_number)
            )
            this_round: set[str] = set()
            with Catalogue.open(data_dir) as catalogue:
                store = catalogue.store
                for record in list(store.iter_all())[:100]:
                    this_round.add(record.id)
                    store.save_local(record.model_copy(update={"title": f"Round {round_number}"}))
                    edited.add(record.id)
                    edits += 1
            started = time.monotonic()
            probe = run_sync(data_dir, proxy.url, token)
            time.sleep(1.0)
            probe.send_signal(signal.SIGKILL)
            probe.wait(60)
            check_consistent(data_dir, hub, edited)
            for _ in range(4):
                process = run_sync(data_dir, proxy.url, token)
                time.sleep(rng.uniform(0.5, 2.5))
                process.send_signal(signal.SIGKILL)
                process.wait(60)
                kills += 1
                check_consistent(data_dir, hub, edited)
            assert time.monotonic() - started < 60
            with Catalogue.open(data_dir) as catalogue:
                report = client(catalogue.store, server.url, token).sync()
                assert report.complete and report.conflicts == 0
                hub_records = {r["id"]: r for r in hub.all_records()}
                for record in catalogue.store.iter_all(include_deleted=True):
                    assert content(record) == content(hub_records[record.id])
                assert len(hub_records) == catalogue.store.count(include_deleted=True)
            assert all(hub_records[i]["title"] == f"Round {round_number}" for i in this_round)
            assert hub.op_count() == edits  # each edit exactly once, whatever the kills
            assert check_consistent(data_dir, hub, set()) == len(hub_records)
        assert kills == 8
    hub.close()
