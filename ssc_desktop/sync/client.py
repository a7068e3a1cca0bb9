"""The sync client: what ``ssc-desktop sync`` and the window's sync button run.

``SyncClient.sync()`` is blocking and meant for a worker thread: it reports progress through a
callback (records and bytes each way) and stops at the next frame when its cancel event is set.
Bad links are the normal case here:

* timeouts only fire when no byte moved for ``stall_timeout`` seconds (httpx timeouts apply to
  each socket read and write, and request bodies go out in small pieces), never on a slow but
  live transfer;
* a failed request is retried with exponential backoff and jitter; any progress (a frame
  applied) resets the backoff; only a long run of failures with no progress gives up;
* every frame that arrives whole and checked is applied and committed at once, so after a cut
  the next request starts from there: at most one page or chunk is sent again;
* a response without the hub's ``ssc-hub`` header (a captive portal's login page, a redirect) is
  never taken for an answer: the user is told the network needs sign-in;
* with a data budget, no request is sent that could take the total past it, and the hub is
  told how many bytes it may answer with.
"""

from __future__ import annotations

import ipaddress
import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from ssc_desktop import __version__
from ssc_desktop.storage.repository import CatalogueStore
from ssc_desktop.sync import protocol as p
from ssc_desktop.sync.state import (
    K_HUB,
    K_HUB_KEY,
    K_INSECURE,
    K_LAST,
    K_LAST_SYNC_AT,
    K_TOKEN,
    Conflict,
    StaleStateError,
    SyncState,
)

log = logging.getLogger(__name__)

PUSH_TARGET = 24 * 1024  # compressed operations in one request: what a cut can cost again
PIECE = 1024  # request bodies go out in pieces this size (stall timer, cancel, byte count)
READ_PIECE = 4096
RESPONSE_RESERVE = 400  # response status line and headers, counted against the budget
MIN_EXCHANGE = 1200  # below this much budget left, no request is worth sending
MIN_RESPONSE = 300  # the smallest answer worth asking for (header and end frames)
MAX_RESPONSE = 16 * 1024 * 1024


class SyncError(Exception):
    """Sync stopped for a reason to tell the user as it is (``kind`` says which)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class _Transient(Exception):
    """Worth trying again after a pause (a cut, a stall, a damaged frame, a busy hub)."""


class _Cancelled(Exception):
    pass


class _BudgetReached(Exception):
    pass


@dataclass
class SyncProgress:
    """What the window shows while a sync runs."""

    phase: str  # connecting, snapshot, exchange, waiting, done
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


@dataclass(frozen=True)
class HubStatus:
    """The answer of a reachability check."""

    state: str  # ok, captive_portal, unreachable, incompatible, insecure, not_configured
    message: str

    @property
    def ok(self) -> bool:
        return self.state == "ok"


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str, *, allow_insecure: bool = False) -> str:
    """The hub URL, normalised; plain http only to this machine unless explicitly allowed."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError("config", f"not a hub address: {url!r} (expected https://host[:port])")
    if parts.scheme == "http" and not is_loopback(parts.hostname) and not allow_insecure:
        raise SyncError(
            "insecure",
            f"refusing to send the office token in clear to {parts.hostname} over plain http; "
            "use the hub's https address (see docs/sync.md), or --allow-insecure on a trusted "
            "network",
        )
    return url


class SyncClient:
    """Syncs one catalogue with its hub. Safe to run in a worker thread."""

    def __init__(
        self,
        store: CatalogueStore,
        *,
        hub_url: str | None = None,
        token: str | None = None,
        allow_insecure: bool = False,
        budget_bytes: int | None = None,
        stall_timeout: float = 30.0,
        progress: Callable[[SyncProgress], None] | None = None,
        cancel: threading.Event | None = None,
        max_failures: int = 8,
        backoff_base: float = 1.0,
        backoff_cap: float = 120.0,
        remember: bool = True,
        protocol_version: int = p.PROTOCOL_VERSION,
        protocol_min: int = p.PROTOCOL_MIN,
    ) -> None:
        self.store = store
        self.state = SyncState(store)
        self._hub_arg, self._token_arg = hub_url, token
        self.allow_insecure = allow_insecure
        self.budget = budget_bytes
        self.stall_timeout = stall_timeout
        self.on_progress = progress
        self.cancel = cancel or threading.Event()
        self.max_failures = max_failures
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.remember = remember
        self.version = protocol_version
        self.version_min = protocol_min
        self._rng = random.Random()
        self._progress = SyncProgress("connecting")
        self._report = SyncReport(hub="")
        self._http: httpx.Client | None = None
        self._non_hub_answers = 0
        self._frames_applied = 0
        self._last_emit = 0.0

    # -- configuration ----------------------------------------------------------------------------
    def _config(self) -> tuple[str, str]:
        url = self._hub_arg or self.state.get(K_HUB)
        token = self._token_arg or self.state.get(K_TOKEN)
        if not url:
            raise SyncError("not_configured", "no hub yet: give --hub URL (remembered after)")
        if not token:
            raise SyncError("not_configured", "no hub token yet: give --token TOKEN")
        remembered_insecure = self.state.get(K_INSECURE) == url.strip().rstrip("/")
        url = check_url(url, allow_insecure=self.allow_insecure or remembered_insecure)
        if self.remember:
            if self._hub_arg and self.state.get(K_HUB) != url:
                self.state.set(K_HUB, url)
            if self._token_arg and self.state.get(K_TOKEN) != token:
                self.state.set(K_TOKEN, token)
            if self.allow_insecure and urlsplit(url).scheme == "http":
                self.state.set(K_INSECURE, url)
        return url, token.strip()

    # -- the Python API for the window ------------------------------------------------------------
    def conflicts(self) -> list[Conflict]:
        return self.state.conflicts()

    def resolve_conflict(
        self, solution_id: str, field_name: str, choice: str, value: Any = None
    ) -> Any:
        return self.state.resolve(solution_id, field_name, choice, value)

    def check_hub(self) -> HubStatus:
        """Is the hub reachable from here now? One small request, no token sent."""
        try:
            url, _token = self._config()
        except SyncError as exc:
            state = "insecure" if exc.kind == "insecure" else "not_configured"
            return HubStatus(state, str(exc))
        try:
            with self._client() as client:
                response = client.get(url + "/health")
        except httpx.HTTPError as exc:
            return HubStatus("unreachable", f"the hub does not answer ({type(exc).__name__})")
        if response.headers.get(p.HEADER_HUB) != "1":
            return HubStatus("captive_portal", _CAPTIVE)
        try:
            low, high = response.json()["protocol"]
        except (ValueError, KeyError, TypeError):
            return HubStatus("unreachable", "the hub's answer is damaged")
        if high < self.version_min or low > self.version:
            return HubStatus("incompatible", _incompatible(int(low), int(high), self))
        return HubStatus("ok", "the hub is reachable")

    # -- sync -------------------------------------------------------------------------------------
    def sync(self) -> SyncReport:
        """Push waiting edits and pull the hub's changes until both sides agree (or stopped)."""
        url, token = self._config()
        started = time.monotonic()
        self._report = SyncReport(hub=url)
        self._progress = SyncProgress("connecting")
        self._emit()
        failures = 0
        error: SyncError | None = None
        try:
            with self._client() as client:
                self._http = client
                while True:
                    if self.cancel.is_set():
                        raise _Cancelled
                    before = self._progress_marker()
                    try:
                        if self._step(url, token):
                            break
                        failures = 0
                    except (_Transient, StaleStateError) as exc:
                        self._report.retries += 1
                        failures = 0 if self._progress_marker() != before else failures + 1
                        if failures >= self.max_failures:
                            raise SyncError(
                                "unreachable",
                                f"the hub could not be reached after {failures} tries "
                                f"({exc}); your edits stay queued for the next sync",
                            ) from exc
                        self._wait(failures, str(exc))
            self._report.complete = True
        except _Cancelled:
            self._report.stopped = "cancelled"
            self._report.message = "sync cancelled; what arrived is kept"
        except _BudgetReached as exc:
            self._report.stopped = "budget"
            self._report.message = str(exc)
        except SyncError as exc:
            error = exc
            raise
        finally:
            self._http = None
            self._report.seconds = round(time.monotonic() - started, 3)
            self._report.records_up = self._progress.records_up
            self._report.records_down = self._progress.records_down
            self._report.pending = self.state.pending_counts()
            self._report.conflicts = self._report.pending.get("conflicts", 0)
            cursor = self.state.cursor()
            self._report.cursor = cursor.seq if cursor else None
            self._progress.phase = "done"
            self._emit()
            self._remember(error)
        self.state.set(K_LAST, p.dumps(self._report.as_dict()).decode())
        if self._report.stopped is None:
            # Read by the status bar and printed on briefs ("catalogue as of last sync on ...").
            from ssc_desktop.domain.model import format_timestamp, utc_now

            self.state.set(K_LAST_SYNC_AT, format_timestamp(utc_now()))
        return self._report

    def _remember(self, error: SyncError | None) -> None:
        """Add this sync to the history (``SyncState.history``); never fails the sync."""
        from ssc_desktop.domain.model import format_timestamp, utc_now

        report = self._report
        outcome = "failed" if error else "done" if report.complete else "stopped"
        entry = {
            "at": format_timestamp(utc_now()),
            "outcome": outcome,
            **{k: v for k, v in report.as_dict().items() if k not in ("pending", "complete")},
        }
        if error is not None:
            entry["message"], entry["error"] = str(error), error.kind
        try:
            self.state.record_sync(entry)
        except Exception:  # a full disk or a locked file must not hide the sync's own result
            log.warning("could not keep the sync in the history", exc_info=True)

    def _progress_marker(self) -> tuple[int, int, int]:
        return (self._progress.records_down, self._progress.records_up, self._frames_applied)

    def _wait(self, failures: int, why: str) -> None:
        ceiling = min(self.backoff_cap, self.backoff_base * 2 ** (failures - 1))
        delay = ceiling / 2 + self._rng.uniform(0, ceiling / 2)  # "equal jitter"
        self._progress.phase = "waiting"
        self._progress.message = f"link problem ({why}); trying again in {delay:.0f} s"
        self._emit()
        if self.cancel.wait(delay):
            raise _Cancelled

    def _client(self) -> httpx.Client:
        timeout = httpx.Timeout(self.stall_timeout)
        client = httpx.Client(timeout=timeout, follow_redirects=False)
        client.headers = httpx.Headers({"user-agent": f"ssc-desktop/{__version__}"})
        return client

    def _emit(self) -> None:
        self._last_emit = time.monotonic()
        if self.on_progress is not None:
            try:
                self.on_progress(SyncProgress(**asdict(self._progress)))
            except Exception:  # a broken progress display must not break the sync
                log.exception("progress callback failed")

    # -- one step ---------------------------------------------------------------------------------
    def _step(self, url: str, token: str) -> bool:
        """One request. True when there is nothing more to do."""
        if self.state.cursor() is None or self.state.snapshot_progress() is not None:
            return self._snapshot_step(url, token)
        return self._exchange_step(url, token)

    def _remaining(self) -> int:
        if self.budget is None:
            return MAX_RESPONSE * 4
        return self.budget - self._report.bytes_up - self._report.bytes_down

    def _snapshot_step(self, url: str, token: str) -> bool:
        self._progress.phase = "snapshot"
        progress = self.state.snapshot_progress()
        body: dict[str, Any] = {"after": None, "seq": None, "epoch": None}
        if progress:
            body.update(after=progress["after"], seq=progress["seq"], epoch=progress["epoch"])
        live: dict[str, Any] = dict(progress or {})
        done = False

        def on_frame(kind: bytes, obj: Any) -> None:
            nonlocal done
            if kind == p.HEADER:
                if obj.get("key") and (
                    not self.state.get(K_HUB_KEY) or obj.get("epoch") != live.get("epoch")
                ):
                    self.state.set(K_HUB_KEY, str(obj["key"]))
                if obj.get("epoch") != live.get("epoch") or obj.get("seq") != live.get("seq"):
                    self.state.start_snapshot(str(obj["epoch"]), int(obj["seq"]))
                    live.update(epoch=obj["epoch"], seq=obj["seq"], after=None)
                    fresh = self.state.snapshot_progress() or {}
                    live["after"] = fresh.get("after")
            elif kind == p.CHUNK:
                applied = self.state.apply_snapshot_chunk(
                    live["epoch"], live["seq"], live["after"], obj["after"], obj["r"]
                )
                live["after"] = obj["after"]
                self._progress.records_down += applied.records
                self._frames_applied += 1
                self._emit()
            elif kind == p.END:
                if obj.get("done"):
                    self.state.finish_snapshot(live["epoch"], live["seq"])
                    done = True
                elif obj.get("need") and obj["need"] + MIN_EXCHANGE > self._remaining():
                    raise _BudgetReached(_budget_message(self))

        self._request(url, token, "/v1/snapshot", body, on_frame)
        return False  # the change feed follows the snapshot (or the snapshot goes on)

    def _exchange_step(self, url: str, token: str) -> bool:
        self._progress.phase = "exchange"
        cursor = self.state.cursor()
        assert cursor is not None
        ops = self.state.freeze()
        batch = self._batch(ops)
        want = self.state.wanted()[:500]
        body = {
            "cat": self.store.catalogue_id(),
            "epoch": cursor.epoch,
            "cursor": cursor.seq,
            "ops": batch,
            "want": want,
        }
        seq = cursor.seq
        outcome = {"more": False, "reset": False, "answered": 0}

        def on_frame(kind: bytes, obj: Any) -> None:
            nonlocal seq
            if kind == p.HEADER:
                if obj.get("snapshot"):
                    self.state.reset_for_new_hub()
                    outcome["reset"] = True
                    return
                answers = obj.get("res") or []
                if len(answers) != len(batch):
                    raise p.ProtocolError("the hub answered another number of operations")
                results = [
                    p.expand_result(op["o"], a) for op, a in zip(batch, answers, strict=True)
                ]
                answered, _wanted = self.state.apply_results(results)
                outcome["answered"] = answered
                self._progress.records_up += answered
                self._frames_applied += 1
                self._emit()
            elif kind == p.WANTED:
                applied = self.state.apply_wanted(obj.get("r") or [])
                self.state.clear_wanted(want)
                self._progress.records_down += applied.records
            elif kind == p.PAGE:
                applied = self.state.apply_page(
                    cursor.epoch, seq, int(obj["c"]), obj.get("r") or [], obj.get("s") or []
                )
                seq = int(obj["c"])
                self._progress.records_down += applied.records
                self._frames_applied += 1
                self._emit()
            elif kind == p.END:
                outcome["more"] = bool(obj.get("more"))
                if obj.get("more") and obj.get("need", 0) + MIN_EXCHANGE > self._remaining():
                    raise _BudgetReached(_budget_message(self))

        self._request(url, token, "/v1/sync", body, on_frame)
        if outcome["reset"]:
            return False
        if outcome["more"] or len(batch) < len(ops) or self.state.wanted():
            return False
        return not self.state.freeze()  # edits made meanwhile go in one more exchange

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
            if batch and estimate + size > target:
                break
            if not batch and size > room:
                raise _BudgetReached(_budget_message(self))
            batch.append(op)
            estimate += size
        return batch

    # -- HTTP -------------------------------------------------------------------------------------
    def _request(
        self,
        url: str,
        token: str,
        path: str,
        body: dict[str, Any],
        on_frame: Callable[[bytes, Any], None],
    ) -> None:
        assert self._http is not None
        remaining = self._remaining()
        payload = p.encode_stream([p.encode_frame(p.REQUEST, {**body, "max": 0})])
        headers = {
            "authorization": f"Bearer {token}",
            p.HEADER_PROTOCOL: str(self.version),
            "content-type": p.MEDIA_TYPE,
        }
        request_size = len(payload) + _head_size(path, url, headers, len(payload)) + 16
        allowance = remaining - request_size - RESPONSE_RESERVE
        if self.budget is not None and allowance < MIN_RESPONSE:
            raise _BudgetReached(_budget_message(self))
        body["max"] = max(256, min(MAX_RESPONSE, allowance))
        payload = p.encode_stream([p.encode_frame(p.REQUEST, body)])
        headers["content-length"] = str(len(payload))
        request = self._http.build_request(
            "POST", url + path, headers=headers, content=self._pieces(payload)
        )
        self._report.requests += 1
        self._report.bytes_up += _request_head(request)
        self._sync_bytes()
        try:
            response = self._http.send(request, stream=True)
        except httpx.TimeoutException as exc:
            raise _Transient(f"no byte moved for {self.stall_timeout:g} s") from exc
        except httpx.TransportError as exc:
            raise _Transient(f"connection failed: {type(exc).__name__}") from exc
        try:
            self._report.bytes_down += _response_head(response)
            self._sync_bytes()
            self._check_response(response)
            reader = p.FrameReader()
            ended = False
            try:
                for piece in response.iter_raw(READ_PIECE):
                    self._report.bytes_down += len(piece)
                    self._sync_bytes()
                    if self.cancel.is_set():
                        raise _Cancelled
                    for kind, obj in reader.feed(piece):
                        if kind == p.END:
                            ended = True
                        on_frame(kind, obj)
            except p.ProtocolError as exc:
                raise _Transient(f"a damaged frame was refused ({exc})") from exc
            except httpx.TimeoutException as exc:
                raise _Transient(f"no byte moved for {self.stall_timeout:g} s") from exc
            except httpx.TransportError as exc:
                raise _Transient(f"the connection was cut ({type(exc).__name__})") from exc
            if not ended:
                raise _Transient("the answer was cut short")
        finally:
            response.close()

    def _pieces(self, payload: bytes) -> Iterator[bytes]:
        for start in range(0, len(payload), PIECE):
            if self.cancel.is_set():
                raise _Cancelled
            piece = payload[start : start + PIECE]
            self._report.bytes_up += len(piece)
            self._sync_bytes()
            yield piece

    def _sync_bytes(self) -> None:
        changed = (
            self._progress.bytes_up != self._report.bytes_up
            or self._progress.bytes_down != self._report.bytes_down
        )
        self._progress.bytes_up = self._report.bytes_up
        self._progress.bytes_down = self._report.bytes_down
        self._report.records_up = self._progress.records_up
        self._report.records_down = self._progress.records_down
        now = time.monotonic()
        if changed and now - self._last_emit >= 0.25:
            self._emit()

    def _check_response(self, response: httpx.Response) -> None:
        from_hub = response.headers.get(p.HEADER_HUB) == "1"
        if not from_hub:
            self._non_hub_answers += 1
            looks_captive = 300 <= response.status_code < 400 or (
                response.status_code in (200, 511)
                and "html" in response.headers.get("content-type", "").lower()
            )
            if looks_captive and self._non_hub_answers >= 2:
                raise SyncError("captive_portal", _CAPTIVE)
            raise _Transient(f"an answer that is not the hub's (HTTP {response.status_code})")
        self._non_hub_answers = 0
        if response.status_code == 200:
            if response.headers.get("content-type", "").split(";")[0] != p.MEDIA_TYPE:
                raise _Transient("the hub's answer has the wrong type")
            return
        try:
            response.read()
            error = response.json()
        except (ValueError, httpx.HTTPError):
            error = {}
        code = str(error.get("error", ""))
        message = str(error.get("message", f"HTTP {response.status_code}"))
        if response.status_code == 401:
            raise SyncError(
                "unauthorized",
                f"the hub refused this office's token ({message}); ask the hub administrator "
                "for a new one and give it with --token",
            )
        if code == "protocol_unsupported":
            low, high = int(error.get("hub_min", 0)), int(error.get("hub_max", 0))
            usable = min(high, p.PROTOCOL_VERSION)
            if self.version_min <= usable < self.version and usable >= low:
                self.version = usable  # an older hub: speak its newest version we know
                raise _Transient(f"speaking protocol {usable}, the hub's")
            raise SyncError("incompatible", _incompatible(low, high, self))
        if code == "bad_frame" or response.status_code >= 500 or response.status_code == 429:
            raise _Transient(message)
        raise SyncError("refused", f"the hub refused the request: {message}")


_CAPTIVE = (
    "the network needs sign-in: open a web browser, sign in to the network (hotel, airport or "
    "office Wi-Fi page), then sync again"
)


def _incompatible(low: int, high: int, client: SyncClient) -> str:
    if high < client.version_min:
        return (
            f"the hub is older than this program (hub speaks sync protocol {low}-{high}, this "
            f"program needs {client.version_min} or newer); ask the administrator to update the "
            "hub. Your edits stay queued."
        )
    return (
        f"this program is too old for the hub (hub speaks sync protocol {low}-{high}, this "
        f"program {client.version_min}-{client.version}); update SSC Desktop. Your edits stay "
        "queued."
    )


def _budget_message(client: SyncClient) -> str:
    used = client._report.bytes_up + client._report.bytes_down
    return (
        f"stopped at the data budget ({used / 1e6:.2f} of {client.budget / 1e6:.2f} MB used); "
        "what arrived is kept, and the next sync goes on from there"
        if client.budget is not None
        else "stopped"
    )


def _head_size(path: str, url: str, headers: dict[str, str], length: int) -> int:
    host = urlsplit(url).netloc
    size = len(f"POST {path} HTTP/1.1\r\n") + len(f"host: {host}\r\n") + 2
    size += sum(len(k) + len(v) + 4 for k, v in headers.items())
    size += len(f"content-length: {length}\r\n") + 80  # user-agent and the like
    return size


def _request_head(request: httpx.Request) -> int:
    line = len(request.method) + len(request.url.raw_path) + 12
    return line + sum(len(k) + len(v) + 4 for k, v in request.headers.raw) + 2


def _response_head(response: httpx.Response) -> int:
    line = 13 + len(response.reason_phrase or "") + 2
    return line + sum(len(k) + len(v) + 4 for k, v in response.headers.raw) + 2
