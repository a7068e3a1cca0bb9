"""How one result is painted: title and years, SDG tiles and countries, a highlighted snippet.

Every row has the same height (computed from the font), so the list can use
``uniformItemSizes`` and stays smooth with any number of rows.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from ssc_desktop.gui import labels
from ssc_desktop.gui.models import InBasketRole, RowRole, SnippetRole
from ssc_desktop.gui.painting import sdg_pixmap, sdg_tile_side

_PAD = 6
_GAP = 3
_SNIPPET_LINES = 2
_MATCH_BACKGROUND = QColor("#ffe89a")
_SPACES = re.compile(r"\s+")


class ResultDelegate(QStyledItemDelegate):
    """Paints a :class:`~ssc_desktop.app.search.Row` (see the module docstring)."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.language = "en"
        self.local_text = "Local"
        self.pending_text = "Waiting for sync"
        self.basket_text = "In basket"
        self._measured: tuple[QFont, tuple[QFont, QFont, QFont], QFontMetrics, QFontMetrics] | None
        self._measured = None

    def _measure(
        self, font: QFont
    ) -> tuple[tuple[QFont, QFont, QFont], QFontMetrics, QFontMetrics]:
        """The row's fonts and the metrics of its title and small fonts (kept while the view's
        font stays: every row of every paint asks)."""
        measured = self._measured
        if measured is None or measured[0] != font:
            fonts = self.fonts_for(font)
            measured = (QFont(font), fonts, QFontMetrics(fonts[0]), QFontMetrics(fonts[2]))
            self._measured = measured
        return measured[1], measured[2], measured[3]

    # -- geometry --------------------------------------------------------------------------
    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        return ResultDelegate.fonts_for(option.font)

    @staticmethod
    def fonts_for(font: QFont) -> tuple[QFont, QFont, QFont]:
        """The title, body and small fonts of a row painted in ``font``."""
        base = QFont(font)
        title = QFont(base)
        title.setBold(True)
        title.setPointSizeF(base.pointSizeF() * 1.08 if base.pointSizeF() > 0 else 10)
        small = QFont(base)
        if base.pointSizeF() > 0:
            small.setPointSizeF(base.pointSizeF() * 0.92)
        return title, base, small

    @staticmethod
    def tile_side(font: QFont) -> int:
        """The side of a row's SDG tiles in a view using ``font`` (grows with the font)."""
        return sdg_tile_side(ResultDelegate.fonts_for(font)[2])

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title, base, small = self._fonts(option)
        height = (
            _PAD
            + QFontMetrics(title).height()
            + _GAP
            + sdg_tile_side(small)
            + 2
            + _GAP
            + QFontMetrics(base).lineSpacing() * _SNIPPET_LINES
            + _PAD
        )
        return QSize(120, height)

    # -- painting --------------------------------------------------------------------------
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # The view's option as it is (state, palette, rect): initStyleOption() would ask the model
        # for a dozen roles this delegate does not use.
        opt = QStyleOptionViewItem(option)
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_colour = opt.palette.color(
            group,
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text,
        )
        muted = QColor(text_colour)
        if not selected:
            muted = opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
            if muted.alpha() < 255 or muted == text_colour:
                muted = QColor("#555555")

        (title_font, base_font, small_font), fm_title, fm_small = self._measure(opt.font)
        rect = opt.rect.adjusted(_PAD + 2, _PAD, -_PAD - 2, -_PAD)
        painter.save()
        painter.setClipRect(opt.rect)
        row = index.data(RowRole)

        # Line 1: title, years on the right.
        years = row.years if row else ""
        years_width = fm_small.horizontalAdvance(years) + (10 if years else 0)
        title_rect = QRect(rect.left(), rect.top(), rect.width() - years_width, fm_title.height())
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title = row.title if row else str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(
            _visual(opt, title_rect),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            _isolated(
                opt, fm_title.elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width())
            ),
        )
        if years:
            painter.setFont(small_font)
            painter.setPen(muted)
            painter.drawText(
                _visual(
                    opt,
                    QRect(rect.right() - years_width, rect.top(), years_width, fm_title.height()),
                ),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                years,
            )

        # Line 2: SDG tiles, badges, countries.
        y = title_rect.bottom() + 1 + _GAP
        tile = sdg_tile_side(small_font)
        line_height = tile + 2
        x = rect.left()
        if row:
            ratio = painter.device().devicePixelRatioF()
            for goal in row.sdgs[:8]:
                painter.drawPixmap(
                    _visual(opt, QRect(x, y + 1, tile, tile)),
                    sdg_pixmap(goal, tile, small_font, ratio),
                )
                x += tile + 3
            if row.sdgs:
                x += 5
            painter.setFont(small_font)
            badges = []
            if index.data(InBasketRole):
                badges.append(self.basket_text)
            if row.pending:
                badges.append(self.pending_text)
            elif row.local:
                badges.append(self.local_text)
            for badge in badges:
                width = fm_small.horizontalAdvance(badge) + 10
                badge_rect = _visual(opt, QRect(x, y + 1, width, line_height - 2))
                painter.setPen(muted)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(badge_rect, 3, 3)
                painter.drawText(badge_rect, int(Qt.AlignmentFlag.AlignCenter), badge)
                x += width + 6
            countries = " · ".join(labels.country_label(c, self.language) for c in row.countries)
            painter.setPen(muted)
            painter.drawText(
                _visual(opt, QRect(x, y, max(0, rect.right() - x), line_height)),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                _isolated(
                    opt,
                    fm_small.elidedText(countries, Qt.TextElideMode.ElideRight, rect.right() - x),
                ),
            )

        # Lines 3-4: the snippet, matches highlighted.
        y += line_height + _GAP
        segments = index.data(SnippetRole) or ()
        if segments:
            self._paint_snippet(
                painter,
                _visual(opt, QRect(rect.left(), y, rect.width(), rect.bottom() - y + 1)),
                segments,
                base_font,
                text_colour,
                selected,
                opt.direction,
            )
        painter.restore()

        # A thin rule between rows (opaque: a translucent line costs a millisecond each).
        base = opt.palette.color(QPalette.ColorRole.Base)
        mid = opt.palette.color(QPalette.ColorRole.Mid)
        rule = QColor(
            (base.red() * 2 + mid.red()) // 3,
            (base.green() * 2 + mid.green()) // 3,
            (base.blue() * 2 + mid.blue()) // 3,
        )
        bottom = opt.rect.bottom()
        painter.fillRect(QRect(opt.rect.left(), bottom, opt.rect.width(), 1), rule)

    @staticmethod
    def _paint_snippet(
        painter: QPainter,
        rect: QRect,
        segments: tuple[tuple[str, bool], ...],
        font: QFont,
        colour: QColor,
        selected: bool,
        direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight,
    ) -> None:
        text = ""
        formats = []
        for raw, match in segments:
            piece = _SPACES.sub(" ", raw)
            if not text:
                piece = piece.lstrip()
            if match and piece:
                fmt = QTextCharFormat()
                fmt.setFontWeight(QFont.Weight.Bold)
                if selected:
                    fmt.setFontUnderline(True)
                else:
                    fmt.setBackground(_MATCH_BACKGROUND)
                    fmt.setForeground(QColor("#000000"))
                span = QTextLayout.FormatRange()
                span.start = len(text)
                span.length = len(piece)
                span.format = fmt
                formats.append(span)
            text += piece
        layout = QTextLayout(text, font)
        layout.setFormats(formats)
        if direction == Qt.LayoutDirection.RightToLeft:
            layout.setTextOption(_RTL_SNIPPET)
        layout.beginLayout()
        height = 0.0
        lines = 0
        while lines < _SNIPPET_LINES:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(rect.width())
            line.setPosition(QPointF(0, height))
            height += line.height()
            lines += 1
        layout.endLayout()
        painter.setPen(colour)
        layout.draw(painter, QPointF(rect.topLeft()))


# -- right to left (Arabic): the row is laid out left to right, then each rect is mirrored ----
def _visual(opt: QStyleOptionViewItem, rect: QRect) -> QRect:
    """``rect`` where it goes in the option's direction (mirrored inside the row for RTL)."""
    return QStyle.visualRect(opt.direction, opt.rect, rect)


def _isolated(opt: QStyleOptionViewItem, text: str) -> str:
    """In a right-to-left row, a Latin title keeps its own order (a first-strong isolate: the
    closing bracket or full stop of an English title stays at its end)."""
    if opt.direction == Qt.LayoutDirection.RightToLeft and text:
        return f"\u2068{text}\u2069"
    return text


def _rtl_snippet_option() -> QTextOption:
    # Each snippet's own direction (an English record reads left to right), right-aligned.
    option = QTextOption(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    return option


_RTL_SNIPPET = _rtl_snippet_option()


class NumberedDelegate(QStyledItemDelegate):
    """Shows each item with its position ("1. ", "2. "...): the basket's order is the brief's."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = f"{index.row() + 1}. {option.text}"


def setup_results_view(view: QTableView, delegate: ResultDelegate) -> None:
    """The result list's view: one column, headers hidden, every row as tall as the delegate
    says (a QTableView, not a QListView: a list view lays every row out again on each
    ``dataChanged``, which takes a quarter of a second with 100,000 rows)."""
    view.setItemDelegate(delegate)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.setCornerButtonEnabled(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    header = view.verticalHeader()
    header.hide()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setMinimumSectionSize(1)
    update_row_height(view, delegate)


def update_row_height(view: QTableView, delegate: ResultDelegate) -> None:
    """Set the rows' height for the view's current font (call again when the font changes)."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    view.verticalHeader().setDefaultSectionSize(delegate.sizeHint(option, QModelIndex()).height())
