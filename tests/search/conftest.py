"""Fixtures for search tests: real SQLite catalogues and real indexes on disk, no mocks.

``catalogue`` is one shared, read-only catalogue of the hand-written anchor records plus
synthetic ones (built once per session); tests that write get a small ``fresh`` catalogue (their
own copy of one built once per session).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from ssc_desktop.domain.model import Solution
from ssc_desktop.search.engine import SearchIndex
from ssc_desktop.storage.database import migrate
from ssc_desktop.storage.repository import CatalogueStore
from tests.search.search_synthetic import anchor_records, sized_corpus
from tests.support.templates import FolderTemplates

SHARED_SIZE = 700


@dataclass
class Catalogue:
    """A store, its index and the records put in it."""

    root: Path
    store: CatalogueStore
    index: SearchIndex
    records: list[dict[str, Any]]

    def by_title(self, title: str) -> dict[str, Any]:
        return next(r for r in self.records if r["title"] == title)


def make_catalogue(root: Path, records: list[dict[str, Any]]) -> Catalogue:
    root.mkdir(parents=True, exist_ok=True)
    database = root / "catalogue.sqlite3"
    migrate(database)
    store = CatalogueStore(database)
    store.import_solutions(Solution.model_validate(r) for r in records)
    index = SearchIndex(root / "index")
    assert index.ensure_current(store) == "rebuilt"
    return Catalogue(root, store, index, records)


@pytest.fixture(scope="session")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Catalogue]:
    built = make_catalogue(tmp_path_factory.mktemp("shared"), sized_corpus(SHARED_SIZE, seed=11))
    yield built
    built.index.close()
    built.store.close()


@pytest.fixture(scope="session")
def fresh_records() -> list[dict[str, Any]]:
    """The records of every ``fresh`` catalogue (made once per session; each test gets a copy)."""
    return sized_corpus(60, seed=3)


@pytest.fixture
def fresh(
    tmp_path: Path, fresh_records: list[dict[str, Any]], folder_templates: FolderTemplates
) -> Iterator[Catalogue]:
    """A small catalogue of its own with its index built (a copy of one built per session)."""

    def build(root: Path) -> None:
        built = make_catalogue(root, fresh_records)
        built.index.close()
        built.store.close()

    root = folder_templates.copy("search-fresh", build, tmp_path / "fresh")
    store = CatalogueStore(root / "catalogue.sqlite3")
    index = SearchIndex(root / "index")
    assert index.ensure_current(store) == "current"
    built = Catalogue(root, store, index, copy.deepcopy(fresh_records))
    yield built
    built.index.close()
    built.store.close()


@pytest.fixture(scope="session")
def anchors() -> list[dict[str, Any]]:
    return anchor_records()
