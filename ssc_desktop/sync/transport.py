"""HTTP for sync: one request at a time over a poor link, retried with backoff.

* timeouts only fire when no byte moved for ``stall_timeout`` seconds (httpx timeouts apply to
  each socket read and write, and request bodies go out in small pieces), never on a slow but
  live transfer;
* ``Transport.retrying`` runs a step again after a transient failure with exponential backoff
  and jitter; any progress resets the backoff; only a long run of failures with no progress
  gives up; a name that does not resolve gives up after a few tries (it will not come back in
  two minutes);
* a response without the hub's ``ssc-hub`` header (a captive portal's login page, a redirect) is
  never taken for an answer;
* bytes are counted as they cross the link (a request that never connected counts nothing),
  and with a data budget no request is sent that could take the total past it.
"""

from __future__ import annotations

import functools
import ipaddress
import logging
import random
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import certifi
import httpx

from ssc_desktop import __version__
from ssc_desktop.sync import protocol as p
from ssc_desktop.sync.errors import (
    BadAddress,
    CaptivePortal,
    HubProtocolError,
    Incompatible,
    InsecureAddress,
    Refused,
    SyncError,
    Unauthorized,
    Unreachable,
)

log = logging.getLogger(__name__)

PIECE = 1024  # request bodies go out in pieces this size (stall timer, cancel, byte count)
READ_PIECE = 4096
RESPONSE_RESERVE = 400  # response status line and headers, counted against the budget
MIN_EXCHANGE = 1200  # below this much budget left, no request is worth sending
MIN_RESPONSE = 300  # the smallest answer worth asking for (header and end frames)
MAX_RESPONSE = 16 * 1024 * 1024

CAPTIVE = (
    "the network needs sign-in: open a web browser, sign in to the network (hotel, airport or "
    "office Wi-Fi page), then sync again"
)


@dataclass(frozen=True)
class SyncOptions:
    """How one sync runs. ``hub_url`` and ``token`` default to the ones the catalogue
    remembers; given here, they are remembered (unless ``remember`` is False)."""

    hub_url: str | None = None
    token: str | None = None
    allow_insecure: bool = False
    budget_bytes: int | None = None
    stall_timeout: float = 30.0
    max_failures: int = 8
    backoff_base: float = 1.0
    backoff_cap: float = 120.0
    dns_attempts: int = 3  # a name that does not resolve: tries before giving up
    remember: bool = True
    protocol_version: int = p.PROTOCOL_VERSION
    protocol_min: int = p.PROTOCOL_MIN


class Transient(Exception):
    """Worth trying again after a pause (a cut, a stall, a damaged frame, a busy hub)."""


class NameNotFound(Transient):
    """The hub's host name does not resolve (no network, or a mistyped address)."""


class Cancelled(Exception):
    pass


class BudgetReached(Exception):
    pass


@dataclass
class Traffic:
    """What crossed the link (headers and HTTP framing included)."""

    bytes_up: int = 0
    bytes_down: int = 0
    requests: int = 0
    retries: int = 0


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
        raise BadAddress(f"not a hub address: {url!r} (expected https://host[:port])")
    if parts.scheme == "http" and not is_loopback(parts.hostname) and not allow_insecure:
        raise InsecureAddress(
            f"refusing to send the office token in clear to {parts.hostname} over plain http; "
            "use the hub's https address (see docs/sync.md), or --allow-insecure on a trusted "
            "network"
        )
    return url


def _name_not_found(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, socket.gaierror):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class Transport:
    """The link to one hub for one sync (use as a context manager)."""

    def __init__(
        self,
        url: str,
        token: str,
        options: SyncOptions,
        *,
        cancel: threading.Event,
        on_bytes: Callable[[], None] = lambda: None,
        on_wait: Callable[[str], None] = lambda _message: None,
    ) -> None:
        self.url = url
        self.token = token
        self.options = options
        self.cancel = cancel
        self.on_bytes = on_bytes
        self.on_wait = on_wait
        self.traffic = Traffic()
        self.version = options.protocol_version
        self._rng = random.Random()
        self._http: httpx.Client | None = None
        self._non_hub_answers = 0

    def __enter__(self) -> Transport:
        self._http = make_http_client(self.options.stall_timeout)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or self.url

    def remaining(self) -> int:
        budget = self.options.budget_bytes
        if budget is None:
            return MAX_RESPONSE * 4
        return budget - self.traffic.bytes_up - self.traffic.bytes_down

    def budget_message(self) -> str:
        budget = self.options.budget_bytes
        if budget is None:
            return "stopped"
        used = self.traffic.bytes_up + self.traffic.bytes_down
        return (
            f"stopped at the data budget ({used / 1e6:.2f} of {budget / 1e6:.2f} MB used); "
            "what arrived is kept, and the next sync goes on from there"
        )

    # -- retries ----------------------------------------------------------------------------------
    def retrying(
        self,
        step: Callable[[], bool],
        marker: Callable[[], object],
        transient: tuple[type[BaseException], ...] = (),
    ) -> None:
        """Run ``step`` until it returns True, waiting after transient failures."""
        failures = 0
        names_not_found = 0
        retry_on: tuple[type[BaseException], ...] = (Transient, *transient)
        while True:
            if self.cancel.is_set():
                raise Cancelled
            before = marker()
            try:
                if step():
                    return
                failures = names_not_found = 0
            except retry_on as exc:
                self.traffic.retries += 1
                failures = 0 if marker() != before else failures + 1
                if isinstance(exc, NameNotFound):
                    names_not_found += 1
                    if names_not_found >= self.options.dns_attempts:
                        raise Unreachable(
                            f"the hub's address {self.host} cannot be found (tried "
                            f"{names_not_found} times): check the address, or whether this "
                            "computer is online; your edits stay queued"
                        ) from exc
                elif failures >= self.options.max_failures:
                    raise Unreachable(
                        f"the hub could not be reached after {failures} tries ({exc}); your "
                        "edits stay queued for the next sync"
                    ) from exc
                self._wait(max(failures, names_not_found), str(exc))

    def _wait(self, failures: int, why: str) -> None:
        ceiling = min(self.options.backoff_cap, self.options.backoff_base * 2 ** (failures - 1))
        delay = ceiling / 2 + self._rng.uniform(0, ceiling / 2)  # "equal jitter"
        self.on_wait(f"link problem ({why}); trying again in {delay:.0f} s")
        if self.cancel.wait(delay):
            raise Cancelled

    # -- one request ------------------------------------------------------------------------------
    def request(
        self, path: str, body: dict[str, Any], on_frame: Callable[[bytes, Any], None]
    ) -> None:
        """POST one request frame; hand each checked response frame to ``on_frame``."""
        assert self._http is not None, "use the transport as a context manager"
        remaining = self.remaining()
        payload = p.encode_stream([p.encode_frame(p.REQUEST, {**body, "max": 0})])
        headers = {
            "authorization": f"Bearer {self.token}",
            p.HEADER_PROTOCOL: str(self.version),
            "content-type": p.MEDIA_TYPE,
        }
        request_size = len(payload) + _head_size(path, self.url, headers, len(payload)) + 16
        allowance = remaining - request_size - RESPONSE_RESERVE
        if self.options.budget_bytes is not None and allowance < MIN_RESPONSE:
            raise BudgetReached(self.budget_message())
        body["max"] = max(256, min(MAX_RESPONSE, allowance))
        payload = p.encode_stream([p.encode_frame(p.REQUEST, body)])
        headers["content-length"] = str(len(payload))
        request = self._http.build_request(
            "POST", self.url + path, headers=headers, content=self._pieces(payload)
        )
        self._head = _request_head(request)
        try:
            response = self._http.send(request, stream=True)
        except httpx.TimeoutException as exc:
            raise Transient(f"no byte moved for {self.options.stall_timeout:g} s") from exc
        except httpx.TransportError as exc:
            if _name_not_found(exc):
                raise NameNotFound(f"looking up {self.host} failed") from exc
            raise Transient(f"connection failed: {type(exc).__name__}") from exc
        try:
            self.traffic.bytes_down += _response_head(response)
            self.on_bytes()
            self._check_response(response)
            self._read_frames(response, on_frame)
        finally:
            response.close()

    def _read_frames(
        self, response: httpx.Response, on_frame: Callable[[bytes, Any], None]
    ) -> None:
        reader = p.FrameReader()
        ended = False
        try:
            for piece in response.iter_raw(READ_PIECE):
                self.traffic.bytes_down += len(piece)
                self.on_bytes()
                if self.cancel.is_set():
                    raise Cancelled
                for kind, obj in reader.feed(piece):
                    if kind == p.END:
                        ended = True
                    on_frame(kind, obj)
        except p.MalformedFrame as exc:
            raise HubProtocolError(
                f"the hub's answer is malformed: {exc}; nothing of it was applied past the "
                "last good page (the hub may be broken, or not the hub)"
            ) from exc
        except p.ProtocolError as exc:
            raise Transient(f"a damaged frame was refused ({exc})") from exc
        except httpx.TimeoutException as exc:
            raise Transient(f"no byte moved for {self.options.stall_timeout:g} s") from exc
        except httpx.TransportError as exc:
            raise Transient(f"the connection was cut ({type(exc).__name__})") from exc
        if not ended:
            raise Transient("the answer was cut short")

    def _pieces(self, payload: bytes) -> Iterator[bytes]:
        # httpx pulls the body once connected: the head is counted then, with the first piece.
        for start in range(0, len(payload), PIECE):
            if self.cancel.is_set():
                raise Cancelled
            piece = payload[start : start + PIECE]
            if start == 0:
                self.traffic.requests += 1
                self.traffic.bytes_up += self._head
            self.traffic.bytes_up += len(piece)
            self.on_bytes()
            yield piece

    def _check_response(self, response: httpx.Response) -> None:
        from_hub = response.headers.get(p.HEADER_HUB) == "1"
        if not from_hub:
            self._non_hub_answers += 1
            looks_captive = 300 <= response.status_code < 400 or (
                response.status_code in (200, 511)
                and "html" in response.headers.get("content-type", "").lower()
            )
            if looks_captive and self._non_hub_answers >= 2:
                raise CaptivePortal(CAPTIVE)
            raise Transient(f"an answer that is not the hub's (HTTP {response.status_code})")
        self._non_hub_answers = 0
        if response.status_code == 200:
            if response.headers.get("content-type", "").split(";")[0] != p.MEDIA_TYPE:
                raise Transient("the hub's answer has the wrong type")
            return
        try:
            response.read()
            self.traffic.bytes_down += len(response.content)
            error = response.json()
            if not isinstance(error, dict):
                error = {}
        except (ValueError, httpx.HTTPError):
            error = {}
        code = str(error.get("error", ""))
        message = str(error.get("message", f"HTTP {response.status_code}"))[:300]
        if response.status_code == 401:
            raise Unauthorized(
                f"the hub refused this office's token ({message}); ask the hub administrator "
                "for a new one and give it with --token"
            )
        if code == "protocol_unsupported":
            try:
                low, high = int(error.get("hub_min", 0)), int(error.get("hub_max", 0))
            except (TypeError, ValueError):
                low = high = 0
            usable = min(high, p.PROTOCOL_VERSION)
            if self.options.protocol_min <= usable < self.version and usable >= low:
                self.version = usable  # an older hub: speak its newest version we know
                raise Transient(f"speaking protocol {usable}, the hub's")
            raise Incompatible(incompatible_message(low, high, self.options, self.version))
        if code == "bad_frame" or response.status_code >= 500 or response.status_code == 429:
            raise Transient(message)
        raise Refused(f"the hub refused the request: {message}")

    # -- reachability -----------------------------------------------------------------------------
    def check_hub(self) -> HubStatus:
        """Is the hub reachable from here now? One small request, no token sent."""
        try:
            with make_http_client(self.options.stall_timeout) as client:
                response = client.get(self.url + "/health")
        except httpx.HTTPError as exc:
            return HubStatus("unreachable", f"the hub does not answer ({type(exc).__name__})")
        if response.headers.get(p.HEADER_HUB) != "1":
            return HubStatus("captive_portal", CAPTIVE)
        try:
            low, high = response.json()["protocol"]
            low, high = int(low), int(high)
        except (ValueError, KeyError, TypeError):
            return HubStatus("unreachable", "the hub's answer is damaged")
        if high < self.options.protocol_min or low > self.version:
            return HubStatus(
                "incompatible", incompatible_message(low, high, self.options, self.version)
            )
        return HubStatus("ok", "the hub is reachable")


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """The CA store httpx would load (certifi's), loaded once per process: loading it takes
    20-60 ms, which every sync paid when each made its own."""
    return ssl.create_default_context(cafile=certifi.where())


def make_http_client(stall_timeout: float) -> httpx.Client:
    client = httpx.Client(
        timeout=httpx.Timeout(stall_timeout), follow_redirects=False, verify=_tls_context()
    )
    client.headers = httpx.Headers({"user-agent": f"ssc-desktop/{__version__}"})
    return client


def incompatible_message(low: int, high: int, options: SyncOptions, version: int) -> str:
    if high < options.protocol_min:
        return (
            f"the hub is older than this program (hub speaks sync protocol {low}-{high}, this "
            f"program needs {options.protocol_min} or newer); ask the administrator to update "
            "the hub. Your edits stay queued."
        )
    return (
        f"this program is too old for the hub (hub speaks sync protocol {low}-{high}, this "
        f"program {options.protocol_min}-{version}); update SSC Desktop. Your edits stay queued."
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


__all__ = [
    "BudgetReached",
    "Cancelled",
    "HubStatus",
    "SyncError",
    "SyncOptions",
    "Traffic",
    "Transient",
    "Transport",
    "check_url",
    "is_loopback",
]
