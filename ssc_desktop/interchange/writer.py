"""Writing a catalogue file. The output is canonical: the same catalogue gives the same bytes."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from ssc_desktop.domain.model import FORMAT_NAME, FORMAT_VERSION, Solution
from ssc_desktop.interchange import csvformat


def _record(solution: Solution) -> dict[str, Any]:
    """A record's interchange form as written to a file: ``translations`` only when there are
    some (a record without translations reads and writes exactly as before they existed)."""
    data = solution.to_json_dict()
    if not data.get("translations"):
        data.pop("translations", None)
    return data


def dump_json(solutions: Iterable[Solution], out: IO[str]) -> int:
    """Write the JSON form, streaming record by record; returns how many were written."""
    ordered = sorted(solutions, key=lambda s: s.id)
    out.write('{\n  "format": ' + json.dumps(FORMAT_NAME) + ",\n")
    out.write(f'  "format_version": {FORMAT_VERSION},\n  "solutions": [')
    for number, solution in enumerate(ordered):
        body = json.dumps(_record(solution), indent=2, ensure_ascii=False)
        out.write(("," if number else "") + "\n    " + body.replace("\n", "\n    "))
    out.write("\n  ]\n}\n" if ordered else "]\n}\n")
    return len(ordered)


def dump_csv(solutions: Iterable[Solution], out: IO[str]) -> int:
    """Write the CSV form (live records only: a spreadsheet has no use for tombstones)."""
    live = sorted((s for s in solutions if not s.deleted), key=lambda s: s.id)
    languages = csvformat.languages_of(live)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(csvformat.header(languages))
    for solution in live:
        writer.writerow(csvformat.to_row(solution, languages))
    return len(live)


def render(solutions: Iterable[Solution], file_format: str) -> str:
    buffer = io.StringIO(newline="")
    (dump_csv if file_format == "csv" else dump_json)(solutions, buffer)
    return buffer.getvalue()


def write_catalogue_file(solutions: Iterable[Solution], path: Path, file_format: str) -> int:
    """Write atomically: a temporary file beside the target, then a rename. A crash leaves the
    old file or the new one, never half of one."""
    encoding = "utf-8-sig" if file_format == "csv" else "utf-8"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as out:
            count = (dump_csv if file_format == "csv" else dump_json)(solutions, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return count


@contextmanager
def atomic_output(path: Path) -> Iterator[IO[bytes]]:
    """A binary file to write ``path`` through: a temporary file beside it, renamed over it when
    the block ends without an error (removed otherwise)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
