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


JUDGED_FR_ES = Path(__file__).with_name("judged_fr_es.json")
JUDGED_EN = Path(__file__).with_name("judged_seed.json")
JUDGED_AR_RU_ZH = Path(__file__).with_name("judged_ar_ru_zh.json")

#: Words that must never be replaced by "did you mean": countries (several with no solution in
#: the seed), organisations in their French and Spanish forms, and real French, Spanish and
#: English words that are one or two edits from another word of the catalogue.
PROBES = (
    "Senegal", "Sénégal", "Mali", "Niger", "Tchad", "Bénin", "Togo", "Haïti", "Guinée",
    "Mauritanie", "Madagascar", "Burundi", "Paraguay", "Bolivie", "Équateur", "Pérou",
    "Colombie", "Maroc", "Tunisie", "Marruecos", "Côte d'Ivoire", "Burkina Faso",
    "PNUD", "PAM", "PMA", "OIT", "OMS", "CEDEAO", "ECOWAS", "ACNUR", "FIDA", "CEPAL", "OPS",
    "ONUSIDA", "Banque mondiale", "Banco Mundial",
    "pêche", "eau", "riz", "lait", "sécheresse", "santé", "forêt", "ville", "écoles",
    "paludisme", "récolte", "salud", "agua", "leche", "sequía", "pesca", "bosque", "niños",
    "pobreza", "vivienda", "ciudad", "maíz", "arroz", "wind", "solar", "water", "seeds",
)  # fmt: skip


def judged_cases(path: Path) -> list[dict[str, Any]]:
    return list(json.loads(path.read_text(encoding="utf-8"))["queries"])


def top3_rate(
    search: Any, cases: list[dict[str, Any]], titles: Mapping[str, str] | None = None
) -> tuple[int, int, list[tuple[str, list[str]]]]:
    """(right, usable, misses) of judged cases: one expected solution in the top 3.

    ``search(query) -> [ids]``; cases name ids (``expect``) or, with ``titles`` (title -> id),
    titles (the English set).
    """
    right = usable = 0
    misses: list[tuple[str, list[str]]] = []
    for case in cases:
        expected = set(case["expect"])
        if titles is not None:
            expected = {titles[t] for t in expected if t in titles}
        if not expected:
            continue
        usable += 1
        top = search(case["query"])[:3]
        if expected & set(top):
            right += 1
        else:
            misses.append((case["query"], top))
    return right, usable, misses


def replaced(result: Any, word: str) -> bool:
    """Whether ``word`` was replaced by a "did you mean" suggestion, offered or applied."""
    from ssc_desktop.search.vocabulary import key

    return bool(result.corrected) or (
        result.suggestion is not None and key(word) not in key(result.suggestion)
    )
