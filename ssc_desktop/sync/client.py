"""The sync client: what ``ssc-desktop sync`` and the window's sync button run.

``SyncClient.sync()`` is blocking and meant for a worker thread: it reports progress through a
callback (records and bytes each way) and stops at the next frame when its cancel event is set.
HTTP, retries and the byte budget are ``sync.transport``'s; this module speaks the protocol:
the first download (snapshot), then exchanges (edits up, the change feed down). Every frame
that arrives whole and checked is applied and committed at once, so after a cut the next
request starts from there: at most one page or chunk is sent again.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ssc_desktop.domain.model import format_timestamp, utc_now
from ssc_desktop.storage.repository import CatalogueStore
from ssc_desktop.sync import protocol as p
from ssc_desktop.sync.errors import (
    BadAddress,
    CaptivePortal,
    HubProtocolError,
    Incompatible,
    InsecureAddress,
    NotConfigured,
    Refused,
    SyncError,
    SyncErrorKind,
    Unauthorized,
    Unreachable,
)
from ssc_desktop.sync.state import (
    K_HUB,
    K_HUB_KEY,
    K_INSECURE,
    K_LAST,
    K_LAST_SYNC_AT,
    K_TOKEN,
    StaleStateError,
    SyncState,
)
from ssc_desktop.sync.transport import (
    MIN_EXCHANGE,
    BudgetReached,
    Cancelled,
    HubStatus,
    SyncOptions,
    Transport,
    check_url,
    is_loopback,
)

log = logging.getLogger(__name__)

__all__ = [
    "BadAddress",
    "CaptivePortal",
    "HubProtocolError",
    "HubStatus",
    "Incompatible",
    "InsecureAddress",
    "NotConfigured",
    "Refused",
    "SyncClient",
    "SyncError",
    "SyncErrorKind",
    "SyncOptions",
    "SyncProgress",
    "SyncReport",
    "Unauthorized",
    "Unreachable",
    "check_url",
    "is_loopback",
]

PUSH_TARGET = 24 * 1024  # compressed operations in one request: what a cut can cost again


@dataclass
class SyncProgress:
    """What the window shows while a sync runs."""

    phase: str  # connecting, snapshot, exchange, waiting, done, failed
    records_up: int = 0
    records_down: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    message: str = ""


@dataclass
class SyncReport:
    """What a sync did (``--json`` prints ``as_dict()``)."""

    hub: str
    complete: bool = False
    stopped: str | None = None  # "budget", "cancelled"
    records_up: int = 0
    records_down: int = 0
    conflicts: int = 0
    parked: int = 0  # hub records this program cannot accept yet (``sync --history``)
    bytes_up: int = 0
    bytes_down: int = 0
    requests: int = 0
    retries: int = 0
    seconds: float = 0.0
    pending: dict[str, int] = field(default_factory=dict)
    cursor: int | None = None
    message: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


_OPTION_NAMES = frozenset(f.name for f in dataclasses.fields(SyncOptions))


class SyncClient:
    """Syncs one catalogue with its hub. Safe to run in a worker thread.

    ``SyncClient(store, SyncOptions(hub_url=..., budget_bytes=...), progress=..., cancel=...)``.
    Keyword arguments named like ``SyncOptions`` fields are still accepted for callers not yet
    moved to ``SyncOptions`` (they override ``options``).
    """

    def __init__(
        self,
        store: CatalogueStore,
        options: SyncOptions | None = None,
        *,
        progress: Callable[[SyncProgress], None] | None = None,
        cancel: threading.Event | None = None,
        **overrides: Any,
    ) -> None:
        unknown = set(overrides) - _OPTION_NAMES
        if unknown:
            raise TypeError(f"unknown sync option(s): {', '.join(sorted(unknown))}")
        self.options = dataclasses.replace(options or SyncOptions(), **overrides)
        self.store = store
        self.state = SyncState(store)
        self.on_progress = progress
        self.cancel = cancel or threading.Event()
        self._progress = SyncProgress("connecting")
        self._report = SyncReport(hub="")
        self._link: Transport | None = None
        self._frames_applied = 0
        self._last_emit = 0.0

    # -- configuration ----------------------------------------------------------------------------
    def _config(self) -> tuple[str, str]:
        o = self.options
        url = o.hub_url or self.state.get(K_HUB)
        token = o.token or self.state.get(K_TOKEN)
        if not url:
            raise NotConfigured("no hub yet: give --hub URL (remembered after)")
        if not token:
            raise NotConfigured("no hub token yet: give --token-file FILE (or --token -)")
        remembered_insecure = self.state.get(K_INSECURE) == url.strip().rstrip("/")
        url = check_url(url, allow_insecure=o.allow_insecure or remembered_insecure)
        if o.remember:
            if o.hub_url and self.state.get(K_HUB) != url:
                self.state.set(K_HUB, url)
            if o.token and self.state.get(K_TOKEN) != token:
                self.state.set(K_TOKEN, token)
            if o.allow_insecure and urlsplit(url).scheme == "http":
                self.state.set(K_INSECURE, url)
        return url, token.strip()

    def check_hub(self) -> HubStatus:
        """Is the hub reachable from here now? One small request, no token sent."""
        try:
            url, token = self._config()
        except SyncError as exc:
            state = "insecure" if isinstance(exc, InsecureAddress) else "not_configured"
            return HubStatus(state, str(exc))
        return Transport(url, token, self.options, cancel=self.cancel).check_hub()

    # -- sync -------------------------------------------------------------------------------------
    def sync(self) -> SyncReport:
        """Push waiting edits and pull the hub's changes until both sides agree (or stopped).

        Raises a ``SyncError`` subclass when sync cannot run or go on (edits stay queued); the
        history keeps every sync, failures with their reason."""
        url, token = self._config()
        started = time.monotonic()
        self._report = SyncReport(hub=url)
        self._progress = SyncProgress("connecting")
        self._emit()
        error: SyncError | None = None
        link = Transport(
            url, token, self.options, cancel=self.cancel, on_bytes=self._sync_bytes,
            on_wait=self._waiting,
        )  # fmt: skip
        try:
            with link:
                self._link = link
                self.state.retry_parked()
                link.retrying(self._step, self._progress_marker, (StaleStateError,))
            self._report.complete = True
        except Cancelled:
            self._report.stopped = "cancelled"
            self._report.message = "sync cancelled; what arrived is kept"
        except BudgetReached as exc:
            self._report.stopped = "budget"
            self._report.message = str(exc)
        except SyncError as exc:
            error = exc
            raise
        finally:
            self._link = None
            self._sync_bytes()
            self._report.requests = link.traffic.requests
            self._report.retries = link.traffic.retries
            self._report.seconds = round(time.monotonic() - started, 3)
            self._report.records_up = self._progress.records_up
            self._report.records_down = self._progress.records_down
            self._report.pending = self.state.pending_counts()
            self._report.conflicts = self._report.pending.get("conflicts", 0)
            self._report.parked = self._report.pending.get("parked", 0)
            if self._report.parked and not self._report.message:
                self._report.message = _parked_message(self.state)
            cursor = self.state.cursor()
            self._report.cursor = cursor.seq if cursor else None
            self._progress.phase = "failed" if error is not None else "done"
            self._progress.message = str(error) if error is not None else self._report.message
            self._emit()
            self._remember(error)
        self.state.set(K_LAST, p.dumps(self._report.as_dict()).decode())
        if self._report.stopped is None:
            # Read by the status bar and printed on briefs ("catalogue as of last sync on ...").
            self.state.set(K_LAST_SYNC_AT, format_timestamp(utc_now()))
        return self._report

    def _remember(self, error: SyncError | None) -> None:
        """Add this sync to the history (``SyncState.history``); never fails the sync."""
        report = self._report
        outcome = "failed" if error else "done" if report.complete else "stopped"
        entry = {
            "at": format_timestamp(utc_now()),
            "outcome": outcome,
            **{k: v for k, v in report.as_dict().items() if k not in ("pending", "complete")},
        }
        if error is not None:
            entry["message"], entry["error"] = str(error), str(error.kind)
        elif outcome == "stopped" and not entry.get("message"):
            entry["message"] = "stopped"
        try:
            self.state.record_sync(entry)
        except Exception:  # a full disk or a locked file must not hide the sync's own result
            log.warning("could not keep the sync in the history", exc_info=True)

    def _progress_marker(self) -> tuple[int, int, int]:
        return (self._progress.records_down, self._progress.records_up, self._frames_applied)

    def _waiting(self, message: str) -> None:
        self._progress.phase = "waiting"
        self._progress.message = message
        self._emit()

    def _emit(self) -> None:
        self._last_emit = time.monotonic()
        if self.on_progress is not None:
            try:
                self.on_progress(SyncProgress(**asdict(self._progress)))
            except Exception:  # a broken progress display must not break the sync
                log.exception("progress callback failed")

    def _sync_bytes(self) -> None:
        link = self._link
        if link is None:
            return
        up, down = link.traffic.bytes_up, link.traffic.bytes_down
        changed = self._progress.bytes_up != up or self._progress.bytes_down != down
        self._progress.bytes_up = self._report.bytes_up = up
        self._progress.bytes_down = self._report.bytes_down = down
        self._report.records_up = self._progress.records_up
        self._report.records_down = self._progress.records_down
        if changed and time.monotonic() - self._last_emit >= 0.25:
            self._emit()

    def _remaining(self) -> int:
        assert self._link is not None
        return self._link.remaining()

    def _request(
        self, path: str, body: dict[str, Any], on_frame: Callable[[bytes, Any], None]
    ) -> None:
        assert self._link is not None
        self._link.request(path, body, on_frame)

    def _budget_message(self) -> str:
        assert self._link is not None
        return self._link.budget_message()

    # -- one step ---------------------------------------------------------------------------------
    def _step(self) -> bool:
        """One request. True when there is nothing more to do."""
        if self.state.cursor() is None or self.state.snapshot_progress() is not None:
            return self._snapshot_step()
        return self._exchange_step()

    def _snapshot_step(self) -> bool:
        self._progress.phase = "snapshot"
        progress = self.state.snapshot_progress()
        body: dict[str, Any] = {"after": None, "seq": None, "epoch": None}
        if progress:
            body.update(after=progress["after"], seq=progress["seq"], epoch=progress["epoch"])
        live: dict[str, Any] = dict(progress or {})

        def on_frame(kind: bytes, obj: Any) -> None:
            if kind == p.HEADER:
                head = p.read_message(p.SnapshotHeader, obj, "the snapshot's header")
                if head.key and (not self.state.get(K_HUB_KEY) or head.epoch != live.get("epoch")):
                    self.state.set(K_HUB_KEY, head.key.lower())
                if head.epoch != live.get("epoch") or head.seq != live.get("seq"):
                    self.state.start_snapshot(head.epoch, head.seq)
                    live.update(epoch=head.epoch, seq=head.seq, after=None)
                    fresh = self.state.snapshot_progress() or {}
                    live["after"] = fresh.get("after")
            elif kind == p.CHUNK:
                if "epoch" not in live:
                    raise p.MalformedFrame("a snapshot chunk came before its header")
                chunk = p.read_message(p.Chunk, obj, "a snapshot chunk")
                records = p.wire_records(chunk.r, "a snapshot chunk")
                applied = self.state.apply_snapshot_chunk(
                    live["epoch"], live["seq"], live["after"], chunk.after, records
                )
                live["after"] = chunk.after
                self._count_down(applied)
            elif kind == p.END:
                end = p.read_message(p.End, obj, "the snapshot's end")
                if end.done:
                    if "epoch" not in live:
                        raise p.MalformedFrame("the snapshot ended before its header")
                    self.state.finish_snapshot(live["epoch"], live["seq"])
                elif end.need and end.need + MIN_EXCHANGE > self._remaining():
                    raise BudgetReached(self._budget_message())
            else:
                raise p.MalformedFrame(f"a snapshot holds an unknown frame {kind!r}")

        self._request("/v1/snapshot", body, on_frame)
        return False  # the change feed follows the snapshot (or the snapshot goes on)

    def _exchange_step(self) -> bool:
        self._progress.phase = "exchange"
        cursor = self.state.cursor()
        assert cursor is not None
        ops = self.state.freeze()
        batch = self._batch(ops)
        want = self.state.wanted()[: p.MAX_WANT // 2]
        body = {
            "cat": self.store.catalogue_id(),
            "epoch": cursor.epoch,
            "cursor": cursor.seq,
            "ops": batch,
            "want": want,
            "rc": self.state.review_cursor(),  # protocol 2: decisions after this one
        }
        seq = cursor.seq
        more = reset = False

        def on_frame(kind: bytes, obj: Any) -> None:
            nonlocal seq, more, reset
            if kind == p.HEADER:
                head = p.read_message(p.ExchangeHeader, obj, "the exchange's header")
                if head.snapshot:
                    self.state.reset_for_new_hub()
                    reset = True
                    return
                if len(head.res) != len(batch):
                    raise p.MalformedFrame("the hub answered another number of operations")
                results = [
                    p.expand_result(op["o"], a) for op, a in zip(batch, head.res, strict=True)
                ]
                answered, _wanted = self.state.apply_results(results)
                if head.rc is not None:
                    decisions = [p.Decision.from_wire(item) for item in head.rv]
                    self.state.apply_decisions(decisions, head.rc)
                self._progress.records_up += answered
                self._frames_applied += 1
                self._emit()
            elif kind == p.WANTED:
                wanted = p.read_message(p.Wanted, obj, "the records asked for")
                applied = self.state.apply_wanted(p.wire_records(wanted.r, "a record asked for"))
                self.state.clear_wanted(want)
                self._count_down(applied)
            elif kind == p.PAGE:
                page = p.read_message(p.Page, obj, f"the page after change {seq}")
                if page.c < seq:
                    raise p.MalformedFrame(f"a page goes back from change {seq} to {page.c}")
                records = p.wire_records(page.r, f"the page after change {seq}")
                applied = self.state.apply_page(cursor.epoch, seq, page.c, records, page.s)
                seq = page.c
                self._count_down(applied)
            elif kind == p.END:
                end = p.read_message(p.End, obj, "the exchange's end")
                more = end.more
                if end.more and end.need + MIN_EXCHANGE > self._remaining():
                    raise BudgetReached(self._budget_message())
            else:
                raise p.MalformedFrame(f"an exchange holds an unknown frame {kind!r}")

        self._request("/v1/sync", body, on_frame)
        if reset:
            return False
        if more or len(batch) < len(ops) or self.state.wanted():
            return False
        return not self.state.freeze()  # edits made meanwhile go in one more exchange

    def _count_down(self, applied: Any) -> None:
        self._progress.records_down += applied.records
        self._frames_applied += 1
        self._emit()

    def _batch(self, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """As many operations (smallest first) as fit one push chunk and the budget."""
        if not ops:
            return []
        room = self._remaining() - MIN_EXCHANGE
        target = min(PUSH_TARGET, room)
        batch: list[dict[str, Any]] = []
        estimate = 0
        for op in ops:
            size = len(p.compress(p.dumps(op), 3)) + 8
            if batch and (estimate + size > target or len(batch) >= p.MAX_OPS):
                break
            if not batch and size > room:
                raise BudgetReached(self._budget_message())
            batch.append(op)
            estimate += size
        return batch


def _parked_message(state: SyncState) -> str:
    parked = state.parked()
    first = parked[0] if parked else None
    detail = f" (first: {first.title or first.solution_id}: {first.reason})" if first else ""
    return (
        f"{len(parked)} hub record(s) set aside: this version of SSC Desktop cannot accept them "
        f"yet{detail}; they are tried again at every sync, so updating the program brings them in"
    )
