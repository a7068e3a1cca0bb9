"""The sync service's state machine, without Qt: the table itself, then real syncs with a real
hub on 127.0.0.1 (by hand, on a schedule, stopped by new settings mid-sync)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

import pytest

from ssc_desktop.app.events import Change, ChangeKind
from ssc_desktop.app.session import CatalogueSession
from ssc_desktop.app.sync import (
    TRANSITIONS,
    HubChecked,
    ScheduleChanged,
    SyncAnswer,
    SyncEnded,
    SyncNotConfigured,
    SyncNotice,
    SyncOutcome,
    SyncPhase,
    SyncProgressed,
    SyncService,
    SyncSettings,
    SyncStarted,
    SyncTrigger,
    next_phase,
)
from ssc_desktop.hub.server import ServerThread
from ssc_desktop.sync.client import SyncClient
from tests.support.records import random_solutions

P, T = SyncPhase, SyncTrigger
N = TypeVar("N")


def test_the_transition_table() -> None:
    assert next_phase(P.IDLE, T.USER_SYNC) is P.MANUAL
    assert next_phase(P.IDLE, T.SCHEDULE_SYNC) is P.AUTOMATIC
    for running in (P.MANUAL, P.AUTOMATIC):
        assert next_phase(running, T.FINISHED) is P.IDLE
        assert next_phase(running, T.RESTART) is P.STOPPING
        assert next_phase(running, T.USER_SYNC) is None, "two syncs never run at once"
        assert next_phase(running, T.SCHEDULE_SYNC) is None
    assert next_phase(P.STOPPING, T.STOPPED) is P.IDLE
    for trigger in (T.USER_SYNC, T.SCHEDULE_SYNC, T.FINISHED, T.RESTART):
        assert next_phase(P.STOPPING, trigger) is None, "nothing starts while stopping"
    assert next_phase(P.IDLE, T.STOPPED) is None
    assert set(TRANSITIONS.values()) == set(SyncPhase), "every phase is reachable"


class Recorder:
    """The listener: keeps every notice; ``hold`` blocks the sync thread at its first
    progress until released (a sync caught running)."""

    def __init__(self) -> None:
        self.notices: list[SyncNotice] = []
        self.lock = threading.Lock()
        self.hold: threading.Event | None = None
        self.held = threading.Event()

    def __call__(self, notice: SyncNotice) -> None:
        with self.lock:
            self.notices.append(notice)
        if self.hold is not None and isinstance(notice, SyncProgressed):
            self.held.set()
            self.hold.wait(30)

    def of(self, kind: type[N]) -> list[N]:
        with self.lock:
            return [n for n in self.notices if isinstance(n, kind)]


def wait_for(condition: Callable[[], bool], timeout: float = 30) -> None:
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.02)


def remember_hub(session: CatalogueSession, hub: tuple[ServerThread, str]) -> None:
    server, token = hub
    assert SyncClient(session.store, hub_url=server.url, token=token).sync().complete


def test_a_sync_by_hand_sends_the_edit_and_tells_once(
    session: CatalogueSession, hub: tuple[ServerThread, str]
) -> None:
    remember_hub(session, hub)
    first = next(session.store.iter_all())
    session.save_solution(first.model_copy(update={"subtitle": "From the field"}))
    changes: list[Change] = []
    session.subscribe(changes.append)
    told = Recorder()
    service = SyncService(session, SyncSettings(interval_minutes=0), told)
    try:
        assert service.sync_now() is SyncAnswer.STARTED
        wait_for(lambda: bool(told.of(SyncEnded)))
        assert service.phase is SyncPhase.IDLE
        (ended,) = told.of(SyncEnded)
        assert ended.outcome is SyncOutcome.DONE and ended.manual
        assert ended.report is not None and ended.report.records_up == 1
        assert told.of(SyncStarted) == [SyncStarted(SyncPhase.MANUAL)]
        assert told.of(SyncProgressed)
        assert session.store.stats()["pending_sync"] == 0
        assert changes == [Change.of(ChangeKind.SOLUTIONS, everything=True)]
    finally:
        service.shutdown()


def test_without_a_hub_the_failure_is_a_type(session: CatalogueSession) -> None:
    told = Recorder()
    service = SyncService(session, SyncSettings(), told)
    try:
        assert not service.start_schedule(), "no hub, no token: no schedule"
        service.sync_now()
        wait_for(lambda: bool(told.of(SyncEnded)))
        (ended,) = told.of(SyncEnded)
        assert ended.outcome is SyncOutcome.FAILED
        assert isinstance(ended.error, SyncNotConfigured)
        assert service.phase is SyncPhase.IDLE
    finally:
        service.shutdown()


def test_new_settings_stop_a_running_sync_and_its_late_report_is_dropped(
    session: CatalogueSession, hub: tuple[ServerThread, str]
) -> None:
    server, _token = hub
    remember_hub(session, hub)
    server.store.load_records(r.to_json_dict() for r in random_solutions(1500, seed=5))
    told = Recorder()
    told.hold = threading.Event()
    service = SyncService(session, SyncSettings(interval_minutes=30), told)
    try:
        assert service.start_schedule()
        schedule = service.schedule
        assert schedule is not None and told.of(ScheduleChanged) == [ScheduleChanged(True)]
        assert told.held.wait(30), "the schedule's sync started"
        assert service.phase is SyncPhase.AUTOMATIC
        assert told.of(SyncStarted) == [SyncStarted(SyncPhase.AUTOMATIC)]
        told.notices.clear()

        assert service.apply(SyncSettings(interval_minutes=60))
        service.restart_schedule()
        assert service.phase is SyncPhase.STOPPING
        assert service.sync_now() is SyncAnswer.BUSY, "nothing starts while stopping"
        told.hold.set()  # the old sync goes on, sees the cancel at its next frame and reports
        told.hold = None

        wait_for(lambda: service.schedule is not None and service.schedule is not schedule)
        assert schedule._thread is not None and not schedule._thread.is_alive()
        ends = told.of(SyncEnded)
        assert [e.outcome for e in ends[:1]] == [SyncOutcome.STOPPED]
        assert not ends[0].manual
        new = service.schedule
        assert new is not None and new.interval == 60 * 60
        wait_for(lambda: len(told.of(SyncEnded)) >= 2, timeout=60)  # the new schedule's round
        time.sleep(0.2)
        ends = told.of(SyncEnded)
        assert [e.outcome for e in ends] == [SyncOutcome.STOPPED, SyncOutcome.DONE], (
            "the stopped schedule's own late report was dropped"
        )
        assert session.store.stats()["solutions"] == 20 + 1500
        assert service.phase is SyncPhase.IDLE
    finally:
        service.shutdown()


@pytest.mark.parametrize("state", ["ok"])
def test_check_hub_and_remembered(
    session: CatalogueSession, hub: tuple[ServerThread, str], state: str
) -> None:
    told = Recorder()
    service = SyncService(session, SyncSettings(), told)
    assert service.remembered().hub == "" and not service.remembered().token
    assert service.check_hub().state.value == "not_configured"
    service.remember_token(f"  {hub[1]}\n")
    assert service.apply(SyncSettings(hub_address=hub[0].url))
    assert service.check_hub().state.value == state
    assert service.remembered().token
    assert not told.of(HubChecked)
    with pytest.raises(ValueError, match="empty"):
        service.remember_token("   ")
