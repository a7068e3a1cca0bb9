"""The six UN languages in the window: complete translations, plural forms, right to left, fonts,
and a pseudo-localisation pass that finds untranslated and cut-off text at 1366×768.

Pseudo-localisation: a translator that answers every ``tr()`` with the English text lengthened
by about 40 % with accented letters between markers (``⟦Ŝéàŕçĥ~~~⟧``). Any visible text of the
window without the markers did not go through ``tr()``; any label or button whose text needs
more room than it has is cut off in a longer language.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from ssc_desktop.gui import build_forms, fonts, i18n

# -- the .ts files -------------------------------------------------------------------------------
#: Qt's plural forms per language (Linguist's rules): ar 6, ru 3, zh 1, fr/es/en 2.
NUMERUS_FORMS = {"fr": 2, "es": 2, "en": 2, "ar": 6, "zh_CN": 1, "ru": 3}
_PLACEHOLDER = re.compile(r"%L?\d")


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(build_forms.translations_dir() / f"ssc_desktop_{language}.ts").getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


@pytest.mark.parametrize("language", build_forms.LANGUAGE_FILES)
def test_no_ts_has_unfinished_obsolete_or_vanished_entries(language: str) -> None:
    bad = []
    for context, message in _messages(language):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "obsolete", "vanished", "missing"):
            bad.append(f"{context}: {message.findtext('source')!r} is {kind}")
        elif translation is not None:
            texts = [f.text or "" for f in translation.findall("numerusform")]
            if not any(t.strip() for t in texts or [translation.text or ""]):
                bad.append(f"{context}: {message.findtext('source')!r} is empty")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("language", build_forms.TRANSLATED)
def test_translations_keep_placeholders_and_have_every_plural_form(language: str) -> None:
    problems = []
    for context, message in _messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            if len(forms) != NUMERUS_FORMS[language]:
                problems.append(f"{source!r}: {len(forms)} plural forms")
            texts = [f.text or "" for f in forms]
        else:
            texts = [translation.text or ""]
        for text in texts:
            if set(_PLACEHOLDER.findall(text)) != set(_PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r}")
        # The counted number itself: in every form of a language with several (Russian's "one"
        # form is also 21, 31...; Chinese has one form for all), except Arabic's 0/1/2 forms,
        # which name the number in words as Arabic does, and fr/es "every hour" (only n = 1).
        if message.get("numerus") == "yes" and "%" in source and language in ("ru", "zh_CN"):
            for text in texts:
                if not re.search(r"%L?n", text):
                    problems.append(f"{source!r}: {text!r} lacks the number")
    assert not problems, "\n".join(problems)


def test_no_sentence_is_assembled_from_a_plural_fragment() -> None:
    """A %n string is a whole sentence or label, never a piece glued to another ('(%n pages)')
    (a standalone count such as the results' "%Ln solution(s)" is a label of its own)."""
    fragments = [
        source
        for _context, message in _messages("fr")
        if message.get("numerus") == "yes"
        and re.fullmatch(r"\(%L?n [^)]+\)\.?", source := message.findtext("source") or "")
    ]
    assert fragments == []


def test_languages_are_named_in_themselves_and_compiled() -> None:
    assert i18n.LANGUAGES == {
        "en": "English", "fr": "Français", "es": "Español",
        "ar": "العربية", "zh": "中文", "ru": "Русский",
    }  # fmt: skip
    for code in i18n.LANGUAGES:
        assert build_forms.qm_file(code).is_file(), code


def test_plural_forms_follow_each_language(qapp: Any) -> None:
    """Russian picks one of three forms, Arabic one of six: the compiled .qm files answer so."""
    expected = {
        "ru": {1: "1 решение", 3: "3 решения", 5: "5 решений", 21: "21 решение"},
        "ar": {1: "حل واحد", 2: "حلان", 3: "3 حلول", 11: "11 حلًا", 100: "100 حل"},
        "zh": {1: "1 个解决方案", 7: "7 个解决方案"},
    }
    for language, cases in expected.items():
        translator = QTranslator()
        assert translator.load(str(build_forms.qm_file(language)))
        QCoreApplication.installTranslator(translator)
        try:
            for n, text in cases.items():
                got = QCoreApplication.translate("SearchController", "%Ln solution(s)", "", n)
                # %Ln writes the number in the default locale (C here): compare the words.
                assert got == text, (language, n, got)
        finally:
            QCoreApplication.removeTranslator(translator)


# -- fonts and right to left ---------------------------------------------------------------------
_BARE_MACHINE = """
import sys
from PySide6.QtGui import QFont, QTextLayout
from ssc_desktop.gui.app import application

app = application()

def families(text):
    layout = QTextLayout(text, QFont(app.font()))
    layout.beginLayout(); layout.createLine(); layout.endLayout()
    return sorted({run.rawFont().familyName() for run in layout.glyphRuns()})

print(families(sys.argv[1]), families(sys.argv[2]))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig: how a bare Linux machine looks")
def test_arabic_draws_with_the_bundled_fonts_on_a_machine_without_any_font(
    tmp_path: Path,
) -> None:
    """A fontconfig that knows no system font at all: the window still draws Arabic (and Latin
    and Cyrillic) with the fonts it brings; nothing needs installing."""
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _BARE_MACHINE, "حلول في الفهرس", "Решения, Results"],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )  # fmt: skip
    arabic, latin = ast.literal_eval(result.stdout.strip().splitlines()[-1].replace("] [", "], ["))
    assert arabic == ["Noto Sans Arabic"]
    assert latin == ["Noto Sans"]


def test_the_bundled_fonts_are_registered(qapp: Any) -> None:
    families = fonts.register_bundled_fonts()
    assert {"Noto Sans", "Noto Sans Arabic"} <= set(families)
    assert "Noto Sans Arabic" in QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    # Any Chinese font shipped in the folder (the briefs' CJK subset) is registered the same way.
    for path in fonts.bundled_font_files():
        assert QFontDatabase.addApplicationFont(str(path)) >= 0, path.name


def test_arabic_turns_the_window_right_to_left_and_back(
    make_window: Any, qtbot: Any, wait_search: Any
) -> None:
    from tests.gui.test_language import choose_language

    window = make_window()
    try:
        choose_language(window, qtbot, "ar")
        qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&ملف")
        assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.isRightToLeft() and window.ui.mainSplitter.isRightToLeft()
        assert window.ui.facetTree.isRightToLeft() if hasattr(window.ui, "facetTree") else True
        # The facets are first in reading order: on the right.
        facets = window.ui.mainSplitter.widget(0)
        qtbot.waitUntil(
            lambda: facets.mapTo(window, facets.rect().topLeft()).x() > window.width() // 2
        )
        assert window.search.facet_model.value_index("sdg", "2").data() == (
            "2. القضاء التام على الجوع"
        )
        assert window.search.facet_model.value_index("country", "KEN").data() == "كينيا"
        assert window.ui.countLabel.text() == "١٢ حلًا"
        assert QLocale().language() == QLocale.Language.Arabic
        again = make_window()  # the choice is remembered: the next start is in Arabic too
        assert again.shared.language == "ar" and again.isRightToLeft()
        assert again.ui.menuFile.title() == "&ملف"
        again.close()
        choose_language(window, qtbot, "ru")
        qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&Файл")
        assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert not window.isRightToLeft()
        assert window.ui.countLabel.text() == "12 решений"
        assert window.search.facet_model.value_index("sdg", "2").data() == "2. Ликвидация голода"
        choose_language(window, qtbot, "zh")
        qtbot.waitUntil(lambda: window.ui.menuFile.title() == "文件(&F)")
        assert window.ui.countLabel.text() == "12 个解决方案"
        assert window.search.facet_model.value_index("sdg", "2").data() == "2. 零饥饿"
    finally:
        window.context.translations.remove()
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_dates_and_numbers_follow_the_interface_language(qapp: Any) -> None:
    from datetime import date, datetime

    translations = i18n.Translations(QCoreApplication.instance())  # type: ignore[arg-type]
    try:
        translations.apply("ru")
        assert i18n.format_number(1234567) == "1\xa0234\xa0567"
        assert i18n.format_date(date(2026, 3, 5)) == "05.03.2026"
        translations.apply("ar")
        assert i18n.format_number(12) == "١٢"
        translations.apply("zh")
        assert i18n.format_date(date(2026, 3, 5)) == "2026/3/5"
        stamp = datetime(2026, 3, 5, 14, 5, tzinfo=UTC)
        assert i18n.format_datetime(stamp, local_time=False) == "2026/3/5 14:05"
        translations.apply("en")
        assert i18n.format_date(date(2026, 3, 5)) == "2026-03-05"
        assert i18n.format_number(1234567) == "1,234,567"
    finally:
        translations.remove()


# -- pseudo-localisation -------------------------------------------------------------------------
OPEN, CLOSE = "⟦", "⟧"
_ACCENTS = str.maketrans(
    "aceinosuyzACEINOSUYZ",
    "àçéîñöšûýžÀÇÉÎÑÖŠÛÝŽ",
)
_KEEP = re.compile(r"(%L?n|%\d|&&|&.|<[^>]*>|\(\*[^)]*\)|https?://\S+)")


def pseudo(text: str) -> str:
    """``Search`` → ``⟦Šéàŕçĥ~~⟧``: accented, 40 % longer, placeholders and mnemonics kept."""
    if not text or not re.search(r"[A-Za-z]", text):
        return text
    parts = _KEEP.split(text)
    body = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    padding = "~" * max(1, round(len(text) * 0.4))
    return f"{OPEN}{body}{padding}{CLOSE}"


class PseudoTranslator(QTranslator):
    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


def _visible_texts(window: QWidget) -> list[tuple[QWidget | QMenu, str, str]]:
    """(widget, what, text) for every visible piece of interface text."""
    found: list[tuple[QWidget | QMenu, str, str]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and widget.text():
            found.append((widget, "label", widget.text()))
        elif isinstance(widget, QAbstractButton) and widget.text():
            found.append((widget, "button", widget.text()))
        elif isinstance(widget, QGroupBox) and widget.title():
            found.append((widget, "group", widget.title()))
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            found.append((widget, "placeholder", widget.placeholderText()))
        if widget.toolTip():
            found.append((widget, "tooltip", widget.toolTip()))
    for action in window.menuBar().actions():
        found.append((window.menuBar(), "menu", action.text()))
        menu = action.menu()
        if isinstance(menu, QMenu):
            found += [(menu, "menu item", a.text()) for a in menu.actions() if a.text()]
    return found


def _is_data(text: str) -> bool:
    """Text that is not interface wording (numbers, names typed by the user, SSC Desktop)."""
    return not re.search(r"[A-Za-z]{2}", text) or text in {"SSC Desktop"}


@pytest.fixture
def pseudo_window(make_window: Any, qtbot: Any) -> Any:
    window = make_window()
    window.context.translations.remove()
    translator = PseudoTranslator(QApplication.instance())
    QApplication.instance().installTranslator(translator)
    qtbot.waitUntil(lambda: window.ui.menuFile.title().startswith(OPEN))
    window.resize(1366, 768)
    window.prefs.reset_layout()
    # A filled basket shows the mission's fields and buttons too (an empty one is a hint).
    window.basket.add_to_basket(list(window.search.results_model.ids[:2]))
    qtbot.waitUntil(window.ui.basketView.isVisible)
    qtbot.wait(50)
    yield window
    QApplication.instance().removeTranslator(translator)


def test_pseudo_localisation_finds_no_untranslated_text(pseudo_window: Any) -> None:
    window = pseudo_window
    untranslated = sorted(
        {
            f"{type(w).__name__} {w.objectName() or ''} {what}: {text!r}"
            for w, what, text in _visible_texts(window)
            if OPEN not in text and not _is_data(text)
        }
    )
    assert untranslated == [], "\n".join(untranslated)


def test_pseudo_localisation_finds_no_text_cut_off_at_1366x768(pseudo_window: Any) -> None:
    window = pseudo_window
    assert window.width() <= 1366 and window.height() <= 768
    cut = []
    checked = 0
    for widget, what, text in _visible_texts(window):
        if what not in ("label", "button") or not isinstance(widget, QWidget):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or OPEN not in text):
            continue
        checked += 1
        if widget.sizeHint().width() > widget.width() + 1:
            cut.append(
                f"{type(widget).__name__} {widget.objectName()}: {text!r} needs "
                f"{widget.sizeHint().width()} px, has {widget.width()}"
            )
    assert checked > 15, "the labels and buttons of the window were looked at"
    assert cut == [], "\n".join(cut)
