"""Reading briefs back: text per page, outline, metadata, pages rendered by poppler's pdftoppm."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from ssc_desktop.briefs import BriefInfo, BriefOptions, CatalogueProvenance, build_brief
from ssc_desktop.domain.model import Solution

MM = 72 / 25.4  # points in a millimetre


@dataclass
class Built:
    data: bytes
    info: BriefInfo

    @property
    def reader(self) -> PdfReader:
        return PdfReader(io.BytesIO(self.data))

    def texts(self) -> list[str]:
        return [page.extract_text() or "" for page in self.reader.pages]

    def text(self) -> str:
        return "\n".join(self.texts())

    def outline(self) -> list[str]:
        titles: list[str] = []

        def walk(items: list[object]) -> None:
            for item in items:
                if isinstance(item, list):
                    walk(item)
                else:
                    titles.append(str(item.title))  # type: ignore[attr-defined]

        walk(self.reader.outline)
        return titles


def options(**changes: object) -> BriefOptions:
    values: dict[str, object] = {
        "title": "Mission to Nairobi",
        "destination": "Nairobi, Kenya",
        "dates": "3–7 March 2027",
        "prepared_by": "Amina Diallo, RCO Kenya",
        "provenance": CatalogueProvenance(
            last_sync=datetime(2026, 11, 20, 8, 30, tzinfo=UTC),
            shipped_version="0.1.0",
            shipped_date=date(2026, 11, 1),
        ),
    }
    values.update(changes)
    return BriefOptions(**values)  # type: ignore[arg-type]


def build(solutions: list[Solution], **changes: object) -> Built:
    buffer = io.BytesIO()
    info = build_brief(solutions, options(**changes), buffer)
    return Built(buffer.getvalue(), info)


def nfkc(text: str) -> str:
    """Arabic presentation forms (what the PDF holds) back to the letters they shape."""
    return unicodedata.normalize("NFKC", text)


def flat(text: str) -> str:
    """Text without any white space: words cut across lines compare equal."""
    return "".join(text.split())


def pdftoppm() -> str:
    found = shutil.which("pdftoppm")
    if not found:
        pytest.fail("pdftoppm is missing: install Debian's poppler-utils")
    return found


def render(data: bytes, folder: Path, *, dpi: int = 60) -> list[Image.Image]:
    """Every page as an RGB image, drawn by poppler."""
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / "brief.pdf"
    pdf.write_bytes(data)
    subprocess.run(
        [pdftoppm(), "-png", "-r", str(dpi), str(pdf), str(folder / "page")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    pages = sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return [Image.open(page).convert("RGB") for page in pages]


def ink(image: Image.Image, box: tuple[int, int, int, int] | None = None) -> int:
    """How many pixels are not (nearly) white."""
    gray = (image.crop(box) if box else image).convert("L")
    histogram = gray.histogram()
    return sum(histogram[:235])


def _fonts(built: Built) -> list[DictionaryObject]:
    fonts: list[DictionaryObject] = []
    for page in built.reader.pages:
        for reference in page["/Resources"].get("/Font", {}).values():
            fonts.append(reference.get_object())
    return fonts


def font_names(built: Built) -> set[str]:
    """Every font the pages use, by name without its subset tag (``NotoSans-Regular``)."""
    return {str(font["/BaseFont"]).lstrip("/").split("+")[-1] for font in _fonts(built)}


def embedded_fonts(built: Built, name: str) -> list[DictionaryObject]:
    """The font dictionaries (one per subset) of the face called ``name``."""
    return [font for font in _fonts(built) if str(font["/BaseFont"]).split("+")[-1] == name]


def to_unicode(font: DictionaryObject) -> set[str]:
    """The characters a font subset was asked to draw (its ToUnicode map)."""
    if "/ToUnicode" not in font:
        return set()
    cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    return {chr(int(code, 16)) for code in re.findall(r"<([0-9A-Fa-f]{4})>", cmap)}


@dataclass(frozen=True)
class Shown:
    """One string drawn on a page: its text and where (x, baseline y, in points)."""

    text: str
    x: float
    y: float


def shown(built: Built, page: int) -> list[Shown]:
    """Every string drawn on a page (content-stream order) with its position."""
    found: list[Shown] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            found.append(Shown(text, x, y))

    built.reader.pages[page].extract_text(visitor_text=visit)
    return found
