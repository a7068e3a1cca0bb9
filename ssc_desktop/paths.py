"""The user's data folder: ``--data-dir``, else ``$SSC_DATA_DIR``, else the OS's place for it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "SSC Desktop"
APP_AUTHOR = "UNOSSC"
ENV_DATA_DIR = "SSC_DATA_DIR"


def default_data_dir() -> Path:
    """The OS user-data folder (platformdirs), e.g. ``%LOCALAPPDATA%\\UNOSSC\\SSC Desktop``."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR, roaming=False)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use: an explicit one wins, then the environment, then the OS default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class DataPaths:
    """Every file and folder SSC Desktop keeps in one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "catalogue.sqlite3"

    @property
    def index_dir(self) -> Path:
        return self.root / "index"

    @property
    def log_dir(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> DataPaths:
        """Create the folder (and parents) if needed; returns self for chaining."""
        self.root.mkdir(parents=True, exist_ok=True)
        return self
