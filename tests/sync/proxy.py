"""A fault-injecting TCP proxy on 127.0.0.1 for sync tests and the benchmark.

It sits between the client and the hub and can add one-way latency (as a pipeline delay, so a
slow link stays a *fast pipe with delay*, not a serial one), cap the bandwidth each way (token
bucket), cut the connection when the running byte count of one direction crosses given offsets,
stall for a while at an offset, flip a byte at an offset, or play a captive portal that answers
every request with a 200 HTML login page. It counts the bytes it delivered each way and the
HTTP requests it saw. Offsets count over the proxy's whole life (or since ``reset_counters``),
so "cut every 256 KB" means what it says whatever the number of connections.

Everything is bounded: the proxy only ever connects to the one target port on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any

_REQUEST_LINE = re.compile(rb"(?:GET|POST|HEAD|PUT|DELETE|PATCH) /\S* HTTP/1\.[01]\r\n")

CAPTIVE_PAGE = (
    b"<!DOCTYPE html><html><head><title>Sign in to Airport WiFi</title></head>"
    b"<body><form action='/login'>Accept the terms to browse</form></body></html>"
)


@dataclass
class Direction:
    """Faults and counters for one direction (up: client to hub, down: hub to client)."""

    rate: float | None = None  # bytes per second
    cut_at: list[int] = field(default_factory=list)  # cumulative offsets
    cut_every: int | None = None
    stall_at: list[tuple[int, float]] = field(default_factory=list)  # (offset, seconds)
    corrupt_at: list[int] = field(default_factory=list)
    captured: bytearray | None = None  # a copy of every byte delivered, when asked for
    bytes: int = 0
    cuts: int = 0
    corrupted: int = 0
    stalls: int = 0

    def next_cut(self) -> int | None:
        points = [c for c in self.cut_at if c > self.bytes]
        if self.cut_every:
            points.append((self.bytes // self.cut_every + 1) * self.cut_every)
        return min(points) if points else None


class FaultProxy:
    def __init__(
        self,
        target_port: int,
        *,
        latency: float = 0.0,
        rate_down: float | None = None,
        rate_up: float | None = None,
        captive: bool = False,
        capture: bool = False,
    ) -> None:
        self.target_port = target_port
        self.latency = latency  # one way, seconds
        self.captive = captive
        self.up = Direction(rate=rate_up)
        self.down = Direction(rate=rate_down)
        if capture:
            self.up.captured, self.down.captured = bytearray(), bytearray()
        self.connections = 0
        self.requests = 0
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._scan_tail = b""

    # -- control -----------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def bytes_total(self) -> int:
        return self.up.bytes + self.down.bytes

    def reset_counters(self) -> None:
        for d in (self.up, self.down):
            d.bytes = d.cuts = d.corrupted = d.stalls = 0
            d.cut_at, d.stall_at, d.corrupt_at, d.cut_every = [], [], [], None
        self.connections = self.requests = 0

    def start(self) -> FaultProxy:
        self._thread = threading.Thread(target=self._run, name="fault-proxy", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the proxy did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the loop ----------------------------------------------------------------------------------
    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        self._server = loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            self._server.close()
            tasks = asyncio.all_tasks(loop)
            for task in tasks:
                task.cancel()
            with contextlib.suppress(Exception):
                loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            with contextlib.suppress(Exception):
                loop.run_until_complete(self._server.wait_closed())
            loop.close()

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        self.connections += 1
        if self.captive:
            await self._captive(client_r, client_w)
            return
        if self.latency:
            await asyncio.sleep(2 * self.latency)  # the TCP handshake's round trip
        try:
            hub_r, hub_w = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            client_w.transport.abort()
            return
        pair = (client_w, hub_w)
        tasks = [
            asyncio.ensure_future(self._pump(client_r, hub_w, self.up, pair)),
            asyncio.ensure_future(self._pump(hub_r, client_w, self.down, pair)),
        ]
        try:
            await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
        except asyncio.CancelledError:  # the proxy is stopping
            for task in tasks:
                task.cancel()

    async def _captive(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(Exception):
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
            self.up.bytes += len(head)
            self.requests += 1
            answer = (
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                b"Content-Length: " + str(len(CAPTIVE_PAGE)).encode() + b"\r\n"
                b"Connection: close\r\n\r\n" + CAPTIVE_PAGE
            )
            writer.write(answer)
            self.down.bytes += len(answer)
            await writer.drain()
        writer.transport.abort()

    async def _pump(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        d: Direction,
        pair: tuple[asyncio.StreamWriter, asyncio.StreamWriter],
    ) -> None:
        """Read as it comes; deliver each piece ``latency`` later, at ``rate``, with faults."""
        queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()

        async def read() -> None:
            try:
                while True:
                    data = await reader.read(4096)
                    if not data:
                        break
                    await queue.put((time.monotonic() + self.latency, data))
            except (ConnectionError, OSError):
                pass
            await queue.put(None)

        reading = asyncio.ensure_future(read())
        free_at = 0.0
        try:
            while True:
                item = await queue.get()
                if item is None:
                    break
                due, data = item
                delay = due - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                step = 512 if d.rate else len(data)
                for start in range(0, len(data), step):
                    piece = bytearray(data[start : start + step])
                    cut = d.next_cut()
                    cutting = cut is not None and d.bytes + len(piece) >= cut
                    if cutting:
                        piece = piece[: cut - d.bytes]
                    for offset in d.corrupt_at:
                        if d.bytes <= offset < d.bytes + len(piece):
                            piece[offset - d.bytes] ^= 0x20
                            d.corrupted += 1
                    for offset, seconds in list(d.stall_at):
                        if d.bytes <= offset < d.bytes + max(1, len(piece)):
                            d.stall_at.remove((offset, seconds))  # once, whatever connection
                            d.stalls += 1
                            await asyncio.sleep(seconds)
                    if d.rate:
                        now = time.monotonic()
                        free_at = max(free_at, now) + len(piece) / d.rate
                        if free_at - now > 0.002:
                            await asyncio.sleep(free_at - now)
                    if writer.is_closing():
                        return
                    if piece:
                        if d is self.up:
                            self._count_requests(bytes(piece))
                        writer.write(bytes(piece))
                        d.bytes += len(piece)
                        if d.captured is not None:
                            d.captured += piece
                    if cutting:
                        d.cuts += 1
                        for w in pair:
                            w.transport.abort()
                        return
                    with contextlib.suppress(ConnectionError, OSError):
                        await writer.drain()
            with contextlib.suppress(Exception):
                await writer.drain()
                if writer.can_write_eof():
                    writer.write_eof()
        except (ConnectionError, OSError):
            for w in pair:
                w.transport.abort()
        finally:
            reading.cancel()
            with contextlib.suppress(BaseException):
                await reading

    def _count_requests(self, data: bytes) -> None:
        scan = self._scan_tail + data
        self.requests += len(_REQUEST_LINE.findall(scan)) - len(
            _REQUEST_LINE.findall(self._scan_tail)
        )
        self._scan_tail = scan[-64:]

    def stats(self) -> dict[str, Any]:
        return {
            "bytes_up": self.up.bytes,
            "bytes_down": self.down.bytes,
            "connections": self.connections,
            "requests": self.requests,
            "cuts": self.up.cuts + self.down.cuts,
        }
