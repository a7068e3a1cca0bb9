"""Issue 13, layout: solutions follow one another (a heading always with its first lines), a page
per solution on request, and the brief's default file name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from ssc_desktop.briefs import BriefOptions, brief_file_name
from ssc_desktop.domain.model import Solution
from tests.briefs.pdfs import Built, build, flat
from tests.support.records import make_solution, new_store, random_solutions


def five_short() -> list[Solution]:
    return [
        make_solution(
            title=f"Short solution {n}",
            subtitle="",
            summary="A short summary.",
            challenge="",
            results="",
            sustainability="",
            contacts=[],
            links=[],
            secondary_sdgs=[],
            budget=None,
            currency=None,
            funding_mechanism="",
        )
        for n in range(1, 6)
    ]


def section_pages(built: Built, total: int) -> dict[int, int]:
    """Solution number -> the page (0-based) its kicker is printed on."""
    pages: dict[int, int] = {}
    for index, text in enumerate(built.texts()):
        for number in range(1, total + 1):
            if f"SOLUTION {number} OF {total}" in text:
                pages.setdefault(number, index)
    return pages


def assert_headings_keep_their_first_lines(built: Built, solutions: list[Solution]) -> None:
    """On the page of each solution's kicker come its title and its first fact after it."""
    total = len(solutions)
    texts = built.texts()
    for number, page in section_pages(built, total).items():
        after = flat(texts[page].split(f"SOLUTION {number} OF {total}", 1)[1])
        title = flat(solutions[number - 1].title)
        assert after.startswith(title), (number, after[:80])
        assert "Countries" in after[len(title) :], f"solution {number}: heading alone at page end"


def test_five_short_solutions_share_pages_and_keep_headings_with_their_first_lines() -> None:
    solutions = five_short()
    flowing = build(solutions)
    one_each = build(solutions, page_per_solution=True)
    assert one_each.info.pages == 6, "the former layout stays available"
    assert flowing.info.pages <= 4 < one_each.info.pages  # the cover and overview: page 1
    pages = section_pages(flowing, 5)
    assert len(set(pages.values())) < 5, "sections share pages"
    assert_headings_keep_their_first_lines(flowing, solutions)
    # The overview's page column and the bookmarks still say where each one starts.
    reader = flowing.reader
    starts = [reader.get_destination_page_number(item) for item in reader.outline]
    assert starts == [pages[n] for n in range(1, 6)]
    assert section_pages(one_each, 5) == {n: n for n in range(1, 6)}


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_heading_is_left_alone_at_the_bottom_of_a_page(paper: str) -> None:
    solutions = random_solutions(14, seed=13)
    built = build(solutions, paper=paper)
    assert len(section_pages(built, 14)) == 14
    assert_headings_keep_their_first_lines(built, solutions)
    for text in built.texts():  # a section heading ("Results") is never a page's last line
        body = [line for line in text.splitlines() if line.strip()][:-2]  # without the footer
        assert body[-1].strip() not in {"Challenge", "Solution", "Results", "Partners", "Sources"}


def test_page_per_solution_is_an_option_and_a_flag(tmp_path: Path) -> None:
    from ssc_desktop.cli import main

    assert BriefOptions(title="t").page_per_solution is False
    solutions = five_short()
    store = new_store(tmp_path / "data", solutions)
    store.close()
    ids = [s.id for s in solutions]
    mission = ["--title", "T", "--destination", "D", "--dates", "March"]
    out = tmp_path / "each.pdf"
    data = ["--data-dir", str(tmp_path / "data")]
    assert main(["brief", *ids, "-o", str(out), *mission, "--page-per-solution", *data]) == 0
    assert len(PdfReader(out).pages) == 6
    assert main(["brief", *ids, "-o", str(out), *mission, *data]) == 0
    assert len(PdfReader(out).pages) <= 4
    compact = ["--compact", "--page-per-solution"]
    assert main(["brief", *ids, "-o", str(out), *mission, *compact, *data]) == 0
    assert len(PdfReader(out).pages) == 6


# -- the default file name --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("prefix", "name", "expected"),
    [
        ("mission-brief", "Dakar, Senegal", "mission-brief-Dakar-Senegal.pdf"),
        ("mission-brief", "Dakar — Senegal / Gambia", "mission-brief-Dakar-Senegal-Gambia.pdf"),
        ("note-de-mission", "Côte d’Ivoire", "note-de-mission-Côte-d-Ivoire.pdf"),
        ("mission-brief", "  ", "mission-brief.pdf"),
        ("mission-brief", "under_score__x", "mission-brief-under-score-x.pdf"),
        ("", ", ,", "brief.pdf"),
        ("mission-brief", "Cote\u0301", "mission-brief-Coté.pdf"),  # composed, not split
    ],
)
def test_the_default_file_name_has_single_dashes(prefix: str, name: str, expected: str) -> None:
    assert brief_file_name(prefix, name) == expected


@given(st.text(max_size=120), st.text(max_size=30))
def test_any_default_file_name_is_one_clean_word(name: str, prefix: str) -> None:
    result = brief_file_name(prefix, name)
    stem = result.removesuffix(".pdf")
    assert result.endswith(".pdf") and 0 < len(stem) <= 80
    assert re.fullmatch(r"[^\W_]+(-[^\W_]+)*", stem), result


def test_a_table_row_is_never_split_across_pages() -> None:
    """The overview runs over several pages: each row (a three-line title) stays on one."""
    solutions = [
        make_solution(
            title=f"Row {n:02d} of a long overview: knowledge exchange on irrigation, seeds, "
            "storage and markets for smallholder cooperatives",
            challenge="",
            solution="",
            results="",
            sustainability="",
        )
        for n in range(60)
    ]
    built = build(solutions)
    outline = built.reader.outline
    first_section = built.reader.get_destination_page_number(outline[0])
    overview = [flat(text) for text in built.texts()[: first_section + 1]]
    assert first_section >= 2, "the overview takes more than one page"
    for solution in solutions:
        pages = [i for i, text in enumerate(overview) if flat(solution.title) in text]
        assert len(pages) >= 1, f"{solution.title[:6]} is split across pages"
