"""The contribution template: a sheet a person fills, one row a solution, read back into records.

Human columns only (``resources/contributions/template.json`` holds their names and the help in
English, French and Spanish, as data): the texts, countries by name or ISO code with their role
in brackets (``Brazil (provider); Kenya (recipient)``), SDGs by number, organisations as
``Name [ACRONYM] (role, type)`` (a UN entity by its acronym alone), choices from drop-down lists,
years, budget and currency, public contacts, links and sources (``a | b | c`` parts, ``;``
between items), and the office's own reference of each solution, which makes a re-import update
the solutions it made. Ids, revisions and timestamps are the app's.

Reading checks every row and returns typed :class:`Problem` values (row, column, kind, value);
the layer that shows them words them (the command line in English, the window in its language).
A problem with the file itself (macros, merged cells, too many rows, unknown columns) raises
:class:`TemplateRefused`. Nothing here writes to a catalogue.
"""

from __future__ import annotations

import csv
import io
import json
import re
import secrets
import unicodedata
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ssc_desktop.domain import vocab
from ssc_desktop.domain.model import (
    LANGUAGES,
    MAX_LONG_TEXT,
    MAX_SHORT_TEXT,
    SUMMARY_MAX_WORDS,
    YEAR_MAX,
    YEAR_MIN,
    Solution,
)
from ssc_desktop.interchange import xlsx
from ssc_desktop.interchange.csvformat import escape, guard_cell, split_escaped, unguard_cell
from ssc_desktop.resources import resources_dir

#: The most filled rows one template import takes (an office's contributions are tens or
#: hundreds; a sheet of 100,000 rows is refused as soon as row 5,001 is read).
MAX_ROWS = 5_000
#: Rows given a reference in a new template: as many as one import takes (more can be added:
#: Excel counts on when the last reference is dragged down).
PREFILLED_ROWS = MAX_ROWS
MAX_REFERENCE = 100
#: The most problems kept for the report (every bad row is still counted).
MAX_PROBLEMS = 500
INTERFACE_LANGUAGES = ("en", "fr", "es")
#: The record fields a template row sets; a re-import replaces these and keeps the rest (private
#: contacts, translations).
TEMPLATE_FIELDS = (
    "title", "subtitle", "summary", "challenge", "solution", "results", "sustainability",
    "language", "countries", "primary_sdgs", "secondary_sdgs", "organisations",
    "cooperation_type", "modalities", "status", "start_year", "end_year", "budget", "currency",
    "funding_mechanism", "themes", "keywords", "contacts", "links", "sources",
)  # fmt: skip


class ColumnKind(StrEnum):
    REFERENCE = "reference"
    TEXT = "text"  # one line, at most MAX_SHORT_TEXT
    LONG_TEXT = "long_text"
    CHOICE = "choice"  # a drop-down list
    COUNTRIES = "countries"
    SDGS = "sdgs"
    ORGANISATIONS = "organisations"
    YEAR = "year"
    NUMBER = "number"
    CURRENCY = "currency"
    WORDS = "words"
    CONTACTS = "contacts"
    LINKS = "links"
    SOURCES = "sources"


_KINDS: dict[str, ColumnKind] = {
    "reference": ColumnKind.REFERENCE,
    "title": ColumnKind.TEXT,
    "subtitle": ColumnKind.TEXT,
    "summary": ColumnKind.LONG_TEXT,
    "challenge": ColumnKind.LONG_TEXT,
    "solution": ColumnKind.LONG_TEXT,
    "results": ColumnKind.LONG_TEXT,
    "sustainability": ColumnKind.LONG_TEXT,
    "language": ColumnKind.CHOICE,
    "countries": ColumnKind.COUNTRIES,
    "primary_sdgs": ColumnKind.SDGS,
    "secondary_sdgs": ColumnKind.SDGS,
    "organisations": ColumnKind.ORGANISATIONS,
    "cooperation_type": ColumnKind.CHOICE,
    "modality_1": ColumnKind.CHOICE,
    "modality_2": ColumnKind.CHOICE,
    "modality_3": ColumnKind.CHOICE,
    "status": ColumnKind.CHOICE,
    "start_year": ColumnKind.YEAR,
    "end_year": ColumnKind.YEAR,
    "budget": ColumnKind.NUMBER,
    "currency": ColumnKind.CURRENCY,
    "funding_mechanism": ColumnKind.TEXT,
    "themes": ColumnKind.WORDS,
    "keywords": ColumnKind.WORDS,
    "contacts": ColumnKind.CONTACTS,
    "links": ColumnKind.LINKS,
    "sources": ColumnKind.SOURCES,
}
#: The drop-down list of each choice column (a vocabulary list, or "languages").
CHOICES = {
    "language": "languages",
    "cooperation_type": "cooperation_types",
    "modality_1": "modalities",
    "modality_2": "modalities",
    "modality_3": "modalities",
    "status": "statuses",
}
MODALITY_COLUMNS = ("modality_1", "modality_2", "modality_3")
#: Parts of an item in the columns of structured items.
ITEM_PARTS = {
    "contacts": ("name", "title", "organisation", "email", "phone"),
    "links": ("url", "label"),
    "sources": ("document", "paragraph", "url"),
}


class ProblemKind(StrEnum):
    """What is wrong; the layer that shows a :class:`Problem` words it."""

    # the file (row is None)
    NOT_A_SPREADSHEET = "not_a_spreadsheet"  # not an .xlsx workbook (an .xls, encrypted...)
    DAMAGED = "damaged"
    TOO_LARGE = "too_large"  # detail: the limit
    MACROS = "macros"  # detail: what was found
    MERGED_CELLS = "merged_cells"  # value: the range
    NOT_A_TEMPLATE = "not_a_template"  # no sheet has a title column
    MISSING_COLUMN = "missing_column"  # column: the key
    UNKNOWN_COLUMN = "unknown_column"  # value: the heading, cell: where
    DUPLICATE_COLUMN = "duplicate_column"
    TOO_MANY_ROWS = "too_many_rows"  # detail: the limit
    NO_ROWS = "no_rows"
    NOT_UTF8 = "not_utf8"
    # a cell
    FORMULA = "formula"  # value: the formula
    REQUIRED = "required"
    WRONG_TYPE = "wrong_type"  # detail: year, number, text, sdg
    UNKNOWN_COUNTRY = "unknown_country"
    UNKNOWN_ROLE = "unknown_role"
    UNKNOWN_CHOICE = "unknown_choice"
    UNKNOWN_SDG = "unknown_sdg"
    BAD_ITEM = "bad_item"  # detail: the expected form
    MISSING_PART = "missing_part"  # detail: role, type
    TOO_LONG = "too_long"  # detail: the most characters
    TOO_MANY_WORDS = "too_many_words"  # detail: the most words
    YEAR_OUT_OF_RANGE = "year_out_of_range"
    START_AFTER_END = "start_after_end"
    BUDGET_WITHOUT_CURRENCY = "budget_without_currency"
    BAD_CURRENCY = "bad_currency"
    BAD_URL = "bad_url"
    BAD_EMAIL = "bad_email"
    LISTED_TWICE = "listed_twice"
    CONTROL_CHARACTER = "control_character"
    DUPLICATE_REFERENCE = "duplicate_reference"  # detail: the row that has it first
    NO_HEADING = "no_heading"  # a value in a column without a heading
    INVALID = "invalid"  # detail: the record's rule, in English (rare: checked above first)


@dataclass(frozen=True)
class Problem:
    """One problem: where (row, column key, cell) and what (kind, the value, a detail)."""

    kind: ProblemKind
    row: int | None = None
    column: str = ""  # a template column key ("countries"), "" for the file
    cell: str = ""  # "D5"
    value: str = ""  # the offending text, at most 80 characters
    detail: str = ""


class TemplateRefused(Exception):
    """The file cannot be read as a contribution template; nothing was written."""

    def __init__(self, path: Path, problems: Sequence[Problem]) -> None:
        self.path = path
        self.problems = list(problems)
        super().__init__(f"{path}: {', '.join(p.kind.value for p in self.problems[:3])}")


@dataclass(frozen=True)
class ContributionRow:
    """A good row: the office's reference and the record it describes (a new id, revision 1,
    origin local: the store keeps an existing record's id and bookkeeping)."""

    row: int
    reference: str
    solution: Solution


@dataclass
class TemplateCheck:
    """Every row of a template checked: the good ones and the problems of the others."""

    path: Path
    rows: list[ContributionRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    bad_rows: int = 0

    @property
    def good(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Column:
    key: str
    kind: ColumnKind
    labels: dict[str, str]
    help: dict[str, str]
    example: str

    def label(self, language: str = "en") -> str:
        return self.labels.get(language) or self.labels["en"]

    def explanation(self, language: str = "en") -> str:
        return self.help.get(language) or self.help["en"]


# -- texts and columns (data) --------------------------------------------------------------------
@cache
def texts() -> dict[str, Any]:
    path = resources_dir() / "contributions" / "template.json"
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


@cache
def columns() -> tuple[Column, ...]:
    return tuple(
        Column(c["key"], _KINDS[c["key"]], c["label"], c["help"], c.get("example", ""))
        for c in texts()["columns"]
    )


def column(key: str) -> Column:
    return next(c for c in columns() if c.key == key)


def column_label(key: str, language: str = "en") -> str:
    """A column's heading in ``language`` (the key itself for a column the template has not)."""
    found = [c for c in columns() if c.key == key]
    return found[0].label(language) if found else key


def _text(group: str, language: str) -> Any:
    entry = texts()[group]
    return entry.get(language) or entry["en"]


def sheet_name(which: str, language: str) -> str:
    """The name of the template's ``data``, ``help`` or ``lists`` sheet in ``language``."""
    return str(texts()["sheets"][which].get(language) or texts()["sheets"][which]["en"])


# -- matching what people type ------------------------------------------------------------------
def fold(text: str) -> str:
    """Text compared without case, accents, curly quotes or extra spaces."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace("_", " ").split())


@cache
def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for iso3, country in vocab.countries().items():
        names = [iso3, country.iso2, *country.names.values()]
        for name in list(names):
            short = re.sub(r"\s*\([^)]*\)\s*$", "", name)  # "Bolivia (Plurinational State of)"
            names.append(short)
        for name in names:
            index.setdefault(fold(name), iso3)
    return index


@cache
def _choice_index(list_name: str) -> dict[str, str]:
    index: dict[str, str] = {}
    if list_name == "languages":
        for code, names in texts()["languages"].items():
            for name in (code, *names.values()):
                index.setdefault(fold(name), code)
        return index
    for code, term in vocab.terms()[list_name].items():
        for name in (code, *term.label.values(), *term.aliases):
            index.setdefault(fold(name), code)
    return index


def choice_labels(list_name: str, language: str) -> list[tuple[str, str]]:
    """``(code, label in language)`` of a drop-down list, in the vocabulary's order."""
    if list_name == "languages":
        return [(code, names.get(language) or names["en"]) for code, names in
                texts()["languages"].items()]  # fmt: skip
    return [(code, term.text(language)) for code, term in vocab.terms()[list_name].items()]


def choice_label(list_name: str, code: str, language: str) -> str:
    return dict(choice_labels(list_name, language)).get(code, code)


def find_country(text: str) -> str | None:
    return _country_index().get(fold(text))


def find_choice(list_name: str, text: str) -> str | None:
    return _choice_index(list_name).get(fold(text))


# -- reading --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Cell:
    value: Any
    data_type: str
    coordinate: str


_BRACKETS = re.compile(r"^(.*)\(([^()]*)\)\s*$", re.S)
_ACRONYM = re.compile(r"^(.*?)\s*\[([^\[\]]*)\]\s*$", re.S)
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.I)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SDG_PREFIX = re.compile(r"^(?:sdg|odd|ods|goal|objectif|objetivo)?\s*#?\s*", re.I)
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


class _RowParser:
    """Turns one row's cells into record data, collecting problems as typed values."""

    def __init__(self, row: int, cells: dict[str, _Cell], letters: dict[str, str]) -> None:
        self.row = row
        self.cells = cells
        self.letters = letters  # column key -> its letter, for an empty cell's address
        self.problems: list[Problem] = []

    def fail(self, kind: ProblemKind, key: str, value: Any = "", detail: Any = "") -> None:
        cell = self.cells.get(key)
        self.problems.append(
            Problem(
                kind,
                self.row,
                key,
                cell.coordinate if cell else f"{self.letters.get(key, '')}{self.row}",
                _shown(value if value != "" or cell is None else cell.value),
                str(detail),
            )
        )

    def text(self, key: str, limit: int = MAX_SHORT_TEXT) -> str:
        cell = self.cells.get(key)
        if cell is None or cell.value is None:
            return ""
        value = cell.value
        if isinstance(value, (bool, datetime | date | time)):
            self.fail(ProblemKind.WRONG_TYPE, key, detail="text")
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = str(value).strip()
        if len(text) > limit:
            self.fail(ProblemKind.TOO_LONG, key, text[:80], limit)
            return ""
        if _CONTROL.search(text):
            self.fail(ProblemKind.CONTROL_CHARACTER, key, text)
            return ""
        return text

    def items(self, key: str) -> list[str]:
        """The items of a list cell: ``;`` or a new line between them (``\\;`` is a ``;``)."""
        text = self.text(key, MAX_LONG_TEXT).replace("\r\n", "\n").replace("\n", ";")
        if not text:
            return []
        return [item for item in split_escaped(text, ";", unescape=False) if item]

    def year(self, key: str) -> int | None:
        cell = self.cells.get(key)
        if cell is None or cell.value is None or cell.value == "":
            return None
        value = cell.value
        number: int | None = None
        if isinstance(value, (bool, datetime | date | time)):
            number = None
        elif isinstance(value, int):
            number = value
        elif isinstance(value, float) and value.is_integer():
            number = int(value)
        elif isinstance(value, str) and value.strip().isdigit():
            number = int(value.strip())
        if number is None:
            self.fail(ProblemKind.WRONG_TYPE, key, detail="year")
            return None
        if not YEAR_MIN <= number <= YEAR_MAX:
            self.fail(ProblemKind.YEAR_OUT_OF_RANGE, key, detail=f"{YEAR_MIN}-{YEAR_MAX}")
            return None
        return number

    def number(self, key: str) -> float | None:
        cell = self.cells.get(key)
        if cell is None or cell.value is None or cell.value == "":
            return None
        value = cell.value
        result: float | None = None
        if isinstance(value, (bool, datetime | date | time)):
            result = None
        elif isinstance(value, int | float):
            result = float(value)
        elif isinstance(value, str):
            text = "".join(value.split()).replace("\u202f", "")
            if _THOUSANDS.match(text):
                text = text.replace(",", "")
            if re.fullmatch(r"\d+(?:\.\d+)?", text):
                result = float(text)
        if result is None or result < 0 or result != result or result in (float("inf"),):
            self.fail(ProblemKind.WRONG_TYPE, key, detail="number")
            return None
        return result

    def choice(self, key: str) -> str | None:
        text = self.text(key)
        if not text:
            return None
        code = find_choice(CHOICES[key], text)
        if code is None:
            self.fail(ProblemKind.UNKNOWN_CHOICE, key, text)
        return code

    def sdgs(self, key: str) -> list[int]:
        cell = self.cells.get(key)
        if cell is None or cell.value is None:
            return []
        value = cell.value
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, (bool, datetime | date | time | float)):
            self.fail(ProblemKind.WRONG_TYPE, key, detail="sdg")
            return []
        goals: list[int] = []
        for token in re.split(r"[;,\n]", str(value)):
            token = _SDG_PREFIX.sub("", token.strip())
            if not token:
                continue
            if not token.isdigit():
                self.fail(ProblemKind.WRONG_TYPE, key, token, "sdg")
                continue
            goal = int(token)
            if goal not in vocab.sdgs():
                self.fail(ProblemKind.UNKNOWN_SDG, key, token)
            elif goal in goals:
                self.fail(ProblemKind.LISTED_TWICE, key, token)
            else:
                goals.append(goal)
        return goals

    def countries(self) -> list[dict[str, str]]:
        out: list[dict[str, str]] = []
        for item in self.items("countries"):
            item = item.replace("\\;", ";")
            iso3 = find_country(item)
            role = "participant"
            if iso3 is None:
                match = _BRACKETS.match(item)
                name, role_text = (match.group(1), match.group(2)) if match else (item, "")
                iso3 = find_country(name)
                if iso3 is None:
                    self.fail(ProblemKind.UNKNOWN_COUNTRY, "countries", name.strip() or item)
                    continue
                found = find_choice("country_roles", role_text)
                if found is None:
                    self.fail(ProblemKind.UNKNOWN_ROLE, "countries", role_text or item)
                    continue
                role = found
            entry = {"iso3": iso3, "role": role}
            if entry in out:
                self.fail(ProblemKind.LISTED_TWICE, "countries", item)
                continue
            out.append(entry)
        return out

    def organisations(self) -> list[dict[str, str]]:
        out: list[dict[str, str]] = []
        entities = vocab.un_entities()
        by_name = {fold(e.name): e for e in entities.values()}
        for item in self.items("organisations"):
            item = item.replace("\\;", ";")
            match = _BRACKETS.match(item)
            name, inside = (match.group(1).strip(), match.group(2)) if match else (item, "")
            acronym = ""
            found = _ACRONYM.match(name)
            if found:
                name, acronym = found.group(1).strip(), found.group(2).strip()
            entity = entities.get(acronym or name) or by_name.get(fold(name))
            if entity is not None and not acronym:
                acronym = entity.acronym
                name = entity.name if name == entity.acronym else name
            parts = [p.strip() for p in inside.split(",")] if inside.strip() else []
            if not name:
                self.fail(ProblemKind.BAD_ITEM, "organisations", item, "organisation")
                continue
            if not parts:
                self.fail(ProblemKind.MISSING_PART, "organisations", item, "role")
                continue
            role = find_choice("organisation_roles", parts[0])
            if role is None:
                self.fail(ProblemKind.UNKNOWN_ROLE, "organisations", parts[0])
                continue
            kind: str | None = "un_entity" if entity is not None else None
            if len(parts) > 1:
                kind = find_choice("organisation_types", ", ".join(parts[1:]))
                if kind is None:
                    self.fail(ProblemKind.UNKNOWN_CHOICE, "organisations", ", ".join(parts[1:]))
                    continue
            if kind is None:
                self.fail(ProblemKind.MISSING_PART, "organisations", item, "type")
                continue
            if len(name) > MAX_SHORT_TEXT or len(acronym) > 40:
                self.fail(ProblemKind.TOO_LONG, "organisations", item, MAX_SHORT_TEXT)
                continue
            out.append({"name": name, "acronym": acronym, "role": role, "type": kind})
        return out

    def parts(self, key: str) -> list[dict[str, Any]]:
        names = ITEM_PARTS[key]
        out: list[dict[str, Any]] = []
        for item in self.items(key):
            parts = split_escaped(item, "|")
            if len(parts) > len(names) or not parts[0]:
                self.fail(ProblemKind.BAD_ITEM, key, item, " | ".join(names))
                continue
            entry: dict[str, Any] = dict(
                zip(names, parts + [""] * (len(names) - len(parts)), strict=False)
            )
            if key == "links" and not _URL.match(entry["url"]) and _URL.match(entry["label"]):
                entry["url"], entry["label"] = entry["label"], entry["url"]  # "label | address"
            url = entry.get("url", "")
            if url and not _URL.match(url):
                self.fail(ProblemKind.BAD_URL, key, url)
                continue
            if key == "contacts":
                if entry["email"] and not _EMAIL.match(entry["email"]):
                    self.fail(ProblemKind.BAD_EMAIL, key, entry["email"])
                    continue
                entry["public"] = True
            if any(len(str(v)) > MAX_SHORT_TEXT for v in entry.values()):
                self.fail(ProblemKind.TOO_LONG, key, item, MAX_SHORT_TEXT)
                continue
            out.append(entry)
        return out

    def words(self, key: str) -> list[str]:
        out: list[str] = []
        for item in self.items(key):
            word = item.replace("\\;", ";").strip()
            if len(word) > 100:
                self.fail(ProblemKind.TOO_LONG, key, word, 100)
            elif word in out:
                self.fail(ProblemKind.LISTED_TWICE, key, word)
            else:
                out.append(word)
        return out

    def record(self) -> dict[str, Any]:
        data: dict[str, Any] = {"origin": "local"}
        title = self.text("title")
        if not title and not any(p.column == "title" for p in self.problems):
            self.fail(ProblemKind.REQUIRED, "title")
        data["title"] = title or "-"
        data["subtitle"] = self.text("subtitle")
        summary = self.text("summary", 1000)
        if len(summary.split()) > SUMMARY_MAX_WORDS:
            self.fail(ProblemKind.TOO_MANY_WORDS, "summary", summary[:80], SUMMARY_MAX_WORDS)
        data["summary"] = summary
        for key in ("challenge", "solution", "results", "sustainability"):
            data[key] = self.text(key, MAX_LONG_TEXT)
        data["language"] = self.choice("language") or "en"
        data["countries"] = self.countries()
        data["primary_sdgs"] = self.sdgs("primary_sdgs")
        data["secondary_sdgs"] = self.sdgs("secondary_sdgs")
        both = set(data["primary_sdgs"]) & set(data["secondary_sdgs"])
        if both:
            self.fail(ProblemKind.LISTED_TWICE, "secondary_sdgs", str(min(both)))
        data["organisations"] = self.organisations()
        data["cooperation_type"] = self.choice("cooperation_type")
        modalities: list[str] = []
        for key in MODALITY_COLUMNS:
            code = self.choice(key)
            if code is not None and code in modalities:
                self.fail(ProblemKind.LISTED_TWICE, key)
            elif code is not None:
                modalities.append(code)
        data["modalities"] = modalities
        data["status"] = self.choice("status")
        data["start_year"] = self.year("start_year")
        data["end_year"] = self.year("end_year")
        if data["start_year"] and data["end_year"] and data["start_year"] > data["end_year"]:
            self.fail(ProblemKind.START_AFTER_END, "end_year")
        data["budget"] = self.number("budget")
        currency = self.text("currency").upper() or None
        if currency is not None and not re.fullmatch(r"[A-Z]{3}", currency):
            self.fail(ProblemKind.BAD_CURRENCY, "currency", currency)
        if data["budget"] is not None and currency is None:
            self.fail(ProblemKind.BUDGET_WITHOUT_CURRENCY, "currency")
        data["currency"] = currency
        data["funding_mechanism"] = self.text("funding_mechanism")
        data["themes"] = self.words("themes")
        data["keywords"] = self.words("keywords")
        for key in ("contacts", "links", "sources"):
            data[key] = self.parts(key)
        return data


def _shown(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _field_column(field_name: str) -> str:
    return "modality_1" if field_name == "modalities" else field_name


def check_row(
    row: int, cells: dict[str, _Cell], letters: dict[str, str] | None = None
) -> tuple[ContributionRow | None, list[Problem]]:
    """One row checked: the record it makes, or its problems (``letters``: each column key's
    letter, to name an empty cell)."""
    parser = _RowParser(row, cells, letters or {})
    formulas = [(k, c) for k, c in cells.items() if c.data_type == "f"]
    for key, cell in formulas:
        parser.fail(ProblemKind.FORMULA, key, cell.value)
    if formulas:
        return None, parser.problems
    reference = parser.text("reference", MAX_REFERENCE)
    if not reference and not any(p.column == "reference" for p in parser.problems):
        parser.fail(ProblemKind.REQUIRED, "reference")
    data = parser.record()
    if parser.problems:
        return None, parser.problems
    try:
        solution = Solution.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            loc = error.get("loc", ())
            name = str(loc[0]) if loc else ""
            parser.fail(
                ProblemKind.INVALID,
                _field_column(name),
                detail=str(error.get("msg", "invalid")).removeprefix("Value error, "),
            )
        return None, parser.problems
    return ContributionRow(row, reference, solution), []


def _headings(cells: Sequence[tuple[str, Any]]) -> dict[str, str]:
    """The folded name of every heading a column may have (labels in every language, keys)."""
    index: dict[str, str] = {}
    for col in columns():
        for name in (col.key, *col.labels.values()):
            index.setdefault(fold(name), col.key)
    return index


def _map_header(
    header: Sequence[tuple[str, Any]],
) -> tuple[dict[int, str], list[Problem]]:
    """Column position -> key, from the heading row's ``(coordinate, value)`` cells."""
    index = _headings(header)
    mapping: dict[int, str] = {}
    problems: list[Problem] = []
    for position, (coordinate, value) in enumerate(header):
        if value is None or str(value).strip() == "":
            continue
        key = index.get(fold(str(value)))
        if key is None:
            problems.append(Problem(ProblemKind.UNKNOWN_COLUMN, 1, "", coordinate, _shown(value)))
        elif key in mapping.values():
            problems.append(
                Problem(ProblemKind.DUPLICATE_COLUMN, 1, key, coordinate, _shown(value))
            )
        else:
            mapping[position] = key
    for required in ("reference", "title"):
        if required not in mapping.values() and not problems:
            problems.append(Problem(ProblemKind.MISSING_COLUMN, None, required))
    return mapping, problems


def is_template_header(values: Iterable[Any]) -> bool:
    """Does a first row look like a template's (it names the title column)?"""
    index = _headings(())
    return any(
        index.get(fold(str(v))) == "title" for v in values if isinstance(v, str) and v.strip()
    )


def _check_rows(path: Path, rows: Iterator[tuple[int, list[_Cell]]]) -> TemplateCheck:
    check = TemplateCheck(path)
    first = next(rows, None)
    if first is None:
        raise TemplateRefused(path, [Problem(ProblemKind.NO_ROWS)])
    mapping, problems = _map_header([(c.coordinate, c.value) for c in first[1]])
    if problems:
        raise TemplateRefused(path, problems)
    letters = {key: xlsx.column_letter(position + 1) for position, key in mapping.items()}
    references: dict[str, int] = {}
    filled = 0
    for number, cells in rows:
        named: dict[str, _Cell] = {}
        stray: list[_Cell] = []
        for position, cell in enumerate(cells):
            blank = cell.value is None or (isinstance(cell.value, str) and not cell.value.strip())
            if blank and cell.data_type != "f":
                continue
            key = mapping.get(position)
            if key is None:
                stray.append(cell)
            else:
                named[key] = cell
        if not any(k != "reference" for k in named) and not stray:
            continue  # an empty row (perhaps with its prefilled reference)
        filled += 1
        if filled > MAX_ROWS:
            raise TemplateRefused(path, [Problem(ProblemKind.TOO_MANY_ROWS, detail=str(MAX_ROWS))])
        found, row_problems = check_row(number, named, letters)
        row_problems += [
            Problem(ProblemKind.NO_HEADING, number, "", c.coordinate, _shown(c.value))
            for c in stray
        ]
        if found is not None and not row_problems:
            first_row = references.setdefault(found.reference, number)
            if first_row != number:
                row_problems.append(
                    Problem(
                        ProblemKind.DUPLICATE_REFERENCE,
                        number,
                        "reference",
                        named["reference"].coordinate,
                        _shown(found.reference),
                        str(first_row),
                    )
                )
        if row_problems:
            check.bad_rows += 1
            room = MAX_PROBLEMS - len(check.problems)
            check.problems += row_problems[: max(room, 0)]
        elif found is not None:
            check.rows.append(found)
    if filled == 0:
        raise TemplateRefused(path, [Problem(ProblemKind.NO_ROWS)])
    return check


def read_template(path: Path) -> TemplateCheck:
    """Every row of a filled template (``.xlsx`` or ``.csv``) checked; raises
    :class:`TemplateRefused` for a problem with the file itself."""
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        return _read_csv(path)
    return _read_xlsx(path)


_REFUSALS = {
    xlsx.Refusal.NOT_XLSX: ProblemKind.NOT_A_SPREADSHEET,
    xlsx.Refusal.MACROS: ProblemKind.MACROS,
    xlsx.Refusal.TOO_LARGE: ProblemKind.TOO_LARGE,
    xlsx.Refusal.DAMAGED: ProblemKind.DAMAGED,
    xlsx.Refusal.MERGED: ProblemKind.MERGED_CELLS,
    xlsx.Refusal.NO_SHEET: ProblemKind.NOT_A_TEMPLATE,
}


def _refused(path: Path, exc: xlsx.SpreadsheetRefused) -> TemplateRefused:
    kind = _REFUSALS.get(exc.reason, ProblemKind.DAMAGED)
    if kind is ProblemKind.MERGED_CELLS:
        return TemplateRefused(path, [Problem(kind, cell=exc.detail, value=exc.detail)])
    return TemplateRefused(path, [Problem(kind, detail=exc.detail)])


def _read_xlsx(path: Path) -> TemplateCheck:
    try:
        with xlsx.Workbook(path) as book:
            chosen = None
            for name in book.sheet_names():
                if is_template_header(c.value for c in book.first_row(name)):
                    chosen = name
                    break
            if chosen is None:
                raise TemplateRefused(path, [Problem(ProblemKind.NOT_A_TEMPLATE)])
            rows = (
                (number, [_Cell(c.value, c.data_type, c.coordinate) for c in cells])
                for number, cells in book.rows(chosen)
            )
            return _check_rows(path, rows)
    except xlsx.SpreadsheetRefused as exc:
        raise _refused(path, exc) from exc


def _read_csv(path: Path) -> TemplateCheck:
    from ssc_desktop.interchange.reader import MAX_FILE_BYTES

    if path.stat().st_size > MAX_FILE_BYTES:
        raise TemplateRefused(
            path, [Problem(ProblemKind.TOO_LARGE, detail=f"{MAX_FILE_BYTES // 2**20} MB")]
        )
    with path.open("rb") as raw:
        head = raw.read(64 * 1024)
        try:
            first_line = head.decode("utf-8-sig", errors="strict").split("\n", 1)[0]
        except UnicodeDecodeError:
            first_line = head.decode("utf-8-sig", errors="replace").split("\n", 1)[0]
        delimiter = (
            "\t" if "\t" in first_line else ";" if first_line.count(";") > first_line.count(",")
            else ","
        )  # fmt: skip
        raw.seek(0)
        stream = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        reader = csv.reader(stream, delimiter=delimiter)

        def rows() -> Iterator[tuple[int, list[_Cell]]]:
            for number, values in enumerate(reader, start=1):
                yield (
                    number,
                    [
                        _Cell(unguard_cell(v), "s", f"{xlsx.column_letter(i)}{number}")
                        for i, v in enumerate(values, start=1)
                    ],
                )

        try:
            return _check_rows(path, rows())
        except UnicodeDecodeError:
            raise TemplateRefused(path, [Problem(ProblemKind.NOT_UTF8)]) from None
        except csv.Error as exc:
            raise TemplateRefused(path, [Problem(ProblemKind.DAMAGED, detail=str(exc))]) from exc


# -- a re-import ---------------------------------------------------------------------------------
def apply_row(stored: Solution | None, incoming: Solution) -> Solution:
    """The record a template row makes of ``stored`` (None: a new one): the template's fields
    replaced, the rest kept (private contacts, translations, bookkeeping). Not yet validated
    against the stored revision: the store sets revision and timestamps."""
    if stored is None:
        return incoming
    data = stored.model_dump()
    fresh = incoming.model_dump()
    for name in TEMPLATE_FIELDS:
        data[name] = fresh[name]
    data["contacts"] = fresh["contacts"] + [c for c in data_contacts(stored) if not c["public"]]
    data["deleted"] = False
    data["translations"] = {
        lang: tr for lang, tr in data["translations"].items() if lang != data["language"]
    }
    return Solution.model_validate(data)


def data_contacts(solution: Solution) -> list[dict[str, Any]]:
    return [c.model_dump() for c in solution.contacts]


# -- writing --------------------------------------------------------------------------------------
def new_prefix() -> str:
    """A short random prefix for a new template's references (two templates never clash)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(6))


def _items(values: Iterable[str]) -> str:
    return "; ".join(values)


def row_values(solution: Solution, reference: str, language: str) -> dict[str, str | int | float]:
    """A record as a template row (the template's fields, in ``language``)."""

    def parts(*values: str) -> str:
        shown = [escape(v) for v in values]
        while shown and not shown[-1]:
            shown.pop()
        return " | ".join(shown)

    countries = _items(
        f"{escape(vocab.country_name(c.iso3, language))} "
        f"({choice_label('country_roles', c.role, language)})"
        for c in solution.countries
    )
    organisations = _items(
        escape(o.name) + (f" [{escape(o.acronym)}]" if o.acronym else "")
        + f" ({choice_label('organisation_roles', o.role, language)}, "
        f"{choice_label('organisation_types', o.type, language)})"
        for o in solution.organisations
    )  # fmt: skip
    values: dict[str, str | int | float] = {
        "reference": reference,
        "title": solution.title,
        "subtitle": solution.subtitle,
        "summary": solution.summary,
        "challenge": solution.challenge,
        "solution": solution.solution,
        "results": solution.results,
        "sustainability": solution.sustainability,
        "language": choice_label("languages", solution.language, language),
        "countries": countries,
        "primary_sdgs": _items(str(g) for g in solution.primary_sdgs),
        "secondary_sdgs": _items(str(g) for g in solution.secondary_sdgs),
        "organisations": organisations,
        "cooperation_type": choice_label("cooperation_types", solution.cooperation_type, language)
        if solution.cooperation_type else "",
        "status": choice_label("statuses", solution.status, language) if solution.status else "",
        "funding_mechanism": solution.funding_mechanism,
        "currency": solution.currency or "",
        "themes": _items(escape(t) for t in solution.themes),
        "keywords": _items(escape(k) for k in solution.keywords),
        "contacts": _items(
            parts(c.name, c.title, c.organisation, c.email, c.phone)
            for c in solution.contacts if c.public
        ),
        "links": _items(parts(link.url, link.label) for link in solution.links),
        "sources": _items(parts(s.document, s.paragraph, s.url) for s in solution.sources),
    }  # fmt: skip
    for key, code in zip(MODALITY_COLUMNS, solution.modalities, strict=False):
        values[key] = choice_label("modalities", code, language)
    for key in ("start_year", "end_year", "budget"):
        number = getattr(solution, key)
        if number is not None:
            values[key] = int(number) if float(number).is_integer() else float(number)
    return values


def _language(language: str) -> str:
    return language if language in INTERFACE_LANGUAGES else "en"


def write_template(
    path: Path,
    language: str = "en",
    rows: Sequence[tuple[str, Solution]] = (),
) -> int:
    """A template (``.xlsx``, or ``.csv`` by the ending) in ``language``: empty rows with new
    references, or ``rows`` (reference, record) filled in. Written atomically; returns how many
    rows were filled."""
    from ssc_desktop.interchange.writer import atomic_output

    language = _language(language)
    with atomic_output(path) as out:
        if path.suffix.lower() == ".csv":
            _write_csv(out, language, rows)
        else:
            _write_xlsx(out, language, rows)
    return len(rows)


def _body(language: str, rows: Sequence[tuple[str, Solution]]) -> Iterator[dict[str, Any]]:
    if rows:
        for reference, solution in rows:
            yield row_values(solution, reference, language)
        return
    prefix = new_prefix()
    for number in range(1, PREFILLED_ROWS + 1):
        yield {"reference": f"{prefix}-{number:04d}"}


def _write_csv(out: Any, language: str, rows: Sequence[tuple[str, Solution]]) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow([guard_cell(c.label(language)) for c in columns()])
    for values in _body(language, rows):
        writer.writerow([guard_cell(str(values.get(c.key, ""))) for c in columns()])
    text.flush()
    text.detach()


def _write_xlsx(out: Any, language: str, rows: Sequence[tuple[str, Solution]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook(write_only=True)
    data = book.create_sheet(sheet_name("data", language))
    help_sheet = book.create_sheet(sheet_name("help", language))
    lists = book.create_sheet(sheet_name("lists", language))
    bold = Font(bold=True)
    heading_fill = PatternFill("solid", fgColor="DCE6F1")
    wrap = Alignment(wrap_text=True, vertical="top")
    cols = columns()

    # the lists behind the drop-downs, one column each (plus countries, to copy from)
    list_names = ["languages", "cooperation_types", "modalities", "statuses", "country_roles",
                  "organisation_roles", "organisation_types"]  # fmt: skip
    lists_columns: list[tuple[str, list[str]]] = [
        (name, [label for _code, label in choice_labels(name, language)]) for name in list_names
    ]
    lists_columns.append(
        ("countries", sorted(vocab.country_name(i, language) for i in vocab.countries()))
    )
    list_ranges: dict[str, str] = {}
    for position, (name, labels) in enumerate(lists_columns, start=1):
        letter = xlsx.column_letter(position)
        list_ranges[name] = f"'{lists.title}'!${letter}$2:${letter}${len(labels) + 1}"
        lists.column_dimensions[letter].width = 34
    heading_for = {
        "languages": column_label("language", language),
        "cooperation_types": column_label("cooperation_type", language),
        "modalities": column_label("modality_1", language).rstrip(" 1"),
        "statuses": column_label("status", language),
        "countries": str(_text("lists_header", language)),
        "country_roles": column_label("countries", language),
        "organisation_roles": column_label("organisations", language) + " (1)",
        "organisation_types": column_label("organisations", language) + " (2)",
    }
    lists.append([xlsx.text_cell(lists, heading_for[name], font=bold) for name, _ in lists_columns])
    depth = max(len(labels) for _n, labels in lists_columns)
    for index in range(depth):
        lists.append(
            [
                xlsx.text_cell(lists, labels[index]) if index < len(labels) else None
                for _name, labels in lists_columns
            ]
        )

    # the data sheet: headings, drop-downs, the rows
    last = MAX_ROWS + 1
    for position, col in enumerate(cols, start=1):
        letter = xlsx.column_letter(position)
        wide = col.kind in (ColumnKind.LONG_TEXT, ColumnKind.COUNTRIES, ColumnKind.ORGANISATIONS,
                            ColumnKind.CONTACTS, ColumnKind.LINKS, ColumnKind.SOURCES)  # fmt: skip
        data.column_dimensions[letter].width = 40 if wide else 18
        where = f"{letter}2:{letter}{last}"
        rule: DataValidation | None = None
        if col.kind is ColumnKind.CHOICE:
            rule = DataValidation(type="list", formula1=list_ranges[CHOICES[col.key]])
        elif col.kind is ColumnKind.YEAR:
            rule = DataValidation(
                type="whole", operator="between", formula1=str(YEAR_MIN), formula2=str(YEAR_MAX)
            )
        elif col.kind is ColumnKind.NUMBER:
            rule = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0")
        if rule is not None:
            rule.allow_blank = True
            rule.showErrorMessage = True
            rule.errorTitle = col.label(language)[:32]
            rule.error = col.explanation(language)[:255]
            rule.add(where)
            data.data_validations.append(rule)
    data.freeze_panes = "B2"
    data.append(
        [
            xlsx.text_cell(data, c.label(language), font=bold, fill=heading_fill, alignment=wrap)
            for c in cols
        ]
    )
    for values in _body(language, rows):
        cells: list[Any] = []
        for col in cols:
            value = values.get(col.key, "")
            if isinstance(value, int | float) and not isinstance(value, bool):
                cells.append(WriteOnlyCell(data, value=value))
            else:
                cells.append(xlsx.text_cell(data, str(value)) if value != "" else None)
        data.append(cells)

    # the help sheet
    help_sheet.column_dimensions["A"].width = 30
    help_sheet.column_dimensions["B"].width = 90
    help_sheet.column_dimensions["C"].width = 45
    help_sheet.append([xlsx.text_cell(help_sheet, str(_text("intro", language)), alignment=wrap)])
    help_sheet.append([])
    help_sheet.append(
        [xlsx.text_cell(help_sheet, h, font=bold) for h in _text("help_header", language)]
    )
    for col in cols:
        help_sheet.append(
            [
                xlsx.text_cell(help_sheet, col.label(language), font=bold, alignment=wrap),
                xlsx.text_cell(help_sheet, col.explanation(language), alignment=wrap),
                xlsx.text_cell(help_sheet, col.example, alignment=wrap),
            ]
        )
    book.save(out)


def reference_for(solution_id: str) -> str:
    """The reference a solution exported without one is given: its id (a re-import finds it)."""
    return str(uuid.UUID(solution_id))


__all__ = [
    "LANGUAGES",
    "Column",
    "ContributionRow",
    "Problem",
    "ProblemKind",
    "TemplateCheck",
    "TemplateRefused",
    "apply_row",
    "columns",
    "read_template",
    "write_template",
]
