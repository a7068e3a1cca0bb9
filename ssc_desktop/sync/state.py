"""The client's side of sync, in the catalogue's SQLite file (the source of truth).

Every step that changes anything is one ``BEGIN IMMEDIATE`` transaction through the store's
writer, so a cut or a kill leaves it all or nothing:

* *freeze*: dirty records become operations (``sync_outbox``) with their own ids, one pending
  operation per record at most, diffed against the merge base;
* *results*: the hub's answers remove operations and, for a clean edit, rebuild the hub's new
  version locally instead of downloading it;
* *page*: hub records merged into the catalogue **and the cursor moved, in the same
  transaction**; every record written takes a new ``change_seq``, so the search index catches
  up by itself.

Hub-applied records go through ``CatalogueStore._write`` (the store's one writer of records).
"""

from __future__ import annotations

import enum
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ssc_desktop.domain.model import Solution, format_timestamp, utc_now
from ssc_desktop.storage import schema
from ssc_desktop.storage.repository import META, SOLUTIONS, CatalogueStore, NotFoundError
from ssc_desktop.sync.merging import (
    integrate,
    shared,
    unacceptable,
    with_private,
)
from ssc_desktop.sync.protocol import (
    FIELDS,
    Decision,
    build_record,
    content_hash,
    diff_fields,
    dumps,
    field_value,
    later,
    with_field,
)

BASE: Table = schema.SyncBaseRow.__table__  # type: ignore[assignment]
OUTBOX: Table = schema.SyncOutboxRow.__table__  # type: ignore[assignment]
CONFLICTS: Table = schema.SyncConflictRow.__table__  # type: ignore[assignment]

K_HUB = "sync.hub_url"
K_TOKEN = "sync.token"
K_INSECURE = "sync.allow_insecure_url"
K_CURSOR = "sync.cursor"
K_SNAPSHOT = "sync.snapshot"
K_WANT = "sync.want"
K_HUB_KEY = "sync.hub_key"
K_LAST = "sync.last"
K_HISTORY = "sync.history"  # the last HISTORY_SIZE syncs, for the user and for support
HISTORY_SIZE = 100
#: When the last complete sync ended (UTC); shared with the window and the briefs.
K_LAST_SYNC_AT = "last_sync_at"
K_BUNDLE_SEQ = "sync.bundle_seq"
#: Hub records this program cannot accept yet (a newer hub's vocabulary): id -> {"revision",
#: "data", "reason", "parked_at"}. Retried at every sync; the feed goes on past them.
K_PARKED = "sync.parked"
#: What the hub said of this office's contributions, one entry per record (the latest one):
#: id -> {"op", "n" (the hub's contribution number), "state", "comment", "revision",
#: "sent_at", "decided_at", "d" (the decision's number)}. Protocol 2 (docs/sync.md).
K_CONTRIBUTIONS = "sync.contributions"
#: The last curators' decision received (sent as ``rc`` in every exchange).
K_REVIEW_CURSOR = "sync.review_cursor"


class ContributionState(enum.Enum):
    """Where an office's contribution (a new record or an edit it made) stands."""

    WAITING = "waiting"  # not sent yet (or sent and not answered yet)
    IN_REVIEW = "review"  # at the hub, waiting for a curator
    PUBLISHED = "published"  # part of the central catalogue
    RETURNED = "returned"  # sent back with a comment: still this office's, to correct and resend
    SUPERSEDED = "superseded"  # replaced at the hub by a newer contribution to the same record


@dataclass(frozen=True)
class Contribution:
    """One record this office contributed (``SyncState.contributions``)."""

    solution_id: str
    title: str
    state: ContributionState
    number: int | None  # the hub's contribution number (curators see it), None if not held
    comment: str  # the curator's, for a returned contribution
    revision: int | None  # the central revision it was published as
    sent_at: str | None
    decided_at: str | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.solution_id,
            "title": self.title,
            "state": self.state.value,
            "number": self.number,
            "comment": self.comment,
            "revision": self.revision,
            "sent_at": self.sent_at,
            "decided_at": self.decided_at,
        }


class StaleStateError(Exception):
    """The sync state moved under us (another sync of the same catalogue): start the step again."""


@dataclass(frozen=True)
class Cursor:
    epoch: str
    seq: int


@dataclass
class Applied:
    """What applying hub records did."""

    records: int = 0
    written: int = 0
    conflicts: int = 0
    parked: int = 0
    wanted: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Parked:
    """A hub record this program's rules refuse (kept aside, retried after an update)."""

    solution_id: str
    revision: int
    title: str
    reason: str
    parked_at: str


@dataclass(frozen=True)
class Conflict:
    """A field that two offices changed differently (or an edit the hub refused)."""

    solution_id: str
    title: str
    field: str
    mine: Any
    theirs: Any
    hub_revision: int
    message: str
    detected_at: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.solution_id,
            "title": self.title,
            "field": self.field,
            "mine": self.mine,
            "theirs": self.theirs,
            "hub_revision": self.hub_revision,
            "message": self.message,
            "detected_at": self.detected_at,
        }


def _now() -> str:
    return format_timestamp(utc_now())


class SyncState:
    """Sync bookkeeping on one open catalogue store."""

    def __init__(self, store: CatalogueStore) -> None:
        self.store = store

    def _tx(self) -> Any:
        return self.store.write_transaction()

    # -- settings and cursor ----------------------------------------------------------------------
    def get(self, key: str) -> str | None:
        return self.store.meta(key)

    def set(self, key: str, value: str) -> None:
        self.store.set_meta(key, value)

    def record_sync(self, entry: dict[str, Any]) -> None:
        """Keep what one sync did (or why it failed) at the end of the history."""
        entries = self.history()
        entries.append(entry)
        self.set(K_HISTORY, json.dumps(entries[-HISTORY_SIZE:], ensure_ascii=False))

    def history(self) -> list[dict[str, Any]]:
        """The last syncs, oldest first (a damaged history reads as empty, never an error)."""
        try:
            entries = json.loads(self.store.meta(K_HISTORY) or "[]")
        except ValueError:
            return []
        return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []

    def cursor(self) -> Cursor | None:
        text = self.store.meta(K_CURSOR)
        if not text:
            return None
        data = json.loads(text)
        return Cursor(str(data["epoch"]), int(data["seq"]))

    def snapshot_progress(self) -> dict[str, Any] | None:
        text = self.store.meta(K_SNAPSHOT)
        return json.loads(text) if text else None

    def wanted(self) -> list[str]:
        text = self.store.meta(K_WANT)
        return list(json.loads(text)) if text else []

    def start_snapshot(self, epoch: str, seq: int) -> None:
        """Begin (or begin again, for a new hub) the first download."""
        with self._tx() as conn:
            progress = _meta(conn, K_SNAPSHOT)
            old = _meta(conn, K_CURSOR)
            if old and json.loads(old)["epoch"] != epoch:
                # A new hub (restored or replaced): unanswered operations refer to revisions it
                # may not have. The records themselves stay dirty and go again.
                _forget_revisions(conn)
                conn.execute(delete(OUTBOX))
            if progress and json.loads(progress)["epoch"] == epoch:
                return
            _set_meta(conn, K_SNAPSHOT, dumps({"epoch": epoch, "seq": seq, "after": None}))
            _set_meta(conn, K_WANT, "[]")

    def begin_at(self, epoch: str, seq: int = 0) -> None:
        """Follow the feed of hub ``epoch`` from ``seq`` (a full bundle replaces the snapshot)."""
        with self._tx() as conn:
            old = _meta(conn, K_CURSOR)
            if old and json.loads(old)["epoch"] != epoch:
                _forget_revisions(conn)
                conn.execute(delete(OUTBOX))
            conn.execute(delete(META).where(META.c.key.in_([K_SNAPSHOT, K_WANT])))
            _set_meta(conn, K_CURSOR, dumps({"epoch": epoch, "seq": seq}))

    def reset_for_new_hub(self) -> None:
        """The hub is not the one the cursor came from: start again from a snapshot."""
        with self._tx() as conn:
            _forget_revisions(conn)
            conn.execute(delete(OUTBOX))
            conn.execute(delete(META).where(META.c.key.in_([K_CURSOR, K_SNAPSHOT, K_WANT])))

    def pending_counts(self) -> dict[str, int]:
        with self.store.engine.connect() as conn:
            dirty = len(conn.execute(select(SOLUTIONS.c.id).where(SOLUTIONS.c.dirty)).all())
            ops = len(conn.execute(select(OUTBOX.c.op_id)).all())
            conflicts = len(conn.execute(select(CONFLICTS.c.solution_id)).all())
            parked = len(_parked(conn))
            states = [e.get("state") for e in _contributions(conn).values()]
        return {
            "dirty": dirty,
            "ops": ops,
            "conflicts": conflicts,
            "parked": parked,
            "in_review": states.count("review"),
            "returned": states.count("returned"),
        }

    # -- contributions (protocol 2) ---------------------------------------------------------------
    def review_cursor(self) -> int:
        text = self.store.meta(K_REVIEW_CURSOR)
        return int(text) if text and text.isdigit() else 0

    def contributions(self) -> list[Contribution]:
        """This office's contributions: records waiting to be sent, then those the hub
        answered (in review, published, returned with the curator's comment), newest first."""
        with self.store.engine.connect() as conn:
            entries = _contributions(conn)
            waiting = {
                r[0]: r[1] for r in conn.execute(select(OUTBOX.c.solution_id, OUTBOX.c.frozen_at))
            }
            dirty = {r[0] for r in conn.execute(select(SOLUTIONS.c.id).where(SOLUTIONS.c.dirty))}
            ids = sorted(set(entries) | set(waiting) | dirty)
            titles: dict[str, str] = {}
            for start in range(0, len(ids), 500):
                for row in conn.execute(
                    select(SOLUTIONS.c.id, SOLUTIONS.c.title).where(
                        SOLUTIONS.c.id.in_(ids[start : start + 500])
                    )
                ):
                    titles[row[0]] = row[1] or ""
        out = []
        for record_id in ids:
            e = entries.get(record_id, {})
            if record_id in waiting or record_id in dirty:
                state = ContributionState.WAITING
            else:
                try:
                    state = ContributionState(e.get("state"))
                except ValueError:
                    continue
            number = e.get("n")
            out.append(
                Contribution(
                    record_id,
                    titles.get(record_id, ""),
                    state,
                    int(number) if number else None,
                    str(e.get("comment") or ""),
                    int(e["revision"]) if e.get("revision") else None,
                    waiting.get(record_id) or e.get("sent_at") or None,
                    e.get("decided_at") or None,
                )
            )
        out.sort(key=lambda c: (c.state is not ContributionState.WAITING, c.sent_at or ""))
        waiting_first = [c for c in out if c.state is ContributionState.WAITING]
        answered = sorted(
            (c for c in out if c.state is not ContributionState.WAITING),
            key=lambda c: c.decided_at or c.sent_at or "",
            reverse=True,
        )
        return waiting_first + answered

    def apply_decisions(self, decisions: Sequence[Decision], cursor: int | None) -> int:
        """Take curators' decisions on this office's contributions (and move the cursor to
        ``cursor``, None for a bundle). Decisions on operations this catalogue did not send
        (another computer of the same office) only move the cursor. Returns how many applied."""
        applied = 0
        with self._tx() as conn:
            entries = _contributions(conn)
            by_op = {str(e.get("op")): i for i, e in entries.items()}
            for d in decisions:
                record_id = by_op.get(d.op_id)
                if record_id is None:
                    continue
                entry = entries[record_id]
                if int(entry.get("d") or 0) >= d.number:
                    continue
                entry.update(
                    state=d.state,
                    n=d.contribution,
                    comment=d.comment,
                    revision=d.revision or None,
                    decided_at=d.decided_at,
                    d=d.number,
                )
                applied += 1
            if applied:
                _set_meta(conn, K_CONTRIBUTIONS, dumps(entries))
            if cursor is not None:
                old = _meta(conn, K_REVIEW_CURSOR)
                if not old or not old.isdigit() or int(old) < cursor:
                    _set_meta(conn, K_REVIEW_CURSOR, str(cursor))
        return applied

    def resend(self, solution_id: str) -> None:
        """Send a contribution again at the next sync (a returned one, corrected or not)."""
        with self._tx() as conn:
            if (
                conn.execute(select(SOLUTIONS.c.id).where(SOLUTIONS.c.id == solution_id)).first()
                is None
            ):
                raise NotFoundError(f"no solution has the id {solution_id!r}")
            conn.execute(update(SOLUTIONS).where(SOLUTIONS.c.id == solution_id).values(dirty=True))

    def parked(self) -> list[Parked]:
        """Hub records waiting for a newer version of this program."""
        with self.store.engine.connect() as conn:
            entries = _parked(conn)
        return [
            Parked(
                i,
                int(e.get("revision", 0)),
                str((e.get("data") or {}).get("title", ""))[:200],
                str(e.get("reason", "")),
                str(e.get("parked_at", "")),
            )
            for i, e in sorted(entries.items())
        ]

    def retry_parked(self) -> Applied:
        """Apply the parked records this program now accepts (after an update)."""
        with self._tx() as conn:
            entries = _parked(conn)
            ready = [
                e["data"]
                for e in entries.values()
                if isinstance(e.get("data"), dict) and unacceptable(e["data"]) is None
            ]
            if not ready:
                return Applied()
            return self._integrate(conn, ready)

    # -- push -------------------------------------------------------------------------------------
    def freeze(self) -> list[dict[str, Any]]:
        """Turn waiting local edits into operations; returns every unanswered operation.

        A record gets a new operation only when it has none waiting and no open conflict, so
        operations on one record reach the hub one at a time and each diff has a known base.
        Smallest first: text edits go before large new records when the budget is short.
        """
        with self._tx() as conn:
            busy = {r[0] for r in conn.execute(select(OUTBOX.c.solution_id))}
            busy |= {r[0] for r in conn.execute(select(CONFLICTS.c.solution_id))}
            dirty = [
                (r[0], r[1])
                for r in conn.execute(
                    select(SOLUTIONS.c.id, SOLUTIONS.c.change_seq).where(SOLUTIONS.c.dirty)
                )
                if r[0] not in busy
            ]
            if dirty:
                ids = [d[0] for d in dirty]
                records = {s.id: s for s in self.store.load(conn, ids)}
                bases = _bases(conn, ids)
                for record_id, change_seq in dirty:
                    record = shared(records[record_id].to_json_dict())
                    base = bases.get(record_id)
                    if base is None or base[0] == 0:  # the hub has never had this record
                        if record["deleted"] and base is None:
                            _set_clean(conn, record_id)  # made and deleted here: never sent
                            continue
                        patch, base_rev = diff_fields(None, record), 0
                    else:
                        patch, base_rev = diff_fields(base[1], record), base[0]
                    if not patch:
                        _set_clean(conn, record_id)
                        continue
                    conn.execute(
                        OUTBOX.insert().values(
                            op_id=str(uuid.uuid4()),
                            solution_id=record_id,
                            base_revision=base_rev,
                            patch=dumps(patch).decode(),
                            record_created_at=record["created_at"],
                            change_seq=change_seq,
                            frozen_at=_now(),
                        )
                    )
            rows = conn.execute(select(OUTBOX)).mappings().all()
        ops = [
            {
                "o": r["op_id"],
                "id": r["solution_id"],
                "b": r["base_revision"],
                "p": json.loads(r["patch"]),
                **({"c": r["record_created_at"]} if r["base_revision"] == 0 else {}),
            }
            for r in rows
        ]
        ops.sort(key=lambda op: (len(dumps(op)), op["o"]))
        return ops

    def apply_results(self, results: Sequence[dict[str, Any]]) -> tuple[int, list[str]]:
        """Take the hub's answers: (operations answered, records to fetch in full)."""
        answered = 0
        wanted: list[str] = []
        with self._tx() as conn:
            entries = _contributions(conn)
            before = dict(entries)
            for result in results:
                row = (
                    conn.execute(select(OUTBOX).where(OUTBOX.c.op_id == str(result.get("o"))))
                    .mappings()
                    .first()
                )
                if row is None:
                    continue  # answered before (a resent request)
                answered += 1
                conn.execute(delete(OUTBOX).where(OUTBOX.c.op_id == row["op_id"]))
                record_id = row["solution_id"]
                patch = json.loads(row["patch"])
                held = result.get("n") if result.get("s") == "review" else result.get("review")
                if held:
                    # Held for review at the hub: this catalogue keeps the record as it is (its
                    # own until published) and does not send it again unless it is edited.
                    entries[record_id] = _entry(row, "review", n=int(held))
                    now_seq = conn.execute(
                        select(SOLUTIONS.c.change_seq).where(SOLUTIONS.c.id == record_id)
                    ).scalar()
                    if now_seq == row["change_seq"]:
                        _set_clean(conn, record_id)
                    continue
                if result.get("s") == "ok":
                    entries[record_id] = _entry(row, "published", revision=int(result["r"]))
                if result.get("s") == "rej":
                    _put_conflict(
                        conn,
                        record_id,
                        "*",
                        patch,
                        None,
                        0,
                        f"the hub refused this edit: {result.get('m', '')}",
                    )
                    continue
                if result.get("s") != "ok" or not result.get("c"):
                    continue  # the page brings the hub's merged version
                base = _bases(conn, [record_id]).get(record_id)
                if (base[0] if base else 0) != row["base_revision"]:
                    continue
                try:
                    rebuilt = build_record(
                        base[1] if base else None,
                        patch,
                        record_id=record_id,
                        revision=int(result["r"]),
                        updated_at=str(result["t"]),
                        created_at=row["record_created_at"],
                    )
                except (ValueError, OverflowError):
                    rebuilt = None
                digest = str(result.get("h") or "-")
                if rebuilt is None or not content_hash(rebuilt).startswith(digest):
                    wanted.append(record_id)
                    continue
                _put_base(conn, rebuilt)
                local = self.store.load(conn, [record_id])
                has_conflict = conn.execute(
                    select(CONFLICTS.c.field).where(CONFLICTS.c.solution_id == record_id)
                ).first()
                mine = local[0].to_json_dict() if local else None
                if mine is not None and not has_conflict and not diff_fields(rebuilt, shared(mine)):
                    kept = _solution(with_private(rebuilt, mine), origin=local[0].origin)
                    self.store.write_records(conn, [kept], dirty=False)
            if wanted:
                _add_wanted(conn, wanted)
            if entries != before:
                _set_meta(conn, K_CONTRIBUTIONS, dumps(entries))
        return answered, wanted

    # -- pull -------------------------------------------------------------------------------------
    def apply_page(
        self,
        epoch: str,
        from_seq: int,
        to_seq: int,
        records: Sequence[dict[str, Any]],
        stubs: Sequence[Sequence[Any]] = (),
    ) -> Applied:
        """Merge one page of the change feed and move the cursor, in one transaction."""
        with self._tx() as conn:
            current = _meta(conn, K_CURSOR)
            expected = {"epoch": epoch, "seq": from_seq}
            if current is None or json.loads(current) != expected:
                raise StaleStateError("the cursor moved: another sync ran")
            applied = self._integrate(conn, records)
            bases = _bases(conn, [str(s[0]) for s in stubs])
            stale = [str(s[0]) for s in stubs if bases.get(str(s[0]), (0,))[0] < int(s[1])]
            if stale:
                _add_wanted(conn, stale)
                applied.wanted += stale
            _set_meta(conn, K_CURSOR, dumps({"epoch": epoch, "seq": to_seq}))
        return applied

    def apply_wanted(self, records: Sequence[dict[str, Any]]) -> Applied:
        with self._tx() as conn:
            applied = self._integrate(conn, records)
            got = {r["id"] for r in records}
            want = [i for i in json.loads(_meta(conn, K_WANT) or "[]") if i not in got]
            _set_meta(conn, K_WANT, dumps(want))
        return applied

    def clear_wanted(self, ids: Iterable[str]) -> None:
        drop = set(ids)
        with self._tx() as conn:
            want = [i for i in json.loads(_meta(conn, K_WANT) or "[]") if i not in drop]
            _set_meta(conn, K_WANT, dumps(want))

    def apply_snapshot_chunk(
        self,
        epoch: str,
        seq: int,
        after: str | None,
        new_after: str,
        records: Sequence[dict[str, Any]],
    ) -> Applied:
        with self._tx() as conn:
            progress = json.loads(_meta(conn, K_SNAPSHOT) or "null")
            if progress != {"epoch": epoch, "seq": seq, "after": after}:
                raise StaleStateError("the snapshot moved: another sync ran")
            applied = self._integrate(conn, records)
            _set_meta(conn, K_SNAPSHOT, dumps({"epoch": epoch, "seq": seq, "after": new_after}))
        return applied

    def finish_snapshot(self, epoch: str, seq: int) -> None:
        with self._tx() as conn:
            progress = json.loads(_meta(conn, K_SNAPSHOT) or "null")
            if not progress or progress["epoch"] != epoch or progress["seq"] != seq:
                raise StaleStateError("the snapshot moved: another sync ran")
            conn.execute(delete(META).where(META.c.key == K_SNAPSHOT))
            _set_meta(conn, K_CURSOR, dumps({"epoch": epoch, "seq": seq}))
            # Records an earlier hub had and this one lacks (a hub restored from an old backup):
            # send them again rather than let them live on this machine only.
            lost = select(BASE.c.solution_id).where(BASE.c.revision == 0)
            conn.execute(update(SOLUTIONS).where(SOLUTIONS.c.id.in_(lost)).values(dirty=True))

    def _integrate(self, conn: Connection, records: Sequence[dict[str, Any]]) -> Applied:
        """Merge hub records into the catalogue (the caller holds the transaction).

        The decisions are ``merging.integrate``'s; this reads and writes what they need. A
        record this program's rules refuse is parked (kept aside with the reason) and the feed
        goes on past it; a later acceptable version of it takes its place.
        """
        applied = Applied(records=len(records))
        if not records:
            return applied
        latest: dict[str, dict[str, Any]] = {}
        for record in records:
            known = latest.get(record["id"])
            if known is None or record["revision"] >= known["revision"]:
                latest[record["id"]] = shared(record)
        ids = list(latest)
        bases = _bases(conn, ids)
        local = {s.id: s for s in self.store.load(conn, ids)}
        dirty = self.store.dirty_ids(conn, ids)
        waiting = {r[0] for r in conn.execute(select(OUTBOX.c.solution_id))}
        open_conflicts: dict[str, set[str]] = {}
        for row in conn.execute(select(CONFLICTS.c.solution_id, CONFLICTS.c.field)):
            open_conflicts.setdefault(row[0], set()).add(row[1])
        parked = _parked(conn)
        parked_before = dict(parked)
        held = _held(_contributions(conn), bases, ids)
        clean_writes: list[Solution] = []
        dirty_writes: list[Solution] = []
        for record_id, theirs in latest.items():
            base = bases.get(record_id)
            if base is not None and base[0] >= theirs["revision"]:
                continue  # this version (or a newer one) is already here
            reason = unacceptable(theirs)
            if reason is not None:
                old = parked.get(record_id)
                if old is None or int(old.get("revision", 0)) <= int(theirs["revision"]):
                    parked[record_id] = {
                        "revision": theirs["revision"],
                        "data": theirs,
                        "reason": reason,
                        "parked_at": _now(),
                    }
                applied.parked += 1
                continue
            old = parked.get(record_id)
            if old is not None and int(old.get("revision", 0)) <= int(theirs["revision"]):
                del parked[record_id]
            _put_base(conn, theirs)
            mine_solution = local.get(record_id)
            own = open_conflicts.get(record_id, set())
            outcome = integrate(
                base[1] if base else None,
                mine_solution.to_json_dict() if mine_solution is not None else None,
                theirs,
                origin=mine_solution.origin if mine_solution is not None else "central",
                busy=record_id in dirty or record_id in waiting or bool(own) or record_id in held,
                open_fields=frozenset(own),
            )
            # A contribution in review or returned stays as this office wrote it (merged with
            # the hub's other changes) without being sent again: it is already at the hub, or
            # the office decides when to send it again.
            quiet = record_id in held and not (record_id in dirty or record_id in waiting or own)
            if outcome.solution is None:
                continue
            if own:
                conn.execute(
                    delete(CONFLICTS).where(
                        CONFLICTS.c.solution_id == record_id, CONFLICTS.c.field != "*"
                    )
                )
            for name, (m, t) in outcome.conflicts.items():
                _put_conflict(conn, record_id, name, m, t, int(theirs["revision"]), "")
            applied.conflicts += len(outcome.conflicts)
            (dirty_writes if outcome.dirty and not quiet else clean_writes).append(outcome.solution)
        if parked != parked_before:
            _set_meta(conn, K_PARKED, dumps(parked))
        if clean_writes:
            self.store.write_records(conn, clean_writes, dirty=False)
        if dirty_writes:
            self.store.write_records(conn, dirty_writes, dirty=True)
        applied.written = len(clean_writes) + len(dirty_writes)
        return applied

    # -- conflicts --------------------------------------------------------------------------------
    def conflicts(self) -> list[Conflict]:
        """The conflicts waiting for a decision. ``mine`` is the field's value in this catalogue
        now (it may have been edited again since the conflict was found)."""
        with self.store.engine.connect() as conn:
            rows = list(
                conn.execute(
                    select(CONFLICTS, SOLUTIONS.c.title)
                    .join(SOLUTIONS, SOLUTIONS.c.id == CONFLICTS.c.solution_id, isouter=True)
                    .order_by(CONFLICTS.c.detected_at, CONFLICTS.c.solution_id, CONFLICTS.c.field)
                ).mappings()
            )
            current = {
                s.id: s.to_json_dict()
                for s in self.store.load(conn, list({r["solution_id"] for r in rows}))
            }
        out = []
        for r in rows:
            mine = json.loads(r["mine"])
            record = current.get(r["solution_id"])
            if record is not None and (r["field"] in record or "." in r["field"]):
                mine = field_value(record, r["field"])
            out.append(
                Conflict(
                    r["solution_id"],
                    r["title"] or "",
                    r["field"],
                    mine,
                    json.loads(r["theirs"]),
                    r["hub_revision"],
                    r["message"],
                    r["detected_at"],
                )
            )
        return out

    def resolve(
        self, solution_id: str, field_name: str, choice: str, value: Any = None
    ) -> Solution:
        """Decide one conflict: keep ``mine``, take ``theirs``, or set ``value``.

        The decision is a local edit like any other: it is checked by the record's rules (a
        value they refuse changes nothing), then goes to the hub with the next sync.
        """
        if choice not in ("mine", "theirs", "value"):
            raise ValueError("choose mine, theirs or value")
        with self._tx() as conn:
            row = (
                conn.execute(
                    select(CONFLICTS).where(
                        CONFLICTS.c.solution_id == solution_id, CONFLICTS.c.field == field_name
                    )
                )
                .mappings()
                .first()
            )
            if row is None:
                raise NotFoundError(f"no conflict on {field_name!r} of {solution_id}")
            found = self.store.load(conn, [solution_id])
            if not found:
                raise NotFoundError(f"no solution has the id {solution_id!r}")
            current = found[0]
            data = current.to_json_dict()
            base = _bases(conn, [solution_id]).get(solution_id)
            if field_name == "*":
                if choice == "value":
                    raise ValueError("a refused edit is kept (mine) or dropped (theirs)")
                if choice == "theirs":
                    if base is None:
                        data["deleted"] = True  # it never reached the hub: drop it here too
                    else:
                        data.update({f: field_value(base[1], f) for f in FIELDS})
                        data = with_private(data, current.to_json_dict())
            elif choice == "theirs":
                data = with_field(data, field_name, json.loads(row["theirs"]))
                if field_name == "contacts":
                    data = with_private(data, current.to_json_dict())
            elif choice == "value":
                data = with_field(data, field_name, value)
            # "mine": the value this catalogue holds now, also when it was edited (or the
            # record deleted) after the conflict was found: a decision never undoes a later edit.
            data.update(revision=current.revision + 1, updated_at=later(_now(), data["created_at"]))
            solution = Solution.model_validate(data)  # a refused value raises: nothing changed
            conn.execute(
                delete(CONFLICTS).where(
                    CONFLICTS.c.solution_id == solution_id, CONFLICTS.c.field == field_name
                )
            )
            others = conn.execute(
                select(CONFLICTS.c.field).where(CONFLICTS.c.solution_id == solution_id)
            ).first()
            dirty = bool(others) or base is None or bool(diff_fields(base[1], shared(data)))
            if field_name == "*" and choice == "theirs" and base is None:
                dirty = False
            self.store.write_records(conn, [solution], dirty=dirty)
        return solution


def _forget_revisions(conn: Connection) -> None:
    """Another hub: its revision numbers mean nothing here, but the versions this catalogue last
    received stay the best merge base for its edits (so they merge rather than conflict)."""
    conn.execute(update(BASE).values(revision=0))


def _meta(conn: Connection, key: str) -> str | None:
    value = conn.execute(select(META.c.value).where(META.c.key == key)).scalar()
    return None if value is None else str(value)


def _set_meta(conn: Connection, key: str, value: str | bytes) -> None:
    CatalogueStore.set_meta_on(conn, key, value.decode() if isinstance(value, bytes) else value)


def _add_wanted(conn: Connection, ids: Iterable[str]) -> None:
    want = json.loads(_meta(conn, K_WANT) or "[]")
    want += [i for i in ids if i not in want]
    _set_meta(conn, K_WANT, dumps(want))


def _bases(conn: Connection, ids: Sequence[str]) -> dict[str, tuple[int, dict[str, Any]]]:
    """The merge base of each record: the last hub version this catalogue received.

    A record never received from a hub but shipped in the embedded seed has the seed's version
    as its base: every installation got that hub version, so an edit made before the first sync
    merges field by field instead of turning every changed field into a conflict.
    """
    out: dict[str, tuple[int, dict[str, Any]]] = {}
    for start in range(0, len(ids), 500):
        for row in conn.execute(
            select(BASE.c.solution_id, BASE.c.revision, BASE.c.data).where(
                BASE.c.solution_id.in_(ids[start : start + 500])
            )
        ):
            out[row[0]] = (int(row[1]), json.loads(row[2]))
    missing = [i for i in ids if i not in out]
    if missing:
        seed = _seed_versions()
        out.update({i: seed[i] for i in missing if i in seed})
    return out


@cache
def _seed_versions() -> dict[str, tuple[int, dict[str, Any]]]:
    """The embedded seed's records (the hub version every installation starts from)."""
    from ssc_desktop.catalogue import read_seed, seed_file

    if not seed_file().exists():
        return {}
    return {s.id: (s.revision, s.to_json_dict()) for s in read_seed()}


def _put_base(conn: Connection, record: dict[str, Any]) -> None:
    stmt = sqlite_insert(BASE).values(
        solution_id=record["id"], revision=record["revision"], data=dumps(record).decode()
    )
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[BASE.c.solution_id],
            set_={"revision": stmt.excluded.revision, "data": stmt.excluded.data},
        )
    )


def _put_conflict(
    conn: Connection,
    record_id: str,
    name: str,
    mine: Any,
    theirs: Any,
    revision: int,
    message: str,
) -> None:
    stmt = sqlite_insert(CONFLICTS).values(
        solution_id=record_id,
        field=name,
        mine=dumps(mine).decode(),
        theirs=dumps(theirs).decode(),
        hub_revision=revision,
        message=message,
        detected_at=_now(),
    )
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[CONFLICTS.c.solution_id, CONFLICTS.c.field],
            set_={
                "mine": stmt.excluded.mine,
                "theirs": stmt.excluded.theirs,
                "hub_revision": stmt.excluded.hub_revision,
                "message": stmt.excluded.message,
            },
        )
    )


def _parked(conn: Connection) -> dict[str, dict[str, Any]]:
    try:
        entries = json.loads(_meta(conn, K_PARKED) or "{}")
    except ValueError:
        return {}
    return (
        {str(k): v for k, v in entries.items() if isinstance(v, dict)}
        if isinstance(entries, dict)
        else {}
    )


def _contributions(conn: Connection) -> dict[str, dict[str, Any]]:
    try:
        entries = json.loads(_meta(conn, K_CONTRIBUTIONS) or "{}")
    except ValueError:
        return {}
    return (
        {str(k): v for k, v in entries.items() if isinstance(v, dict)}
        if isinstance(entries, dict)
        else {}
    )


def _entry(
    row: Any, state: str, *, n: int | None = None, revision: int | None = None
) -> dict[str, Any]:
    return {
        "op": row["op_id"],
        "n": n,
        "state": state,
        "comment": "",
        "revision": revision,
        "sent_at": _now(),
        "decided_at": "",
        "d": 0,
    }


def _held(
    entries: dict[str, dict[str, Any]],
    bases: dict[str, tuple[int, dict[str, Any]]],
    ids: Sequence[str],
) -> set[str]:
    """Records whose local version holds a contribution the hub has not published yet (in
    review, returned) or whose published version has not arrived here yet."""
    out = set()
    for record_id in ids:
        e = entries.get(record_id)
        if e is None:
            continue
        state = e.get("state")
        if state in ("review", "returned") or (
            state == "published" and int(e.get("revision") or 0) > bases.get(record_id, (0,))[0]
        ):
            out.add(record_id)
    return out


def _set_clean(conn: Connection, record_id: str) -> None:
    conn.execute(update(SOLUTIONS).where(SOLUTIONS.c.id == record_id).values(dirty=False))


def _solution(record: dict[str, Any], *, origin: str) -> Solution:
    return Solution.model_validate({**record, "origin": origin})
