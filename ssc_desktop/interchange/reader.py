"""Reading a catalogue file (JSON or CSV) into validated solutions, or a list of problems.

Reading is bounded whatever the file claims to be: only regular files are opened (a FIFO or a
device such as ``/dev/zero`` is refused before it is read), at most ``MAX_FILE_BYTES`` are read
(counted as read, not trusted from the file system), a file holds at most ``MAX_RECORDS`` records,
and records are taken one at a time (a CSV file streams; a JSON file is parsed record by record,
so a million tiny records are refused at the limit instead of all being built first).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from ssc_desktop.domain.model import FORMAT_NAME, FORMAT_VERSION, Solution
from ssc_desktop.interchange import csvformat
from ssc_desktop.interchange.errors import (
    MAX_REPORTED,
    FileProblem,
    ImportFileError,
    problems_from_validation,
)

#: The most bytes read from one file: 100 MiB (20,000 records of 5 KB; the seed is 180 KB).
MAX_FILE_BYTES = 100 * 1024 * 1024
#: The most records in one file (an import is one transaction, held in memory until it commits:
#: about 600 MB at this limit, measured with 4 KB records).
MAX_RECORDS = 20_000
#: The most digits a whole number in a JSON file may have (a revision needs 10).
MAX_DIGITS = 30
# csv's default field limit (128 KiB) would fail with a bare "field larger than field limit";
# raise it so that an over-long field reaches validation and gets a proper message.
csv.field_size_limit(64 * 1024 * 1024)

ACCEPTED = (
    "SSC Desktop imports catalogue files in JSON (.json) or CSV (.csv); "
    "a signed USB bundle goes through 'bundle import'"
)
_SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".numbers"})
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls and other old Office files
# The first bytes of a USB bundle (ssc_desktop.sync.bundle.MAGIC; not imported: a sibling layer).
_BUNDLE_MAGIC = b"SSC-BUNDLE\n"
_WHITESPACE = re.compile(r"[ \t\n\r]*")


class _FileTooLarge(Exception):
    pass


class _Unreadable:
    """A JSON number too long to be any field's value; validation refuses it by its field."""

    def __init__(self, digits: str) -> None:
        self.digits = len(digits)

    def __repr__(self) -> str:
        return f"<a number of {self.digits} digits>"


def _parse_int(digits: str) -> object:
    return int(digits) if len(digits) <= MAX_DIGITS else _Unreadable(digits)


_DECODER = json.JSONDecoder(parse_int=_parse_int)


class FileKind(Enum):
    """What a file to import is (by its first bytes, its ending and, for CSV, its header)."""

    CATALOGUE = "catalogue"  # JSON or CSV catalogue file (ids, revisions: read_catalogue_file)
    TEMPLATE = "template"  # a filled contribution template, .xlsx or CSV (interchange.template)
    BUNDLE = "bundle"  # a USB bundle (sync.bundle)


def detect_kind(path: Path) -> FileKind:
    """Which reader a file goes to. Spreadsheets (any ZIP or old Office file, or a spreadsheet
    ending) go to the template reader, which refuses what it cannot read safely (macros, .xls);
    a CSV file whose headings name a template's columns is a template; the rest is a catalogue
    file, whose reader says what is wrong with it. Reads at most the first 64 KB."""
    try:
        with _open_regular(path) as raw:
            head = raw.read(64 * 1024)
    except ImportFileError:
        return FileKind.CATALOGUE  # the catalogue reader says why it cannot be read
    suffix = path.suffix.lower()
    if head.startswith(_BUNDLE_MAGIC):
        return FileKind.BUNDLE
    if head.startswith((*_ZIP_MAGIC, _OLE_MAGIC)) or suffix in _SPREADSHEET_SUFFIXES:
        return FileKind.TEMPLATE
    text = head.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace")
    if text.lstrip().startswith(("{", "[")):
        return FileKind.CATALOGUE
    first_line = text.split("\n", 1)[0]
    cells = [*next(csv.reader(io.StringIO(first_line)), []), *first_line.split(";")]
    if "id" not in (c.strip().strip('"') for c in cells):
        from ssc_desktop.interchange.template import is_template_header

        if is_template_header(cells):
            return FileKind.TEMPLATE
    return FileKind.CATALOGUE


def detect_format(path: Path) -> str:
    """The format named by the file's ending (JSON for anything but .csv and .tsv)."""
    return "csv" if path.suffix.lower() in (".csv", ".tsv") else "json"


def read_catalogue_file(path: Path, file_format: str | None = None) -> list[Solution]:
    """Every solution in the file, validated; raises ImportFileError naming what is wrong."""
    name = str(path)
    with _open_regular(path) as raw:
        head = raw.read(16)
        raw.seek(0)
        fmt = file_format or _sniff_format(name, path, head)
        try:
            if fmt == "csv":
                limited = io.BufferedReader(_Limited(raw, MAX_FILE_BYTES))
                text_stream = io.TextIOWrapper(limited, encoding="utf-8-sig", newline="")
                return _validate(name, _csv_records(name, text_stream))
            data = _read_bounded(raw)
        except _FileTooLarge:
            raise _too_large(name) from None
        except OSError as exc:
            raise ImportFileError(name, [_cannot_read(exc)]) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            name, [FileProblem(f"the file is not valid UTF-8 (bad byte at offset {exc.start})")]
        ) from exc
    del data
    if not text.strip():
        raise ImportFileError(name, [FileProblem(f"the file is empty: {ACCEPTED}")])
    return _validate(name, _JsonRecords(name, text))


# -- opening, bounded --------------------------------------------------------------------------
def _cannot_read(exc: OSError) -> FileProblem:
    return FileProblem(f"cannot read the file: {exc.strerror or exc}")


def _too_large(name: str) -> ImportFileError:
    return ImportFileError(
        name,
        [
            FileProblem(
                f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, the most "
                "SSC Desktop reads at once: split it into several files"
            )
        ],
    )


def _open_regular(path: Path) -> IO[bytes]:
    """The file opened for reading, if it is a regular file (refused: a folder, a FIFO, a
    device, a socket). The check is made before opening (opening a FIFO waits for a writer)
    and again on the open file, in case it was swapped in between."""
    name = str(path)
    try:
        before = path.stat()
        if not stat.S_ISREG(before.st_mode):
            raise ImportFileError(name, [FileProblem(_not_regular(before.st_mode))])
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(path, flags)
    except OSError as exc:
        raise ImportFileError(name, [_cannot_read(exc)]) from exc
    try:
        after = os.fstat(fd)
        if not stat.S_ISREG(after.st_mode):
            raise ImportFileError(name, [FileProblem(_not_regular(after.st_mode))])
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _not_regular(mode: int) -> str:
    kind = (
        "a folder"
        if stat.S_ISDIR(mode)
        else "a pipe (FIFO)"
        if stat.S_ISFIFO(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "not a regular file"
    )
    return f"this is {kind}, not a file: {ACCEPTED}"


class _Limited(io.RawIOBase):
    """A reader that raises ``_FileTooLarge`` once more than ``limit`` bytes were read."""

    def __init__(self, raw: IO[bytes], limit: int) -> None:
        super().__init__()
        self._raw = raw
        self._left = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        want = min(len(view), self._left + 1)
        got = self._raw.readinto(view[:want])  # type: ignore[attr-defined]
        got = got or 0
        self._left -= got
        if self._left < 0:
            raise _FileTooLarge
        return int(got)


def _read_bounded(raw: IO[bytes]) -> bytearray:
    """The whole file, read in chunks and counted; ``_FileTooLarge`` past ``MAX_FILE_BYTES``."""
    data = bytearray()
    while chunk := raw.read(1024 * 1024):
        data += chunk
        if len(data) > MAX_FILE_BYTES:
            raise _FileTooLarge
    return data


def _sniff_format(name: str, path: Path, head: bytes) -> str:
    """JSON or CSV from the ending and the first bytes; spreadsheets, bundles and other files
    are refused with a message saying what is accepted."""
    suffix = path.suffix.lower()
    if head.startswith((*_ZIP_MAGIC, _OLE_MAGIC)) or suffix in _SPREADSHEET_SUFFIXES:
        what = (
            "a spreadsheet"
            if suffix in _SPREADSHEET_SUFFIXES or head.startswith(_OLE_MAGIC)
            else "a ZIP archive (a spreadsheet?)"
        )
        raise ImportFileError(
            name,
            [
                FileProblem(
                    f"this is {what}, not a catalogue file: a filled contribution template "
                    "(.xlsx) is imported by 'ssc-desktop import' or File ▸ Import"
                )
            ],
        )
    if head.startswith(_BUNDLE_MAGIC):
        raise ImportFileError(
            name,
            [FileProblem("this is a USB bundle: import it with 'ssc-desktop bundle import'")],
        )
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix == ".json":
        return "json"
    first = head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1]
    if first in (b"{", b"["):
        return "json"
    if head.removeprefix(b"\xef\xbb\xbf").startswith(b"id,"):
        return "csv"
    raise ImportFileError(name, [FileProblem(f"not a catalogue file: {ACCEPTED}")])


# -- JSON ----------------------------------------------------------------------------------------
def _json_error(name: str, text: str, exc: json.JSONDecodeError) -> ImportFileError:
    if not text.lstrip().startswith(("{", "[")):
        hint = f"; {ACCEPTED}"
    elif not text.rstrip().endswith(("}", "]")):
        hint = " (the file looks cut short)"
    else:
        hint = ""
    return ImportFileError(
        name,
        [FileProblem(f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}{hint}")],
    )


class _JsonRecords:
    """The records of a JSON catalogue, parsed one at a time as they are iterated.

    A file is ``{"format": ..., "format_version": ..., "solutions": [...]}`` (the envelope's keys
    in any order) or a bare list of records. Each record is parsed by itself, so a problem in one
    (nesting too deep, a number too long) names it, and the count is checked as they come.
    """

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.text = text
        self.pos = 0

    def _fail(self, message: str, record: int | None = None) -> ImportFileError:
        return ImportFileError(self.name, [FileProblem(message, record)])

    def _skip(self) -> None:
        match = _WHITESPACE.match(self.text, self.pos)
        self.pos = match.end() if match else self.pos

    def _expect(self, chars: str, message: str) -> str:
        self._skip()
        char = self.text[self.pos : self.pos + 1]
        if not char or char not in chars:
            raise json.JSONDecodeError(message, self.text, self.pos)
        self.pos += 1
        return char

    def _value(self, record: int | None = None) -> Any:
        self._skip()
        try:
            value, self.pos = _DECODER.raw_decode(self.text, self.pos)
        except RecursionError:
            raise self._fail("the JSON is nested too deeply", record) from None
        return value

    def __iter__(self) -> Iterator[tuple[int, Any]]:
        try:
            yield from self._document()
        except json.JSONDecodeError as exc:
            raise _json_error(self.name, self.text, exc) from exc

    def _document(self) -> Iterator[tuple[int, Any]]:
        opening = self._expect("{[", "Expecting a catalogue object")
        if opening == "[":
            yield from self._records()
        else:
            envelope: dict[str, Any] = {}
            found = False
            self._skip()
            if self.text.startswith("}", self.pos):
                self.pos += 1
            else:
                while True:
                    self._skip()
                    if not self.text.startswith('"', self.pos):
                        raise json.JSONDecodeError(
                            "Expecting property name enclosed in double quotes",
                            self.text,
                            self.pos,
                        )
                    key = self._value()
                    self._expect(":", "Expecting ':' delimiter")
                    self._skip()
                    if key == "solutions" and self.text.startswith("[", self.pos):
                        self._check_envelope(envelope, complete=False)
                        self.pos += 1
                        found = True
                        yield from self._records()
                    else:
                        envelope[key] = self._value()
                    if self._expect(",}", "Expecting ',' delimiter") == "}":
                        break
            self._check_envelope(envelope, complete=True)
            if not found:
                raise self._fail('"solutions" must be a list of records')
        self._skip()
        if self.pos != len(self.text):
            raise json.JSONDecodeError("Extra data", self.text, self.pos)

    def _check_envelope(self, envelope: dict[str, Any], *, complete: bool) -> None:
        if ("format" in envelope or complete) and envelope.get("format") != FORMAT_NAME:
            raise self._fail(f'not an SSC Desktop catalogue (expected "format": "{FORMAT_NAME}")')
        if "format_version" in envelope or complete:
            version = envelope.get("format_version")
            if not isinstance(version, int) or isinstance(version, bool) or version < 1:
                raise self._fail("format_version must be a whole number")
            if version > FORMAT_VERSION:
                raise self._fail(
                    f"the file uses format version {version}; this SSC Desktop reads up "
                    f"to {FORMAT_VERSION}: please update SSC Desktop"
                )
        if "solutions" in envelope:
            raise self._fail('"solutions" must be a list of records')

    def _records(self) -> Iterator[tuple[int, Any]]:
        """The items of a list whose ``[`` was just read, through its ``]``."""
        self._skip()
        if self.text.startswith("]", self.pos):
            self.pos += 1
            return
        number = 0
        while True:
            number += 1
            yield number, self._value(number)
            if self._expect(",]", "Expecting ',' delimiter") == "]":
                return


# -- CSV -----------------------------------------------------------------------------------------
def _csv_records(name: str, stream: IO[str]) -> Iterator[tuple[int, Any]]:
    reader = csv.DictReader(stream)
    try:
        header = reader.fieldnames or []
    except UnicodeDecodeError:
        raise ImportFileError(name, [FileProblem("the file is not valid UTF-8")]) from None
    except csv.Error as exc:
        raise ImportFileError(name, [FileProblem(f"malformed CSV header: {exc}")]) from exc
    missing = [c for c in csvformat.COLUMNS if c not in header]
    unknown = [
        c
        for c in header
        if c not in csvformat.COLUMNS and csvformat.parse_translation_column(c) is None
    ]
    problems = []
    if missing:
        problems.append(FileProblem(f"missing column(s): {', '.join(missing)}"))
    if unknown:
        problems.append(FileProblem(f"unknown column(s): {', '.join(c[:40] for c in unknown)}"))
    if problems:
        raise ImportFileError(name, problems)
    try:
        for number, row in enumerate(reader, start=1):
            if None in row or any(value is None for value in row.values()):
                yield (
                    number,
                    FileProblem(
                        "the row does not have one value per column",
                        number,
                        _text(row.get("id")),
                        _text(row.get("title")),
                    ),
                )
                continue
            try:
                yield number, csvformat.from_row(row)
            except ValueError as exc:
                yield (
                    number,
                    FileProblem(str(exc), number, _text(row.get("id")), _text(row.get("title"))),
                )
    except UnicodeDecodeError:
        raise ImportFileError(
            name, [FileProblem(f"the file is not valid UTF-8 (near line {reader.line_num + 1})")]
        ) from None
    except csv.Error as exc:
        raise ImportFileError(
            name, [FileProblem(f"malformed CSV at line {reader.line_num}: {exc}")]
        ) from exc


# -- validation ----------------------------------------------------------------------------------
def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _validate(name: str, raws: Iterable[tuple[int, Any]]) -> list[Solution]:
    """Validate records as they come; a ``FileProblem`` in place of a record is reported as is."""
    problems: list[FileProblem] = []
    solutions: list[Solution] = []
    first_seen: dict[str, int] = {}
    for number, raw in raws:
        if number > MAX_RECORDS:
            problems.append(
                FileProblem(
                    f"the file holds more than {MAX_RECORDS:,} records, the most one import "
                    "takes: split it into several files",
                    number,
                )
            )
            break
        if isinstance(raw, FileProblem):
            problems.append(raw)
        elif not isinstance(raw, dict):
            problems.append(FileProblem("a record must be an object", number))
        else:
            try:
                solution = Solution.model_validate(raw)
            except ValidationError as exc:
                problems.extend(problems_from_validation(exc, number, raw))
            except RecursionError:
                problems.append(FileProblem("the record is nested too deeply", number))
            else:
                if solution.id in first_seen:
                    problems.append(
                        FileProblem(
                            f"duplicate id: record {first_seen[solution.id]} has the same id",
                            number,
                            solution.id,
                            solution.title,
                            "id",
                        )
                    )
                else:
                    first_seen[solution.id] = number
                    solutions.append(solution)
        if len(problems) >= MAX_REPORTED:
            break
    if problems:
        raise ImportFileError(name, problems[:MAX_REPORTED])
    return solutions
