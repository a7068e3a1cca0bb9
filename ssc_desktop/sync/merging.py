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

from ssc_desktop.domain.model import Solution
from ssc_desktop.sync.protocol import CONTENT_FIELDS, FIELDS, describe, later, shared

__all__ = ["Merge", "Outcome", "integrate", "merge", "shared", "unacceptable", "with_private"]


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
    return {k: v for k, v in a.items() if k != "origin"} == {
        k: v for k, v in b.items() if k != "origin"
    }


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
        if mine_shared.get(name) != theirs.get(name):
            conflicts[name] = (mine_shared.get(name), theirs.get(name))
            result.record[name] = mine_shared.get(name)
    pending = any(result.record.get(f) != theirs.get(f) for f in FIELDS)
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
            f: (mine_shared[f], theirs[f]) for f in FIELDS if mine_shared.get(f) != theirs.get(f)
        }
        whole = dict(mine, revision=max(int(mine["revision"]), int(theirs["revision"]) + 1))
        solution = Solution.model_validate({**whole, "origin": origin})
        pending = True
    dirty = pending or bool(conflicts) or "*" in open_fields
    return Outcome(solution, dirty, conflicts)
