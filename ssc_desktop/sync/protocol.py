"""The sync protocol shared by the hub, the client and USB bundles (docs/sync.md).

Everything that travels is a *frame stream*: the magic ``SSC1`` then frames, each
``length (4 bytes, big-endian) | kind (1 byte) | SHA-256 of kind and payload (32 bytes) |
payload``, where the payload is zstandard-compressed compact JSON. A reader checks every frame
before it hands it on, so a corrupted byte anywhere is refused (and fetched again), never applied.

Records travel in the interchange form (docs/record-format.md). The merge rules are in
``sync.merging`` (pure functions), so that the hub and every client decide the same way.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import accumulate
from typing import Annotated, Any, TypeVar

import zstandard
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ssc_desktop.domain.model import TRANSLATABLE_FIELDS, Solution, parse_timestamp

#: The protocol this program speaks, and the oldest one it still speaks (client and hub alike).
#: 2: an operation may be held for review at the hub (answer ``[-1, contribution number]``),
#: and exchanges carry the curators' decisions on the office's contributions (``rc``/``rv``).
PROTOCOL_VERSION = 2
PROTOCOL_MIN = 1
#: The first version that understands contributions held for review.
PROTOCOL_REVIEW = 2

MEDIA_TYPE = "application/x-ssc-sync"
HEADER_PROTOCOL = "ssc-protocol"  # request: the client's version; response: the one in use
HEADER_HUB = "ssc-hub"  # every hub response carries it: a captive portal's page does not
HEADER_CATALOGUE = "ssc-catalogue"
STREAM_MAGIC = b"SSC1"
FRAME_HEAD = struct.Struct(">IB32s")
MAX_FRAME = 8 * 1024 * 1024  # compressed bytes in one frame
#: Decompressed bytes in one frame, whatever the zstd header claims (no decompression bombs).
MAX_JSON = 16 * 1024 * 1024
#: Objects and lists in one frame's JSON, and how deep they nest: what parsing may cost in
#: memory stays near a few times MAX_JSON (63 MB of ``{},`` would otherwise be 1.6 GB).
MAX_CONTAINERS = 250_000
MAX_ITEMS = 1_000_000  # values in all of them together
MAX_DEPTH = 32
MAX_REVISION = 2**31 - 1  # revisions and base revisions (the hub's column is 32-bit)
MAX_SEQ = 2**63 - 1  # cursors and sequence numbers (the hub's column is 64-bit)
COMPRESSION_LEVEL = 12

# Frame kinds.
HEADER = b"H"  # hub -> client: protocol, epoch, op results
PAGE = b"P"  # hub -> client: a page of the change feed, with the cursor after it
CHUNK = b"S"  # hub -> client: a snapshot chunk, records sorted by id
WANTED = b"W"  # hub -> client: full records the client asked for
END = b"E"  # hub -> client: where the stream stopped and whether there is more
REQUEST = b"R"  # client -> hub: one request body
BUNDLE = b"B"  # bundle header


class ProtocolError(Exception):
    """Bytes that are not a valid frame stream (damaged on the way, or not from a hub)."""


class MalformedFrame(ProtocolError):
    """A frame that passed its checksum but whose content is not what the protocol says (a
    broken or hostile peer, never damage on the way): asking again will not help."""


class LimitExceeded(MalformedFrame):
    """A frame bigger, more numerous or deeper than the protocol allows (a decompression or
    parsing bomb): refused before it costs memory."""


class BadRequest(Exception):
    """A request (or an office's bundle) the hub cannot read; nothing was changed."""


# -- frames ---------------------------------------------------------------------------------------
def dumps(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False, sort_keys=False).encode()


def compress(data: bytes, level: int = COMPRESSION_LEVEL) -> bytes:
    return zstandard.ZstdCompressor(level=level).compress(data)


def frame(kind: bytes, payload: bytes) -> bytes:
    """One frame around an already compressed payload (the checksum covers kind and payload)."""
    digest = hashlib.sha256(kind[:1] + payload).digest()
    return FRAME_HEAD.pack(len(payload), kind[0], digest) + payload


def encode_frame(kind: bytes, obj: Any, *, level: int = COMPRESSION_LEVEL) -> bytes:
    return frame(kind, compress(dumps(obj), level))


def encode_stream(frames: Iterable[bytes]) -> bytes:
    return STREAM_MAGIC + b"".join(frames)


_STRING = re.compile(rb'"(?:[^"\\]|\\.)*+"')
_NOT_BRACKETS = bytes(c for c in range(256) if c not in b"[]{}")
_DEPTH_STEP = bytes.maketrans(b"[{]}", b"\x02\x02\x00\x00")


def decompress_bounded(payload: bytes, limit: int = MAX_JSON) -> bytes:
    """Decompress by streaming, stopping at ``limit`` bytes whatever the frame header claims
    (python-zstandard's one-shot ``decompress`` trusts a declared content size)."""
    out = bytearray()
    try:
        with zstandard.ZstdDecompressor().stream_reader(payload) as reader:
            while True:
                piece = reader.read(min(1 << 20, limit + 1 - len(out)))
                if not piece:
                    break
                out += piece
                if len(out) > limit:
                    raise LimitExceeded(f"a frame unpacks to more than {limit} bytes")
    except zstandard.ZstdError as exc:
        raise ProtocolError(f"a frame does not decompress: {exc}") from exc
    return bytes(out)


def check_json_shape(raw: bytes) -> None:
    """Refuse JSON with too many containers or too deep a nesting before parsing it (cheap:
    two regular-expression passes in C, then one pass over the brackets alone)."""
    outside_strings = _STRING.sub(b"", raw)
    if outside_strings.count(b",") > MAX_ITEMS:
        raise LimitExceeded(f"a frame holds more than {MAX_ITEMS} values")
    brackets = outside_strings.translate(None, _NOT_BRACKETS)
    if len(brackets) > 2 * MAX_CONTAINERS:
        raise LimitExceeded(f"a frame holds more than {MAX_CONTAINERS} objects and lists")
    if brackets and max(accumulate(b - 1 for b in brackets.translate(_DEPTH_STEP))) > MAX_DEPTH:
        raise LimitExceeded(f"a frame nests deeper than {MAX_DEPTH} levels")


def parse_json(raw: bytes) -> Any:
    """JSON within the protocol's bounds (shape checked first); ProtocolError otherwise."""
    check_json_shape(raw)
    try:
        return json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise MalformedFrame(f"a frame is not JSON: {str(exc)[:80]}") from exc


def decode_payload(payload: bytes, limit: int = MAX_JSON) -> Any:
    return parse_json(decompress_bounded(payload, limit))


class FrameReader:
    """Cuts a byte stream into checked frames; feed it bytes as they arrive.

    ``limit`` bounds what one frame may unpack to; ``decode=False`` hands on the checked but
    still compressed payloads (a bundle is verified whole before anything is decoded)."""

    def __init__(self, *, limit: int = MAX_JSON) -> None:
        self._buffer = bytearray()
        self._started = False
        self.limit = limit
        self.frames_read = 0

    def feed_raw(self, data: bytes) -> list[tuple[bytes, bytes]]:
        self._buffer += data
        out: list[tuple[bytes, bytes]] = []
        if not self._started:
            if len(self._buffer) < len(STREAM_MAGIC):
                if not STREAM_MAGIC.startswith(bytes(self._buffer)):
                    raise ProtocolError("not a sync stream")
                return out
            if bytes(self._buffer[: len(STREAM_MAGIC)]) != STREAM_MAGIC:
                raise ProtocolError("not a sync stream")
            del self._buffer[: len(STREAM_MAGIC)]
            self._started = True
        while len(self._buffer) >= FRAME_HEAD.size:
            length, kind, digest = FRAME_HEAD.unpack_from(self._buffer)
            if length > MAX_FRAME:
                raise ProtocolError(f"a frame claims {length} bytes (damaged length)")
            end = FRAME_HEAD.size + length
            if len(self._buffer) < end:
                break
            payload = bytes(self._buffer[FRAME_HEAD.size : end])
            if hashlib.sha256(bytes([kind]) + payload).digest() != digest:
                raise ProtocolError("a frame failed its checksum")
            del self._buffer[:end]
            out.append((bytes([kind]), payload))
            self.frames_read += 1
        return out

    def feed(self, data: bytes) -> list[tuple[bytes, Any]]:
        return [(kind, decode_payload(raw, self.limit)) for kind, raw in self.feed_raw(data)]

    @property
    def started(self) -> bool:
        return self._started

    @property
    def pending(self) -> int:
        """Bytes of an incomplete frame still waiting for the rest."""
        return len(self._buffer)


def split_stream(data: bytes) -> list[tuple[bytes, bytes]]:
    """Every frame of a complete stream, checked but not decoded (trailing bytes: an error)."""
    reader = FrameReader()
    frames = reader.feed_raw(data)
    if reader.pending or not reader.started:
        raise ProtocolError("the stream ends in the middle of a frame")
    return frames


def decode_stream(data: bytes, limit: int = MAX_JSON) -> list[tuple[bytes, Any]]:
    """Every frame of a complete stream, decoded (trailing bytes are an error)."""
    return [(kind, decode_payload(raw, limit)) for kind, raw in split_stream(data)]


# -- records ---------------------------------------------------------------------------------------
#: Bookkeeping that the hub sets; every other key of a record is a *field* that merges on its own.
BOOKKEEPING = ("id", "revision", "created_at", "updated_at", "origin")
FIELDS: tuple[str, ...] = tuple(k for k in Solution.model_fields if k not in BOOKKEEPING)
CONTENT_FIELDS = tuple(f for f in FIELDS if f != "deleted")
#: ``translations`` travels whole in a patch but merges part by part: each language's texts
#: (``translations.fr.summary``) are fields of their own; who made it, when and from which
#: revision (the *stamp*) follow the texts (docs/sync.md, "Translations").
TRANSLATIONS = "translations"
TRANSLATION_STAMP = ("source_revision", "translated_by", "translated_at")
TRANSLATION_PARTS: tuple[str, ...] = (*TRANSLATABLE_FIELDS, *TRANSLATION_STAMP)


def field_value(record: Mapping[str, Any], name: str) -> Any:
    """A field of a record in interchange form; ``translations.<lang>`` (a whole language
    version, None when absent) and ``translations.<lang>.<part>`` reach into translations.
    A record without the ``translations`` key (stored before they existed) has none: ``{}``."""
    if name == TRANSLATIONS:
        return record.get(TRANSLATIONS) or {}
    if name.startswith(TRANSLATIONS + "."):
        _, language, *part = name.split(".", 2)
        version = (record.get(TRANSLATIONS) or {}).get(language)
        if not part or version is None:
            return version
        return version.get(part[0]) if isinstance(version, Mapping) else None
    return record.get(name)


def with_field(record: Mapping[str, Any], name: str, value: Any) -> dict[str, Any]:
    """``record`` with one field (``field_value``'s names) set; a whole language version set
    to None is removed."""
    out = dict(record)
    if not name.startswith(TRANSLATIONS + "."):
        out[name] = value
        return out
    _, language, *part = name.split(".", 2)
    versions = dict(out.get(TRANSLATIONS) or {})
    if not part:
        if value is None:
            versions.pop(language, None)
        else:
            versions[language] = value
    else:
        versions[language] = {**(versions.get(language) or {}), part[0]: value}
    out[TRANSLATIONS] = dict(sorted(versions.items()))
    return out


#: What a version-1 office is told about an operation held for review (it keeps the edit as a
#: "refused" conflict, so it does not send it again and again; nothing is lost).
REVIEW_MESSAGE_V1 = (
    "held for review at the hub (contribution {n}): a curator publishes it or returns it; "
    "update SSC Desktop to follow its state"
)


def compact_result(result: Mapping[str, Any], version: int = PROTOCOL_VERSION) -> list[Any]:
    """An operation's answer on the wire, in the order the operations were sent:
    ``[revision, updated_at, clean, hash]``, ``[0, message]`` for a refused one, and (protocol
    2) ``[-1, contribution number]`` for one held for review. A version-1 office is told
    ``[0, message]`` for the latter: it understands nothing else."""
    if result.get("s") == "review":
        if version >= PROTOCOL_REVIEW:
            return [-1, int(result["n"])]
        return [0, REVIEW_MESSAGE_V1.format(n=result["n"])]
    if result.get("s") == "rej":
        return [0, result.get("m", "")]
    return [result["r"], result["t"], 1 if result.get("c") else 0, str(result["h"])[:8]]


def bundle_ack(result: Mapping[str, Any]) -> dict[str, Any]:
    """An operation's stored answer as a hub bundle carries it. Bundles have no version
    negotiation: an answer held for review reads as refused (with the reason) to a version-1
    office, and as held (``review``: the contribution number) to a newer one."""
    if result.get("s") == "review":
        n = int(result["n"])
        return {"o": result["o"], "s": "rej", "m": REVIEW_MESSAGE_V1.format(n=n), "review": n}
    return dict(result)


def expand_result(op_id: str, item: Any) -> dict[str, Any]:
    if not isinstance(item, list) or not item:
        raise MalformedFrame("an operation's answer is malformed")
    if item[0] == -1:
        number = item[1] if len(item) == 2 else None
        if not isinstance(number, int) or isinstance(number, bool) or not 0 < number <= MAX_SEQ:
            raise MalformedFrame("an operation's answer is malformed")
        return {"o": op_id, "s": "review", "n": number}
    if item[0] == 0:
        return {"o": op_id, "s": "rej", "m": str(item[1])[:500] if len(item) > 1 else ""}
    if len(item) != 4:
        raise MalformedFrame("an operation's answer is malformed")
    revision, updated_at, clean, digest = item
    if (
        not isinstance(revision, int)
        or isinstance(revision, bool)
        or not 1 <= revision <= MAX_REVISION
        or not isinstance(updated_at, str)
        or not isinstance(digest, str)
    ):
        raise MalformedFrame("an operation's answer is malformed")
    return {"o": op_id, "s": "ok", "r": revision, "t": updated_at, "c": bool(clean), "h": digest}


def content_hash(record: Mapping[str, Any]) -> str:
    """A short digest of a hub record (everything but ``origin``), to check a reconstruction."""
    data = {k: v for k, v in record.items() if k != "origin"}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


def later(a: str, b: str) -> str:
    """The later of two timestamps in their text form (text order is not time order)."""
    return a if parse_timestamp(a) >= parse_timestamp(b) else b


def shared(record: Mapping[str, Any]) -> dict[str, Any]:
    """The record as it may leave an office: contacts not marked public removed (they are
    "kept on this computer"; the hub never stores them, whoever sends them)."""
    out = dict(record)
    contacts = record.get("contacts")
    if isinstance(contacts, list):
        out["contacts"] = [
            c for c in contacts if isinstance(c, Mapping) and c.get("public") is True
        ]
    return out


def build_record(
    prev: Mapping[str, Any] | None,
    patch: Mapping[str, Any],
    *,
    record_id: str,
    revision: int,
    updated_at: str,
    created_at: str | None = None,
) -> dict[str, Any]:
    """A hub record: ``prev`` with ``patch`` applied, validated, in interchange form.

    The hub builds its records with this and a client rebuilds the hub's version of its own
    clean edits with it, so both arrive at the same bytes without sending them back.
    Raises ``ValueError`` (pydantic's ValidationError) for a record the rules refuse.
    """
    data: dict[str, Any] = dict(prev) if prev else {}
    data.update({k: v for k, v in patch.items() if k in FIELDS})
    data = shared(data)
    created = str(data.get("created_at") or created_at or updated_at)
    data.update(
        id=record_id,
        revision=revision,
        created_at=created,
        updated_at=later(updated_at, created),
        origin="central",
    )
    return Solution.model_validate(data).to_json_dict()


def diff_fields(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of ``new`` that differ from ``old`` (all of them when there is no ``old``)."""
    if old is None:  # a new record: no translations is said by leaving the key out
        return {
            f: field_value(new, f) for f in FIELDS if f != TRANSLATIONS or new.get(TRANSLATIONS)
        }
    return {f: field_value(new, f) for f in FIELDS if field_value(new, f) != field_value(old, f)}


def iter_chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# -- messages: what each frame must hold -------------------------------------------------------
# Checked with pydantic on arrival, on both sides: a frame that passed its checksum but holds
# something else is a MalformedFrame (hub side: a 400 with the reason), never a KeyError.
MAX_OPS = 5000  # operations in one request
MAX_WANT = 1000  # records asked for in one request
Seq = Annotated[int, Field(ge=0, le=MAX_SEQ)]
Revision = Annotated[int, Field(ge=0, le=MAX_REVISION)]
Id = Annotated[str, Field(max_length=64)]


class _Message(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)


class SyncRequest(_Message):
    cat: Id = ""
    epoch: Id | None = None
    cursor: Seq = 0
    ops: Annotated[list[dict[str, Any]], Field(max_length=MAX_OPS)] = []
    want: Annotated[list[Id], Field(max_length=MAX_WANT)] = []
    max: Seq = 16 * 1024 * 1024
    #: Protocol 2: the last curators' decision this office has (None: it does not follow them).
    rc: Seq | None = None


class SnapshotRequest(_Message):
    epoch: Id | None = None
    seq: Seq | None = None
    after: Id | None = None
    max: Seq = 16 * 1024 * 1024


class WireRecord(_Message):
    """What every record on the wire must have; the rest is checked when it is applied (and a
    record this program cannot accept yet is parked, not a protocol error)."""

    model_config = ConfigDict(strict=True, extra="allow", frozen=True)
    id: Annotated[str, Field(min_length=1, max_length=64)]
    revision: Annotated[int, Field(ge=1, le=MAX_REVISION)]


class ExchangeHeader(_Message):
    epoch: Id = ""
    snapshot: bool = False
    res: list[list[Any]] = []
    #: Protocol 2: decisions on this office's contributions after the request's ``rc``, each
    #: ``[decision number, op id, state, contribution number, comment, revision, decided_at]``,
    #: and the number to send next time (older clients ignore both).
    rv: Annotated[list[list[Any]], Field(max_length=MAX_OPS)] = []
    rc: Seq | None = None


#: States of a contribution (an operation an office sent) at the hub.
REVIEW_STATES = ("review", "published", "returned", "superseded")


class Decision(_Message):
    """A curator's decision (or the hub's: ``superseded`` by a newer contribution) as it
    travels to the office that sent the contribution."""

    number: Seq
    op_id: Id
    state: Annotated[str, Field(pattern="^(review|published|returned|superseded)$")]
    contribution: Seq
    comment: Annotated[str, Field(max_length=4000)] = ""
    revision: Revision = 0
    decided_at: Annotated[str, Field(max_length=40)] = ""

    def wire(self) -> list[Any]:
        return [
            self.number, self.op_id, self.state, self.contribution, self.comment,
            self.revision, self.decided_at,
        ]  # fmt: skip

    @classmethod
    def from_wire(cls, item: Sequence[Any]) -> Decision:
        names = ("number", "op_id", "state", "contribution", "comment", "revision", "decided_at")
        if not isinstance(item, list | tuple) or len(item) != len(names):
            raise MalformedFrame("a contribution's decision is malformed")
        return read_message(cls, dict(zip(names, item, strict=True)), "a contribution's decision")


class SnapshotHeader(_Message):
    epoch: Id
    seq: Seq
    key: Annotated[str, Field(pattern=r"^[0-9a-fA-F]{64}$")] | None = None


class Page(_Message):
    c: Seq
    r: list[dict[str, Any]] = []
    s: list[Annotated[tuple[Id, Revision], Field(strict=False)]] = []


class Chunk(_Message):
    after: Id
    r: list[dict[str, Any]] = []


class Wanted(_Message):
    r: list[dict[str, Any]] = []


class End(_Message):
    c: Seq | None = None
    more: bool = False
    need: Seq = 0
    done: bool = False
    after: Id | None = None


M = TypeVar("M", bound=BaseModel)


def describe(exc: ValidationError) -> str:
    """The first problem of a validation error in one line ("field.path: what is wrong")."""
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first.get("loc", ())) or "value"
    return f"{where[:60]}: {str(first.get('msg', 'invalid'))[:100]}"


def read_message(model: type[M], obj: Any, what: str) -> M:
    """``obj`` as ``model``, or MalformedFrame naming what is wrong."""
    try:
        return model.model_validate(obj)
    except ValidationError as exc:
        raise MalformedFrame(f"{what} is malformed ({describe(exc)})") from exc


def wire_records(records: Sequence[Any], what: str) -> list[dict[str, Any]]:
    """The records of a frame, each with a usable id and revision (MalformedFrame otherwise)."""
    for n, record in enumerate(records, 1):
        try:
            WireRecord.model_validate(record)
        except ValidationError as exc:
            raise MalformedFrame(f"{what}, record {n}, is malformed ({describe(exc)})") from exc
    return [dict(r) for r in records]
