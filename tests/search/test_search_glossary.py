"""The glossary (resources/search/glossary.json): its shape, and bridging on an English-only
catalogue (the seed as shipped, no translations)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from ssc_desktop.catalogue import seed_file
from ssc_desktop.interchange.reader import read_catalogue_file
from ssc_desktop.resources import resources_dir
from ssc_desktop.search.engine import SearchIndex
from ssc_desktop.search.vocabulary import glossary, is_name
from ssc_desktop.storage.database import migrate
from ssc_desktop.storage.repository import CatalogueStore


def test_the_glossary_has_several_hundred_concepts_in_en_fr_es() -> None:
    data = json.loads((resources_dir() / "search" / "glossary.json").read_text("utf-8"))
    concepts = data["concepts"]
    assert len(concepts) >= 300
    assert len({c["id"] for c in concepts}) == len(concepts)
    for concept in concepts:
        for lang in ("en", "fr", "es"):
            assert concept[lang] and all(t.strip() == t and t for t in concept[lang]), concept
    assert len(glossary()) == len(concepts)


@pytest.mark.parametrize("word", ["alimentation", "sécheresse", "pobreza", "vivienda", "eau"])
def test_glossary_words_are_never_corrected(word: str) -> None:
    assert is_name(word)


@pytest.fixture(scope="module")
def english_seed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    if not seed_file().exists():
        pytest.skip("db/seed/solutions.json is not there")
    root = tmp_path_factory.mktemp("seed-en")
    migrate(root / "catalogue.sqlite3")
    store = CatalogueStore(root / "catalogue.sqlite3")
    store.import_solutions(read_catalogue_file(seed_file()))
    index = SearchIndex(root / "index")
    index.ensure_current(store)
    yield index
    index.close()
    store.close()


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("alimentation scolaire", "Pan-African school feeding network"),
        ("alimentación escolar", "Pan-African school feeding network"),
        ("volontariat en ligne", "Online Volunteering service"),
        ("voluntariado en línea", "Online Volunteering service"),
        (
            "alerta temprana",
            "Regional Integrated Multi-Hazard Early Warning System for Africa and Asia",
        ),
        ("mejoramiento de barrios marginales", "Participatory Slum Upgrading Programme"),
        (
            "ciudades resilientes a los desastres",
            "City-to-city exchanges for disaster-resilient cities (UNISDR-led campaign)",
        ),
        ("argent mobile pauvres", "Mobile Money for the Poor"),
    ],
)
def test_a_french_or_spanish_query_finds_an_english_only_record(
    english_seed: SearchIndex, query: str, title: str
) -> None:
    top = [h.title for h in english_seed.search(query, limit=3, as_you_type=False).hits]
    assert title in top, (query, top)


@pytest.mark.parametrize("query", ["Senegal", "Sénégal", "pays:Sénégal", "senegal"])
def test_a_country_no_solution_involves_is_said_plainly(
    english_seed: SearchIndex, query: str
) -> None:
    from ssc_desktop.cli.main import notice_text
    from ssc_desktop.search.results import NoticeKind

    result = english_seed.search(query, limit=5)
    assert result.suggestion is None and not result.corrected  # never "several"
    (notice,) = [n for n in result.notices if n.kind is NoticeKind.NO_SOLUTION_FOR_COUNTRY]
    assert (notice.value, notice.subregion, notice.region) == ("SEN", "011", "002")
    assert notice_text(notice) == "no solution in the catalogue involves Senegal yet"
    assert [(b.level, b.name) for b in result.broader] == [
        ("subregion", "Western Africa"),
        ("region", "Africa"),
    ]
    # The offer is the first area that has solutions, and it finds exactly them.
    offered = next(b for b in result.broader if b.total)
    assert notice.suggestion == offered.query == 'region:"Africa"'
    assert english_seed.search(offered.query, limit=100).total == offered.total > 0


def test_a_country_in_a_mixed_query_keeps_the_other_words(english_seed: SearchIndex) -> None:
    result = english_seed.search("school feeding Sénégal", limit=3, as_you_type=False)
    assert "Pan-African school feeding network" in [h.title for h in result.hits]
    assert [b.query for b in result.broader] == [
        'school feeding region:"Western Africa"',
        'school feeding region:"Africa"',
    ]


def test_a_country_with_solutions_gets_no_notice(english_seed: SearchIndex) -> None:
    result = english_seed.search("Honduras", limit=3)
    assert result.total >= 1 and not result.broader and not result.notices
