"""``ssc-desktop template``: a contribution template to fill; and the English wording of a
template's problems for ``ssc-desktop import`` (the window words them in its own language)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ssc_desktop.console import printable
from ssc_desktop.errors import CommandError

if TYPE_CHECKING:
    from ssc_desktop.interchange.template import Problem

#: How many of a file's problems the command line lists (all are counted).
SHOWN = 20

_EN = {
    "not_a_spreadsheet": "this is not an .xlsx workbook (an old .xls, a password-protected or "
    "damaged file?): save it as Excel Workbook (.xlsx) or as CSV UTF-8",
    "damaged": "the file is damaged or not a workbook ({detail})",
    "too_large": "the file is too large (the most read is {detail})",
    "macros": "the workbook contains macros ({detail}), which are never opened: save it as "
    "Excel Workbook (.xlsx)",
    "merged_cells": "cells {value} are merged: unmerge them, one value a cell",
    "not_a_template": "no sheet of this workbook is a contribution template (its first row must "
    "hold the column headings, such as Title): make one with 'ssc-desktop template'",
    "missing_column": "the column {column} is missing",
    "unknown_column": "unknown column heading {value!r}",
    "duplicate_column": "the column {column} appears twice",
    "too_many_rows": "the sheet has more than {detail} filled rows, the most one import takes: "
    "split it into several files",
    "no_rows": "the sheet has no filled row",
    "not_utf8": "the file is not UTF-8 text: save it as CSV UTF-8",
    "formula": "holds a formula ({value}); formulas are never run: type the value itself",
    "required": "is required",
    "wrong_type": "{value!r} is not {expected}",
    "unknown_country": "unknown country {value!r} (a name in English, French or Spanish, or an "
    "ISO code)",
    "unknown_role": "unknown role {value!r}",
    "unknown_choice": "{value!r} is not one of the list's values",
    "unknown_sdg": "SDG {value} does not exist (goals are 1 to 17)",
    "bad_item": "{value!r} is not in the form {detail}",
    "missing_part": "{value!r} needs its {detail}",
    "too_long": "is longer than {detail} characters",
    "too_many_words": "has more than {detail} words",
    "year_out_of_range": "{value!r} is not a year from {detail}",
    "start_after_end": "the end year is before the start year",
    "budget_without_currency": "a budget needs a currency (an ISO 4217 code such as USD)",
    "bad_currency": "{value!r} is not a currency code (three letters such as USD)",
    "bad_url": "{value!r} is not a web address (http:// or https://)",
    "bad_email": "{value!r} is not an e-mail address",
    "listed_twice": "{value!r} is listed twice",
    "control_character": "contains a control character",
    "duplicate_reference": "the reference {value!r} is already used by row {detail}",
    "no_heading": "a value in a column without a heading",
    "invalid": "{detail}",
}
_EXPECTED = {"year": "a year", "number": "a number", "text": "text", "sdg": "an SDG number"}


def describe(problem: Problem) -> str:
    """One line in English: where (row, column, cell) and what."""
    from ssc_desktop.interchange.template import column_label

    column = column_label(problem.column) if problem.column else ""
    text = _EN[problem.kind.value].format(
        value=problem.value,
        detail=problem.detail,
        column=column,
        expected=_EXPECTED.get(problem.detail, problem.detail),
    )
    where = []
    if problem.row is not None:
        where.append(f"row {problem.row}")
    if column and problem.row is not None:
        where.append(column)
    if problem.cell:
        where.append(f"cell {problem.cell}")
    return printable((", ".join(where) + ": " if where else "") + text)


def describe_all(problems: list[Problem], bad_rows: int = 0) -> str:
    lines = [f"  - {describe(p)}" for p in problems[:SHOWN]]
    if len(problems) > SHOWN:
        lines.append(f"  (and {len(problems) - SHOWN} more)")
    return "\n".join(lines)


def cmd_template(args: argparse.Namespace) -> int:
    from ssc_desktop.interchange.template import INTERFACE_LANGUAGES, write_template

    path = Path(args.output)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        raise CommandError(f"{printable(str(path))}: name it .xlsx (with drop-down lists) or .csv")
    if args.language not in INTERFACE_LANGUAGES:
        raise CommandError(f"--language: one of {', '.join(INTERFACE_LANGUAGES)}")
    try:
        write_template(path, args.language)
    except OSError as exc:
        raise CommandError(f"cannot write {printable(str(path))}: {exc.strerror or exc}") from exc
    sys.stderr.write(
        f"wrote {printable(str(path))}: fill one row a solution, then 'ssc-desktop import "
        f"{printable(path.name)}'"
        + (" (the second sheet explains each column)\n" if path.suffix == ".xlsx" else "\n")
    )
    return 0


def add_commands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add ``template`` to the ``ssc-desktop`` command line."""
    p = subparsers.add_parser(
        "template",
        parents=[common],
        help="write a contribution template to fill (.xlsx or .csv)",
        description="Write a spreadsheet an office fills with its solutions, one row each, "
        "then imports with 'ssc-desktop import FILE'. The .xlsx has drop-down lists and a "
        "second sheet that explains each column.",
    )
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="contributions.xlsx")
    p.add_argument(
        "--language", default="en", help="language of the headings and help: en, fr or es"
    )
    p.set_defaults(func=cmd_template)
