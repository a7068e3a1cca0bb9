"""The sync protocol shared by the hub, the client and USB bundles (docs/sync.md).

Everything that travels is a *frame stream*: the magic ``SSC1`` then frames, each
``length (4 bytes, big-endian) | kind (1 byte) | SHA-256 of kind and payload (32 bytes) |
payload``, where the payload is zstandard-compressed compact JSON. A reader checks every frame
before it hands it on, so a corrupted byte anywhere is refused (and fetched again), never applied.

Records travel in the interchange form (docs/record-format.md). The merge rules live here too,
so that the hub and every client decide the same way.
"""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import zstandard

from ssc_desktop.domain.model import Solution, parse_timestamp

#: The protocol this program speaks, and the oldest one it still speaks (client and hub alike).
PROTOCOL_VERSION = 1
PROTOCOL_MIN = 1

MEDIA_TYPE = "application/x-ssc-sync"
HEADER_PROTOCOL = "ssc-protocol"  # request: the client's version; response: the one in use
HEADER_HUB = "ssc-hub"  # every hub response carries it: a captive portal's page does not
HEADER_CATALOGUE = "ssc-catalogue"
STREAM_MAGIC = b"SSC1"
FRAME_HEAD = struct.Struct(">IB32s")
MAX_FRAME = 8 * 1024 * 1024  # compressed bytes in one frame
MAX_JSON = 64 * 1024 * 1024  # decompressed bytes in one frame (no zip bombs)
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


def decode_payload(payload: bytes) -> Any:
    try:
        raw = zstandard.ZstdDecompressor().decompress(payload, max_output_size=MAX_JSON)
        return json.loads(raw)
    except (zstandard.ZstdError, ValueError) as exc:
        raise ProtocolError(f"a frame does not decode: {exc}") from exc


class FrameReader:
    """Cuts a byte stream into checked frames; feed it bytes as they arrive."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._started = False
        self.frames_read = 0

    def feed(self, data: bytes) -> list[tuple[bytes, Any]]:
        self._buffer += data
        out: list[tuple[bytes, Any]] = []
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
            out.append((bytes([kind]), decode_payload(payload)))
            self.frames_read += 1
        return out

    @property
    def pending(self) -> int:
        """Bytes of an incomplete frame still waiting for the rest."""
        return len(self._buffer)


def decode_stream(data: bytes) -> list[tuple[bytes, Any]]:
    """Every frame of a complete stream (trailing bytes are an error)."""
    reader = FrameReader()
    frames = reader.feed(data)
    if reader.pending or not reader._started:
        raise ProtocolError("the stream ends in the middle of a frame")
    return frames


# -- records ---------------------------------------------------------------------------------------
#: Bookkeeping that the hub sets; every other key of a record is a *field* that merges on its own.
BOOKKEEPING = ("id", "revision", "created_at", "updated_at", "origin")
FIELDS: tuple[str, ...] = tuple(k for k in Solution.model_fields if k not in BOOKKEEPING)
CONTENT_FIELDS = tuple(f for f in FIELDS if f != "deleted")


def compact_result(result: Mapping[str, Any]) -> list[Any]:
    """An operation's answer on the wire, in the order the operations were sent:
    ``[revision, updated_at, clean, hash]``, or ``[0, message]`` for a refused one."""
    if result.get("s") == "rej":
        return [0, result.get("m", "")]
    return [result["r"], result["t"], 1 if result.get("c") else 0, str(result["h"])[:8]]


def expand_result(op_id: str, item: Any) -> dict[str, Any]:
    if not isinstance(item, list) or not item:
        raise ProtocolError("an operation's answer is malformed")
    if item[0] == 0:
        return {"o": op_id, "s": "rej", "m": str(item[1]) if len(item) > 1 else ""}
    revision, updated_at, clean, digest = item
    return {"o": op_id, "s": "ok", "r": revision, "t": updated_at, "c": bool(clean), "h": digest}


def content_hash(record: Mapping[str, Any]) -> str:
    """A short digest of a hub record (everything but ``origin``), to check a reconstruction."""
    data = {k: v for k, v in record.items() if k != "origin"}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


def later(a: str, b: str) -> str:
    """The later of two timestamps in their text form (text order is not time order)."""
    return a if parse_timestamp(a) >= parse_timestamp(b) else b


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
    if old is None:
        return {f: new[f] for f in FIELDS}
    return {f: new[f] for f in FIELDS if new.get(f) != old.get(f)}


@dataclass
class Merge:
    """What a three-way merge of one record decided."""

    record: dict[str, Any]  # the local record to store (fields; bookkeeping set by the caller)
    conflicts: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field: (mine, theirs)
    pending: bool = False  # the local record still holds changes the hub does not have


def merge(
    base: Mapping[str, Any] | None, mine: Mapping[str, Any], theirs: Mapping[str, Any]
) -> Merge:
    """Field by field: a field changed on one side only takes that side; changed on both to
    different values it is a conflict, and the local value stays until the user decides.

    Without a base (a record edited here before this catalogue ever synced), every field that
    differs is a conflict: the safe reading, since nothing says which side changed it.
    Deletion is special: deleting a record that the other side edited is a conflict on
    ``deleted``, so a deletion never silently swallows someone's edit (nor an edit a deletion).
    """
    out = dict(theirs)
    conflicts: dict[str, tuple[Any, Any]] = {}
    for name in FIELDS:
        m, t = mine.get(name), theirs.get(name)
        if m == t:
            continue
        if base is None:
            conflicts[name] = (m, t)
            out[name] = m
            continue
        b = base.get(name)
        if m == b:
            continue  # only the hub changed it
        out[name] = m
        if t != b:
            conflicts[name] = (m, t)
    if base is not None and "deleted" not in conflicts:
        base_deleted = bool(base.get("deleted"))
        mine_changed = any(mine.get(f) != base.get(f) for f in CONTENT_FIELDS)
        theirs_changed = any(theirs.get(f) != base.get(f) for f in CONTENT_FIELDS)
        if (
            mine.get("deleted")
            and not base_deleted
            and not theirs.get("deleted")
            and theirs_changed
        ) or (
            theirs.get("deleted") and not base_deleted and not mine.get("deleted") and mine_changed
        ):
            conflicts["deleted"] = (bool(mine.get("deleted")), bool(theirs.get("deleted")))
            out["deleted"] = bool(mine.get("deleted"))
    pending = any(out.get(f) != theirs.get(f) for f in FIELDS)
    return Merge(out, conflicts, pending)


def iter_chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
