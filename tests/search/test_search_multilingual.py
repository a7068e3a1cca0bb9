"""Every language version of a record is indexed with its own analyzer and found by queries in
that language; accents are folded; a phrase never spans two versions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ssc_desktop.domain.model import Solution
from ssc_desktop.search.engine import META_FILE, SearchIndex
from ssc_desktop.storage.database import migrate
from ssc_desktop.storage.repository import CatalogueStore
from tests.search.multilingual import WithTranslations
from tests.search.search_synthetic import anchor_records

TRANSLATIONS: dict[str, dict[str, dict[str, Any]]] = {}


def _versions() -> dict[str, dict[str, dict[str, Any]]]:
    records = {r["title"]: r["id"] for r in anchor_records()}
    feeding = records["Home-grown school feeding with Brazilian expertise in Kenya"]
    ppp = records["Public-private partnership for rural electrification in Senegal"]
    return {
        feeding: {
            "fr": {
                "title": "Alimentation scolaire issue de la production locale au Kenya",
                "summary": "Le Brésil a partagé son programme national de cantines scolaires.",
                "themes": ["alimentation scolaire"],
                "keywords": ["petits exploitants"],
            },
            "es": {
                "title": "Alimentación escolar con productos locales en Kenia",
                "summary": "Brasil compartió su programa nacional de comedores escolares.",
                "themes": ["alimentación escolar"],
            },
        },
        ppp: {
            "es": {
                "title": "Asociación público-privada para la electrificación rural en Senegal",
                "summary": "Minirredes eléctricas en aldeas remotas; legumbres y hortalizas.",
            },
        },
    }


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SearchIndex, Any]]:
    root = tmp_path_factory.mktemp("multilingual")
    migrate(root / "catalogue.sqlite3")
    store = CatalogueStore(root / "catalogue.sqlite3")
    store.import_solutions(Solution.model_validate(r) for r in anchor_records())
    source = WithTranslations(store, _versions())
    index = SearchIndex(root / "index")
    assert index.ensure_current(source) == "rebuilt"
    yield index, source
    index.close()
    store.close()


def _top(index: SearchIndex, query: str, n: int = 3) -> list[str]:
    return [h.title for h in index.search(query, limit=n, as_you_type=False).hits]


FEEDING = "Home-grown school feeding with Brazilian expertise in Kenya"
PPP = "Public-private partnership for rural electrification in Senegal"


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("alimentation scolaire", FEEDING),
        ("cantines scolaires Kenya", FEEDING),  # French plural stemmed by the French analyzer
        ("alimentación escolar", FEEDING),
        ("alimentacion escolar kenia", FEEDING),  # no accents; the Spanish country name
        ("comedor escolar", FEEDING),  # singular of the Spanish "comedores"
        ("electrificación rural", PPP),
        ("asociacion publico privada", PPP),
    ],
)
def test_a_translation_is_found_in_its_language(
    indexed: tuple[SearchIndex, Any], query: str, title: str
) -> None:
    index, _ = indexed
    assert title in _top(index, query), (query, _top(index, query))


def test_the_original_is_still_found_and_shown(indexed: tuple[SearchIndex, Any]) -> None:
    index, _ = indexed
    hit = index.search("school feeding Kenya", limit=1, as_you_type=False).hits[0]
    assert hit.title == FEEDING and hit.language == "en"
    # Found through the French version, the hit still shows the original title.
    assert index.search("alimentation scolaire", limit=1).hits[0].title == FEEDING


def test_accents_are_folded_in_translations(indexed: tuple[SearchIndex, Any]) -> None:
    index, _ = indexed
    for accented, plain in (
        ("alimentación", "alimentacion"),
        ("électrification", "electrificacion"),
    ):
        assert _top(index, accented, 10) == _top(index, plain, 10)
    # The Spanish word is in PPP's Spanish version only; the French record on "légumes" is
    # found through the glossary (legumbres = légumes).
    vegetables = "Légumes irrigués au goutte-à-goutte pour les femmes du Sénégal"
    assert set(_top(index, "legumbres", 2)) == {PPP, vegetables}


def test_a_phrase_does_not_span_two_versions(indexed: tuple[SearchIndex, Any]) -> None:
    index, _ = indexed
    # The English title ends with "Kenya", the French one starts with "Alimentation".
    assert index.search('title:"kenya alimentation"', limit=5, as_you_type=False).total == 0
    assert index.search('title:"alimentation scolaire"', limit=5).total == 1


def test_an_index_of_an_older_engine_version_is_rebuilt(
    indexed: tuple[SearchIndex, Any], tmp_path: Path
) -> None:
    index, source = indexed
    meta_path = index.index_dir / META_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["engine_version"] = 4  # the version before translations were indexed
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    reopened = SearchIndex(index.index_dir)
    try:
        assert reopened.ensure_current(source) == "rebuilt"
        assert FEEDING in _top(reopened, "alimentation scolaire")
    finally:
        reopened.close()
