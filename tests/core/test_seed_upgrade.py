"""A data folder seeded with the first seed receives the corrected one, local edits kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import ssc_desktop.catalogue as catalogue
from ssc_desktop.catalogue import Catalogue, load_seed
from tests.support.seed import (
    CLIMATE_PLAN,
    FIRST_SEED_TIME,
    IBSA_FACILITY,
    REFUGEE_EXCHANGE,
    SHE_GOES_DIGITAL,
    first_seed,
)


def test_an_old_data_folder_receives_the_corrections_and_keeps_its_edits(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = catalogue.seed_file()
    new = json.loads(shipped.read_text(encoding="utf-8"))["solutions"]
    corrected = {r["id"] for r in new if r["revision"] > 1}
    added = {r["id"] for r in new if r["created_at"] != FIRST_SEED_TIME}
    assert (
        SHE_GOES_DIGITAL in corrected and IBSA_FACILITY in corrected and CLIMATE_PLAN in corrected
    )
    assert all(r["updated_at"] > FIRST_SEED_TIME for r in new if r["id"] in corrected | added)

    old_file = first_seed(shipped, tmp_path)
    monkeypatch.setattr(catalogue, "seed_file", lambda: old_file)
    with Catalogue.open(data_dir) as cat:
        assert cat.store.count() == len(new) - len(added)
        old_plan = cat.store.get(CLIMATE_PLAN)
        assert old_plan is not None and old_plan.revision == 1
        # The office edits one of the records the correction changes (not yet synced).
        cat.store.save_local(old_plan.model_copy(update={"results": "Our office's own note."}))

    monkeypatch.setattr(catalogue, "seed_file", lambda: shipped)
    with Catalogue.open(data_dir) as cat:
        she = cat.store.get(SHE_GOES_DIGITAL)
        assert she is not None and she.revision == 2
        assert [(c.iso3, c.role) for c in she.countries] == [("KEN", "recipient")]
        assert she.cooperation_type is None
        peers = cat.store.get(REFUGEE_EXCHANGE)
        assert peers is not None and [(c.iso3, c.role) for c in peers.countries] == [
            ("UGA", "participant"),
            ("ETH", "participant"),
            ("MWI", "participant"),
            ("TZA", "participant"),
        ]
        ibsa = cat.store.get(IBSA_FACILITY)
        assert ibsa is not None and "total" not in ibsa.summary
        assert [s.paragraph for s in ibsa.sources] == ["80", "81"]
        plan = cat.store.get(CLIMATE_PLAN)
        assert plan is not None and plan.results == "Our office's own note."
        assert plan.revision == 2 and plan.updated_at > old_plan.updated_at  # the local edit
        assert cat.store.count() == len(new)
        # The new seed is remembered: the next start reads nothing again.
        assert load_seed(cat.store) is None


def test_loading_the_corrected_seed_reports_what_it_did(data_dir: Path, tmp_path: Path) -> None:
    shipped = catalogue.seed_file()
    new = json.loads(shipped.read_text(encoding="utf-8"))["solutions"]
    old_file = first_seed(shipped, tmp_path)
    with Catalogue.open(data_dir, seed=False) as cat:
        from ssc_desktop.interchange.reader import read_catalogue_file

        cat.store.import_solutions(read_catalogue_file(old_file))
        report = load_seed(cat.store)
    assert report is not None
    assert len(report.added) == sum(r["created_at"] != FIRST_SEED_TIME for r in new)
    assert len(report.updated) == sum(r["revision"] > 1 for r in new)
    assert not report.kept_local and not report.older
