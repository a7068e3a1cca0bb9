"""The hub's HTTP interface (FastAPI under uvicorn). The protocol is in docs/sync.md.

* ``GET /health`` — the only endpoint without a token: service name and protocol range.
* ``POST /v1/sync`` — one exchange: the office's operations in, their results and the change
  feed after the office's cursor out, as a frame stream cut to the byte budget the client gave.
* ``POST /v1/snapshot`` — a new install's first download: every record, sorted by id, in
  checked chunks; resumable after any chunk.
* ``GET /v1/catalogue.json`` — the whole catalogue as one JSON file (the naive way; the
  benchmark compares against it).

Every response carries ``ssc-hub: 1``: a captive portal's page does not, so the client never
mistakes it for an answer.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from ssc_desktop.hub.review import Review, decisions_wire
from ssc_desktop.hub.store import BaseAhead, HubStore, Office
from ssc_desktop.sync import protocol as p
from ssc_desktop.sync.protocol import BadRequest

log = logging.getLogger(__name__)

MAX_REQUEST = 4 * 1024 * 1024  # compressed request body
MAX_REQUEST_JSON = 8 * 1024 * 1024  # what a request frame may unpack to, whatever it claims
MAX_RESPONSE = 16 * 1024 * 1024  # one response's frames; the client asks again for more
PAGE_TARGET = 16 * 1024  # compressed bytes in one page or chunk: what a cut can cost again
END_RESERVE = 96  # room kept for the end frame
CHUNK_OVERHEAD = 12  # HTTP chunked framing around each frame, counted against the budget
ROWS_PER_QUERY = 400


@dataclass
class HubCounters:
    """What the hub has answered (tests and the benchmark read these)."""

    requests: int = 0
    by_path: dict[str, int] = field(default_factory=dict)


class _HubHeader:
    """ASGI middleware: every response says it comes from the hub."""

    def __init__(self, app: Any, counters: HubCounters) -> None:
        self.app = app
        self.counters = counters

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.counters.requests += 1
        path = scope.get("path", "")
        self.counters.by_path[path] = self.counters.by_path.get(path, 0) + 1

        async def send_with_header(message: Any) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"ssc-hub", b"1")]
            await send(message)

        await self.app(scope, receive, send_with_header)


def _error(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": code, "message": message, **extra}, status_code=status)


class _Encoder:
    """Packs JSON record texts into frames of about ``target`` compressed bytes."""

    def __init__(self, target: int = PAGE_TARGET) -> None:
        self.target = target
        self.ratio = 4.0  # raw / compressed, learnt as frames go

    def raw_budget(self) -> int:
        return int(self.target * self.ratio)

    def encode(self, kind: bytes, raw: bytes) -> bytes:
        payload = p.compress(raw)
        self.ratio = max(1.0, 0.5 * self.ratio + 0.5 * (len(raw) / max(1, len(payload))))
        return p.frame(kind, payload)


def create_app(
    store: HubStore,
    *,
    protocol_min: int = p.PROTOCOL_MIN,
    protocol_max: int = p.PROTOCOL_VERSION,
    page_target: int = PAGE_TARGET,
) -> FastAPI:
    """The hub application around an initialised ``HubStore``."""
    app = FastAPI(title="SSC Desktop hub", docs_url=None, redoc_url=None, openapi_url=None)
    counters = HubCounters()
    app.state.counters = counters
    app.state.store = store
    review = Review(store)

    def app_version(request: Request) -> str:
        agent = request.headers.get("user-agent", "")
        name, _, version = agent.partition("/")
        return version.split()[0][:32] if name == "ssc-desktop" and version else agent[:32]

    async def refused(office: Office, response: JSONResponse, reason: str) -> JSONResponse:
        """Keep a refused request of a known office for the dashboard ("failed syncs")."""
        try:
            await run_in_threadpool(review.note_failure, office.name, reason)
        except Exception:  # the dashboard's count never changes the answer
            log.warning("could not note a failed sync of %s", office.name, exc_info=True)
        return response

    def negotiate(request: Request) -> int | JSONResponse:
        text = request.headers.get(p.HEADER_PROTOCOL, "")
        try:
            version = int(text)
        except ValueError:
            return _error(400, "no_protocol", "the request does not say its protocol version")
        if version < protocol_min or version > protocol_max:
            who = "client" if version < protocol_min else "hub"
            return _error(
                409,
                "protocol_unsupported",
                f"this hub speaks sync protocol {protocol_min} to {protocol_max}; "
                f"the {who} must be updated",
                hub_min=protocol_min,
                hub_max=protocol_max,
            )
        return version

    async def authenticate(request: Request) -> Office | JSONResponse:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return _error(401, "unauthorized", "a hub token is needed (Authorization: Bearer)")
        office = await run_in_threadpool(store.authenticate, token.strip())
        if office is None:
            return _error(401, "unauthorized", "this hub token is unknown or revoked")
        return office

    async def read_request(request: Request) -> dict[str, Any] | JSONResponse:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_REQUEST):
            return _error(413, "too_large", f"a request body is at most {MAX_REQUEST} bytes")
        body = bytearray()
        try:
            async for piece in request.stream():
                body += piece
                if len(body) > MAX_REQUEST:
                    return _error(
                        413, "too_large", f"a request body is at most {MAX_REQUEST} bytes"
                    )
        except ClientDisconnect:  # the link was cut mid-request: nothing was applied
            return _error(400, "cut", "the request was cut short")
        try:
            # Decompressing and parsing run in a worker thread, bounded: a hostile request
            # costs at most MAX_REQUEST_JSON and never stalls the other offices' exchanges.
            frames = await run_in_threadpool(p.decode_stream, bytes(body), MAX_REQUEST_JSON)
        except p.MalformedFrame as exc:
            return _error(400, "bad_request", f"the request is refused: {exc}")
        except p.ProtocolError as exc:
            return _error(400, "bad_frame", f"the request was damaged on the way ({exc})")
        if len(frames) != 1 or frames[0][0] != p.REQUEST or not isinstance(frames[0][1], dict):
            return _error(400, "bad_request", "a request is one request frame")
        return frames[0][1]

    async def prologue(
        request: Request,
    ) -> tuple[int, Office, dict[str, Any]] | JSONResponse:
        version = negotiate(request)
        if isinstance(version, JSONResponse):
            return version
        office = await authenticate(request)
        if isinstance(office, JSONResponse):
            return office
        body = await read_request(request)
        if isinstance(body, JSONResponse):
            return body
        return version, office, body

    def stream_response(frames: Iterator[bytes], version: int) -> StreamingResponse:
        def body() -> Iterator[bytes]:
            yield p.STREAM_MAGIC
            yield from frames

        return StreamingResponse(
            body(), media_type=p.MEDIA_TYPE, headers={p.HEADER_PROTOCOL: str(version)}
        )

    @app.get("/health")
    async def health() -> JSONResponse:
        return JSONResponse(
            {"service": "ssc-hub", "protocol": [protocol_min, protocol_max]},
            headers={"cache-control": "no-store"},
        )

    @app.post("/v1/sync")
    async def sync(request: Request) -> Response:
        started = await prologue(request)
        if isinstance(started, JSONResponse):
            return started
        version, office, body = started
        try:
            request_ = p.read_message(p.SyncRequest, body, "the sync request")
        except p.MalformedFrame as exc:
            return await refused(office, _error(400, "bad_request", str(exc)), str(exc))
        await run_in_threadpool(review.note_sync, office.name, app_version(request), version)
        cursor, catalogue, want = request_.cursor, request_.cat, list(request_.want)
        budget = min(request_.max, MAX_RESPONSE)
        epoch = store.epoch()
        if request_.epoch not in (None, epoch) and cursor > 0:
            restart = {"v": version, "epoch": epoch, "snapshot": True, "res": []}
            frames = iter([p.encode_frame(p.HEADER, restart), p.encode_frame(p.END, {})])
            return stream_response(frames, version)
        try:
            results = await run_in_threadpool(
                store.apply_ops, office.name, catalogue, list(request_.ops)
            )
        except BaseAhead as exc:
            return await refused(office, _error(409, "base_ahead", str(exc)), str(exc))
        except BadRequest as exc:
            return await refused(office, _error(400, "bad_request", str(exc)), str(exc))
        header: dict[str, Any] = {
            "v": version,
            "epoch": epoch,
            "res": [p.compact_result(r, version) for r in results],
        }
        if version >= p.PROTOCOL_REVIEW and request_.rc is not None:
            decisions, rc = await run_in_threadpool(review.decisions, office.name, request_.rc)
            if decisions:
                header["rv"] = decisions_wire(decisions)
            header["rc"] = rc
        # The office rebuilds its own clean edits from the answers: no need to send them back.
        known = {r["q"] for r in results if r.get("c") and r.get("s") == "ok"}
        frames = _exchange_frames(
            store, header, cursor, catalogue, want, budget, page_target, known
        )
        return stream_response(frames, version)

    @app.post("/v1/snapshot")
    async def snapshot(request: Request) -> Response:
        started = await prologue(request)
        if isinstance(started, JSONResponse):
            return started
        version, _office, body = started
        try:
            asked = p.read_message(p.SnapshotRequest, body, "the snapshot request")
        except p.MalformedFrame as exc:
            return _error(400, "bad_request", str(exc))
        budget = min(asked.max, MAX_RESPONSE)
        after, seq = asked.after, asked.seq
        epoch = store.epoch()
        if asked.epoch != epoch or seq is None:
            seq, after = await run_in_threadpool(store.max_seq), None
        key = await run_in_threadpool(store.bundle_public_key)
        header = {"v": version, "epoch": epoch, "seq": seq, "key": key}
        return stream_response(_snapshot_frames(store, header, after, budget, page_target), version)

    @app.get("/v1/catalogue.json")
    async def whole_catalogue(request: Request) -> Response:
        office = await authenticate(request)
        if isinstance(office, JSONResponse):
            return office

        def render() -> bytes:
            records = list(store.all_records())
            doc = {"format": "ssc-desktop-catalogue", "format_version": 1, "solutions": records}
            return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode()

        return Response(await run_in_threadpool(render), media_type="application/json")

    @app.exception_handler(BadRequest)
    async def bad_request(_request: Request, exc: BadRequest) -> JSONResponse:
        return _error(400, "bad_request", str(exc))

    from ssc_desktop.hub.console import add_console

    add_console(app, store)
    return _HubHeader(app, counters)  # type: ignore[return-value]


def _exchange_frames(
    store: HubStore,
    header: dict[str, Any],
    cursor: int,
    catalogue: str,
    want: list[str],
    budget: int,
    page_target: int,
    known: set[int],
) -> Iterator[bytes]:
    """Header, wanted records, then feed pages until the budget or the feed ends."""
    first = p.encode_frame(p.HEADER, header)
    sent = len(p.STREAM_MAGIC) + len(first) + 2 * CHUNK_OVERHEAD
    yield first
    if want:
        frame = p.encode_frame(p.WANTED, {"r": [json.loads(t) for t in store.records(want)]})
        if sent + len(frame) + CHUNK_OVERHEAD + END_RESERVE <= budget:
            sent += len(frame) + CHUNK_OVERHEAD
            yield frame
    encoder = _Encoder(page_target)
    more = False
    need = 0
    rows: list[Any] = []
    exhausted = False
    while True:
        if not rows and not exhausted:
            rows = store.changes(cursor, ROWS_PER_QUERY)
            exhausted = len(rows) < ROWS_PER_QUERY
        if not rows:
            break
        texts: list[str] = []
        stubs: list[list[Any]] = []
        raw = 0
        last = cursor
        taken = 0
        for row in rows:
            if raw >= encoder.raw_budget() and (texts or stubs):
                break
            if catalogue and row.writer == catalogue:
                if row.seq not in known:
                    stubs.append([row.id, row.revision])
                raw += 48
            else:
                texts.append(row.data)
                raw += len(row.data)
            last = row.seq
            taken += 1
        raw_json = (f'{{"c":{last},"r":[{",".join(texts)}],"s":{json.dumps(stubs)}}}').encode()
        frame = encoder.encode(p.PAGE, raw_json)
        if sent + len(frame) + CHUNK_OVERHEAD + END_RESERVE > budget:
            more = True
            need = len(frame)
            break
        sent += len(frame) + CHUNK_OVERHEAD
        yield frame
        cursor = last
        rows = rows[taken:]
    end: dict[str, Any] = {"c": cursor, "more": more}
    if more:
        end["need"] = need
    yield p.encode_frame(p.END, end)


def _snapshot_frames(
    store: HubStore,
    header: dict[str, Any],
    after: str | None,
    budget: int,
    page_target: int,
) -> Iterator[bytes]:
    first = p.encode_frame(p.HEADER, header)
    sent = len(p.STREAM_MAGIC) + len(first) + 2 * CHUNK_OVERHEAD
    yield first
    encoder = _Encoder(page_target)
    done = False
    rows: list[Any] = []
    exhausted = False
    need = 0
    while True:
        if not rows and not exhausted:
            rows = store.snapshot_rows(after, ROWS_PER_QUERY)
            exhausted = len(rows) < ROWS_PER_QUERY
        if not rows:
            done = True
            break
        texts: list[str] = []
        raw = 0
        last = after
        for row in rows:
            if raw >= encoder.raw_budget() and texts:
                break
            texts.append(row.data)
            raw += len(row.data)
            last = row.id
        raw_json = f'{{"after":{json.dumps(last)},"r":[{",".join(texts)}]}}'.encode()
        frame = encoder.encode(p.CHUNK, raw_json)
        if sent + len(frame) + CHUNK_OVERHEAD + END_RESERVE > budget:
            need = len(frame)
            break
        sent += len(frame) + CHUNK_OVERHEAD
        yield frame
        after = last
        rows = rows[len(texts) :]
    end: dict[str, Any] = {"done": done, "after": after}
    if need:
        end["need"] = need
    yield p.encode_frame(p.END, end)
