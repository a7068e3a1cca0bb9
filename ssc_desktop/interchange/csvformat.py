"""The CSV layout: one row a solution, list fields joined with "; ".

A list of structured items (countries, organisations, contacts, links, sources) writes each item's
parts joined with " | ", e.g. ``IND | provider; KEN | recipient``. A literal ``;``, ``|`` or ``\\``
inside a value is written ``\\;``, ``\\|``, ``\\\\``, so any text survives the trip.

A cell a spreadsheet would run as a formula (one that starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return) is written with an apostrophe before it (OWASP's advice for CSV injection),
and so is a cell that starts with an apostrophe followed by one of those or by another apostrophe.
Reading removes that one apostrophe, so the rule is its own inverse: any text survives the trip.

Translations take one group of columns per language present in the file, after the record's
own columns, each named ``<part>[<lang>]`` (``title[fr]``, ``themes[fr]``, ...,
``translated_by_kind[fr]``): a row with every cell of a language empty has no translation in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ssc_desktop.domain.model import LANGUAGES, TRANSLATABLE_TEXTS, Solution

#: Columns in file order (the record's field order).
COLUMNS: tuple[str, ...] = tuple(f for f in Solution.model_fields if f != "translations")
#: Structured list columns and the parts of each item, in order.
STRUCTURED: dict[str, tuple[str, ...]] = {
    "countries": ("iso3", "role"),
    "organisations": ("name", "acronym", "role", "type"),
    "contacts": ("name", "title", "organisation", "email", "phone", "public"),
    "links": ("url", "label"),
    "sources": ("document", "paragraph", "url"),
}
#: Scalar columns where an empty cell means "not known" (None), not empty text.
NULLABLE = frozenset(
    name
    for name, info in Solution.model_fields.items()
    if info.default is None and not info.is_required()
)
SIMPLE_LISTS = ("primary_sdgs", "secondary_sdgs", "modalities", "themes", "keywords")
#: The columns of one translation, in order (each written ``<part>[<lang>]``).
TRANSLATION_PARTS: tuple[str, ...] = (
    *TRANSLATABLE_TEXTS,
    "themes",
    "keywords",
    "source_revision",
    "translated_by_kind",
    "translated_by",
    "translated_at",
)
_TRANSLATION_COLUMN = re.compile(r"^([a-z_]+)\[([a-z]{2,3})\]$")
ITEM_SEP = "; "
PART_SEP = " | "
#: First characters that make a spreadsheet evaluate a cell (OWASP, "CSV Injection").
FORMULA_START = frozenset("=+-@\t\r")
GUARD = "'"


def guard_cell(cell: str) -> str:
    """The cell as written: an apostrophe before formula-like text (see the module's doc)."""
    if cell[:1] in FORMULA_START or (cell[:1] == GUARD and cell[1:2] in FORMULA_START | {GUARD}):
        return GUARD + cell
    return cell


def unguard_cell(cell: str) -> str:
    """The cell's text as it was before ``guard_cell``."""
    if cell[:1] == GUARD and cell[1:2] in FORMULA_START | {GUARD}:
        return cell[1:]
    return cell


def escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace("|", "\\|")


def split_escaped(text: str, separator: str, *, unescape: bool = True) -> list[str]:
    """Split on an unescaped ``separator`` character; parts are stripped.

    With ``unescape=False`` the escapes stay in the parts (for splitting items before parts).
    """
    parts: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for char in chars:
        if char == "\\":
            following = next(chars, "\\")
            current.append(following if unescape else char + following)
        elif char == separator:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return parts


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def translation_column(part: str, language: str) -> str:
    return f"{part}[{language}]"


def parse_translation_column(name: str) -> tuple[str, str] | None:
    """``(part, language)`` of a translation column's name, None for any other name."""
    match = _TRANSLATION_COLUMN.match(name.strip())
    if match and match.group(1) in TRANSLATION_PARTS and match.group(2) in LANGUAGES:
        return match.group(1), match.group(2)
    return None


def languages_of(solutions: Iterable[Solution]) -> list[str]:
    """The translation languages the records hold, in code order (the file's column groups)."""
    return sorted({lang for s in solutions for lang in s.translations})


def header(languages: Sequence[str]) -> list[str]:
    return [
        *COLUMNS,
        *(translation_column(part, lang) for lang in languages for part in TRANSLATION_PARTS),
    ]


def _translation_cells(data: dict[str, Any] | None) -> list[str]:
    if data is None:
        return [""] * len(TRANSLATION_PARTS)
    cells = []
    for part in TRANSLATION_PARTS:
        if part in ("themes", "keywords"):
            cells.append(ITEM_SEP.join(escape(v) for v in data[part]))
        elif part == "translated_by_kind":
            cells.append(data["translated_by"]["kind"])
        elif part == "translated_by":
            cells.append(data["translated_by"]["name"])
        else:
            cells.append(_cell(data[part]))
    return cells


def to_row(solution: Solution, languages: Sequence[str] = ()) -> list[str]:
    data = solution.to_json_dict()
    row = []
    for column in COLUMNS:
        value = data[column]
        if column in STRUCTURED:
            items = []
            for item in value:
                parts = []
                for part in STRUCTURED[column]:
                    if part == "public":
                        parts.append("public" if item[part] else "private")
                    else:
                        parts.append(escape(_cell(item[part])))
                items.append(PART_SEP.join(parts))
            row.append(ITEM_SEP.join(items))
        elif column in SIMPLE_LISTS:
            row.append(ITEM_SEP.join(escape(_cell(v)) for v in value))
        else:
            row.append(_cell(value))
    for language in languages:
        row += _translation_cells((data.get("translations") or {}).get(language))
    return [guard_cell(cell) for cell in row]


def _translations_from_row(row: dict[str, str], record: dict[str, Any]) -> dict[str, Any]:
    """The translations of one row: a language whose cells are all empty has none.

    Left empty by hand, ``source_revision`` is the record's revision and ``translated_at`` its
    ``updated_at``; who translated (``translated_by_kind``) must be said."""
    cells: dict[str, dict[str, str]] = {}
    for name, value in row.items():
        parsed = parse_translation_column(name) if name else None
        if parsed is not None:
            cells.setdefault(parsed[1], {})[parsed[0]] = unguard_cell(value or "")
    out: dict[str, Any] = {}
    for language in sorted(cells):
        given = cells[language]
        if not any(v.strip() for v in given.values()):
            continue
        data: dict[str, Any] = {name: given.get(name, "") for name in TRANSLATABLE_TEXTS}
        for name in ("themes", "keywords"):
            text = given.get(name, "")
            data[name] = split_escaped(text, ";") if text.strip() else []
        kind = given.get("translated_by_kind", "").strip()
        if not kind:
            raise ValueError(
                f"{translation_column('translated_by_kind', language)} is empty: say who "
                "translated (person, office, machine or machine_reviewed)"
            )
        data["translated_by"] = {"kind": kind, "name": given.get("translated_by", "")}
        data["source_revision"] = given.get("source_revision", "").strip() or record.get(
            "revision", 1
        )
        data["translated_at"] = given.get("translated_at", "").strip() or record.get("updated_at")
        out[language] = data
    return out


def from_row(row: dict[str, str]) -> dict[str, Any]:
    """A raw record (strings still to be validated) from one CSV row."""
    record: dict[str, Any] = {}
    for column in COLUMNS:
        text = unguard_cell(row[column])
        if column in STRUCTURED:
            names = STRUCTURED[column]
            items = []
            for item_text in split_escaped(text, ";", unescape=False) if text.strip() else []:
                parts = split_escaped(item_text, "|")
                if len(parts) != len(names):
                    raise ValueError(
                        f"item {item_text[:60]!r} has {len(parts)} parts separated by '|'; "
                        f"expected {len(names)} ({' | '.join(names)})"
                    )
                item: dict[str, Any] = dict(zip(names, parts, strict=True))
                if "public" in item:
                    if item["public"] not in ("public", "private"):
                        raise ValueError(
                            f"contact visibility must be public or private, "
                            f"not {item['public'][:20]!r}"
                        )
                    item["public"] = item["public"] == "public"
                items.append(item)
            record[column] = items
        elif column in SIMPLE_LISTS:
            record[column] = split_escaped(text, ";") if text.strip() else []
        elif column == "deleted":
            lowered = text.strip().lower()
            if lowered not in ("true", "false", ""):
                raise ValueError(f"deleted must be true or false, not {text[:20]!r}")
            record[column] = lowered == "true"
        elif text == "" and column in NULLABLE:
            record[column] = None
        else:
            record[column] = text
    translations = _translations_from_row(row, record)
    if translations:
        record["translations"] = translations
    return record
