"""Text into the PDF: literal (never markup), in any of the catalogue's scripts.

Every string from a record or from the mission details goes through here. Left-to-right text
becomes a reportlab ``Paragraph`` whose markup is escaped, so ``<para>``, ``<img src=...>`` or
``&nbsp;`` print as the characters they are. Text with right-to-left letters (Arabic) becomes a
``BidiParagraph``: shaped with arabic-reshaper (contextual letter forms), broken into lines in
logical order, then each line put in display order with python-bidi; it never goes through a
markup parser at all. Vowel marks (harakat) are kept: reportlab applies no mark positioning from
the font, so :func:`draw_runs` places each mark over (or under) its letter itself. Runs of
Chinese, Japanese kana or Korean are drawn with the CJK font (``fonts.CJK``), and paragraphs
holding them may break lines between any two ideographs.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

from arabic_reshaper import ArabicReshaper
from arabic_reshaper.reshaper_config import default_config
from bidi.algorithm import get_display
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from ssc_desktop.briefs.fonts import (
    ARABIC,
    ARABIC_FOR,
    CJK,
    FONT_FILES,
    HANGUL,
    SANS,
    SANS_BOLD,
    register_fonts,
)
from ssc_desktop.resources import resources_dir

if TYPE_CHECKING:
    from ssc_desktop.maps import MapText

# Hebrew, Arabic, Syriac, Thaana, N'Ko... and the Arabic presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_STRONG = re.compile("[A-Za-z\u00c0-\u02af\u0370-\u052f\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC_GLYPHS = "\u0600-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
# CJK radicals, symbols and punctuation, kana, bopomofo, ideographs (and extension A,
# compatibility), vertical and fullwidth forms; Hangul jamo and syllables. These are the ranges
# resources/fonts/build_cjk_font.py keeps in the CJK font: keep the two in step.
_CJK_GLYPHS = (
    "\u2e80-\u2fdf\u3000-\u30ff\u3100-\u312f\u31a0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
)
_HANGUL_GLYPHS = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
_SCRIPT_RUNS = re.compile(
    f"(?P<arabic>[{_ARABIC_GLYPHS}]+)|(?P<cjk>[{_CJK_GLYPHS}]+)|(?P<hangul>[{_HANGUL_GLYPHS}]+)"
)
_EAST_ASIAN_RUNS = re.compile(f"(?P<cjk>[{_CJK_GLYPHS}]+)|(?P<hangul>[{_HANGUL_GLYPHS}]+)")
_EAST_ASIAN_FACE = {"cjk": CJK, "hangul": HANGUL}
_BLANK_LINES = re.compile(r"\n\s*\n")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


@cache
def _reshaper() -> ArabicReshaper:
    # Every setting given, so that $PYTHON_ARABIC_RESHAPER_CONFIGURATION_FILE cannot change the
    # output. Vowel marks (harakat) are kept as the combining characters they are (no shadda
    # ligatures: those are spacing glyphs); draw_runs puts each one on its letter.
    return ArabicReshaper(configuration={**default_config, "delete_harakat": False})


def shape(text: str) -> str:
    """Arabic letters in their contextual forms (presentation forms), in logical order."""
    return str(_reshaper().reshape(text))


def has_rtl(text: str) -> bool:
    """True when the text holds right-to-left letters."""
    return _RTL.search(text) is not None


def starts_rtl(text: str) -> bool:
    """The paragraph direction of Unicode's rule P2: that of its first strong letter."""
    match = _STRONG.search(text)
    return bool(match and _RTL.match(match.group()))


def has_east_asian(text: str) -> bool:
    """True when the text holds Chinese, Japanese kana or Korean."""
    return _EAST_ASIAN_RUNS.search(text) is not None


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape(text: str) -> str:
    """Text that a reportlab Paragraph prints literally (CJK runs in their own font)."""
    escaped = _escaped(text)
    if not has_east_asian(escaped):
        return escaped
    return _EAST_ASIAN_RUNS.sub(
        lambda m: f'<font name="{_EAST_ASIAN_FACE[str(m.lastgroup)]}">{m.group()}</font>', escaped
    )


def escape_attribute(text: str) -> str:
    return _escaped(text).replace('"', "&quot;")


def blocks(text: str) -> list[str]:
    """Paragraphs of a text field: separated by blank lines; single line breaks are kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    result = []
    for block in _BLANK_LINES.split(text):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        joined = "\n".join(line for line in lines if line)
        if joined:
            result.append(joined)
    return result


def markup_text(text: str) -> str:
    """Escaped text with its line breaks kept."""
    return "<br/>".join(escape(line) for line in text.split("\n"))


def para(text: str, style: ParagraphStyle, prefix: str = "", prefix_plain: str = "") -> Flowable:
    """One paragraph of literal text; ``prefix`` is trusted markup put before it (a label)."""
    if has_rtl(text) or has_rtl(prefix_plain):
        return BidiParagraph(prefix_plain + text, style)
    if has_east_asian(text):
        style = _breaking_anywhere(style)
    return Paragraph(prefix + markup_text(text), style)


@cache
def _breaking_anywhere(style: ParagraphStyle) -> ParagraphStyle:
    """The style for text with ideographs: lines may break between any two of them."""
    return style.clone(f"{style.name}-cjk", wordWrap="CJK")


def paras(text: str, style: ParagraphStyle) -> list[Flowable]:
    """A long text field as paragraphs."""
    return [para(block, style) for block in blocks(text)]


def label_para(label: str, text: str, style: ParagraphStyle, colon: str = ": ") -> Flowable:
    """``Label: text`` with the label in bold (the label is escaped too)."""
    lead = label + colon.rstrip()
    space = " " if colon.endswith(" ") else ""  # a fullwidth colon (Chinese) carries its own space
    return para(text, style, prefix=f"<b>{escape(lead)}</b>{space}", prefix_plain=f"{lead}{space}")


# -- right-to-left paragraphs --------------------------------------------------------------------
Run = tuple[str, str, float]  # text in display order, font name, width in points


class BidiParagraph(Flowable):
    """A paragraph holding right-to-left script, laid out without any markup parser."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        rtl: bool | None = None,
        _shaped: str | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.rtl = starts_rtl(text) if rtl is None else rtl
        # Shaped text in logical order; "\n" marks a line break that must stay.
        self._shaped = shape(text) if _shaped is None else _shaped
        self._logical: list[str] = []
        self._lines: list[list[Run]] = []
        self._laid_width: float | None = None

    # Flowable protocol
    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._layout(availWidth)
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._layout(availWidth)
        fits = int((availHeight + 1e-6) // self.style.leading)
        if fits < 1:
            return []
        if fits >= len(self._lines):
            return [self]
        first_style = self.style.clone(self.style.name, spaceAfter=0)
        rest_style = self.style.clone(self.style.name, spaceBefore=0)
        return [
            BidiParagraph(
                self.text, first_style, rtl=self.rtl, _shaped="\n".join(self._logical[:fits])
            ),
            BidiParagraph(
                self.text, rest_style, rtl=self.rtl, _shaped="\n".join(self._logical[fits:])
            ),
        ]

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.setFillColor(style.textColor)
        y = self.height - style.fontSize
        for line in self._lines:
            line_width = sum(run[2] for run in line)
            if style.alignment == TA_CENTER:
                x = (self.width - line_width) / 2
            elif self.rtl or style.alignment == TA_RIGHT:
                x = self.width - line_width
            else:
                x = 0.0
            draw_runs(canvas, line, x, y, style.fontSize)
            y -= style.leading

    # layout
    def _layout(self, width: float) -> None:
        if self._laid_width is not None and abs(self._laid_width - width) < 0.01:
            return
        self._logical = self._break(width)
        self._lines = [self._runs(line) for line in self._logical]
        self._laid_width = width

    def _measure(self, text: str) -> float:
        latin, size = self.style.fontName, self.style.fontSize
        return sum(stringWidth(piece, font, size) for piece, font in _font_pieces(text, latin))

    def _break(self, width: float) -> list[str]:
        """Logical lines (shaped letters, logical order) that fit ``width``."""
        space = self._measure(" ")
        lines: list[str] = []
        for hard_line in self._shaped.split("\n"):
            current: list[str] = []
            used = 0.0
            for word in hard_line.split():
                size = self._measure(word)
                if size > width:
                    if current:
                        lines.append(" ".join(current))
                    pieces = self._cut(word, width)
                    lines.extend(pieces[:-1])
                    current, used = [pieces[-1]], self._measure(pieces[-1])
                elif current and used + space + size > width:
                    lines.append(" ".join(current))
                    current, used = [word], size
                else:
                    used += (space if current else 0.0) + size
                    current.append(word)
            if current:
                lines.append(" ".join(current))
        return lines

    def _cut(self, word: str, width: float) -> list[str]:
        """A word too long for a line, in pieces that fit (at least one letter each)."""
        pieces: list[str] = []
        start, used = 0, 0.0
        for index, char in enumerate(word):
            advance = self._measure(char)
            if index > start and used + advance > width:
                pieces.append(word[start:index])
                start, used = index, 0.0
            used += advance
        pieces.append(word[start:])
        return pieces

    def _runs(self, logical_line: str) -> list[Run]:
        visual = get_display(logical_line, base_dir="R" if self.rtl else "L")
        latin, size = self.style.fontName, self.style.fontSize
        return [
            (piece, font, stringWidth(piece, font, size))
            for piece, font in _font_pieces(visual, latin)
        ]


def _font_pieces(text: str, latin: str) -> Iterable[tuple[str, str]]:
    """The text cut into pieces, each with its face: ``latin`` (Latin, Greek, Cyrillic), the
    Arabic face that goes with it, or a CJK one."""
    faces = {"arabic": ARABIC_FOR.get(latin, ARABIC), **_EAST_ASIAN_FACE}
    position = 0
    for match in _SCRIPT_RUNS.finditer(text):
        if match.start() > position:
            yield text[position : match.start()], latin
        yield match.group(), faces[str(match.lastgroup)]
        position = match.end()
    if position < len(text):
        yield text[position:], latin


def text_width(text: str, font: str, size: float) -> float:
    """The width of one line of text, each script in its face (Arabic measured shaped)."""
    shaped = shape(text) if has_rtl(text) else text
    return sum(stringWidth(piece, face, size) for piece, face in _font_pieces(shaped, font))


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines (logical order) of at most ``width``: broken at spaces, and between any two
    characters of a word too long for a line (a run of ideographs has no spaces)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
        for char in word:
            if current and text_width(current + char, font, size) > width:
                lines.append(current)
                current = ""
            current += char
    if current:
        lines.append(current)
    return lines


def line_runs(text: str, font: str, size: float, max_width: float) -> list[Run]:
    """One line of text in display order, shortened with an ellipsis to fit ``max_width``."""
    rtl = has_rtl(text)
    shaped = shape(text) if rtl else text
    shaped = " ".join(shaped.split())

    def measure(value: str) -> float:
        return sum(stringWidth(piece, face, size) for piece, face in _font_pieces(value, font))

    if measure(shaped) > max_width:
        words = shaped.split()
        while len(words) > 1 and measure(" ".join(words) + " …") > max_width:
            words.pop()
        if measure(" ".join(words) + " …") <= max_width:
            shaped = " ".join([*words, "…"])
        else:  # one word wider than the room (or a run of ideographs): cut inside it
            kept = words[0] if words else ""
            while kept and measure(kept + "…") > max_width:
                kept = kept[:-1]
            shaped = kept + "…"
    visual = get_display(shaped, base_dir="R" if starts_rtl(text) else "L") if rtl else shaped
    return [
        (piece, face, stringWidth(piece, face, size)) for piece, face in _font_pieces(visual, font)
    ]


def _map_runs(text: str, size: float, bold: bool) -> list[Run]:
    return line_runs(text, SANS_BOLD if bold else SANS, size, math.inf)


@cache
def map_text() -> MapText:
    """The brief's text pipeline for a map (the cover map, ``ssc-desktop map``): each script in
    the brief's registered face, Arabic shaped and in display order, CJK in the embedded face.
    (Maps sit below briefs: they take this as a value and never import briefs.) Vowel marks are
    drawn as the font's advance places them: the map's own words carry none."""
    from ssc_desktop.maps import MapText

    register_fonts()
    folder = resources_dir() / "fonts"
    return MapText(_map_runs, {name: folder / file for name, file in FONT_FILES.items()})


# -- vowel marks -----------------------------------------------------------------------------------
#: Arabic marks drawn above their letter, and below it (the rest of U+064B-U+065F, U+0670 above).
_MARKS_ABOVE = frozenset("\u064b\u064c\u064e\u064f\u0651\u0652\u0653\u0654\u0657\u0658\u0670")
_MARKS_BELOW = frozenset("\u064d\u0650\u0655\u0656")
_MARKS = _MARKS_ABOVE | _MARKS_BELOW | frozenset(chr(c) for c in range(0x0659, 0x0660))


def is_mark(char: str) -> bool:
    """An Arabic combining vowel mark (fatha, kasra, damma, shadda, sukun, tanwin...)."""
    return char in _MARKS


@cache
def _glyph_box(font: str, char: str) -> tuple[float, float, float, float]:
    """The ink box of a character's glyph (xMin, yMin, xMax, yMax) in thousandths of an em, read
    from the TrueType ``glyf`` table reportlab has loaded; zeros for an empty or unknown glyph."""
    face = getattr(pdfmetrics.getFont(font), "face", None)
    glyph = getattr(face, "charToGlyph", {}).get(ord(char)) if face is not None else None
    if face is None or glyph is None:
        return (0.0, 0.0, 0.0, 0.0)
    start = face.get_table_pos("glyf")[0] + face.glyphPos[glyph]
    if face.glyphPos[glyph + 1] == face.glyphPos[glyph]:
        return (0.0, 0.0, 0.0, 0.0)
    scale = 1000.0 / face.unitsPerEm

    def short(offset: int) -> int:
        value = int(face.get_ushort(start + offset))
        return value - 0x10000 if value >= 0x8000 else value

    return (short(2) * scale, short(4) * scale, short(6) * scale, short(8) * scale)


def draw_runs(canvas: Any, runs: Iterable[Run], x: float, y: float, size: float) -> float:
    """Draw runs (display order) from ``x`` on the baseline ``y``; returns where they end.

    A vowel mark has no advance, and in display order it comes just before the letter it belongs
    to: it is drawn centred on that letter's ink, above its top (stacked over a shadda) or below
    its bottom, as a font's mark positioning would place it. Marks are moved with the text
    position and the text rise inside one text object, on the line's baseline, so a reader
    extracting the text gets one line with the marks in it, not a line per mark.
    """
    for text, font, width in runs:
        if not any(char in _MARKS for char in text):
            canvas.setFont(font, size)
            canvas.drawString(x, y, text)
            x += width
            continue
        line = canvas.beginText(x, y)
        line.setFont(font, size)
        pending: list[str] = []
        pen = x
        for char in text:
            if char in _MARKS:
                pending.append(char)
                continue
            for mark, mark_x, rise in _placed_marks(pending, char, font, pen, size):
                line.setTextOrigin(mark_x, y)
                line.setRise(rise)
                line.textOut(mark)
            if pending:
                line.setRise(0)
                line.setTextOrigin(pen, y)
                pending = []
            line.textOut(char)
            pen += stringWidth(char, font, size)
        for mark in pending:  # a mark with no letter after it: where the pen is
            line.textOut(mark)
        canvas.drawText(line)
        x += width
    return x


def _placed_marks(
    marks: list[str], base: str, font: str, x: float, size: float
) -> list[tuple[str, float, float]]:
    """Where to draw a letter's marks (display order: the last one is the first typed) when the
    letter is at ``x``: each mark with its x and its rise above the baseline."""
    if not marks:
        return []
    unit = size / 1000.0
    b_left, b_bottom, b_right, b_top = _glyph_box(font, base)
    if b_right <= b_left:  # a space or an unknown glyph: centre on its advance
        b_left, b_right = 0.0, stringWidth(base, font, 1000.0)
    centre = x + (b_left + b_right) / 2 * unit
    gap = 35.0  # thousandths of an em between a letter and its mark, and between stacked marks
    top, bottom = b_top, min(b_bottom, 0.0)
    placed: list[tuple[str, float, float]] = []
    for mark in reversed(marks):  # typed order: a shadda first, then the vowel above it
        m_left, m_bottom, m_right, m_top = _glyph_box(font, mark)
        if mark in _MARKS_BELOW:
            shift = bottom - gap - m_top
            bottom = shift + m_bottom
        else:
            shift = top + gap - m_bottom
            top = shift + m_top
        placed.append((mark, centre - (m_left + m_right) / 2 * unit, shift * unit))
    return list(reversed(placed))  # in display order, as the text runs
