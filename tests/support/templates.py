"""Data folders built once per session and copied for each test (the ``folder_templates``
fixture of tests/conftest.py)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path


class FolderTemplates:
    """Data folders built once per session and copied for each test.

    Migrating a catalogue (Alembic), importing records and building an index cost far more than
    copying the files they leave, so a suite builds each kind of folder once and every test gets
    its own copy (tests stay independent: nothing written by one is seen by another).

    A ``build`` function makes the folder it is given and must close everything it opened
    (SQLite connections, the index): the files are copied while nothing holds them open.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self._built: dict[str, Path] = {}

    def copy(self, key: str, build: Callable[[Path], None], destination: Path) -> Path:
        """Copy the template ``key`` (built by ``build`` on first use) to ``destination``."""
        template = self._built.get(key)
        if template is None:
            template = self.root / f"template-{len(self._built)}"
            build(template)
            # SQLite removes a WAL file when its last connection closes: one left means the
            # builder left a connection open, and a copy could catch a write half-way.
            left_open = sorted(str(p) for p in template.rglob("*-wal"))
            assert not left_open, f"template {key!r} still has a database open: {left_open}"
            self._built[key] = template
        shutil.copytree(template, destination)
        return destination
