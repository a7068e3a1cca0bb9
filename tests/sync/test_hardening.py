"""Issue 17: the hub and the client against hostile and broken input, and secrets kept secret.

Real hubs on 127.0.0.1 (one in its own process, to measure its memory), real catalogue files,
the fault proxy to see what crosses the wire.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import stat
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from ssc_desktop.hub.server import ServerThread
from ssc_desktop.hub.store import SCHEMA_VERSION, HubStore
from ssc_desktop.sync import bundle as b
from ssc_desktop.sync import protocol as p
from ssc_desktop.sync.client import HubProtocolError, Refused, SyncErrorKind
from ssc_desktop.sync.offline import (
    export_hub_bundle,
    export_office_bundle,
    import_hub_bundle,
    import_office_bundle,
)
from ssc_desktop.sync.state import K_HUB_KEY, K_TOKEN, SyncState
from tests.support.records import make_solution
from tests.sync.helpers import Hub, client, fresh_hub, new_id, new_office
from tests.sync.proxy import FaultProxy

ROOT = Path(__file__).resolve().parents[2]


def zstd_bomb(declared: int, real: int) -> bytes:
    """A valid zstd frame whose header declares ``declared`` bytes and whose RLE blocks really
    unpack to ``real`` zero bytes: 4 bytes per 128 KiB (32 KB for 1 GiB)."""
    block = 128 * 1024
    count = max(1, real // block)
    out = bytearray(struct.pack("<I", 0xFD2FB528))
    out += bytes([0b11000000, 7 << 3]) + struct.pack("<Q", declared)  # FCS 8 bytes, window 128K
    for n in range(count):
        header = (1 if n == count - 1 else 0) | (1 << 1) | (block << 3)  # RLE block
        out += header.to_bytes(3, "little") + b"\0"
    return bytes(out)


def _headers(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}", "ssc-protocol": "1"}


def _post(url: str, token: str, body: Any, path: str = "/v1/sync") -> httpx.Response:
    raw = body if isinstance(body, bytes) else p.encode_stream([p.encode_frame(p.REQUEST, body)])
    return httpx.post(url + path, headers=_headers(token), content=raw, timeout=60)


# -- 1. decompression bombs ----------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


@pytest.fixture
def hub_process(tmp_path: Path) -> Iterator[tuple[str, str, int]]:
    """``ssc-desktop serve`` in its own process: (url, token, pid)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    data = tmp_path / "hubdata"
    cli = [sys.executable, "-m", "ssc_desktop", "--data-dir", str(data)]
    token = subprocess.run(
        [*cli, "hub", "token", "create", "Attacker"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    ).stdout.strip()
    port = _free_port()
    proc = subprocess.Popen(
        [*cli, "serve", "--port", str(port), "--log-level", "warning"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline, "the hub did not start"
        time.sleep(0.2)
    try:
        yield url, token, proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc for memory")
def test_a_decompression_bomb_is_refused_quickly_in_bounded_memory_while_others_are_served(
    hub_process: tuple[str, str, int], tmp_path: Path
) -> None:
    url, token, pid = hub_process
    bomb = p.STREAM_MAGIC + p.frame(p.REQUEST, zstd_bomb(2**30, 2**30))  # 32 KB claiming 1 GiB
    assert len(bomb) < 40_000
    base_mb = _peak_rss_mb(pid)
    answers: list[tuple[int, str, float]] = []

    def attack() -> None:
        for _ in range(3):
            started = time.monotonic()
            answer = _post(url, token, bomb)
            answers.append(
                (answer.status_code, answer.json()["message"], time.monotonic() - started)
            )

    attackers = [threading.Thread(target=attack) for _ in range(4)]
    for thread in attackers:
        thread.start()
    # Another office syncs its whole first download while the attack goes on.
    office = new_office(tmp_path / "office")
    started = time.monotonic()
    report = client(office, url, token).sync()
    served_in = time.monotonic() - started
    for thread in attackers:
        thread.join(60)
    peak_mb = _peak_rss_mb(pid)
    print(
        f"\nbomb: 12 requests of {len(bomb)} B claiming 1 GiB: answered in "
        f"{max(a[2] for a in answers):.2f} s max; hub peak RSS {base_mb:.0f} -> {peak_mb:.0f} MB;"
        f" an office's full sync meanwhile {served_in:.2f} s"
    )
    assert len(answers) == 12
    assert all(code == 400 and "more than" in message for code, message, _ in answers)
    assert max(a[2] for a in answers) < 10
    assert report.complete and report.records_down > 0
    assert peak_mb < 300


def test_a_fake_hub_sending_a_bomb_or_malformed_frames_gets_a_reason_not_a_crash(
    tmp_path: Path,
) -> None:
    frames: dict[str, bytes] = {}

    async def fake_hub(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"ssc-hub", b"1"), (b"content-type", p.MEDIA_TYPE.encode())],
            }
        )
        await send({"type": "http.response.body", "body": frames["answer"]})

    store = fresh_hub(tmp_path / "unused")
    office = new_office(tmp_path / "office")
    snapshot_header = p.encode_frame(p.HEADER, {"epoch": "e1", "seq": 3, "key": None})
    cases = {
        "bomb": p.frame(p.CHUNK, zstd_bomb(2**30, 2**30)),
        "no after": p.encode_frame(p.CHUNK, {"r": []}),
        "records not a list": p.encode_frame(p.CHUNK, {"after": "x", "r": {"a": 1}}),
        "deep": p.encode_frame(p.CHUNK, json.loads("[" * 200 + "]" * 200)),
        "record without id": p.encode_frame(p.CHUNK, {"after": "x", "r": [{"title": "t"}]}),
        "not JSON": p.frame(p.CHUNK, p.compress(b"{'after': 1")),
    }
    with ServerThread(store, app=fake_hub) as server:
        for name, bad in cases.items():
            frames["answer"] = p.encode_stream([snapshot_header, bad])
            started = time.monotonic()
            with pytest.raises(HubProtocolError) as refused:
                client(office, server.url, "ssc_x").sync()
            assert time.monotonic() - started < 5, name
            text = str(refused.value)
            assert "malformed" in text and "\n" not in text, (name, text)
            assert not any(w in text for w in ("KeyError", "AttributeError", "Traceback")), text
            assert refused.value.kind is SyncErrorKind.PROTOCOL
            last = SyncState(office).history()[-1]
            assert last["outcome"] == "failed" and last["error"] == "protocol"
            assert "malformed" in last["message"]
    store.close()


def test_a_forged_bundle_is_refused_before_anything_is_decoded(tmp_path: Path) -> None:
    hub = fresh_hub(tmp_path / "hub")
    key = hub.bundle_public_key()
    office = new_office(tmp_path / "office")
    body = b.MAGIC + p.encode_stream([p.frame(p.BUNDLE, zstd_bomb(2**30, 2**30))])
    forged = body + b"\1" * 64 + (64).to_bytes(2, "big") + b.TRAILER
    path = tmp_path / "forged.sscbundle"
    path.write_bytes(forged)
    started = time.monotonic()
    with pytest.raises(b.BundleError):
        import_hub_bundle(office, path, trust_key=key)
    assert time.monotonic() - started < 2
    assert SyncState(office).get(K_HUB_KEY) is None  # nothing changed, not even the key
    hub.close()


# -- 2. office bundle keys, file modes ------------------------------------------------------------
def test_reading_the_hub_database_does_not_let_anyone_sign_an_office_bundle(
    tmp_path: Path,
) -> None:
    hub = fresh_hub(tmp_path / "hub")
    hub.load_records([make_solution(id=new_id(), title="Seed record").to_json_dict()])
    token = hub.create_token("Dhaka", publish_directly=True)[1]
    record_id = next(iter(hub.all_records()))["id"]
    database = tmp_path / "hub" / "hub.sqlite3"
    if os.name == "posix":
        assert stat.S_IMODE(database.stat().st_mode) == 0o600
    # What an attacker with read access alone gets: digests and public keys.
    with sqlite3.connect(database) as conn:
        digest, public = conn.execute("SELECT token_hash, bundle_key FROM hub_tokens").fetchone()
    assert public == b.office_public_key(token) and token not in (digest, public)
    op = {"o": new_id(), "id": record_id, "b": 1, "p": {"deleted": True}}
    # The old scheme (HMAC keyed by the stored digest) and a signature by a made-up key fail.
    import hashlib
    import hmac

    head = {"format": b.OFFICE_FORMAT, "kind": "office", "office": "Dhaka", "catalogue": "x"}
    body = b.MAGIC + p.encode_stream(
        [p.encode_frame(p.BUNDLE, head), p.encode_frame(b.OPS, {"ops": [op]})]
    )
    for signature in (
        hmac.new(digest.encode(), body, hashlib.sha256).digest(),
        b._office_private("ssc_" + digest).sign(body),
    ):
        forged = tmp_path / "forged.sscbundle"
        forged.write_bytes(b._seal(body, signature))
        with pytest.raises(b.BundleError, match="no token known"):
            import_office_bundle(hub, forged)
    assert not next(iter(hub.all_records()))["deleted"]
    # The office itself, with its token, signs bundles the hub accepts.
    office = new_office(tmp_path / "office")
    office.set_meta(K_TOKEN, token)
    import_hub_bundle(
        office, _export(hub, tmp_path / "h.sscbundle"), trust_key=hub.bundle_public_key()
    )
    office.delete_local(record_id)
    export_office_bundle(office, tmp_path / "o.sscbundle")
    summary = import_office_bundle(hub, tmp_path / "o.sscbundle")
    assert summary["office"] == "Dhaka" and summary["new"] == 1
    assert next(iter(hub.all_records()))["deleted"]
    hub.close()


def test_a_token_made_before_the_update_learns_its_key_at_its_next_online_sync(
    hub: Hub, tmp_path: Path
) -> None:
    token = hub.token("Old office")
    with hub.store._write() as conn:
        conn.exec_driver_sql("UPDATE hub_tokens SET bundle_key = NULL")
    office = new_office(tmp_path / "office")
    office.set_meta(K_TOKEN, token)
    assert client(office, hub.url, token).sync().complete
    [key] = hub.store.office_keys()
    assert key.public_key == b.office_public_key(token)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_hub_folder_and_database_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "hub"
    store = HubStore(f"sqlite:///{folder / 'hub.sqlite3'}")
    store.init(seed=False)
    store.bundle_private_key()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    store.close()
    # An existing world-readable database (made by an older version) is tightened at open.
    os.chmod(folder / "hub.sqlite3", 0o644)
    HubStore(f"sqlite:///{folder / 'hub.sqlite3'}").close()
    assert stat.S_IMODE((folder / "hub.sqlite3").stat().st_mode) == 0o600


# -- 3. forged base revisions ---------------------------------------------------------------------
def test_an_operation_based_on_a_revision_the_hub_never_had_is_refused(
    hub: Hub, tmp_path: Path
) -> None:
    record = make_solution(id=new_id(), title="Kept")
    hub.store.load_records([record.to_json_dict()])
    token = hub.token("A")
    forged = {"o": new_id(), "id": record.id, "b": 9, "p": {"deleted": True, "title": "Gone"}}
    answer = _post(hub.url, token, {"cursor": 0, "ops": [forged]})
    assert answer.status_code == 409 and answer.json()["error"] == "base_ahead"
    assert "base revision 9" in answer.json()["message"]
    [stored] = list(hub.store.all_records())
    assert stored["title"] == "Kept" and not stored["deleted"] and stored["revision"] == 1
    assert hub.store.op_count() == 0
    # A client whose outbox holds such an operation is told, and the history says why.
    office = new_office(tmp_path / "office")
    assert client(office, hub.url, token).sync().complete
    with office.write_transaction() as conn:
        conn.exec_driver_sql("UPDATE sync_base SET revision = 9")
    office.save_local(office.get(record.id).model_copy(update={"title": "Edited"}))  # type: ignore[union-attr]
    with pytest.raises(Refused, match="base revision 9"):
        client(office, hub.url, token).sync()
    assert "base revision 9" in SyncState(office).history()[-1]["message"]


# -- 4. private contacts ---------------------------------------------------------------------------
def _bodies(captured: bytes) -> Iterator[bytes]:
    """The bodies of the HTTP messages in one direction's bytes (length or chunked)."""
    rest = captured
    while b"\r\n\r\n" in rest:
        head, rest = rest.split(b"\r\n\r\n", 1)
        lines = head.lower().split(b"\r\n")
        length = next(
            (int(x.split(b":")[1]) for x in lines if x.startswith(b"content-length")), None
        )
        if length is not None:
            yield rest[:length]
            rest = rest[length:]
        elif any(x.startswith(b"transfer-encoding: chunked") for x in lines):
            body = bytearray()
            while True:
                size_line, rest = rest.split(b"\r\n", 1)
                size = int(size_line, 16)
                body += rest[:size]
                rest = rest[size + 2 :]
                if size == 0:
                    break
            yield bytes(body)


def _wire_text(captured: bytes) -> str:
    out = []
    for body in _bodies(captured):
        if body.startswith(p.STREAM_MAGIC):
            out += [json.dumps(obj) for _kind, obj in p.decode_stream(body)]
        else:
            out.append(body.decode("utf-8", "replace"))
    return "\n".join(out)


def test_private_contacts_never_cross_the_wire_nor_a_bundle_and_survive_hub_updates(
    hub: Hub, tmp_path: Path, make_proxy: Any
) -> None:
    a, other = new_office(tmp_path / "a"), new_office(tmp_path / "b")
    ta, tb = hub.token("A"), hub.token("B")
    proxy: FaultProxy = make_proxy(hub.server.port, capture=True)
    assert client(a, proxy.url, ta).sync().complete
    record = make_solution(id=new_id(), origin="local")  # one public, one private contact
    private = [c.name for c in record.contacts if not c.public]
    assert private == ["Private Person"]
    a.save_local(record)
    assert client(a, proxy.url, ta).sync().complete
    assert client(other, hub.url, tb).sync().complete
    up, down = (
        _wire_text(bytes(proxy.up.captured or b"")),
        _wire_text(bytes(proxy.down.captured or b"")),
    )
    assert "Amina Public" in up  # the record did go up, with its public contact
    assert "Private Person" not in up and "Private Person" not in down
    assert "Private Person" not in json.dumps(list(hub.store.all_records()))
    received = other.get(record.id)
    assert received is not None and [c.name for c in received.contacts] == ["Amina Public"]
    # Another office edits the record: the hub's new version does not delete A's private one.
    other.save_local(received.model_copy(update={"title": "Retitled by B"}))
    assert client(other, hub.url, tb).sync().complete
    assert client(a, hub.url, ta).sync().complete
    mine = a.get(record.id)
    assert mine is not None and mine.title == "Retitled by B"
    assert sorted(c.name for c in mine.contacts) == ["Amina Public", "Private Person"]
    assert SyncState(a).pending_counts()["dirty"] == 0  # nothing left to send
    # An office bundle holds no private contact either.
    a.save_local(mine.model_copy(update={"summary": "Edited offline"}))
    a.set_meta(K_TOKEN, ta)
    out = tmp_path / "edits.sscbundle"
    export_office_bundle(a, out)
    body, _signature = b._split(out.read_bytes())
    text = json.dumps([obj for _kind, obj in p.decode_stream(body[len(b.MAGIC) :])])
    assert "Edited offline" in text and "Private Person" not in text
    hub_bundle = tmp_path / "hub.sscbundle"
    export_hub_bundle(hub.store, hub_bundle)
    assert b"Private Person" not in hub_bundle.read_bytes()


# -- 10. malformed requests ------------------------------------------------------------
def test_every_malformed_request_gets_a_4xx_with_a_reason(hub: Hub) -> None:
    token = hub.token("A")
    deep: Any = []
    for _ in range(100):
        deep = [deep]
    good_op = {"o": new_id(), "id": new_id(), "b": 0, "p": {"title": "x"}}
    cases: list[tuple[str, Any, str]] = [
        ("/v1/sync", {"want": 5}, "want"),
        ("/v1/sync", {"cursor": 10**20}, "cursor"),
        ("/v1/sync", {"cursor": -1}, "cursor"),
        ("/v1/sync", {"cursor": "7"}, "cursor"),
        ("/v1/sync", {"ops": deep}, "deeper"),
        ("/v1/sync", {"ops": {"a": 1}}, "ops"),
        ("/v1/sync", {"ops": [dict(good_op, b=2**66)]}, "base revision"),
        ("/v1/sync", {"ops": [dict(good_op, c=["2020"])]}, "created_at"),
        ("/v1/sync", {"ops": [dict(good_op, c="99999-01-01T00:00:00Z")]}, "operation"),
        ("/v1/sync", {"max": 1.5}, "max"),
        ("/v1/sync", {"cat": "x" * 1000}, "cat"),
        ("/v1/snapshot", {"seq": 10**20}, "seq"),
        ("/v1/snapshot", {"after": 5}, "after"),
    ]
    for path, body, reason in cases:
        answer = _post(hub.url, token, body, path)
        assert 400 <= answer.status_code < 500, (body, answer.status_code, answer.text[:200])
        message = answer.json()["message"]
        assert reason in message and "\n" not in message, (body, message)
    list_body = p.encode_stream([p.encode_frame(p.REQUEST, [1, 2])])
    assert _post(hub.url, token, list_body).status_code == 400
    assert hub.store.count() == 0 and hub.store.op_count() == 0
    # The hub still serves normally after all that.
    assert _post(hub.url, token, {"cursor": 0}).status_code == 200


# -- 11. records this program cannot accept yet are parked ------------------------------
def test_a_record_the_app_cannot_accept_is_parked_and_the_feed_goes_on(
    hub: Hub, tmp_path: Path
) -> None:
    token = hub.token("A")
    good = make_solution(id=new_id(), title="Fine record")
    newer = make_solution(id=new_id(), title="From a newer hub").to_json_dict()
    newer["primary_sdgs"] = [18]  # a term this program does not know yet
    hub.store.load_records([newer, good.to_json_dict()])
    office = new_office(tmp_path / "office")
    report = client(office, hub.url, token).sync()
    assert report.complete and report.parked == 1
    assert "set aside" in report.message and "primary_sdgs" in report.message
    assert office.get(good.id) is not None and office.get(newer["id"]) is None
    [parked] = SyncState(office).parked()
    assert parked.title == "From a newer hub" and "primary_sdgs" in parked.reason
    last = SyncState(office).history()[-1]
    assert last["outcome"] == "done" and last["parked"] == 1 and "set aside" in last["message"]
    # Later changes still arrive; a version this program accepts replaces the parked one.
    fixed = dict(newer, revision=2, primary_sdgs=[1])
    hub.store.load_records([fixed, dict(good.to_json_dict(), revision=2, title="Renamed")])
    report = client(office, hub.url, token).sync()
    assert report.complete and report.parked == 0
    assert office.get(newer["id"]) is not None and office.get(good.id).title == "Renamed"  # type: ignore[union-attr]
    assert SyncState(office).parked() == []


def test_parked_records_come_in_once_the_program_accepts_them(
    hub: Hub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = hub.token("A")
    newer = make_solution(id=new_id(), title="New vocabulary").to_json_dict()
    newer["primary_sdgs"] = [18]
    hub.store.load_records([newer])
    office = new_office(tmp_path / "office")
    assert client(office, hub.url, token).sync().parked == 1
    # "After an upgrade": this program now knows the term (here: the hub record is what an
    # upgraded program's rules accept; the parked copy is retried at the next sync).
    state = SyncState(office)
    entries = json.loads(office.meta("sync.parked") or "{}")
    entries[newer["id"]]["data"]["primary_sdgs"] = [17]
    office.set_meta("sync.parked", json.dumps(entries))
    report = client(office, hub.url, token).sync()
    assert report.parked == 0 and state.parked() == []
    arrived = office.get(newer["id"])
    assert arrived is not None and arrived.primary_sdgs == [17]


# -- 16. bundle messages ------------------------------------------------------------
def _export(hub: HubStore, path: Path, since: int = 0, office: str | None = None) -> Path:
    export_hub_bundle(hub, path, since=since, office=office)
    return path


def test_a_refused_gap_bundle_pins_no_key_and_a_revoked_office_is_named(tmp_path: Path) -> None:
    hub = fresh_hub(tmp_path / "hub")
    hub.load_records([make_solution(id=new_id()).to_json_dict() for _ in range(3)])
    office = new_office(tmp_path / "office")
    gap = _export(hub, tmp_path / "gap.sscbundle", since=2)
    with pytest.raises(b.BundleError, match="full bundle"):
        import_hub_bundle(office, gap, trust_key=hub.bundle_public_key())
    assert SyncState(office).get(K_HUB_KEY) is None  # "nothing was changed" is true
    summary = import_hub_bundle(
        office, _export(hub, tmp_path / "full.sscbundle"), trust_key=hub.bundle_public_key()
    )
    assert summary["trusted_key"] == b.fingerprint(hub.bundle_public_key())
    assert summary["records"] == 3
    token = hub.create_token("UNDP Dhaka", publish_directly=True)[1]
    office.set_meta(K_TOKEN, token)
    office.save_local(next(office.iter_all()).model_copy(update={"title": "Edited"}))
    export_office_bundle(office, tmp_path / "o.sscbundle")
    hub.revoke("UNDP Dhaka")
    with pytest.raises(b.BundleError, match=r"office 'UNDP Dhaka'.*revoked"):
        import_office_bundle(hub, tmp_path / "o.sscbundle")
    hub.close()


def test_an_office_bundle_can_be_made_before_any_hub_bundle_arrived(tmp_path: Path) -> None:
    hub = fresh_hub(tmp_path / "hub", seed=True)
    token = hub.create_token("Lima", publish_directly=True)[1]
    office = new_office(tmp_path / "office")
    office.set_meta(K_TOKEN, token)
    made = office.save_local(make_solution(id=new_id(), title="Made offline", origin="local"))
    summary = export_office_bundle(office, tmp_path / "o.sscbundle")
    assert summary["operations"] == 1
    assert import_office_bundle(hub, tmp_path / "o.sscbundle")["new"] == 1
    assert {r["id"] for r in hub.all_records()} >= {made.id}
    hub.close()


# -- 7. the token never on the command line; issue 13: an unreachable hub ----------------------
def _cli(data: Path, *argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ssc_desktop", "--data-dir", str(data), *argv],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )


@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_the_token_comes_from_a_file_or_standard_input(hub: Hub, tmp_path: Path) -> None:
    token = hub.token("A")
    token_file = tmp_path / "token.txt"
    token_file.write_text(token + "\n")
    done = _cli(tmp_path / "a", "sync", "--hub", hub.url, "--token-file", str(token_file), "-q")
    assert done.returncode == 0, done.stderr
    assert token not in done.stdout + done.stderr
    done = _cli(tmp_path / "b", "sync", "--hub", hub.url, "--token", "-", "-q", stdin=token)
    assert done.returncode == 0, done.stderr
    refused = _cli(tmp_path / "c", "sync", "--hub", hub.url, "--token-file", str(tmp_path / "no"))
    assert refused.returncode == 1 and "cannot read" in refused.stderr
    empty = _cli(tmp_path / "c", "sync", "--hub", hub.url, "--token", "-", stdin="\n")
    assert empty.returncode == 1 and "no token in standard input" in empty.stderr


@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_a_hub_name_that_does_not_resolve_fails_fast_and_never_says_done(tmp_path: Path) -> None:
    started = time.monotonic()
    failed = _cli(
        tmp_path / "a", "sync", "--hub", "https://hub.invalid", "--token", "-", stdin="ssc_x"
    )
    seconds = time.monotonic() - started
    print(f"\nunresolvable hub: exit {failed.returncode} after {seconds:.1f} s")
    assert failed.returncode == 1
    assert "cannot be found" in failed.stderr and "hub.invalid" in failed.stderr
    assert "done" not in failed.stderr
    assert "up 0.0 KB, down 0.0 KB" in failed.stderr  # nothing crossed the link
    assert seconds < 20
    history = _cli(tmp_path / "a", "sync", "--history", "--json")
    [entry] = json.loads(history.stdout)["syncs"]
    assert entry["outcome"] == "failed" and entry["error"] == "unreachable"
    assert entry["bytes_up"] == 0 and entry["requests"] == 0


def test_a_layout_1_hub_is_upgraded_and_forgets_the_private_contacts_it_was_sent(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    hub = HubStore(url)
    hub.init(seed=False)
    record = make_solution(id=new_id()).to_json_dict()
    hub.load_records([record])
    token = hub.create_token("Old office", publish_directly=True)[1]
    leaked = json.dumps(dict(record, origin="central"))  # as an older hub stored it
    with hub._write() as conn:
        conn.exec_driver_sql("UPDATE hub_records SET data = ?", (leaked,))
        conn.exec_driver_sql("ALTER TABLE hub_tokens DROP COLUMN bundle_key")
        conn.exec_driver_sql("UPDATE hub_meta SET value = '1' WHERE key = 'schema_version'")
    hub.close()
    upgraded = HubStore(url)
    assert upgraded.init(seed=False) is False
    assert upgraded.meta("schema_version") == SCHEMA_VERSION  # through 2, to the current one
    [stored] = list(upgraded.all_records())
    assert [c["name"] for c in stored["contacts"]] == ["Amina Public"]
    assert upgraded.authenticate(token) is not None
    assert upgraded.office_keys()[0].public_key == b.office_public_key(token)
    upgraded.close()
