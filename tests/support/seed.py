"""The seed catalogue as first shipped, rebuilt from the current one (seed upgrade tests)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SHE_GOES_DIGITAL = "113c0b70-79c1-54a7-bc2e-b4e1f80c34be"
IBSA_FACILITY = "99c8dc6c-f666-5d9a-99b8-4404de867786"
CLIMATE_PLAN = "0dde054e-beb6-5c23-9b80-e484a53daede"
REFUGEE_EXCHANGE = "9c3ab5e4-89fc-5ff8-8a78-6ac9bfc4f5e3"
FIRST_SEED_TIME = "2026-11-26T00:00:00Z"


def first_seed(current: Path, folder: Path) -> Path:
    """The seed as first shipped: the corrected records back at revision 1 with their old words
    where the tests look, and without the records added since."""
    data = json.loads(current.read_text(encoding="utf-8"))
    old: list[dict[str, Any]] = []
    for record in data["solutions"]:
        if record["created_at"] != FIRST_SEED_TIME:
            continue  # added by the correction
        record = dict(record, revision=1, updated_at=FIRST_SEED_TIME)
        if record["id"] == SHE_GOES_DIGITAL:
            record["countries"] = [
                {"iso3": "KEN", "role": "recipient"},
                {"iso3": "IND", "role": "provider"},
            ]
            record["cooperation_type"] = "triangular"
        if record["id"] == IBSA_FACILITY:
            record["summary"] = "Contributions to it total $2 million."
        if record["id"] == REFUGEE_EXCHANGE:
            record["countries"] = [
                {"iso3": "UGA", "role": "provider"},
                {"iso3": "ETH", "role": "recipient"},
                {"iso3": "MWI", "role": "recipient"},
                {"iso3": "TZA", "role": "recipient"},
            ]
        old.append(record)
    path = folder / "first-seed.json"
    path.write_text(json.dumps({**data, "solutions": old}, ensure_ascii=False), encoding="utf-8")
    return path
