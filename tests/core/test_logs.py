"""Only the program's entry points configure logging; the catalogue, a library, never does."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from ssc_desktop import selftest
from ssc_desktop.catalogue import Catalogue
from ssc_desktop.cli import main
from ssc_desktop.logs import configure_logging, current_log_file, stop_logging


@pytest.fixture
def no_log_file() -> Iterator[None]:
    """Each test starts with no log file configured and leaves none behind."""
    earlier = current_log_file()
    stop_logging()
    yield None
    stop_logging()
    if earlier is not None:
        configure_logging(earlier.parent)


def test_opening_a_catalogue_leaves_logging_alone(tmp_path: Path, no_log_file: None) -> None:
    root, ours = logging.getLogger(), logging.getLogger("ssc_desktop")
    before = (list(root.handlers), root.level, list(ours.handlers), ours.level)
    with Catalogue.open(tmp_path / "data", seed=False) as catalogue:
        assert catalogue.store.count() == 0
        logging.getLogger("ssc_desktop.catalogue").warning("opened")
    assert (list(root.handlers), root.level, list(ours.handlers), ours.level) == before
    assert current_log_file() is None
    assert not (tmp_path / "data" / "logs").exists()


def test_a_command_logs_to_its_data_folder(
    data_dir: Path, no_log_file: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stats", "--json"]) == 0
    log_file = data_dir.resolve() / "logs" / "ssc-desktop.log"
    assert current_log_file() == log_file
    logging.getLogger("ssc_desktop.test").warning("a line for the log")
    assert "a line for the log" in log_file.read_text(encoding="utf-8")
    assert '"solutions"' in capsys.readouterr().out


def test_the_self_test_logs_in_its_throwaway_folder_then_hands_back(
    tmp_path: Path, no_log_file: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Path | None] = []

    def step(ctx: selftest.SelfTest) -> str:
        seen.append(current_log_file())
        return "looked at the log"

    configure_logging(tmp_path / "program-logs")
    monkeypatch.setattr(selftest, "STEPS", [("log", step)])
    out = io.StringIO()
    assert selftest.run_self_test(out) == 0, out.getvalue()
    assert seen[0] is not None and seen[0].parent.parent.name == "data"
    assert not seen[0].exists()  # gone with the throwaway folder
    assert current_log_file() == tmp_path / "program-logs" / "ssc-desktop.log"
