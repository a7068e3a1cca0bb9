"""Client and hub over loopback: first sync, edits both ways, merges, conflicts, tombstones,
requests and bytes, budget, settings, protocol versions (hub on SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from ssc_desktop.hub.app import create_app
from ssc_desktop.hub.server import ServerThread
from ssc_desktop.sync import protocol as p
from ssc_desktop.sync.client import SyncClient, SyncError, SyncProgress
from ssc_desktop.sync.state import SyncState
from tests.support.records import make_solution, random_solutions
from tests.sync.helpers import (
    Hub,
    catalogue_state,
    client,
    content,
    fresh_hub,
    hub_state,
    new_office,
)
from tests.sync.proxy import FaultProxy


def _seed_hub(hub: Hub, count: int = 20, seed: int = 3) -> list[str]:
    records = random_solutions(count, seed=seed)
    hub.store.load_records(r.to_json_dict() for r in records)
    return [r.id for r in records]


def test_first_sync_takes_the_snapshot_then_a_quiet_sync_is_one_small_request(
    any_hub: Hub, tmp_path: Path, make_proxy: Callable[..., FaultProxy]
) -> None:
    _seed_hub(any_hub, 30)
    office = new_office(tmp_path / "a")
    proxy = make_proxy(any_hub.server.port)
    report = client(office, proxy.url, any_hub.token("A")).sync()
    assert report.complete and report.records_down == 30
    assert catalogue_state(office) == hub_state(any_hub.store)
    assert office.stats()["pending_sync"] == 0
    synced_at = office.meta("last_sync_at")
    assert synced_at and synced_at.endswith("Z"), "the window and briefs show when"

    proxy.reset_counters()
    report = client(office, proxy.url, any_hub.token("A")).sync()
    assert report.complete and report.requests == 1
    assert proxy.requests == 1
    assert proxy.bytes_total <= 1500, proxy.stats()


def test_edits_both_ways_merge_field_by_field_and_deletions_travel(
    any_hub: Hub, tmp_path: Path
) -> None:
    ids = _seed_hub(any_hub, 5)
    a, b = new_office(tmp_path / "a"), new_office(tmp_path / "b")
    ta, tb = any_hub.token("A"), any_hub.token("B")
    for office, token in ((a, ta), (b, tb)):
        assert client(office, any_hub.url, token).sync().complete
    first = a.get(ids[0])
    assert first is not None
    a.save_local(first.model_copy(update={"title": "Title from A"}))
    b.save_local(first.model_copy(update={"summary": "Summary from B"}))
    created = a.save_local(make_solution(id="0b7f3c1e-0000-4000-8000-000000000001", origin="local"))
    b.delete_local(ids[1])
    for office, token in ((a, ta), (b, tb), (a, ta)):
        report = client(office, any_hub.url, token).sync()
        assert report.complete and report.conflicts == 0
    merged_a, merged_b = a.get(ids[0]), b.get(ids[0])
    assert merged_a is not None and merged_b is not None
    assert (merged_a.title, merged_a.summary) == ("Title from A", "Summary from B")
    assert content(merged_a) == content(merged_b)
    assert b.get(created.id) is not None
    assert a.get(ids[1]) is None and a.get(ids[1], include_deleted=True) is not None
    assert catalogue_state(a) == catalogue_state(b) == hub_state(any_hub.store)
    assert a.stats()["pending_sync"] == b.stats()["pending_sync"] == 0
    assert any_hub.store.op_count() == 4


def test_the_same_field_becomes_a_conflict_with_both_values_then_the_user_decides(
    hub: Hub, tmp_path: Path
) -> None:
    ids = _seed_hub(hub, 3)
    a, b = new_office(tmp_path / "a"), new_office(tmp_path / "b")
    ta, tb = hub.token("A"), hub.token("B")
    for office, token in ((a, ta), (b, tb)):
        client(office, hub.url, token).sync()
    record = a.get(ids[0])
    assert record is not None
    a.save_local(record.model_copy(update={"title": "A's title", "start_year": 2001}))
    b.save_local(record.model_copy(update={"title": "B's title", "end_year": 2030}))
    assert client(a, hub.url, ta).sync().conflicts == 0
    report = client(b, hub.url, tb).sync()
    assert report.conflicts == 1
    state_b = SyncState(b)
    [conflict] = state_b.conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == ("title", "B's title", "A's title")
    local = b.get(ids[0])
    assert local is not None and local.title == "B's title"  # nothing lost while waiting
    assert (local.start_year, local.end_year) == (2001, 2030)  # the other fields merged
    assert hub.store.all_records().__next__  # the hub still has A's title
    # B's title waits for the decision: it is not pushed over A's.
    client(b, hub.url, tb).sync()
    assert {r["id"]: r for r in hub.store.all_records()}[ids[0]]["title"] == "A's title"
    state_b.resolve(ids[0], "title", "mine")
    assert client(b, hub.url, tb).sync().conflicts == 0
    assert client(a, hub.url, ta).sync().conflicts == 0
    final_a, final_b = a.get(ids[0]), b.get(ids[0])
    assert final_a is not None and final_b is not None
    assert final_a.title == final_b.title == "B's title"
    assert (final_a.start_year, final_a.end_year) == (2001, 2030)
    assert catalogue_state(a) == catalogue_state(b) == hub_state(hub.store)


def test_keeping_mine_keeps_what_was_done_after_the_conflict(hub: Hub, tmp_path: Path) -> None:
    """An edit or a deletion made while a conflict waits is what "mine" keeps (found by the
    property test: a record both offices deleted came back when A kept its older value)."""
    ids = _seed_hub(hub, 3)
    a, b = new_office(tmp_path / "a"), new_office(tmp_path / "b")
    ta, tb = hub.token("A"), hub.token("B")
    for office, token in ((a, ta), (b, tb)):
        client(office, hub.url, token).sync()
    for office, title in ((a, "A's title"), (b, "B's title")):
        record = office.get(ids[0])
        assert record is not None
        office.save_local(record.model_copy(update={"title": title}))
    b.delete_local(ids[1])
    record = a.get(ids[1])
    assert record is not None
    a.save_local(record.model_copy(update={"summary": "A's summary"}))
    assert client(b, hub.url, tb).sync().conflicts == 0
    assert client(a, hub.url, ta).sync().conflicts == 2  # the title; the edit of a deleted one
    waiting = a.get(ids[0])
    assert waiting is not None
    a.save_local(waiting.model_copy(update={"title": "A's second thought"}))
    a.delete_local(ids[1])  # A now agrees the other one should go
    state = SyncState(a)
    mine = {c.solution_id: c.mine for c in state.conflicts()}
    assert mine[ids[0]] == "A's second thought"
    for conflict in state.conflicts():
        state.resolve(conflict.solution_id, conflict.field, "mine")
    for office, token in ((a, ta), (b, tb)):
        assert client(office, hub.url, token).sync().conflicts == 0
    final = {r["id"]: r for r in hub.store.all_records()}
    assert final[ids[0]]["title"] == "A's second thought"
    assert final[ids[1]]["deleted"] is True
    assert catalogue_state(a) == catalogue_state(b) == hub_state(hub.store)


def test_resolving_with_theirs_or_a_value_and_a_bad_value_changes_nothing(
    hub: Hub, tmp_path: Path
) -> None:
    ids = _seed_hub(hub, 2)
    a, b = new_office(tmp_path / "a"), new_office(tmp_path / "b")
    ta, tb = hub.token("A"), hub.token("B")
    for office, token in ((a, ta), (b, tb)):
        client(office, hub.url, token).sync()
    for office, token, value in ((a, ta, [1]), (b, tb, [2])):
        record = office.get(ids[0])
        assert record is not None
        office.save_local(record.model_copy(update={"primary_sdgs": value, "secondary_sdgs": []}))
        client(office, hub.url, token).sync()
    state = SyncState(b)
    [conflict] = state.conflicts()
    assert conflict.field == "primary_sdgs" and (conflict.mine, conflict.theirs) == ([2], [1])
    with pytest.raises(ValueError):
        state.resolve(ids[0], "primary_sdgs", "value", [18])
    assert len(state.conflicts()) == 1
    state.resolve(ids[0], "primary_sdgs", "value", [5])
    client(b, hub.url, tb).sync()
    client(a, hub.url, ta).sync()
    got = a.get(ids[0])
    assert got is not None and got.primary_sdgs == [5]
    assert catalogue_state(a) == catalogue_state(b) == hub_state(hub.store)


def test_fifty_changed_solutions_both_ways_take_at_most_two_requests(
    hub: Hub, tmp_path: Path, make_proxy: Callable[..., FaultProxy]
) -> None:
    ids = _seed_hub(hub, 120)
    a, b = new_office(tmp_path / "a"), new_office(tmp_path / "b")
    ta, tb = hub.token("A"), hub.token("B")
    client(a, hub.url, ta).sync()
    client(b, hub.url, tb).sync()
    for n, record_id in enumerate(ids[:50]):
        record = b.get(record_id)
        assert record is not None
        b.save_local(record.model_copy(update={"summary": f"B's new summary {n}"}))
    client(b, hub.url, tb).sync()
    for n, record_id in enumerate(ids[50:100]):
        record = a.get(record_id)
        assert record is not None
        a.save_local(record.model_copy(update={"title": f"A's new title {n}"}))
    pushed = [op for op in SyncState(a).freeze()]
    pulled = [r for r in hub.store.all_records() if r["id"] in set(ids[:50])]
    payload = len(p.compress(p.dumps(pushed))) + len(p.compress(p.dumps(pulled)))
    proxy = make_proxy(hub.server.port)
    report = client(a, proxy.url, ta).sync()
    assert report.complete and report.records_up == 50 and report.records_down >= 50
    assert proxy.requests <= 2
    assert proxy.bytes_total <= 1.2 * payload, (proxy.stats(), payload)
    assert catalogue_state(a) == hub_state(hub.store)


def test_the_budget_is_never_exceeded_and_the_next_sync_goes_on(
    hub: Hub, tmp_path: Path, make_proxy: Callable[..., FaultProxy]
) -> None:
    _seed_hub(hub, 300)
    office = new_office(tmp_path / "a")
    for n in range(5):
        office.save_local(
            make_solution(id=f"0b7f3c1e-0000-4000-8000-00000000000{n}", origin="local")
        )
    proxy = make_proxy(hub.server.port)
    token = hub.token("A")
    budget = 30_000
    rounds = 0
    while True:
        proxy.reset_counters()
        report = client(office, proxy.url, token, budget_bytes=budget).sync()
        assert proxy.bytes_total <= budget, proxy.stats()
        assert report.bytes_up + report.bytes_down <= budget
        rounds += 1
        if report.complete:
            break
        assert report.stopped == "budget" and rounds < 40
    assert rounds >= 4
    assert catalogue_state(office) == hub_state(hub.store)
    assert office.stats()["pending_sync"] == 0


def test_local_edits_go_before_the_download_when_the_budget_is_short(
    hub: Hub, tmp_path: Path
) -> None:
    _seed_hub(hub, 200)
    office = new_office(tmp_path / "a")
    token = hub.token("A")
    client(office, hub.url, token).sync()
    hub.store.load_records(r.to_json_dict() for r in random_solutions(200, seed=99))
    record = next(office.iter_all())
    office.save_local(record.model_copy(update={"title": "A quick edit"}))
    report = client(office, hub.url, token, budget_bytes=20_000).sync()
    assert report.stopped == "budget" and report.records_up == 1
    assert {r["id"]: r for r in hub.store.all_records()}[record.id]["title"] == "A quick edit"


def test_hub_and_token_are_remembered_and_plain_http_elsewhere_is_refused(
    hub: Hub, tmp_path: Path
) -> None:
    office = new_office(tmp_path / "a")
    with pytest.raises(SyncError, match="no hub yet"):
        SyncClient(office).sync()
    with pytest.raises(SyncError, match="plain http") as refused:
        SyncClient(office, hub_url="http://hub.example.org", token="ssc_x").sync()
    assert refused.value.kind == "insecure"
    assert office.meta("sync.token") is None  # nothing remembered from a refused setting
    SyncClient(office, hub_url=hub.url, token=hub.token("A")).sync()
    assert SyncClient(office).sync().complete  # remembered
    status = SyncClient(office).check_hub()
    assert status.ok, status


def test_a_revoked_or_wrong_token_is_refused_and_edits_stay(hub: Hub, tmp_path: Path) -> None:
    _seed_hub(hub, 2)
    office = new_office(tmp_path / "a")
    token = hub.token("A")
    client(office, hub.url, token).sync()
    record = next(office.iter_all())
    office.save_local(record.model_copy(update={"title": "Waiting"}))
    hub.store.revoke("A")
    with pytest.raises(SyncError, match="refused this office's token") as refused:
        client(office, hub.url, token).sync()
    assert refused.value.kind == "unauthorized"
    assert office.stats()["pending_sync"] == 1
    for path in ("/v1/sync", "/v1/snapshot"):
        answer = httpx.post(hub.url + path, headers={"ssc-protocol": "1"}, content=b"")
        assert answer.status_code == 401
    assert httpx.get(hub.url + "/v1/catalogue.json").status_code == 401
    health = httpx.get(hub.url + "/health")
    assert health.status_code == 200 and health.headers["ssc-hub"] == "1"


def test_a_damaged_or_malformed_request_changes_nothing(hub: Hub) -> None:
    token = hub.token("A")
    headers = {"authorization": f"Bearer {token}", "ssc-protocol": "1"}
    body = p.encode_stream([p.encode_frame(p.REQUEST, {"cursor": 0, "ops": [{"o": "x"}]})])
    answer = httpx.post(hub.url + "/v1/sync", headers=headers, content=body)
    assert answer.status_code == 400 and "operation id" in answer.json()["message"]
    damaged = bytearray(body)
    damaged[-3] ^= 0xFF
    answer = httpx.post(hub.url + "/v1/sync", headers=headers, content=bytes(damaged))
    assert answer.status_code == 400 and answer.json()["error"] == "bad_frame"
    op = {
        "o": "5f0e1c2a-0000-4000-8000-000000000001",
        "id": "5f0e1c2a-0000-4000-8000-0000000000aa",
        "b": 0,
        "p": {"title": "x", "primary_sdgs": [99]},
    }
    body = p.encode_stream([p.encode_frame(p.REQUEST, {"cursor": 0, "ops": [op]})])
    answer = httpx.post(hub.url + "/v1/sync", headers=headers, content=body)
    frames = p.decode_stream(answer.content)
    [result] = frames[0][1]["res"]
    assert result[0] == 0 and "primary_sdgs" in result[1]
    assert hub.store.count() == 0


def test_a_refused_edit_waits_for_the_user(hub: Hub, tmp_path: Path) -> None:
    office = new_office(tmp_path / "a")
    token = hub.token("A")
    client(office, hub.url, token).sync()
    made = office.save_local(make_solution(origin="local"))
    # Simulate a hub whose rules are stricter than this client's: it refuses the record.
    from ssc_desktop.hub import store as hub_store

    original = hub_store.build_record

    def strict(*args: object, **kwargs: object) -> dict[str, object]:
        raise ValueError("title: refused by the hub's rules")

    hub_store.build_record = strict  # type: ignore[assignment]
    try:
        report = client(office, hub.url, token).sync()
    finally:
        hub_store.build_record = original
    assert report.complete and report.conflicts == 1
    [conflict] = SyncState(office).conflicts()
    assert conflict.field == "*" and "refused" in conflict.message
    assert office.get(made.id) is not None  # kept
    SyncState(office).resolve(made.id, "*", "mine")
    client(office, hub.url, token).sync()
    assert hub.store.count() == 1


def test_protocol_versions_an_older_client_syncs_a_newer_one_says_so(
    tmp_path: Path,
) -> None:
    store = fresh_hub(tmp_path / "hub")
    token = store.create_token("A", publish_directly=True)[1]
    office = new_office(tmp_path / "a")
    newer_hub = create_app(store, protocol_min=1, protocol_max=p.PROTOCOL_VERSION + 1)
    with ServerThread(store, app=newer_hub) as server:
        report = client(office, server.url, token).sync()
        assert report.complete
    # A client that speaks only a protocol newer than the hub's: refused, edits kept.
    record = office.save_local(make_solution(origin="local"))
    with ServerThread(store) as server:
        too_new = client(
            office,
            server.url,
            token,
            protocol_version=p.PROTOCOL_VERSION + 1,
            protocol_min=p.PROTOCOL_VERSION + 1,
        )
        with pytest.raises(SyncError, match="hub is older than this program") as refused:
            too_new.sync()
        assert refused.value.kind == "incompatible"
        assert office.stats()["pending_sync"] == 1 and store.count() == 0
        status = too_new.check_hub()
        assert status.state == "incompatible"
        # A client that speaks a newer one but still the hub's steps down to the hub's version.
        both = client(
            office, server.url, token, protocol_version=p.PROTOCOL_VERSION + 1, protocol_min=1
        )
        assert both.sync().complete
    assert store.count() == 1 and office.get(record.id) is not None
    store.close()


def test_progress_reports_records_and_bytes_and_cancel_stops_cleanly(
    hub: Hub, tmp_path: Path, make_proxy: Callable[..., FaultProxy]
) -> None:
    _seed_hub(hub, 200)
    office = new_office(tmp_path / "a")
    proxy = make_proxy(hub.server.port, rate_down=200_000)
    seen: list[SyncProgress] = []
    cancel = threading.Event()

    def on_progress(progress: SyncProgress) -> None:
        seen.append(progress)
        if progress.records_down >= 50:
            cancel.set()

    report = client(office, proxy.url, hub.token("A"), progress=on_progress, cancel=cancel).sync()
    assert report.stopped == "cancelled" and not report.complete
    assert 50 <= office.count() < 200
    assert any(s.bytes_down > 0 for s in seen) and seen[-1].phase == "done"
    report = client(office, hub.url, hub.token("A")).sync()
    assert report.complete and catalogue_state(office) == hub_state(hub.store)


def test_sync_runs_in_a_worker_thread_while_the_user_edits(hub: Hub, tmp_path: Path) -> None:
    _seed_hub(hub, 150)
    office = new_office(tmp_path / "a")
    token = hub.token("A")
    errors: list[BaseException] = []

    def run() -> None:
        try:
            client(office, hub.url, token).sync()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    made = [office.save_local(make_solution(origin="local")) for _ in range(10)]
    worker.join(60)
    assert not errors
    client(office, hub.url, token).sync()
    assert all(r.id in {x["id"] for x in hub.store.all_records()} for r in made)
    assert catalogue_state(office) == hub_state(hub.store)


def test_auto_sync_starts_when_the_hub_becomes_reachable(tmp_path: Path) -> None:
    from ssc_desktop.sync.auto import AutoSync

    store = fresh_hub(tmp_path / "hub")
    store.load_records([make_solution().to_json_dict()])
    token = store.create_token("A", publish_directly=True)[1]
    server = ServerThread(store)  # bound, not yet serving: unreachable
    office = new_office(tmp_path / "a")
    statuses: list[str] = []
    reports: list[object] = []
    done = threading.Event()

    def make(cancel: threading.Event, progress: Callable[[SyncProgress], None]) -> SyncClient:
        return client(office, server.url, token, cancel=cancel, progress=progress)

    def on_report(report: object) -> None:
        reports.append(report)
        done.set()

    auto = AutoSync(
        make,
        interval=60,
        probe_interval=0.1,
        on_status=lambda s: statuses.append(s.state),
        on_report=on_report,
    ).start()
    try:
        deadline = threading.Event()
        deadline.wait(0.5)
        assert statuses and set(statuses) == {"unreachable"} and not reports
        server.start()
        assert done.wait(30)
        assert office.count() == 1 and statuses[-1] == "ok"
    finally:
        auto.stop()
        server.stop()
        store.close()


def test_a_replaced_hub_means_a_new_snapshot_and_local_edits_still_go(tmp_path: Path) -> None:
    first = fresh_hub(tmp_path / "hub1")
    records = random_solutions(5, seed=8)
    first.load_records(r.to_json_dict() for r in records)
    office = new_office(tmp_path / "a")
    made = office.save_local(make_solution(origin="local"))
    with ServerThread(first) as server:
        assert (
            client(office, server.url, first.create_token("A", publish_directly=True)[1])
            .sync()
            .complete
        )
    first.close()
    edited = office.get(records[0].id)
    assert edited is not None
    office.save_local(edited.model_copy(update={"title": "Made before the hub was replaced"}))
    second = fresh_hub(tmp_path / "hub2")  # a new hub (new epoch) with the same records
    second.load_records(r.to_json_dict() for r in records)
    with ServerThread(second) as server:
        report = client(
            office, server.url, second.create_token("A", publish_directly=True)[1]
        ).sync()
    assert report.complete
    on_hub = {r["id"]: r for r in second.all_records()}
    assert on_hub[records[0].id]["title"] == "Made before the hub was replaced"
    assert made.id in on_hub  # the new hub lacked it: sent again, not left on this machine
    assert catalogue_state(office) == hub_state(second)
    assert office.stats()["pending_sync"] == 0
    second.close()


def test_seed_edits_made_before_the_first_sync_merge_instead_of_conflicting(
    tmp_path: Path,
) -> None:
    """Both the hub and every install start from the embedded seed: it is the merge base."""
    from ssc_desktop.catalogue import load_seed

    store = fresh_hub(tmp_path / "hub", seed=True)
    with ServerThread(store) as server:
        hub = Hub(store, server, {})
        a, b = new_office(tmp_path / "a"), new_office(tmp_path / "b")
        load_seed(a)
        load_seed(b)
        target = next(a.iter_all())
        a.save_local(target.model_copy(update={"subtitle": "Subtitle from A, offline"}))
        b.save_local(target.model_copy(update={"summary": "Summary from B, offline."}))
        for office, name in ((a, "A"), (b, "B"), (a, "A")):
            report = client(office, hub.url, hub.token(name)).sync()
            assert report.complete and report.conflicts == 0, report.as_dict()
        merged_a, merged_b = a.get(target.id), b.get(target.id)
        assert merged_a is not None and merged_b is not None
        assert merged_a.subtitle == "Subtitle from A, offline"
        assert merged_a.summary == "Summary from B, offline."
        assert content(merged_a) == content(merged_b)
        assert a.stats()["pending_sync"] == 0
    store.close()


def test_the_sync_history_keeps_the_last_hundred_and_survives_damage(tmp_path: Path) -> None:
    from ssc_desktop.sync.state import HISTORY_SIZE, K_HISTORY

    office = new_office(tmp_path / "a")
    state = SyncState(office)
    assert state.history() == []
    for number in range(HISTORY_SIZE + 5):
        state.record_sync({"at": f"2026-11-27T00:00:{number:03d}Z", "outcome": "done"})
    kept = state.history()
    assert len(kept) == HISTORY_SIZE and kept[0]["at"].endswith(":005Z")
    office.set_meta(K_HISTORY, '{"not": "a list"')
    assert state.history() == []  # damaged: read as empty, and the next sync starts it again
    state.record_sync({"outcome": "failed"})
    assert state.history() == [{"outcome": "failed"}]
