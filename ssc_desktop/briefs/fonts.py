"""The brief's fonts: bundled TrueType files from ``resources/fonts/``, registered once.

No font is ever looked up on the system: every face the brief uses is registered here from the
files SSC Desktop ships (Noto Sans for Latin, Greek and Cyrillic; Noto Sans Arabic for Arabic;
WenQuanYi Micro Hei, subset, for Chinese, Japanese kana and Korean), and reportlab embeds only the
glyphs a document uses (subsetting), so a brief prints the same on any reader: no PDF standard
CJK font (``STSong-Light``...) that a reader without the Adobe Asian font pack shows as boxes.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ssc_desktop.resources import resources_dir

#: Latin / Greek / Cyrillic faces.
SANS = "SSCSans"
SANS_BOLD = "SSCSans-Bold"
SANS_ITALIC = "SSCSans-Italic"
#: Arabic faces (Arabic block and presentation forms).
ARABIC = "SSCArabic"
ARABIC_BOLD = "SSCArabic-Bold"
#: Han ideographs, kana, CJK punctuation and Hangul: one face, no bold or italic (``<b>`` keeps it).
CJK = "SSCCJK"
#: Hangul is in the CJK face (the name is kept for callers that tell the scripts apart).
HANGUL = CJK
#: The CJK font file, in ``resources/fonts/`` (the window registers the same file).
CJK_FONT_FILE = "WenQuanYiMicroHei-Subset.ttf"

FONT_FILES: dict[str, str] = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    CJK: CJK_FONT_FILE,
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
        pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
        _registered = True
