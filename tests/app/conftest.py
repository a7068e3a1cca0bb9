"""Fixtures for the application services: real data folders with real SQLite catalogues."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ssc_desktop.app.session import CatalogueSession
from ssc_desktop.domain.model import Solution
from ssc_desktop.hub.server import ServerThread
from ssc_desktop.hub.store import HubStore
from tests.support.records import random_solutions


@pytest.fixture
def solutions() -> list[Solution]:
    return random_solutions(20, seed=3)


@pytest.fixture
def session(tmp_path: Path, solutions: list[Solution]) -> Iterator[CatalogueSession]:
    """A session on a new data folder holding :func:`solutions` (no seed)."""
    opened = CatalogueSession.open(tmp_path / "data", seed=False)
    opened.store.import_solutions(solutions)
    yield opened
    opened.close()


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[tuple[ServerThread, str]]:
    """A real hub on 127.0.0.1 and an office token for it."""
    store = HubStore(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    store.init(seed=False)
    token = store.create_token("app office", publish_directly=True)[1]
    with ServerThread(store) as server:
        yield server, token
    store.close()
