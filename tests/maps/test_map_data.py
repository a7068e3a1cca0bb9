"""The shipped shapes, the counts and the palette of the map (ssc_desktop.maps)."""

from __future__ import annotations

import importlib.util
import io
import itertools
import json
import math
import re
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing

from ssc_desktop import maps
from ssc_desktop.catalogue import Catalogue
from ssc_desktop.domain import vocab
from ssc_desktop.domain.model import Solution
from ssc_desktop.maps import palette
from ssc_desktop.maps.geometry import TINY_AREA, map_file, project
from ssc_desktop.maps.scene import Dot, Shape, Text
from ssc_desktop.resources import resources_dir
from tests.support.records import make_solution


def _build_map_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "build_map", resources_dir() / "map" / "build_map.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- the shipped data ----------------------------------------------------------------------
def test_the_shipped_map_file_is_small_and_complete() -> None:
    size = map_file().stat().st_size
    assert size <= 400_000, f"countries.json is {size} bytes"
    assert _build_map_module().check() == []


def test_every_vocabulary_country_is_placeable() -> None:
    geo = maps.geometry()
    for code, country in vocab.countries().items():
        shape = geo.countries.get(code)
        assert shape is not None, f"{code} is not on the map"
        assert shape.rings or shape.dot, code
        x, y = shape.anchor
        assert 0 <= x <= 1 and 0 <= y <= geo.height, code
        if country.sids:  # never invisible: a dot, or a shape big enough to see
            assert shape.dot or shape.area >= TINY_AREA, code
    # And on a drawn map: each country is a shape or a dot (Antarctica's shape is cropped).
    everyone = maps.MapData.from_participations([[(c, "recipient")] for c in vocab.countries()])
    scene = maps.build_scene(everyone)
    drawn = {i.iso3 for i in scene.map_items if isinstance(i, Shape | Dot) and i.iso3}
    assert drawn == set(vocab.countries())
    dots = {i.iso3 for i in scene.map_items if isinstance(i, Dot) and i.iso3}
    assert {"TUV", "MDV", "KIR", "SGP", "BRB", "MUS"} <= dots
    assert "FRA" not in dots and "BRA" not in dots


def test_split_and_merged_features_land_on_m49_rows() -> None:
    geo = maps.geometry()
    # French Guiana and Svalbard are their own M49 rows, cut out of France and Norway.
    assert geo.countries["GUF"].rings and geo.countries["SJM"].rings
    atlantic = project(-30.0, 45.0)[0]
    assert all(x > atlantic for r in geo.countries["FRA"].rings for x, _ in r)  # Europe only
    assert all(x < atlantic for r in geo.countries["GUF"].rings for x, _ in r)
    assert "TWN" not in geo.countries and "-99" not in geo.countries


def test_no_ring_crosses_the_antimeridian() -> None:
    """Russia, Fiji and the US have parts on both sides of 180°: no edge may span the map."""
    geo = maps.geometry()
    for shape in geo.countries.values():
        for ring in shape.rings:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
                along_the_pole = math.isclose(y1, geo.height) and math.isclose(y2, geo.height)
                assert abs(x1 - x2) < 0.25 or along_the_pole, shape.iso3
    russia = maps.geometry().countries["RUS"]
    assert russia.bounds[0] < 0.2 and russia.bounds[2] > 0.8  # Chukotka is drawn in the west


# -- counts --------------------------------------------------------------------------------
def test_counts_are_solutions_not_mentions_and_pairs_link_providers_to_recipients() -> None:
    data = maps.MapData.from_participations(
        [
            [("BRA", "provider"), ("KEN", "recipient"), ("KEN", "recipient")],
            [("BRA", "provider"), ("KEN", "recipient"), ("ETH", "recipient"), ("JPN", "partner")],
            [("IND", "provider"), ("IND", "recipient")],
            [],
        ]
    )
    assert data.total == 4
    assert data.countries["KEN"] == maps.CountryCounts(any=2, recipient=2)
    assert data.countries["BRA"].of(maps.Role.PROVIDER) == 2
    assert data.countries["JPN"] == maps.CountryCounts(any=1, partner=1)
    assert data.counts(maps.Role.RECIPIENT) == {"KEN": 2, "ETH": 1, "IND": 1}
    assert data.pairs == {("BRA", "KEN"): 2, ("BRA", "ETH"): 1}  # no self-pair for India
    assert data.maximum() == 2


@pytest.mark.parametrize(
    ("text", "filters"),
    [("", None), ("food", None), ("", {"region": ["Africa"]}), ("", {"sdg": ["2", "3"]})],
)
def test_map_counts_equal_the_country_facet(
    seeded: Catalogue, text: str, filters: dict[str, list[str]] | None
) -> None:
    result = seeded.search(
        text, limit=1000, filters=filters, facets=["country"], facet_limit=1000, as_you_type=False
    )
    assert result.total > 0
    data = maps.map_data_for_search(seeded, text, filters)
    assert data.total == result.total
    assert data.counts(maps.Role.ANY) == result.facets["country"]
    # By role: the same solutions' records, read the slow way, give the same counts.
    records = seeded.store.get_many([h.id for h in result.hits])
    for role in maps.Role:
        expected = Counter(
            code
            for s in records
            for code in {c.iso3 for c in s.countries if role is maps.Role.ANY or c.role == role}
        )
        assert data.counts(role) == dict(expected), role


@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_counts_cover_every_page_of_a_large_search(large: Catalogue) -> None:
    result = large.search("", limit=1, facets=["country"], facet_limit=1000)
    assert result.total == 1300
    data = maps.map_data_for_search(large, "")
    assert data.total == 1300
    assert data.counts() == result.facets["country"]
    filtered = large.search(
        "", limit=1, filters={"region": "Asia"}, facets=["country"], facet_limit=1000
    )
    assert (
        maps.map_data_for_search(large, "", {"region": "Asia"}).counts()
        == (filtered.facets["country"])
    )
    providers = sum(maps.map_data_for_search(large).counts(maps.Role.PROVIDER).values())
    assert providers == 1300  # each synthetic record has exactly one provider


def test_counts_follow_an_edit(tmp_path: Path) -> None:
    """The per-solution countries are cached; an edit to the catalogue refreshes them."""
    with Catalogue.open(tmp_path / "data") as catalogue:
        before = maps.map_data_for_search(catalogue, "").counts(maps.Role.RECIPIENT)
        solution = next(s for s in catalogue.store.iter_all() if "TUV" not in s.country_codes)
        record = solution.to_json_dict()
        record["countries"].append({"iso3": "TUV", "role": "recipient"})
        catalogue.store.save_local(Solution.model_validate(record))
        after = maps.map_data_for_search(catalogue, "").counts(maps.Role.RECIPIENT)
    assert after.get("TUV", 0) == before.get("TUV", 0) + 1


# -- palette -------------------------------------------------------------------------------
def test_the_palette_reads_in_grayscale() -> None:
    shades = [palette.luminance(c) for c in palette.YLGNBU]
    assert shades == sorted(shades, reverse=True)  # each class darker than the one before
    assert all(a - b > 0.04 for a, b in itertools.pairwise(shades))
    assert palette.luminance(palette.NO_DATA) < shades[0]  # "none" is not the first class


@pytest.mark.parametrize("maximum", [1, 2, 5, 7, 8, 13, 100, 999, 12_345])
def test_colour_classes_cover_every_count(maximum: int) -> None:
    scale = maps.ColourScale.for_maximum(maximum)
    assert scale.bins[0][0] == 1 and scale.bins[-1][1] == maximum
    for (_, high), (low, _) in zip(scale.bins, scale.bins[1:], strict=False):
        assert low == high + 1
    assert len(scale.labels()) == len(scale.colours) <= 7
    assert scale.colour(0) == palette.NO_DATA
    assert scale.colour(maximum) == scale.colours[-1]
    assert len(set(scale.colours)) == len(scale.colours)


# -- the brief's cover ---------------------------------------------------------------------
def test_find_country_reads_a_destination() -> None:
    assert maps.find_country("Dakar, Senegal") == "SEN"
    assert maps.find_country("Sénégal") == "SEN"
    assert maps.find_country("KEN") == "KEN"
    assert maps.find_country("Atlantis") is None
    # A destination typed in the brief's language: the vocabulary's names in the six languages
    # (Arabic with or without its marks, after an Arabic comma; Chinese without any separator,
    # the longest name found: Indonesia, not India).
    assert maps.find_country("عمّان، الأردن") == "JOR"
    assert maps.find_country("Аддис-Абеба, Эфиопия") == "ETH"
    assert maps.find_country("埃塞俄比亚亚的斯亚贝巴") == "ETH"
    assert maps.find_country("印度尼西亚雅加达") == "IDN"
    assert maps.find_country("总部") is None


def test_cover_drawing_marks_the_destination_and_carries_the_disclaimer(
    seeded: Catalogue,
) -> None:
    solutions = seeded.store.get_many(
        [h.id for h in seeded.search("", limit=20, filters={"region": "Africa"}).hits]
    )
    data = maps.MapData.from_solutions(solutions)
    drawing = maps.cover_drawing(data, destination="SEN", width=240, language="fr")
    assert isinstance(drawing, Drawing)
    assert math.isclose(drawing.width, 240)
    buffer = io.BytesIO()
    renderPDF.drawToFile(drawing, buffer)
    text = " ".join(PdfReader(buffer).pages[0].extract_text().split())
    assert maps.disclaimer("fr") in text.replace("- ", "")
    assert "Destination" in text
    scene = maps.build_scene(
        data, maps.MapOptions(destination="SEN", fit_to_data=True, title=False)
    )
    rings = [i for i in scene.map_items if isinstance(i, Dot) and i.stroke == palette.DESTINATION]
    assert rings, "the destination is not marked"
    senegal = [i for i in scene.map_items if isinstance(i, Shape) and i.iso3 == "SEN"]
    assert senegal[-1].stroke == palette.DESTINATION


def test_every_map_label_is_in_the_six_languages() -> None:
    """The map is offered in the briefs' languages, and each of its words exists in each of them
    (``label`` would fall back to English otherwise), with the same placeholders."""
    from ssc_desktop.briefs import LANGUAGES as BRIEF_LANGUAGES

    assert maps.LANGUAGES == BRIEF_LANGUAGES
    table = json.loads((resources_dir() / "map" / "labels.json").read_text(encoding="utf-8"))
    for key, texts in table.items():
        assert set(texts) == set(maps.LANGUAGES), key
        for language, text in texts.items():
            assert text.strip(), (key, language)
            assert re.findall(r"{\w+}", text) == re.findall(r"{\w+}", texts["en"]), (key, language)
    assert maps.is_rtl("ar") and not any(maps.is_rtl(code) for code in ("en", "zh", "ru"))


def test_an_arabic_scene_mirrors_its_legend_and_lines() -> None:
    """In Arabic the legend starts at the right margin and runs leftwards, and every line (title,
    disclaimer, source) ends at the right margin; in English the same map starts at the left."""
    data = maps.MapData.from_solutions(
        [make_solution(countries=[{"iso3": iso3, "role": "provider"}]) for iso3 in ("KEN", "BRA")]
    )
    scenes = {
        language: maps.build_scene(data, maps.MapOptions(language=language, destination="SEN"))
        for language in ("ar", "en")
    }
    for language, scene in scenes.items():
        texts = [item for item in scene.items if isinstance(item, Text)]
        heading = next(t for t in texts if t.text == maps.label("legend_counts", language))
        marker = next(t for t in texts if t.text == maps.label("destination", language))
        disclaimer = [t for t in texts if t.colour == "#444444"]
        if language == "ar":
            assert heading.anchor == marker.anchor == "end" and heading.rtl
            assert heading.position[0] > marker.position[0] > scene.width / 2
            assert {t.position[0] for t in disclaimer} == {heading.position[0]}
        else:
            assert heading.anchor == "start" and heading.position[0] < marker.position[0]
            assert {t.position[0] for t in disclaimer} == {heading.position[0]}
    # Chinese has no spaces: a line too long for the room is still broken, between ideographs
    # (measured with the brief's pipeline: the default face has no Chinese).
    from ssc_desktop.briefs.text import map_text
    from ssc_desktop.maps.scene import _wrap

    text = map_text()
    lines = _wrap(maps.disclaimer("zh"), 10.0, 100.0, text)
    assert len(lines) > 2 and "".join(lines) == maps.disclaimer("zh")
    assert all(text.measure(line, 10.0) <= 100.0 for line in lines)
