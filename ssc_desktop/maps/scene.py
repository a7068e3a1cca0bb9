"""A map as a list of drawing primitives in page units (y down): the one place that decides
what a map shows. The SVG, PDF and PNG renderers only translate primitives, so the three
always agree.

A page is ``width`` units wide (1000 by default: pixels for PNG, scaled to points for PDF);
it holds an optional title, the map, an optional legend, and the disclaimer (always).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from ssc_desktop.domain import vocab
from ssc_desktop.maps import palette
from ssc_desktop.maps.data import MapData, Role
from ssc_desktop.maps.geometry import MapGeometry, Point, geometry
from ssc_desktop.maps.labels import disclaimer, is_rtl, label
from ssc_desktop.maps.text import MapText, default_text

# -- primitives ------------------------------------------------------------------------------
Colour = str


@dataclass(frozen=True, slots=True)
class Shape:
    """A country's rings (filled even-odd), with its code and a hover text."""

    iso3: str
    rings: tuple[tuple[Point, ...], ...]
    fill: Colour
    stroke: Colour
    stroke_width: float
    title: str = ""


@dataclass(frozen=True, slots=True)
class Dot:
    centre: Point
    radius: float
    fill: Colour
    stroke: Colour
    stroke_width: float
    iso3: str = ""
    title: str = ""


@dataclass(frozen=True, slots=True)
class Line:
    """An open polyline (an exchange arc)."""

    points: tuple[Point, ...]
    stroke: Colour
    width: float
    opacity: float = 1.0


@dataclass(frozen=True, slots=True)
class Polygon:
    """A small filled polygon (an arrow head, a legend swatch)."""

    points: tuple[Point, ...]
    fill: Colour
    stroke: Colour = ""
    stroke_width: float = 0.0
    opacity: float = 1.0


@dataclass(frozen=True, slots=True)
class Text:
    position: Point  # the baseline's start (or middle / end, see ``anchor``)
    text: str
    size: float
    colour: Colour = palette.TEXT
    #: Which point of the drawn line ``position`` is, on the page: its left end ("start"),
    #: middle, or right end ("end"), whatever the text's direction.
    anchor: Literal["start", "middle", "end"] = "start"
    bold: bool = False
    #: Right-to-left paragraph (an Arabic map): for renderers that lay text out themselves (SVG).
    rtl: bool = False


Primitive = Shape | Dot | Line | Polygon | Text


@dataclass(frozen=True)
class Scene:
    """``map_items`` are drawn clipped to ``map_box`` (x0, y0, x1, y1), then ``items`` (title,
    legend, disclaimer) over them."""

    width: float
    height: float
    background: Colour
    map_box: tuple[float, float, float, float]
    map_items: list[Primitive] = field(default_factory=list)
    items: list[Primitive] = field(default_factory=list)


# -- options ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class MapOptions:
    role: Role = Role.ANY
    exchanges: bool = False
    language: str = "en"
    #: ISO3 of a country to mark (the brief's destination).
    destination: str | None = None
    title: bool = True
    legend: bool = True
    width: float = 1000.0
    #: Zoom to the countries involved (a brief's cover); else the whole world.
    fit_to_data: bool = False
    #: Height / width of the map area when ``fit_to_data`` (the world's own ratio otherwise).
    aspect: float | None = None
    #: Exchanges mode draws the strongest pairs only (thousands of arcs are ink, not a map).
    max_arcs: int = 300


# Sizes in page units at width 1000 (scaled with the width).
_BORDER = 0.35
_DOT_R = 3.2
_DOT_STROKE = 0.7
_TITLE = 22.0
_SMALL = 11.0
_LEGEND = 12.0
_MARGIN = 16.0
_ARC_MIN, _ARC_MAX = 0.8, 9.0


def _wrap(text: str, size: float, width: float, measure: MapText) -> list[str]:
    """Lines of at most ``width``: broken at spaces, and between any two characters of a word
    too long for a line (Chinese has no spaces)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if measure.measure(candidate, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
        for char in word:
            if current and measure.measure(current + char, size) > width:
                lines.append(current)
                current = ""
            current += char
    if current:
        lines.append(current)
    return lines


class _Pen:
    """Places things one after another along a line, from its start: the left margin, or the
    right one when ``rtl`` (a mirrored legend). Returns the left x of each thing placed."""

    def __init__(self, left: float, right: float, rtl: bool) -> None:
        self.rtl = rtl
        self.x = right if rtl else left

    def take(self, width: float) -> float:
        if self.rtl:
            self.x -= width
            return self.x
        left = self.x
        self.x += width
        return left


def _frame_for(
    geo: MapGeometry, codes: Iterable[str], aspect: float
) -> tuple[float, float, float, float]:
    """A frame around these countries (padded, at least 1/5 of the world wide, at ``aspect``)."""
    boxes = [geo.countries[c].bounds for c in codes if c in geo.countries]
    world = geo.frame()
    if not boxes:
        return world
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[2] for b in boxes)
    y1 = max(b[3] for b in boxes)
    pad = 0.03
    x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
    w, h = max(x1 - x0, 0.2), max(y1 - y0, 0.2 * aspect)
    if h / w > aspect:
        w = h / aspect
    else:
        h = w * aspect
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    x0, x1 = cx - w / 2, cx + w / 2
    y0, y1 = cy - h / 2, cy + h / 2
    # Keep inside the world where possible.
    if x0 < 0:
        x0, x1 = 0.0, min(1.0, x1 - x0)
    if x1 > 1:
        x0, x1 = max(0.0, x0 - (x1 - 1)), 1.0
    if y0 < 0:
        y0, y1 = 0.0, y1 - y0
    if y1 > geo.height:
        y0, y1 = max(0.0, y0 - (y1 - geo.height)), geo.height
    return x0, y0, x1, y1


def _arc(start: Point, end: Point, steps: int = 20) -> list[Point]:
    """A quadratic curve bending to the left of start → end (so A→B and B→A stay apart)."""
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    bend = 0.22
    cx, cy = (x0 + x1) / 2 + dy * bend, (y0 + y1) / 2 - dx * bend
    points = []
    for i in range(steps + 1):
        t = i / steps
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
        points.append((a * x0 + b * cx + c * x1, a * y0 + b * cy + c * y1))
    return points


def _arrow_head(tip: Point, before: Point, size: float) -> tuple[Point, ...]:
    dx, dy = tip[0] - before[0], tip[1] - before[1]
    norm = math.hypot(dx, dy) or 1.0
    ux, uy = dx / norm, dy / norm
    bx, by = tip[0] - ux * size, tip[1] - uy * size
    half = size * 0.45
    return (tip, (bx - uy * half, by + ux * half), (bx + uy * half, by - ux * half))


def arc_width(count: int, maximum: int, scale: float = 1.0) -> float:
    """Line width of an exchange arc: grows with the square root of the count, the largest
    pair at full width (a map whose pairs all count 1 gets thin lines, not thick ones)."""
    reference = max(maximum, 10)
    return (_ARC_MIN + (_ARC_MAX - _ARC_MIN) * math.sqrt(min(count, reference) / reference)) * scale


def build_scene(
    data: MapData, options: MapOptions | None = None, text: MapText | None = None
) -> Scene:
    """The primitives of one map (see the module docstring); words measured with ``text``
    (default: Noto Sans as typed), the legend and lines from the right in a right-to-left
    language."""
    options = options or MapOptions()
    text = text or default_text()
    geo = geometry()
    k = options.width / 1000.0
    lang = options.language
    rtl = is_rtl(lang)
    width = options.width
    left, right = _MARGIN * k, width - _MARGIN * k
    items: list[Primitive] = []

    def line(
        y: float, words: str, size: float, colour: str = palette.TEXT, bold: bool = False
    ) -> Text:
        """A line of text at the start of the lines (the left; the right when ``rtl``)."""
        return Text(
            (right if rtl else left, y), words, size, colour, "end" if rtl else "start", bold, rtl
        )

    y = _MARGIN * k
    if options.title:
        key = "title_exchanges" if options.exchanges else f"title_{options.role.value}"
        items.append(line(y + _TITLE * k, label(key, lang), _TITLE * k, bold=True))
        y += _TITLE * k * 1.3
        subtitle = label("subtitle", lang, total=data.total)
        items.append(line(y + _SMALL * 1.2 * k, subtitle, _SMALL * 1.2 * k))
        y += _SMALL * 1.2 * k * 1.6
    # The map area.
    counts = data.counts(options.role)
    involved = set(data.counts(Role.ANY))
    if options.fit_to_data:
        aspect = options.aspect or 0.55
        frame = _frame_for(geo, involved | ({options.destination} - {None}), aspect)  # type: ignore[operator]
    else:
        frame = geo.frame(south=-90.0) if counts.get("ATA") else geo.frame()
    fx0, fy0, fx1, fy1 = frame
    scale = width / (fx1 - fx0)
    map_top = y
    map_height = (fy1 - fy0) * scale

    def to_page(point: Point) -> Point:
        return ((point[0] - fx0) * scale, (point[1] - fy0) * scale + map_top)

    map_items: list[Primitive] = []
    scale_colours = palette.ColourScale.for_maximum(max(counts.values(), default=0))
    names = vocab.countries()
    order = sorted(geo.countries.values(), key=lambda s: -s.area)
    dot_r = _DOT_R * k * (1.6 if options.fit_to_data else 1.0)

    def fill_of(code: str) -> str:
        if options.exchanges:
            return palette.INVOLVED if code in involved else palette.NO_DATA
        return scale_colours.colour(counts.get(code, 0))

    def title_of(code: str) -> str:
        country = names.get(code)
        name = country.name(lang) if country else code
        if options.exchanges:
            return f"{name}: {data.countries[code].any}" if code in data.countries else name
        return f"{name}: {counts.get(code, 0)}"

    for shape in order:
        if shape.rings:
            map_items.append(
                Shape(
                    shape.iso3,
                    tuple(tuple(to_page(p) for p in ring) for ring in shape.rings),
                    fill_of(shape.iso3),
                    palette.BORDER,
                    _BORDER * k,
                    title_of(shape.iso3),
                )
            )
    # Dots on top: countries with no shape or a tiny one (SIDS are never invisible).
    for shape in order:
        if shape.dot and shape.iso3 != "ATA":
            active = shape.iso3 in involved
            map_items.append(
                Dot(
                    to_page(shape.anchor),
                    dot_r if active else dot_r * 0.7,
                    fill_of(shape.iso3),
                    palette.DOT_BORDER if active else palette.QUIET_BORDER,
                    _DOT_STROKE * k,
                    shape.iso3,
                    title_of(shape.iso3),
                )
            )
    if options.exchanges and data.pairs:
        biggest = max(data.pairs.values())
        strongest = sorted(data.pairs.items(), key=lambda kv: (-kv[1], kv[0]))[: options.max_arcs]
        for (provider, recipient), count in reversed(strongest):  # thickest drawn last
            if provider not in geo.countries or recipient not in geo.countries:
                continue
            start = to_page(geo.countries[provider].anchor)
            end = to_page(geo.countries[recipient].anchor)
            if start == end:
                continue
            line_width = arc_width(count, biggest, k)
            points = _arc(start, end)
            head = max(6.0 * k, line_width * 1.8)
            # Stop the line where the head starts, so the head keeps its point.
            trimmed = [p for p in points if math.dist(p, end) > head * 0.8] or points[:1]
            map_items.append(Line(tuple([*trimmed, end]), palette.ARC, line_width, 0.55))
            map_items.append(Polygon(_arrow_head(end, trimmed[-1], head), palette.ARC, opacity=0.8))
    if options.destination and options.destination in geo.countries:
        target = geo.countries[options.destination]
        centre = to_page(target.anchor)
        radius = max(dot_r * 2.6, 7 * k)
        if target.rings:
            map_items.append(
                Shape(
                    target.iso3,
                    tuple(tuple(to_page(p) for p in ring) for ring in target.rings),
                    fill_of(target.iso3),
                    palette.DESTINATION,
                    1.6 * k,
                    title_of(target.iso3),
                )
            )
        map_items.append(Dot(centre, radius, "none", palette.WATER, 4.0 * k))
        map_items.append(Dot(centre, radius, "none", palette.DESTINATION, 2.0 * k))
        map_items.append(Dot(centre, 1.8 * k, palette.DESTINATION, palette.DESTINATION, 0.0))
    y = map_top + map_height + 8 * k
    # Legend: read from the start of the line (mirrored in a right-to-left language).
    if options.legend:
        size = _LEGEND * k
        box = size * 1.3
        pen = _Pen(left, right, rtl)

        def word(words: str, bold: bool = False) -> None:
            advance = text.measure(words, size, bold)
            x = pen.take(advance)
            position = (x + advance if rtl else x, y + size)
            anchor: Literal["start", "end"] = "end" if rtl else "start"
            items.append(Text(position, words, size, anchor=anchor, bold=bold, rtl=rtl))

        def swatch(colour: str) -> None:
            x = pen.take(box)
            corners = ((x, y), (x + box, y), (x + box, y + box * 0.8), (x, y + box * 0.8))
            items.append(Polygon(corners, colour, palette.DOT_BORDER, 0.5 * k))

        if options.exchanges:
            word(label("legend_arcs", lang), bold=True)
            pen.take(size * 1.2)
            biggest = max(data.pairs.values(), default=1)
            samples = sorted({1, max(1, round(biggest / 2)), biggest})
            for sample in samples:
                lw = arc_width(sample, biggest, k)
                x = pen.take(box * 2)
                sample_line = ((x, y + size * 0.6), (x + box * 2, y + size * 0.6))
                items.append(Line(sample_line, palette.ARC, lw, 0.55))
                pen.take(size * 0.4)
                word(str(sample))
                pen.take(size * 0.8)
            swatch(palette.INVOLVED)
            pen.take(size * 0.4)
            word(label("involved", lang))
            pen.take(size * 0.8)
        else:
            word(label("legend_counts", lang), bold=True)
            pen.take(size * 1.2)
            classes = zip(scale_colours.colours, scale_colours.labels(), strict=True)
            for colour, words in [(palette.NO_DATA, label("none", lang)), *classes]:
                swatch(colour)
                pen.take(size * 0.35)
                word(words)
                pen.take(size * 0.8)
        if options.destination and options.destination in geo.countries:
            x = pen.take(size * 1.1)
            centre = (x + size * 0.55, y + size * 0.5)
            items.append(Dot(centre, size * 0.55, "none", palette.DESTINATION, 1.6 * k))
            items.append(Dot(centre, 1.5 * k, palette.DESTINATION, palette.DESTINATION, 0.0))
            pen.take(size * 0.45)
            word(label("destination", lang))
        y += box * 1.4
    # Disclaimer (always) and the data source.
    small = _SMALL * k * (1.25 if options.fit_to_data else 1.0)
    for words in _wrap(disclaimer(lang), small, right - left, text):
        items.append(line(y + small, words, small, colour="#444444"))
        y += small * 1.3
    if options.title:
        items.append(line(y + small, label("source", lang), small, colour="#666666"))
        y += small * 1.3
    map_box = (0.0, map_top, width, map_top + map_height)
    return Scene(width, y + _MARGIN * k * 0.6, palette.WATER, map_box, map_items, items)
