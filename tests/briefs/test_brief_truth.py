"""Issue 13, truth in print: a brief says what is true of its catalogue, of a solution's coverage
and of where to ask; on the shipped catalogue, in a real data folder, read back from the PDF."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from ssc_desktop import __version__
from ssc_desktop.briefs import CatalogueProvenance, catalogue_provenance
from ssc_desktop.briefs.labels import Labels
from ssc_desktop.catalogue import Catalogue, seed_file
from ssc_desktop.cli import main
from ssc_desktop.domain.model import Solution
from tests.briefs.pdfs import build, flat
from tests.support.records import make_solution

# Five seed solutions of a food-security mission (ids from db/seed/solutions.json).
WFP_BRAZIL = "02411570-7bb3-5a2b-83dd-e80775eaa5ed"  # countries: Brazil
SCHOOL_FEEDING = "c292e148"  # no country, keyword "African Union" only: "not stated"
ILLICIT_FLOWS = "754ca82b"  # no country, keyword "Africa": regional
MICROLEAD = "8cbf184b"  # no country, a link labelled "MicroLead (UNCDF)"
ARAB_HOUSING = "c59636cb"  # no country, "Arab States", no organisation at all
FIVE = [WFP_BRAZIL, SCHOOL_FEEDING, ILLICIT_FLOWS, MICROLEAD, ARAB_HOUSING]
MISSION = ["--title", "Food security", "--destination", "Dakar, Senegal", "--dates", "March 2027"]


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh data folder holding the shipped catalogue (never synchronised)."""
    folder = tmp_path_factory.mktemp("shipped") / "data"
    Catalogue.open(folder).close()
    return folder


def _brief(folder: Path, out: Path, *extra: str) -> PdfReader:
    assert main(["brief", *FIVE, "-o", str(out), *MISSION, *extra, "--data-dir", str(folder)]) == 0
    return PdfReader(out)


def _seed(solution_id: str) -> Solution:
    data = json.loads(seed_file().read_text(encoding="utf-8"))
    (record,) = [r for r in data["solutions"] if r["id"].startswith(solution_id)]
    return Solution.model_validate(record)


def seed_day() -> date:
    """The date of the shipped catalogue: its newest record's, read here from the seed file."""
    data = json.loads(seed_file().read_text(encoding="utf-8"))
    return max(date.fromisoformat(r["updated_at"][:10]) for r in data["solutions"])


# -- the catalogue's date ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Catalogue as shipped with SSC Desktop {version}, dated {date}"),
        ("fr", "Catalogue fourni avec SSC Desktop {version}, daté du {date}"),
        ("es", "Catálogo incluido con SSC Desktop {version}, con fecha del {date}"),
    ],
)
def test_a_never_synchronised_catalogue_is_named_as_the_shipped_one(
    shipped: Path, tmp_path: Path, language: str, expected: str
) -> None:
    expected = expected.format(version=__version__, date=Labels(language).date(seed_day()))
    reader = _brief(shipped, tmp_path / "b.pdf", "--language", language)
    cover = flat(reader.pages[0].extract_text())
    assert flat(expected) in cover
    footer = flat(reader.pages[-1].extract_text())
    assert flat(expected) in footer
    for lie in ("last sync on", "dernière synchronisation", "última sincronización"):
        assert flat(lie) not in cover


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Catalogue as of last sync on 5 October 2027"),
        ("fr", "Catalogue à jour de la dernière synchronisation du 5 octobre 2027"),
        ("es", "Catálogo según la última sincronización del 5 de octubre de 2027"),
    ],
)
def test_a_synchronised_catalogue_gives_the_date_of_its_last_sync(
    tmp_path: Path, language: str, expected: str
) -> None:
    folder = tmp_path / "data"
    with Catalogue.open(folder) as catalogue:
        catalogue.store.set_meta("last_sync_at", "2027-10-05T23:30:00Z")
    reader = _brief(folder, tmp_path / "b.pdf", "--language", language)
    assert flat(expected) in flat(reader.pages[0].extract_text())
    assert "SSC Desktop 0" not in reader.pages[0].extract_text().split("Overview")[0]


def test_provenance_is_read_from_the_store(shipped: Path) -> None:
    with Catalogue.open(shipped) as catalogue:
        store = catalogue.store
        found = catalogue_provenance(store)
        assert found == CatalogueProvenance(
            last_sync=None, shipped_version=__version__, shipped_date=seed_day()
        )
        store.set_meta("last_sync_at", "not a date")
        assert catalogue_provenance(store).last_sync is None, "unreadable: not a sync"
        store.set_meta("last_sync_at", "2027-01-02T03:04:05Z")
        assert catalogue_provenance(store).last_sync == datetime(2027, 1, 2, 3, 4, 5, tzinfo=UTC)
        store.set_meta("last_sync_at", "")


def test_without_a_provenance_the_brief_says_the_date_is_unknown() -> None:
    built = build([make_solution()], provenance=None)
    assert "Catalogue date not stated" in built.texts()[0]
    with pytest.raises(TypeError):
        CatalogueProvenance(last_sync="2026-01-01", shipped_version="1")  # type: ignore[arg-type]


# -- what a solution without countries covers -------------------------------------------------
def _no_country(**changes: object) -> Solution:
    return make_solution(countries=[], cooperation_type=None, **changes)


@pytest.mark.parametrize(
    ("keywords", "language", "expected"),
    [
        (["Africa"], "en", "Regional (Africa)"),
        (["Africa", "Latin America and the Caribbean"], "fr", "Régional (Afrique, Amérique latine"),
        (["Arab States"], "es", "Regional (Arab States)"),
        (["global"], "en", "Global"),
        (["global"], "fr", "Mondial"),
        (["irrigation"], "en", "Not stated"),
        (["irrigation"], "fr", "Non indiqués"),
        (["irrigation"], "es", "No indicados"),
    ],
)
def test_the_countries_cell_says_what_a_solution_without_countries_covers(
    keywords: list[str], language: str, expected: str
) -> None:
    built = build([_no_country(keywords=keywords, themes=[])], language=language)
    overview = built.texts()[0]
    assert flat(expected) in flat(overview)
    section = built.texts()[1]  # the solution's facts say it too
    assert flat(expected) in flat(section)


def test_the_shipped_catalogue_has_no_empty_countries_cell(shipped: Path, tmp_path: Path) -> None:
    reader = _brief(shipped, tmp_path / "b.pdf")
    overview = flat(reader.pages[0].extract_text())
    assert flat("Regional (Africa)") in overview  # illicit financial flows
    assert flat("Regional (Arab States)") in overview  # Arab ministerial forum
    assert overview.count("Notstated") == 2  # school feeding, MicroLead: the record says nothing
    assert "Brazil" in overview


# -- where to ask -------------------------------------------------------------------------------
def test_no_empty_promise_each_seed_solution_says_where_to_ask(shipped: Path, tmp_path: Path):
    reader = _brief(shipped, tmp_path / "b.pdf")
    text = flat("\n".join(page.extract_text() for page in reader.pages))
    assert flat("No public contact") not in text
    assert flat("No contact person is listed; ask World Food Programme (WFP)") in text
    assert flat("ask African Union") in text
    assert flat("ask Economic Commission for Africa (ECA)") in text
    # MicroLead's record links to UNCDF's page: the link is given with the organisation.
    assert (
        flat(
            "ask United Nations Capital Development Fund (UNCDF) — "
            "http://www.uncdf.org/microlead/homepage"
        )
        in text
    )
    # No organisation in the record: the sources say where it is documented.
    assert flat("No contact person or organisation is listed; the sources below") in text
    annotations = [
        str(a.get_object()["/A"]["/URI"])
        for page in reader.pages
        for a in page.get("/Annots", []) or []
    ]
    assert "http://www.uncdf.org/microlead/homepage" in annotations


def test_where_to_ask_in_french_and_spanish_and_a_link_is_never_misattributed() -> None:
    solution = make_solution(
        contacts=[],
        links=[{"url": "https://example.org/other", "label": "Another body's page"}],
    )
    fr = flat(build([solution], language="fr").text())
    assert flat("Aucune personne de contact n’est indiquée\u202f; s’adresser à Ministry") in fr
    es = flat(build([solution], language="es").text())
    assert flat("consultar a Ministry of Agriculture") in es
    assert flat("Agriculture — https://example.org/other") not in es
    # Nothing to say (no contact, organisation or source): no Contacts heading at all.
    bare = build([make_solution(contacts=[], organisations=[], sources=[])]).text()
    assert "\nContacts\n" not in bare and "No contact" not in bare
