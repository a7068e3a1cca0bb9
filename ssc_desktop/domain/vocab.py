"""Controlled vocabularies, read from ``resources/vocab/`` (data, not code).

Everything is loaded once, on first use, and cached: the files are small and never change while
the program runs.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from ssc_desktop.resources import vocab_file

LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh")


@dataclass(frozen=True, slots=True)
class Country:
    """A country or area of the UN M49 standard, with its groupings."""

    iso3: str
    iso2: str
    m49: str
    names: dict[str, str]
    region_code: str
    region: str
    subregion_code: str
    subregion: str
    intermediate_code: str
    intermediate: str
    ldc: bool
    lldc: bool
    sids: bool

    def name(self, language: str = "en") -> str:
        return self.names.get(language) or self.names["en"]


@dataclass(frozen=True, slots=True)
class Sdg:
    """One of the 17 Sustainable Development Goals."""

    goal: int
    colour: str
    short: dict[str, str]
    title: dict[str, str]

    def label(self, language: str = "en") -> str:
        return self.short.get(language) or self.short["en"]


@dataclass(frozen=True, slots=True)
class Term:
    """An entry of a closed list (a modality, a role, a status...)."""

    code: str
    label: dict[str, str]
    aliases: tuple[str, ...]

    def text(self, language: str = "en") -> str:
        return self.label.get(language) or self.label["en"]


@dataclass(frozen=True, slots=True)
class UnEntity:
    acronym: str
    name: str


def _read_json(name: str) -> Any:
    with vocab_file(name).open(encoding="utf-8") as fh:
        return json.load(fh)


@cache
def countries() -> dict[str, Country]:
    """Countries by ISO 3166-1 alpha-3 code."""
    result: dict[str, Country] = {}
    with vocab_file("countries.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            result[row["iso3"]] = Country(
                iso3=row["iso3"],
                iso2=row["iso2"],
                m49=row["m49"],
                names={lang: row[f"name_{lang}"] for lang in LANGUAGES if row.get(f"name_{lang}")},
                region_code=row["region_code"],
                region=row["region_en"],
                subregion_code=row["subregion_code"],
                subregion=row["subregion_en"],
                intermediate_code=row["intermediate_code"],
                intermediate=row["intermediate_en"],
                ldc=row["ldc"] == "1",
                lldc=row["lldc"] == "1",
                sids=row["sids"] == "1",
            )
    return result


@cache
def regions() -> dict[str, dict[str, Any]]:
    """M49 regions, sub-regions and intermediate regions by code."""
    return {entry["code"]: entry for entry in _read_json("regions.json")}


@cache
def sdgs() -> dict[int, Sdg]:
    """The 17 SDGs by number."""
    return {
        int(entry["goal"]): Sdg(
            goal=int(entry["goal"]),
            colour=entry["colour"],
            short=dict(entry["short"]),
            title=dict(entry["title"]),
        )
        for entry in _read_json("sdgs.json")
    }


@cache
def terms() -> dict[str, dict[str, Term]]:
    """Every closed list by name (``modalities``, ``country_roles``...), each by code."""
    raw = _read_json("terms.json")
    return {
        list_name: {
            entry["code"]: Term(
                code=entry["code"],
                label=dict(entry["label"]),
                aliases=tuple(entry.get("aliases", ())),
            )
            for entry in entries
        }
        for list_name, entries in raw.items()
    }


@cache
def un_entities() -> dict[str, UnEntity]:
    """UN entities named in the catalogue, by acronym."""
    return {
        entry["acronym"]: UnEntity(acronym=entry["acronym"], name=entry["name"])
        for entry in _read_json("un_entities.json")
    }


def country_name(iso3: str, language: str = "en") -> str:
    """A country's UN short name for display; the code itself if unknown."""
    country = countries().get(iso3)
    return country.name(language) if country else iso3
