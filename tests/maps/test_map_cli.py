"""``ssc-desktop map``: real processes writing real SVG, PNG and PDF files, read back."""

from __future__ import annotations

import io
import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from ssc_desktop import maps
from ssc_desktop.catalogue import Catalogue
from tests.support.cli import run_in

SVG = "{http://www.w3.org/2000/svg}"


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_svg_is_valid_and_names_every_country(seed_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.svg"
    done = run_in(seed_dir, "map", "--filter", "region=Africa", "-o", str(out))
    assert done.returncode == 0, done.stderr
    root = ET.parse(out).getroot()
    assert root.tag == f"{SVG}svg"
    paths = {p.get("id") for p in root.iter(f"{SVG}path")}
    dots = {c.get("id") for c in root.iter(f"{SVG}circle")}
    assert {"KEN", "BRA", "CHN"} <= paths and {"dot-TUV", "dot-MDV"} <= dots
    texts = _flat(" ".join(t.text or "" for t in root.iter(f"{SVG}text")))
    assert maps.disclaimer("en") in texts
    # The fills are the counts of the same search: Kenya's tooltip says its count.
    with Catalogue.open(seed_dir) as catalogue:
        facet = catalogue.search(
            "", limit=0, filters={"region": "Africa"}, facets=["country"], facet_limit=500
        ).facets["country"]
    kenya = next(p for p in root.iter(f"{SVG}path") if p.get("id") == "KEN")
    assert kenya.findtext(f"{SVG}title") == f"Kenya: {facet.get('KEN', 0)}"
    assert "map of" in done.stderr and str(out) in done.stderr


def test_png_opens_at_a_sane_size(seed_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.png"
    done = run_in(seed_dir, "map", "--role", "provider", "-o", str(out))
    assert done.returncode == 0, done.stderr
    with Image.open(out) as image:
        image.load()
        assert image.format == "PNG"
        width, height = image.size
        assert 1200 <= width <= 2400 and 0.4 < height / width < 0.75
        # Not blank: the map has many colours (palette, borders, text).
        assert len(image.convert("RGB").getcolors(1 << 20) or []) > 20


@pytest.mark.parametrize("language", maps.LANGUAGES)
def test_pdf_carries_the_disclaimer_in_its_language(
    seed_dir: Path, tmp_path: Path, language: str
) -> None:
    """In each of the six languages; Arabic shaped and drawn with an Arabic face, Chinese with
    the CJK one (a face without the letters draws NUL glyphs)."""
    out = tmp_path / f"map-{language}.pdf"
    done = run_in(seed_dir, "map", "--exchanges", "--language", language, "-o", str(out))
    assert done.returncode == 0, done.stderr
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    raw = reader.pages[0].extract_text()
    assert "\x00" not in raw
    text = _flat(unicodedata.normalize("NFKC", raw))
    for expected in (maps.disclaimer(language), maps.label("title_exchanges", language)):
        expected = unicodedata.normalize("NFKC", expected)
        # Arabic is read back in display order: its words, each whole (shaped letters joined).
        words = re.findall(r"[^\s.:،,]+", expected) if language == "ar" else [expected]
        for word in words:
            assert word in text, (language, word)


@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_exchanges_of_the_whole_seed_catalogue(seed_dir: Path, tmp_path: Path) -> None:
    """Every provider → recipient pair of the seed is drawn once, thicker for more solutions."""
    out = tmp_path / "exchanges.svg"
    done = run_in(seed_dir, "map", "--exchanges", "--destination", "Dakar, Senegal", "-o", str(out))
    assert done.returncode == 0, done.stderr
    with Catalogue.open(seed_dir) as catalogue:
        data = maps.map_data_for_search(catalogue)
    assert data.pairs, "the seed catalogue has provider → recipient pairs"
    root = ET.parse(out).getroot()
    arcs = [
        line
        for line in root.iter(f"{SVG}polyline")
        if len((line.get("points") or "").split()) > 2  # legend samples are straight lines
    ]
    drawable = [p for p in data.pairs if p[0] != p[1]]
    assert len(arcs) == len(drawable)
    widths = sorted(float(a.get("stroke-width") or 0) for a in arcs)
    assert widths[0] > 0
    png = tmp_path / "exchanges.png"
    assert run_in(seed_dir, "map", "--exchanges", "-o", str(png)).returncode == 0
    with Image.open(png) as image:
        assert image.size[0] > 1000


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--filter", "colour=blue"], "there is no 'colour' filter"),
        (["--filter", "country"], "--filter wants NAME=VALUE"),
        (["--destination", "Atlantis"], "no country is called 'Atlantis'"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    seed_dir: Path, tmp_path: Path, argv: list[str], message: str
) -> None:
    out = tmp_path / "map.svg"
    done = run_in(seed_dir, "map", *argv, "-o", str(out))
    assert done.returncode == 1
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert not out.exists() and not list(tmp_path.iterdir())


def test_unknown_format_is_refused(seed_dir: Path, tmp_path: Path) -> None:
    done = run_in(seed_dir, "map", "-o", str(tmp_path / "map.gif"))
    assert done.returncode == 1 and ".svg, .png or .pdf" in done.stderr
    assert not list(tmp_path.iterdir())
    assert io.StringIO(done.stdout).read() == ""


def test_an_arabic_svg_is_written_right_to_left(seed_dir: Path, tmp_path: Path) -> None:
    """The words as typed (the browser shapes them) in right-to-left text elements that end at
    the right margin: the title, the legend's heading, the disclaimer."""
    out = tmp_path / "map-ar.svg"
    done = run_in(seed_dir, "map", "--language", "ar", "--destination", "SEN", "-o", str(out))
    assert done.returncode == 0, done.stderr
    root = ET.parse(out).getroot()
    width = float(root.get("width") or 0)
    texts = {t.text: t for t in root.iter(f"{SVG}text")}
    for key in ("title_any", "legend_counts"):
        element = texts[maps.label(key, "ar")]
        assert element.get("direction") == "rtl" and element.get("text-anchor") is None
        assert float(element.get("x") or 0) > width * 0.9
    assert texts[maps.disclaimer("ar")].get("direction") == "rtl"


def test_the_map_command_offers_the_six_languages() -> None:
    import argparse

    from ssc_desktop.cli.main import build_parser

    commands = next(
        action
        for action in build_parser()._subparsers._group_actions  # type: ignore[union-attr]
        if isinstance(action, argparse._SubParsersAction)
    ).choices
    language = next(a for a in commands["map"]._actions if a.dest == "language")
    assert tuple(language.choices or ()) == maps.LANGUAGES
