"""SDG tiles: the goal's number and short name on its official colour.

In grayscale (low-ink) mode a tile is an outline with the same number and name in black, so that
it stays readable on a cheap office printer without spending toner on coloured blocks. The name is
in the brief's language, in any script (shaped Arabic, ideographs); in a right-to-left brief the
tiles run from the right and each tile is mirrored (number on the right, name right-aligned).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ssc_desktop.briefs.fonts import SANS_BOLD
from ssc_desktop.briefs.text import draw_runs, line_runs, text_width, wrap_lines
from ssc_desktop.domain import vocab

WHITE = colors.white
DARK = colors.HexColor("#1A1A1A")


def _luminance(colour: colors.Color) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red)
        + 0.7152 * channel(colour.green)
        + 0.0722 * channel(colour.blue)
    )


def sdg_colour(goal: int) -> colors.Color:
    """The goal's official colour."""
    return colors.HexColor(vocab.sdgs()[goal].colour)


def ink_on(background: colors.Color) -> colors.Color:
    """White where it reads well enough on the colour (contrast ≥ 3:1), else near-black."""
    contrast = 1.05 / (_luminance(background) + 0.05)
    return WHITE if contrast >= 3.0 else DARK


class SdgTiles(Flowable):
    """A row (wrapping to more rows) of tiles: big number, short name beside it."""

    def __init__(
        self,
        goals: Sequence[int],
        language: str,
        *,
        grayscale: bool,
        tile_width: float = 32 * mm,
        tile_height: float = 12 * mm,
        gap: float = 2 * mm,
        rtl: bool = False,
    ) -> None:
        super().__init__()
        self.goals = list(goals)
        self.language = language
        self.grayscale = grayscale
        self.rtl = rtl
        self.tile_width = tile_width
        self.tile_height = tile_height
        self.gap = gap
        self._per_row = 1

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._per_row = max(1, int((availWidth + self.gap) // (self.tile_width + self.gap)))
        rows = -(-len(self.goals) // self._per_row)
        self.width = min(availWidth, self._per_row * (self.tile_width + self.gap) - self.gap)
        self.height = rows * self.tile_height + max(0, rows - 1) * self.gap
        return self.width, self.height

    def draw(self) -> None:
        for index, goal in enumerate(self.goals):
            row, column = divmod(index, self._per_row)
            x = column * (self.tile_width + self.gap)
            if self.rtl:
                x = self.width - self.tile_width - x
            y = self.height - (row + 1) * self.tile_height - row * self.gap
            self._tile(goal, x, y)

    def _tile(self, goal: int, x: float, y: float) -> None:
        canvas = self.canv
        w, h = self.tile_width, self.tile_height
        canvas.saveState()
        if self.grayscale:
            canvas.setStrokeColor(DARK)
            canvas.setLineWidth(0.9)
            canvas.setFillColor(WHITE)
            canvas.roundRect(x, y, w, h, 1.2 * mm, stroke=1, fill=1)
            ink = DARK
        else:
            background = sdg_colour(goal)
            canvas.setFillColor(background)
            canvas.roundRect(x, y, w, h, 1.2 * mm, stroke=0, fill=1)
            ink = ink_on(background)
        canvas.setFillColor(ink)
        number = str(goal)
        number_size = min(h * 0.62, 17.0)
        number_box = stringWidth("17", SANS_BOLD, number_size) + 2.2 * mm
        number_width = stringWidth(number, SANS_BOLD, number_size)
        # the number's box at the tile's start (its right end in a right-to-left brief)
        box_x = x + w - number_box if self.rtl else x
        canvas.setFont(SANS_BOLD, number_size)
        canvas.drawString(
            box_x + (number_box - number_width) / 2 + (-0.4 if self.rtl else 0.4) * mm,
            y + (h - number_size * 0.72) / 2,
            number,
        )
        if self.grayscale:
            rule_x = box_x - 0.6 * mm if self.rtl else x + number_box + 0.6 * mm
            canvas.setLineWidth(0.5)
            canvas.line(rule_x, y + 1.6 * mm, rule_x, y + h - 1.6 * mm)
        name = vocab.sdgs()[goal].label(self.language).upper()
        room = w - number_box - 2.8 * mm
        size, lines = _fit(name, room, h - 2 * mm, start=7.0 if h >= 11 * mm else 6.4)
        leading = size * 1.12
        block = leading * (len(lines) - 1) + size * 0.72
        baseline = y + (h + block) / 2 - size * 0.72
        for line in lines:
            runs = line_runs(line, SANS_BOLD, size, room)
            line_width = sum(run[2] for run in runs)
            text_x = box_x - 1.6 * mm - line_width if self.rtl else x + number_box + 1.6 * mm
            draw_runs(canvas, runs, text_x, baseline, size)
            baseline -= leading
        canvas.restoreState()


def _fit(text: str, width: float, height: float, *, start: float) -> tuple[float, list[str]]:
    """The largest size (down to 4 pt) at which the text fits the box, and its lines."""
    size = start
    while True:
        lines = wrap_lines(text, SANS_BOLD, size, width)
        if size <= 4.0 or (
            len(lines) * size * 1.12 <= height
            and all(text_width(line, SANS_BOLD, size) <= width for line in lines)
        ):
            return size, lines
        size -= 0.3


class SdgChips(Flowable):
    """Small numbered squares, for the overview table and the cover."""

    def __init__(
        self,
        goals: Sequence[int],
        *,
        grayscale: bool,
        size: float = 5.6 * mm,
        gap: float = 1 * mm,
        rtl: bool = False,
    ) -> None:
        super().__init__()
        self.goals = list(goals)
        self.grayscale = grayscale
        self.rtl = rtl
        self.size = size
        self.gap = gap
        self._per_row = 1

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._per_row = max(1, int((availWidth + self.gap) // (self.size + self.gap)))
        rows = -(-len(self.goals) // self._per_row) if self.goals else 0
        self.width = min(availWidth, self._per_row * (self.size + self.gap))
        self.height = rows * self.size + max(0, rows - 1) * self.gap
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        font_size = self.size * 0.5
        for index, goal in enumerate(self.goals):
            row, column = divmod(index, self._per_row)
            x = column * (self.size + self.gap)
            if self.rtl:  # from the right
                x = self.width - self.size - x
            y = self.height - (row + 1) * self.size - row * self.gap
            canvas.saveState()
            if self.grayscale:
                canvas.setStrokeColor(DARK)
                canvas.setLineWidth(0.7)
                canvas.setFillColor(WHITE)
                canvas.rect(x, y, self.size, self.size, stroke=1, fill=1)
                canvas.setFillColor(DARK)
            else:
                background = sdg_colour(goal)
                canvas.setFillColor(background)
                canvas.rect(x, y, self.size, self.size, stroke=0, fill=1)
                canvas.setFillColor(ink_on(background))
            canvas.setFont(SANS_BOLD, font_size)
            canvas.drawCentredString(
                x + self.size / 2, y + (self.size - font_size * 0.72) / 2, str(goal)
            )
            canvas.restoreState()
