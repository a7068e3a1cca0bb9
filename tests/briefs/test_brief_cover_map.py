"""The brief's cover map: the countries the solutions involve, the destination marked when it
names a country, the UN disclaimer in the brief's language, readable in gray; within budget."""

from __future__ import annotations

import time
from pathlib import Path

from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from ssc_desktop.briefs import BriefOptions
from ssc_desktop.briefs.render import _cover_map
from ssc_desktop.maps import disclaimer, label
from tests.briefs.pdfs import build, flat, ink, options, render
from tests.support.records import make_solution


def strings(node: object) -> list[str]:
    found = [node.text] if isinstance(node, String) else []
    for child in getattr(node, "contents", ()):
        found += strings(child)
    return found


def fills(node: object) -> set[tuple[float, float, float]]:
    found = set()
    colour = getattr(node, "fillColor", None)
    if isinstance(colour, colors.Color):
        found.add((round(colour.red, 3), round(colour.green, 3), round(colour.blue, 3)))
    for child in getattr(node, "contents", ()):
        found |= fills(child)
    return found


def cover_map(solutions: list, **changes: object) -> Drawing:
    from ssc_desktop.briefs.labels import Labels
    from ssc_desktop.briefs.render import COLOUR, _Context, make_styles

    brief = options(**changes)
    assert isinstance(brief, BriefOptions)
    context = _Context(brief, Labels(brief.language), COLOUR, make_styles(COLOUR, False), 1,
                       None, "")  # fmt: skip
    drawing = _cover_map(context, solutions, 480)
    assert isinstance(drawing, Drawing)
    return drawing


def exchange(provider: str, recipient: str) -> object:
    return make_solution(
        countries=[{"iso3": provider, "role": "provider"}, {"iso3": recipient, "role": "recipient"}]
    )


def test_the_cover_map_marks_a_destination_that_names_a_country() -> None:
    solutions = [exchange("BRA", "MOZ"), exchange("IND", "KEN")]
    marked = cover_map(solutions, destination="Dakar, Senegal", language="fr")
    words = strings(marked)
    assert label("destination", "fr") in words, "the marker's legend entry"
    assert any(disclaimer("fr").startswith(w) for w in words if len(w) > 20)
    plain = cover_map(solutions, destination="Somewhere unknown", language="fr")
    assert label("destination", "fr") not in strings(plain), "no country named: no marker"


def test_the_cover_shows_the_map_with_its_disclaimer_in_the_brief_language(tmp_path: Path):
    solutions = [exchange("BRA", "SEN"), exchange("IND", "SEN"), exchange("CHN", "ETH")]
    built = build(solutions, destination="Dakar, Sénégal", language="es")
    first = flat(built.texts()[0])
    assert flat(disclaimer("es"))[:60] in first
    assert label("destination", "es") in first and label("legend_counts", "es") in first
    # Without countries and without a destination naming one, the cover has no map.
    bare = build([make_solution(countries=[])], destination="Head office", language="es")
    assert flat(disclaimer("es"))[:60] not in flat(bare.texts()[0])


def test_the_cover_map_is_gray_in_a_grayscale_brief() -> None:
    solutions = [exchange("BRA", "SEN"), exchange("BRA", "PER"), exchange("IND", "SEN")]
    gray = cover_map(solutions, destination="Dakar, Senegal", grayscale=True)
    shades = fills(gray)
    assert shades and all(r == g == b for r, g, b in shades)
    # The count classes stay apart in gray: more solutions, darker.
    assert len({r for r, _g, _b in shades}) >= 4


def test_a_twenty_solution_brief_with_its_map_stays_within_budget(tmp_path: Path) -> None:
    pairs = [("BRA", "SEN"), ("IND", "KEN"), ("CHN", "ETH"), ("MEX", "GTM"), ("IDN", "FJI")]
    solutions = [exchange(*pairs[n % len(pairs)]) for n in range(20)]
    build(solutions[:1])  # fonts and map shapes loaded once per process, as in the window
    started = time.perf_counter()
    built = build(solutions, destination="Dakar, Senegal")
    elapsed = time.perf_counter() - started
    assert elapsed <= 1.0, elapsed
    assert len(built.data) <= 300_000, len(built.data)
    page = render(built.data, tmp_path)[0]
    assert ink(page) > 0
