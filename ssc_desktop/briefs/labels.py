"""The brief's own words in English, French and Spanish (``resources/briefs/labels.json``).

Vocabulary (country names, SDG names, roles, modalities...) comes from ``domain.vocab``; this
table holds only what the brief itself says: headings, column names, the footer, month names.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from typing import Any

from ssc_desktop.resources import resources_dir


@cache
def _table() -> dict[str, dict[str, Any]]:
    path = resources_dir() / "briefs" / "labels.json"
    with path.open(encoding="utf-8") as fh:
        data: dict[str, dict[str, Any]] = json.load(fh)
    return data


def languages() -> tuple[str, ...]:
    """The languages the brief can be written in."""
    return tuple(_table())


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

    def date(self, day: date) -> str:
        """A date written out in this language (``26 November 2026``)."""
        months = self._own.get("months") or self._fallback["months"]
        return self("date_format", day=day.day, month=months[day.month - 1], year=day.year)
