"""The README's commands are real: the quick test run is pytest's default (slow tests left out),
the full run adds them back, and CI runs the full command exactly as written."""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVERYTHING = ["-m", "slow or not slow"]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## The two commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_has_a_setup_a_quick_test_and_a_full_test_command() -> None:
    setup, quick, full = readme_commands()
    assert "pip install ." in setup and setup.endswith("ssc-desktop")
    assert quick.endswith("python -m pytest")
    # The full run is the quick one with every marker selected (a later -m wins over addopts).
    assert shlex.split(full) == [*shlex.split(quick), *EVERYTHING]


def test_the_default_run_leaves_the_slow_tests_out() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    addopts = config["tool"]["pytest"]["ini_options"]["addopts"]
    assert addopts[-2:] == ["-m", "not slow"]


def test_ci_runs_the_readme_full_test_command() -> None:
    _, _, full = readme_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert full in ci.splitlines()
