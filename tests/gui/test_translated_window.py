"""Reading in your language: the window shows a solution's translation into the interface
language (saying who translated it), one click shows the original; the result list and the
basket follow the same rule (issue 11)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor

from ssc_desktop.domain.model import Solution, TranslatedBy, Translation, TranslatorKind
from ssc_desktop.gui.detail import SHOW_ORIGINAL, SHOW_TRANSLATION
from ssc_desktop.gui.models import IdRole
from tests.gui.conftest import gui_records

SCHOOL = "School feeding with local produce"
SCHOOL_FR = "Alimentation scolaire avec des produits locaux"
CENSUS = "Census data with tablets"


def _french(record: Solution, title: str, by: TranslatedBy, source_revision: int) -> Translation:
    return Translation(
        title=title,
        subtitle="Sous-titre traduit",
        summary=f"{title}, partagée entre partenaires du Sud.",
        challenge="Le défi, en français.",
        solution="La solution, pas à pas.",
        results="Des résultats mesurés.",
        sustainability="Comment elle dure et se diffuse.",
        themes=["coopération"],
        keywords=[k + "-fr" for k in record.keywords],
        source_revision=source_revision,
        translated_by=by,
        translated_at="2026-11-30T00:00:00Z",  # type: ignore[arg-type]
    )


@pytest.fixture
def records() -> list[Solution]:
    """The window's twelve records; two have a French version: School feeding (machine,
    current), Early warning (a person's, made from an older revision: out of date)."""
    out = []
    for record in gui_records():
        if record.title == SCHOOL:
            by = TranslatedBy(kind=TranslatorKind.MACHINE, name="SSC Desktop seed translation")
            record = record.model_copy(
                update={"translations": {"fr": _french(record, SCHOOL_FR, by, 1)}}
            )
        elif record.title.startswith("Early warning"):
            by = TranslatedBy(kind=TranslatorKind.PERSON, name="Awa Diop")
            record = record.model_copy(
                update={
                    "revision": 3,
                    "translations": {"fr": _french(record, "Alerte précoce côtière", by, 2)},
                }
            )
        out.append(record)
    return out


def _french_settings(settings_file: Path) -> None:
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings.setValue("interface/language", "fr")
    settings.sync()


def _row_of(window: Any, title: str) -> int:
    model = window.search.results_model
    for row in range(model.rowCount()):
        if model.index(row).data() == title:
            return row
    raise AssertionError(f"{title!r} is not listed: {[model.index(r).data() for r in range(12)]}")


def _show(window: Any, qtbot: Any, title: str) -> str:
    model = window.search.results_model
    index = model.index(_row_of(window, title))
    with qtbot.waitSignal(window.detail.detail_shown, timeout=10_000):
        window.ui.resultsView.setCurrentIndex(index)
    return str(index.data(IdRole))


def click_link(browser: Any, qtbot: Any, href: str) -> None:
    """Click the link to ``href`` in a text browser, as a reader does."""
    document = browser.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + 1)
                point = browser.cursorRect(cursor).center()
                qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
                return
            fragments += 1
        block = block.next()
    raise AssertionError(f"no link to {href!r}")


def test_a_french_window_shows_the_translation_with_its_note_and_the_original_on_click(
    make_window: Any, qtbot: Any, settings_file: Path
) -> None:
    _french_settings(settings_file)
    window = make_window()
    assert window.shared.language == "fr"
    _show(window, qtbot, SCHOOL_FR)  # the list shows the French title
    text = window.ui.detailBrowser.toPlainText()
    assert SCHOOL_FR in text and "Le défi, en français." in text and "coopération" in text
    assert SCHOOL not in text, "no English text of a translated solution"
    # One sentence; a machine translation is said to be one, not named after the tool.
    assert "Traduit de l’original en anglais (traduction automatique, non révisée)." in text
    assert "Voir l’original" in text
    assert "peut-être plus à jour" not in text

    # One click: the original, and a link back.
    click_link(window.ui.detailBrowser, qtbot, SHOW_ORIGINAL)
    text = window.ui.detailBrowser.toPlainText()
    assert SCHOOL in text and "The challenge behind school feeding" in text
    assert "Texte original en anglais." in text and "Voir la traduction" in text
    click_link(window.ui.detailBrowser, qtbot, SHOW_TRANSLATION)
    assert SCHOOL_FR in window.ui.detailBrowser.toPlainText()

    # Made by a person from an older revision: named, and said to be possibly out of date.
    _show(window, qtbot, "Alerte précoce côtière")
    text = window.ui.detailBrowser.toPlainText()
    assert "traduit par Awa Diop" in text
    assert "Peut-être plus à jour : l’original a changé depuis." in text

    # No French version: the original, marked with its language.
    _show(window, qtbot, CENSUS)
    text = window.ui.detailBrowser.toPlainText()
    assert "Texte original en anglais. Pas encore traduit en français." in text
    assert "Voir" not in text


def test_rows_snippets_and_basket_follow_the_interface_language(
    make_window: Any, qtbot: Any, wait_search: Any
) -> None:
    from tests.gui.test_language import choose_language

    window = make_window()
    school_id = _show(window, qtbot, SCHOOL)
    text = window.ui.detailBrowser.toPlainText()
    assert "Traduit" not in text and "Translated" not in text, "English reader: the original"
    window.basket.add_to_basket([school_id])
    assert window.basket.model.items[0].title == SCHOOL
    try:
        choose_language(window, qtbot, "fr")
        row = window.search.results_model.index(_row_of_eventually(window, qtbot, SCHOOL_FR))
        assert SCHOOL_FR in row.data()
        qtbot.waitUntil(lambda: window.basket.model.items[0].title == SCHOOL_FR)
        text = window.ui.detailBrowser.toPlainText()
        assert SCHOOL_FR in text and "Traduit de l’original en anglais" in text

        # A text search: the row's snippet is its French summary, the query's words marked.
        window.ui.searchEdit.setText("alimentation scolaire")
        outcome = wait_search(qtbot, window, "alimentation scolaire")
        if school_id in outcome.ids:  # found through the French version (cross-language index)
            snippet = outcome.snippets[school_id]
            assert "".join(t for t, _m in snippet).startswith(SCHOOL_FR)
            assert ("Alimentation", True) in snippet
        window.ui.searchEdit.setText("school feeding")
        outcome = wait_search(qtbot, window, "school feeding")
        assert school_id in outcome.ids
        assert outcome.rows[school_id].title == SCHOOL_FR
        assert "".join(t for t, _m in outcome.snippets[school_id]).startswith(SCHOOL_FR)
    finally:
        choose_language(window, qtbot, "en")
    qtbot.waitUntil(lambda: window.basket.model.items[0].title == SCHOOL)


def _row_of_eventually(window: Any, qtbot: Any, title: str) -> int:
    found: list[int] = []

    def listed() -> bool:
        try:
            found.append(_row_of(window, title))
        except AssertionError:
            window.ui.resultsView.viewport().update()
            return False
        return True

    qtbot.waitUntil(listed, timeout=10_000)
    return found[-1]


def _open_form(window: Any, qtbot: Any) -> Any:
    window.ui.actionEditSolution.trigger()
    qtbot.waitUntil(lambda: window.detail.form is not None and window.detail.form.isVisible())
    return window.detail.form


def test_a_french_translation_added_in_the_form_is_shown_in_a_french_window(
    make_window: Any, qtbot: Any, settings_file: Path
) -> None:
    _french_settings(settings_file)
    window = make_window()
    census_id = _show(window, qtbot, CENSUS)
    store = window.catalogue.store
    before = store.get(census_id)
    assert "fr" not in before.translations

    form = _open_form(window, qtbot)
    combo = form.ui.languageCombo
    assert combo.itemData(0) == "" and combo.itemText(0) == "Original (English)"
    assert combo.itemText(combo.findData("fr")) == "Traduction : Français (nouvelle)"
    assert not form.ui.translatorEdit.isVisible()
    combo.setCurrentIndex(combo.findData("fr"))
    assert form.editing_language() == "fr" and form.ui.translatorEdit.isVisible()
    assert form.ui.titleEdit.text() == "" and form.ui.titleEdit.placeholderText() == CENSUS

    # Checked as you type: a translation with a summary but no title cannot be saved.
    qtbot.keyClicks(form.ui.summaryEdit, "Un recensement.")  # (QTest types ASCII only)
    qtbot.waitUntil(lambda: form.errors.get("title") == "Une traduction doit avoir un titre.")
    form.save_button.click()  # (a problem shows once its field was touched or Save pressed)
    assert not form.save_button.isEnabled() and form.ui.titleError.isVisible()
    assert "fr" not in store.get(census_id).translations
    qtbot.keyClicks(form.ui.titleEdit, "Recensement sur tablettes")
    qtbot.waitUntil(lambda: form.save_button.isEnabled())
    form.ui.challengeEdit.setPlainText("Le défi du recensement.")
    form.ui.themesEdit.setText("statistiques")

    # The original is kept as it was while its translation is typed.
    combo.setCurrentIndex(0)
    assert form.ui.titleEdit.text() == CENSUS
    combo.setCurrentIndex(combo.findData("fr"))
    assert form.ui.titleEdit.text() == "Recensement sur tablettes"
    with qtbot.waitSignal(window.detail.solution_saved, timeout=10_000):
        form.save_button.click()

    stored = store.get(census_id)
    assert stored.revision == before.revision + 1, "one edit: the translation"
    assert stored.title == CENSUS and stored.summary == before.summary, "the original unchanged"
    french = stored.translations["fr"]
    assert french.title == "Recensement sur tablettes"
    assert french.challenge == "Le défi du recensement." and french.themes == ["statistiques"]
    assert french.translated_by.kind == "office" and french.translated_by.name == ""
    assert not stored.is_outdated("fr")
    assert store.stats()["pending_sync"] == 1, "sent at the next sync"

    qtbot.waitUntil(lambda: "Recensement sur tablettes" in window.ui.detailBrowser.toPlainText())
    text = window.ui.detailBrowser.toPlainText()
    assert "Traduit de l’original en anglais (traduit par un bureau de pays)." in text
    assert "Le défi du recensement." in text and "Voir l’original" in text
    qtbot.waitUntil(
        lambda: window.search.results_model.title_of(census_id) == "Recensement sur tablettes"
    )

    # A correction by a named person, of the translation only.
    form = _open_form(window, qtbot)
    form.set_editing_language("fr")
    assert form.ui.titleEdit.text() == "Recensement sur tablettes"
    form.ui.titleEdit.setText("Recensement numérique sur tablettes")
    qtbot.keyClicks(form.ui.translatorEdit, "Awa Diop")
    qtbot.waitUntil(lambda: form.save_button.isEnabled())
    with qtbot.waitSignal(window.detail.solution_saved, timeout=10_000):
        form.save_button.click()
    stored = store.get(census_id)
    assert stored.translations["fr"].translated_by.name == "Awa Diop"
    assert stored.translations["fr"].title == "Recensement numérique sur tablettes"
    assert stored.title == CENSUS
    qtbot.waitUntil(lambda: "traduit par Awa Diop" in window.ui.detailBrowser.toPlainText())


def test_saving_an_unchanged_form_does_not_make_translations_out_of_date(
    make_window: Any, qtbot: Any
) -> None:
    window = make_window()
    school_id = _show(window, qtbot, SCHOOL)
    before = window.catalogue.store.get(school_id)
    form = _open_form(window, qtbot)
    with qtbot.waitSignal(window.detail.solution_saved, timeout=10_000):
        form.save_button.click()
    after = window.catalogue.store.get(school_id)
    assert after.revision == before.revision and not after.is_outdated("fr")
