"""The brief's bundled data: fonts with their licence, and the labels of each language."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import ssc_desktop.briefs.render as render_module
from ssc_desktop.briefs import LANGUAGES
from ssc_desktop.briefs.fonts import CJK, FONT_FILES
from ssc_desktop.briefs.labels import Labels, languages
from ssc_desktop.resources import resources_dir

FONTS = resources_dir() / "fonts"


def test_fonts_are_bundled_with_their_licence_and_stay_small() -> None:
    readme = (FONTS / "README.md").read_text(encoding="utf-8")
    licence = (FONTS / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence and "Version 1.1" in licence
    apache = (FONTS / "LICENSE-Apache-2.0.txt").read_text(encoding="utf-8")
    assert "Apache License" in apache and "Version 2.0, January 2004" in apache
    sizes: dict[str, int] = {}
    for name, file_name in FONT_FILES.items():
        path = FONTS / file_name
        data = path.read_bytes()
        assert data[:4] == b"\x00\x01\x00\x00", f"{file_name} is not a TrueType font"
        assert hashlib.sha256(data).hexdigest() in readme, f"{file_name}: README hash is stale"
        assert f"`{file_name}`" in readme
        sizes[name] = len(data)
    assert sorted(p.name for p in FONTS.glob("*.ttf")) == sorted(FONT_FILES.values())
    # Latin, Greek, Cyrillic and Arabic: about 2 MB; the CJK subset: a few MB (issue 16).
    assert sum(size for name, size in sizes.items() if name != CJK) < 3_000_000
    assert sizes[CJK] < 4_000_000
    assert (FONTS / "build_cjk_font.py").is_file()  # how the subset was made, and from what


def test_every_language_has_every_label() -> None:
    raw = json.loads((resources_dir() / "briefs" / "labels.json").read_text(encoding="utf-8"))
    assert tuple(raw) == languages() == LANGUAGES
    keys = set(raw["en"])
    for language, table in raw.items():
        # Exactly the English entry's keys: a missing one would print English in this language's
        # brief (Labels falls back to it), which once said "Solutions in English" in Arabic.
        assert sorted(keys - set(table)) == [], f"{language} lacks these labels"
        assert sorted(set(table) - keys) == [], f"{language} has labels English lacks"
        assert len(table["months"]) == 12
        for key, value in table.items():
            if isinstance(value, str):
                assert set(re.findall(r"{(\w+)}", value)) == set(
                    re.findall(r"{(\w+)}", raw["en"][key])
                ), (language, key)
    # Every key the brief's code asks for (render, languages...), and a name for each language.
    folder = Path(render_module.__file__).parent
    source = "".join(path.read_text(encoding="utf-8") for path in folder.glob("*.py"))
    used = set(re.findall(r'labels\(\s*"(\w+)"', source))
    assert {"translated_note", "not_translated_note", "count_of_total"} <= used
    assert used <= keys, sorted(used - keys)
    assert {f"language_{code}" for code in LANGUAGES} <= keys
    assert Labels("fr")("page_of", page=2, pages=9) == "Page 2 sur 9"
