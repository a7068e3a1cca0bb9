"""The map's own words (title, legend, the UN disclaimer), kept as data in
``resources/map/labels.json``. The layer that shows a map picks the language."""

from __future__ import annotations

import json
from functools import cache

from ssc_desktop.resources import resources_dir

#: Languages a rendered map is offered in: the six UN languages, as the briefs (every label of
#: ``labels.json`` has each of them: a test keeps it so).
LANGUAGES = ("en", "fr", "es", "ar", "zh", "ru")
#: Languages written right to left: their maps mirror the legend and right-align the lines.
RTL_LANGUAGES = frozenset({"ar"})


@cache
def _labels() -> dict[str, dict[str, str]]:
    with (resources_dir() / "map" / "labels.json").open(encoding="utf-8") as fh:
        data: dict[str, dict[str, str]] = json.load(fh)
    return data


def label(key: str, language: str = "en", **values: object) -> str:
    """A label in ``language`` (English when it has no translation), ``{name}`` filled in."""
    texts = _labels()[key]
    text = texts.get(language) or texts["en"]
    return text.format(**values) if values else text


def disclaimer(language: str = "en") -> str:
    """The United Nations' standard map disclaimer (every map carries it)."""
    return label("disclaimer", language)


def is_rtl(language: str) -> bool:
    """Is a map in this language laid out right to left?"""
    return language in RTL_LANGUAGES
