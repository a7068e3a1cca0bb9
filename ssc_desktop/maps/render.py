"""Scenes to files: SVG (written by hand), PDF (reportlab graphics) and PNG (Pillow).

Each renderer translates the primitives of :mod:`ssc_desktop.maps.scene` one to one; none
decides anything about the map itself. PDF and PNG draw each text as the runs a
:class:`~ssc_desktop.maps.text.MapText` gives (a brief's: Arabic shaped, each script in its
face); SVG writes the words as typed and leaves shaping to the browser.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from ssc_desktop.maps.geometry import Point
from ssc_desktop.maps.scene import Dot, Line, Polygon, Primitive, Scene, Shape, Text
from ssc_desktop.maps.text import MapText, Run, default_text

if TYPE_CHECKING:
    from PIL import ImageFont
    from reportlab.graphics.shapes import Drawing

FORMATS = ("svg", "png", "pdf")


def _n(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _path_data(rings: Iterable[Iterable[Point]]) -> str:
    parts = []
    for ring in rings:
        points = list(ring)
        parts.append(
            "M" + _n(points[0][0]) + " " + _n(points[0][1])
            + "L" + " ".join(f"{_n(x)} {_n(y)}" for x, y in points[1:]) + "Z"
        )  # fmt: skip
    return "".join(parts)


# -- SVG ---------------------------------------------------------------------------------------
#: The faces SSC Desktop ships, for every script of the six languages, then the usual ones.
_SVG_FONTS = "Noto Sans, Noto Sans Arabic, WenQuanYi Micro Hei, Helvetica, Arial, sans-serif"
_RTL_ANCHOR = {"start": "end", "middle": "middle", "end": "start"}


def to_svg(scene: Scene) -> str:
    """The scene as a standalone SVG document (countries as ``<path id="KEN">`` with a
    ``<title>`` that browsers show on hover)."""
    w, h = _n(scene.width), _n(scene.height)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
        f'viewBox="0 0 {w} {h}" font-family="{_SVG_FONTS}">\n',
        f'<rect width="{w}" height="{h}" fill="{scene.background}"/>\n',
    ]
    x0, y0, x1, y1 = scene.map_box
    out.append(
        f'<defs><clipPath id="map-area"><rect x="{_n(x0)}" y="{_n(y0)}" width="{_n(x1 - x0)}" '
        f'height="{_n(y1 - y0)}"/></clipPath></defs>\n<g clip-path="url(#map-area)">\n'
    )
    out += [_svg_item(item) for item in scene.map_items]
    out.append("</g>\n")
    out += [_svg_item(item) for item in scene.items]
    out.append("</svg>\n")
    return "".join(out)


def _svg_item(item: Primitive) -> str:
    if isinstance(item, Shape):
        title = f"<title>{escape(item.title)}</title>" if item.title else ""
        return (
            f'<path id="{item.iso3}" fill="{item.fill}" fill-rule="evenodd" '
            f'stroke="{item.stroke}" stroke-width="{item.stroke_width:.2f}" '
            f'stroke-linejoin="round" d="{_path_data(item.rings)}">{title}</path>\n'
        )
    if isinstance(item, Dot):
        title = f"<title>{escape(item.title)}</title>" if item.title else ""
        ident = f' id="dot-{item.iso3}"' if item.iso3 else ""
        return (
            f'<circle{ident} cx="{_n(item.centre[0])}" cy="{_n(item.centre[1])}" '
            f'r="{item.radius:.2f}" fill="{item.fill}" stroke="{item.stroke}" '
            f'stroke-width="{item.stroke_width:.2f}">{title}</circle>\n'
        )
    if isinstance(item, Line):
        points = " ".join(f"{_n(x)},{_n(y)}" for x, y in item.points)
        return (
            f'<polyline points="{points}" fill="none" stroke="{item.stroke}" '
            f'stroke-width="{item.width:.2f}" stroke-opacity="{item.opacity:.2f}" '
            'stroke-linecap="round" stroke-linejoin="round"/>\n'
        )
    if isinstance(item, Polygon):
        points = " ".join(f"{_n(x)},{_n(y)}" for x, y in item.points)
        stroke = (
            f' stroke="{item.stroke}" stroke-width="{item.stroke_width:.2f}"' if item.stroke else ""
        )
        return (
            f'<polygon points="{points}" fill="{item.fill}" '
            f'fill-opacity="{item.opacity:.2f}"{stroke}/>\n'
        )
    # SVG's text-anchor names the start of the text in its direction: a right-to-left line's
    # start is its right end.
    anchor = _RTL_ANCHOR[item.anchor] if item.rtl else item.anchor
    attributes = f' text-anchor="{anchor}"' if anchor != "start" else ""
    attributes += ' direction="rtl"' if item.rtl else ""
    attributes += ' font-weight="bold"' if item.bold else ""
    return (
        f'<text x="{_n(item.position[0])}" y="{_n(item.position[1])}" '
        f'font-size="{item.size:.1f}" fill="{item.colour}"{attributes}>'
        f"{escape(item.text)}</text>\n"
    )


# -- PDF (reportlab) ---------------------------------------------------------------------------
def _placed_runs(item: Text, text: MapText) -> tuple[float, list[Run]]:
    """A text's runs and the x where the first one starts (from its anchor)."""
    runs = list(text.runs(item.text, item.size, item.bold))
    total = sum(run[2] for run in runs)
    shift = {"start": 0.0, "middle": total / 2, "end": total}[item.anchor]
    return item.position[0] - shift, runs


def to_drawing(
    scene: Scene, width: float | None = None, tolerance: float = 0.0, text: MapText | None = None
) -> Drawing:
    """The scene as a reportlab ``Drawing`` (a Flowable: a brief can place it in a story),
    ``width`` points wide (default: the scene's own units as points); its words set by ``text``
    (default: Noto Sans as typed), a ``String`` per run. With ``tolerance``
    (points), shapes outside the map's box are left out and ring points closer than that to the
    previous one are dropped: a small map (a brief's cover) weighs a fraction of the world's."""
    from reportlab.graphics.shapes import Circle, Drawing, Group, Path, PolyLine, String
    from reportlab.graphics.shapes import Polygon as RLPolygon
    from reportlab.lib.colors import Color, HexColor

    text = text or default_text()
    factor = (width / scene.width) if width else 1.0
    height = scene.height

    def colour(value: str) -> Color | None:
        return None if value in ("", "none") else HexColor(value)

    def flat(points: Iterable[Point]) -> list[float]:
        return [v for x, y in points for v in (x, height - y)]

    def add(group: Group, item: Primitive) -> None:
        if isinstance(item, Shape):
            rings = _thinned(item.rings, step, box) if step else item.rings
            if not rings:
                return
            path = Path(
                fillColor=colour(item.fill),
                strokeColor=colour(item.stroke),
                strokeWidth=item.stroke_width,
                strokeLineJoin=1,
                fillMode=0,  # FILL_EVEN_ODD
            )
            for ring in rings:
                (x0, y0), *rest = ring
                path.moveTo(x0, height - y0)
                for x, y in rest:
                    path.lineTo(x, height - y)
                path.closePath()
            group.add(path)
        elif isinstance(item, Dot):
            group.add(
                Circle(
                    item.centre[0],
                    height - item.centre[1],
                    item.radius,
                    fillColor=colour(item.fill),
                    strokeColor=colour(item.stroke) if item.stroke_width else None,
                    strokeWidth=item.stroke_width,
                )
            )
        elif isinstance(item, Line):
            group.add(
                PolyLine(
                    flat(item.points),
                    strokeColor=colour(item.stroke),
                    strokeWidth=item.width,
                    strokeOpacity=item.opacity,
                    strokeLineCap=1,
                    strokeLineJoin=1,
                )
            )
        elif isinstance(item, Polygon):
            group.add(
                RLPolygon(
                    flat(item.points),
                    fillColor=colour(item.fill),
                    fillOpacity=item.opacity,
                    strokeColor=colour(item.stroke) if item.stroke else None,
                    strokeWidth=item.stroke_width,
                )
            )
        elif isinstance(item, Text):
            x, runs = _placed_runs(item, text)
            for piece, font, advance in runs:
                group.add(
                    String(
                        x,
                        height - item.position[1],
                        piece,
                        fontName=font,
                        fontSize=item.size,
                        fillColor=colour(item.colour),
                    )
                )
                x += advance

    step = tolerance / factor if factor else 0.0
    box = scene.map_box
    group = Group()
    x0, y0, x1, y1 = scene.map_box
    area = Group()
    clip = Path(isClipPath=1, fillColor=None, strokeColor=None)
    clip.moveTo(x0, height - y0)
    clip.lineTo(x1, height - y0)
    clip.lineTo(x1, height - y1)
    clip.lineTo(x0, height - y1)
    clip.closePath()
    area.add(clip)
    for item in scene.map_items:
        add(area, item)
    group.add(area)
    for item in scene.items:
        add(group, item)
    group.scale(factor, factor)
    drawing = Drawing(scene.width * factor, scene.height * factor)
    drawing.add(group)
    return drawing


def _thinned(
    rings: tuple[tuple[Point, ...], ...], step: float, box: tuple[float, float, float, float]
) -> list[tuple[Point, ...]]:
    """Rings inside (or across) ``box``, each point at least ``step`` from the one kept before
    it; rings smaller than a step are left out."""
    bx0, by0, bx1, by1 = box
    kept: list[tuple[Point, ...]] = []
    for ring in rings:
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        if max(xs) < bx0 or min(xs) > bx1 or max(ys) < by0 or min(ys) > by1:
            continue
        if max(xs) - min(xs) < step and max(ys) - min(ys) < step:
            continue
        points = [ring[0]]
        for point in ring[1:]:
            last = points[-1]
            if abs(point[0] - last[0]) + abs(point[1] - last[1]) >= step:
                points.append(point)
        if len(points) >= 3:
            kept.append(tuple(points))
    return kept


def to_pdf(scene: Scene, width: float = 800.0, text: MapText | None = None) -> bytes:
    """A one-page PDF the size of the map, ``width`` points wide."""
    from reportlab.graphics import renderPDF

    buffer = io.BytesIO()
    renderPDF.drawToFile(to_drawing(scene, width, text=text), buffer, autoSize=1)
    return buffer.getvalue()


# -- PNG (Pillow) ------------------------------------------------------------------------------
_SUPERSAMPLE = 2  # draw at twice the size, then shrink: smooth edges without a vector library


@cache
def _pil_font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    # The runs are already in display order (and Arabic already shaped): no layout of its own.
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)


def _rgba(colour: str, opacity: float = 1.0) -> tuple[int, int, int, int]:
    return (
        int(colour[1:3], 16),
        int(colour[3:5], 16),
        int(colour[5:7], 16),
        round(255 * opacity),
    )


def _over_white(colour: str, opacity: float) -> tuple[int, int, int, int]:
    """An opaque colour as ``colour`` at ``opacity`` looks over white: a translucent polyline
    drawn segment by segment would darken every joint (a dotted look)."""
    r, g, b, _ = _rgba(colour)
    return (
        round(r * opacity + 255 * (1 - opacity)),
        round(g * opacity + 255 * (1 - opacity)),
        round(b * opacity + 255 * (1 - opacity)),
        255,
    )


def to_png(scene: Scene, scale: float = 1.0, text: MapText | None = None) -> bytes:
    """A PNG, ``scene.width * scale`` pixels wide."""
    from PIL import Image, ImageDraw

    text = text or default_text()
    s = scale * _SUPERSAMPLE
    size = (max(1, round(scene.width * s)), max(1, round(scene.height * s)))
    image = Image.new("RGB", size, _rgba(scene.background)[:3])
    draw = ImageDraw.Draw(image, "RGBA")

    def px(points: Iterable[Point]) -> list[tuple[float, float]]:
        return [(x * s, y * s) for x, y in points]

    def paint(item: Primitive) -> None:
        if isinstance(item, Shape):
            # Larger shapes come first in a scene, so a hole (Lesotho in South Africa) is
            # filled by the smaller country drawn after it.
            for ring in item.rings:
                if len(ring) >= 3:
                    draw.polygon(px(ring), fill=_rgba(item.fill))
            width = max(1, round(item.stroke_width * s))
            for ring in item.rings:
                if len(ring) >= 2:
                    points = px(ring)
                    draw.line([*points, points[0]], fill=_rgba(item.stroke), width=width)
        elif isinstance(item, Dot):
            x, y = item.centre[0] * s, item.centre[1] * s
            r = item.radius * s
            fill = None if item.fill in ("", "none") else _rgba(item.fill)
            outline = _rgba(item.stroke) if item.stroke_width else None
            draw.ellipse(
                (x - r, y - r, x + r, y + r),
                fill=fill,
                outline=outline,
                width=max(1, round(item.stroke_width * s)) if outline else 0,
            )
        elif isinstance(item, Line):
            width = max(1, round(item.width * s))
            draw.line(
                px(item.points),
                fill=_over_white(item.stroke, item.opacity),
                width=width,
                joint="curve",
            )
        elif isinstance(item, Polygon):
            outline = _rgba(item.stroke) if item.stroke else None
            draw.polygon(
                px(item.points),
                fill=_over_white(item.fill, item.opacity),
                outline=outline,
                width=max(1, round(item.stroke_width * s)) if outline else 0,
            )
        elif isinstance(item, Text):
            x, runs = _placed_runs(item, text)
            for piece, face, advance in runs:
                font = _pil_font(text.font_files[face], max(1, round(item.size * s)))
                draw.text(
                    (x * s, item.position[1] * s),
                    piece,
                    font=font,
                    fill=_rgba(item.colour),
                    anchor="ls",
                )
                x += advance

    for item in scene.map_items:
        paint(item)
    # Clip: paint the background over whatever the map drew outside its box.
    x0, y0, x1, y1 = (v * s for v in scene.map_box)
    background = _rgba(scene.background)
    draw.rectangle((0, 0, size[0], y0), fill=background)
    draw.rectangle((0, y1, size[0], size[1]), fill=background)
    draw.rectangle((0, 0, x0, size[1]), fill=background)
    draw.rectangle((x1, 0, size[0], size[1]), fill=background)
    for item in scene.items:
        paint(item)
    final = image.resize(
        (max(1, round(scene.width * scale)), max(1, round(scene.height * scale))),
        Image.Resampling.LANCZOS,
    )
    buffer = io.BytesIO()
    final.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def write(scene: Scene, path: Path, text: MapText | None = None) -> None:
    """Write the scene to ``path`` in the format its suffix names (.svg, .png, .pdf)."""
    kind = path.suffix.lower().lstrip(".")
    if kind == "svg":
        data = to_svg(scene).encode("utf-8")
    elif kind == "png":
        data = to_png(scene, scale=1.6, text=text)
    elif kind == "pdf":
        data = to_pdf(scene, text=text)
    else:
        raise ValueError(f"unknown map format {path.suffix!r} (use .svg, .png or .pdf)")
    temporary = path.with_name(path.name + ".part")
    temporary.write_bytes(data)
    temporary.replace(path)
