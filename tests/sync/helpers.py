"""Shared pieces of the sync tests: hubs, offices, clients, link profiles."""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ssc_desktop.domain.model import Solution
from ssc_desktop.hub.store import HubStore, metadata
from ssc_desktop.storage.database import migrate
from ssc_desktop.storage.repository import CatalogueStore
from ssc_desktop.sync.client import SyncClient, SyncOptions
from ssc_desktop.sync.protocol import FIELDS, field_value, shared

PG_ENV = "SSC_TEST_POSTGRES_URL"
PG_SKIP = f"PostgreSQL variant: set {PG_ENV} (.ci/postgres.sh prints it)"

#: Link profiles (bytes/s down, up; one-way latency s) at real rate; tests divide time by SCALE.
PROFILES = {
    "2g": (8000.0, 8000.0, 0.3),  # 64 kbit/s, 600 ms round trip
    "gprs": (1500.0, 1500.0, 0.35),  # 12 kbit/s
    "vsat": (64000.0, 16000.0, 0.35),
}


def pg_url() -> str:
    """The test database, in a schema of this test process's own: several test runs (several
    engineers, one PostgreSQL) never drop each other's tables."""
    base = os.environ[PG_ENV]
    schema = f"ssc_test_{os.getpid()}"
    if schema not in _SCHEMAS:
        from sqlalchemy import create_engine

        engine = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        engine.dispose()
        _SCHEMAS.add(schema)
        atexit.register(_drop_schema, base, schema)
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


_SCHEMAS: set[str] = set()


def _drop_schema(base: str, schema: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    engine.dispose()


def fresh_hub(folder: Path, backend: str = "sqlite", *, seed: bool = False) -> HubStore:
    if backend == "postgres":
        url = pg_url()
        store = HubStore(url)
        metadata.drop_all(store.engine)
    else:
        folder.mkdir(parents=True, exist_ok=True)
        store = HubStore(f"sqlite:///{folder / 'hub.sqlite3'}")
    store.init(seed=seed)
    return store


_TEMPLATE: dict[str, Path] = {}


def new_office(folder: Path, solutions: list[Solution] | None = None) -> CatalogueStore:
    """A migrated catalogue file of its own (copied from a template: fast)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "catalogue.sqlite3"
    template = _TEMPLATE.get("empty")
    if template is None or not template.exists():
        template = Path(tempfile.mkdtemp(prefix="ssc-sync-template-")) / "catalogue.sqlite3"
        migrate(template)
        atexit.register(shutil.rmtree, template.parent, True)
        _TEMPLATE["empty"] = template
    shutil.copy(template, path)
    store = CatalogueStore(path)
    if solutions:
        store.import_solutions(solutions)
    return store


def client(store: CatalogueStore, url: str, token: str, **options: Any) -> SyncClient:
    """A client with a test's patience: short stall timeout, quick backoff."""
    progress = options.pop("progress", None)
    cancel = options.pop("cancel", None)
    options.setdefault("stall_timeout", 3.0)
    options.setdefault("backoff_base", 0.02)
    options.setdefault("backoff_cap", 0.3)
    options.setdefault("max_failures", 30)
    settings = SyncOptions(hub_url=url, token=token, **options)
    return SyncClient(store, settings, progress=progress, cancel=cancel)


def content(record: dict[str, Any] | Solution) -> dict[str, Any]:
    """A record's fields as every office and the hub must agree on them: private contacts
    (kept on the computer that has them) left out."""
    data = shared(record.to_json_dict() if isinstance(record, Solution) else record)
    return {f: field_value(data, f) for f in FIELDS} | {"id": data["id"]}


def catalogue_state(store: CatalogueStore) -> dict[str, dict[str, Any]]:
    return {s.id: content(s) for s in store.iter_all(include_deleted=True)}


def hub_state(hub: HubStore) -> dict[str, dict[str, Any]]:
    return {r["id"]: content(r) for r in hub.all_records()}


def integrity(store: CatalogueStore) -> str:
    conn = sqlite3.connect(store.path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass
class Hub:
    """A running hub: its store, server thread and one token per office name."""

    store: HubStore
    server: Any
    tokens: dict[str, str]

    @property
    def url(self) -> str:
        return str(self.server.url)

    def token(self, office: str) -> str:
        if office not in self.tokens:
            self.tokens[office] = self.store.create_token(office, publish_directly=True)[1]
        return self.tokens[office]
