"""Measured: French and Spanish staff queries on the seed catalogue, with its translations and
English-only (glossary bridging alone); "did you mean" never replaces a real word."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ssc_desktop.catalogue import seed_file
from ssc_desktop.interchange.reader import read_catalogue_file
from ssc_desktop.search.engine import SearchIndex
from ssc_desktop.storage.database import migrate
from ssc_desktop.storage.repository import CatalogueStore
from tests.search.multilingual import (
    JUDGED_EN,
    JUDGED_FR_ES,
    PROBES,
    WithTranslations,
    judged_cases,
    replaced,
    seed_translations,
    top3_rate,
)


def _build(root: Path, translations: dict[str, dict[str, Any]]) -> tuple[SearchIndex, Any]:
    migrate(root / "catalogue.sqlite3")
    store = CatalogueStore(root / "catalogue.sqlite3")
    store.import_solutions(read_catalogue_file(seed_file()))
    index = SearchIndex(root / "index")
    index.ensure_current(WithTranslations(store, translations))
    return index, store


@pytest.fixture(scope="module")
def catalogues(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[str, SearchIndex]]:
    if not seed_file().exists():
        pytest.skip("db/seed/solutions.json is not there")
    english = _build(tmp_path_factory.mktemp("english"), {})
    final = _build(tmp_path_factory.mktemp("final"), seed_translations())
    yield {"english": english[0], "final": final[0]}
    for index, store in (english, final):
        index.close()
        store.close()


def _ids(index: SearchIndex) -> Any:
    return lambda q: [h.id for h in index.search(q, limit=3, as_you_type=False).hits]


def test_the_judged_set_is_large_and_names_seed_records() -> None:
    cases = judged_cases(JUDGED_FR_ES)
    ids = {s.id for s in read_catalogue_file(seed_file())}
    assert len(cases) >= 60
    assert {c["language"] for c in cases} == {"fr", "es"}
    assert all(set(c["expect"]) <= ids for c in cases)


def test_final_catalogue_top3_at_least_90_percent(catalogues: dict[str, SearchIndex]) -> None:
    right, usable, misses = top3_rate(_ids(catalogues["final"]), judged_cases(JUDGED_FR_ES))
    assert usable >= 60
    assert right / usable >= 0.9, misses


def test_english_only_catalogue_top3_at_least_75_percent(
    catalogues: dict[str, SearchIndex],
) -> None:
    right, usable, misses = top3_rate(_ids(catalogues["english"]), judged_cases(JUDGED_FR_ES))
    assert usable >= 60
    assert right / usable >= 0.75, misses


def test_the_english_judged_set_still_holds_with_translations(
    catalogues: dict[str, SearchIndex],
) -> None:
    titles = {s.title: s.id for s in read_catalogue_file(seed_file())}
    for name in ("english", "final"):
        right, usable, misses = top3_rate(_ids(catalogues[name]), judged_cases(JUDGED_EN), titles)
        assert right / usable >= 0.9, (name, misses)


@pytest.mark.parametrize("catalogue", ["english", "final"])
def test_no_probe_word_is_replaced(catalogues: dict[str, SearchIndex], catalogue: str) -> None:
    assert len(PROBES) >= 40
    index = catalogues[catalogue]
    wrong = []
    for probe in PROBES:
        for query in (probe, f"{probe} santé", f"agua {probe}"):
            for as_you_type in (False, True):
                result = index.search(query, limit=3, as_you_type=as_you_type)
                if replaced(result, probe):
                    wrong.append((query, result.suggestion))
    assert not wrong
