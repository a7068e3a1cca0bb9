"""A tiny seed translation file beside a copy of the shipped seed (the real fr.json and es.json
are written by hand elsewhere; these tests need only the shape, db/seed/translations)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from ssc_desktop.catalogue import SEED_TRANSLATIONS_FORMAT

MACHINE = {"kind": "machine", "name": "SSC Desktop seed translation"}
FR_TIME = "2026-11-30T00:00:00Z"


def seed_records(seed: Path) -> list[dict[str, Any]]:
    return list(json.loads(seed.read_text(encoding="utf-8"))["solutions"])


def french_entry(record: dict[str, Any], tag: str = "") -> dict[str, Any]:
    """A (mock-)French version of a seed record: every text marked, lists kept in length."""

    def fr(text: str) -> str:
        return f"[fr{tag}] {text}" if text else ""

    return {
        "source_revision": record["revision"],
        **{
            name: fr(record[name])
            for name in (
                "title",
                "subtitle",
                "summary",
                "challenge",
                "solution",
                "results",
                "sustainability",
            )
        },
        "themes": [f"fr {t}" for t in record["themes"]],
        "keywords": [f"fr {k}" for k in record["keywords"]],
    }


def seed_with_translations(
    shipped: Path, folder: Path, ids: list[str], *, tag: str = "", language: str = "fr"
) -> Path:
    """A copy of the seed in ``folder`` with ``translations/<language>.json`` for ``ids``;
    returns the copy's solutions.json."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "solutions.json"
    if not target.exists():
        shutil.copy(shipped, target)
    by_id = {r["id"]: r for r in seed_records(target)}
    payload = {
        "format": SEED_TRANSLATIONS_FORMAT,
        "format_version": 1,
        "language": language,
        "translated_by": MACHINE,
        "translated_at": FR_TIME,
        "records": {i: french_entry(by_id[i], tag) for i in ids},
    }
    (folder / "translations").mkdir(exist_ok=True)
    (folder / "translations" / f"{language}.json").write_text(
        json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return target
