"""The interface language: English (built in) and the other five UN languages (Qt ``.qm`` files).

Installing a translator makes Qt send every widget a ``LanguageChange`` event; the window's
widgets answer it by setting their texts again, so the language switches without a restart.
Qt's own translations (``qtbase_<lang>.qm``) are loaded too, for the standard buttons and
dialogs. Arabic turns the whole application right to left (``QApplication.layoutDirection``:
every widget, menu and dialog mirrors itself; painted items read ``option.direction``).

Dates and numbers follow the interface language: :func:`ui_locale` is the locale of the
interface (also ``QLocale()``, the default, which Qt's ``%Ln`` uses), and the ``format_*``
helpers write with it.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    Qt,
    QTime,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from ssc_desktop.gui.build_forms import qm_file

log = logging.getLogger(__name__)

#: The interface languages (codes as in settings, vocabularies and records), each named in
#: itself.
LANGUAGES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
    "zh": "中文",
    "ru": "Русский",
}
#: Languages written right to left.
RIGHT_TO_LEFT = frozenset({"ar"})


def system_language() -> str:
    """The system's language when the interface has it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def layout_direction(language: str) -> Qt.LayoutDirection:
    if language in RIGHT_TO_LEFT:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


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
        self._set(language)
        return language

    def _set(self, language: str) -> None:
        self.language = language
        QLocale.setDefault(QLocale(language))
        if isinstance(self._app, QGuiApplication):
            # Every widget follows (menus, splitters, trees, dialogs opened later), at once.
            self._app.setLayoutDirection(layout_direction(language))

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)

    def remove(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()
        self._set("en")


# -- dates and numbers in the interface language -----------------------------------------------
def ui_locale() -> QLocale:
    """The interface language's locale (set by :meth:`Translations.apply`)."""
    return QLocale()


def format_number(value: int | float, decimals: int = 0) -> str:
    """``12,345`` / ``12 345`` / ``١٢٬٣٤٥``: grouped as the interface language writes it."""
    if isinstance(value, int):
        return ui_locale().toString(value)
    return ui_locale().toString(float(value), "f", decimals)


def _iso(locale: QLocale) -> bool:
    # English keeps ISO 8601 (2026-03-05), unambiguous for offices on every continent; Qt's
    # "en" is US English (3/5/26).
    return locale.language() == QLocale.Language.English


def format_date(day: date) -> str:
    """A day in the interface language's short form (``2026-03-05``, ``05.03.2026`` in ru)."""
    locale = ui_locale()
    if _iso(locale):
        return day.strftime("%Y-%m-%d")
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def format_datetime(moment: datetime, *, local_time: bool = True) -> str:
    """A moment in the interface language's short form, no seconds (in local time, or as given
    with ``local_time=False``)."""
    local = moment.astimezone() if moment.tzinfo and local_time else moment
    locale = ui_locale()
    if _iso(locale):
        return local.strftime("%Y-%m-%d %H:%M")
    value = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale.toString(value, QLocale.FormatType.ShortFormat)
