"""The hub's central catalogue: SQLAlchemy Core tables that run on SQLite and PostgreSQL alike.

Tables (created by ``HubStore.init``; ``hub_meta.schema_version`` names the layout, so a later
layout can be upgraded in place by code keyed on it):

* ``hub_records`` — the latest version of every record (tombstones included) as interchange JSON,
  its revision, the per-field revision that last changed each field (the field-level merge needs
  nothing else), and ``seq``: its place in the change feed. Every write takes the next ``seq``.
* ``hub_ops`` — every operation id ever applied and its stored result: a resent operation gets the
  same answer and changes nothing (exactly once).
* ``hub_tokens`` — office tokens, stored as SHA-256 digests (tokens are 256-bit random, so a fast
  hash is enough), with the public half of each office's bundle key (a digest or a public key
  lets nobody sync or sign: see "Security model" in docs/sync.md); revoked tokens stay listed.
* ``hub_counter`` — the feed counter. A writer locks its row first (``FOR UPDATE`` on PostgreSQL,
  ``BEGIN IMMEDIATE`` on SQLite), so sequence numbers become visible in order and a reader never
  skips a change that commits late.
* ``hub_meta`` — epoch (a new one means a new hub: clients start again from a snapshot), the
  bundle signing key, the schema version.

Layout 3 (review, ``hub.review`` and ``hub.accounts`` use them):

* ``hub_offices`` — per-office settings (``publish_directly``, off by default) and what the
  console's dashboard shows (last sync, app version, refused requests).
* ``hub_contributions`` — operations of offices that do not publish directly, held for a
  curator (``review``), then ``published``, ``returned`` (with a comment) or ``superseded`` by
  the office's next contribution to the same record. Each decision takes the next number of
  the ``review`` counter: the office follows them with a cursor, as it follows the feed.
* ``hub_admins``, ``hub_sessions``, ``hub_sign_in_attempts``, ``hub_audit`` — the console's
  named accounts (argon2 hashes), sessions (SHA-256 of the cookie), rate limiting, and the
  log of who decided what and when (console and CLI alike).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
import stat
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    func,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import make_url

from ssc_desktop.domain.model import (
    TRANSLATABLE_FIELDS,
    format_timestamp,
    parse_timestamp,
    utc_now,
)
from ssc_desktop.sync.bundle import OfficeKey, office_public_key
from ssc_desktop.sync.protocol import (
    FIELDS,
    MAX_REVISION,
    TRANSLATION_PARTS,
    TRANSLATIONS,
    BadRequest,
    Decision,
    build_record,
    content_hash,
    dumps,
    field_value,
    later,
    shared,
)

log = logging.getLogger(__name__)

__all__ = ["BadRequest", "BaseAhead", "HubError", "HubStore", "Office", "TokenInfo"]

#: 2: ``hub_tokens.bundle_key`` (office bundles signed with a key the hub cannot use) and no
#: private contacts in stored records. A layout-1 database is upgraded in place at start.
#: 3: review (``hub_offices``, ``hub_contributions``) and the console's accounts, sessions and
#: audit log: new tables only, made by ``create_all``; the ``review`` counter row is added.
SCHEMA_VERSION = "3"
#: ``hub_meta`` key of the SHA-256 of the embedded catalogue last loaded (``refresh_seed``).
SEED_META = "seed_sha256"
metadata = MetaData()

RECORDS = Table(
    "hub_records",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("revision", Integer, nullable=False),
    Column("seq", BigInteger, nullable=False, unique=True),
    Column("deleted", Boolean, nullable=False),
    Column("updated_at", String(32), nullable=False),
    Column("data", Text, nullable=False),
    Column("field_revs", Text, nullable=False),
    # The catalogue whose clean edit made this version ("" otherwise): it already has it.
    Column("writer", String(64), nullable=False, default=""),
)
OPS = Table(
    "hub_ops",
    metadata,
    Column("op_id", String(36), primary_key=True),
    Column("office", String(100), nullable=False, index=True),
    Column("solution_id", String(36), nullable=False),
    Column("seq", BigInteger, nullable=True, index=True),
    Column("received_at", String(32), nullable=False),
    Column("via", String(16), nullable=False),
    Column("result", Text, nullable=False),
)
TOKENS = Table(
    "hub_tokens",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("office", String(100), nullable=False, index=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", String(32), nullable=False),
    Column("revoked_at", String(32), nullable=True),
    Column("last_used_at", String(32), nullable=True),
    Column("bundle_key", String(64), nullable=True),  # the office's public bundle key (hex)
)
META = Table(
    "hub_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
COUNTER = Table(
    "hub_counter",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

# -- layout 3: review and the console ------------------------------------------------------------
OFFICES = Table(
    "hub_offices",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("publish_directly", Boolean, nullable=False, default=False),
    Column("last_sync_at", String(32), nullable=True),
    Column("app_version", String(64), nullable=True),
    Column("protocol", Integer, nullable=True),
    Column("failures", BigInteger, nullable=False, default=0),
    Column("last_failure_at", String(32), nullable=True),
    Column("last_failure", Text, nullable=True),
)
CONTRIBUTIONS = Table(
    "hub_contributions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("op_id", String(36), nullable=False, unique=True),
    Column("office", String(100), nullable=False, index=True),
    Column("catalogue", String(64), nullable=False, default=""),
    Column("solution_id", String(36), nullable=False, index=True),
    Column("base_revision", Integer, nullable=False),
    Column("patch", Text, nullable=False),
    Column("record_created_at", String(32), nullable=True),
    Column("title", Text, nullable=False, default=""),
    Column("state", String(16), nullable=False, index=True),
    Column("via", String(16), nullable=False),
    Column("received_at", String(32), nullable=False),
    Column("decided_at", String(32), nullable=True),
    Column("decided_by", String(100), nullable=True),
    Column("comment", Text, nullable=False, default=""),
    Column("decision", BigInteger, nullable=True, index=True),  # the office's cursor follows it
    Column("revision", Integer, nullable=True),  # the central revision it was published as
    Column("kept", Text, nullable=False, default="[]"),  # fields where the central value stayed
)
ADMINS = Table(
    "hub_admins",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("password_hash", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("disabled_at", String(32), nullable=True),
)
SESSIONS = Table(
    "hub_sessions",
    metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("admin", String(64), nullable=False, index=True),
    Column("csrf", String(64), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("last_seen_at", String(32), nullable=False),
    Column("revoked_at", String(32), nullable=True),
    Column("address", String(64), nullable=False, default=""),
)
ATTEMPTS = Table(
    "hub_sign_in_attempts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False, index=True),
    Column("account", String(64), nullable=False, index=True),
    Column("address", String(64), nullable=False, index=True),
    Column("ok", Boolean, nullable=False),
)
AUDIT = Table(
    "hub_audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),
    Column("actor", String(120), nullable=False),
    Column("action", String(40), nullable=False),
    Column("target", String(200), nullable=False, default=""),
    Column("detail", Text, nullable=False, default=""),
)

TOKEN_PREFIX = "ssc_"


class HubError(Exception):
    """A refusal to tell the administrator or the office as it is."""


class BaseAhead(BadRequest):
    """An operation whose base revision is above the record's current one: no client can
    have seen that version, so its fields are not applied (nothing was changed)."""


@dataclass(frozen=True)
class Office:
    name: str
    token_id: str


@dataclass(frozen=True)
class TokenInfo:
    id: str
    office: str
    created_at: str
    revoked_at: str | None
    last_used_at: str | None


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def database_url(text: str | None, default_file: Path) -> str:
    """A SQLAlchemy URL from what the user typed (a URL, or nothing for the default file)."""
    if not text:
        return f"sqlite:///{default_file}"
    if "://" not in text:
        return f"sqlite:///{Path(text).expanduser().resolve()}"
    if text.startswith("postgresql://") or text.startswith("postgres://"):
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    return text


def make_hub_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        from ssc_desktop.storage.database import make_engine

        if not parsed.database:
            raise HubError("the hub needs a database file, not an in-memory database")
        path = Path(parsed.database)
        private_file(path)
        return make_engine(path)
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


def private_file(path: Path) -> None:
    """Make ``path`` readable by its owner only (0600; a new folder 0700): the hub database
    holds the hub's bundle signing key. An existing file that others may read is tightened."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    mode = stat.S_IMODE(path.stat().st_mode)
    if os.name == "posix" and mode & 0o077:
        os.chmod(path, mode & 0o700)
        log.warning("the hub database %s was readable by others: now %o", path, mode & 0o700)
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if os.name == "posix" and side.exists() and stat.S_IMODE(side.stat().st_mode) & 0o077:
            os.chmod(side, 0o600)


def _now() -> str:
    return format_timestamp(utc_now())


class HubStore:
    """The hub's catalogue, tokens and operation log."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_hub_engine(url)
        self._is_sqlite = self.engine.dialect.name == "sqlite"
        self._epoch: str | None = None
        self._public_key: str | None = None

    def close(self) -> None:
        self.engine.dispose()

    def _write(self) -> Any:
        """A write transaction (takes SQLite's write lock at BEGIN)."""
        return self.engine.execution_options(sqlite_begin="IMMEDIATE").begin()

    # -- set-up ---------------------------------------------------------------------------------
    def init(self, *, seed: bool = True) -> bool:
        """Create the tables when missing (and load the embedded catalogue); True if created."""
        metadata.create_all(self.engine)
        with self._write() as conn:
            created = not conn.execute(select(META.c.value).where(META.c.key == "epoch")).scalar()
            if not created:
                version = conn.execute(
                    select(META.c.value).where(META.c.key == "schema_version")
                ).scalar()
                if version == "1":
                    self._upgrade_from_1(conn)
                    version = "2"
                if version == "2":
                    self._upgrade_from_2(conn)
                    version = SCHEMA_VERSION
                if version != SCHEMA_VERSION:
                    raise HubError(
                        f"the hub database has layout {version}; this program knows "
                        f"{SCHEMA_VERSION} (use the matching version of SSC Desktop)"
                    )
            else:
                conn.execute(
                    META.insert(),
                    [
                        {"key": "epoch", "value": str(uuid.uuid4())},
                        {"key": "schema_version", "value": SCHEMA_VERSION},
                        {"key": "created_at", "value": _now()},
                    ],
                )
                conn.execute(COUNTER.insert().values(name="seq", value=0))
                conn.execute(COUNTER.insert().values(name="review", value=0))
        if seed:
            self.refresh_seed(created=created)
        return created

    def refresh_seed(self, *, created: bool = False) -> int | None:
        """Load the embedded catalogue when it differs from the one this hub last loaded.

        Its SHA-256 is kept in ``hub_meta.seed_sha256`` (as the desktop's ``load_seed`` does), so
        an upgrade that ships seed corrections brings them to an existing hub. Newer revisions win
        (``load_records``): a record the hub holds at the same or a higher revision, an office's
        edit or deletion included, is kept. A hub made before the hash was kept counts as seeded
        only if it holds one of the seed's records, so a hub started with ``--no-seed`` stays
        empty. Returns how many records were written, None when the seed was not read.
        """
        from ssc_desktop.catalogue import read_seed, seed_digest

        digest = seed_digest()
        known = self.meta(SEED_META)
        if known == digest:
            return None
        records = [s.to_json_dict() for s in read_seed()]
        if not created and known is None and not self.records([r["id"] for r in records]):
            return None
        count = self.load_records(records)
        count += self._attach_translations(records)
        with self._write() as conn:
            conn.execute(META.delete().where(META.c.key == SEED_META))
            conn.execute(META.insert().values(key=SEED_META, value=digest))
        log.info("seed catalogue loaded into the hub: %d record(s) written", count)
        return count

    def _upgrade_from_1(self, conn: Connection) -> None:
        """Layout 1 -> 2: a column for office public keys; private contacts, which older
        offices sent, removed from the stored records (they were never meant to leave)."""
        columns = {c["name"] for c in inspect(conn).get_columns("hub_tokens")}
        if "bundle_key" not in columns:
            conn.execute(text("ALTER TABLE hub_tokens ADD COLUMN bundle_key VARCHAR(64)"))
        for row in conn.execute(select(RECORDS.c.id, RECORDS.c.data)).all():
            data = json.loads(row.data)
            clean = shared(data)
            if clean != data:
                conn.execute(
                    update(RECORDS).where(RECORDS.c.id == row.id).values(data=dumps(clean).decode())
                )
        conn.execute(update(META).where(META.c.key == "schema_version").values(value="2"))
        log.warning("hub database upgraded to layout 2")

    def _upgrade_from_2(self, conn: Connection) -> None:
        """Layout 2 -> 3: the review tables (already made by ``create_all``) and their counter.
        From now on every office's contributions wait for review, as on a new hub; an
        administrator turns direct publishing on per office (``hub office set``)."""
        found = conn.execute(select(COUNTER.c.value).where(COUNTER.c.name == "review")).first()
        if found is None:
            conn.execute(COUNTER.insert().values(name="review", value=0))
        conn.execute(
            update(META).where(META.c.key == "schema_version").values(value=SCHEMA_VERSION)
        )
        log.warning("hub database upgraded to layout %s (review of contributions)", SCHEMA_VERSION)

    def load_records(self, records: Iterable[dict[str, Any]]) -> int:
        """Put records in as they are (the seed, an administrator's import): newer revisions win."""
        count = 0
        with self._write() as conn:
            seq = self._lock_counter(conn)
            for record in records:
                record = shared(dict(record, origin="central"))
                current = self._current(conn, record["id"])
                if current is not None and current[1] >= record["revision"]:
                    continue
                seq += 1
                revs = {f: record["revision"] for f in FIELDS}
                self._store(conn, record, revs, seq, writer="", exists=current is not None)
                count += 1
            self._set_counter(conn, seq)
        return count

    def _attach_translations(self, records: Sequence[dict[str, Any]]) -> int:
        """Seed translations made from the very version the hub holds join it in place (same
        revision: it is the same central version, and every office's seed loader does the same
        to its copy); the record's other languages stay. Returns how many records changed."""
        count = 0
        with self._write() as conn:
            seq = self._lock_counter(conn)
            for record in records:
                if not record.get("translations"):
                    continue
                current = self._current(conn, record["id"])
                if current is None or current[1] != record["revision"]:
                    continue
                data, _revision, revs, _seq = current
                if data.get("deleted"):
                    continue
                if any(data.get(f) != record.get(f) for f in TRANSLATABLE_FIELDS):
                    continue  # the same revision number, other texts (an office's edit)
                merged = {**(data.get("translations") or {}), **record["translations"]}
                merged = dict(sorted(merged.items()))
                if merged == data.get("translations"):
                    continue
                seq += 1
                self._store(
                    conn, {**data, "translations": merged}, revs, seq, writer="", exists=True
                )
                count += 1
            self._set_counter(conn, seq)
        return count

    def epoch(self) -> str:
        if self._epoch is None:
            with self.engine.connect() as conn:
                value = conn.execute(select(META.c.value).where(META.c.key == "epoch")).scalar()
            if not value:
                raise HubError("the hub database is not set up (run 'ssc-desktop serve' once)")
            self._epoch = str(value)
        return self._epoch

    def meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            value = conn.execute(select(META.c.value).where(META.c.key == key)).scalar()
        return None if value is None else str(value)

    def set_meta_if_missing(self, key: str, value: str) -> str:
        """Store ``value`` under ``key`` unless one is there; returns the one that is."""
        with self._write() as conn:
            found = conn.execute(select(META.c.value).where(META.c.key == key)).scalar()
            if found is not None:
                return str(found)
            conn.execute(META.insert().values(key=key, value=value))
        return value

    def bundle_private_key(self) -> str:
        """The Ed25519 key that signs hub bundles, made on first use (kept in ``hub_meta``)."""
        from ssc_desktop.sync.bundle import KEY_META, new_signing_key

        return self.meta(KEY_META) or self.set_meta_if_missing(KEY_META, new_signing_key())

    def bundle_public_key(self) -> str:
        from ssc_desktop.sync.bundle import public_key

        if self._public_key is None:
            self._public_key = public_key(self.bundle_private_key())
        return self._public_key

    # -- tokens ---------------------------------------------------------------------------------
    def create_token(self, office: str, *, publish_directly: bool | None = None) -> tuple[str, str]:
        """A new token for ``office``: (token id, token). Only the digest is kept.
        ``publish_directly``: also set the office's review setting (None: leave it)."""
        office = office.strip()
        if not office or len(office) > 100 or any(c in office for c in "\r\n\t"):
            raise HubError("an office name is 1 to 100 characters on one line")
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        token_id = secrets.token_hex(4)
        with self._write() as conn:
            conn.execute(
                TOKENS.insert().values(
                    id=token_id,
                    office=office,
                    token_hash=hash_token(token),
                    created_at=_now(),
                    bundle_key=office_public_key(token),
                )
            )
            if publish_directly is not None:
                self._set_publish_directly(conn, office, publish_directly)
        return token_id, token

    def set_publish_directly(self, office: str, on: bool) -> None:
        """Publish ``office``'s contributions at once (True) or hold them for review (False,
        the default). ``hub.review.Review.set_publish_directly`` also writes the audit log."""
        with self._write() as conn:
            self._set_publish_directly(conn, office.strip(), on)

    def _set_publish_directly(self, conn: Connection, office: str, on: bool) -> None:
        found = conn.execute(select(OFFICES.c.name).where(OFFICES.c.name == office)).first()
        if found is None:
            conn.execute(OFFICES.insert().values(name=office, publish_directly=on, failures=0))
        else:
            conn.execute(
                update(OFFICES).where(OFFICES.c.name == office).values(publish_directly=on)
            )

    def revoke(self, what: str) -> list[TokenInfo]:
        """Revoke a token (given as the token itself or its id) or every token of an office."""
        what = what.strip()
        with self._write() as conn:
            query = select(TOKENS).where(TOKENS.c.revoked_at.is_(None))
            if what.startswith(TOKEN_PREFIX):
                query = query.where(TOKENS.c.token_hash == hash_token(what))
            else:
                query = query.where((TOKENS.c.id == what) | (TOKENS.c.office == what))
            rows = conn.execute(query).mappings().all()
            now = _now()
            for row in rows:
                conn.execute(update(TOKENS).where(TOKENS.c.id == row["id"]).values(revoked_at=now))
        return [
            TokenInfo(r["id"], r["office"], r["created_at"], now, r["last_used_at"]) for r in rows
        ]

    def tokens(self) -> list[TokenInfo]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(TOKENS).order_by(TOKENS.c.office, TOKENS.c.created_at))
            return [
                TokenInfo(r.id, r.office, r.created_at, r.revoked_at, r.last_used_at) for r in rows
            ]

    def authenticate(self, token: str) -> Office | None:
        if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
            return None
        digest = hash_token(token)
        with self.engine.connect() as conn:
            row = conn.execute(
                select(
                    TOKENS.c.id, TOKENS.c.office, TOKENS.c.last_used_at, TOKENS.c.bundle_key
                ).where(TOKENS.c.token_hash == digest, TOKENS.c.revoked_at.is_(None))
            ).first()
        if row is None:
            return None
        now = utc_now()
        values: dict[str, Any] = {}
        if row.last_used_at is None or now - parse_timestamp(row.last_used_at) > timedelta(
            minutes=10
        ):
            values["last_used_at"] = format_timestamp(now)  # coarse: a quiet sync stays a read
        if row.bundle_key is None:  # a token made before layout 2: learn its public key now
            values["bundle_key"] = office_public_key(token)
        if values:
            with self._write() as conn:
                conn.execute(update(TOKENS).where(TOKENS.c.id == row.id).values(**values))
        return Office(row.office, row.id)

    def office_keys(self) -> list[OfficeKey]:
        """Every token's public bundle key, revoked ones included (to name their office)."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(TOKENS.c.id, TOKENS.c.office, TOKENS.c.bundle_key, TOKENS.c.revoked_at)
            )
            return [OfficeKey(r.id, r.office, r.bundle_key, r.revoked_at) for r in rows]

    # -- the change feed ------------------------------------------------------------------------
    def max_seq(self) -> int:
        with self.engine.connect() as conn:
            return int(
                conn.execute(select(COUNTER.c.value).where(COUNTER.c.name == "seq")).scalar_one()
            )

    def changes(self, after: int, limit: int) -> list[Any]:
        """Feed rows after ``after``: (id, revision, seq, data, writer), oldest first."""
        with self.engine.connect() as conn:
            return list(
                conn.execute(
                    select(
                        RECORDS.c.id,
                        RECORDS.c.revision,
                        RECORDS.c.seq,
                        RECORDS.c.data,
                        RECORDS.c.writer,
                    )
                    .where(RECORDS.c.seq > after)
                    .order_by(RECORDS.c.seq)
                    .limit(limit)
                )
            )

    def snapshot_rows(self, after_id: str | None, limit: int) -> list[Any]:
        """Records sorted by id after ``after_id``: (id, data)."""
        query = select(RECORDS.c.id, RECORDS.c.data).order_by(RECORDS.c.id).limit(limit)
        if after_id:
            query = query.where(RECORDS.c.id > after_id)
        with self.engine.connect() as conn:
            return list(conn.execute(query))

    def records(self, ids: Sequence[str]) -> list[str]:
        """The JSON text of the records with these ids (unknown ones left out)."""
        out: list[str] = []
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                out += [
                    r[0]
                    for r in conn.execute(
                        select(RECORDS.c.data).where(RECORDS.c.id.in_(ids[start : start + 500]))
                    )
                ]
        return out

    def all_records(self) -> Iterator[dict[str, Any]]:
        with self.engine.connect() as conn:
            for (data,) in conn.execute(select(RECORDS.c.data).order_by(RECORDS.c.id)):
                yield json.loads(data)

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(RECORDS)).scalar_one())

    def op_count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(OPS)).scalar_one())

    def op_results(self, office: str, after_seq: int = 0) -> list[dict[str, Any]]:
        """Stored results of an office's operations whose change came after ``after_seq``."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(OPS.c.result)
                .where(OPS.c.office == office)
                .where((OPS.c.seq > after_seq) | OPS.c.seq.is_(None))
                .order_by(OPS.c.seq)
            )
            return [json.loads(r[0]) for r in rows]

    def office_decisions(self, office: str) -> list[Decision]:
        """Every curators' decision on ``office``'s contributions (for its hub bundles)."""
        from ssc_desktop.hub.review import Review

        return Review(self).all_decisions(office)

    # -- applying operations --------------------------------------------------------------------
    def apply_ops(
        self, office: str, catalogue: str, ops: Sequence[dict[str, Any]], *, via: str = "online"
    ) -> list[dict[str, Any]]:
        """Apply an office's operations in one transaction, each exactly once.

        An operation is ``{"o": op id, "id": record id, "b": base revision, "p": {field: value},
        "c": created_at (new records)}``. A field whose hub value changed since the base keeps
        the hub's value (the client sees both and asks the user); the other fields apply.
        A record the rules refuse is answered ``rej`` and changes nothing. The answer to an
        operation is stored with it and given again, unchanged, whenever it is resent.
        """
        checked = [_check_op(op) for op in ops]
        results: list[dict[str, Any]] = []
        with self._write() as conn:
            seq = self._lock_counter(conn)
            now = _now()  # one time for the whole request: answers compress to almost nothing
            direct: bool | None = None
            for op in checked:
                known = conn.execute(select(OPS.c.result).where(OPS.c.op_id == op["o"])).scalar()
                if known is not None:
                    results.append(json.loads(known))
                    continue
                if direct is None:
                    direct = self._publishes_directly(conn, office)
                if direct:
                    result, seq = self._apply_one(conn, catalogue, op, seq, now)
                else:
                    result = self._hold_for_review(conn, office, catalogue, op, seq, now, via)
                conn.execute(
                    OPS.insert().values(
                        op_id=op["o"],
                        office=office,
                        solution_id=op["id"],
                        seq=result.get("q"),
                        received_at=_now(),
                        via=via,
                        result=dumps(result).decode(),
                    )
                )
                results.append(result)
            self._set_counter(conn, seq)
        return results

    # -- review (layout 3) ----------------------------------------------------------------------
    def _publishes_directly(self, conn: Connection, office: str) -> bool:
        value = conn.execute(
            select(OFFICES.c.publish_directly).where(OFFICES.c.name == office)
        ).scalar()
        return bool(value)

    def _hold_for_review(
        self,
        conn: Connection,
        office: str,
        catalogue: str,
        op: dict[str, Any],
        seq: int,
        now: str,
        via: str,
    ) -> dict[str, Any]:
        """Keep an operation for a curator instead of applying it. An operation the rules
        refuse, or one that changes nothing, is answered at once as it would be applied; a
        forged base raises ``BaseAhead`` as always. The office's earlier contribution to the
        same record still in review is superseded (the new one holds all its fields: both
        are diffs against the same last hub version the office has)."""
        result, would_be = self._apply_one(conn, catalogue, op, seq, now, write=False)
        if result["s"] != "ok" or would_be == seq:
            return result
        current = self._current(conn, op["id"])
        title = op["p"].get("title") or (current[0].get("title") if current else "") or ""
        for older in conn.execute(
            select(CONTRIBUTIONS.c.id).where(
                CONTRIBUTIONS.c.office == office,
                CONTRIBUTIONS.c.solution_id == op["id"],
                CONTRIBUTIONS.c.state == "review",
            )
        ).all():
            self.decide(conn, int(older.id), "superseded", actor="hub", comment="")
        inserted = conn.execute(
            CONTRIBUTIONS.insert().values(
                op_id=op["o"],
                office=office,
                catalogue=catalogue,
                solution_id=op["id"],
                base_revision=op["b"],
                patch=dumps(op["p"]).decode(),
                record_created_at=op.get("c"),
                title=str(title)[:500],
                state="review",
                via=via,
                received_at=now,
                comment="",
                kept="[]",
            )
        ).inserted_primary_key
        assert inserted is not None
        return {"o": op["o"], "s": "review", "n": int(inserted[0])}

    def decide(
        self,
        conn: Connection,
        number: int,
        state: str,
        *,
        actor: str,
        comment: str,
        revision: int | None = None,
        kept: Sequence[str] = (),
    ) -> int:
        """Set a contribution's state and give the decision the next ``review`` number (the
        caller holds the write transaction). Returns that number."""
        query = select(COUNTER.c.value).where(COUNTER.c.name == "review")
        if not self._is_sqlite:
            query = query.with_for_update()
        decision = int(conn.execute(query).scalar_one()) + 1
        conn.execute(update(COUNTER).where(COUNTER.c.name == "review").values(value=decision))
        conn.execute(
            update(CONTRIBUTIONS)
            .where(CONTRIBUTIONS.c.id == number)
            .values(
                state=state,
                decided_at=_now(),
                decided_by=actor,
                comment=comment,
                decision=decision,
                revision=revision,
                kept=dumps(list(kept)).decode(),
            )
        )
        return decision

    def apply_contribution(
        self, conn: Connection, op: dict[str, Any], now: str
    ) -> tuple[dict[str, Any], int]:
        """Publish a held operation (the caller holds the write transaction): the usual
        per-field merge against the current central version. The office did not rebuild it,
        so the feed brings it the whole record (no writer)."""
        seq = self._lock_counter(conn)
        result, seq = self._apply_one(conn, "", op, seq, now)
        self._set_counter(conn, seq)
        return result, seq

    def _apply_one(
        self,
        conn: Connection,
        catalogue: str,
        op: dict[str, Any],
        seq: int,
        now: str,
        *,
        write: bool = True,
    ) -> tuple[dict[str, Any], int]:
        """Apply one operation; ``write=False``: only say what would happen (the returned
        sequence number is ``seq`` when nothing would change)."""
        record_id, base_rev, patch = op["id"], op["b"], op["p"]
        current = self._current(conn, record_id)
        if current is None:
            revs = {f: 1 for f in FIELDS}
            try:
                record = build_record(
                    None,
                    patch,
                    record_id=record_id,
                    revision=1,
                    updated_at=now,
                    created_at=op.get("c") or now,
                )
            except (ValidationError, ValueError) as exc:
                return _rejected(op, exc), seq
            clean = base_rev == 0
            exists = False
        else:
            data, revision, revs = current[0], current[1], current[2]
            if base_rev > revision:
                raise BaseAhead(
                    f"operation {op['o']}: its base revision {base_rev} is above the hub's "
                    f"revision {revision} of record {record_id}, which no office can have seen"
                )
            applied: dict[str, Any] = {}
            touched: list[str] = []  # the translation parts applied (their own field revisions)
            kept = False
            changed_since_base = any(r > base_rev for r in revs.values())
            for name, value in patch.items():
                if name == TRANSLATIONS:
                    merged, parts, kept_part = _apply_translations(
                        field_value(data, TRANSLATIONS), value, revs, base_rev
                    )
                    kept = kept or kept_part
                    if parts:
                        applied[name] = merged
                        touched += parts
                    continue
                if data.get(name) == value:
                    continue
                if revs.get(name, 0) > base_rev:
                    kept = True  # both changed it: the hub keeps its value, the client asks
                    continue
                if name == "deleted" and value and changed_since_base:
                    kept = True  # a deletion never swallows someone else's newer edit
                    continue
                applied[name] = value
            if not applied:
                result = {
                    "o": op["o"],
                    "s": "ok",
                    "r": revision,
                    "q": current[3],
                    "t": data["updated_at"],
                    "c": False,
                    "h": content_hash(data),
                }
                return result, seq
            try:
                record = build_record(
                    data,
                    applied,
                    record_id=record_id,
                    revision=revision + 1,
                    updated_at=later(now, data["updated_at"]),
                )
            except (ValidationError, ValueError) as exc:
                return _rejected(op, exc), seq
            for name in [*applied, *touched]:
                if name != TRANSLATIONS:
                    revs[name] = revision + 1
            clean = revision == base_rev and not kept
            exists = True
        seq += 1
        if write:
            self._store(conn, record, revs, seq, writer=catalogue if clean else "", exists=exists)
        result = {
            "o": op["o"],
            "s": "ok",
            "r": record["revision"],
            "q": seq,
            "t": record["updated_at"],
            "c": clean,
            "h": content_hash(record),
        }
        return result, seq

    def _current(
        self, conn: Connection, record_id: str
    ) -> tuple[dict[str, Any], int, dict[str, int], int] | None:
        row = conn.execute(
            select(RECORDS.c.data, RECORDS.c.revision, RECORDS.c.field_revs, RECORDS.c.seq).where(
                RECORDS.c.id == record_id
            )
        ).first()
        if row is None:
            return None
        return json.loads(row.data), int(row.revision), json.loads(row.field_revs), int(row.seq)

    def _store(
        self,
        conn: Connection,
        record: dict[str, Any],
        revs: dict[str, int],
        seq: int,
        *,
        writer: str,
        exists: bool,
    ) -> None:
        values = {
            "revision": record["revision"],
            "seq": seq,
            "deleted": bool(record["deleted"]),
            "updated_at": record["updated_at"],
            "data": dumps(record).decode(),
            "field_revs": dumps(revs).decode(),
            "writer": writer,
        }
        if exists:
            conn.execute(update(RECORDS).where(RECORDS.c.id == record["id"]).values(**values))
        else:
            conn.execute(RECORDS.insert().values(id=record["id"], **values))

    def _lock_counter(self, conn: Connection) -> int:
        query = select(COUNTER.c.value).where(COUNTER.c.name == "seq")
        if not self._is_sqlite:
            query = query.with_for_update()
        return int(conn.execute(query).scalar_one())

    def _set_counter(self, conn: Connection, seq: int) -> None:
        conn.execute(update(COUNTER).where(COUNTER.c.name == "seq").values(value=seq))


def _apply_translations(
    current: dict[str, Any], value: Any, revs: dict[str, int], base_rev: int
) -> tuple[Any, list[str], bool]:
    """An office's ``translations`` against the hub's, part by part (docs/sync.md).

    Each ``translations.<lang>.<part>`` has its own field revision (a record stored before
    they existed falls back on the revision of ``translations``): a part the hub changed since
    the office's base keeps the hub's value (the office merges and asks its user), the other
    changed parts apply. A language added or removed applies only if the hub did not touch it
    since the base. Returns (translations to store, the parts applied, whether any was kept).
    """
    if not isinstance(value, dict) or not all(
        v is None or isinstance(v, dict) for v in value.values()
    ):
        return value, [TRANSLATIONS], False  # not translations: the record's rules refuse it
    fallback = revs.get(TRANSLATIONS, 0)
    out = {language: dict(version) for language, version in current.items()}
    touched: list[str] = []
    kept = False
    for language in sorted({*current, *value}):
        mine, theirs = value.get(language), current.get(language)
        if mine == theirs:
            continue
        keys = {part: f"{TRANSLATIONS}.{language}.{part}" for part in TRANSLATION_PARTS}
        if mine is None or theirs is None:
            if any(revs.get(key, fallback) > base_rev for key in keys.values()):
                kept = True
                continue
            if mine is None:
                out.pop(language, None)
            else:
                out[language] = dict(mine)
            touched += keys.values()
            continue
        for part, key in keys.items():
            if mine.get(part) == theirs.get(part):
                continue
            if revs.get(key, fallback) > base_rev:
                kept = True
                continue
            out[language][part] = mine.get(part)
            touched.append(key)
    return dict(sorted(out.items())), touched, kept


def _rejected(op: dict[str, Any], exc: Exception) -> dict[str, Any]:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "record"
        message = f"{where}: {first.get('msg', 'invalid')}"
    else:
        message = str(exc)
    return {"o": op["o"], "s": "rej", "m": message[:500]}


def _check_op(op: Any) -> dict[str, Any]:
    """The shape of one operation (content is checked when it is applied)."""
    if not isinstance(op, dict):
        raise BadRequest("an operation is not an object")
    try:
        op_id = str(uuid.UUID(str(op.get("o"))))
        record_id = str(uuid.UUID(str(op.get("id"))))
    except ValueError as exc:
        raise BadRequest("an operation has no valid operation id or record id") from exc
    base = op.get("b")
    patch = op.get("p")
    if not isinstance(base, int) or isinstance(base, bool) or not 0 <= base <= MAX_REVISION:
        raise BadRequest(f"operation {op_id}: the base revision is not a whole number")
    if not isinstance(patch, dict) or not patch:
        raise BadRequest(f"operation {op_id}: no fields to change")
    unknown = [k for k in patch if k not in FIELDS]
    if unknown:
        raise BadRequest(f"operation {op_id}: unknown field {unknown[0][:40]!r}")
    created = op.get("c")
    if created is not None:
        try:
            if not isinstance(created, str):
                raise ValueError("created_at is not a timestamp")
            created = format_timestamp(parse_timestamp(created))
        except (ValueError, OverflowError) as exc:
            raise BadRequest(f"operation {op_id}: {exc}") from exc
    return {"o": op_id, "id": record_id, "b": base, "p": patch, "c": created}
