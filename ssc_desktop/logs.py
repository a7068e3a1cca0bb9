"""Logging to a rotating file in the data folder (and warnings to stderr)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path
from typing import IO, Any

from ssc_desktop.paths import PRIVATE_DIR, make_private, private_opener

_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
_configured: Path | None = None


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files are created 0600 (they name records and files; see ``paths``)."""

    def _open(self) -> IO[Any]:
        return open(  # noqa: SIM115 (the handler keeps the stream open)
            self.baseFilename, self.mode, encoding=self.encoding, opener=private_opener
        )


def configure_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send ``ssc_desktop`` logs to ``log_dir/ssc-desktop.log`` (1 MB x 5 files). Idempotent."""
    global _configured
    log_file = log_dir / "ssc-desktop.log"
    if _configured == log_file:
        return log_file
    log_dir.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    make_private(log_dir)
    handler = _PrivateRotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger = logging.getLogger("ssc_desktop")
    for old in [h for h in logger.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        logger.removeHandler(old)
        old.close()
    logger.addHandler(handler)
    logger.setLevel(level)
    _configured = log_file
    return log_file


def current_log_file() -> Path | None:
    """The log file in use, if logging was configured."""
    return _configured
