"""Problems found in a catalogue file, said so that a person can find and fix them."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from ssc_desktop.console import printable

MAX_REPORTED = 20


@dataclass(frozen=True)
class FileProblem:
    """One problem: where (record number, id, title, field) and what."""

    message: str
    record: int | None = None  # 1-based position in the file
    record_id: str = ""
    title: str = ""
    field: str = ""

    def __str__(self) -> str:
        """One line; text that came from the file (id, title, field) is escaped for a terminal."""
        where = []
        if self.record is not None:
            label = f"record {self.record}"
            if self.record_id:
                label += f" (id {printable(self.record_id[:36])}"
                label += f', "{printable(self.title[:50])}")' if self.title else ")"
            where.append(label)
        if self.field:
            where.append(f"field {printable(self.field)}")
        return (": ".join(where) + ": " if where else "") + printable(self.message)


class ImportFileError(Exception):
    """The file cannot be imported; nothing was written."""

    def __init__(self, path: str, problems: list[FileProblem]) -> None:
        self.path = path
        self.problems = problems
        shown = "; ".join(str(p) for p in problems[:3])
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        super().__init__(f"{printable(path)}: {shown}{more}")


def problems_from_validation(
    exc: ValidationError, record: int, raw: object, *, field_prefix: str = ""
) -> list[FileProblem]:
    """Turn pydantic's errors for one record into problems naming the record and field."""
    record_id = title = ""
    if isinstance(raw, dict):
        # only text: str() of a deeply nested list would itself fail
        record_id = raw["id"][:36] if isinstance(raw.get("id"), str) else ""
        title = raw["title"][:60] if isinstance(raw.get("title"), str) else ""
    problems = []
    for error in exc.errors(include_url=False):
        loc = error.get("loc", ())
        field = field_prefix
        for part in loc:
            if isinstance(part, int):
                field += f"[{part}]"
            elif isinstance(part, str) and not part.startswith(("function-", "constrained-")):
                field += ("." if field else "") + part
        message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
        problems.append(FileProblem(message, record, record_id, title, field))
    return problems
