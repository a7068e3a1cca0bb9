"""Catalogues whose records carry translations, for search tests and ``benchmarks/search.py``.

Storage does not keep translations yet (another branch wires them), so a catalogue's records are
handed to the index through :class:`WithTranslations`, which attaches them the way the seed
loader will (``translations[lang]``, ``translated_by`` "machine"). The seed's translations are
read from ``db/seed/translations/<lang>.json`` when those files exist, else from this folder's
``seed_translations/<lang>.json`` (test fixtures: titles, subtitles, themes and keywords only,
in the same format).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ssc_desktop.domain.model import Solution, Translation

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "db" / "seed" / "translations"
FIXTURES = Path(__file__).with_name("seed_translations")
WHEN = datetime(2026, 11, 30, tzinfo=UTC)


def translation_source(language: str) -> Path:
    """The seed's translation file for ``language``: the shipped one if present."""
    shipped = SHIPPED / f"{language}.json"
    return shipped if shipped.exists() else FIXTURES / f"{language}.json"


def uses_shipped_translations() -> bool:
    return all((SHIPPED / f"{lang}.json").exists() for lang in ("fr", "es"))


def seed_translations(languages: tuple[str, ...] = ("fr", "es")) -> dict[str, dict[str, Any]]:
    """``{record id: {lang: Translation fields}}`` from the seed's translation files."""
    out: dict[str, dict[str, Any]] = {}
    for lang in languages:
        data = json.loads(translation_source(lang).read_text(encoding="utf-8"))
        for record_id, fields in data["records"].items():
            out.setdefault(record_id, {})[lang] = fields
    return out


def translated(solution: Solution, versions: Mapping[str, Mapping[str, Any]]) -> Solution:
    """``solution`` with these translations attached (``{lang: fields}``)."""
    translations = {
        lang: Translation.model_validate(
            {
                "source_revision": solution.revision,
                "translated_by": {"kind": "machine", "name": "test"},
                "translated_at": WHEN,
                **fields,
            }
        )
        for lang, fields in versions.items()
        if lang != solution.language and fields.get("title")
    }
    return solution.model_copy(update={"translations": translations})


class WithTranslations:
    """A catalogue store whose records are read with translations attached."""

    def __init__(self, store: Any, translations: Mapping[str, Mapping[str, Any]]) -> None:
        self.store = store
        self.translations = translations

    def catalogue_id(self) -> str:
        return str(self.store.catalogue_id())

    def last_change_seq(self) -> int:
        return int(self.store.last_change_seq())

    def changes_since(self, change_seq: int, *, limit: int = 1000) -> list[Any]:
        return [
            dataclasses.replace(
                change,
                solution=translated(change.solution, self.translations.get(change.solution.id, {})),
            )
            for change in self.store.changes_since(change_seq, limit=limit)
        ]

    def iter_all(self, *, include_deleted: bool = False, batch: int = 1000) -> Iterator[Any]:
        for solution in self.store.iter_all(include_deleted=include_deleted, batch=batch):
            yield translated(solution, self.translations.get(solution.id, {}))
