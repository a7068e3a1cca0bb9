"""Opening the SQLite file: pragmas, transactions and schema migrations.

* WAL journal, foreign keys on, ``synchronous=FULL``: a killed process (or a pulled plug) leaves
  the last committed state.
* pysqlite's own transaction handling is switched off and SQLAlchemy's ``begin`` emits ``BEGIN``
  itself, so a write transaction can take the write lock up front (``BEGIN IMMEDIATE``) instead of
  failing half-way when a reader upgrades.
* The schema is versioned by Alembic (``db/migrations``). Alembic is imported only when the file
  is behind, which keeps the command line's start-up fast.
* A catalogue on a read-only disk (or a read-only file) is opened read-only: reading works, a write
  raises ``CatalogueReadOnly``.
* SQLite's failures reach callers as typed ``DatabaseError`` subclasses with one-line messages that
  never hold SQL or record text (``explain``): a full disk, a read-only file, a damaged one.
* A zero-byte catalogue file (a crash while it was created, a bad copy) is never silently replaced:
  it is moved aside as ``catalogue.sqlite3.damaged-<time>`` and the move is reported.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext

from ssc_desktop.resources import db_dir

log = logging.getLogger(__name__)

#: The newest migration this version of the program knows (tests check it matches db/migrations).
SCHEMA_HEAD = "0005"
#: Every migration in order; a file at a revision not listed here was made by a newer program.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005")


class DatabaseError(Exception):
    """The catalogue file cannot be used as it is (told to the user as it is, in one line)."""


class CatalogueReadOnly(DatabaseError):
    """The catalogue (or its folder) cannot be written: reading works, changes cannot be saved."""


class CatalogueDamaged(DatabaseError):
    """The catalogue file is damaged or not a database (left as it is, for a backup or repair)."""


class DiskFull(DatabaseError):
    """The disk holding the catalogue is full (what was committed before stays)."""


@dataclass(frozen=True)
class MovedAside:
    """A catalogue file that could not be used was kept under another name, and a new one made."""

    original: Path
    kept_as: Path
    reason: str


def explain(exc: BaseException, path: Path | None = None) -> DatabaseError | None:
    """The typed, one-line form of a database or file failure (None when it is none of the known
    kinds). ``exc``: an sqlite3 error, an SQLAlchemy one wrapping it, or an OSError. The message
    holds SQLite's short reason at most, never the statement or its values."""
    orig = getattr(exc, "orig", None) or exc
    where = f" ({path})" if path else ""
    if isinstance(orig, OSError):
        if orig.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return DiskFull(f"disk full: the disk holding the catalogue{where} has no space left")
        if orig.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return CatalogueReadOnly(f"the catalogue{where} is read-only: changes cannot be saved")
        return None
    if not isinstance(orig, sqlite3.Error):
        return None
    name = str(getattr(orig, "sqlite_errorname", ""))
    text = str(orig).splitlines()[0][:200] if str(orig) else name
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return DiskFull(f"disk full: the disk holding the catalogue{where} has no space left")
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return CatalogueReadOnly(f"the catalogue{where} is read-only: changes cannot be saved")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return CatalogueDamaged(
            f"the catalogue file{where} is damaged or not a database ({text}); it was left as "
            "it is: restore a backup, or move it away to start a new catalogue"
        )
    if name.startswith("SQLITE_IOERR"):
        return DatabaseError(f"the disk holding the catalogue{where} failed ({text})")
    if name.startswith("SQLITE_CANTOPEN"):
        return DatabaseError(f"cannot open the catalogue{where} ({text})")
    return None


def is_writable(path: Path) -> bool:
    """Whether the catalogue file (or, while it does not exist, its folder) can be written;
    SQLite also needs the folder for its -wal and -shm files."""
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def _url(path: Path, read_only: bool) -> str:
    if not read_only:
        return f"sqlite:///{path}"
    # immutable: on a read-only disk SQLite cannot make the -shm file a WAL reader needs
    return f"sqlite:///file:{quote(str(path))}?mode=ro&immutable=1&uri=true"


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine for the catalogue file, with the pragmas and transaction mode described above
    (``read_only``: opened read-only; any write raises ``CatalogueReadOnly``)."""
    engine = create_engine(
        _url(path, read_only),
        connect_args={"check_same_thread": False, "timeout": 30},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" hook below issues BEGIN
        cursor = dbapi_conn.cursor()
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        else:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> BaseException | None:
        # typed one-line errors instead of SQLAlchemy's (which quote the SQL and its values)
        return explain(context.original_exception, path)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions take the write lock at BEGIN (``BEGIN IMMEDIATE``)."""
    return engine.execution_options(sqlite_begin="IMMEDIATE")


def stored_revision(path: Path, *, read_only: bool = False) -> str | None:
    """The schema revision of an existing file (None for a new or empty file)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    extra = "&immutable=1" if read_only else ""
    try:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro{extra}", uri=True, timeout=30)
    except sqlite3.Error as exc:
        raise explain(exc, path) or DatabaseError(
            f"cannot open the catalogue {path} ({exc})"
        ) from exc
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables:
                raise DatabaseError(f"{path} is not an SSC Desktop catalogue")
            return None
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return version[0] if version else None
    except sqlite3.DatabaseError as exc:
        explained = explain(exc, path)
        damaged = isinstance(explained, CatalogueDamaged)
        if not damaged and not read_only and not is_writable(path):
            raise CatalogueReadOnly(
                f"the catalogue ({path}) is read-only: changes cannot be saved"
            ) from exc
        raise explained or CatalogueDamaged(
            f"the catalogue file ({path}) is damaged or not a database ({str(exc)[:200]}); it "
            "was left as it is: restore a backup, or move it away to start a new catalogue"
        ) from exc
    finally:
        conn.close()


def alembic_config() -> Any:
    """Alembic's configuration for db/migrations (imports Alembic: call only when needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(db_dir() / "migrations"))
    return config


def set_aside_empty(path: Path) -> MovedAside | None:
    """A zero-byte catalogue file is moved aside (with any -wal and -shm beside it) as
    ``<name>.damaged-<UTC time>``, so that a new catalogue can be made without losing anything;
    returns what was done (None when the file is absent or not empty)."""
    try:
        if not path.exists() or path.stat().st_size != 0:
            return None
    except OSError:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("-wal", "-shm", ""):
        source = path.with_name(path.name + suffix)
        if source.exists():
            os.replace(source, kept.with_name(kept.name + suffix))
    log.warning("the catalogue %s was empty (0 bytes); kept as %s, a new one is made", path, kept)
    return MovedAside(path, kept, "was empty (0 bytes)")


def migrate(path: Path, *, read_only: bool = False) -> bool:
    """Bring the file to ``SCHEMA_HEAD``; returns True when anything was done.

    An existing catalogue is copied to ``<name>.before-<rev>.bak`` before it is upgraded, so a
    failed or regretted upgrade never costs data. ``read_only``: only check (a read-only
    catalogue at another revision, or none at all, raises ``CatalogueReadOnly``).
    """
    current = stored_revision(path, read_only=read_only)
    if current == SCHEMA_HEAD:
        return False
    if read_only:
        raise CatalogueReadOnly(
            f"the catalogue ({path}) is read-only and "
            + ("does not exist yet" if current is None else "needs an upgrade to this version")
            + ": it cannot be opened from a read-only folder"
        )
    if current is not None and current not in KNOWN_REVISIONS:
        raise DatabaseError(
            f"the catalogue {path} was made by a newer version of SSC Desktop "
            f"(schema {current}); install that version or newer"
        )
    if current is not None:
        backup = path.with_name(f"{path.name}.before-{SCHEMA_HEAD}.bak")
        _backup(path, backup)
        log.info("catalogue at schema %s backed up to %s before upgrade", current, backup)
    from alembic import command

    engine = make_engine(path)
    try:
        config = alembic_config()
        with engine.connect() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()
    finally:
        engine.dispose()
    log.info("catalogue %s migrated from %s to %s", path, current, SCHEMA_HEAD)
    return True


def _backup(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (safe with WAL and open readers)."""
    tmp = target.with_suffix(target.suffix + ".tmp")
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    shutil.move(tmp, target)


def integrity_check(path: Path) -> str:
    """``PRAGMA integrity_check``'s answer (``ok`` when all is well)."""
    conn = sqlite3.connect(path)
    try:
        return "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()
