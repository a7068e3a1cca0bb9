"""Sync with the hub, by hand (F9) and on a schedule: one service, one explicit state machine.

:class:`SyncPhase` says what the service is doing; :func:`next_phase` is the only place where it
changes (the table :data:`TRANSITIONS`). Every sync run carries a generation number: what a
schedule stopped by new settings (or a cancelled run) says afterwards is dropped, so a late
report can never end a sync twice. Nothing here imports Qt: the service calls one listener with
typed notices (:data:`SyncNotice`) from its threads; the window forwards them to its own.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ssc_desktop.app.events import Change, ChangeKind

if TYPE_CHECKING:  # the sync client (httpx) is imported when a sync service starts
    from ssc_desktop.app.session import CatalogueSession
    from ssc_desktop.sync.auto import AutoSync
    from ssc_desktop.sync.client import HubStatus, SyncClient, SyncError, SyncProgress, SyncReport
    from ssc_desktop.sync.state import Conflict, SyncState

log = logging.getLogger(__name__)


# -- the state machine ------------------------------------------------------------------------
class SyncPhase(enum.Enum):
    IDLE = "idle"  # no sync runs (a schedule may be waiting for its next round)
    MANUAL = "manual"  # a sync the user asked for (F9) runs
    AUTOMATIC = "automatic"  # a sync the schedule started runs
    STOPPING = "stopping"  # new settings: the schedule (and its sync) winds down


class SyncTrigger(enum.Enum):
    USER_SYNC = "user_sync"  # F9 while idle
    SCHEDULE_SYNC = "schedule_sync"  # the schedule's sync made its first progress
    FINISHED = "finished"  # the running sync ended (done, stopped or failed)
    RESTART = "restart"  # new settings: stop the schedule before starting one with them
    STOPPED = "stopped"  # the old schedule (and any sync) has stopped


P, T = SyncPhase, SyncTrigger
TRANSITIONS: dict[tuple[SyncPhase, SyncTrigger], SyncPhase] = {
    (P.IDLE, T.USER_SYNC): P.MANUAL,
    (P.IDLE, T.SCHEDULE_SYNC): P.AUTOMATIC,
    (P.IDLE, T.FINISHED): P.IDLE,  # a schedule's round that failed before any progress
    (P.MANUAL, T.FINISHED): P.IDLE,
    (P.AUTOMATIC, T.FINISHED): P.IDLE,
    (P.IDLE, T.RESTART): P.STOPPING,
    (P.MANUAL, T.RESTART): P.STOPPING,
    (P.AUTOMATIC, T.RESTART): P.STOPPING,
    (P.STOPPING, T.STOPPED): P.IDLE,
}
del P, T


def next_phase(phase: SyncPhase, trigger: SyncTrigger) -> SyncPhase | None:
    """The phase after ``trigger`` in ``phase``; None when the trigger does not apply there."""
    return TRANSITIONS.get((phase, trigger))


# -- typed values -----------------------------------------------------------------------------
class HubState(enum.Enum):
    NOT_CONFIGURED = "not_configured"
    CHECKING = "checking"
    OK = "ok"
    UNREACHABLE = "unreachable"
    CAPTIVE_PORTAL = "captive_portal"
    INCOMPATIBLE = "incompatible"
    INSECURE = "insecure"


@dataclass(frozen=True)
class HubCheck:
    state: HubState
    message: str = ""

    @classmethod
    def of(cls, status: HubStatus) -> HubCheck:
        try:
            state = HubState(status.state)
        except ValueError:
            state = HubState.UNREACHABLE
        return cls(state, status.message)


class SyncFailureKind(enum.Enum):
    NOT_CONFIGURED = "not_configured"  # no hub address or no office token yet
    CONFIG = "config"  # not a hub address
    INSECURE = "insecure"  # plain http to another machine
    UNREACHABLE = "unreachable"
    UNAUTHORIZED = "unauthorized"
    CAPTIVE_PORTAL = "captive_portal"
    INCOMPATIBLE = "incompatible"
    REFUSED = "refused"
    OTHER = "other"


class SyncFailed(Exception):
    """A sync that stopped for a reason the user is told as it is; ``kind`` says which."""

    def __init__(self, kind: SyncFailureKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind

    @classmethod
    def of(cls, error: SyncError) -> SyncFailed:
        try:
            kind = SyncFailureKind(error.kind)
        except ValueError:
            kind = SyncFailureKind.OTHER
        failure_class = SyncNotConfigured if kind is SyncFailureKind.NOT_CONFIGURED else cls
        failure = failure_class(kind, str(error))
        failure.__cause__ = error
        return failure


class SyncNotConfigured(SyncFailed):
    """No hub address or no office token yet (Settings asks for them)."""


class SyncOutcome(enum.Enum):
    DONE = "done"
    STOPPED = "stopped"  # cancelled, out of budget, or new settings: what arrived is kept
    FAILED = "failed"


class SyncAnswer(enum.Enum):
    """What :meth:`SyncService.sync_now` did."""

    STARTED = "started"
    CANCELLING = "cancelling"  # a sync ran: it stops at its next frame
    BUSY = "busy"  # new settings are being applied: try again in a moment


@dataclass(frozen=True)
class SyncSettings:
    hub_address: str = ""  # "" for the one the catalogue remembers
    interval_minutes: int = 30  # 0: no automatic sync
    budget_mb: int = 0  # 0: no limit

    @property
    def budget_bytes(self) -> int | None:
        return self.budget_mb * 1_000_000 if self.budget_mb > 0 else None


@dataclass(frozen=True)
class Remembered:
    hub: str  # "" when none
    token: bool


# -- notices (to the listener, from the service's threads) --------------------------------------
@dataclass(frozen=True)
class SyncStarted:
    phase: SyncPhase  # MANUAL or AUTOMATIC


@dataclass(frozen=True)
class SyncProgressed:
    records_down: int
    records_up: int
    bytes_moved: int


@dataclass(frozen=True)
class SyncEnded:
    outcome: SyncOutcome
    manual: bool  # the user asked for it (say a failure aloud)
    report: SyncReport | None = None
    error: BaseException | None = None  # SyncFailed for the known kinds
    hub: HubCheck | None = None  # set when the hub did not answer (no sync was tried)


@dataclass(frozen=True)
class HubChecked:
    check: HubCheck


@dataclass(frozen=True)
class ScheduleChanged:
    running: bool


SyncNotice = SyncStarted | SyncProgressed | SyncEnded | HubChecked | ScheduleChanged
SyncListener = Callable[[SyncNotice], None]


# -- the service ------------------------------------------------------------------------------
class SyncService:
    """Manual and automatic sync of one session's catalogue. Thread-safe; blocking calls
    (:meth:`check_hub`, :meth:`start_schedule`, :meth:`remembered`...) belong in workers."""

    def __init__(
        self,
        session: CatalogueSession,
        settings: SyncSettings,
        listener: SyncListener,
        *,
        make_client: Callable[..., SyncClient] | None = None,
    ) -> None:
        from ssc_desktop.sync.client import SyncClient

        self.session = session
        self._settings = settings
        self._listener = listener
        self._make_client = make_client or SyncClient
        self._lock = threading.RLock()
        self._phase = SyncPhase.IDLE
        self._generation = 0  # runs and schedules of an older generation are not listened to
        self._schedule: AutoSync | None = None
        self._cancel: threading.Event | None = None  # the manual run's (without a schedule)
        self._interrupted = False  # STOPPING ended a running sync: say so once stopped
        self._threads: list[threading.Thread] = []
        self._closed = False

    # -- state --------------------------------------------------------------------------------
    @property
    def phase(self) -> SyncPhase:
        with self._lock:
            return self._phase

    @property
    def schedule(self) -> AutoSync | None:
        with self._lock:
            return self._schedule

    @property
    def settings(self) -> SyncSettings:
        with self._lock:
            return self._settings

    def _fire(self, trigger: SyncTrigger) -> bool:
        """Move the machine (lock held); False when ``trigger`` does not apply now."""
        phase = next_phase(self._phase, trigger)
        if phase is None:
            log.debug("sync: %s ignored while %s", trigger.value, self._phase.value)
            return False
        log.debug("sync: %s -> %s (%s)", self._phase.value, phase.value, trigger.value)
        self._phase = phase
        return True

    def _tell(self, notice: SyncNotice) -> None:
        try:
            self._listener(notice)
        except Exception:
            log.exception("the sync listener failed")

    # -- by hand --------------------------------------------------------------------------------
    def sync_now(self) -> SyncAnswer:
        """F9: start a sync; while one runs, cancel it (what arrived is kept). With a schedule
        running, it is woken, so two syncs never run at once."""
        with self._lock:
            if self._phase in (SyncPhase.MANUAL, SyncPhase.AUTOMATIC):
                if self._cancel is not None:
                    self._cancel.set()
                elif self._schedule is not None:
                    self._schedule.cancel()
                return SyncAnswer.CANCELLING
            if self._closed or not self._fire(SyncTrigger.USER_SYNC):
                return SyncAnswer.BUSY
            schedule = self._schedule
            if schedule is None:
                self._cancel = cancel = threading.Event()
                generation = self._generation = self._generation + 1
                settings = self._settings
        self._tell(SyncStarted(SyncPhase.MANUAL))
        if schedule is not None:
            schedule.sync_now()
            return SyncAnswer.STARTED
        self._spawn(lambda: self._run_once(generation, settings, cancel), "ssc-sync")
        return SyncAnswer.STARTED

    def _run_once(self, generation: int, settings: SyncSettings, cancel: threading.Event) -> None:
        from ssc_desktop.sync.client import SyncError

        client = self._client(settings, cancel, lambda p: self._progress(generation, p))
        try:
            report = client.sync()
        except SyncError as exc:
            self._end(generation, SyncEnded(SyncOutcome.FAILED, True, error=SyncFailed.of(exc)))
        except Exception as exc:
            log.exception("the sync failed")
            self._end(generation, SyncEnded(SyncOutcome.FAILED, True, error=exc))
        else:
            outcome = SyncOutcome.STOPPED if report.stopped else SyncOutcome.DONE
            self._end(generation, SyncEnded(outcome, True, report=report))

    def _client(
        self,
        settings: SyncSettings,
        cancel: threading.Event,
        progress: Callable[[SyncProgress], None],
        *,
        remember: bool = True,
    ) -> SyncClient:
        return self._make_client(
            self.session.store, hub_url=settings.hub_address or None, progress=progress,
            cancel=cancel, budget_bytes=settings.budget_bytes, remember=remember,
        )  # fmt: skip

    # -- what runs say ----------------------------------------------------------------------------
    def _progress(self, generation: int, state: SyncProgress) -> None:
        started = False
        with self._lock:
            if generation != self._generation:
                return
            if self._phase is SyncPhase.IDLE:
                started = self._fire(SyncTrigger.SCHEDULE_SYNC)
            elif self._phase is SyncPhase.STOPPING:
                return
        if started:
            self._tell(SyncStarted(SyncPhase.AUTOMATIC))
        self._tell(
            SyncProgressed(state.records_down, state.records_up, state.bytes_down + state.bytes_up)
        )

    def _end(self, generation: int, ended: SyncEnded) -> None:
        with self._lock:
            if generation != self._generation:
                return  # a stopped run's late word: STOPPING has ended it already
            manual = self._phase is SyncPhase.MANUAL
            if not self._fire(SyncTrigger.FINISHED):
                return
            self._cancel = None
        if ended.hub is None:
            self.session.announce(Change.of(ChangeKind.SOLUTIONS, everything=True))
        if ended.manual != manual:
            ended = SyncEnded(ended.outcome, manual, ended.report, ended.error, ended.hub)
        self._tell(ended)

    # -- on a schedule ----------------------------------------------------------------------------
    def hub_configured(self) -> bool:
        """Whether there is a hub to sync with: an address (from Settings, else the remembered
        one) and a token. Reads the catalogue."""
        from ssc_desktop.sync.state import K_HUB, K_TOKEN

        store = self.session.store
        return bool((self._settings.hub_address or store.meta(K_HUB)) and store.meta(K_TOKEN))

    def start_schedule(self) -> bool:
        """Sync when the hub becomes reachable, then every interval (reads whether a hub is
        configured: call from a worker). False when there is none, or one runs already."""
        from ssc_desktop.sync.auto import AutoSync

        if self.settings.interval_minutes == 0 or not self.hub_configured():
            return False
        with self._lock:
            if (
                self._closed
                or self._schedule is not None
                or self._phase is not SyncPhase.IDLE
                or self._settings.interval_minutes == 0
            ):
                return False
            generation = self._generation = self._generation + 1
            settings = self._settings

            def make_client(
                cancel: threading.Event, progress: Callable[[SyncProgress], None]
            ) -> SyncClient:
                return self._client(settings, cancel, progress)

            self._schedule = AutoSync(
                make_client,
                interval=settings.interval_minutes * 60.0,
                on_report=lambda report: self._scheduled_report(generation, report),
                on_error=lambda exc: self._scheduled_error(generation, exc),
                on_status=lambda status: self._scheduled_status(generation, status),
                on_progress=lambda state: self._progress(generation, state),
            ).start()
        self._tell(ScheduleChanged(True))
        return True

    def _scheduled_report(self, generation: int, report: SyncReport) -> None:
        outcome = SyncOutcome.STOPPED if report.stopped else SyncOutcome.DONE
        self._end(generation, SyncEnded(outcome, False, report=report))

    def _scheduled_error(self, generation: int, exc: SyncError) -> None:
        self._end(generation, SyncEnded(SyncOutcome.FAILED, False, error=SyncFailed.of(exc)))

    def _scheduled_status(self, generation: int, status: HubStatus) -> None:
        check = HubCheck.of(status)
        with self._lock:
            if generation != self._generation:
                return
            asked = self._phase is SyncPhase.MANUAL
        self._tell(HubChecked(check))
        if asked and check.state is not HubState.OK:  # F9 woke it, but the hub is not there
            self._end(generation, SyncEnded(SyncOutcome.FAILED, True, hub=check))

    def apply(self, settings: SyncSettings) -> bool:
        """Keep new settings; True when the schedule must restart with them (call
        :meth:`restart_schedule`)."""
        with self._lock:
            old, self._settings = self._settings, settings
        return old != settings

    def restart_schedule(self) -> None:
        """Apply new settings: the schedule (and a sync in progress: it ends at its next frame,
        keeping what arrived) stops in a thread before one with the new settings starts, so two
        syncs never overlap. Non-blocking."""
        with self._lock:
            if self._closed:
                return
            schedule, cancel = self._schedule, self._cancel
            if schedule is None and cancel is None:
                if self._phase is SyncPhase.IDLE:
                    starting = True
                else:  # STOPPING already: the new settings are used once it has stopped
                    return
            else:
                starting = False
                running = self._phase in (SyncPhase.MANUAL, SyncPhase.AUTOMATIC)
                if not self._fire(SyncTrigger.RESTART):
                    return
                self._interrupted = running
                self._schedule = self._cancel = None
                self._generation += 1  # what the old schedule still says is not listened to
        if starting:
            self._spawn(self.start_schedule, "ssc-sync-start")
            return
        self._tell(ScheduleChanged(False))

        def stop() -> None:
            if cancel is not None:
                cancel.set()
            if schedule is not None:
                schedule.stop(timeout=120)
            self._stopped()

        self._spawn(stop, "ssc-sync-stop")

    def _stopped(self) -> None:
        with self._lock:
            if not self._fire(SyncTrigger.STOPPED):
                return
            interrupted, self._interrupted = self._interrupted, False
            closed = self._closed
        if interrupted:
            self.session.announce(Change.of(ChangeKind.SOLUTIONS, everything=True))
            self._tell(SyncEnded(SyncOutcome.STOPPED, False))
        if not closed:
            self.start_schedule()

    def _spawn(self, target: Callable[[], object], name: str) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    # -- reads and small writes (workers) -------------------------------------------------------
    def check_hub(self) -> HubCheck:
        """Whether the hub answers (one small request, no token sent)."""
        client = self._client(self.settings, threading.Event(), lambda _p: None, remember=False)
        return HubCheck.of(client.check_hub())

    def remembered(self) -> Remembered:
        """The hub address the catalogue remembers and whether it keeps an office token."""
        from ssc_desktop.sync.state import K_HUB, K_TOKEN

        store = self.session.store
        return Remembered(str(store.meta(K_HUB) or ""), bool(store.meta(K_TOKEN)))

    def _state(self) -> SyncState:
        from ssc_desktop.sync.state import SyncState

        return SyncState(self.session.store)

    def remember_token(self, token: str) -> None:
        """Keep the office token given in Settings (in the catalogue, like ``sync --token``)."""
        token = "".join(token.split())
        if not token:
            raise ValueError("an empty token")
        from ssc_desktop.sync.state import K_TOKEN

        self._state().set(K_TOKEN, token)
        self.session.announce(Change.of(ChangeKind.SYNC_SETUP))

    def history(self) -> list[dict[str, object]]:
        """The last syncs of this catalogue, oldest first."""
        return list(self._state().history())

    def conflicts(self) -> list[Conflict]:
        """The conflicts waiting for a decision (each with both values)."""
        return list(self._state().conflicts())

    def resolve(self, conflict: Conflict, choice: str) -> None:
        """Decide one conflict (``mine`` or ``theirs``): a local edit that the next sync sends."""
        self._state().resolve(conflict.solution_id, conflict.field, choice)
        self.session.announce(Change.of(ChangeKind.SOLUTIONS, [conflict.solution_id]))

    # -- closing --------------------------------------------------------------------------------
    def shutdown(self, timeout: float = 10) -> None:
        """Cancel what runs and wait (up to ``timeout`` seconds per thread)."""
        with self._lock:
            self._closed = True
            self._generation += 1
            schedule, cancel = self._schedule, self._cancel
            self._schedule = self._cancel = None
            threads = list(self._threads)
        if cancel is not None:
            cancel.set()
        if schedule is not None:
            schedule.stop(timeout=timeout)
        for thread in threads:
            thread.join(timeout)
