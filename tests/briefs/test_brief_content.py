"""What a brief says: read back from the PDF with pypdf."""

from __future__ import annotations

import pytest

from ssc_desktop.catalogue import seed_file
from ssc_desktop.domain import vocab
from ssc_desktop.domain.model import Solution
from ssc_desktop.interchange import read_catalogue_file
from tests.briefs.pdfs import MM, build, flat
from tests.support.records import make_solution

PUBLIC = {
    "name": "Juana Pérez",
    "title": "Programme officer",
    "organisation": "UNOSSC",
    "email": "juana.perez@example.org",
    "phone": "+1 212 555 0101",
    "public": True,
}
PRIVATE = {
    "name": "Hidden Person",
    "title": "Driver",
    "organisation": "Private office",
    "email": "hidden.person@example.org",
    "phone": "+254 799 123 456",
    "public": False,
}


def three_solutions() -> list[Solution]:
    return [
        make_solution(
            id="00000000-0000-4000-8000-000000000001",
            title="Solar irrigation for smallholder farmers",
            sources=[
                {
                    "document": "Report of the Secretary-General on South-South cooperation",
                    "paragraph": "23",
                    "url": "https://example.org/sg-report",
                },
                {"document": "UNOSSC annual report 2019", "paragraph": "4.2", "url": ""},
            ],
        ),
        make_solution(
            id="00000000-0000-4000-8000-000000000002",
            title="Mobile money for rural cooperatives",
            countries=[{"iso3": "BGD", "role": "provider"}, {"iso3": "SEN", "role": "recipient"}],
            primary_sdgs=[1],
            secondary_sdgs=[5, 8, 10],
            contacts=[PUBLIC, PRIVATE],
            sources=[
                {
                    "document": "Good practices in South-South and triangular cooperation",
                    "paragraph": "117",
                    "url": "",
                }
            ],
        ),
        make_solution(
            id="00000000-0000-4000-8000-000000000003",
            title="Early warning for coastal communities",
            countries=[{"iso3": "FJI", "role": "provider"}, {"iso3": "IDN", "role": "partner"}],
            primary_sdgs=[13],
            secondary_sdgs=[14],
            contacts=[PRIVATE],
            sources=[
                {"document": "Small island developing States report", "paragraph": "9", "url": ""}
            ],
        ),
    ]


@pytest.fixture(scope="module")
def brief() -> tuple[list[Solution], object]:
    solutions = three_solutions()
    return solutions, build(solutions)


def test_every_title_and_every_source_paragraph_is_printed(brief) -> None:
    solutions, built = brief
    text = flat(built.text())
    for solution in solutions:
        assert flat(solution.title) in text
        for source in solution.sources:
            assert flat(f"{source.document}, para. {source.paragraph}") in text


def test_every_page_is_numbered_in_its_footer(brief) -> None:
    _, built = brief
    texts = built.texts()
    assert built.info.pages == len(texts) == len(built.reader.pages) >= 4
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
        assert "Mission to Nairobi · Nairobi, Kenya · 3–7 March 2027" in text
        assert "SSC Desktop · public contacts only" in text


def test_only_public_contacts_are_printed(brief) -> None:
    _, built = brief
    text = built.text()
    for value in ("Juana Pérez", "juana.perez@example.org", "+1 212 555 0101", "Amina Public"):
        assert value in text
    for field in ("name", "email", "phone", "organisation"):
        assert PRIVATE[field] not in text
    # The third has only a private contact: the brief says where to ask instead (issue 13).
    assert flat(text).count(flat("No contact person is listed; ask Ministry of Agriculture")) == 1
    assert PRIVATE["name"] not in " ".join(built.outline())
    assert PRIVATE["name"] not in str(built.reader.metadata)


def test_outline_has_one_entry_per_solution_pointing_at_its_section(brief) -> None:
    solutions, built = brief
    reader = built.reader
    assert built.outline() == [solution.title for solution in solutions]
    texts = built.texts()
    for number, item in enumerate(reader.outline, start=1):
        page = reader.get_destination_page_number(item)
        assert f"SOLUTION {number} OF 3" in texts[page]
        assert solutions[number - 1].title in texts[page]


def test_metadata_names_the_mission(brief) -> None:
    _, built = brief
    meta = built.reader.metadata
    assert meta.title == "Mission to Nairobi"
    assert meta.author == "Amina Diallo, RCO Kenya"
    assert meta.subject == "Mission brief for Nairobi, Kenya, 3–7 March 2027: 3 Southern solutions"
    assert meta.creator.startswith("SSC Desktop ")
    assert built.reader.trailer["/Root"]["/Lang"] == "en"


def test_cover_tells_the_mission_and_the_catalogue_date(brief) -> None:
    _, built = brief
    cover = built.texts()[0]
    for value in (
        "MISSION BRIEF",
        "Mission to Nairobi",
        "Nairobi, Kenya",
        "3–7 March 2027",
        "Prepared by",
        "Amina Diallo, RCO Kenya",
        "Catalogue as of last sync on 20 November 2026",
        "Overview",
    ):
        assert value in cover


def test_overview_lists_each_solution_with_the_page_its_section_starts_on(brief) -> None:
    solutions, built = brief
    reader = built.reader
    cover = reader.pages[0]
    right_edge = float(cover.mediabox.width) - 18 * MM
    numbers: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        x = cm[4] + tm[4]
        if text.strip().isdigit() and right_edge - 12 * MM < x < right_edge:
            numbers.append((cm[5] + tm[5], text.strip()))

    cover.extract_text(visitor_text=visit)
    listed = [int(text) for _, text in sorted(numbers, reverse=True)]
    starts = [reader.get_destination_page_number(item) + 1 for item in reader.outline]
    assert listed == starts == [2, 3, 4]
    overview = flat(built.texts()[0])
    for solution in solutions:
        assert flat(solution.title) in overview
    assert "Bangladesh, Senegal" in built.texts()[0]
    assert "Fiji, Indonesia" in built.texts()[0]


def test_section_shows_countries_with_roles_sdgs_partners_and_links(brief) -> None:
    _, built = brief
    section = built.texts()[1]
    for value in (
        "Provider: India",
        "Recipient: Kenya",
        "Primary SDGs",
        "ZERO HUNGER",
        "Other SDGs",
        "CLIMATE ACTION",
        "Challenge",
        "Diesel pumps are costly; rainfall is erratic.",
        "Solution",
        "Results",
        "Sustainability and replication",
        "Partners",
        "United Nations Development Programme (UNDP)",
        "Links",
        "Project page — https://example.org/solar",
        "Sources",
        "USD 250,000 · India-UN Development Partnership Fund",
        "Ongoing 2017–2020",
    ):
        assert value in section, value
    coastal = built.texts()[3]
    assert "Triangular partner / facilitator: Indonesia" in coastal


def test_links_are_live_and_go_only_where_the_record_says(brief) -> None:
    _, built = brief
    uris = set()
    for page in built.reader.pages:
        for annotation in page.get("/Annots", []) or []:
            action = annotation.get_object().get("/A", {})
            if "/URI" in action:
                uris.add(str(action["/URI"]))
    assert uris == {"https://example.org/solar", "https://example.org/sg-report"}


def test_a_solution_chosen_twice_appears_once() -> None:
    solution = make_solution(title="Only once")
    built = build([solution, solution])
    assert built.outline() == ["Only once"]
    assert "SOLUTION 1 OF 1" in built.text()


@pytest.mark.parametrize(
    ("language", "role"),
    [("en", "Participant: "), ("fr", "Participant : "), ("es", "Participante: ")],
)
def test_participant_countries_are_printed_with_their_role(language: str, role: str) -> None:
    """The seed's peer-learning exchange (no provider or recipient side) in each language."""
    (exchange,) = [s for s in read_catalogue_file(seed_file()) if s.id.startswith("9c3ab5e4")]
    assert {c.role for c in exchange.countries} == {"participant"}
    names = ", ".join(vocab.country_name(c, language) for c in ("UGA", "ETH", "MWI", "TZA"))
    section = build([exchange], language=language).texts()[1]
    assert role + names in section.replace("\u202f", " ")
