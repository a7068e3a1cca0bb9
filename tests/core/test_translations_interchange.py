"""Translations in catalogue files: JSON and CSV keep them exactly; a spreadsheet user can fill
the CSV columns by hand (docs/record-format.md, "Translations")."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from ssc_desktop.cli import main
from ssc_desktop.domain.model import Solution
from ssc_desktop.interchange import ImportFileError, read_catalogue_file
from ssc_desktop.interchange.csvformat import TRANSLATION_PARTS
from ssc_desktop.interchange.writer import render
from tests.support.records import make_solution, make_translation, new_store

ES = make_translation(
    title="Riego solar para pequeños agricultores",
    summary="Agricultores de dos países aprenden a usar bombas solares; y | barras \\ también.",
    themes=["seguridad alimentaria", "agua; riego"],
    keywords=[],
    translated_by={"kind": "office", "name": "Oficina del PNUD en Lima"},
    translated_at="2026-02-03T04:05:06.123456Z",
    source_revision=3,
)


def _records() -> list[Solution]:
    return [
        make_solution(revision=3, translations={"fr": make_translation(), "es": ES}),
        make_solution(title="English only"),
        make_solution(title="French only", translations={"fr": make_translation()}),
    ]


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline="")))


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_file_with_translations_round_trips_byte_identical(tmp_path: Path, fmt: str) -> None:
    records = _records()
    written = render(records, fmt)
    path = tmp_path / f"t.{fmt}"
    path.write_text(written, encoding="utf-8", newline="")
    again = read_catalogue_file(path)
    assert sorted(again, key=lambda s: s.id) == sorted(records, key=lambda s: s.id)
    assert render(again, fmt) == written


def test_csv_has_a_column_group_per_language_present() -> None:
    text = render(_records(), "csv")
    header = next(csv.reader(io.StringIO(text)))
    groups = [c for c in header if "[" in c]
    assert groups == [f"{p}[es]" for p in TRANSLATION_PARTS] + [
        f"{p}[fr]" for p in TRANSLATION_PARTS
    ]
    assert "translations" not in header
    by_title = {r["title"]: r for r in _rows(text)}
    assert by_title["English only"]["title[fr]"] == ""
    es = by_title["Solar irrigation for smallholder farmers"]
    assert es["title[es]"] == "Riego solar para pequeños agricultores"
    assert es["themes[es]"] == "seguridad alimentaria; agua\\; riego"
    assert (es["translated_by_kind[es]"], es["translated_by[es]"]) == (
        "office",
        "Oficina del PNUD en Lima",
    )
    assert es["source_revision[es]"] == "3"
    # A file without any translation has no translation column at all (as before them).
    plain = render([make_solution()], "csv")
    assert "[" not in plain.splitlines()[0]


def test_a_spreadsheet_user_adds_a_french_version(tmp_path: Path) -> None:
    """Only the columns they need; who translated is required, the rest defaults."""
    record = make_solution(revision=4)
    text = render([record], "csv")
    rows = _rows(text)
    header = [*rows[0], "title[fr]", "summary[fr]", "keywords[fr]", "translated_by_kind[fr]"]
    rows[0].update(
        {
            "title[fr]": "Irrigation solaire",
            "summary[fr]": "Des pompes solaires partagées.",
            "keywords[fr]": "pompes solaires; irrigation",
            "translated_by_kind[fr]": "person",
        }
    )
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, header, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / "filled.csv"
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    (solution,) = read_catalogue_file(path)
    fr = solution.translations["fr"]
    assert (fr.title, fr.keywords) == ("Irrigation solaire", ["pompes solaires", "irrigation"])
    assert fr.source_revision == 4 and not solution.is_outdated("fr")
    assert fr.translated_at == record.updated_at and fr.translated_by.kind == "person"

    rows[0]["translated_by_kind[fr]"] = ""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, header, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    with pytest.raises(ImportFileError, match=r"translated_by_kind\[fr\] is empty"):
        read_catalogue_file(path)


def test_bad_translation_columns_are_refused(tmp_path: Path) -> None:
    text = render(_records(), "csv")
    bad = tmp_path / "bad.csv"
    bad.write_text(text.replace("title[fr]", "title[xx]", 1), encoding="utf-8", newline="")
    with pytest.raises(ImportFileError, match=r"unknown column\(s\): title\[xx\]"):
        read_catalogue_file(bad)
    rows = _rows(text)
    french = next(r for r in rows if r["title[fr]"])
    french["title[fr]"] = ""  # a translation without a title
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    bad.write_text(out.getvalue(), encoding="utf-8", newline="")
    with pytest.raises(ImportFileError, match=r"translations\.fr\.title"):
        read_catalogue_file(bad)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_import_export_through_catalogues_keeps_translations(
    tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    new_store(tmp_path / "a", _records()).close()
    one, two = tmp_path / f"one.{fmt}", tmp_path / f"two.{fmt}"
    assert main(["--data-dir", str(tmp_path / "a"), "export", "--format", fmt, "-o", str(one)]) == 0
    assert main(["--data-dir", str(tmp_path / "b"), "import", str(one)]) == 0
    assert main(["--data-dir", str(tmp_path / "b"), "export", "--format", fmt, "-o", str(two)]) == 0
    assert one.read_bytes() == two.read_bytes()
    assert "Riego solar" in one.read_text(encoding="utf-8")
    capsys.readouterr()
