"""Logging to a rotating file in the data folder.

Only the program's entry points configure logging (the command line's ``main``, the window's
``run``, the self-test; ``ssc-desktop serve`` is a command): a library call such as
``Catalogue.open`` never touches the process's handlers, so a program that embeds the catalogue
keeps its own logging.

Log files are private (0600 on POSIX, like the rest of the data folder). Where the folder cannot
be written (a read-only disk, a full one), the program runs without a log file instead of printing
logging's own tracebacks.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path

from ssc_desktop.paths import PRIVATE_DIR, DataPaths, make_private, private_opener, resolve_data_dir

_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
_LOGGER = "ssc_desktop"
_configured: Path | None = None


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files created 0600; a failed write (disk full, read-only) is dropped silently: the
    log is for details, and the user's one-line message must stay one line."""

    def _open(self) -> io.TextIOWrapper:
        stream = open(  # noqa: SIM115 (the handler keeps the stream open)
            self.baseFilename, self.mode, encoding=self.encoding, opener=private_opener
        )
        assert isinstance(stream, io.TextIOWrapper)
        return stream

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def start_logging(
    data_dir: str | os.PathLike[str] | None = None, *, level: int = logging.INFO
) -> Path | None:
    """What an entry point calls first: log to the data folder's ``logs/ssc-desktop.log``
    (``data_dir`` as ``--data-dir`` gives it: else ``$SSC_DATA_DIR``, else the OS's place).
    None when the folder cannot be written: the program then runs without a log file."""
    return configure_logging(DataPaths(resolve_data_dir(data_dir)).log_dir, level=level)


def configure_logging(log_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Send ``ssc_desktop`` logs to ``log_dir/ssc-desktop.log`` (1 MB x 5 files). Idempotent.
    None (and no file handler) when the log file cannot be opened for writing."""
    global _configured
    log_file = log_dir / "ssc-desktop.log"
    if _configured == log_file:
        return log_file
    _remove_file_handlers()
    _configured = None
    try:
        log_dir.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
        log_dir.mkdir(exist_ok=True, mode=PRIVATE_DIR)
        make_private(log_dir)
        with open(log_file, "a", encoding="utf-8", opener=private_opener):
            pass  # writable? (a read-only or full disk: no log file rather than tracebacks)
    except OSError:
        # no file: and no fallback to logging's last-resort handler, which would print every
        # warning and traceback on stderr under the user's one-line message
        logger = logging.getLogger(_LOGGER)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        return None
    make_private(log_file)
    handler = _PrivateRotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
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
