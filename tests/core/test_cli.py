"""The command line as scripts and people use it: real data folders, real subprocesses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ssc_desktop import __version__
from ssc_desktop.cli import main
from tests.support.cli import run_cli

cli = run_cli


def test_fresh_folder_has_the_seed_catalogue(tmp_path: Path) -> None:
    result = cli("--data-dir", str(tmp_path / "d"), "stats", "--json")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["solutions"] >= 45
    assert stats["with_source_paragraph"] == stats["solutions"]
    assert stats["sdgs_in_vocabulary"] == 17
    assert stats["data_dir"] == str((tmp_path / "d").resolve())
    assert (tmp_path / "d" / "logs").is_dir()


def test_environment_variable_chooses_the_data_folder(tmp_path: Path) -> None:
    result = cli("stats", "--json", env={"SSC_DATA_DIR": str(tmp_path / "env")})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["data_dir"] == str((tmp_path / "env").resolve())
    assert (tmp_path / "env" / "catalogue.sqlite3").exists()


def test_search_json_contract(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "slum upgrading", "--json", "--limit", "3"]) == 0
    out = json.loads(capsys.readouterr().out)
    # The stable contract; later additions (facets, suggestion...) may sit beside it.
    assert {"query", "total", "hits"} <= set(out)
    assert out["query"] == "slum upgrading" and out["total"] >= 1
    first = out["hits"][0]
    assert {"id", "title", "score", "snippet", "sdgs", "countries", "sources"} <= set(first)
    assert first["title"] == "Participatory Slum Upgrading Programme"
    assert all(isinstance(g, int) for g in first["sdgs"])
    assert all(len(c) == 3 for c in first["countries"])
    assert first["sources"] and set(first["sources"][0]) == {"document", "paragraph", "url"}
    assert len(out["hits"]) <= 3


def test_search_text_output_and_show(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "REDATAM"]) == 0
    out = capsys.readouterr().out
    assert "REDATAM" in out
    short_id = out.split("[", 1)[1][:8]
    assert main(["show", short_id]) == 0
    shown = capsys.readouterr().out
    assert "REDATAM" in shown and "paragraph 55" in shown
    assert main(["show", short_id, "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["id"].startswith(short_id)


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    for argv, words in (
        (("show", "0000dead"), "no solution has the id"),
        (("import", str(tmp_path / "missing.json")), "cannot read the file"),
        (("search", "x", "--limit", "0"), "--limit must be between"),
    ):
        result = cli("--data-dir", data, *argv)
        assert result.returncode == 1, (argv, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("ssc-desktop: error:"), result.stderr
        assert words in lines[0]
        assert "Traceback" not in result.stderr


def test_damaged_catalogue_file_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "catalogue.sqlite3").write_bytes(b"\x00garbage" * 512)
    result = cli("--data-dir", str(folder), "stats")
    assert result.returncode == 1
    assert "damaged or not a database" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_2_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_export_to_stdout(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("id,revision,created_at")
    assert "REDATAM" in out
