"""Build valid solution records and catalogues for tests (real files, no mocks)."""

from __future__ import annotations

import random
import uuid
from pathlib import Path
from typing import Any

from ssc_desktop.domain.model import Solution
from ssc_desktop.storage.database import migrate
from ssc_desktop.storage.repository import CatalogueStore

_WORDS = [
    "rice",
    "farmers",
    "irrigation",
    "women",
    "entrepreneurs",
    "digital",
    "skills",
    "training",
    "solar",
    "energy",
    "school",
    "feeding",
    "nutrition",
    "health",
    "clinics",
    "vaccines",
    "disaster",
    "early",
    "warning",
    "statistics",
    "census",
    "data",
    "urban",
    "slum",
    "upgrading",
    "water",
    "sanitation",
    "climate",
    "resilience",
    "trade",
    "customs",
    "youth",
    "employment",
    "volunteers",
    "knowledge",
    "exchange",
    "policy",
    "dialogue",
    "fisheries",
    "coastal",
    "tourism",
    "small",
    "islands",
    "landlocked",
    "broadband",
    "mobile",
    "payments",
    "microfinance",
    "cooperatives",
]
_COUNTRIES = ("KEN", "IND", "BRA", "CHN", "ZAF", "ETH", "IDN", "MEX", "SEN", "BGD", "FJI", "PER")


def make_solution(**overrides: Any) -> Solution:
    """A complete, valid record; any field can be overridden."""
    data: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "revision": 1,
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-02T00:00:00Z",
        "origin": "central",
        "language": "en",
        "title": "Solar irrigation for smallholder farmers",
        "subtitle": "Farmers share pumps powered by the sun",
        "summary": "Smallholder farmers in two countries learn to run solar irrigation pumps.",
        "challenge": "Diesel pumps are costly; rainfall is erratic.",
        "solution": "Technicians from India trained Kenyan farmer groups; pumps are shared.",
        "results": "1,200 farmers irrigate all year; yields rose by a third.",
        "sustainability": "Farmer groups maintain the pumps; two more counties asked to join.",
        "countries": [{"iso3": "IND", "role": "provider"}, {"iso3": "KEN", "role": "recipient"}],
        "organisations": [
            {
                "name": "United Nations Development Programme",
                "acronym": "UNDP",
                "role": "supported_by",
                "type": "un_entity",
            },
            {
                "name": "Ministry of Agriculture",
                "acronym": "",
                "role": "implementing",
                "type": "government",
            },
        ],
        "primary_sdgs": [2],
        "secondary_sdgs": [7, 13],
        "cooperation_type": "triangular",
        "modalities": ["capacity_development", "technology_transfer"],
        "themes": ["food security"],
        "keywords": ["solar pumps", "irrigation"],
        "status": "ongoing",
        "start_year": 2017,
        "end_year": 2020,
        "budget": 250000.0,
        "currency": "USD",
        "funding_mechanism": "India-UN Development Partnership Fund",
        "contacts": [
            {
                "name": "Amina Public",
                "title": "Coordinator",
                "organisation": "UNDP",
                "email": "amina@example.org",
                "phone": "+254 700 000",
                "public": True,
            },
            {
                "name": "Private Person",
                "title": "",
                "organisation": "",
                "email": "",
                "phone": "",
                "public": False,
            },
        ],
        "links": [{"url": "https://example.org/solar", "label": "Project page"}],
        "sources": [{"document": "Test report", "paragraph": "12", "url": ""}],
    }
    data.update(overrides)
    return Solution.model_validate(data)


def make_translation(**overrides: Any) -> dict[str, Any]:
    """A French version of ``make_solution``'s texts (the interchange form); any key can be
    overridden. ``source_revision`` 1 matches a record at revision 1."""
    data: dict[str, Any] = {
        "title": "Irrigation solaire pour les petits exploitants",
        "subtitle": "Des agriculteurs partagent des pompes solaires",
        "summary": "De petits exploitants de deux pays apprennent à utiliser des pompes solaires.",
        "challenge": "Les pompes diesel coûtent cher ; les pluies sont irrégulières.",
        "solution": "Des techniciens indiens ont formé des groupes kényans.",
        "results": "1 200 agriculteurs irriguent toute l'année.",
        "sustainability": "Les groupes entretiennent les pompes ; deux comtés veulent adhérer.",
        "themes": ["sécurité alimentaire"],
        "keywords": ["pompes solaires", "irrigation"],
        "source_revision": 1,
        "translated_by": {"kind": "person", "name": "Claire Traductrice"},
        "translated_at": "2026-01-03T00:00:00Z",
    }
    data.update(overrides)
    return data


def random_solutions(count: int, seed: int = 1) -> list[Solution]:
    """``count`` varied records with deterministic content."""
    rng = random.Random(seed)
    result = []
    for number in range(count):
        words = rng.sample(_WORDS, 8)
        goals = rng.sample(range(1, 18), 3)
        result.append(
            make_solution(
                id=str(uuid.UUID(int=rng.getrandbits(128))),
                title=f"{' '.join(words[:3]).capitalize()} programme {number}",
                summary=" ".join(rng.choice(_WORDS) for _ in range(30)),
                challenge=" ".join(rng.choice(_WORDS) for _ in range(80)),
                solution=" ".join(rng.choice(_WORDS) for _ in range(80)),
                countries=[
                    {"iso3": c, "role": rng.choice(["provider", "recipient"])}
                    for c in rng.sample(_COUNTRIES, 2)
                ],
                primary_sdgs=goals[:1],
                secondary_sdgs=goals[1:],
                start_year=rng.randint(2000, 2024),
                end_year=None,
            )
        )
    return result


def new_store(folder: Path, solutions: list[Solution] | None = None) -> CatalogueStore:
    """A migrated catalogue file in ``folder`` holding ``solutions``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "catalogue.sqlite3"
    migrate(path)
    store = CatalogueStore(path)
    if solutions:
        store.import_solutions(solutions)
    return store
