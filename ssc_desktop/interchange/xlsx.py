"""Spreadsheets (.xlsx), read safely and written without anything a spreadsheet would run.

Reading never evaluates anything: openpyxl opens the workbook read-only (rows stream from the
sheet's XML, memory stays flat) with ``data_only=False``, so a cell holding a formula is seen as
one (``data_type == "f"``) and refused by the caller naming the cell; its cached value may be
stale or absent. Before openpyxl sees the file, the ZIP container is checked: at most
``MAX_FILE_BYTES`` on disk and ``MAX_UNPACKED_BYTES`` unpacked (declared sizes; Python's zipfile
never unpacks more than a member declares), no macros (``vbaProject.bin``, a macro-enabled
content type, ``.xlsm``), and the sheet's merged cells are found by scanning its XML.

Writing: every text cell is written as text (an inline string, never a formula) with Excel's
"quote prefix" style, so text such as ``=HYPERLINK(...)`` shows and stays as typed, even when a
person edits the cell later; this is the XLSX form of the CSV formula guard.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ssc_desktop.interchange.csvformat import FORMULA_START

#: The most bytes of a spreadsheet file on disk (as catalogue files).
MAX_FILE_BYTES = 100 * 1024 * 1024
#: The most bytes its parts may unpack to (declared sizes): a ZIP bomb is refused unopened.
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MACRO_SUFFIXES = frozenset({".xlsm", ".xltm", ".xlam", ".xlsb"})
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z0-9:$]{1,40})"')


class SpreadsheetRefused(Exception):
    """The file cannot be read as a spreadsheet; ``reason`` says why (a :class:`Refusal`)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class Refusal:
    """Why a spreadsheet is refused (values of ``SpreadsheetRefused.reason``)."""

    NOT_XLSX = "not_xlsx"  # not a ZIP workbook: an old .xls, an encrypted file, something else
    MACROS = "macros"
    TOO_LARGE = "too_large"
    DAMAGED = "damaged"
    MERGED = "merged_cells"  # detail: the first merged range
    NO_SHEET = "no_sheet"


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell as read: its value (text, number, bool, date), its kind, its place."""

    value: Any
    data_type: str  # openpyxl's: "s" text, "n" number, "b" bool, "d" date, "f" formula, "e" error
    row: int
    column: int  # 1-based

    @property
    def coordinate(self) -> str:
        """The cell's address as a spreadsheet shows it ("D5")."""
        return f"{column_letter(self.column)}{self.row}"


def column_letter(column: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def check_container(path: Path) -> None:
    """Refuse what must never be opened as a workbook (before openpyxl reads anything)."""
    if path.suffix.lower() in MACRO_SUFFIXES:
        raise SpreadsheetRefused(Refusal.MACROS, path.suffix.lower())
    if path.stat().st_size > MAX_FILE_BYTES:
        raise SpreadsheetRefused(Refusal.TOO_LARGE, f"{MAX_FILE_BYTES // (1024 * 1024)} MB")
    if not zipfile.is_zipfile(path):
        raise SpreadsheetRefused(Refusal.NOT_XLSX)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            unpacked = sum(info.file_size for info in infos)
            if unpacked > MAX_UNPACKED_BYTES:
                raise SpreadsheetRefused(
                    Refusal.TOO_LARGE, f"{MAX_UNPACKED_BYTES // (1024 * 1024)} MB unpacked"
                )
            names = {info.filename.lower() for info in infos}
            if any(name.endswith("vbaproject.bin") for name in names):
                raise SpreadsheetRefused(Refusal.MACROS, "vbaProject.bin")
            if "[content_types].xml" not in names or "xl/workbook.xml" not in names:
                raise SpreadsheetRefused(Refusal.NOT_XLSX)
            types = archive.read("[Content_Types].xml")
            if b"macroEnabled" in types or b"vbaProject" in types:
                raise SpreadsheetRefused(Refusal.MACROS, "macro-enabled workbook")
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise SpreadsheetRefused(Refusal.DAMAGED, str(exc)[:120]) from exc


def first_merged_range(path: Path, member: str) -> str:
    """The first merged range of the sheet stored at ``member`` ("" when none), found by
    scanning its XML in chunks (read-only openpyxl does not report merged cells)."""
    tail = b""
    with zipfile.ZipFile(path) as archive, archive.open(member.lstrip("/")) as sheet:
        while chunk := sheet.read(1024 * 1024):
            data = tail + chunk
            found = _MERGE.search(data)
            if found:
                return found.group(1).decode("ascii")
            tail = data[-200:]
    return ""


class Workbook:
    """A checked workbook open read-only; ``rows()`` streams the chosen sheet's rows."""

    def __init__(self, path: Path) -> None:
        import openpyxl

        check_container(path)
        self.path = path
        try:
            self._book = openpyxl.load_workbook(
                path, read_only=True, data_only=False, keep_links=False
            )
        except Exception as exc:  # openpyxl raises many kinds for a damaged file
            raise SpreadsheetRefused(Refusal.DAMAGED, str(exc)[:120]) from exc

    def close(self) -> None:
        self._book.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def sheet_names(self) -> list[str]:
        return list(self._book.sheetnames)

    def first_row(self, name: str) -> list[Cell]:
        return next(self.rows(name, check_merged=False), (0, []))[1]

    def rows(self, name: str, *, check_merged: bool = True) -> Iterator[tuple[int, list[Cell]]]:
        """``(row number, cells)`` of the sheet, streamed; a sheet with merged cells is
        refused first (a merged range's value sits in its first cell only)."""
        sheet = self._book[name]
        if check_merged:
            member = getattr(sheet, "_worksheet_path", "")
            merged = first_merged_range(self.path, member) if member else ""
            if merged:
                raise SpreadsheetRefused(Refusal.MERGED, merged)
        try:
            number = 0
            for row in sheet.iter_rows():
                # empty cells carry no row number; openpyxl yields every row in order
                found = next((getattr(c, "row", None) for c in row if getattr(c, "row", None)), 0)
                number = int(found or number + 1)
                yield (
                    number,
                    [
                        Cell(c.value, c.data_type or "n", number, column)
                        for column, c in enumerate(row, start=1)
                    ],
                )
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError) as exc:
            raise SpreadsheetRefused(Refusal.DAMAGED, str(exc)[:120]) from exc


def text_cell(sheet: Any, value: str, **style: Any) -> Any:
    """A write-only cell holding ``value`` as text, never as a formula (see the module)."""
    from openpyxl.cell.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # openpyxl would take "=..." for a formula
    if value[:1] in FORMULA_START:
        cell.quotePrefix = True  # Excel keeps it text when the cell is edited
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell
