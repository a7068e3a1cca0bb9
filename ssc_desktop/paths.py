"""The user's data folder: ``--data-dir``, else ``$SSC_DATA_DIR``, else the OS's place for it.

On POSIX the folder is private to its owner (0700) and so is every file in it (0600): it holds the
catalogue, the hub token and the logs. An existing folder is tightened whenever it is opened.
On Windows the folder under ``%LOCALAPPDATA%`` is already private to the user, and POSIX modes
mean nothing there: nothing is changed.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "SSC Desktop"
APP_AUTHOR = "UNOSSC"
ENV_DATA_DIR = "SSC_DATA_DIR"
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600

log = logging.getLogger(__name__)


def make_private(path: Path) -> None:
    """Owner-only access for this file (0600) or folder (0700) on POSIX; a no-op elsewhere, on a
    symbolic link, or where the mode cannot be changed (a read-only disk, another owner)."""
    if os.name != "posix":
        return
    try:
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            return
        wanted = PRIVATE_DIR if stat.S_ISDIR(mode) else PRIVATE_FILE
        if stat.S_IMODE(mode) & ~wanted:
            os.chmod(path, stat.S_IMODE(mode) & wanted)
    except OSError as exc:
        log.debug("could not make %s private: %s", path, exc)


def private_opener(path: str, flags: int) -> int:
    """An ``opener`` for ``open()`` creating the file 0600 (on POSIX; a plain open elsewhere)."""
    return os.open(path, flags, PRIVATE_FILE)


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
        """Create the folder (and parents) if needed, private to its owner, and tighten what is
        already there (see the module's doc); returns self for chaining."""
        self.root.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
        self.tighten()
        return self

    def tighten(self) -> None:
        """Owner-only modes for the folder and everything in it (a few dozen files: cheap)."""
        if os.name != "posix":
            return
        make_private(self.root)
        for folder, dirs, files in os.walk(self.root):
            for name in dirs + files:
                make_private(Path(folder) / name)
