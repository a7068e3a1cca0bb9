"""The brief as reportlab (platypus) builds it: cover, overview, one section per solution.

Called only through :func:`ssc_desktop.briefs.build_brief`. Everything here is deterministic: the
document is built in reportlab's invariant mode, and nothing reads a clock, the system's fonts or
the network. Page numbers ("Page 3 of 12") and the overview's page column are drawn when the
document is saved, once every page is known (a single layout pass).

A right-to-left brief (Arabic) is the mirror image of a left-to-right one: every table's columns
in reverse order (:func:`_table`), text right-aligned (:func:`make_styles`), SDG tiles and chips
from the right, the footer's mission line on the right and the page number on the left
(:meth:`_BriefCanvas._decorate`). The rest of the story is built the same way for every language.
"""

from __future__ import annotations

import functools
import io
import json
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    KeepInFrame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ssc_desktop import __version__
from ssc_desktop.briefs import BriefOptions, Progress
from ssc_desktop.briefs.fonts import SANS, SANS_BOLD, SANS_ITALIC, register_fonts
from ssc_desktop.briefs.labels import Labels
from ssc_desktop.briefs.languages import count_in_language, in_language, language_note
from ssc_desktop.briefs.text import (
    BidiParagraph,
    blocks,
    draw_runs,
    escape,
    escape_attribute,
    has_rtl,
    label_para,
    line_runs,
    map_text,
    markup_text,
    para,
    paras,
    starts_rtl,
)
from ssc_desktop.briefs.tiles import SdgChips, SdgTiles
from ssc_desktop.domain import vocab
from ssc_desktop.domain.model import Solution
from ssc_desktop.resources import resources_dir

# reportlab keeps module-level state (registered fonts, per-document font subsets): one build at a
# time per process keeps a brief built in a worker thread byte-identical to one built elsewhere.
_BUILD_LOCK = threading.Lock()

MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 20 * mm
LONG_FIELDS = ("challenge", "solution", "results", "sustainability")
# Compact mode shortens the long texts until a solution fits one page: words per text, in turn.
COMPACT_BUDGETS: tuple[int | None, ...] = (None, 180, 120, 80, 50, 25, 0)
_LINKABLE = re.compile(r"^https?://[^\s\"'<>\\]+$", re.IGNORECASE)
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Palette:
    text: colors.Color
    muted: colors.Color
    accent: colors.Color
    rule: colors.Color
    link: colors.Color


COLOUR = Palette(
    text=colors.HexColor("#1A1A1A"),
    muted=colors.HexColor("#505050"),
    accent=colors.HexColor("#0B5D8F"),
    rule=colors.HexColor("#B8B8B8"),
    link=colors.HexColor("#0B5D8F"),
)
GRAYSCALE = Palette(
    text=colors.Color(0, 0, 0),
    muted=colors.Color(0.3, 0.3, 0.3),
    accent=colors.Color(0.15, 0.15, 0.15),
    rule=colors.Color(0.6, 0.6, 0.6),
    link=colors.Color(0, 0, 0),
)


# -- styles -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    key: ParagraphStyle
    cell_note: ParagraphStyle
    small: ParagraphStyle
    kicker: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    section_heading: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_value: ParagraphStyle
    summary: ParagraphStyle
    page_ref: ParagraphStyle


def make_styles(palette: Palette, compact: bool, rtl: bool = False) -> Styles:
    """The brief's paragraph styles; right-aligned (page numbers left-aligned) when ``rtl``."""
    size = 8.4 if compact else 9.6
    base = ParagraphStyle(
        "body",
        fontName=SANS,
        fontSize=size,
        leading=round(size * 1.32, 2),
        textColor=palette.text,
        spaceAfter=size * 0.45,
        alignment=TA_RIGHT if rtl else TA_LEFT,
        splitLongWords=1,
        uriWasteReduce=0,  # reportlab 5.1 leaves the rest of a URI split at "/" unsplit
        allowWidows=0,
        allowOrphans=0,
    )

    def derive(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    cell_size = size - 1.0
    return Styles(
        body=base,
        cell=derive("cell", fontSize=cell_size, leading=cell_size * 1.28, spaceAfter=0),
        cell_bold=derive(
            "cell_bold",
            fontName=SANS_BOLD,
            fontSize=cell_size,
            leading=cell_size * 1.28,
            spaceAfter=0,
        ),
        cell_head=derive(
            "cell_head",
            fontName=SANS_BOLD,
            fontSize=cell_size - 0.4,
            leading=cell_size * 1.2,
            spaceAfter=0,
            textColor=palette.muted,
        ),
        key=derive(
            "key",
            fontName=SANS_BOLD,
            fontSize=cell_size - 0.4,
            leading=cell_size * 1.28,
            spaceAfter=0,
            textColor=palette.muted,
        ),
        cell_note=derive(
            "cell_note",
            fontSize=cell_size - 1,
            leading=(cell_size - 1) * 1.3,
            spaceAfter=0,
            textColor=palette.muted,
        ),
        small=derive(
            "small", fontSize=size - 1.4, leading=(size - 1.4) * 1.35, textColor=palette.muted
        ),
        kicker=derive(
            "kicker",
            fontName=SANS_BOLD,
            fontSize=size - 1.2,
            leading=size * 1.2,
            textColor=palette.accent,
            spaceAfter=1,
        ),
        title=derive(
            "title",
            fontName=SANS_BOLD,
            fontSize=12.5 if compact else 17,
            leading=15.5 if compact else 21,
            spaceAfter=2,
        ),
        subtitle=derive(
            "subtitle",
            fontName=SANS_ITALIC,
            fontSize=size + 0.6,
            leading=(size + 0.6) * 1.3,
            textColor=palette.muted,
            spaceAfter=size * 0.6,
        ),
        heading=derive(
            "heading",
            fontName=SANS_BOLD,
            fontSize=size + 0.8,
            leading=(size + 0.8) * 1.3,
            textColor=palette.accent,
            spaceBefore=size * (0.55 if compact else 0.9),
            spaceAfter=size * 0.2,
        ),
        section_heading=derive(
            "section_heading",
            fontName=SANS_BOLD,
            fontSize=14,
            leading=18,
            textColor=palette.text,
            spaceBefore=6,
            spaceAfter=6,
        ),
        cover_kicker=derive(
            "cover_kicker",
            fontName=SANS_BOLD,
            fontSize=11,
            leading=14,
            textColor=palette.accent,
            spaceAfter=4,
        ),
        cover_title=derive(
            "cover_title",
            fontName=SANS_BOLD,
            fontSize=24,
            leading=29,
            spaceAfter=8,
        ),
        cover_value=derive(
            "cover_value", fontSize=size + 1, leading=(size + 1) * 1.3, spaceAfter=0
        ),
        summary=derive("summary", fontSize=size + 0.4, leading=(size + 0.4) * 1.35, spaceAfter=0),
        page_ref=derive(
            "page_ref",
            fontSize=cell_size,
            leading=cell_size * 1.28,
            spaceAfter=0,
            alignment=TA_LEFT if rtl else TA_RIGHT,
        ),
    )


# -- the build's shared state -------------------------------------------------------------------
@dataclass
class _Context:
    options: BriefOptions
    labels: Labels
    palette: Palette
    styles: Styles
    total: int
    progress: Progress | None
    catalogue_text: str
    page_of_solution: dict[str, int] = field(default_factory=dict)
    # (page, x of the number's end, baseline y, solution key) of each page number the overview
    # shows: its right end (left end in a right-to-left brief)
    page_ref_spots: list[tuple[int, float, float, str]] = field(default_factory=list)

    @property
    def rtl(self) -> bool:
        return self.labels.rtl

    def report(self, done: int) -> None:
        if self.progress is not None:
            self.progress(done, self.total)


class _SectionMarker(Flowable):
    """Zero-size: where a solution starts. Adds its bookmark and outline entry, notes the page."""

    _ZEROSIZE = True  # drawn even inside containers (KeepInFrame skips empty flowables otherwise)

    def __init__(self, context: _Context, key: str, title: str, index: int) -> None:
        super().__init__()
        self.context = context
        self.key = key
        self.title = title
        self.index = index
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        _, top = canvas.absolutePosition(0, 0)
        canvas.bookmarkHorizontalAbsolute(self.key, top + 6)
        canvas.addOutlineEntry(self.title, self.key, level=0, closed=None)
        self.context.page_of_solution[self.key] = canvas.getPageNumber()
        self.context.report(self.index)


class _PageRef(Flowable):
    """A placeholder cell: the page a solution starts on, drawn when the document is saved."""

    def __init__(self, context: _Context, key: str) -> None:
        super().__init__()
        self.context = context
        self.key = key
        self.style = context.styles.page_ref

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        end = 0 if self.context.rtl else self.width
        x, y = self.canv.absolutePosition(end, self.height - self.style.fontSize)
        self.context.page_ref_spots.append((self.canv.getPageNumber(), x, y, self.key))


class _BriefCanvas(Canvas):
    """Keeps every page until the end, then adds footers, page totals and overview page refs."""

    # reportlab's private state that this canvas works with (not in its type stubs).
    _doc: PDFDocument
    _pagesize: tuple[float, float]
    _startPage: Callable[[], None]

    def __init__(self, *args: Any, context: _Context, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.context = context
        self._kept_pages: list[dict[str, Any]] = []
        self.page_count = 0

    def showPage(self) -> None:
        self._kept_pages.append(dict(self.__dict__))
        # Bookmarks name the page they are on by the document's page counter: move it on now,
        # as if the page had been written (it is rewound before the pages really are).
        self._doc.pageCounter += 1
        self._startPage()

    def save(self) -> None:
        pages = list(self._kept_pages)
        self._doc.pageCounter = 1
        for state in pages:
            self.__dict__.update(state)
            self._decorate(len(pages))
            Canvas.showPage(self)
        self.page_count = len(pages)
        Canvas.save(self)

    def _decorate(self, pages: int) -> None:
        context = self.context
        labels, palette = context.labels, context.palette
        width, _ = self._pagesize
        page = self.getPageNumber()
        self.saveState()
        # overview page column
        for spot_page, x, y, key in context.page_ref_spots:
            if spot_page == page and key in context.page_of_solution:
                style = context.styles.page_ref
                self.setFont(style.fontName, style.fontSize)
                self.setFillColor(palette.text)
                number = str(context.page_of_solution[key])
                if context.rtl:
                    self.drawString(x, y, number)
                else:
                    self.drawRightString(x, y, number)
        # footer: the mission at the start of the line, the page number at its end
        y = MARGIN_BOTTOM - 9 * mm
        self.setStrokeColor(palette.rule)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y + 3.6 * mm, width - MARGIN_X, y + 3.6 * mm)
        self.setFillColor(palette.text)
        page_runs = line_runs(labels("page_of", page=page, pages=pages), SANS_BOLD, 7.6, 60 * mm)
        page_width = sum(run[2] for run in page_runs)
        self._draw_line(page_runs, y, 7.6, at_start=False)
        room = width - 2 * MARGIN_X - page_width - 6 * mm
        options = context.options
        mission = " · ".join(
            part for part in (options.title, options.destination, options.dates) if part
        )
        self._draw_line(line_runs(mission, SANS, 7.6, room), y, 7.6, at_start=True)
        self.setFillColor(palette.muted)
        note = f"{labels('footer_app')} · {context.catalogue_text}"
        self._draw_line(
            line_runs(note, SANS, 6.6, width - 2 * MARGIN_X), y - 3.4 * mm, 6.6, at_start=True
        )
        self.restoreState()

    def _draw_line(
        self, runs: Sequence[tuple[str, str, float]], y: float, size: float, *, at_start: bool
    ) -> None:
        """A footer line at the start (left; right in a right-to-left brief) or the end of the
        line between the margins."""
        width, _ = self._pagesize
        line_width = sum(run[2] for run in runs)
        at_left = at_start != self.context.rtl
        x = MARGIN_X if at_left else width - MARGIN_X - line_width
        draw_runs(self, runs, x, y, size)


# -- pieces of the story --------------------------------------------------------------------------
def _words(text: str, budget: int | None) -> tuple[str, bool]:
    """At most ``budget`` words of the text (keeping its paragraphs), and whether it was cut."""
    if budget is None:
        return text, False
    matches = list(_WORD.finditer(text))
    if len(matches) <= budget:
        return text, False
    if budget == 0:
        return "", True
    return text[: matches[budget - 1].end()].rstrip(" ,;:.") + " …", True


def _table(
    rows: list[list[Any]], widths: list[float], palette: Palette, rtl: bool = False, **extra: Any
) -> Table:
    """A table of flowables; mirrored when ``rtl`` (columns right to left, cells right-aligned).

    Rows and widths are given in reading order (the first column is the one read first)."""
    if rtl:
        rows = [list(reversed(row)) for row in rows]
        widths = list(reversed(widths))
    table = Table(rows, colWidths=widths, **extra)
    table.setStyle(
        TableStyle(
            [
                # Cells hold flowables; the table's own font is named so no standard font appears.
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
                ("TOPPADDING", (0, 0), (-1, -1), 2.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.0),
                ("LINEBELOW", (0, 0), (-1, -1), 0.35, palette.rule),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT" if rtl else "LEFT"),
            ]
        )
    )
    return table


def _lead_organisation(solution: Solution) -> str:
    for role in ("implementing", "supported_by", "partner"):
        for organisation in solution.organisations:
            if organisation.role == role:
                return organisation.acronym or organisation.name
    return ""


def _years(solution: Solution) -> str:
    if solution.start_year and solution.end_year:
        if solution.start_year == solution.end_year:
            return str(solution.start_year)
        return f"{solution.start_year}–{solution.end_year}"
    if solution.start_year:
        return f"{solution.start_year}–"
    if solution.end_year:
        return f"–{solution.end_year}"
    return ""


def _cover(context: _Context, solutions: Sequence[Solution], width: float) -> list[Flowable]:
    options, labels, styles = context.options, context.labels, context.styles
    story: list[Flowable] = [
        para(labels("brief").upper(), styles.cover_kicker),
        para(options.title, styles.cover_title),
        HRFlowable(width="100%", thickness=1.4, color=context.palette.accent, spaceAfter=8),
    ]
    rows: list[list[Any]] = []
    for key, value in (
        ("destination", options.destination),
        ("dates", options.dates),
        ("prepared_by", options.prepared_by),
        ("solution_count", str(len(solutions))),
        ("solutions_in_language", _in_language_text(context, solutions)),
    ):
        if value:
            rows.append([para(labels(key), styles.key), para(value, styles.cover_value)])
    goals = sorted({goal for solution in solutions for goal in solution.sdgs})
    if goals:
        rows.append(
            [
                para(labels("goals_covered"), styles.key),
                SdgChips(goals, grayscale=options.grayscale, size=6.4 * mm, rtl=context.rtl),
            ]
        )
    table = _table(rows, [42 * mm, width - 42 * mm], context.palette, context.rtl)
    story += [table, Spacer(0, 6)]
    cover_map = _cover_map(context, solutions, width)
    if cover_map is not None:
        story += [cover_map, Spacer(0, 4)]
    story += [
        para(context.catalogue_text, styles.body),
        para(labels("cover_note"), styles.small),
        Spacer(0, 10),
    ]
    return story


#: The cover map's width (centred in the frame) and the height / width of its map area.
COVER_MAP_WIDTH = 125 * mm
COVER_MAP_ASPECT = 0.5


def _cover_map(context: _Context, solutions: Sequence[Solution], width: float) -> Flowable | None:
    """A small vector map of the countries the solutions involve, the destination marked when
    it names a country ("Dakar, Senegal"); None when neither gives a country to show."""
    from ssc_desktop.maps import MapData, cover_drawing, find_country

    options = context.options
    data = MapData.from_solutions(solutions)
    destination = find_country(options.destination) if options.destination else None
    if not data.countries and destination is None:
        return None
    drawing = cover_drawing(
        data,
        destination=destination,
        width=min(width, COVER_MAP_WIDTH),
        language=options.language,
        aspect=COVER_MAP_ASPECT,
        text=map_text(),  # the brief's faces and shaping: Arabic joined, right to left, CJK
    )
    if options.grayscale:
        _gray(drawing)
    drawing.hAlign = "CENTER"
    # reportlab's renderer starts from Helvetica (a Type 1 font the brief does not embed).
    drawing.initialFontName = SANS  # type: ignore[attr-defined]
    return drawing


def _gray(node: Any) -> None:
    """Every fill and stroke as the gray of its luminance (the map's classes darken step by
    step, so they stay apart in gray)."""
    for name in ("fillColor", "strokeColor"):
        value = getattr(node, name, None)
        if isinstance(value, colors.Color):
            level = 0.2126 * value.red + 0.7152 * value.green + 0.0722 * value.blue
            setattr(node, name, colors.Color(level, level, level, alpha=value.alpha))
    for child in getattr(node, "contents", ()):
        _gray(child)


def _in_language_text(context: _Context, solutions: Sequence[Solution]) -> str:
    """How many solutions the brief prints in its own language ("5 of 6")."""
    count = count_in_language(solutions, context.options.language)
    return context.labels("count_of_total", count=count, total=len(solutions))


def _overview(context: _Context, solutions: Sequence[Solution], width: float) -> list[Flowable]:
    labels, styles, language = context.labels, context.styles, context.options.language
    fixed = {
        "number": 8 * mm,
        "countries": 36 * mm,
        "sdgs": 24.4 * mm,
        "lead": 30 * mm,
        "page": 11 * mm,
    }
    title_width = width - sum(fixed.values())
    header = [
        para(labels("col_number"), styles.cell_head),
        para(labels("col_title"), styles.cell_head),
        para(labels("col_countries"), styles.cell_head),
        para(labels("col_sdgs"), styles.cell_head),
        para(labels("col_lead"), styles.cell_head),
        para(
            labels("col_page"),
            styles.cell_head.clone("head_end", alignment=TA_LEFT if context.rtl else TA_RIGHT),
        ),
    ]
    rows: list[list[Any]] = [header]
    for number, solution in enumerate(solutions, start=1):
        countries = labels.join(
            vocab.country_name(code, language) for code in solution.country_codes
        )
        rows.append(
            [
                para(str(number), styles.cell),
                para(solution.title, styles.cell_bold),
                para(countries, styles.cell) if countries else _scope_para(context, solution),
                SdgChips(
                    solution.sdgs,
                    grayscale=context.options.grayscale,
                    size=4.8 * mm,
                    gap=0.8 * mm,
                    rtl=context.rtl,
                ),
                para(_lead_organisation(solution), styles.cell),
                _PageRef(context, _key(number)),
            ]
        )
    table = _table(
        rows,
        [
            fixed["number"],
            title_width,
            fixed["countries"],
            fixed["sdgs"],
            fixed["lead"],
            fixed["page"],
        ],
        context.palette,
        context.rtl,
        repeatRows=1,
    )
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.9, context.palette.text)]))
    # The table splits across pages (its header row repeats); the heading only needs room for the
    # first rows after it, not for the whole table as keepWithNext would ask.
    return [CondPageBreak(40 * mm), para(labels("overview"), styles.section_heading), table]


def _key(number: int) -> str:
    return f"solution-{number}"


def _facts(context: _Context, solution: Solution, width: float) -> Table | None:
    labels, styles, options = context.labels, context.styles, context.options
    language, compact = options.language, options.compact
    terms = vocab.terms()
    key_width = 27 * mm if compact else 30 * mm
    rows: list[list[Any]] = []

    def add(key: Flowable | list[Flowable], value: Flowable | list[Flowable] | None) -> None:
        if value:
            rows.append([key, value])

    by_role: dict[str, list[str]] = {}
    for country in solution.countries:
        by_role.setdefault(country.role, []).append(vocab.country_name(country.iso3, language))
    roles = [
        (terms["country_roles"][role].text(language), labels.join(names))
        for role in terms["country_roles"]
        if (names := by_role.get(role))
    ]
    if not roles:
        add(para(labels("countries"), styles.key), _scope_para(context, solution))
    elif compact and not context.rtl:
        colon = labels("colon").rstrip()
        markup = " · ".join(
            f"<b>{escape(role + colon)}</b> {escape(names)}" for role, names in roles
        )
        add(para(labels("countries"), styles.key), Paragraph(markup, styles.cell))
    else:
        add(
            para(labels("countries"), styles.key),
            [label_para(role, names, styles.cell, labels("colon")) for role, names in roles],
        )
    tile_width, tile_height = (30 * mm, 10 * mm) if compact else (33 * mm, 12 * mm)

    def tiles(goals: Sequence[int]) -> SdgTiles:
        return SdgTiles(
            goals,
            language,
            grayscale=options.grayscale,
            tile_width=tile_width,
            tile_height=tile_height,
            rtl=context.rtl,
        )

    if compact and solution.sdgs:
        key: list[Flowable] = [para(labels("sdgs"), styles.key)]
        if solution.primary_sdgs:
            primary = labels.join(str(goal) for goal in solution.primary_sdgs)
            key.append(para(labels("primary_list", goals=primary), styles.cell_note))
        add(key, tiles(solution.sdgs))
    else:
        if solution.primary_sdgs:
            add(para(labels("primary_sdgs"), styles.key), tiles(solution.primary_sdgs))
        if solution.secondary_sdgs:
            add(para(labels("other_sdgs"), styles.key), tiles(solution.secondary_sdgs))
    cooperation = (
        terms["cooperation_types"][solution.cooperation_type].text(language)
        if solution.cooperation_type
        else ""
    )
    modalities = labels.join(terms["modalities"][m].text(language) for m in solution.modalities)
    status = " ".join(
        part
        for part in (
            terms["statuses"][solution.status].text(language) if solution.status else "",
            _years(solution),
        )
        if part
    )
    money = ""
    if solution.budget is not None and solution.currency:
        money = f"{solution.currency} {labels.number(solution.budget)}"
    funding = " · ".join(part for part in (money, solution.funding_mechanism) if part)
    if compact:
        facts = [
            ("cooperation", " · ".join(part for part in (cooperation, modalities) if part)),
            ("status", " · ".join(part for part in (status, funding) if part)),
        ]
    else:
        facts = [
            ("cooperation", cooperation),
            ("modalities", modalities),
            ("status", status),
            ("funding", funding),
            ("themes", ", ".join(solution.themes)),
        ]
    for label, value in facts:
        if value:
            add(para(labels(label), styles.key), para(value, styles.cell))
    if not rows:
        return None
    return _table(rows, [key_width, width - key_width], context.palette, context.rtl)


def _summary_box(context: _Context, text: str, width: float) -> Table:
    rtl = starts_rtl(text) or context.rtl  # the bar at the start of the text's lines
    box = Table([[paras(text, context.styles.summary)]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (0, 0), SANS),
                ("LINEAFTER" if rtl else "LINEBEFORE", (0, 0), (0, 0), 2.2, context.palette.accent),
                ("LEFTPADDING", (0, 0), (0, 0), 0 if rtl else 7),
                ("RIGHTPADDING", (0, 0), (0, 0), 7 if rtl else 0),
                ("TOPPADDING", (0, 0), (0, 0), 1),
                ("BOTTOMPADDING", (0, 0), (0, 0), 1),
            ]
        )
    )
    return box


# An item of a list (a partner, a contact, a link, a source): its plain text, for right-to-left
# layout, and its markup (every piece of record text in it escaped).
Item = tuple[str, str]


def _organisation_item(context: _Context, organisation: Any) -> Item:
    terms, language = vocab.terms(), context.options.language
    name = organisation.name + (f" ({organisation.acronym})" if organisation.acronym else "")
    role = terms["organisation_roles"][organisation.role].text(language)
    kind = terms["organisation_types"][organisation.type].text(language)
    detail = f"{role} · {kind}"
    return f"{name} — {detail}", f"<b>{escape(name)}</b> — {escape(detail)}"


def _contact_item(contact: Any) -> Item:
    details = [part for part in (contact.title, contact.organisation) if part]
    reach = [part for part in (contact.email, contact.phone) if part]
    comma = "، " if starts_rtl(contact.name) else ", "
    plain = comma.join([contact.name, *details]) + (f" · {' · '.join(reach)}" if reach else "")
    markup = f"<b>{escape(contact.name)}</b>"
    if details:
        markup += ", " + escape(", ".join(details))
    if reach:
        markup += " · " + escape(" · ".join(reach))
    return plain, markup


def _url_markup(url: str, palette: Palette) -> str:
    if _LINKABLE.match(url):
        return (
            f'<a href="{escape_attribute(url)}" color="{palette.link.hexval()}">{escape(url)}</a>'
        )
    return escape(url)


def _link_item(context: _Context, label: str, url: str) -> Item:
    plain = f"{label} — {url}" if label else url
    return plain, (f"{escape(label)} — " if label else "") + _url_markup(url, context.palette)


def _source_item(context: _Context, number: int, source: Any, with_url: bool = True) -> Item:
    where = context.labels("paragraph", paragraph=source.paragraph) if source.paragraph else ""
    comma = "، " if starts_rtl(source.document) else ", "
    url = source.url if with_url else ""
    plain = f"{number}. {source.document}" + (f"{comma}{where}" if where else "")
    plain += f" — {url}" if url else ""
    markup = f"{number}. {escape(source.document)}" + (f", <b>{escape(where)}</b>" if where else "")
    if url:
        markup += " — " + _url_markup(url, context.palette)
    return plain, markup


def _scope(solution: Solution, language: str, labels: Labels) -> str:
    """What a solution without countries covers: its region(s), global, or "not stated".

    Only what the record says: a keyword or theme naming an M49 region (in any of the brief's
    languages: printed in the brief's), a known regional grouping ("Arab States", "Asia-Pacific":
    printed as the record writes it), or a worldwide scope ("global").
    """
    names: list[str] = []
    worldwide = False
    m49 = _m49_region_names()
    groupings = _regional_groupings()
    for word in (*solution.keywords, *solution.themes):
        key = _region_key(word)
        if key in _WORLDWIDE:
            worldwide = True
        elif key in m49:
            name = vocab.regions()[m49[key]]["name"]
            names.append(name.get(language) or name["en"])
        elif key in groupings:
            names.append(word.strip())
    unique = list(dict.fromkeys(names))
    if unique:
        return labels("scope_regional", regions=labels.join(unique))
    if worldwide:
        return labels("scope_global")
    return labels("scope_not_stated")


_WORLDWIDE = frozenset({"global", "worldwide", "world", "mondial", "mondiale", "mundial"})


def _region_key(text: str) -> str:
    return " ".join(re.sub(r"[-‐–—_/]", " ", text.replace("’", "'")).casefold().split())


@functools.cache
def _m49_region_names() -> dict[str, str]:
    """M49 region, sub-region and intermediate region names in every language -> code."""
    return {
        _region_key(name): code
        for code, entry in vocab.regions().items()
        for name in entry["name"].values()
    }


@functools.cache
def _regional_groupings() -> frozenset[str]:
    """Regional groupings the search knows (``resources/search/aliases.json``), not LDC/SIDS."""
    try:
        with (resources_dir() / "search" / "aliases.json").open(encoding="utf-8") as fh:
            aliases = json.load(fh).get("regions", {})
    except (OSError, ValueError):
        return frozenset()
    return frozenset(
        _region_key(alias)
        for alias, codes in aliases.items()
        if codes and all(str(code).isdigit() for code in codes)
    )


def _scope_para(context: _Context, solution: Solution) -> Flowable:
    text = _scope(solution, context.options.language, context.labels)
    return para(text, context.styles.cell_note)


_ASK_ORDER = ("implementing", "supported_by", "partner")


def _where_to_ask(context: _Context, solution: Solution) -> Item | None:
    """Where to ask about a solution with no public contact: its lead organisations (and the
    record's link to them, when it has one); else its sources. None when the record has neither.
    """
    labels = context.labels
    for role in _ASK_ORDER:
        chosen = [o for o in solution.organisations if o.role == role]
        if chosen:
            break
    else:
        if solution.sources:
            text = labels("ask_sources")
            return text, escape(text)
        return None
    names = [o.name + (f" ({o.acronym})" if o.acronym else "") for o in chosen]
    text = labels("ask_organisations", organisations=labels.join(names))
    before, _, after = labels("ask_organisations", organisations="\x00").partition("\x00")
    bold = labels.join(f"<b>{escape(name)}</b>" for name in names)
    markup = f"{escape(before)}{bold}{escape(after)}"
    link = _organisation_link(solution, chosen)
    if link:
        return f"{text} — {link}", f"{markup} — {_url_markup(link, context.palette)}"
    return text, markup


def _organisation_link(solution: Solution, organisations: Sequence[Any]) -> str:
    """The record's link to one of these organisations (its acronym or name in the link's label
    or address), "" when it has none: a link is never attributed to the wrong body."""
    for organisation in organisations:
        marks = [m.casefold() for m in (organisation.acronym, organisation.name) if len(m) >= 3]
        for link in solution.links:
            where = f"{link.label} {link.url}".casefold()
            if any(re.search(rf"(?<![a-z]){re.escape(m)}(?![a-z])", where) for m in marks):
                return link.url
    return ""


def _heading(context: _Context, label: str) -> list[Flowable]:
    """A heading that never ends a page: it starts a new one unless a few lines fit below it.

    (Not ``keepWithNext``, which would carry a whole long paragraph over and leave a gap.) In
    compact mode the section is kept together as a whole, so no break is wanted inside it.
    """
    styles = context.styles
    heading = para(label, styles.heading)
    if context.options.compact:
        return [heading]
    room = styles.heading.spaceBefore + styles.heading.leading + 3 * styles.body.leading
    return [CondPageBreak(room), heading]


def _list_block(context: _Context, label: str, items: Sequence[Item]) -> list[Flowable]:
    """A heading and one line per item; in compact mode one paragraph led by the label."""
    styles = context.styles
    lead = label + context.labels("colon").rstrip()
    if context.options.compact and context.rtl:
        return [BidiParagraph(f"{lead} " + "؛ ".join(plain for plain, _ in items), styles.body)]
    if context.options.compact and not any(has_rtl(plain) for plain, _ in items):
        markup = f"<b>{escape(lead)}</b> " + "; ".join(markup for _, markup in items)
        return [Paragraph(markup, styles.body)]
    return [
        *_heading(context, label),
        *(
            BidiParagraph(plain, styles.body) if has_rtl(plain) else Paragraph(markup, styles.body)
            for plain, markup in items
        ),
    ]


def _text_block(context: _Context, label: str, text: str) -> list[Flowable]:
    """A long text under its heading; in compact mode the label runs into the first line."""
    styles = context.styles
    parts = blocks(text)
    if context.options.compact and context.rtl:
        first_line = label_para(label, parts[0], styles.body, context.labels("colon"))
        return [first_line, *(para(part, styles.body) for part in parts[1:])]
    if context.options.compact and not has_rtl(text):
        first = Paragraph(f"<b>{escape(label)}.</b> " + markup_text(parts[0]), styles.body)
        return [first, *(Paragraph(markup_text(part), styles.body) for part in parts[1:])]
    return [*_heading(context, label), *(para(part, styles.body) for part in parts)]


def _section(
    context: _Context,
    solution: Solution,
    number: int,
    width: float,
    budget: int | None,
    source_urls: bool = True,
    *,
    rule: bool = False,
) -> list[Flowable]:
    """One solution's flowables; long texts cut to ``budget`` words each (compact mode), a rule
    above its heading when ``rule``."""
    labels, styles = context.labels, context.styles
    story: list[Flowable] = [
        *([_solution_rule(context)] if rule else []),
        _SectionMarker(context, _key(number), solution.title, number - 1),
        para(labels("solution_n_of", n=number, total=context.total).upper(), styles.kicker),
        para(solution.title, styles.title),
    ]
    if solution.subtitle:
        story.append(para(solution.subtitle, styles.subtitle))
    else:
        story.append(Spacer(0, 4))
    note = language_note(solution, labels)  # who translated it, or "in its original language"
    if note:
        story += [para(note, styles.small), Spacer(0, 3)]
    head = len(story)
    facts = _facts(context, solution, width)
    if facts is not None:
        story += [facts, Spacer(0, 5 if context.options.compact else 7)]
    if solution.summary.strip():
        story += [_summary_box(context, solution.summary, width), Spacer(0, 2)]
    if not context.options.compact and len(story) > head:
        # The heading never ends a page: it moves to the next one unless its first lines fit.
        needed = _height(story[:head], width, 1e6) + _first_lines(story[head], width, styles)
        story.insert(0, CondPageBreak(needed))
    abridged = False
    for name in LONG_FIELDS:
        text, cut = _words(getattr(solution, name), budget)
        abridged = abridged or cut
        if blocks(text):
            story += _text_block(context, labels(name), text)
    if solution.organisations:
        story += _list_block(
            context,
            labels("partners"),
            [_organisation_item(context, organisation) for organisation in solution.organisations],
        )
    public = [contact for contact in solution.contacts if contact.public]
    if public:
        story += _list_block(context, labels("contacts"), [_contact_item(c) for c in public])
    elif (ask := _where_to_ask(context, solution)) is not None:
        story += _list_block(context, labels("contacts"), [ask])
    if solution.links:
        story += _list_block(
            context,
            labels("links"),
            [_link_item(context, link.label, link.url) for link in solution.links],
        )
    if solution.sources:
        story += _list_block(
            context,
            labels("sources"),
            [
                _source_item(context, index, source, source_urls)
                for index, source in enumerate(solution.sources, start=1)
            ],
        )
    if abridged:
        story += [Spacer(0, 3), para(labels("abridged"), styles.small)]
    return story


def _first_lines(flowable: Flowable, width: float, styles: Styles) -> float:
    """The height of the start of a block that must follow its heading on the same page: a
    table's first two rows (rows are never split), or three lines of text."""
    _, height = flowable.wrap(width, 1e6)
    rows: list[float] = getattr(flowable, "_rowHeights", None) or []  # set by Table.wrap
    if isinstance(flowable, Table) and len(rows) > 1:
        return float(sum(rows[:2]))
    return float(min(height, 3 * styles.body.leading + 4))


def _height(flowables: Sequence[Flowable], width: float, limit: float) -> float:
    """An upper bound of the height the flowables take in a frame ``width`` wide."""
    total = 0.0
    for flowable in flowables:
        _, height = flowable.wrap(width, limit)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        if total > limit:
            break
    return total


def _solution_rule(context: _Context) -> HRFlowable:
    return HRFlowable(
        width="100%", thickness=0.8, color=context.palette.rule, spaceBefore=4, spaceAfter=6
    )


def _compact_section(
    context: _Context, solution: Solution, number: int, width: float, height: float
) -> Flowable:
    """A solution that fits one page: long texts shortened as much as needed."""
    rule = _solution_rule(context)
    attempts = [(budget, True) for budget in COMPACT_BUDGETS] + [(0, False)]
    for budget, source_urls in attempts:
        story = [rule, *_section(context, solution, number, width, budget, source_urls)]
        if _height(story, width, height) <= height:
            return KeepTogether(story)
    # Even without the long texts and the sources' addresses it is taller than a page (hundreds
    # of sources...): shrink it to fit, the one case where compact mode makes the type smaller.
    return KeepInFrame(width, height, story, mode="shrink")


# -- the document -------------------------------------------------------------------------------
def _catalogue_text(labels: Labels, options: BriefOptions) -> str:
    """What the brief says of its catalogue: only what the caller knows to be true."""
    provenance = options.provenance
    if provenance is not None:
        synced = provenance.last_sync_day
        if synced is not None:
            return labels("catalogue_as_of", date=labels.date(synced))
        if provenance.shipped_date is not None:
            return labels(
                "catalogue_shipped",
                version=provenance.shipped_version,
                date=labels.date(provenance.shipped_date),
            )
        return labels("catalogue_shipped_undated", version=provenance.shipped_version)
    return labels("catalogue_date_unknown")


def render(
    solutions: Sequence[Solution], options: BriefOptions, progress: Progress | None = None
) -> tuple[bytes, int]:
    """The PDF's bytes and its number of pages."""
    with _BUILD_LOCK:
        return _render(solutions, options, progress)


def _render(
    solutions: Sequence[Solution], options: BriefOptions, progress: Progress | None
) -> tuple[bytes, int]:
    register_fonts()
    # Each solution's texts in the brief's language where a translation exists (briefs.languages)
    solutions = [in_language(solution, options.language) for solution in solutions]
    labels = Labels(options.language)
    palette = GRAYSCALE if options.grayscale else COLOUR
    styles = make_styles(palette, options.compact, labels.rtl)
    context = _Context(
        options=options,
        labels=labels,
        palette=palette,
        styles=styles,
        total=len(solutions),
        progress=progress,
        catalogue_text=_catalogue_text(labels, options),
    )
    pagesize = A4 if options.paper == "a4" else LETTER
    frame_width = pagesize[0] - 2 * MARGIN_X
    frame_height = pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM
    buffer = io.BytesIO()
    subject = labels(
        "subject",
        destination=options.destination or "-",
        dates=options.dates or "-",
        count=len(solutions),
    )
    document = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=options.title,
        author=options.prepared_by or "SSC Desktop",
        subject=subject,
        creator=f"SSC Desktop {__version__}",
        keywords=[labels("keywords")],  # one string: reportlab joins a list with ", "
        invariant=1,
        lang=options.language,
        displayDocTitle=1,
        initialFontName=SANS,
        initialFontSize=9,
        initialLeading=12,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        frame_width,
        frame_height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    story: list[Flowable] = []
    story += _cover(context, solutions, frame_width)
    story += _overview(context, solutions, frame_width)
    story.append(PageBreak())
    for number, solution in enumerate(solutions, start=1):
        if number > 1 and options.page_per_solution:
            story.append(PageBreak())
        if options.compact:
            story.append(_compact_section(context, solution, number, frame_width, frame_height))
        else:
            # Solutions follow one another (a rule between them) unless each starts a page.
            rule = number > 1 and not options.page_per_solution
            story += _section(context, solution, number, frame_width, None, rule=rule)

    canvases: list[_BriefCanvas] = []

    def make_canvas(*args: Any, **kwargs: Any) -> _BriefCanvas:
        canvas = _BriefCanvas(*args, context=context, **kwargs)
        canvas.showOutline()
        canvases.append(canvas)
        return canvas

    document.build(story, canvasmaker=make_canvas)
    context.report(len(solutions))
    return buffer.getvalue(), canvases[-1].page_count
