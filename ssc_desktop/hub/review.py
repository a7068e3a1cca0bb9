"""Review of contributions at the hub: the queue, curators' decisions, per-office settings, the
audit log. The console (``hub.console``) and the CLI (``ssc-desktop hub review``) both call
this module, so the same rules and the same audit log apply whichever a curator uses.

An office's operation waits in ``hub_contributions`` (state ``review``) unless the office
publishes directly (``hub_offices.publish_directly``, off by default). Approving applies it as
if it had just arrived: the per-field merge against the *current* central version (a field
changed centrally since the office's base keeps the central value, listed in ``kept``; the
office then sees both values as a conflict). Returning it changes nothing central: the office
keeps its record as its own, and may correct it and send it again. Every decision takes the
next number of the ``review`` counter, which the office follows (protocol 2, docs/sync.md).
"""

from __future__ import annotations

import contextlib
import enum
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select, update

from ssc_desktop.hub.store import (
    AUDIT,
    CONTRIBUTIONS,
    OFFICES,
    TOKENS,
    HubError,
    HubStore,
    _now,
)
from ssc_desktop.sync.protocol import FIELDS, Decision, build_record

__all__ = [
    "AuditEntry",
    "Contribution",
    "FieldDiff",
    "OfficeInfo",
    "Review",
    "ReviewError",
    "ReviewProblem",
]

MAX_COMMENT = 2000
DECISIONS_PER_EXCHANGE = 500


class ReviewProblem(enum.Enum):
    NOT_FOUND = "not_found"
    ALREADY_DECIDED = "already_decided"
    COMMENT_REQUIRED = "comment_required"
    NOT_PUBLISHABLE = "not_publishable"
    BAD_OFFICE = "bad_office"


class ReviewError(HubError):
    """A decision that cannot be made; nothing was changed. ``problem`` says which kind."""

    def __init__(self, problem: ReviewProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True)
class Contribution:
    """One operation an office sent, as the hub keeps it for review."""

    id: int
    op_id: str
    office: str
    solution_id: str
    base_revision: int
    patch: dict[str, Any]
    title: str
    state: str  # review, published, returned, superseded
    via: str  # online, bundle
    received_at: str
    decided_at: str | None
    decided_by: str | None
    comment: str
    revision: int | None
    kept: list[str]

    @property
    def is_new_record(self) -> bool:
        return self.base_revision == 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "op_id": self.op_id,
            "office": self.office,
            "solution_id": self.solution_id,
            "base_revision": self.base_revision,
            "title": self.title,
            "state": self.state,
            "via": self.via,
            "received_at": self.received_at,
            "decided_at": self.decided_at,
            "decided_by": self.decided_by,
            "comment": self.comment,
            "revision": self.revision,
            "kept": self.kept,
            "fields": sorted(self.patch),
        }


@dataclass(frozen=True)
class FieldDiff:
    """One field side by side: the central value now and the value once approved."""

    name: str
    central: Any
    proposed: Any
    changed: bool  # the contribution changes this field
    central_moved: bool  # changed centrally since the office's base: approving keeps central


@dataclass(frozen=True)
class OfficeInfo:
    name: str
    publish_directly: bool
    tokens: int
    live_tokens: int
    last_sync_at: str | None
    app_version: str | None
    protocol: int | None
    failures: int
    last_failure_at: str | None
    last_failure: str | None
    waiting: int


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    target: str
    detail: str


def _row(r: Any) -> Contribution:
    return Contribution(
        id=int(r.id),
        op_id=r.op_id,
        office=r.office,
        solution_id=r.solution_id,
        base_revision=int(r.base_revision),
        patch=json.loads(r.patch),
        title=r.title or "",
        state=r.state,
        via=r.via,
        received_at=r.received_at,
        decided_at=r.decided_at,
        decided_by=r.decided_by,
        comment=r.comment or "",
        revision=None if r.revision is None else int(r.revision),
        kept=list(json.loads(r.kept or "[]")),
    )


def check_office_name(office: str) -> str:
    office = office.strip()
    if not office or len(office) > 100 or any(c in office for c in "\r\n\t"):
        raise ReviewError(ReviewProblem.BAD_OFFICE, "an office name is 1 to 100 characters")
    return office


class Review:
    """The review desk of one hub store."""

    def __init__(self, store: HubStore) -> None:
        self.store = store

    # -- the queue ----------------------------------------------------------------------------
    def contributions(
        self, *, state: str | None = "review", office: str | None = None, limit: int = 500
    ) -> list[Contribution]:
        """Contributions, oldest first for those in review, newest decisions first otherwise."""
        query = select(CONTRIBUTIONS)
        if state:
            query = query.where(CONTRIBUTIONS.c.state == state)
        if office:
            query = query.where(CONTRIBUTIONS.c.office == office)
        if state == "review":
            query = query.order_by(CONTRIBUTIONS.c.id)
        else:
            query = query.order_by(CONTRIBUTIONS.c.id.desc())
        with self.store.engine.connect() as conn:
            return [_row(r) for r in conn.execute(query.limit(limit))]

    def waiting(self) -> int:
        with self.store.engine.connect() as conn:
            return int(
                conn.execute(
                    select(func.count())
                    .select_from(CONTRIBUTIONS)
                    .where(CONTRIBUTIONS.c.state == "review")
                ).scalar_one()
            )

    def get(self, number: int) -> Contribution:
        with self.store.engine.connect() as conn:
            row = conn.execute(select(CONTRIBUTIONS).where(CONTRIBUTIONS.c.id == number)).first()
        if row is None:
            raise ReviewError(ReviewProblem.NOT_FOUND, f"no contribution {number}")
        return _row(row)

    def compare(
        self, contribution: Contribution
    ) -> tuple[dict[str, Any] | None, dict[str, Any], list[FieldDiff]]:
        """(the central record now or None, the record as approving would make it, the fields
        side by side). Fields the contribution does not touch and that are equal are left out."""
        with self.store.engine.connect() as conn:
            current = self.store._current(conn, contribution.solution_id)
        central = current[0] if current else None
        revs = current[2] if current else {}
        patch = contribution.patch
        proposed: dict[str, Any] = dict(central or {})
        for name, value in patch.items():
            moved = revs.get(name, 0) > contribution.base_revision
            if not (moved and central is not None and central.get(name) != value):
                proposed[name] = value
        # A record the rules refuse is shown as sent; approving it says what is wrong.
        with contextlib.suppress(ValueError):
            proposed = build_record(
                central,
                {k: v for k, v in proposed.items() if k in FIELDS},
                record_id=contribution.solution_id,
                revision=(current[1] + 1) if current else 1,
                updated_at=_now(),
                created_at=contribution.received_at,
            )
        diffs: list[FieldDiff] = []
        for name in FIELDS:
            before = central.get(name) if central else None
            after = proposed.get(name)
            if name not in patch and before == after:
                continue
            diffs.append(
                FieldDiff(
                    name,
                    before,
                    patch.get(name, after),
                    changed=name in patch and before != patch.get(name),
                    central_moved=central is not None
                    and name in patch
                    and revs.get(name, 0) > contribution.base_revision
                    and before != patch.get(name),
                )
            )
        return central, proposed, diffs

    def approve(self, number: int, *, actor: str) -> Contribution:
        """Publish a contribution in review: it becomes part of the central catalogue (the
        per-field merge against the current version) and reaches every office at its next
        sync. ``ReviewError`` (nothing changed) if it is not in review or the rules refuse it."""
        store = self.store
        with store._write() as conn:
            seq = store._lock_counter(conn)  # every writer locks the feed counter first
            found = self._pending(conn, number)
            op = {
                "o": found.op_id,
                "id": found.solution_id,
                "b": found.base_revision,
                "p": found.patch,
                "c": self._created_at(conn, number),
            }
            current = store._current(conn, found.solution_id)
            kept = _kept_fields(current, found)
            result, seq = store._apply_one(conn, "", op, seq, _now())
            if result.get("s") != "ok":
                raise ReviewError(
                    ReviewProblem.NOT_PUBLISHABLE,
                    f"contribution {number} cannot be published as it stands: "
                    f"{result.get('m', 'refused')} (return it to the office with a comment)",
                )
            store._set_counter(conn, seq)
            store.decide(
                conn,
                number,
                "published",
                actor=actor,
                comment="",
                revision=int(result["r"]),
                kept=kept,
            )
            detail = f"revision {result['r']}"
            if kept:
                detail += f"; central value kept: {', '.join(kept)}"
            self._audit(conn, actor, "approve", _target(found), detail)
        return self.get(number)

    def return_(self, number: int, *, actor: str, comment: str) -> Contribution:
        """Send a contribution back to its office with a comment; nothing central changes."""
        comment = comment.strip()
        if not comment:
            raise ReviewError(
                ReviewProblem.COMMENT_REQUIRED, "a returned contribution needs a comment"
            )
        if len(comment) > MAX_COMMENT:
            raise ReviewError(
                ReviewProblem.COMMENT_REQUIRED,
                f"a comment is at most {MAX_COMMENT} characters",
            )
        store = self.store
        with store._write() as conn:
            store._lock_counter(conn)
            found = self._pending(conn, number)
            store.decide(conn, number, "returned", actor=actor, comment=comment)
            self._audit(conn, actor, "return", _target(found), comment)
        return self.get(number)

    def _pending(self, conn: Connection, number: int) -> Contribution:
        row = conn.execute(select(CONTRIBUTIONS).where(CONTRIBUTIONS.c.id == number)).first()
        if row is None:
            raise ReviewError(ReviewProblem.NOT_FOUND, f"no contribution {number}")
        found = _row(row)
        if found.state != "review":
            raise ReviewError(
                ReviewProblem.ALREADY_DECIDED,
                f"contribution {number} is no longer in review ({found.state}"
                + (f" by {found.decided_by} at {found.decided_at}" if found.decided_by else "")
                + ")",
            )
        return found

    @staticmethod
    def _created_at(conn: Connection, number: int) -> str | None:
        value = conn.execute(
            select(CONTRIBUTIONS.c.record_created_at).where(CONTRIBUTIONS.c.id == number)
        ).scalar()
        return None if value is None else str(value)

    # -- what the office learns ---------------------------------------------------------------
    def decisions(self, office: str, after: int) -> tuple[list[Decision], int]:
        """Decisions on ``office``'s contributions after number ``after``, and the cursor."""
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                select(CONTRIBUTIONS)
                .where(CONTRIBUTIONS.c.office == office, CONTRIBUTIONS.c.decision > after)
                .order_by(CONTRIBUTIONS.c.decision)
                .limit(DECISIONS_PER_EXCHANGE)
            ).all()
        out = [
            Decision(
                number=int(r.decision),
                op_id=r.op_id,
                state=r.state,
                contribution=int(r.id),
                comment=(r.comment or "")[:MAX_COMMENT],
                revision=int(r.revision or 0),
                decided_at=r.decided_at or "",
            )
            for r in rows
        ]
        return out, (out[-1].number if out else after)

    def all_decisions(self, office: str) -> list[Decision]:
        """Every decision on ``office``'s contributions (a hub bundle carries them all)."""
        out: list[Decision] = []
        after = 0
        while True:
            batch, after = self.decisions(office, after)
            out += batch
            if len(batch) < DECISIONS_PER_EXCHANGE:
                return out

    # -- offices ------------------------------------------------------------------------------
    def set_publish_directly(self, office: str, on: bool, *, actor: str) -> None:
        office = check_office_name(office)
        with self.store._write() as conn:
            self.store._set_publish_directly(conn, office, on)
            self._audit(conn, actor, "publish-directly", office, "on" if on else "off (review)")

    def offices(self) -> list[OfficeInfo]:
        """Every office the hub knows (by a token or a setting), for the dashboard."""
        with self.store.engine.connect() as conn:
            settings = {r.name: r for r in conn.execute(select(OFFICES))}
            tokens: dict[str, list[Any]] = {}
            for t in conn.execute(select(TOKENS.c.office, TOKENS.c.revoked_at)):
                tokens.setdefault(t.office, []).append(t)
            waiting = {
                r[0]: int(r[1])
                for r in conn.execute(
                    select(CONTRIBUTIONS.c.office, func.count())
                    .where(CONTRIBUTIONS.c.state == "review")
                    .group_by(CONTRIBUTIONS.c.office)
                )
            }
        out = []
        for name in sorted(set(settings) | set(tokens), key=str.casefold):
            s = settings.get(name)
            mine = tokens.get(name, [])
            out.append(
                OfficeInfo(
                    name=name,
                    publish_directly=bool(s.publish_directly) if s else False,
                    tokens=len(mine),
                    live_tokens=sum(1 for t in mine if t.revoked_at is None),
                    last_sync_at=s.last_sync_at if s else None,
                    app_version=s.app_version if s else None,
                    protocol=s.protocol if s else None,
                    failures=int(s.failures or 0) if s else 0,
                    last_failure_at=s.last_failure_at if s else None,
                    last_failure=s.last_failure if s else None,
                    waiting=waiting.get(name, 0),
                )
            )
        return out

    def note_sync(self, office: str, app_version: str, protocol: int) -> None:
        """Remember an office's last sync (at most one write a minute while nothing changes)."""
        with self.store.engine.connect() as conn:
            row = conn.execute(select(OFFICES).where(OFFICES.c.name == office)).first()
        now = _now()
        if (
            row is not None
            and row.app_version == app_version
            and row.protocol == protocol
            and row.last_sync_at is not None
            and row.last_sync_at[:16] == now[:16]
        ):
            return
        with self.store._write() as conn:
            self._ensure_office(conn, office)
            conn.execute(
                update(OFFICES)
                .where(OFFICES.c.name == office)
                .values(last_sync_at=now, app_version=app_version[:64], protocol=protocol)
            )

    def note_failure(self, office: str, reason: str) -> None:
        """A request of this office the hub refused (shown on the dashboard)."""
        with self.store._write() as conn:
            self._ensure_office(conn, office)
            conn.execute(
                update(OFFICES)
                .where(OFFICES.c.name == office)
                .values(
                    failures=OFFICES.c.failures + 1,
                    last_failure_at=_now(),
                    last_failure=reason[:300],
                )
            )

    @staticmethod
    def _ensure_office(conn: Connection, office: str) -> None:
        if conn.execute(select(OFFICES.c.name).where(OFFICES.c.name == office)).first() is None:
            conn.execute(OFFICES.insert().values(name=office, publish_directly=False, failures=0))

    # -- audit log ----------------------------------------------------------------------------
    def audit(self, actor: str, action: str, target: str = "", detail: str = "") -> None:
        with self.store._write() as conn:
            self._audit(conn, actor, action, target, detail)

    @staticmethod
    def _audit(conn: Connection, actor: str, action: str, target: str, detail: str) -> None:
        conn.execute(
            AUDIT.insert().values(
                at=_now(),
                actor=actor[:120],
                action=action[:40],
                target=target[:200],
                detail=detail[:4000],
            )
        )

    def audit_log(self, limit: int = 200) -> list[AuditEntry]:
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(AUDIT).order_by(AUDIT.c.id.desc()).limit(limit))
            return [
                AuditEntry(int(r.id), r.at, r.actor, r.action, r.target, r.detail) for r in rows
            ]


def _target(c: Contribution) -> str:
    return f"contribution {c.id} ({c.office}: {c.title[:80]})"


def _kept_fields(
    current: tuple[dict[str, Any], int, dict[str, int], int] | None, c: Contribution
) -> list[str]:
    """Fields whose central value approving keeps (changed centrally since the base)."""
    if current is None:
        return []
    data, _revision, revs, _seq = current
    return sorted(
        name
        for name, value in c.patch.items()
        if revs.get(name, 0) > c.base_revision and data.get(name) != value
    )


def decisions_wire(decisions: Sequence[Decision]) -> list[list[Any]]:
    return [d.wire() for d in decisions]
