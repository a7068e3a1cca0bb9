"""Frames and the merge rules (pure functions, no network)."""

from __future__ import annotations

import pytest

from ssc_desktop.sync import merging
from ssc_desktop.sync import protocol as p
from tests.support.records import make_solution


def test_frames_round_trip_and_any_flipped_byte_is_refused() -> None:
    stream = p.encode_stream(
        [p.encode_frame(p.HEADER, {"a": 1}), p.encode_frame(p.PAGE, {"r": ["é" * 500]})]
    )
    assert p.decode_stream(stream) == [(p.HEADER, {"a": 1}), (p.PAGE, {"r": ["é" * 500]})]
    for position in range(len(stream)):
        damaged = bytearray(stream)
        damaged[position] ^= 0x01
        with pytest.raises(p.ProtocolError):
            p.decode_stream(bytes(damaged))


def test_a_reader_fed_byte_by_byte_gets_whole_frames_only() -> None:
    frames = [p.encode_frame(p.PAGE, {"n": n, "pad": "x" * n}) for n in range(5)]
    stream = p.encode_stream(frames)
    reader = p.FrameReader()
    got = []
    for byte in stream:
        got += reader.feed(bytes([byte]))
    assert [obj["n"] for _kind, obj in got] == list(range(5))
    assert reader.pending == 0


def test_html_is_not_a_stream() -> None:
    with pytest.raises(p.ProtocolError, match="not a sync stream"):
        p.FrameReader().feed(b"<!DOCTYPE html><html>")


def test_an_absurd_frame_length_is_refused() -> None:
    bad = p.STREAM_MAGIC + p.FRAME_HEAD.pack(p.MAX_FRAME + 1, ord("P"), b"\0" * 32)
    with pytest.raises(p.ProtocolError, match="claims"):
        p.FrameReader().feed(bad)


def _rec(**changes: object) -> dict[str, object]:
    base = make_solution(id="8d3c2a3e-6f0e-4a55-9a1e-1c7d7a1c0001").to_json_dict()
    return {**base, **changes}


def test_edits_to_different_fields_merge() -> None:
    base = _rec()
    result = merging.merge(base, _rec(title="Mine"), _rec(summary="Theirs"))
    assert result.record["title"] == "Mine" and result.record["summary"] == "Theirs"
    assert result.conflicts == {} and result.pending


def test_the_same_field_changed_differently_is_a_conflict_keeping_both() -> None:
    result = merging.merge(_rec(), _rec(title="Mine"), _rec(title="Theirs"))
    assert result.conflicts == {"title": ("Mine", "Theirs")}
    assert result.record["title"] == "Mine"


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    result = merging.merge(_rec(), _rec(title="Same"), _rec(title="Same"))
    assert result.conflicts == {} and not result.pending


def test_a_deletion_never_swallows_an_edit() -> None:
    deleted_here = merging.merge(_rec(), _rec(deleted=True), _rec(title="Edited there"))
    assert deleted_here.conflicts == {"deleted": (True, False)}
    edited_here = merging.merge(_rec(), _rec(title="Edited here"), _rec(deleted=True))
    assert edited_here.conflicts == {"deleted": (False, True)}
    plain = merging.merge(_rec(), _rec(), _rec(deleted=True))
    assert plain.conflicts == {} and plain.record["deleted"] is True


def test_without_a_base_every_difference_is_a_conflict() -> None:
    result = merging.merge(None, _rec(title="A"), _rec(title="B", summary="C"))
    assert set(result.conflicts) == {"title", "summary"}


def test_build_record_is_deterministic_and_validated() -> None:
    base = _rec()
    one = p.build_record(
        base, {"title": "X"}, record_id=base["id"], revision=2, updated_at="2026-02-01T00:00:00Z"
    )
    two = p.build_record(
        base, {"title": "X"}, record_id=base["id"], revision=2, updated_at="2026-02-01T00:00:00Z"
    )
    assert one == two and p.content_hash(one) == p.content_hash(two)
    assert one["origin"] == "central" and one["revision"] == 2
    with pytest.raises(ValueError):
        p.build_record(
            base,
            {"primary_sdgs": [18]},
            record_id=base["id"],
            revision=2,
            updated_at="2026-02-01T00:00:00Z",
        )
