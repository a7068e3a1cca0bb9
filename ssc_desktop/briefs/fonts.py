"""The brief's fonts: bundled TrueType files from ``resources/fonts/``, registered once.

No font is ever looked up on the system: every face the brief uses is registered here from the
files SSC Desktop ships (Noto Sans for Latin, Greek and Cyrillic; Noto Sans Arabic for Arabic),
and reportlab embeds only the glyphs a document uses (subsetting).

Chinese, Japanese kana and Korean use the standard Adobe CJK fonts of the PDF format instead
(``STSong-Light``, ``HYSMyeongJo-Medium``): named, not embedded, and drawn with the reader's own
CJK fonts (Acrobat, browsers, Windows and macOS all have them). Embedding a CJK face would add
10-20 MB to the installer, and reportlab embeds TrueType outlines only.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from ssc_desktop.resources import resources_dir

#: Latin / Greek / Cyrillic faces.
SANS = "SSCSans"
SANS_BOLD = "SSCSans-Bold"
SANS_ITALIC = "SSCSans-Italic"
#: Arabic faces (Arabic block and presentation forms).
ARABIC = "SSCArabic"
ARABIC_BOLD = "SSCArabic-Bold"
#: Han ideographs, kana and CJK punctuation; Hangul (standard PDF CID fonts, not embedded).
CJK = "STSong-Light"
HANGUL = "HYSMyeongJo-Medium"

FONT_FILES: dict[str, str] = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
}

#: The Arabic face to use alongside each Latin face.
ARABIC_FOR = {SANS: ARABIC, SANS_BOLD: ARABIC_BOLD, SANS_ITALIC: ARABIC}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the bundled faces with reportlab (once per process; thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        folder = resources_dir() / "fonts"
        for name, file_name in FONT_FILES.items():
            path = folder / file_name
            if not path.is_file():
                raise FileNotFoundError(
                    f"the brief's font {file_name} is missing from {folder}: reinstall SSC Desktop"
                )
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD
        )
        pdfmetrics.registerFontFamily(
            ARABIC, normal=ARABIC, bold=ARABIC_BOLD, italic=ARABIC, boldItalic=ARABIC_BOLD
        )
        for name in (CJK, HANGUL):  # no bold or italic faces: <b> keeps the regular one
            pdfmetrics.registerFont(UnicodeCIDFont(name))
            pdfmetrics.registerFontFamily(
                name, normal=name, bold=name, italic=name, boldItalic=name
            )
        _registered = True
