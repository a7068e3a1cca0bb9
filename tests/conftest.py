"""Fixtures shared by every suite."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty data folder; $SSC_DATA_DIR points at it so nothing touches the real one."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SSC_DATA_DIR", str(folder))
    yield folder
