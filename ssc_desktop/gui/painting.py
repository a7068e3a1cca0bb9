"""Small drawing helpers shared by the delegate, the facet panel and the detail pane."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPixmap

from ssc_desktop.domain import vocab


@cache
def sdg_colour(goal: int) -> QColor:
    """The SDG's official colour (grey for an unknown goal)."""
    sdg = vocab.sdgs().get(goal)
    return QColor(sdg.colour if sdg else "#777777")


def sdg_text_colour(goal: int) -> QColor:
    """White on every official SDG colour except the light yellow ones, which take black."""
    colour = sdg_colour(goal)
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return QColor("#000000") if luminance > 0.6 else QColor("#ffffff")


def sdg_tile_side(font: QFont) -> int:
    """The side of an SDG tile set beside text in ``font``: as tall as its line, so tiles
    grow with the font size (150 % text, 150 % tiles)."""
    return max(12, QFontMetrics(font).height())


def draw_sdg_tile(painter: QPainter, rect: QRect | QRectF, goal: int, font: QFont) -> None:
    """A square in the goal's colour with its number."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(sdg_colour(goal))
    painter.drawRoundedRect(QRectF(rect), 2.0, 2.0)
    tile_font = QFont(font)
    tile_font.setBold(True)
    tile_font.setPixelSize(max(7, int(QRectF(rect).height() * 0.62)))
    painter.setFont(tile_font)
    painter.setPen(sdg_text_colour(goal))
    painter.drawText(QRectF(rect), Qt.AlignmentFlag.AlignCenter, str(goal))
    painter.restore()


def sdg_pixmap(goal: int, side: int, font: QFont, ratio: float = 1.0) -> QPixmap:
    """The goal's tile as a pixmap of ``side`` device-independent pixels (cached: the result
    list paints a few tiles per row on every keystroke)."""
    return _sdg_pixmap(goal, side, font.family(), ratio)


@cache
def _sdg_pixmap(goal: int, side: int, family: str, ratio: float) -> QPixmap:
    pixels = max(1, round(side * ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        draw_sdg_tile(painter, QRect(0, 0, pixels, pixels), goal, QFont(family))
    finally:
        painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def sdg_icon(goal: int, size: int, font: QFont) -> QIcon:
    """An icon of the goal's tile (for the facet list), ``size`` pixels square (sharp on
    high-density screens too)."""
    icon = QIcon()
    for ratio in (1.0, 2.0):
        icon.addPixmap(sdg_pixmap(goal, size, font, ratio))
    return icon
