"""The map drawn in the window: countries filled by how many solutions involve them, or the
arcs of the exchanges, with zoom (wheel, +/-), pan (drag, arrow keys), a tooltip per country
and a click that asks to filter by it.

The shapes (:func:`ssc_desktop.maps.geometry`, in a unit space) become one ``QPainterPath``
each, once per process; a new search or role only recolours (a brush per country) and, in the
exchanges mode, builds at most ``MAX_ARCS`` small arc polylines. Painting maps the paths through
one transform (zoom and pan), with cosmetic pens so borders stay one pixel at any zoom.

The arcs are drawn into a layer of their own (:meth:`MapWidget.arcs_layer`), kept until the
data, zoom, pan, size or pixel ratio change, so a hover, a selection or an expose only blits it.
The layer is built cheaply: each width band is drawn opaque as straight segments (Qt's fast path
for wide lines; stroking a wide, translucent, antialiased path costs several times more), then
laid on the layer at the arcs' opacity, so arcs of one band still merge where they cross and the
thicker bands still darken what they cross, as one translucent stroke per band did.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from functools import cache, lru_cache

from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ssc_desktop.gui.labels import country_label
from ssc_desktop.maps import (
    ColourScale,
    CountryCounts,
    MapData,
    Role,
    arc_points,
    geometry,
    palette,
)
from ssc_desktop.maps.scene import arc_width

# Exchanges draw the strongest pairs only: on a map a few hundred pixels wide, more arcs are ink,
# not information, and each costs paint time (the files draw 300 on a page).
MAX_ARCS = 150
ARC_OPACITY = 0.55
OCEAN = QColor("#eef3f7")
SELECTED = QColor("#000000")
HOVERED = QColor("#444444")
MIN_ZOOM, MAX_ZOOM = 1.0, 24.0
DOT_RADIUS = 3.5  # pixels
HIT_DOT = DOT_RADIUS + 2.0  # pixels: how near a dot the pointer counts as on it


@dataclass(frozen=True, slots=True)
class _Shape:
    iso3: str
    path: QPainterPath  # unit space, empty for a country drawn as a dot only
    bounds: QRectF
    anchor: QPointF
    dot: bool


@cache
def shapes() -> tuple[_Shape, ...]:
    """Every country's path, built once per process, largest first (small ones drawn over)."""
    geo = geometry()
    result = []
    for shape in sorted(geo.countries.values(), key=lambda s: -s.area):
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for ring in shape.rings:
            polygon = QPolygonF([QPointF(x, y) for x, y in ring])
            path.addPolygon(polygon)
            path.closeSubpath()
        x0, y0, x1, y1 = shape.bounds
        result.append(
            _Shape(
                shape.iso3,
                path,
                QRectF(x0, y0, x1 - x0, y1 - y0),
                QPointF(*shape.anchor),
                shape.dot,
            )
        )
    return tuple(result)


@dataclass(frozen=True, slots=True)
class _ArcShape:
    """Where an arc runs, in unit space (the same for every search: built once per pair)."""

    #: The polyline provider → recipient as segments: the first and the last (drawn with
    #: flat caps, so the arc ends where it should) and those between (square caps, which
    #: close the small gaps flat caps leave on the outside of each bend).
    ends: tuple[QLineF, QLineF]
    middle: tuple[QLineF, ...]
    bounds: QRectF
    tip: QPointF  # the recipient's anchor
    direction: tuple[float, float]  # the arrow's, a unit vector (the view never rotates)


@dataclass(frozen=True, slots=True)
class _Arc:
    shape: _ArcShape
    width: float  # on a 1000-unit page (see MapWidget.arc_scale)


@dataclass(slots=True)
class _Band:
    """The arcs of one width (a quarter unit): their segments (unit space), drawn in two calls
    (see :class:`_ArcShape`)."""

    width: float
    ends: list[QLineF]
    middle: list[QLineF]
    bounds: QRectF


#: What an arcs layer was drawn for: the arcs' version, the widget's size, its pixel ratio and
#: the view's transform (zoom and pan).
_LayerKey = tuple[int, int, int, float, float, float, float, float]


class MapWidget(QWidget):
    """See the module docstring. :meth:`show_data` sets what is drawn; :attr:`country_clicked`
    reports a click (not a drag) on a country."""

    country_clicked = Signal(str)  # ISO3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self.language = "en"
        self.data = MapData()
        self.role = Role.ANY
        self.exchanges = False
        self.selected: frozenset[str] = frozenset()
        self.scale = ColourScale.for_maximum(0)
        self._counts: dict[str, int] = {}
        self._brushes: dict[str, QColor] = {}
        self._arcs: list[_Arc] = []
        self._arc_legend: list[tuple[int, float]] = []
        self._arc_bands: list[_Band] = []
        self._arcs_version = 0
        self._layer: QImage | None = None
        self._layer_key: _LayerKey | None = None
        #: How many times the arcs layer was drawn (a repaint that only blits it adds none).
        self.arcs_layer_builds = 0
        self._frame = QRectF()
        self.zoom = 1.0
        self._centre = QPointF()
        self._hovered = ""
        self._press: QPoint | None = None
        self._press_centre = QPointF()
        self._dragged = False
        self._ready = False

    # -- what is shown --------------------------------------------------------------------------
    def _prepare(self) -> None:
        """The shapes and the world frame, on first use (not at window start)."""
        if self._ready:
            return
        shapes()
        x0, y0, x1, y1 = geometry().frame()
        self._frame = QRectF(x0, y0, x1 - x0, y1 - y0)
        self._centre = self._frame.center()
        self._ready = True

    def show_data(
        self,
        data: MapData,
        role: Role = Role.ANY,
        *,
        exchanges: bool = False,
        selected: frozenset[str] = frozenset(),
    ) -> None:
        """Recolour for ``data`` in ``role`` (or draw its exchanges); the paths stay."""
        self._prepare()
        self.data, self.role, self.exchanges, self.selected = data, role, exchanges, selected
        counts = data.counts(role)
        self._counts = counts
        self.scale = ColourScale.for_maximum(max(counts.values(), default=0))
        if exchanges:
            involved = QColor(palette.INVOLVED)
            self._brushes = {code: involved for code in data.counts(Role.ANY)}
            self._arcs, self._arc_legend = self._build_arcs(data)
            self._arc_bands = _by_width(self._arcs)
        else:
            colours = {c: QColor(c) for c in self.scale.colours}
            self._brushes = {code: colours[self.scale.colour(n)] for code, n in counts.items()}
            self._arcs, self._arc_legend, self._arc_bands = [], [], []
        self._arcs_version += 1  # a new layer on the next paint; the old one let go now
        self._layer, self._layer_key = None, None
        self.update()

    @property
    def counts(self) -> dict[str, int]:
        """The counts the countries are coloured by (the role's; zero left out)."""
        return dict(self._counts)

    def set_selected(self, selected: frozenset[str]) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def _build_arcs(self, data: MapData) -> tuple[list[_Arc], list[tuple[int, float]]]:
        if not data.pairs:
            return [], []
        biggest = max(data.pairs.values())
        strongest = sorted(data.pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_ARCS]
        arcs = []
        for (provider, recipient), count in reversed(strongest):  # thickest drawn last
            shape = _arc_shape(provider, recipient)
            if shape is not None:
                arcs.append(_Arc(shape, arc_width(count, biggest)))
        samples = sorted({1, max(1, biggest // 2), biggest})
        return arcs, [(n, arc_width(n, biggest)) for n in samples]

    # -- view -----------------------------------------------------------------------------------
    def transform(self) -> QTransform:
        """Unit space → widget pixels for the current zoom and pan."""
        self._prepare()
        frame = self._frame
        fit = min(self.width() / frame.width(), self.height() / frame.height())
        scale = fit * self.zoom
        transform = QTransform()
        transform.translate(self.width() / 2, self.height() / 2)
        transform.scale(scale, scale)
        transform.translate(-self._centre.x(), -self._centre.y())
        return transform

    def _pixels_per_unit(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float, around: QPointF | None = None) -> None:
        """Zoom to ``zoom`` (1: the whole world), keeping the point under ``around`` still."""
        self._prepare()
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if around is not None:
            inverse, _ok = self.transform().inverted()
            fixed = inverse.map(around)
            old_scale = self._pixels_per_unit()
            self.zoom = zoom
            new_scale = self._pixels_per_unit()
            offset = (fixed - self._centre) * (old_scale / new_scale)
            self._centre = fixed - offset
        else:
            self.zoom = zoom
        self._clamp()
        self.update()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * 1.5)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / 1.5)

    def reset_view(self) -> None:
        self._prepare()
        self.zoom = 1.0
        self._centre = self._frame.center()
        self.update()

    def pan(self, dx: float, dy: float) -> None:
        """Move the view by (dx, dy) widget pixels."""
        scale = self._pixels_per_unit()
        self._centre -= QPointF(dx / scale, dy / scale)
        self._clamp()
        self.update()

    def _clamp(self) -> None:
        frame = self._frame
        x = min(max(self._centre.x(), frame.left()), frame.right())
        y = min(max(self._centre.y(), frame.top()), frame.bottom())
        self._centre = QPointF(x, y)

    # -- hit testing and hover text -------------------------------------------------------------
    def country_at(self, pos: QPointF | QPoint) -> str | None:
        """The country under a widget position: a dot first (small countries), then a shape."""
        point = QPointF(pos)
        transform = self.transform()
        best: tuple[float, str] | None = None
        for shape in shapes():
            if shape.dot and (shape.iso3 != "ATA"):
                distance = math.dist(_xy(transform.map(shape.anchor)), _xy(point))
                if distance <= HIT_DOT and (best is None or distance < best[0]):
                    best = (distance, shape.iso3)
        if best is not None:
            return best[1]
        inverse, _ok = transform.inverted()
        unit = inverse.map(point)
        for shape in reversed(shapes()):  # smallest first: an enclave before its surroundings
            if shape.bounds.contains(unit) and shape.path.contains(unit):
                return shape.iso3
        return None

    def tooltip_for(self, iso3: str) -> str:
        """A country's name (interface language) and its counts by role."""
        name = country_label(iso3, self.language)
        counts = self.data.countries.get(iso3, CountryCounts())
        lines = [name, self.tr("Solutions: %1").replace("%1", str(counts.any))]
        for role, text in (
            ("provider", self.tr("as provider: %1")),
            ("recipient", self.tr("as recipient: %1")),
            ("partner", self.tr("as partner: %1")),
            ("funder", self.tr("as funder: %1")),
        ):
            value = int(getattr(counts, role))
            if value or role in ("provider", "recipient"):
                lines.append("  " + text.replace("%1", str(value)))
        if self.exchanges:
            sent = sum(n for (p, _r), n in self.data.pairs.items() if p == iso3)
            received = sum(n for (_p, r), n in self.data.pairs.items() if r == iso3)
            lines.append(self.tr("Exchanges: %1 out, %2 in").replace("%1", str(sent)).replace(
                "%2", str(received)))  # fmt: skip
        if iso3 in self.selected:
            lines.append(self.tr("Filtered by this country (click to remove)"))
        else:
            lines.append(self.tr("Click to filter by this country"))
        return "\n".join(lines)

    def tooltip_at(self, pos: QPointF | QPoint) -> str:
        code = self.country_at(pos)
        return self.tooltip_for(code) if code else ""

    # -- events ---------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._press_centre = QPointF(self._centre)
            self._dragged = False
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = pos - QPointF(self._press)
            if self._dragged or abs(delta.x()) + abs(delta.y()) > 4:
                self._dragged = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                scale = self._pixels_per_unit()
                self._centre = self._press_centre - QPointF(delta.x(), delta.y()) / scale
                self._clamp()
                self.update()
            return
        hovered = self.country_at(pos) or ""
        if hovered != self._hovered:
            self._hovered = hovered
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if hovered else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            clicked = not self._dragged
            self._press = None
            self._dragged = False
            self.unsetCursor()
            if clicked:
                code = self.country_at(event.position())
                if code:
                    self.country_clicked.emit(code)
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered:
            self._hovered = ""
            self.update()
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self.zoom * (1.25**steps), event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = 40.0
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.reset_view()
        elif key == Qt.Key.Key_Left:
            self.pan(step, 0)
        elif key == Qt.Key.Key_Right:
            self.pan(-step, 0)
        elif key == Qt.Key.Key_Up:
            self.pan(0, step)
        elif key == Qt.Key.Key_Down:
            self.pan(0, -step)
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter)
        finally:
            painter.end()

    def paint(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), OCEAN)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        transform = self.transform()
        painter.setTransform(transform)
        border = QPen(QColor(palette.BORDER), 0.6)
        border.setCosmetic(True)
        painter.setPen(border)
        no_data = QColor(palette.NO_DATA)
        brushes = self._brushes
        view = transform.inverted()[0].mapRect(QRectF(self.rect()))
        for shape in shapes():
            if shape.path.isEmpty() or not view.intersects(shape.bounds):
                continue
            if shape.iso3 == "ATA" and "ATA" not in brushes:
                continue
            painter.setBrush(brushes.get(shape.iso3, no_data))
            painter.drawPath(shape.path)
        if self._arcs:
            self._paint_arcs(painter)
        painter.resetTransform()
        self._paint_dots(painter, transform, no_data)
        self._paint_outlines(painter, transform)
        self._paint_legend(painter)

    def _paint_arcs(self, painter: QPainter) -> None:
        device = painter.device()
        layer = self.arcs_layer(device.devicePixelRatioF() if device is not None else None)
        if layer is not None:
            painter.resetTransform()
            painter.drawImage(QPointF(0, 0), layer)

    def arcs_layer(self, ratio: float | None = None) -> QImage | None:
        """The arcs and their heads for the current view at ``ratio`` device pixels per pixel
        (default: the screen's), drawn again only when the arcs, the zoom, the pan, the size or
        the ratio changed (None: no arcs)."""
        if not self._arcs:
            return None
        transform = self.transform()
        if ratio is None:
            ratio = self.devicePixelRatioF()
        key: _LayerKey = (
            self._arcs_version,
            self.width(),
            self.height(),
            ratio,
            transform.m11(),
            transform.m22(),
            transform.dx(),
            transform.dy(),
        )
        if self._layer is None or key != self._layer_key:
            self._layer = self._draw_arcs_layer(transform, ratio)
            self._layer_key = key
            self.arcs_layer_builds += 1
        return self._layer

    def _draw_arcs_layer(self, transform: QTransform, ratio: float) -> QImage:
        size = QSize(math.ceil(self.width() * ratio), math.ceil(self.height() * ratio))
        layer = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        layer.setDevicePixelRatio(ratio)
        layer.fill(Qt.GlobalColor.transparent)
        band_image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        band_image.setDevicePixelRatio(ratio)
        view = QRectF(self.rect())
        opaque = QColor(palette.ARC)
        k = self.arc_scale()
        painter = QPainter(layer)
        try:
            painter.setOpacity(ARC_OPACITY)
            for arc_band in self._arc_bands:  # thinnest first
                pen_width = arc_band.width * k
                margin = pen_width + 1  # caps, square ones at a bend, and antialiasing
                area = transform.mapRect(arc_band.bounds)
                area = area.adjusted(-margin, -margin, margin, margin).intersected(view)
                if area.isEmpty():
                    continue
                clip = area.toAlignedRect()
                band = QPainter(band_image)
                try:
                    band.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
                    band.fillRect(clip, Qt.GlobalColor.transparent)
                    band.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
                    band.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                    band.setTransform(transform)
                    pen = QPen(opaque, pen_width)
                    pen.setCosmetic(True)
                    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                    band.setPen(pen)
                    band.drawLines(arc_band.ends)
                    pen.setCapStyle(Qt.PenCapStyle.SquareCap)
                    band.setPen(pen)
                    band.drawLines(arc_band.middle)
                finally:
                    band.end()
                # The band at the arcs' opacity: its own crossings merge, as in one stroke.
                painter.setClipRect(clip)
                painter.drawImage(QPointF(0, 0), band_image)
            painter.setClipping(False)
            painter.setOpacity(1.0)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            heads = QPainterPath()
            for arc in self._arcs:
                tip = transform.map(arc.shape.tip)
                heads.addPolygon(
                    _arrow_head(tip, arc.shape.direction, max(5.0, arc.width * k * 2.2))
                )
            translucent = QColor(opaque)
            translucent.setAlphaF(ARC_OPACITY)
            painter.fillPath(heads, translucent)
        finally:
            painter.end()
        return layer

    def arc_scale(self) -> float:
        """Arc widths for the map's width on screen: a little thinner than a page's (1000 units
        wide), as a screen is seen closer (and wide strokes are what a redraw spends on)."""
        shown = self._pixels_per_unit() * self._frame.width()
        return min(1.2, max(0.3, shown / 1300))

    def _paint_dots(self, painter: QPainter, transform: QTransform, no_data: QColor) -> None:
        active_pen = QPen(QColor(palette.DOT_BORDER), 0.8)
        quiet_pen = QPen(QColor(palette.QUIET_BORDER), 0.6)
        for shape in shapes():
            if not shape.dot or shape.iso3 == "ATA":
                continue
            brush = self._brushes.get(shape.iso3)
            centre = transform.map(shape.anchor)
            radius = DOT_RADIUS if brush is not None else DOT_RADIUS * 0.7
            painter.setPen(active_pen if brush is not None else quiet_pen)
            painter.setBrush(brush if brush is not None else no_data)
            painter.drawEllipse(centre, radius, radius)

    def _paint_outlines(self, painter: QPainter, transform: QTransform) -> None:
        marked = [(code, SELECTED, 2.2) for code in sorted(self.selected)]
        if self._hovered and self._hovered not in self.selected:
            marked.append((self._hovered, HOVERED, 1.4))
        if not marked:
            return
        by_code = {shape.iso3: shape for shape in shapes()}
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for code, colour, width in marked:
            shape = by_code.get(code)
            if shape is None:
                continue
            pen = QPen(colour, width)
            pen.setCosmetic(True)
            painter.setPen(pen)
            if shape.dot or shape.path.isEmpty():
                centre = transform.map(shape.anchor)
                painter.drawEllipse(centre, DOT_RADIUS + 2.5, DOT_RADIUS + 2.5)
            else:
                painter.drawPath(transform.map(shape.path))

    def legend_title(self) -> str:
        if self.exchanges:
            return self.tr("Solutions per pair (provider → recipient)")
        return {
            Role.ANY: self.tr("Solutions per country"),
            Role.PROVIDER: self.tr("Solutions per country, as provider"),
            Role.RECIPIENT: self.tr("Solutions per country, as recipient"),
        }[self.role]

    def legend_entries(self) -> list[tuple[str, QColor | float]]:
        """(label, swatch colour) per class, or (label, line width) in the exchanges mode."""
        if self.exchanges:
            if not self._arc_legend:
                return [(self.tr("no exchanges"), 0.0)]
            return [(str(n), width) for n, width in self._arc_legend]
        entries: list[tuple[str, QColor | float]] = [(self.tr("none"), QColor(palette.NO_DATA))]
        for text, colour in zip(self.scale.labels(), self.scale.colours, strict=True):
            entries.append((text, QColor(colour)))
        return entries

    def _paint_legend(self, painter: QPainter) -> None:
        font = self.font()
        metrics = QFontMetricsF(font)
        line = metrics.height()
        title = self.legend_title()
        entries = self.legend_entries()
        swatch = line * (1.6 if self.exchanges else 0.9)
        gap = line * 0.5
        widths = [swatch + gap / 2 + metrics.horizontalAdvance(text) for text, _ in entries]
        row_width = sum(widths) + gap * (len(widths) - 1)
        width = max(metrics.horizontalAdvance(title), row_width) + 2 * gap
        height = line * 2 + gap * 1.5
        box = QRectF(8, self.height() - height - 8, width, height)
        painter.setPen(QPen(QColor("#c8c8c8"), 1))
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor(palette.TEXT))
        painter.drawText(
            QRectF(box.left() + gap, box.top() + gap / 2, width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        x, y = box.left() + gap, box.top() + gap / 2 + line + gap / 2
        for (text, swatch_value), item_width in zip(entries, widths, strict=True):
            if isinstance(swatch_value, QColor):
                painter.setPen(QPen(QColor("#8a8a8a"), 0.6))
                painter.setBrush(swatch_value)
                painter.drawRect(QRectF(x, y + line * 0.1, swatch, line * 0.8))
            elif swatch_value > 0:
                pen = QPen(QColor(palette.ARC), swatch_value * self.arc_scale())
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(pen)
                painter.drawLine(QPointF(x, y + line / 2), QPointF(x + swatch, y + line / 2))
            painter.setPen(QColor(palette.TEXT))
            painter.drawText(
                QRectF(x + swatch + gap / 2, y, item_width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += item_width + gap


@lru_cache(maxsize=4096)
def _arc_shape(provider: str, recipient: str) -> _ArcShape | None:
    """The arc from ``provider`` to ``recipient`` (None: one of them cannot be placed, or
    both are the same place). The same pairs come back search after search."""
    points = arc_points(geometry(), provider, recipient, steps=12)
    if len(points) < 3 or points[0] == points[-1]:
        return None
    corners = [QPointF(x, y) for x, y in points]
    segments = [QLineF(a, b) for a, b in itertools.pairwise(corners)]
    (x0, y0), (x1, y1) = points[-3], points[-1]  # a point shortly before the tip, the tip
    norm = math.hypot(x1 - x0, y1 - y0) or 1.0
    direction = ((x1 - x0) / norm, (y1 - y0) / norm)
    return _ArcShape(
        (segments[0], segments[-1]),
        tuple(segments[1:-1]),
        QPolygonF(corners).boundingRect(),
        QPointF(x1, y1),
        direction,
    )


def _by_width(arcs: list[_Arc]) -> list[_Band]:
    """Arcs grouped by width (rounded to a quarter unit), thinnest first."""
    bands: dict[float, _Band] = {}
    for arc in arcs:
        width = round(arc.width * 4) / 4
        band = bands.get(width)
        if band is None:
            band = bands[width] = _Band(width, [], [], QRectF(arc.shape.bounds))
        band.ends.extend(arc.shape.ends)
        band.middle.extend(arc.shape.middle)
        band.bounds = band.bounds.united(arc.shape.bounds)
    return [bands[width] for width in sorted(bands)]


def _xy(point: QPointF) -> tuple[float, float]:
    return point.x(), point.y()


def _arrow_head(tip: QPointF, direction: tuple[float, float], size: float) -> QPolygonF:
    ux, uy = direction
    bx, by = tip.x() - ux * size, tip.y() - uy * size
    half = size * 0.45
    return QPolygonF(
        [tip, QPointF(bx - uy * half, by + ux * half), QPointF(bx + uy * half, by - ux * half)]
    )
