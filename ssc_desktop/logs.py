"""Logging to a rotating file in the data folder (and warnings to stderr)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
_configured: Path | None = None


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
