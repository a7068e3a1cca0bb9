"""The index's files on disk: locks across processes, leftovers of failed writes, damage.

Several processes may use one data folder at once (the window, a sync, an import). Each build
folder ``b-<id>`` has a lock file ``b-<id>.lock`` (filelock), held by the process that builds it or
writes to it. A folder is deleted only by a process holding its lock, and only when it is not
the current one (read again under the lock): a folder another process is building or writing to
is never deleted under it; an abandoned one (a killed process) is.
"""

from __future__ import annotations

import logging
import pickle
import shutil
import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from whoosh import index as whoosh_index

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
FOLDER_LOCK_TIMEOUT = 60.0


def folder_lock(folder: Path) -> FileLock:
    """The lock of one build folder, shared by every thread of this process (re-entrant)."""
    return FileLock(
        str(folder) + LOCK_SUFFIX, timeout=FOLDER_LOCK_TIMEOUT, mode=0o600,
        thread_local=False, is_singleton=True,
    )  # fmt: skip


def remove_if_unused(folder: Path, is_current: Callable[[str], bool]) -> bool:
    """Delete a build folder (and its lock file) if no process holds its lock and it is not
    the current folder; True when it is gone."""
    lock = folder_lock(folder)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return False
    try:
        if is_current(folder.name):
            return False
        shutil.rmtree(folder, ignore_errors=True)
        gone = not folder.exists()
    finally:
        lock.release()
    if gone:
        Path(lock.lock_file).unlink(missing_ok=True)
    return gone


def is_index_read_error(exc: BaseException) -> bool:
    """Whether a failure while searching comes from the index's files (damaged, cut short,
    gone), which a rebuild repairs, rather than from the query or our code."""
    if isinstance(exc, OSError | EOFError | struct.error | zlib.error | pickle.UnpicklingError):
        return True
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb is not None and "whoosh" in Path(tb.tb_frame.f_code.co_filename).parts


def abandon(writer: Any) -> None:
    """Cancel a failed writer. When cancelling fails too (a full disk fails the closing of its
    files), still give back the index's write lock and remove the writer's temporary files."""
    try:
        writer.cancel()
        return
    except Exception:
        log.debug("cancelling the index writer failed", exc_info=True)
    try:
        writer._tempstorage.destroy()
    except Exception:
        log.debug("removing a failed index writer's temporary files failed", exc_info=True)
    try:
        if writer.writelock:
            writer.writelock.release()
    except Exception:
        log.debug("releasing a failed index writer's lock failed", exc_info=True)
    writer.is_closed = True


def clean_unused_files(ix: Any) -> None:
    """Delete segment files that no generation of the index refers to: what a write that failed
    half-way (a full disk, a killed process) left. Skipped while a writer is at work."""
    lock = ix.lock("WRITELOCK")
    if not lock.acquire(False):
        return
    try:
        toc = ix._read_toc()
        whoosh_index.clean_files(ix.storage, ix.indexname, toc.generation, toc.segments)
    except Exception:
        log.debug("cleaning unused index files failed", exc_info=True)
    finally:
        lock.release()
