"""The first-run welcome: once per user, then from Help; in the user's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel

from tests.gui.test_language import choose_language


def welcome_text(window: Any) -> str:
    return str(window.prefs.welcome_dialog.findChild(QLabel, "welcomeText").text())


def test_help_welcome_explains_offline_hub_and_briefs(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    assert not window.settings.welcome_shown
    window.ui.actionWelcome.trigger()
    qtbot.waitUntil(lambda: window.prefs.welcome_dialog.isVisible())
    text = welcome_text(window)
    for words in (
        "offline",
        "hub address",
        "Settings",
        "USB stick",
        "mission basket",
        "Make brief",
    ):
        assert words in text, words
    assert window.settings.welcome_shown
    window.prefs.welcome_dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Ok
    ).click()
    qtbot.waitUntil(lambda: not window.prefs.welcome_dialog.isVisible())


def test_welcome_speaks_french(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    try:
        choose_language(window, qtbot, "fr")
        qtbot.waitUntil(lambda: window.ui.actionWelcome.text() == "&Bienvenue et premiers pas")
        window.ui.actionWelcome.trigger()
        qtbot.waitUntil(lambda: window.prefs.welcome_dialog.isVisible())
        assert window.prefs.welcome_dialog.windowTitle() == "Bienvenue dans SSC Desktop"
        assert "Tout fonctionne hors ligne" in welcome_text(window)
        window.prefs.welcome_dialog.close()
    finally:
        choose_language(window, qtbot, "en")


def test_welcome_opens_on_the_first_start_only(make_window: Any, qtbot: Any) -> None:
    from ssc_desktop.gui.app import welcome_on_first_start

    first = make_window(wait=False)
    welcome_on_first_start(first)
    qtbot.waitUntil(
        lambda: first.prefs.welcome_dialog is not None and first.prefs.welcome_dialog.isVisible(),
        timeout=20_000,
    )
    first.prefs.welcome_dialog.close()
    first.close()

    second = make_window()
    welcome_on_first_start(second)
    qtbot.wait(200)
    assert second.prefs.welcome_dialog is None
