"""The interface in English, French and Spanish, switched in Settings without a restart."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from ssc_desktop.gui import build_forms


def choose_language(window: Any, qtbot: Any, code: str) -> None:
    window.ui.actionSettings.trigger()
    qtbot.waitUntil(lambda: window.prefs.settings_dialog.isVisible())
    dialog = window.prefs.settings_dialog
    combo = dialog.ui.languageCombo
    combo.setCurrentIndex(combo.findData(code))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.shared.language == code)


def test_switching_the_language_in_settings(make_window: Any, qtbot: Any, wait_search: Any):
    window = make_window()
    window.ui.resultsView.setCurrentIndex(window.search.results_model.index(0))
    qtbot.waitUntil(lambda: window.detail.solution is not None)
    assert window.ui.menuFile.title() == "&File"
    try:
        choose_language(window, qtbot, "fr")
        qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&Fichier")
        assert window.ui.searchLabel.text() == "&Chercher :"
        assert window.ui.searchEdit.placeholderText() == "Mots, « une expression », -exclure"
        assert window.ui.countLabel.text() == "12 solutions"
        assert window.search.facet_model.index(0, 0).data() == "Objectifs (ODD)"
        assert window.search.facet_model.value_index("sdg", "2").data() == "2. Faim « zéro »"
        assert window.search.facet_model.value_index("country", "KEN").data() == "Kenya"
        assert window.ui.basketGroup.title() == "Panier de mission"
        assert window.status.catalogue_status.text() == "12 solutions dans le catalogue"
        qtbot.waitUntil(lambda: window.status.hub_status.text() == "Hub : non configuré")
        detail = window.ui.detailBrowser.toPlainText()
        for heading in ("Pays", "Défi", "Liens", "paragraphe", "Mots-clés"):
            assert heading in detail, heading
        # Qt's own words follow too.
        window.ui.actionSettings.trigger()
        qtbot.waitUntil(lambda: window.prefs.settings_dialog.isVisible())
        cancel = window.prefs.settings_dialog.ui.buttonBox.button(
            QDialogButtonBox.StandardButton.Cancel
        )
        assert cancel.text().replace("&", "") == "Annuler"
        window.prefs.settings_dialog.reject()

        choose_language(window, qtbot, "es")
        qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&Archivo")
        assert window.ui.basketGroup.title() == "Cesta de la misión"
        assert window.search.facet_model.value_index("sdg", "2").data() == "2. Hambre cero"
        assert window.ui.countLabel.text() == "12 soluciones"
        detail = window.ui.detailBrowser.toPlainText()
        for heading in ("Países", "Enlaces", "Fuentes", "párrafo", "contacto privado"):
            assert heading in detail, heading
        window.ui.searchEdit.setText("zyxwvut")
        wait_search(qtbot, window, "zyxwvut")
        assert window.ui.countLabel.text() == "0 soluciones"
        assert window.ui.hintLabel.text().startswith("Sin resultados.")
        window.close()

        again = make_window()
        assert again.shared.language == "es", "the choice is remembered"
        assert again.ui.menuFile.title() == "&Archivo"
        choose_language(again, qtbot, "en")
        qtbot.waitUntil(lambda: again.ui.menuFile.title() == "&File")
        assert again.ui.basketGroup.title() == "Mission basket"
    finally:
        window.context.translations.remove()


def test_settings_placeholders_are_readable_in_every_language(make_window: Any, qtbot: Any):
    """No placeholder of the Settings dialog is cut off (the French hub address one was)."""
    from PySide6.QtWidgets import QLineEdit

    window = make_window()
    try:
        for code in ("fr", "es", "en"):
            choose_language(window, qtbot, code)
            window.ui.actionSettings.trigger()
            qtbot.waitUntil(lambda: window.prefs.settings_dialog.isVisible())
            dialog = window.prefs.settings_dialog
            for edit in dialog.findChildren(QLineEdit):
                edit.clear()
                text = edit.placeholderText()
                room = edit.contentsRect().width() - 2 * 4  # the line edit's text margins
                assert text and edit.fontMetrics().horizontalAdvance(text) <= room, (code, text)
            dialog.reject()
            qtbot.waitUntil(lambda: window.prefs.settings_dialog is None
                            or not window.prefs.settings_dialog.isVisible())  # fmt: skip
    finally:
        window.context.translations.remove()


def test_forms_and_translations_are_current():
    """What the installer build checks: generated forms and .qm files match their sources, and
    every interface string is translated."""
    assert build_forms.problems() == []
    for language in ("fr", "es"):
        messages = build_forms.ts_messages(build_forms.ts_file(language))
        assert len(messages) > 200 and all(messages.values())
