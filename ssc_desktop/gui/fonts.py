"""The fonts the window brings with it, so that Arabic and Chinese draw on any machine.

Windows and macOS have Arabic and Chinese fonts; a bare Linux machine may have neither (then Qt
draws empty boxes). The window registers the fonts shipped in ``resources/fonts`` (the same
files the PDF briefs embed) with Qt at start; Qt's font matching then falls back to them for
any script the system's own font lacks (the system font still draws what it can). A Chinese
font is picked up the same way as soon as one is in the folder.

(Not ``QFont.setFamilies`` on the application font: a family list makes every line as tall as
the tallest font in it — Noto Sans Arabic's line is 1.8 times Latin's.)
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from ssc_desktop.resources import resources_dir

log = logging.getLogger(__name__)
_registered: list[str] | None = None

_FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def bundled_font_files(folder: Path | None = None) -> list[Path]:
    """The font files shipped with the program (Latin/Cyrillic, Arabic, and Chinese if any)."""
    folder = folder or fonts_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in _FONT_SUFFIXES)


def register_bundled_fonts(folder: Path | None = None) -> list[str]:
    """Register the bundled fonts with Qt (once per process); returns their families."""
    global _registered
    if _registered is not None and folder is None:
        return _registered
    families: list[str] = []
    known = set(QFontDatabase.families())
    # The family the system's default font resolves to now: registering fonts must not change
    # it (fontconfig may otherwise resolve "Sans Serif" to the bundled Noto Sans, whose taller
    # lines would change every layout); the bundled fonts are for scripts the system lacks.
    system_family = QFontInfo(QGuiApplication.font()).family()
    for path in bundled_font_files(folder):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font %s could not be loaded", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    new = [f for f in families if f not in known]
    if system_family in known and QFontInfo(QGuiApplication.font()).family() != system_family:
        font = QFont(QGuiApplication.font())
        font.setFamily(system_family)
        QGuiApplication.setFont(font)
    log.info("bundled fonts: %s (new to this system: %s)", families, new or "none")
    if folder is None:
        _registered = families
    return families
