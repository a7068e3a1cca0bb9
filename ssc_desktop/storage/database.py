"""Opening the SQLite file: pragmas, transactions and schema migrations.

* WAL journal, foreign keys on, ``synchronous=FULL``: a killed process (or a pulled plug) leaves
  the last committed state.
* pysqlite's own transaction handling is switched off and SQLAlchemy's ``begin`` emits ``BEGIN``
  itself, so a write transaction can take the write lock up front (``BEGIN IMMEDIATE``) instead of
  failing half-way when a reader upgrades.
* The schema is versioned by Alembic (``db/migrations``). Alembic is imported only when the file
  is behind, which keeps the command line's start-up fast.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from ssc_desktop.resources import db_dir

log = logging.getLogger(__name__)

#: The newest migration this version of the program knows (tests check it matches db/migrations).
SCHEMA_HEAD = "0004"
#: Every migration in order; a file at a revision not listed here was made by a newer program.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004")


class DatabaseError(Exception):
    """The catalogue file cannot be used as it is (told to the user as it is)."""


def make_engine(path: Path) -> Engine:
    """An engine for the catalogue file, with the pragmas and transaction mode described above."""
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": 30},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" hook below issues BEGIN
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions take the write lock at BEGIN (``BEGIN IMMEDIATE``)."""
    return engine.execution_options(sqlite_begin="IMMEDIATE")


def stored_revision(path: Path) -> str | None:
    """The schema revision of an existing file (None for a new or empty file)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot open the catalogue {path}: {exc}") from exc
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
        raise DatabaseError(f"the catalogue {path} is damaged or not a database: {exc}") from exc
    finally:
        conn.close()


def alembic_config() -> Any:
    """Alembic's configuration for db/migrations (imports Alembic: call only when needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(db_dir() / "migrations"))
    return config


def migrate(path: Path) -> bool:
    """Bring the file to ``SCHEMA_HEAD``; returns True when anything was done.

    An existing catalogue is copied to ``<name>.before-<rev>.bak`` before it is upgraded, so a
    failed or regretted upgrade never costs data.
    """
    current = stored_revision(path)
    if current == SCHEMA_HEAD:
        return False
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
