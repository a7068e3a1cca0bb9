"""Real catalogues for map tests: the shipped seed, and a synthetic one larger than a search
page (1000), each a real data folder with its SQLite store and Whoosh index."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ssc_desktop.catalogue import Catalogue
from ssc_desktop.domain.model import Solution
from tests.search.search_synthetic import sized_corpus


@pytest.fixture(scope="session")
def seed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("map-seed")
    Catalogue.open(folder).close()  # created and seeded once
    return folder


@pytest.fixture
def seeded(seed_dir: Path) -> Iterator[Catalogue]:
    with Catalogue.open(seed_dir) as catalogue:
        yield catalogue


@pytest.fixture(scope="session")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Catalogue]:
    """1,300 synthetic solutions: more than one page of search hits."""
    catalogue = Catalogue.open(tmp_path_factory.mktemp("map-large"), seed=False)
    catalogue.store.import_solutions(
        Solution.model_validate(r) for r in sized_corpus(1300, seed=5, with_anchors=False)
    )
    catalogue.index.ensure_current(catalogue.store)
    yield catalogue
    catalogue.close()
