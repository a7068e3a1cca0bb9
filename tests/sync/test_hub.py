"""The hub's store and its commands, on SQLite and PostgreSQL: tokens kept hashed, operations
applied exactly once, field-level merge, a feed numbered without gaps under concurrent writers."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from ssc_desktop.hub.store import TOKENS, BadRequest, HubStore
from tests.support.cli import run_in
from tests.support.records import make_solution
from tests.sync.helpers import fresh_hub, new_office, pg_url


@pytest.fixture
def store(tmp_path: Path, backend: str) -> HubStore:
    hub = fresh_hub(tmp_path / "hub", backend)
    # These offices publish directly: review has its own tests (tests/sync/test_review.py).
    for office in ("A", "B", *(f"office{i}" for i in range(4))):
        hub.set_publish_directly(office, True)
    yield hub  # type: ignore[misc]
    hub.close()


def _op(record_id: str, base: int, **patch: object) -> dict[str, object]:
    return {"o": str(uuid.uuid4()), "id": record_id, "b": base, "p": patch}


def test_tokens_are_stored_hashed_shown_once_and_revocable(store: HubStore) -> None:
    token_id, token = store.create_token("UNDP Kenya")
    _other_id, other = store.create_token("UNDP Kenya")
    with store.engine.connect() as conn:
        stored = [r[0] for r in conn.execute(select(TOKENS.c.token_hash))]
    assert token not in stored and all(len(h) == 64 for h in stored)
    office = store.authenticate(token)
    assert office is not None and office.name == "UNDP Kenya" and office.token_id == token_id
    assert store.authenticate(token + "x") is None and store.authenticate("nope") is None
    assert [t.id for t in store.revoke(token)] == [token_id]
    assert store.authenticate(token) is None and store.authenticate(other) is not None
    assert len(store.revoke("UNDP Kenya")) == 1 and store.authenticate(other) is None
    assert all(t.revoked_at for t in store.tokens())


def test_an_operation_is_applied_once_however_often_it_is_resent(store: HubStore) -> None:
    record = make_solution()
    create = {
        "o": str(uuid.uuid4()),
        "id": record.id,
        "b": 0,
        "p": {
            k: v
            for k, v in record.to_json_dict().items()
            if k not in ("id", "revision", "created_at", "updated_at", "origin")
        },
    }
    first = store.apply_ops("A", "cat-a", [create])
    for _ in range(3):
        assert store.apply_ops("A", "cat-a", [create]) == first
    edit = _op(record.id, 1, title="Edited once")
    results = [store.apply_ops("A", "cat-a", [edit])[0] for _ in range(4)]
    assert all(r == results[0] for r in results) and results[0]["r"] == 2
    assert store.op_count() == 2 and store.max_seq() == 2
    [stored] = list(store.all_records())
    assert stored["revision"] == 2 and stored["title"] == "Edited once"


def test_field_level_merge_on_the_hub(store: HubStore) -> None:
    record = make_solution()
    store.load_records([record.to_json_dict()])
    a = store.apply_ops("A", "a", [_op(record.id, 1, title="A")])[0]
    assert a["c"] is True
    b = store.apply_ops("B", "b", [_op(record.id, 1, summary="B", title="B")])[0]
    assert b["c"] is False  # based on an old version: the client is sent the merged one
    [stored] = list(store.all_records())
    assert (stored["title"], stored["summary"]) == ("A", "B")  # title kept, summary merged
    deletion = store.apply_ops("B", "b", [_op(record.id, 2, deleted=True)])[0]
    assert deletion["r"] == 3  # a deletion based on an old version does not apply
    [stored] = list(store.all_records())
    assert stored["deleted"] is False


def test_malformed_operations_change_nothing(store: HubStore) -> None:
    record = make_solution()
    store.load_records([record.to_json_dict()])
    good = _op(record.id, 1, title="Fine")
    for bad in (
        {"o": "x"},
        _op(record.id, -1, title="x"),
        _op(record.id, 1, colour="red"),
        _op(record.id, 1),
    ):
        with pytest.raises(BadRequest):
            store.apply_ops("A", "a", [good, bad])
    assert store.op_count() == 0 and next(iter(store.all_records()))["title"] == record.title


def test_concurrent_offices_get_a_gapless_feed_and_every_edit_once(store: HubStore) -> None:
    records = [make_solution() for _ in range(6)]
    store.load_records(r.to_json_dict() for r in records)
    start = store.max_seq()
    errors: list[BaseException] = []

    def office(name: str) -> None:
        try:
            for n in range(15):
                record = records[n % len(records)]
                store.apply_ops(name, name, [_op(record.id, 0, keywords=[f"{name}{n}"])])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=office, args=(f"office{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors
    assert store.op_count() == 60
    seqs = sorted(r.seq for r in store.changes(start, 1000))
    assert seqs == sorted(set(seqs)) and store.max_seq() <= start + 60


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
def test_serve_and_the_hub_and_sync_commands(tmp_path: Path, backend: str) -> None:
    hub_dir, office_dir = tmp_path / "hubdata", tmp_path / "office"
    database = ["--database", pg_url()] if backend == "postgres" else []
    if backend == "postgres":
        fresh_hub(tmp_path, "postgres").close()

    run = run_in
    made = run(hub_dir, "hub", "token", "create", "UNDP Peru", *database, "--json")
    assert made.returncode == 0, made.stderr
    token = json.loads(made.stdout)["token"]
    listed = run(hub_dir, "hub", "token", "list", *database)
    assert "UNDP Peru" in listed.stdout and token not in listed.stdout
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ssc_desktop",
            "--data-dir",
            str(hub_dir),
            "serve",
            "--port",
            str(port),
            "--log-level",
            "warning",
            *database,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/health").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline and server.poll() is None
            time.sleep(0.1)
        first = run(office_dir, "sync", "--hub", url, "--token", token, "--json")
        assert first.returncode == 0, first.stderr
        assert json.loads(first.stdout)["complete"] is True
        assert "sync:" in first.stderr  # progress on stderr
        quiet = run(office_dir, "sync", "--json")  # hub and token remembered
        summary = json.loads(quiet.stdout)
        assert summary["requests"] == 1 and summary["bytes_up"] + summary["bytes_down"] < 1500
        insecure = run(office_dir, "sync", "--hub", "http://hub.example.org:8765")
        assert insecure.returncode == 1 and "plain http" in insecure.stderr
        assert run(office_dir, "conflicts").stdout == "no conflicts\n"
        assert json.loads(run(office_dir, "conflicts", "--json").stdout) == []
        revoked = run(hub_dir, "hub", "token", "revoke", "UNDP Peru", *database)
        assert revoked.returncode == 0
        refused = run(office_dir, "sync")
        assert refused.returncode == 1 and "token" in refused.stderr
        # The history keeps every attempt that reached the hub, the refusal and why included.
        history = json.loads(run(office_dir, "sync", "--history", "--json").stdout)["syncs"]
        assert [e["outcome"] for e in history] == ["done", "done", "failed"]
        assert history[0]["records_down"] >= 0 and history[1]["requests"] == 1
        assert history[2]["error"] == "unauthorized" and "token" in history[2]["message"]
        shown = run(office_dir, "sync", "--history").stdout.splitlines()
        assert len(shown) == 3 and " failed " in shown[0] and " done " in shown[2]
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(30)


@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_the_conflict_commands(tmp_path: Path) -> None:
    from ssc_desktop.hub.server import ServerThread
    from tests.sync.helpers import client

    hub = fresh_hub(tmp_path / "hub")
    record = make_solution()
    hub.load_records([record.to_json_dict()])
    a, b = new_office(tmp_path / "a"), new_office(tmp_path / "b")
    tokens = {name: hub.create_token(name, publish_directly=True)[1] for name in "AB"}
    with ServerThread(hub) as server:
        for office, name in ((a, "A"), (b, "B")):
            client(office, server.url, tokens[name]).sync()
        for office, name, title in ((a, "A", "From A"), (b, "B", "From B")):
            token = tokens[name]
            got = office.get(record.id)
            assert got is not None
            office.save_local(got.model_copy(update={"title": title}))
            client(office, server.url, token).sync()
    b.close()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return run_in(tmp_path / "b", *args)

    listed = run("conflicts")
    assert "mine:   From B" in listed.stdout and "theirs: From A" in listed.stdout
    [item] = json.loads(run("conflicts", "--json").stdout)
    assert (item["field"], item["mine"], item["theirs"]) == ("title", "From B", "From A")
    bad = run("conflicts", "resolve", record.id[:8], "title", "--value", '""')
    assert bad.returncode == 1 and "nothing was changed" in bad.stderr
    done = run("conflicts", "resolve", record.id[:8], "title", "--value", '"Agreed title"')
    assert done.returncode == 0, done.stderr
    assert run("conflicts").stdout == "no conflicts\n"
    shown = json.loads(run("show", record.id, "--json").stdout)
    assert shown["title"] == "Agreed title"
    hub.close()
