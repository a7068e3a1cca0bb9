"""Where the shipped data lives: ``resources/``, ``db/`` and ``ui/``.

In a source checkout (or an editable install) they sit at the repository's top level; in a wheel
they travel inside the package as ``ssc_desktop/_data/``; in a PyInstaller bundle under
``sys._MEIPASS``. One function finds each, so no other module guesses paths.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _data_root() -> Path:
    candidates = [_PACKAGE / "_data", _PACKAGE.parent]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen))
    for root in candidates:
        if (root / "resources" / "vocab").is_dir():
            return root
    raise FileNotFoundError(
        "SSC Desktop's data files (resources/, db/) are missing from this installation: "
        f"looked in {', '.join(str(c) for c in candidates)}"
    )


def resources_dir() -> Path:
    """The ``resources/`` folder: vocabularies, fonts, icons, translations."""
    return _data_root() / "resources"


def vocab_file(name: str) -> Path:
    """A file of the controlled vocabularies (``resources/vocab/NAME``)."""
    return resources_dir() / "vocab" / name


def db_dir() -> Path:
    """The ``db/`` folder: Alembic migrations and the seed catalogue."""
    return _data_root() / "db"


def ui_dir() -> Path:
    """The ``ui/`` folder of Qt Designer forms."""
    return _data_root() / "ui"
