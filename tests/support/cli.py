"""The command line as a newcomer runs it: a fresh ``python -m ssc_desktop`` process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_cli(
    *argv: str, env: dict[str, str] | None = None, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ssc_desktop", *argv],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        input=input,
        stdin=None if input is not None else subprocess.DEVNULL,
    )


def run_in(
    data_dir: Path, *argv: str, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``ssc-desktop --data-dir DATA_DIR ...`` (``input``: standard input)."""
    return run_cli("--data-dir", str(data_dir), *argv, input=input)
