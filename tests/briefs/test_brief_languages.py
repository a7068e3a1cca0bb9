"""Briefs in the six UN languages (issue 16): labels, dates and numbers in each; an Arabic brief
laid out right to left with its vowel marks; Chinese drawn with an embedded font. Read back with
pypdf and drawn with poppler's pdftoppm (which has no CJK font of its own here)."""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import pytest

from ssc_desktop import maps
from ssc_desktop.app.briefs import BRIEF_LANGUAGES
from ssc_desktop.briefs import LANGUAGES
from ssc_desktop.briefs.labels import Labels
from ssc_desktop.cli.main import build_parser
from ssc_desktop.domain import vocab
from tests.briefs.pdfs import (
    MM,
    Built,
    build,
    embedded_fonts,
    flat,
    font_names,
    ink,
    nfkc,
    render,
    shown,
    to_unicode,
)
from tests.support.records import make_solution

MARKS = re.compile("[\u064b-\u0652]")
# With its vowel marks: "the knowledge platform for food security" (fatha, damma, kasra, shadda,
# sukun, and a shadda carrying a kasra).
VOCALISED = "مَنَصَّةُ المَعْرِفَةِ لِلأَمْنِ الغِذَائِيِّ"
ENGLISH_MONTHS = re.compile(
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)


def _brief(language: str, *solutions: object, **changes: object) -> Built:
    records = list(solutions) or [make_solution(budget=1_500_000.0)]
    return build(records, language=language, dates="", **changes)  # type: ignore[arg-type]


def test_six_languages_from_one_list() -> None:
    assert LANGUAGES == BRIEF_LANGUAGES == ("en", "fr", "es", "ar", "zh", "ru")
    brief = next(
        action
        for action in build_parser()._subparsers._group_actions  # type: ignore[union-attr]
        if isinstance(action, argparse._SubParsersAction)
    ).choices["brief"]
    language = next(a for a in brief._actions if a.dest == "language")
    assert tuple(language.choices or ()) == LANGUAGES
    for key in ("not_translated", "not_translated_original"):  # for the translation wiring
        assert len({Labels(code)(key) for code in LANGUAGES}) == len(LANGUAGES)


@pytest.mark.parametrize(
    ("language", "words", "date", "budget"),
    [
        (
            "ru",
            ["Обзор", "Решение 1 из 1", "Страница 1 из 2", "Партнеры"],
            "20 ноября 2026 г.",
            "1\u00a0500\u00a0000",
        ),
        (
            "zh",
            ["概览", "解决方案1（共1个）", "第1页，共2页", "伙伴"],
            "2026年11月20日",
            "1,500,000",
        ),
        (
            "ar",
            ["لمحة عامة", "الشركاء", "جهات الاتصال"],
            "20 تشرين الثاني/نوفمبر 2026",
            "1,500,000",
        ),
    ],
)
def test_a_brief_speaks_its_language(
    language: str, words: list[str], date: str, budget: str
) -> None:
    """Labels, the date of the last sync (month names in the language, never English ones) and
    the budget's thousands separator, read back from the PDF."""
    built = _brief(language)
    text = nfkc(built.text()) if language == "ar" else built.text()
    compact = flat(text)
    for label in words:  # Arabic read back word by word (in display order)
        for word in label.split() if language == "ar" else [label]:
            assert flat(word).casefold() in compact.casefold(), word
    assert ENGLISH_MONTHS.search(text) is None
    if language == "ar":  # displayed right to left: compare the words, not their order
        assert set(re.split(r"[\s/]", date)) <= set(re.findall(r"[^\s·/]+", text))
    else:
        assert flat(date) in compact
        assert re.search(budget.replace("\u00a0", "[\\s\u00a0]"), text), budget


def test_arabic_vowel_marks_are_kept_and_drawn(tmp_path: Path) -> None:
    plain = MARKS.sub("", VOCALISED)
    vocalised = _brief("ar", make_solution(title=VOCALISED, language="ar"))
    bare = _brief("ar", make_solution(title=plain, language="ar"))
    section = nfkc(vocalised.texts()[1])
    # Every mark of the title is in the PDF's text (fatha, damma, kasra, shadda, sukun), each
    # word read back whole with its marks in the order they were typed.
    # (at least once: the page may also hold the overview's row of the same title)
    assert Counter(MARKS.findall(section)) >= Counter(MARKS.findall(VOCALISED))
    assert {"\u064e", "\u064f", "\u0650", "\u0651", "\u0652"} <= set(MARKS.findall(section))
    assert set(VOCALISED.split()) <= set(section.split())
    # Marks are drawn: the vocalised title has more ink than the same letters bare, within the
    # title's band (marks sit on their letters, not on a line of their own).
    assert vocalised.info.pages == bare.info.pages
    spot = next(s for s in shown(vocalised, 1) if "\u064e" in s.text)
    band: list[int] = []
    for built, folder in ((vocalised, "v"), (bare, "b")):
        page = render(built.data, tmp_path / folder)[1]
        scale = page.width / (210 * MM)
        top, bottom = int((297 * MM - spot.y - 24) * scale), int((297 * MM - spot.y + 8) * scale)
        band.append(ink(page, (0, top, page.width, bottom)))
    assert band[0] > band[1] * 1.05


def test_an_arabic_brief_is_mirrored(tmp_path: Path) -> None:
    """The overview's columns run right to left (number, title, countries, SDGs, lead, page),
    the cover's labels are on the right, the page number is at the left end of the footer."""
    built = _brief("ar", make_solution(), make_solution(title="Mobile money for cooperatives"))
    strings = shown(built, 0)

    def x_of(pattern: str) -> float:
        return next(s.x for s in strings if re.search(pattern, nfkc(s.text)))

    # The overview is on the cover page, under the cover map; its countries column names the
    # countries in Arabic (the vocabulary's UN names), each name drawn as its own string.
    india = re.escape(vocab.country_name("IND", "ar"))
    title, countries, lead = x_of("^Solar"), x_of(india), x_of("Ministry")
    assert title > countries > lead
    row = next(s.y for s in strings if s.text.startswith("Solar"))
    # (the cover map's legend has a "1" too, a class of its scale: the row's is on its baseline)
    number = next(s for s in strings if s.text.strip() == "1" and s.x > title and s.y == row)
    page_refs = [s for s in strings if re.fullmatch(r"\d+", s.text.strip()) and s.x < lead]
    assert number.x > 150 * MM and page_refs and all(s.x < 40 * MM for s in page_refs)
    assert x_of("Nairobi") < 130 * MM  # the cover's value, left of its label
    page_line = max(s.y for s in strings if s.y < 15 * MM)  # the footer's first line
    footer = [s for s in strings if s.y == page_line and re.fullmatch(r"\s*\d+\s*", s.text)]
    assert footer and all(s.x < 60 * MM for s in footer)
    english = shown(_brief("en", make_solution()), 0)
    english_footer = [s for s in english if s.y < 15 * MM and re.search(r"Page \d", s.text)]
    assert english_footer and english_footer[0].x > 150 * MM
    # Drawn: the heading "overview" is right-aligned (ink on the right of its band, none left).
    page = render(built.data, tmp_path)[0]
    scale = page.width / (210 * MM)
    band = next(s for s in strings if "ﺔﻣﺎﻋ" in s.text or "عامة" in nfkc(s.text))
    top = int((297 * MM - band.y - 14) * scale)
    bottom = int((297 * MM - band.y + 4) * scale)
    assert ink(page, (page.width // 2, top, page.width, bottom)) > 20
    assert ink(page, (0, top, page.width // 2, bottom)) == 0


def test_a_chinese_brief_embeds_its_font_and_draws_without_one(tmp_path: Path) -> None:
    title = "南南合作促进农村太阳能灌溉"
    summary = "这个项目帮助小农户使用太阳能水泵灌溉农田，降低了柴油成本并提高了产量。"
    built = _brief("zh", make_solution(title=title, summary=summary, language="zh"))
    text = flat(built.text())
    for value in (title, summary, "概览", "挑战", "成果"):
        assert flat(value) in text, value
    fonts = embedded_fonts(built, "WenQuanYiMicroHei")
    assert fonts
    for font in fonts:
        descriptor = font["/FontDescriptor"].get_object()
        assert font["/Subtype"] == "/TrueType" and "/FontFile2" in descriptor
    assert set(title + summary) - set("，。") <= {c for f in fonts for c in to_unicode(f)}
    assert not {name for name in font_names(built) if "STSong" in name or "HYSMyeong" in name}
    # poppler here has no CJK font installed: the title is drawn only from the embedded glyphs.
    page = render(built.data, tmp_path)[1]
    spot = next(s for s in shown(built, 1) if title[:4] in s.text)
    scale = page.width / (210 * MM)
    top = int((297 * MM - spot.y - 17) * scale)
    bottom = int((297 * MM - spot.y + 4) * scale)
    assert ink(page, (0, top, page.width, bottom)) > 300


# What an English label left in a brief of another language reads like: the cover's count, the
# note on an untranslated solution, the cover map's legend (its class "none"), "X of Y".
ENGLISH_LABELS = re.compile(
    r"Solutions in|Not yet translated|into English|Translated from|Destination|\bnone\b"
    r"|\b\d+ of \d+\b|Country involved|do not imply"
)


@pytest.mark.parametrize("language", ["ar", "zh", "ru"])
@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_a_brief_of_english_records_has_no_english_label(language: str) -> None:
    """Every label of the brief and of its cover map in the brief's language (none falls back
    to English), every glyph drawn from a font that has it (no NUL), the cover map's disclaimer
    and legend in the language."""
    built = _brief(
        language,
        make_solution(),
        make_solution(title="Mobile money for cooperatives"),
        destination="Nairobi, Kenya",
    )
    raw = built.text()
    assert "\x00" not in raw
    text = nfkc(raw)
    assert ENGLISH_LABELS.search(text) is None, ENGLISH_LABELS.search(text)
    labels = Labels(language)
    cover = nfkc(built.texts()[0])
    for expected in (
        maps.disclaimer(language),
        maps.label("legend_counts", language),
        maps.label("destination", language),
        labels("solutions_in_language"),
        labels("count_of_total", count=0, total=2),
    ):
        for word in _words(expected, language):
            assert flat(nfkc(word)) in flat(cover), (language, word)
    note = labels("not_translated_note", language=labels("language_en"))
    for word in _words(note, language):
        assert flat(nfkc(word)) in flat(nfkc(built.texts()[1])), (language, word)


def _words(text: str, language: str) -> list[str]:
    """Arabic is read back in display order (punctuation on the other side of its word): its
    words without punctuation; other languages' text whole."""
    if language != "ar":
        return [text]
    return [word for word in re.findall(r"[^\s.:(),،]+", text)]


def test_an_arabic_cover_map_reads_right_to_left() -> None:
    """The legend starts at the right ("Solutions", then its classes, then the destination to
    their left); in English it starts at the left. Its words are shaped Arabic letters."""
    records = [make_solution(), make_solution(title="Mobile money for cooperatives")]
    positions = {}
    for language in ("ar", "en"):
        strings = shown(_brief(language, *records, destination="Nairobi, Kenya"), 0)
        heading = maps.label("legend_counts", language)
        marker = maps.label("destination", language)
        # (the cover's table has a "Destination" too: the legend's pair is on one baseline)
        positions[language] = next(
            [one.x, other.x]
            for one in strings
            if nfkc(one.text).strip() == heading
            for other in strings
            if nfkc(other.text).strip() == marker and other.y == one.y
        )
    (ar_heading, ar_marker), (en_heading, en_marker) = positions["ar"], positions["en"]
    assert ar_heading > ar_marker and en_heading < en_marker
    assert ar_heading > 105 * MM > en_heading  # the right half of the page, and the left
