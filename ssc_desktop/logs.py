"""Logging to a rotating file in the data folder.

Only the program's entry points configure logging (the command line's ``main``, the window's
``run``, the self-test; ``ssc-desktop serve`` is a command): a library call such as
``Catalogue.open`` never touches the process's handlers, so a program that embeds the catalogue
keeps its own logging.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from ssc_desktop.paths import DataPaths, resolve_data_dir

_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
_LOGGER = "ssc_desktop"
_configured: Path | None = None


def start_logging(
    data_dir: str | os.PathLike[str] | None = None, *, level: int = logging.INFO
) -> Path:
    """What an entry point calls first: log to the data folder's ``logs/ssc-desktop.log``
    (``data_dir`` as ``--data-dir`` gives it: else ``$SSC_DATA_DIR``, else the OS's place)."""
    return configure_logging(DataPaths(resolve_data_dir(data_dir)).log_dir, level=level)


def configure_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send ``ssc_desktop`` logs to ``log_dir/ssc-desktop.log`` (1 MB x 5 files). Idempotent."""
    global _configured
    log_file = log_dir / "ssc-desktop.log"
    if _configured == log_file:
        return log_file
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    _remove_file_handlers()
    logger = logging.getLogger(_LOGGER)
    logger.addHandler(handler)
    logger.setLevel(level)
    _configured = log_file
    return log_file


def stop_logging() -> None:
    """Close the log file (before its folder goes away, as the self-test's does)."""
    global _configured
    _remove_file_handlers()
    _configured = None


def _remove_file_handlers() -> None:
    logger = logging.getLogger(_LOGGER)
    for old in [h for h in logger.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        logger.removeHandler(old)
        old.close()


def current_log_file() -> Path | None:
    """The log file in use, if logging was configured."""
    return _configured
