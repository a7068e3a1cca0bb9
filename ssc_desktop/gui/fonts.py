"""The fonts the window brings with it, so that Arabic and Chinese draw on any machine.

Windows and macOS have Arabic and Chinese fonts; a bare Linux machine may have neither (then Qt
draws empty boxes). The window registers the fonts shipped in ``resources/fonts`` (the same
files the PDF briefs embed) with Qt at start, and puts them after the system's own family in
the application font's fallback list: the system font draws what it can, the bundled fonts the
rest. A Chinese font is picked up when one is in the folder (any ``*CJK*``/``*SC*`` file).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

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


def _fallback_rank(family: str) -> int:
    # Arabic first, then Chinese, then the rest (Noto Sans): the system's UI font covers Latin.
    lowered = family.lower()
    if "arabic" in lowered:
        return 0
    if "cjk" in lowered or lowered.endswith(" sc") or " sc " in lowered:
        return 1
    return 2


def register_bundled_fonts(folder: Path | None = None) -> list[str]:
    """Register the bundled fonts with Qt (once per process) and add their families to the
    application font's fallbacks. Returns the families registered."""
    global _registered
    if _registered is not None and folder is None:
        return _registered
    families: list[str] = []
    known = set(QFontDatabase.families())
    for path in bundled_font_files(folder):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font %s could not be loaded", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if families and isinstance(QGuiApplication.instance(), QGuiApplication):
        font = QGuiApplication.font()
        current = font.families() or [font.family()]
        extra = sorted((f for f in families if f not in current), key=_fallback_rank)
        font.setFamilies([*current, *extra])
        QGuiApplication.setFont(font)
        new = [f for f in families if f not in known]
        log.info("bundled fonts: %s (new to this system: %s)", families, new or "none")
    if folder is None:
        _registered = families
    return families


def family_fallbacks() -> list[str]:
    """The application font's family list (the system's, then the bundled fonts)."""
    font: QFont = QGuiApplication.font()
    return list(font.families() or [font.family()])
