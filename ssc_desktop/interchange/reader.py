"""Reading a catalogue file (JSON or CSV) into validated solutions, or a list of problems."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ssc_desktop.domain.model import FORMAT_NAME, FORMAT_VERSION, Solution
from ssc_desktop.interchange import csvformat
from ssc_desktop.interchange.errors import (
    MAX_REPORTED,
    FileProblem,
    ImportFileError,
    problems_from_validation,
)

MAX_FILE_BYTES = 512 * 1024 * 1024
# csv's default field limit (128 KiB) would fail with a bare "field larger than field limit";
# raise it so that an over-long field reaches validation and gets a proper message.
csv.field_size_limit(64 * 1024 * 1024)


def detect_format(path: Path) -> str:
    return "csv" if path.suffix.lower() in (".csv", ".tsv") else "json"


def read_catalogue_file(path: Path, file_format: str | None = None) -> list[Solution]:
    """Every solution in the file, validated; raises ImportFileError naming what is wrong."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(name, [FileProblem(f"the file is too large ({size} bytes)")])
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(name, [FileProblem(f"cannot read the file: {exc.strerror}")]) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            name, [FileProblem(f"the file is not valid UTF-8 (bad byte at offset {exc.start})")]
        ) from exc
    fmt = file_format or detect_format(path)
    raws = _json_records(name, text) if fmt == "json" else _csv_records(name, text)
    return _validate(name, raws)


def _json_records(name: str, text: str) -> list[tuple[int, Any]]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            name,
            [
                FileProblem(
                    f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
                    + ("" if text.rstrip().endswith(("}", "]")) else " (the file looks cut short)")
                )
            ],
        ) from exc
    records: object
    if isinstance(document, list):
        records = document
    elif isinstance(document, dict):
        if document.get("format") != FORMAT_NAME:
            raise ImportFileError(
                name,
                [FileProblem(f'not an SSC Desktop catalogue (expected "format": "{FORMAT_NAME}")')],
            )
        version = document.get("format_version")
        if not isinstance(version, int) or version < 1:
            raise ImportFileError(name, [FileProblem("format_version must be a whole number")])
        if version > FORMAT_VERSION:
            raise ImportFileError(
                name,
                [
                    FileProblem(
                        f"the file uses format version {version}; this SSC Desktop reads up "
                        f"to {FORMAT_VERSION}: please update SSC Desktop"
                    )
                ],
            )
        records = document.get("solutions")
        if not isinstance(records, list):
            raise ImportFileError(name, [FileProblem('"solutions" must be a list of records')])
    else:
        raise ImportFileError(name, [FileProblem("the file must hold a catalogue object")])
    return list(enumerate(records, start=1))


def _csv_records(name: str, text: str) -> list[tuple[int, Any]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
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
    records: list[tuple[int, Any]] = []
    problems = []
    try:
        for number, row in enumerate(reader, start=1):
            if None in row or any(value is None for value in row.values()):
                problems.append(
                    FileProblem(
                        "the row does not have one value per column",
                        number,
                        str(row.get("id") or ""),
                        str(row.get("title") or ""),
                    )
                )
                continue
            try:
                records.append((number, csvformat.from_row(row)))
            except ValueError as exc:
                problems.append(
                    FileProblem(str(exc), number, row.get("id", ""), row.get("title", ""))
                )
    except csv.Error as exc:
        problems.append(FileProblem(f"malformed CSV at line {reader.line_num}: {exc}"))
    if problems:
        raise ImportFileError(name, problems[:MAX_REPORTED])
    return records


def _validate(name: str, raws: list[tuple[int, Any]]) -> list[Solution]:
    problems: list[FileProblem] = []
    solutions: list[Solution] = []
    first_seen: dict[str, int] = {}
    for number, raw in raws:
        if not isinstance(raw, dict):
            problems.append(FileProblem("a record must be an object", number))
        else:
            try:
                solution = Solution.model_validate(raw)
            except ValidationError as exc:
                problems.extend(problems_from_validation(exc, number, raw))
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
        raise ImportFileError(name, problems)
    return solutions
