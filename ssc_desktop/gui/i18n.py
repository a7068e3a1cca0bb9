"""The interface language: English (built in), French and Spanish (Qt ``.qm`` files).

Installing a translator makes Qt send every widget a ``LanguageChange`` event; the window's
widgets answer it by setting their texts again, so the language switches without a restart.
Qt's own translations (``qtbase_<lang>.qm``) are loaded too, for the standard buttons and
dialogs.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ssc_desktop.gui.build_forms import qm_file

log = logging.getLogger(__name__)

#: The interface languages, each named in itself.
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español"}


def system_language() -> str:
    """The system's language when the interface has it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


class Translations:
    """The translators installed on the application, for one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, choice: str) -> str:
        """Switch to ``choice`` (``""`` means the system's language); returns the language."""
        language = choice if choice in LANGUAGES else system_language()
        self.remove()
        own = QTranslator(self._app)
        path = qm_file(language)
        if own.load(str(path)):
            self._install(own)  # for English, the plural forms only
        else:
            log.warning("interface translation %s is missing; using English", path)
            language = "en"
        if language != "en":
            qt = QTranslator(self._app)
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(QLocale(language), "qtbase", "_", folder):
                self._install(qt)
        self.language = language
        QLocale.setDefault(QLocale(language))
        return language

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)

    def remove(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()
        self.language = "en"
