"""The map's own words (title, legend, the UN disclaimer), kept as data in
``resources/map/labels.json``. The layer that shows a map picks the language."""

from __future__ import annotations

import json
from functools import cache

from ssc_desktop.resources import resources_dir

#: Languages a rendered map is offered in (the interface and brief languages).
LANGUAGES = ("en", "fr", "es")


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
