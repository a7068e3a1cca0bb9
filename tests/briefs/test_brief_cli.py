"""``ssc-desktop brief`` end to end, on a real data folder."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from ssc_desktop.cli import main
from tests.support.records import make_solution, new_store

FIRST = str(uuid.UUID("aaaaaaaa-1111-4111-8111-111111111111"))
SECOND = str(uuid.UUID("bbbbbbbb-2222-4222-8222-222222222222"))
MISSION = [
    "--title",
    "Mission to Dakar",
    "--destination",
    "Dakar, Senegal",
    "--dates",
    "3–7 March 2027",
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    store = new_store(
        data,
        [
            make_solution(
                id=FIRST,
                title="Cashew processing for women's cooperatives",
                countries=[
                    {"iso3": "IND", "role": "provider"},
                    {"iso3": "SEN", "role": "recipient"},
                ],
            ),
            make_solution(
                id=SECOND, title="Coastal early warning", primary_sdgs=[13], secondary_sdgs=[14]
            ),
        ],
    )
    store.set_meta("last_sync_at", "2026-10-05T09:00:00Z")
    store.close()
    return data


def test_brief_command_writes_the_pdf(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ssc_desktop",
            "--data-dir",
            str(folder),
            "brief",
            SECOND,
            FIRST[:8],
            "-o",
            str(out),
            *MISSION,
            "--prepared-by",
            "RCO Senegal",
            "--paper",
            "letter",
            "--grayscale",
            "--language",
            "fr",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ},
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert result.stdout.startswith(f"wrote {out}: 2 solution(s), {len(reader.pages)} page(s), ")
    assert [item.title for item in reader.outline] == [
        "Coastal early warning",
        "Cashew processing for women's cooperatives",
    ]
    assert reader.metadata.title == "Mission to Dakar"
    assert reader.metadata.author == "RCO Senegal"
    assert round(float(reader.pages[0].mediabox.height)) == 792
    cover = reader.pages[0].extract_text()
    assert "NOTE DE MISSION" in cover
    assert "Catalogue à jour de la dernière synchronisation du 5 octobre 2026" in cover
    assert "Inde, Sénégal" in cover


def test_brief_command_in_process(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "compact.pdf"
    assert (
        main(
            [
                "brief",
                FIRST,
                FIRST,
                "-o",
                str(out),
                *MISSION,
                "--compact",
                "--data-dir",
                str(folder),
            ]
        )
        == 0
    )
    assert "1 solution(s)" in capsys.readouterr().out
    reader = PdfReader(out)
    assert [item.title for item in reader.outline] == ["Cashew processing for women's cooperatives"]
    assert "Catalogue as of last sync on 5 October 2026" in reader.pages[0].extract_text()


def test_brief_command_refuses_in_one_line(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "brief.pdf"
    assert main(["--data-dir", str(folder), "brief", "ffffffff", "-o", str(out), *MISSION]) == 1
    error = capsys.readouterr().err
    assert error.startswith("ssc-desktop: error: ") and error.count("\n") == 1
    assert not out.exists()

    assert (
        main(
            [
                "--data-dir",
                str(folder),
                "brief",
                FIRST,
                "-o",
                str(tmp_path / "missing" / "b.pdf"),
                *MISSION,
            ]
        )
        == 1
    )
    assert "does not exist" in capsys.readouterr().err

    assert (
        main(
            [
                "--data-dir",
                str(folder),
                "brief",
                FIRST,
                "-o",
                str(out),
                "--title",
                " ",
                "--destination",
                "x",
                "--dates",
                "y",
            ]
        )
        == 1
    )
    assert "needs a title" in capsys.readouterr().err
    assert not out.exists()


def test_brief_command_line_is_checked(folder: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(
            [
                "--data-dir",
                str(folder),
                "brief",
                FIRST,
                "-o",
                str(tmp_path / "b.pdf"),
                *MISSION,
                "--paper",
                "a5",
            ]
        )
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit):
        main(["brief", FIRST, "-o", str(tmp_path / "b.pdf"), "--title", "only a title"])
