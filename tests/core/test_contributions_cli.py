"""``ssc-desktop contributions [--json] [--state S]`` and ``contributions resend ID`` on a real
data folder (the states a hub gives are in tests/gui/test_contributions_window.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ssc_desktop.app.session import CatalogueSession
from ssc_desktop.cli.contributions import STATES
from ssc_desktop.cli.main import main
from ssc_desktop.sync.state import ContributionState
from tests.support.records import make_solution
from tests.support.sheets import filled_template


def test_the_states_the_command_names_are_the_contribution_states() -> None:
    assert tuple(s.value for s in ContributionState) == STATES


def test_contributions_as_a_table_and_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    session = CatalogueSession.open(data, seed=False)
    session.store.import_solutions([make_solution(title="Received from the hub")])
    session.close()
    assert main(["contributions", "--data-dir", str(data)]) == 0
    assert capsys.readouterr().out.startswith("no contributions: solutions this office adds")
    session = CatalogueSession.open(data, seed=False)
    typed = session.save_solution(make_solution(origin="local", title="Typed " + "long " * 20))
    session.close()
    sheet = filled_template(tmp_path / "s.xlsx", [{"reference": "KEN-07", "title": "From a sheet"}])
    assert main(["import", str(sheet), "--data-dir", str(data)]) == 0
    capsys.readouterr()

    assert main(["contributions", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "STATE", "SENT", "(UTC)", "DECIDED", "(UTC)", "REFERENCE",
                                "TITLE"]  # fmt: skip
    row = next(line for line in lines if line.startswith(typed.id[:8]))
    assert row.split()[1:5] == ["waiting", "-", "-", "-"]
    assert row.endswith("…"), "a long title is cut"
    assert any("KEN-07" in line and "From a sheet" in line for line in lines)
    assert "Received from the hub" not in out
    assert "2 contribution(s): 2 waiting to be sent" in out

    assert main(["contributions", "--json", "--data-dir", str(data)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [e["state"] for e in listed] == ["waiting", "waiting"]
    sheet_entry = next(e for e in listed if e["reference"] == "KEN-07")
    assert sheet_entry == {
        "id": sheet_entry["id"], "title": "From a sheet", "state": "waiting",
        "reference": "KEN-07", "made_here": True, "deleted": False, "number": None,
        "comment": "", "revision": None, "sent_at": None, "decided_at": None,
    }  # fmt: skip

    assert main(["contributions", "--state", "returned", "--data-dir", str(data)]) == 0
    assert capsys.readouterr().out == "no contributions in that state\n"
    assert main(["contributions", "--json", "--state", "review", "--data-dir", str(data)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_resend_refuses_what_is_not_returned_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    session = CatalogueSession.open(data, seed=False)
    session.store.import_solutions([received := make_solution(title="Received")])
    typed = session.save_solution(make_solution(origin="local"))
    session.close()
    assert main(["contributions", "--data-dir", str(data)]) == 0
    capsys.readouterr()
    assert main(["contributions", "resend", typed.id[:8], "--data-dir", str(data)]) == 1
    assert "only a returned contribution is sent again; it is waiting to be sent" in (
        capsys.readouterr().err
    )
    assert main(["contributions", "resend", received.id, "--data-dir", str(data)]) == 1
    assert "it is not one of this office's contributions (nothing was changed)" in (
        capsys.readouterr().err
    )
    assert main(["contributions", "resend", "zz", "--data-dir", str(data)]) == 1
    assert "no solution has the id 'zz'" in capsys.readouterr().err
    check = CatalogueSession.open(data, seed=False)
    try:
        assert check.store.stats()["pending_sync"] == 1
    finally:
        check.close()
