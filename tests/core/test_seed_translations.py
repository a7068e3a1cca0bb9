"""The seed catalogue's translations (issue 11): complete, current, saying what the English says.

Every ``db/seed/translations/<lang>.json`` is checked against ``db/seed/solutions.json``: one
entry per record, made from the record's current revision, the same fields filled, no text left
in English, and field by field the same numbers, years and acronyms (acronyms through the
official forms of ``acronyms.json``). A translation that drops or adds a figure or an
organisation fails here, whoever wrote it.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ssc_desktop.catalogue import seed_file
from ssc_desktop.domain.model import (
    LANGUAGES,
    TRANSLATABLE_LISTS,
    TRANSLATABLE_TEXTS,
    Translation,
)

TRANSLATIONS = seed_file().parent / "translations"
ACRONYMS_FILE = TRANSLATIONS / "acronyms.json"
FILES = sorted(p for p in TRANSLATIONS.glob("*.json") if p != ACRONYMS_FILE)
ENTRY_KEYS = ["source_revision", *TRANSLATABLE_TEXTS, *TRANSLATABLE_LISTS]

#: Fields that may stay as in English (record id, field): the reason. Titles that are only a
#: proper name, and lists whose every item is a name or a word spelled alike (a language may
#: still translate them). Anything else identical to the English is a miss.
SAME_AS_ENGLISH = {
    ("113c0b70-79c1-54a7-bc2e-b4e1f80c34be", "title"): "#SheGoesDigital, the ITC initiative's name",
    ("8cbf184b-89cb-5981-b6b2-644f88960894", "title"): "MicroLead, the UNCDF programme's name",
    ("e7be27bc-da90-5df4-839d-3e557f15b1e0", "title"): "Mobile Money for the Poor (UNCDF), "
    "a name the Fund uses in every language",
    ("ca02d96f-8470-5073-80ed-bb15d5f3c42b", "title"): "Solution Exchange Africa, the name of "
    "the ECA community of practice",
    ("3d31d065-ebc4-5bb3-a85c-d91a13961a91", "keywords"): "a series name, an acronym and two "
    "words that French spells as English does (publications, solutions)",
}

# English numbers: 1,600 / 3.5. French and Spanish: 1 600 (any space) or 1.600 / 3,5.
_EN_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|(?<![\d.,])\d+(?:\.\d+)?")
_ROMANCE_NUMBER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?!\d)|\d+)(?:,\d+)?")
# An acronym: an all-caps token of 2+ letters (digits inside allowed: MM4P); a plural "s" is
# dropped (SDGs -> SDG).
_ACRONYM = re.compile(r"(?<!\w)([A-Z][A-Z0-9]*[A-Z])s?(?!\w)")


def _numbers(text: str, language: str) -> list[Decimal]:
    """The numbers of a text, separators normalised, in sorted order (years included)."""
    if language == "en":
        found = [m.group().replace(",", "") for m in _EN_NUMBER.finditer(text)]
    else:
        found = [
            re.sub(r"[ \u00a0\u202f.]", "", m.group()).replace(",", ".")
            for m in _ROMANCE_NUMBER.finditer(text)
        ]
    return sorted(Decimal(n) for n in found)


def _acronyms(text: str) -> set[str]:
    return {m.group(1) for m in _ACRONYM.finditer(text)}


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


ACRONYMS: dict[str, dict[str, str | list[str]]] = _load(ACRONYMS_FILE)


def _forms(acronym: str, language: str) -> list[str]:
    """The accepted renderings of an English acronym in a language (itself when not listed)."""
    form = ACRONYMS.get(acronym, {}).get(language, acronym)
    return [form] if isinstance(form, str) else list(form)


def _has(text: str, form: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) is not None


def _check_text(english: str, translated: str, language: str, where: str) -> list[str]:
    """What is wrong with one translated text against its English (numbers, acronyms)."""
    problems = []
    if _numbers(english, "en") != _numbers(translated, language):
        problems.append(
            f"{where}: numbers {_numbers(english, 'en')} != {_numbers(translated, language)}"
        )
    allowed: set[str] = set()
    for acronym in sorted(_acronyms(english)):
        forms = _forms(acronym, language)
        allowed.update(f for f in forms if _ACRONYM.fullmatch(f))
        if not any(_has(translated, f) for f in forms):
            problems.append(f"{where}: {acronym} has no {forms} in the translation")
    extra = sorted(_acronyms(translated) - allowed)
    if extra:
        problems.append(f"{where}: acronyms {extra} are not in the English")
    return problems


SEED = _load(seed_file())["solutions"]


def test_there_are_translations_and_acronym_forms_are_well_formed() -> None:
    assert {p.stem for p in FILES} >= {"fr"}
    for acronym, forms in ACRONYMS.items():
        assert _ACRONYM.fullmatch(acronym), acronym
        for language, form in forms.items():
            assert language in LANGUAGES and language != "en", (acronym, language)
            items = [form] if isinstance(form, str) else form
            assert items and all(isinstance(f, str) and f.strip() for f in items), acronym


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_translation_file_is_canonical(path: Path) -> None:
    data = _load(path)
    assert list(data) == [
        "format",
        "format_version",
        "language",
        "translated_by",
        "translated_at",
        "records",
    ]
    assert data["format"] == "ssc-desktop-seed-translations"
    assert data["format_version"] == 1
    assert data["language"] == path.stem and path.stem in LANGUAGES and path.stem != "en"
    assert list(data["records"]) == [r["id"] for r in SEED], "one entry per record, seed order"
    for entry in data["records"].values():
        assert list(entry) == ENTRY_KEYS
    # UTF-8, 2-space indent, no escaped accents, final newline: the file is reviewable as is.
    expected = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert path.read_text(encoding="utf-8") == expected


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_record_is_translated_from_its_current_revision(path: Path) -> None:
    data = _load(path)
    language = data["language"]
    problems: list[str] = []
    for record in SEED:
        entry = data["records"][record["id"]]
        # The domain model accepts it as it will be attached by the seed loader.
        Translation.model_validate(
            {
                **entry,
                "translated_by": data["translated_by"],
                "translated_at": data["translated_at"],
            }
        )
        where = f"{language} {record['id'][:8]} {record['title'][:40]!r}"
        if entry["source_revision"] != record["revision"]:
            problems.append(f"{where}: made from revision {entry['source_revision']}")
        for field in TRANSLATABLE_TEXTS:
            english, translated = record[field], entry[field]
            if bool(english.strip()) != bool(translated.strip()):
                problems.append(f"{where} {field}: filled in one language only")
                continue
            if not english:
                continue
            if translated == english and (record["id"], field) not in SAME_AS_ENGLISH:
                problems.append(f"{where} {field}: identical to the English")
            problems += _check_text(english, translated, language, f"{where} {field}")
        for field in TRANSLATABLE_LISTS:
            english_items, translated_items = record[field], entry[field]
            if len(english_items) != len(translated_items):
                problems.append(
                    f"{where} {field}: {len(translated_items)} items, not {len(english_items)}"
                )
                continue
            if (
                english_items
                and english_items == translated_items
                and (record["id"], field) not in SAME_AS_ENGLISH
            ):
                problems.append(f"{where} {field}: identical to the English")
            for i, (english, translated) in enumerate(
                zip(english_items, translated_items, strict=True)
            ):
                if not translated.strip():
                    problems.append(f"{where} {field}[{i}]: empty")
                problems += _check_text(english, translated, language, f"{where} {field}[{i}]")
    assert not problems, "\n".join(problems)


def test_the_checks_catch_what_they_are_for() -> None:
    """The comparisons themselves: a dropped figure, a changed year, a lost or added acronym."""
    english = "In 2017, 17,893 volunteers (70 per cent) joined UNV; WFP gave $3.5 million."
    good = "En 2017, 17 893 volontaires (70 %) ont rejoint les VNU ; le PAM a versé 3,5 millions."
    assert _check_text(english, good, "fr", "x") == []
    assert _check_text(english, good.replace("3,5", "3"), "fr", "x")
    assert _check_text(english, good.replace("2017", "2018"), "fr", "x")
    assert _check_text(english, good.replace("le PAM", "il"), "fr", "x")
    assert _check_text(english, good + " Le PNUD aussi.", "fr", "x")
    assert _check_text("UN system", "système des Nations Unies", "fr", "x") == []
    assert _check_text("HIV/AIDS", "VIH/sida", "fr", "x") == []
    assert _check_text("The SDGs", "Les ODD", "fr", "x") == []
    assert _check_text("1,600 users", "1.600 usuarios", "es", "x") == []
