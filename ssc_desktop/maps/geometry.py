"""The world's shapes, projected once: polygons per country and dots, in a unit space.

The shipped file (``resources/map/countries.json``, built by ``resources/map/build_map.py``)
holds rings in hundredths of a degree; they are projected with Equal Earth (Šavrič, Patterson
and Jenny, 2018: an equal-area projection, so a country's share of ink is its share of land)
into a space where x runs from 0 (180°W) to 1 (180°E) and y from 0 at the top (the North Pole)
to ``height`` (about 0.487) at the South Pole, y pointing down as on a screen or in SVG. The
window scales that space to its widget (QPainterPath per country, built once); a redraw only
changes fill colours.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ssc_desktop.resources import resources_dir

Point = tuple[float, float]
Ring = tuple[Point, ...]

# Equal Earth constants.
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


def equal_earth(lon: float, lat: float) -> Point:
    """Equal Earth projection of (longitude, latitude) in degrees, in projection units
    (x in about ±2.707, y in about ±1.317, y up)."""
    theta = math.asin(_M * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = (
        2
        * math.sqrt(3)
        * math.radians(lon)
        * math.cos(theta)
        / (3 * (9 * _A4 * t6 * t2 + 7 * _A3 * t6 + 3 * _A2 * t2 + _A1))
    )
    y = theta * (_A4 * t6 * t2 + _A3 * t6 + _A2 * t2 + _A1)
    return x, y


_X_MAX = equal_earth(180.0, 0.0)[0]
_Y_MAX = equal_earth(0.0, 90.0)[1]
#: Width of the unit space is 1; this is its height (the whole world, pole to pole).
HEIGHT = _Y_MAX / _X_MAX


def project(lon: float, lat: float) -> Point:
    """(longitude, latitude) in degrees to the unit space (x 0..1 west to east, y 0..HEIGHT
    north to south)."""
    x, y = equal_earth(lon, lat)
    return (x / _X_MAX + 1) / 2, (_Y_MAX - y) / (2 * _X_MAX)


def latitude_y(lat: float) -> float:
    """The unit-space y of a parallel (used to crop the map's frame)."""
    return project(0.0, lat)[1]


#: Projected area below which a shape is too small to see at a world scale and also gets a dot
#: (in unit space squared: about 0.00002 is Lebanon, Gambia, Qatar, Brunei).
TINY_AREA = 0.00003


@dataclass(frozen=True, slots=True)
class CountryShape:
    """One country or area as drawn: its rings (empty when it has no shape at this scale) and
    its anchor (capital or centre: arcs end there, the dot sits there)."""

    iso3: str
    m49: str
    rings: tuple[Ring, ...]
    anchor: Point
    area: float
    bounds: tuple[float, float, float, float]  # x0, y0, x1, y1 (the anchor when no shape)

    @property
    def dot(self) -> bool:
        """Drawn as a dot: no shape, or a shape too small to see on a world map."""
        return not self.rings or self.area < TINY_AREA


@dataclass(frozen=True, slots=True)
class MapGeometry:
    """Every country of the vocabulary, projected (see the module docstring)."""

    countries: dict[str, CountryShape]
    width: float = 1.0
    height: float = HEIGHT
    source: str = ""

    def frame(
        self, *, south: float = -58.0, north: float = 84.0
    ) -> tuple[float, float, float, float]:
        """The part of the unit space a world map shows, (x0, y0, x1, y1): Antarctica and the
        empty Arctic are cut off unless asked for (``south=-90``)."""
        return (0.0, latitude_y(north), 1.0, latitude_y(south))


def _ring_area(ring: Ring) -> float:
    return 0.5 * abs(
        sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))
    )


def map_file() -> Path:
    return resources_dir() / "map" / "countries.json"


def parse(raw: dict[str, object]) -> MapGeometry:
    """The geometry from the shipped file's JSON (see ``build_map.py`` for the format)."""
    if raw.get("format") != "ssc-map" or raw.get("version") != 1:
        raise ValueError("not an ssc-map version 1 file")
    quantum = float(raw["quantum"])  # type: ignore[arg-type]
    entries = raw["countries"]
    if not isinstance(entries, dict):
        raise ValueError("the map file has no countries")
    countries: dict[str, CountryShape] = {}
    for iso3, entry in entries.items():
        rings: list[Ring] = []
        area = 0.0
        xs: list[float] = []
        ys: list[float] = []
        for packed in entry["rings"]:
            x, y = 0, 0
            points = []
            for i in range(0, len(packed), 2):
                x += packed[i]
                y += packed[i + 1]
                points.append(project(x * quantum, y * quantum))
            ring = tuple(points)
            rings.append(ring)
            area += _ring_area(ring)  # holes are rare at this scale; counted as land
            xs += [p[0] for p in ring]
            ys += [p[1] for p in ring]
        lon, lat = entry["anchor"]
        anchor = project(float(lon), float(lat))
        bounds = (min(xs), min(ys), max(xs), max(ys)) if xs else (*anchor, *anchor)
        countries[iso3] = CountryShape(iso3, str(entry["m49"]), tuple(rings), anchor, area, bounds)
    return MapGeometry(countries, source=str(raw.get("source", "")))


def load(path: Path | None = None) -> MapGeometry:
    """Read and project the map file (uncached: see :func:`geometry`)."""
    with (path or map_file()).open(encoding="utf-8") as fh:
        return parse(json.load(fh))


@cache
def geometry() -> MapGeometry:
    """The shipped map, loaded and projected once per process."""
    return load()
