"""Build ``WenQuanYiMicroHei-Subset.ttf``, the brief's (and the window's) CJK font, from Debian's.

    apt-get download fonts-wqy-microhei && dpkg-deb -x fonts-wqy-microhei_*.deb wqy
    python resources/fonts/build_cjk_font.py wqy/usr/share/fonts/truetype/wqy/wqy-microhei.ttc

Build time only: needs fontTools (``pip install 'fonttools>=4.40'``), which SSC Desktop itself
never imports.

Source: Debian bookworm's ``fonts-wqy-microhei`` 0.2.0-beta-3.1, file ``wqy-microhei.ttc``, face 0
("WenQuanYi Micro Hei", version 0.2.0-beta; TrueType ``glyf`` outlines, which reportlab can embed,
unlike CFF). Upstream: <https://sourceforge.net/projects/wqy/files/wqy-microhei/0.2.0-beta/>.
Licence: Apache License 2.0 (the font is dual-licensed Apache-2.0 or GPL-3+ with the font
exception; SSC Desktop uses it under Apache-2.0): ``LICENSE-Apache-2.0.txt``.

The subset keeps what the brief draws with this face (``ssc_desktop/briefs/text.py`` sends it runs
of CJK symbols and punctuation, kana, bopomofo, CJK ideographs, compatibility ideographs, CJK
compatibility and fullwidth forms, Hangul jamo and syllables): every character of those ranges the
font has, which is all 20,932 unified ideographs (simplified and traditional Chinese, Japanese
kanji, Korean hanja), the kana and all 11,172 Hangul syllables, plus ASCII and Latin-1 so the face
also works alone in the window. Dropped: hinting instructions (the outlines are unchanged), the
FontForge timestamp table. The version string says it is a subset (Apache-2.0 asks that modified
files say so). The result is deterministic: the same source gives the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from fontTools import subset  # type: ignore[import-untyped]
from fontTools.ttLib import TTCollection, TTFont  # type: ignore[import-untyped]

OUT = Path(__file__).resolve().parent / "WenQuanYiMicroHei-Subset.ttf"
SOURCE_SHA256 = "2420e8078af796b19a3f6ef13de527a1a91c1e7171eea115926c614ced1009b3"

#: The ranges text.py draws with the CJK face (keep the two in step), and ASCII and Latin-1.
RANGES = (
    (0x0020, 0x007E),
    (0x00A0, 0x00FF),
    (0x1100, 0x11FF),  # Hangul jamo
    (0x2E80, 0x2FDF),  # CJK radicals, Kangxi radicals
    (0x3000, 0x30FF),  # CJK symbols and punctuation, hiragana, katakana
    (0x3100, 0x312F),  # bopomofo
    (0x3130, 0x318F),  # Hangul compatibility jamo
    (0x31A0, 0x31FF),  # bopomofo extended, CJK strokes, katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK unified ideographs extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # halfwidth and fullwidth forms
)


def build(source: Path, out: Path = OUT) -> int:
    """Write the subset to ``out``; returns its size in bytes."""
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    if digest != SOURCE_SHA256:
        sys.stderr.write(
            f"warning: {source} is not the file this script was written for ({digest})\n"
        )
    font: TTFont = TTCollection(str(source)).fonts[0]
    wanted = {code for start, end in RANGES for code in range(start, end + 1)}
    unicodes = sorted(wanted & set(font.getBestCmap()))
    options = subset.Options()
    options.hinting = False
    options.layout_features = ["*"]  # vertical forms, fullwidth variants...
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    for record in font["name"].names:
        if record.nameID == 5:  # version string
            record.string = f"{record.toUnicode()}; SSC Desktop subset (CJK, {len(unicodes)} chars)"
    font.recalcTimestamp = False  # no build time in the file: the same bytes on every run
    font["head"].modified = font["head"].created
    font.save(str(out), reorderTables=True)
    return out.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("source", type=Path, help="wqy-microhei.ttc from fonts-wqy-microhei")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    size = build(args.source, args.output)
    sys.stdout.write(f"wrote {args.output}: {size:,} bytes\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
