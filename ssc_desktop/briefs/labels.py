"""The brief's own words in the six UN languages (``resources/briefs/labels.json``).

Vocabulary (country names, SDG names, roles, modalities...) comes from ``domain.vocab``; this
table holds only what the brief itself says: headings, column names, the footer, how dates and
numbers are written (month names as the UN writes them in each language: Arabic gives both the
Syriac-Aramaic and the Latin-derived name, ``تشرين الثاني/نوفمبر``; Russian the genitive; Chinese
``2026年11月26日``). Digits are the Western ones in every language, as in UN documents.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Any

from ssc_desktop.resources import resources_dir

# Arabic and the other right-to-left scripts, CJK (symbols, kana, ideographs, fullwidth), Hangul.
_NON_LATIN = re.compile("[\u0590-\u08ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufb1d-\ufeff]")


@cache
def _table() -> dict[str, dict[str, Any]]:
    path = resources_dir() / "briefs" / "labels.json"
    with path.open(encoding="utf-8") as fh:
        data: dict[str, dict[str, Any]] = json.load(fh)
    return data


def languages() -> tuple[str, ...]:
    """The languages the brief can be written in."""
    return tuple(_table())


def language_name(language: str) -> str:
    """A brief language's name in that language ("Français", "العربية"), for a list to pick from."""
    return Labels(language)("language_name")


class Labels:
    """The labels of one language, with English as the fallback for a missing key."""

    def __init__(self, language: str) -> None:
        table = _table()
        if language not in table:
            raise ValueError(
                f"no brief labels for language {language!r}; expected one of: {', '.join(table)}"
            )
        self.language = language
        self._own = table[language]
        self._fallback = table["en"]

    def __call__(self, key: str, **values: object) -> str:
        text = self._own.get(key, self._fallback.get(key))
        if not isinstance(text, str):
            raise KeyError(f"no brief label {key!r}")
        return text.format(**values) if values else text

    @property
    def rtl(self) -> bool:
        """Is the brief laid out right to left (Arabic)?"""
        return self("direction") == "rtl"

    def date(self, day: date) -> str:
        """A date written out in this language (``26 November 2026``)."""
        months = self._own.get("months") or self._fallback["months"]
        return self("date_format", day=day.day, month=months[day.month - 1], year=day.year)

    def number(self, value: float) -> str:
        """A whole number with this language's thousands separator (``1 500 000`` in French)."""
        return f"{value:,.0f}".replace(",", self("thousands_separator"))

    def join(self, items: Iterable[str]) -> str:
        """A list of names with this language's separator (``، `` in Arabic, ``、`` in Chinese);
        names all in Latin letters (a vocabulary not yet translated) keep the Latin comma."""
        names = list(items)
        separator = self("list_separator")
        if separator != ", " and not any(_NON_LATIN.search(name) for name in names):
            separator = ", "
        return separator.join(names)
