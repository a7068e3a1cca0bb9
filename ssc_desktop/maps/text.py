"""How a map's words are set: measured, and cut into runs of one font each in display order.

The maps layer knows no script. By default every word is set as typed in Noto Sans (Latin,
Greek, Cyrillic: enough for en, fr, es and ru). A layer with a text pipeline passes its own
:class:`MapText`: the brief's (``briefs.text.map_text``) sets each script in the brief's
registered face, Arabic shaped and put in display order, Chinese in the embedded CJK face; the
map is then measured, laid out and drawn (PDF, PNG) with it. SVG leaves shaping to the reader's
browser and only borrows the measurements.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ssc_desktop.resources import resources_dir

#: One piece of a line: its characters in display order, the (reportlab) font that draws them,
#: and its width at the size asked, in the same units as the size.
Run = tuple[str, str, float]
#: ``(text, size, bold)`` -> the line's runs, left to right as drawn.
RunsFunction = Callable[[str, float, bool], Sequence[Run]]


@dataclass(frozen=True)
class MapText:
    """A text pipeline for maps: ``runs`` sets one line; ``font_files`` names the TrueType
    file of every font a run may name (the PNG renderer draws with the files themselves)."""

    runs: RunsFunction
    font_files: Mapping[str, Path]

    def measure(self, text: str, size: float, bold: bool = False) -> float:
        """The width of one line of ``text`` at ``size``."""
        return sum(run[2] for run in self.runs(text, size, bold))


#: The default faces' names, as registered with reportlab.
FONT, FONT_BOLD = "SSCMap-Regular", "SSCMap-Bold"


@cache
def _register_fonts() -> None:
    """Noto Sans (shipped in resources/fonts): the accents of fr/es, Cyrillic, the arrow sign."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, path in _default_files().items():
        pdfmetrics.registerFont(TTFont(name, str(path)))


def _default_files() -> dict[str, Path]:
    fonts = resources_dir() / "fonts"
    return {FONT: fonts / "NotoSans-Regular.ttf", FONT_BOLD: fonts / "NotoSans-Bold.ttf"}


def _default_runs(text: str, size: float, bold: bool) -> list[Run]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    _register_fonts()
    font = FONT_BOLD if bold else FONT
    return [(text, font, stringWidth(text, font, size))]


@cache
def default_text() -> MapText:
    """Every word in Noto Sans as typed: no shaping, no right-to-left reordering."""
    return MapText(_default_runs, _default_files())
