"""Merge decisions: pure functions (no I/O, no SQL) shared by the client and the hub.

* ``merge(base, mine, theirs)``: the three-way, field-by-field rule of docs/sync.md.
* ``integrate(...)``: what the client does with one incoming hub record, given its local
  record, the merge base and what is waiting locally: store what, dirty or not, which
  conflicts to show.
* ``shared`` / ``with_private``: contacts not marked public never leave this computer; they
  are stripped from whatever is sent and kept locally when a hub version comes in.
* ``unacceptable``: why this program cannot accept an incoming record yet (it is parked).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from ssc_desktop.domain.model import TRANSLATABLE_FIELDS, Solution, parse_timestamp
from ssc_desktop.sync.protocol import (
    CONTENT_FIELDS,
    FIELDS,
    TRANSLATION_STAMP,
    TRANSLATIONS,
    describe,
    field_value,
    later,
    shared,
    with_field,
)

__all__ = [
    "Merge",
    "Outcome",
    "integrate",
    "merge",
    "merge_translations",
    "shared",
    "unacceptable",
    "with_private",
]


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
    out[TRANSLATIONS], conflicts = merge_translations(
        None if base is None else field_value(base, TRANSLATIONS),
        field_value(mine, TRANSLATIONS),
        field_value(theirs, TRANSLATIONS),
    )
    for name in FIELDS:
        if name == TRANSLATIONS:
            continue
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
        mine_changed = any(field_value(mine, f) != field_value(base, f) for f in CONTENT_FIELDS)
        theirs_changed = any(field_value(theirs, f) != field_value(base, f) for f in CONTENT_FIELDS)
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
    return Merge(out, conflicts, _differs(out, theirs))


def _differs(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return any(field_value(a, f) != field_value(b, f) for f in FIELDS)


def merge_translations(
    base: Mapping[str, Any] | None, mine: Mapping[str, Any], theirs: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, tuple[Any, Any]]]:
    """Three-way merge of the ``translations`` of a record, language by language and, inside a
    language both sides changed, text by text: the French summary edited here and the French
    title edited elsewhere both stay; the same text changed on both sides is a conflict on
    ``translations.<lang>.<part>``. A language added, or removed, on one side while the other
    changed it is a conflict on the whole version, ``translations.<lang>``.

    The stamp (who, when, from which revision) follows the texts: when both sides changed it,
    ``translated_by``/``translated_at`` are the later one's and ``source_revision`` the lower
    (part of the texts may come from the older original: "may be out of date" is the honest
    reading). Returns (merged translations, conflicts); in a conflict the local value stays.
    """
    out: dict[str, Any] = {}
    conflicts: dict[str, tuple[Any, Any]] = {}
    for language in sorted({*mine, *theirs, *(base or {})}):
        m, t = mine.get(language), theirs.get(language)
        b = None if base is None else base.get(language)
        value: Any
        if m == t or (base is not None and m == b):
            value = t
        elif base is not None and t == b:
            value = m
        elif m is None or t is None or (base is not None and b is None):
            conflicts[f"{TRANSLATIONS}.{language}"] = (m, t)
            value = m
        else:
            value, found = _merge_version(language, b, m, t)
            conflicts.update(found)
        if value is not None:
            out[language] = value
    return out, conflicts


def _merge_version(
    language: str, b: Mapping[str, Any] | None, m: Mapping[str, Any], t: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, tuple[Any, Any]]]:
    """One language version both sides changed (``b`` None: no base, every difference is a
    conflict)."""
    value = dict(t)
    conflicts: dict[str, tuple[Any, Any]] = {}
    for part in TRANSLATABLE_FIELDS:
        mp, tp = m.get(part), t.get(part)
        if mp == tp or (b is not None and mp == b.get(part)):
            continue
        value[part] = mp
        if b is None or tp != b.get(part):
            conflicts[f"{TRANSLATIONS}.{language}.{part}"] = (mp, tp)
    stamps = [{k: v.get(k) for k in TRANSLATION_STAMP} for v in (m, t)]
    base_stamp = None if b is None else {k: b.get(k) for k in TRANSLATION_STAMP}
    if stamps[0] != stamps[1] and stamps[1] == base_stamp:
        value.update(stamps[0])
    elif stamps[0] != stamps[1] and stamps[0] != base_stamp:
        newer = max(stamps, key=_stamp_time)
        value.update(
            translated_by=newer["translated_by"],
            translated_at=newer["translated_at"],
            source_revision=min(int(st["source_revision"] or 1) for st in stamps),
        )
    return value, conflicts


def _stamp_time(stamp: Mapping[str, Any]) -> Any:
    try:
        return parse_timestamp(stamp.get("translated_at"))
    except ValueError:
        return parse_timestamp("1970-01-01T00:00:00Z")


# -- private contacts --------------------------------------------------------------------------
def _is_public(contact: Any) -> bool:
    return isinstance(contact, Mapping) and contact.get("public") is True


def private_contacts(record: Mapping[str, Any]) -> list[Any]:
    contacts = record.get("contacts")
    return [c for c in contacts if not _is_public(c)] if isinstance(contacts, list) else []


def with_private(record: Mapping[str, Any], local: Mapping[str, Any] | None) -> dict[str, Any]:
    """``record`` (a hub version, public contacts only) with ``local``'s private contacts
    added back: a hub update never deletes what was kept on this computer."""
    out = dict(record)
    kept = private_contacts(local) if local is not None else []
    if kept:
        out["contacts"] = [*[c for c in out.get("contacts") or [] if _is_public(c)], *kept]
    return out


# -- incoming records ----------------------------------------------------------------------------
def unacceptable(theirs: Mapping[str, Any]) -> str | None:
    """Why this program's rules refuse a hub record (a newer hub's vocabulary, say), or None."""
    try:
        Solution.model_validate({**theirs, "origin": "central"})
    except ValidationError as exc:
        return describe(exc)
    except ValueError as exc:
        return str(exc)[:160]
    return None


@dataclass(frozen=True)
class Outcome:
    """What to do with one incoming hub record."""

    solution: Solution | None  # what to store locally; None: nothing to write
    dirty: bool = False  # the stored record still holds changes to send
    conflicts: dict[str, tuple[Any, Any]] = field(default_factory=dict)


def _same(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    def plain(r: Mapping[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in r.items() if k != "origin"} | {
            TRANSLATIONS: field_value(r, TRANSLATIONS)
        }

    return plain(a) == plain(b)


def integrate(
    base: Mapping[str, Any] | None,
    mine: Mapping[str, Any] | None,
    theirs: Mapping[str, Any],
    *,
    origin: str,
    busy: bool,
    open_fields: frozenset[str] = frozenset(),
) -> Outcome:
    """Decide how a hub version ``theirs`` (already accepted by ``unacceptable``) meets the
    local record ``mine`` (None: not here yet), with ``base`` the last hub version received.

    ``busy``: the local record has edits not yet answered (dirty, an operation waiting, or an
    open conflict, whose fields are ``open_fields``; ``"*"`` is an edit the hub refused).
    Private contacts of ``mine`` are kept in whatever is stored.
    """
    theirs = shared(theirs)
    if mine is None:
        return Outcome(Solution.model_validate({**theirs, "origin": "central"}))
    mine_shared = shared(mine)
    if not busy:
        if _same(mine_shared, theirs):
            return Outcome(None)
        return Outcome(Solution.model_validate({**with_private(theirs, mine), "origin": origin}))
    result = merge(base, mine_shared, theirs)
    conflicts = dict(result.conflicts)
    for name in open_fields:
        if name in conflicts or name == "*":
            continue
        if field_value(mine_shared, name) != field_value(theirs, name):
            conflicts[name] = (field_value(mine_shared, name), field_value(theirs, name))
            result.record = with_field(result.record, name, field_value(mine_shared, name))
    pending = _differs(result.record, theirs)
    stored = dict(result.record)
    if pending:
        stored.update(
            revision=max(int(mine["revision"]), int(theirs["revision"]) + 1),
            updated_at=later(str(mine["updated_at"]), str(theirs["updated_at"])),
        )
    try:
        solution = Solution.model_validate({**with_private(stored, mine), "origin": origin})
    except ValueError:
        # Merged fields that break a rule together (e.g. start after end): keep mine whole,
        # and show every differing field as a conflict.
        conflicts = {
            f: (field_value(mine_shared, f), field_value(theirs, f))
            for f in FIELDS
            if field_value(mine_shared, f) != field_value(theirs, f)
        }
        whole = dict(mine, revision=max(int(mine["revision"]), int(theirs["revision"]) + 1))
        solution = Solution.model_validate({**whole, "origin": origin})
        pending = True
    dirty = pending or bool(conflicts) or "*" in open_fields
    return Outcome(solution, dirty, conflicts)
