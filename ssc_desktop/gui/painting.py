"""Small drawing helpers shared by the delegate, the facet panel and the detail pane."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

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


def sdg_icon(goal: int, size: int, font: QFont) -> QIcon:
    """An icon of the goal's tile (for the facet list)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        draw_sdg_tile(painter, QRect(0, 0, size, size), goal, font)
    finally:
        painter.end()
    return QIcon(pixmap)
