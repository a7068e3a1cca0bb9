"""The map: which countries a set of solutions involves, offline, as data and as pictures.

Qt-free (a feature layer beside ``sync`` and ``briefs``). Pieces, bottom up:

- ``geometry``: the shipped shapes (Natural Earth 1:110m, ``resources/map/countries.json``)
  projected once with Equal Earth into a unit space: x 0..1 west to east, y 0..``HEIGHT``
  (about 0.487) north to south, y down. :func:`geometry` is cached.
- ``data``: :class:`MapData` (per country :class:`CountryCounts` by role, per provider →
  recipient pair a count) and :class:`Role`.
- ``query``: :func:`map_data_for_search` (the same search and filters as the result list; its
  ``any`` counts equal the ``country`` facet's).
- ``palette``: :class:`ColourScale`, a ColorBrewer YlGnBu scale with classes fitted to the data.
- ``scene`` / ``render``: a map as drawing primitives, then SVG, PDF, PNG or a reportlab Drawing.
- ``labels``: the map's words and the UN disclaimer in the six UN languages.
- ``text``: :class:`MapText`, how the words are measured and drawn (by default Noto Sans as
  typed; a brief passes its own pipeline: Arabic shaped, each script in its face). Arabic maps
  are laid out right to left (the legend from the right, lines right-aligned).

For the window (``gui``), once per process::

    geo = maps.geometry()                       # MapGeometry
    for shape in geo.countries.values():        # CountryShape, every vocabulary country
        shape.rings     # tuple of rings, each a tuple of (x, y) in unit space: QPainterPath
                        # moveTo/lineTo/closeSubpath per ring, OddEvenFill
        shape.dot       # True: also (or only) draw a dot at shape.anchor (SIDS, tiny shapes)
        shape.anchor    # (x, y): dot centre, arc end, tooltip anchor
    geo.frame()         # (x0, y0, x1, y1) of the world view without Antarctica

and per search (in a worker thread; ``MapData`` is frozen, safe to hand to the GUI thread)::

    data = maps.map_data_for_search(catalogue, text, filters)   # or map_data_for_ids(store, ids)
    counts = data.counts(maps.Role.PROVIDER)                     # {ISO3: n}, zero left out
    scale = maps.ColourScale.for_maximum(max(counts.values(), default=0))
    brush = scale.colour(counts.get(iso3, 0))                   # "#rrggbb"; legend: scale.labels()
    data.countries[iso3]                                         # CountryCounts for the tooltip
    data.pairs                                                   # {(provider, recipient): n}
    maps.arc_points(geo, provider, recipient)                    # an arc's polyline, unit space

A redraw is a recolour: the paths never change. ``maps.disclaimer(language)`` is the text the
view must show under the map.

For the brief's cover (``briefs``, a reportlab Flowable)::

    data = maps.MapData.from_solutions(solutions)
    drawing = maps.cover_drawing(data, destination="SEN", width=240, language="ar",
                                 text=briefs.text.map_text())   # the brief's fonts and shaping
    story.append(drawing)   # or drawing.drawOn(canvas, x, y)

``maps.find_country("Dakar, Senegal")`` gives the ISO3 a destination names (or None).

For files (the CLI): ``maps.write_map(data, MapOptions(...), path, text)`` (.svg, .png or .pdf).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ssc_desktop.maps.data import CountryCounts, MapData, Role
from ssc_desktop.maps.geometry import CountryShape, MapGeometry, Point, geometry
from ssc_desktop.maps.labels import LANGUAGES, disclaimer, is_rtl, label
from ssc_desktop.maps.palette import ColourScale
from ssc_desktop.maps.scene import MapOptions, Scene, build_scene
from ssc_desktop.maps.text import MapText, Run, default_text

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

    from ssc_desktop.maps.query import map_data_for_ids, map_data_for_search


def __getattr__(name: str) -> object:
    # The catalogue queries load the store (SQLAlchemy): only when first used, so that the
    # window's map view can import this package before the catalogue is open.
    if name in ("map_data_for_ids", "map_data_for_search"):
        from ssc_desktop.maps import query

        return getattr(query, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "LANGUAGES",
    "ColourScale",
    "CountryCounts",
    "CountryShape",
    "MapData",
    "MapGeometry",
    "MapOptions",
    "MapText",
    "Role",
    "Run",
    "Scene",
    "arc_points",
    "build_scene",
    "cover_drawing",
    "default_text",
    "disclaimer",
    "find_country",
    "geometry",
    "is_rtl",
    "label",
    "map_data_for_ids",
    "map_data_for_search",
    "write_map",
]


def arc_points(geo: MapGeometry, provider: str, recipient: str, steps: int = 20) -> list[Point]:
    """The exchange arc from ``provider`` to ``recipient`` in unit space (as the files draw
    it: bending left of the direction of travel); empty when either is unknown."""
    from ssc_desktop.maps.scene import _arc

    if provider not in geo.countries or recipient not in geo.countries:
        return []
    return _arc(geo.countries[provider].anchor, geo.countries[recipient].anchor, steps)


def write_map(data: MapData, options: MapOptions, path: Path, text: MapText | None = None) -> None:
    """Render and write a map file (.svg, .png or .pdf, from the suffix), its words set by
    ``text`` (default: Noto Sans as typed, enough for en/fr/es/ru only)."""
    from ssc_desktop.maps.render import write

    write(build_scene(data, options, text), path, text)


#: Detail a cover map leaves out (points): finer than print shows at that size.
COVER_TOLERANCE = 1.0


def cover_drawing(
    data: MapData,
    *,
    destination: str | None = None,
    width: float = 240.0,
    language: str = "en",
    aspect: float = 0.55,
    text: MapText | None = None,
) -> Drawing:
    """A small map for a brief's cover, ``width`` points wide: the countries involved (zoomed
    to them), the destination marked, a one-line legend and the disclaimer, the words set by
    ``text`` (the brief's pipeline; default Noto Sans as typed)."""
    from ssc_desktop.maps.render import to_drawing

    options = MapOptions(
        language=language,
        destination=destination,
        title=False,
        legend=True,
        fit_to_data=True,
        aspect=aspect,
        width=500.0,
    )
    scene = build_scene(data, options, text)
    return to_drawing(scene, width, tolerance=COVER_TOLERANCE, text=text)


def find_country(text: str) -> str | None:
    """The ISO3 of the country a place names ("Dakar, Senegal", "Sénégal", "SEN", "عمّان،
    الأردن", "埃塞俄比亚亚的斯亚贝巴"), trying the whole text, then each comma-separated part
    from the last, then (a language without spaces) a country's name inside it; None if none is
    a country."""
    from ssc_desktop.search.vocabulary import Resolver

    resolver = Resolver()
    parts = [text, *reversed(_COMMAS.split(text))]
    for part in parts:
        part = part.strip()
        if not part:
            continue
        resolved = resolver.resolve("country", part)
        if resolved is not None and len(resolved.tokens) == 1:
            return next(iter(resolved.tokens))
    # The UN names in the six languages (the search knows the Latin-script ones only).
    names = _country_names()
    for part in parts:
        code = names.get(_name_key(part))
        if code is not None:
            return code
    key = _name_key(text)
    if _IDEOGRAPHS.search(key):
        inside = [name for name in names if len(name) >= 2 and name in key]
        if inside:
            return names[max(inside, key=len)]
    return None


_COMMAS = re.compile("[,،、，]")
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # Arabic vowel marks and the tatweel
_IDEOGRAPHS = re.compile("[\u3400-\u9fff]")


def _name_key(text: str) -> str:
    return " ".join(_MARKS.sub("", unicodedata.normalize("NFKC", text)).casefold().split())


@cache
def _country_names() -> dict[str, str]:
    """Every country's name in every language of the vocabulary -> its ISO3."""
    from ssc_desktop.domain import vocab

    return {
        _name_key(name): country.iso3
        for country in vocab.countries().values()
        for name in country.names.values()
        if name
    }
