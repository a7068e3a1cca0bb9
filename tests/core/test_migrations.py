"""Schema versions: every released schema upgrades in place with nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from ssc_desktop.storage import schema
from ssc_desktop.storage.database import (
    KNOWN_REVISIONS,
    SCHEMA_HEAD,
    DatabaseError,
    alembic_config,
    integrity_check,
    migrate,
    stored_revision,
)
from ssc_desktop.storage.repository import CatalogueStore

FIXTURES = Path(__file__).parent.parent / "fixtures"


def scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def test_the_program_knows_the_newest_migration() -> None:
    script = scripts()
    assert script.get_current_head() == SCHEMA_HEAD
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(chain) == KNOWN_REVISIONS


def test_migrations_build_exactly_the_schema_the_code_uses(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    migrate(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), schema.Base.metadata)
    engine.dispose()
    assert diff == []


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("schema-*.sqlite3")))
def test_released_schema_upgrades_with_nothing_lost(fixture: str, tmp_path: Path) -> None:
    path = tmp_path / "catalogue.sqlite3"
    shutil.copy(FIXTURES / fixture, path)
    assert stored_revision(path) != SCHEMA_HEAD
    conn = sqlite3.connect(path)
    before = {
        table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
        for (table,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'"
        )
    }
    conn.close()

    assert migrate(path) is True
    assert stored_revision(path) == SCHEMA_HEAD
    assert integrity_check(path) == "ok"
    assert (tmp_path / f"catalogue.sqlite3.before-{SCHEMA_HEAD}.bak").exists()
    conn = sqlite3.connect(path)
    for table, rows in before.items():
        assert conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() == rows, table
    conn.close()

    store = CatalogueStore(path)
    live = list(store.iter_all())
    assert [s.title for s in live] == ["Fixture solution 0", "Fixture solution 1"]
    assert live[0].countries[0].iso3 == "KEN" and live[0].primary_sdgs == [2]
    assert store.get(live[0].id) == live[0]
    assert store.catalogue_id() == "fixture-catalogue-0001"
    store.set_note(live[0].id, "notes work after the upgrade")
    assert store.note(live[0].id) == "notes work after the upgrade"
    store.close()
    assert migrate(path) is False


def test_a_catalogue_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    migrate(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    with pytest.raises(DatabaseError, match="newer version of SSC Desktop"):
        migrate(path)


def test_a_file_that_is_not_a_catalogue_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match="damaged or not a database"):
        migrate(junk)
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(DatabaseError, match="not an SSC Desktop catalogue"):
        migrate(other)
