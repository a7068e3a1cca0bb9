"""What a brief looks like: every page drawn by poppler (pdftoppm) and measured."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ssc_desktop.domain import vocab
from ssc_desktop.domain.model import Solution
from tests.briefs.pdfs import build, ink, render
from tests.support.records import make_solution

DPI = 60
PX_PER_MM = DPI / 25.4


def assorted() -> list[Solution]:
    """Short and long sections, every SDG, a long URL and an unbreakable word, Arabic."""
    return [
        make_solution(
            title="Solar irrigation for smallholder farmers",
            primary_sdgs=[1, 2, 3, 4, 5, 6],
            secondary_sdgs=[7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
            challenge=("Farmers depend on erratic rain and costly pumps. " * 40 + "\n\n") * 3,
            solution="See https://example.org/"
            + "very-long-path/" * 30
            + " and "
            + "Pneumonoultramicroscopicsilicovolcanoconiosis" * 5
            + " for details.",
            links=[{"url": "https://example.org/" + "x" * 300, "label": ""}],
        ),
        make_solution(
            title="منصة المعرفة للأمن الغذائي في المنطقة العربية",
            summary="تتعاون وزارات الزراعة في مصر والأردن وتونس لتبادل المعرفة حول الري.",
            countries=[{"iso3": "EGY", "role": "provider"}, {"iso3": "JOR", "role": "recipient"}],
        ),
        make_solution(
            title="Short", summary="", challenge="", solution="", results="", sustainability=""
        ),
    ]


def _margins_are_clean(page: Image.Image) -> bool:
    """Nothing is drawn in the side margins (18 mm; 2 mm of slack) or off the bottom."""
    width, height = page.size
    side = int((18 - 2) * PX_PER_MM)
    return (
        ink(page, (0, 0, side, height)) == 0
        and ink(page, (width - side, 0, width, height)) == 0
        and ink(page, (0, height - int(6 * PX_PER_MM), width, height)) == 0
    )


def _body(page: Image.Image) -> tuple[int, int, int, int]:
    """The page above its footer."""
    width, height = page.size
    return (0, 0, width, height - int(22 * PX_PER_MM))


def test_no_page_is_blank_and_nothing_spills_into_the_margins(tmp_path: Path) -> None:
    built = build(assorted())
    pages = render(built.data, tmp_path, dpi=DPI)
    assert len(pages) == built.info.pages >= 5
    for number, page in enumerate(pages, start=1):
        width, height = page.size
        assert ink(page, _body(page)) > 0.01 * width * height, f"page {number} is blank"
        footer = (0, height - int(22 * PX_PER_MM), width, height)
        assert ink(page, footer) > 0, f"page {number} has no footer"
        assert _margins_are_clean(page), f"page {number} spills into a margin"


def _has_colour(page: Image.Image, hex_colour: str, tolerance: int = 12) -> bool:
    target = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    for count, pixel in page.getcolors(maxcolors=1 << 20) or []:
        if count > 20 and all(abs(a - b) <= tolerance for a, b in zip(pixel, target, strict=True)):
            return True
    return False


def test_sdg_tiles_use_the_official_colours(tmp_path: Path) -> None:
    built = build(assorted()[:1])
    section = render(built.data, tmp_path, dpi=DPI)[1]
    for goal, sdg in vocab.sdgs().items():
        assert _has_colour(section, sdg.colour), f"SDG {goal} colour {sdg.colour} not drawn"


def test_grayscale_brief_has_no_colour_and_still_draws_the_tiles(tmp_path: Path) -> None:
    colour = render(build(assorted()).data, tmp_path / "colour", dpi=DPI)
    gray = render(build(assorted(), grayscale=True).data, tmp_path / "gray", dpi=DPI)
    assert len(gray) == len(colour)
    for number, page in enumerate(gray, start=1):
        red, green, blue = (band.load() for band in page.split())
        width, height = page.size
        worst = max(
            max(abs(red[x, y] - green[x, y]), abs(green[x, y] - blue[x, y]))
            for x in range(0, width, 2)
            for y in range(0, height, 2)
        )
        assert worst <= 6, f"page {number} has colour in it"
    # Low ink: outlined tiles instead of filled blocks, but the section is still drawn.
    assert ink(gray[1]) < ink(colour[1])
    assert ink(gray[1], _body(gray[1])) > 0.01 * gray[1].size[0] * gray[1].size[1]
    text = build(assorted()[:1], grayscale=True).text()
    for goal in range(1, 18):
        assert vocab.sdgs()[goal].label("en").upper().split()[0] in text


def test_letter_and_a4_paper(tmp_path: Path) -> None:
    a4 = build(assorted()[:1]).reader.pages[0].mediabox
    letter = build(assorted()[:1], paper="letter").reader.pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
    pages = render(build(assorted(), paper="letter").data, tmp_path, dpi=DPI)
    assert pages[0].size == (round(8.5 * DPI), round(11 * DPI))
    assert all(_margins_are_clean(page) for page in pages)


def test_bare_records_and_long_mission_details_stay_inside_the_page(tmp_path: Path) -> None:
    bare = Solution(title="Bare record with nothing but a title")
    long_title = "Mission " + "to the regional hub for knowledge exchange " * 6
    built = build(
        [bare, assorted()[1]],
        title=long_title[:300],
        destination="Ville de Saint-Louis, région de Saint-Louis, " * 4,
        dates="du lundi 3 mars au vendredi 7 mars 2027 inclus, " * 3,
        compact=True,
    )
    pages = render(built.data, tmp_path, dpi=DPI)
    assert len(pages) == built.info.pages
    for number, page in enumerate(pages, start=1):
        assert _margins_are_clean(page), f"page {number} spills into a margin"
    assert "…" in built.texts()[-1]  # the footer shortened the mission's details
    assert "Bare record with nothing but a title" in built.text()
