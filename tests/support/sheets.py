"""A contribution template filled as a person would (openpyxl on the data sheet)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

#: One good row; the tests change the title and the reference.
ROW: dict[str, Any] = {
    "title": "Solar irrigation for smallholder farmers",
    "summary": "Farmers in two countries learn to run solar pumps.",
    "countries": "Brazil (provider); Kenya (recipient)",
    "primary_sdgs": "2; 13",
    "organisations": "UNDP (supported by)",
    "cooperation_type": "Triangular",
    "modality_1": "Technology transfer",
    "status": "Completed",
    "start_year": 2019,
    "end_year": 2022,
}


def filled_template(path: Path, rows: list[dict[str, Any]], language: str = "en") -> Path:
    """A new template at ``path`` with ``rows`` (each over :data:`ROW`) from its second row."""
    import openpyxl

    from ssc_desktop.interchange import template

    template.write_template(path, language)
    head = {c.key: n for n, c in enumerate(template.columns(), start=1)}
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    for number, values in enumerate(rows, start=2):
        for key, value in {**ROW, **values}.items():
            sheet.cell(row=number, column=head[key], value=value)
    book.save(path)
    return path
