"""Fixtures shared by every suite."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.templates import FolderTemplates

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty data folder; $SSC_DATA_DIR points at it so nothing touches the real one."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SSC_DATA_DIR", str(folder))
    yield folder


@pytest.fixture(scope="session")
def folder_templates(tmp_path_factory: pytest.TempPathFactory) -> FolderTemplates:
    """Data folders built once per session, copied per test (see FolderTemplates)."""
    return FolderTemplates(tmp_path_factory.mktemp("templates"))
