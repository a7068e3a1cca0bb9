"""Text that prints right: literal markup, Arabic and Cyrillic, three languages, long texts."""

from __future__ import annotations

import re
import uuid

import pytest

from ssc_desktop.domain import vocab
from ssc_desktop.domain.model import MAX_LONG_TEXT, Solution
from tests.briefs.pdfs import Built, build, embedded_fonts, flat, font_names, nfkc, to_unicode
from tests.support.records import make_solution

MARKUP = [
    "<para>",
    '<img src="/etc/passwd" width="500" height="500"/>',
    '<a href="http://evil.example/track">click me</a>',
    "&amp; &nbsp; &lt; &#65;",
    "<font size=40 color=red>BIG</font>",
    '<onDraw name="showPage" label="x"/>',
    "<br/><br/><br/>",
    "]]> <![CDATA[ x ]]>",
    "a < b && c > d",
]


def _markup_solution(text: str) -> Solution:
    return make_solution(
        title="Markup " + text[:40],
        subtitle=text[:300],
        summary=" ".join(MARKUP),
        challenge="\n\n".join(MARKUP),
        countries=[{"iso3": "IND", "role": "provider"}],
        organisations=[
            {
                "name": "<b>Org</b> & Co",
                "acronym": "<i>",
                "role": "partner",
                "type": "civil_society",
            }
        ],
        contacts=[
            {
                "name": "<u>Name</u>",
                "title": "<strike>t</strike>",
                "organisation": "&",
                "email": "a@b.org",
                "phone": "<1>",
                "public": True,
            }
        ],
        links=[{"url": 'https://example.org/a?b=1&c=<2>"x', "label": "<a href='x'>label</a>"}],
        sources=[{"document": "<seq/> report", "paragraph": "<1>", "url": ""}],
    )


def test_markup_in_any_field_prints_literally() -> None:
    solutions = [_markup_solution(text) for text in MARKUP]
    built = build(solutions)
    text = flat(built.text())
    for item in MARKUP:
        assert flat(item) in text, item
    for item in (
        "<b>Org</b> & Co (<i>)",
        "<u>Name</u>",
        "<strike>t</strike>",
        "<seq/> report",
        "para. <1>",
        "<a href='x'>label</a>",
    ):
        assert flat(item) in text, item
    assert built.outline() == [solution.title for solution in solutions]


def test_markup_loads_nothing_and_changes_no_layout() -> None:
    built = build([_markup_solution(MARKUP[1])])
    plain = build([_markup_solution("x" * len(MARKUP[1]))])
    reader = built.reader
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        assert not xobjects, "an image was loaded"
        for annotation in page.get("/Annots", []) or []:
            action = annotation.get_object().get("/A", {})
            assert "evil.example" not in str(action.get("/URI", ""))
    assert built.info.pages == plain.info.pages
    sizes: set[float] = set()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.add(round(size * abs(tm[0] or 1) * abs(cm[0] or 1), 1))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert max(sizes) <= 24.0  # the cover title; "<font size=40>" made nothing bigger


def test_russian_and_arabic_text_come_back_out() -> None:
    russian = make_solution(
        title="Цифровая платформа для малых фермеров",
        subtitle="Обмен опытом между Казахстаном и Кыргызстаном",
        summary="Фермеры получают прогнозы погоды и цены на рынке через мобильные телефоны.",
        countries=[{"iso3": "KAZ", "role": "provider"}, {"iso3": "KGZ", "role": "recipient"}],
    )
    arabic_title = "منصة المعرفة للأمن الغذائي في المنطقة العربية"
    arabic_summary = "تتعاون وزارات الزراعة في مصر والأردن وتونس لتبادل المعرفة حول الري"
    arabic = make_solution(
        title=arabic_title,
        summary=arabic_summary,
        language="ar",
        contacts=[
            {
                "name": "ليلى حسن",
                "title": "منسقة",
                "organisation": "برنامج الأمم المتحدة",
                "email": "layla@example.org",
                "phone": "",
                "public": True,
            }
        ],
        sources=[{"document": "تقرير الأمين العام", "paragraph": "17", "url": ""}],
    )
    built = build([russian, arabic])
    texts = built.texts()
    for value in (russian.title, russian.subtitle, russian.summary):
        assert value in built.text()
    section = texts[built.reader.get_destination_page_number(built.reader.outline[1])]
    # Shaped: the PDF holds the letters' contextual forms (Arabic presentation forms)...
    assert re.search("[\ufe70-\ufeff]", section)
    # ...which are the record's words once normalised back,
    words = set(re.findall(r"[^\s\u060c.,·()]+", nfkc(section)))
    for value in (arabic_title, arabic_summary, "ليلى حسن", "تقرير الأمين العام"):
        for word in value.split():
            assert word in words, word
    # ...laid out right to left: the title's last word is leftmost, so it is read out first.
    title_line = next(
        line for line in nfkc(section).splitlines() if "العربية" in line or "منصة" in line
    )
    start = nfkc(section).find(title_line)
    block = nfkc(section)[start : start + 200]
    assert block.find("العربية") < block.find("منصة")
    assert built.outline() == [russian.title, arabic_title]


def test_every_font_is_bundled_and_embedded() -> None:
    built = build([make_solution(title="Résumé — «Сотрудничество» — التعاون")])
    names = set()
    for page in built.reader.pages:
        for reference in page["/Resources"].get("/Font", {}).values():
            font = reference.get_object()
            assert font["/Subtype"] == "/TrueType"
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
            names.add(str(font["/BaseFont"]).split("+", 1)[1])
    assert names <= {
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSans-Italic",
        "NotoSansArabic-Regular",
        "NotoSansArabic-Bold",
        "WenQuanYiMicroHei",
    }
    assert {"NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Bold"} <= names


@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_french_and_spanish_briefs_speak_their_language() -> None:
    solution = make_solution(
        countries=[{"iso3": "IND", "role": "provider"}, {"iso3": "KEN", "role": "recipient"}]
    )
    french = build([solution], language="fr")
    texts = french.texts()
    for value in (
        "NOTE DE MISSION",
        "Vue d’ensemble",
        "Préparée par",
        "Catalogue à jour de la dernière synchronisation du 20 novembre 2026",
        "SOLUTION 1 SUR 1",
        "Défi",
        "Durabilité et reproduction",
        "Triangulaire",
        "par. 12",
    ):
        assert value in french.text(), value
    # French spacing: a (narrow no-break) space before the colon and between thousands.
    assert re.search(r"Fournisseur\s:\sInde", french.text())
    assert re.search(r"USD 250\s000", french.text())
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} sur {len(texts)}" in text
    assert flat(vocab.sdgs()[2].label("fr").upper()) in flat(french.text())
    assert french.reader.trailer["/Root"]["/Lang"] == "fr"

    spanish = build([solution], language="es")
    for value in (
        "NOTA DE MISIÓN",
        "Resumen general",
        "Desafío",
        "Sostenibilidad y replicación",
        "20 de noviembre de 2026",
        "USD 250.000",
        "párr. 12",
        f"Proveedor: {vocab.country_name('IND', 'es')}",
    ):
        assert value in spanish.text(), value
    for number, text in enumerate(spanish.texts(), start=1):
        assert f"Página {number} de {len(spanish.texts())}" in text
    assert flat(vocab.sdgs()[13].label("es").upper()) in flat(spanish.text())
    # The records' own text stays as written.
    assert solution.challenge in spanish.text()


FOOTER = "Mission to Nairobi · Nairobi, Kenya"


def _long_solutions(count: int) -> list[Solution]:
    solutions = []
    for number in range(count):
        fields = {}
        for index, name in enumerate(("challenge", "solution", "results", "sustainability")):
            words = [f"s{number}f{index}w{k}" for k in range(280)]
            words[40] = f"https://example.org/s{number}f{index}/" + "segment/" * 25
            words[90] = f"Unbreakable{number}x{index}" + "abcdefghij" * 12
            fields[name] = " ".join(words[:150]) + "\n\n" + " ".join(words[150:])
        if number == 7:
            fields["solution"] = " ".join(f"giant{k}" for k in range(MAX_LONG_TEXT // 10))[
                :MAX_LONG_TEXT
            ].rsplit(" ", 1)[0]
        solutions.append(
            make_solution(
                id=str(uuid.UUID(int=number + 1)),
                title=f"Long solution number {number}",
                sources=[
                    {"document": f"Document {number}", "paragraph": str(100 + number), "url": ""}
                ],
                **fields,
            )
        )
    return solutions


@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_fifty_long_solutions_paginate_without_losing_a_word() -> None:
    solutions = _long_solutions(50)
    built = build(solutions)
    texts = built.texts()
    bodies = []
    for number, text in enumerate(texts, start=1):
        end = text.rfind(f"Page {number} of {len(texts)}")  # the footer comes last
        assert end > 0 and FOOTER in text[end:]
        bodies.append(text[:end])
    body = flat("".join(bodies))
    for solution in solutions:
        assert flat(solution.title) in body
        for name in ("challenge", "solution", "results", "sustainability"):
            assert flat(getattr(solution, name)) in body, (solution.title, name)
        source = solution.sources[0]
        assert flat(f"{source.document}, para. {source.paragraph}") in body
    assert len(built.outline()) == 50
    assert built.info.pages > 100


def _ideographs_in_embedded_fonts(built: Built) -> set[str]:
    """Characters of the CJK ranges that a Latin or Arabic (Noto) font was asked to draw, read
    from each subset's ToUnicode map: there they would print as empty boxes."""
    found: set[str] = set()
    for page in built.reader.pages:
        for reference in page["/Resources"].get("/Font", {}).values():
            font = reference.get_object()
            if "Noto" not in str(font["/BaseFont"]):
                continue
            for char in to_unicode(font):
                if "\u2e80" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af":
                    found.add(char)
    return found


def test_chinese_japanese_and_korean_print_with_cjk_fonts() -> None:
    chinese = make_solution(
        title="南南合作促进农村太阳能灌溉",
        subtitle="中国与埃塞俄比亚分享小型太阳能水泵的经验",
        summary="这个项目帮助小农户使用太阳能水泵灌溉农田，降低了柴油成本并提高了产量。" * 5,
        language="zh",
    )
    japanese = make_solution(
        title="ソーラーポンプの知識共有 in Kenya", summary="農家がポンプを共有する。"
    )
    korean = make_solution(
        title="디지털 농업 지식 공유 플랫폼", summary="한국과 베트남이 농업 기술을 공유합니다."
    )
    built = build([chinese, japanese, korean], title="使命 Mission à Addis 团队")
    text = flat(built.text())
    for value in (chinese.title, chinese.subtitle, japanese.summary, korean.title, "使命"):
        assert flat(value) in text, value
    assert flat(chinese.summary[:37]) in text  # a long run of ideographs, broken across lines
    assert built.outline() == [chinese.title, japanese.title, korean.title]
    # One embedded (subset) TrueType face draws Chinese, kana and Hangul: no standard CJK font
    # that a reader without the Adobe Asian font pack would show as boxes (issue 16).
    cjk_fonts = embedded_fonts(built, "WenQuanYiMicroHei")
    assert cjk_fonts and all(font["/Subtype"] == "/TrueType" for font in cjk_fonts)
    assert all("/FontFile2" in font["/FontDescriptor"].get_object() for font in cjk_fonts)
    assert not [name for name in font_names(built) if "STSong" in name or "HYSMyeongJo" in name]
    drawn = {char for font in cjk_fonts for char in to_unicode(font)}
    assert set(flat(chinese.title + korean.title + "ソーラーポンプ")) <= drawn
    assert _ideographs_in_embedded_fonts(built) == set()


def test_ideographs_break_lines_anywhere_and_footers_shorten() -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from ssc_desktop.briefs.fonts import CJK, SANS, register_fonts
    from ssc_desktop.briefs.text import escape, escape_attribute, line_runs, para

    register_fonts()
    style = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=12)
    text = "这个项目帮助小农户使用太阳能水泵灌溉农田，降低了柴油成本并提高了产量。" * 3
    paragraph = para(text + " and English words at the end", style)
    paragraph.wrap(200, 1000)
    lines = paragraph.blPara.lines
    assert len(lines) >= 5
    for line in lines:
        width = sum(stringWidth(w.text, w.fontName, w.fontSize) for w in line.words)
        assert width <= 200.01
    runs = line_runs("团队 " + "中" * 300, SANS, 7.6, 120)
    assert sum(width for _, _, width in runs) <= 120
    assert runs[-1][0].endswith("…") and {face for _, face, _ in runs} == {SANS, CJK}
    assert escape("<b>中文</b>") == f'&lt;b&gt;<font name="{CJK}">中文</font>&lt;/b&gt;'
    assert escape_attribute('中"文') == "中&quot;文"


def test_scripts_without_a_bundled_font_do_not_stop_the_brief() -> None:
    title = "南南合作 solar 🌞 हिन्दी ✓ → ★ שלום"
    built = build([make_solution(title=title, summary="CJK 中文 and emoji 🌍 in a summary")])
    assert built.outline() == [title]  # the outline keeps the exact text
    section = built.texts()[1]
    assert "solar" in section and "in a summary" in section
