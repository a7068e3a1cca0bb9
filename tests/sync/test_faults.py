"""Bad links, through the fault-injecting proxy: cuts at byte offsets, stalls, corrupted bytes,
a captive portal, slow links (scaled in time; the same cuts in bytes as the real-rate runs of
benchmarks/sync.py)."""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from pathlib import Path

import pytest

from ssc_desktop.sync.client import SyncError
from ssc_desktop.sync.state import SyncState
from tests.support.records import make_solution, random_solutions
from tests.sync.helpers import (
    PROFILES,
    Hub,
    catalogue_state,
    client,
    hub_state,
    new_office,
)
from tests.sync.proxy import FaultProxy

KIB = 1024
SCALE = 100  # CI runs slow links 100 times faster; cuts stay at the same bytes


@pytest.fixture(scope="module")
def catalogue_2000() -> list[dict[str, object]]:
    return [s.to_json_dict() for s in random_solutions(2000, seed=11)]


def _clean_first_sync_bytes(hub: Hub, tmp_path: Path, make_proxy: Callable[..., FaultProxy]) -> int:
    proxy = make_proxy(hub.server.port)
    office = new_office(tmp_path / "reference")
    assert client(office, proxy.url, hub.token("reference")).sync().complete
    return proxy.bytes_total


@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_first_sync_cut_every_256_kb_on_a_2g_link_completes_within_110_percent(
    hub: Hub,
    tmp_path: Path,
    make_proxy: Callable[..., FaultProxy],
    catalogue_2000: list[dict[str, object]],
) -> None:
    hub.store.load_records(catalogue_2000)
    clean = _clean_first_sync_bytes(hub, tmp_path, make_proxy)
    down, up, latency = PROFILES["2g"]
    proxy = make_proxy(
        hub.server.port, rate_down=down * SCALE, rate_up=up * SCALE, latency=latency / SCALE
    )
    proxy.down.cut_every = 256 * KIB
    office = new_office(tmp_path / "a")
    report = client(office, proxy.url, hub.token("A"), stall_timeout=2.0).sync()
    assert report.complete and proxy.down.cuts >= 2
    assert catalogue_state(office) == hub_state(hub.store)
    assert proxy.bytes_total <= 1.10 * clean, (proxy.stats(), clean)
    resent_per_cut = (proxy.bytes_total - clean) / proxy.down.cuts
    assert resent_per_cut <= 64 * KIB


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_cut_at_any_byte_resends_at_most_64_kib(
    hub: Hub,
    tmp_path: Path,
    make_proxy: Callable[..., FaultProxy],
    catalogue_2000: list[dict[str, object]],
    seed: int,
) -> None:
    hub.store.load_records(catalogue_2000[:600])
    clean = _clean_first_sync_bytes(hub, tmp_path, make_proxy)
    rng = random.Random(seed)
    cut = rng.randrange(1000, clean - 1000)
    proxy = make_proxy(hub.server.port)
    proxy.down.cut_at = [cut]
    office = new_office(tmp_path / "a")
    assert client(office, proxy.url, hub.token("A")).sync().complete
    assert proxy.down.cuts == 1
    assert proxy.bytes_total - clean <= 64 * KIB, (cut, proxy.stats(), clean)
    assert catalogue_state(office) == hub_state(hub.store)


@pytest.mark.slow
def test_cut_and_retry_runs_of_a_100_edit_push_apply_each_edit_exactly_once(
    hub: Hub,
    tmp_path: Path,
    make_proxy: Callable[..., FaultProxy],
    catalogue_2000: list[dict[str, object]],
) -> None:
    hub.store.load_records(catalogue_2000[:100])
    office = new_office(tmp_path / "a")
    token = hub.token("A")
    assert client(office, hub.url, token).sync().complete
    proxy = make_proxy(hub.server.port)
    rng = random.Random(5)
    ids = [r["id"] for r in catalogue_2000[:100]]
    for run in range(8):
        for record_id in ids:
            record = office.get(str(record_id))
            assert record is not None
            office.save_local(record.model_copy(update={"title": f"Run {run} {record_id[:8]}"}))
        before_ops = hub.store.op_count()
        before = {r["id"]: r["revision"] for r in hub.store.all_records()}
        proxy.reset_counters()
        proxy.up.cut_at = sorted(rng.randrange(100, 5_000) for _ in range(rng.randint(1, 3)))
        proxy.down.cut_at = sorted(rng.randrange(100, 3_000) for _ in range(rng.randint(0, 2)))
        report = client(office, proxy.url, token).sync()
        assert report.complete
        assert hub.store.op_count() - before_ops == 100
        after = {r["id"]: r for r in hub.store.all_records()}
        assert all(after[i]["revision"] == before[i] + 1 for i in ids)
        assert all(after[i]["title"] == f"Run {run} {i[:8]}" for i in ids)
        assert SyncState(office).pending_counts() == {
            "dirty": 0,
            "ops": 0,
            "conflicts": 0,
            "parked": 0,
            "in_review": 0,
            "returned": 0,
        }
    assert catalogue_state(office) == hub_state(hub.store)


def test_corrupted_bytes_either_way_are_refused_and_fetched_again(
    hub: Hub,
    tmp_path: Path,
    make_proxy: Callable[..., FaultProxy],
    catalogue_2000: list[dict[str, object]],
) -> None:
    hub.store.load_records(catalogue_2000[:300])
    proxy = make_proxy(hub.server.port)
    proxy.down.corrupt_at = [700, 30_000, 61_000]
    office = new_office(tmp_path / "a")
    report = client(office, proxy.url, hub.token("A")).sync()
    assert report.complete and report.retries >= 1 and proxy.down.corrupted >= 2
    assert catalogue_state(office) == hub_state(hub.store)
    record = next(office.iter_all())
    office.save_local(record.model_copy(update={"title": "Sent through a damaged link"}))
    proxy.reset_counters()
    proxy.up.corrupt_at = [400, 600]
    report = client(office, proxy.url, hub.token("A")).sync()
    assert report.complete and report.retries >= 1
    assert catalogue_state(office) == hub_state(hub.store)
    assert {r["id"]: r for r in hub.store.all_records()}[record.id]["title"] == (
        "Sent through a damaged link"
    )


def test_a_stall_is_detected_by_the_stall_timer_and_the_sync_resumes(
    hub: Hub,
    tmp_path: Path,
    make_proxy: Callable[..., FaultProxy],
    catalogue_2000: list[dict[str, object]],
) -> None:
    hub.store.load_records(catalogue_2000[:300])
    proxy = make_proxy(hub.server.port)
    proxy.down.stall_at = [(40_000, 2.5)]
    office = new_office(tmp_path / "a")
    report = client(office, proxy.url, hub.token("A"), stall_timeout=0.8).sync()
    assert report.complete and report.retries >= 1 and proxy.down.stalls == 1
    assert catalogue_state(office) == hub_state(hub.store)


def _big_records(count: int, size: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    letters = string.ascii_letters + string.digits + " .,;"
    return [
        make_solution(
            challenge="".join(rng.choice(letters) for _ in range(size)),
            solution="".join(rng.choice(letters) for _ in range(size)),
        ).to_json_dict()
        for _ in range(count)
    ]


@pytest.mark.slow
def test_one_megabyte_on_a_slow_live_link_is_never_aborted(
    hub: Hub, tmp_path: Path, make_proxy: Callable[..., FaultProxy]
) -> None:
    hub.store.load_records(_big_records(35, 19_000, seed=4))
    # 12 kbit/s scaled so the transfer lasts ~5 s: five times the stall timeout, never stalled.
    rate = 1_050_000 / 5.0
    proxy = make_proxy(hub.server.port, rate_down=rate, rate_up=rate, latency=0.35 / SCALE)
    office = new_office(tmp_path / "a")
    report = client(office, proxy.url, hub.token("A"), stall_timeout=1.0, max_failures=1).sync()
    assert report.complete and report.retries == 0
    assert proxy.bytes_total >= 1_000_000 and report.seconds >= 4.0
    assert catalogue_state(office) == hub_state(hub.store)


def test_a_captive_portal_is_never_taken_for_the_hub(
    hub: Hub, tmp_path: Path, make_proxy: Callable[..., FaultProxy]
) -> None:
    hub.store.load_records([make_solution().to_json_dict()])
    office = new_office(tmp_path / "a")
    token = hub.token("A")
    assert client(office, hub.url, token).sync().complete
    record = next(office.iter_all())
    office.save_local(record.model_copy(update={"title": "Waiting behind the portal"}))
    cursor = SyncState(office).cursor()
    portal = make_proxy(hub.server.port, captive=True)
    sync = client(office, portal.url, token)
    with pytest.raises(SyncError, match="network needs sign-in") as stopped:
        sync.sync()
    assert stopped.value.kind == "captive_portal"
    assert sync.check_hub().state == "captive_portal"
    assert SyncState(office).cursor() == cursor
    assert office.stats()["pending_sync"] == 1
    assert hub.store.op_count() == 0
    # Signed in: the same edit goes.
    assert client(office, hub.url, token).sync().complete
    assert hub.store.op_count() == 1


def test_an_unreachable_hub_is_reported_and_nothing_is_lost(tmp_path: Path) -> None:
    office = new_office(tmp_path / "a")
    office.save_local(make_solution(origin="local"))
    sync = client(office, "http://127.0.0.1:9", "ssc_x", max_failures=3)
    with pytest.raises(SyncError, match="could not be reached") as stopped:
        sync.sync()
    assert stopped.value.kind == "unreachable"
    assert sync.check_hub().state == "unreachable"
    assert office.stats()["pending_sync"] == 1
