"""Index lifecycle: the folder, its build (in the background), catch-up, swap and searchers.

Layout: ``index/ssc-index.json`` names the engine version, the catalogue, the last change sequence
applied and the current build folder (``index/b-<hex>/``). A rebuild writes a new build folder
and then replaces the JSON file (one atomic rename): readers never see half an index, and no
folder with open files is ever renamed (which Windows refuses). Whatever is missing, unreadable
or from another ``ENGINE_VERSION`` is rebuilt (in the background if asked); whatever is merely
behind catches up from the change sequence.

Each thread gets its own searcher (whoosh readers are not thread-safe), reopened when the
index's generation changes. Known whoosh 2.7.4 traps avoided: a fresh searcher after each
commit; a batch collapsed to one version per id; segments written as plain files, not compound
ones (opening a compound segment copies its term and posting files into memory: 400 MB and
0.1 s per searcher at 100,000 records).
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NoReturn, Protocol

from whoosh import index as whoosh_index

from ssc_desktop.domain.model import Solution
from ssc_desktop.search.index import patch as _patch  # noqa: F401  (applied on import)
from ssc_desktop.search.index import pool
from ssc_desktop.search.index.analysis import document_for, make_schema
from ssc_desktop.search.index.files import (
    LOCK_SUFFIX,
    abandon,
    clean_unused_files,
    folder_lock,
    is_index_read_error,
    remove_if_unused,
)
from ssc_desktop.search.index.tables import Interned, SegmentTable, View, read_segment

log = logging.getLogger(__name__)

#: Bump when the schema, the analysis or the ``info`` column change: older indexes are rebuilt.
ENGINE_VERSION = 6  # 5: every language version indexed with its own analyzer; 6: ar, ru, zh
# (The build's own formats and pool, analysis.PositionsFormat/FrequencyFormat and pool.py,
# write the same segment files as whoosh's: an index built before them needs no rebuild.)
META_FILE = "ssc-index.json"
INDEX_NAME = "solutions"
SMALL_BATCH = 50  # commits of at most this many records do not merge segments
MAX_SEGMENTS = 8  # beyond this many segments, merge them in the background
#: Postings a build keeps in memory (estimated, close to the real size) before it writes them to
#: a temporary run file. 10,000 records x 3 versions make about 200 MB of postings: with 64 MB
#: they go to three runs and the build took 15.8 s; all in memory, 14.5 s for 90 MB more.
BUILD_MB = 64


class ChangeSource(Protocol):
    """What the index needs of the catalogue store."""

    def catalogue_id(self) -> str: ...
    def last_change_seq(self) -> int: ...
    def changes_since(self, change_seq: int, *, limit: int = 1000) -> list[Any]: ...
    def iter_all(self, *, include_deleted: bool = False, batch: int = 1000) -> Any: ...


class _Local(threading.local):
    searcher: Any = None
    key: tuple[int, int] | None = None


class IndexNotReady(Exception):
    """There is no usable index yet (it is being built, or has to be)."""


class IndexDamaged(IndexNotReady):
    """The index folder could not be opened: it is rebuilt by the next ``ensure_current``."""


class IndexLifecycle:
    """The full-text index of one catalogue, kept in one folder: opening, building, updating.

    Thread-safe: any number of threads may search while one writer updates. ``rebuild`` and
    ``catch_up`` serialise on the writer lock; a rebuild builds its new folder without holding
    it, so searches (and edits, caught up into the old index) go on while it runs.
    """

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = Path(index_dir)
        self._write_lock = threading.RLock()
        self._rebuild_lock = threading.Lock()
        self._state_lock = threading.RLock()
        self._ix: Any = None
        self._current: str | None = None
        self._epoch = 0
        self._damaged = False
        self._local = _Local()
        # Every thread's searcher, weakly: a pool thread that ends takes its searcher with it.
        self._searchers: weakref.WeakSet[Any] = weakref.WeakSet()
        self._views: dict[tuple[int, int], View] = {}
        self._segments: dict[str, SegmentTable] = {}
        self._interned = Interned()  # of the current build folder (see _set_index)
        self._building: str | None = None
        self._rebuild_thread: threading.Thread | None = None
        self._progress: tuple[int, int] = (0, 0)
        self._last_error: str = ""
        self._merging: threading.Thread | None = None
        # The catalogue this index serves, once ensure_current has been told: an index built
        # from another catalogue (a restored or replaced file) is never searched.
        self._catalogue_id: str = ""

    # -- meta ---------------------------------------------------------------------------------
    def _meta(self) -> dict[str, Any] | None:
        try:
            meta = json.loads((self.index_dir / META_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return meta if isinstance(meta, dict) else None

    def _write_meta(self, current: str, catalogue_id: str, last_seq: int) -> None:
        self.index_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.index_dir / f"{META_FILE}.{uuid.uuid4().hex[:8]}.tmp"
        tmp.write_text(
            json.dumps(
                {
                    "engine_version": ENGINE_VERSION,
                    "catalogue_id": catalogue_id,
                    "last_seq": last_seq,
                    "current": current,
                }
            ),
            encoding="utf-8",
        )
        tmp.replace(self.index_dir / META_FILE)

    # -- opening ------------------------------------------------------------------------------
    def _open(self) -> Any:
        """The current index (opened once per build folder); raises when there is none."""
        with self._state_lock:
            meta = self._meta()
            current = meta.get("current") if meta else None
            if (
                not meta
                or meta.get("engine_version") != ENGINE_VERSION
                or (self._catalogue_id and meta.get("catalogue_id") != self._catalogue_id)
                or not isinstance(current, str)
                or not re.fullmatch(r"b-[0-9a-f]{12}", current)
            ):
                raise IndexNotReady("no search index")
            if self._ix is None or self._current != current:
                try:
                    ix = whoosh_index.open_dir(str(self.index_dir / current), indexname=INDEX_NAME)
                except Exception as exc:  # noqa: BLE001  (whoosh fails in many ways on a damaged folder)
                    self._found_damaged(exc)
                self._set_index(current, ix)
            return self._ix

    def _set_index(self, current: str, ix: Any) -> None:
        with self._state_lock:
            old = self._ix
            if current != self._current:
                self._interned = Interned()
            self._ix, self._current = ix, current
            self._epoch += 1
            self._views.clear()
            self._damaged = False
            if old is not None:
                old.close()

    def needs_rebuild(self, catalogue_id: str) -> bool:
        meta = self._meta()
        if (
            self._damaged
            or meta is None
            or meta.get("engine_version") != ENGINE_VERSION
            or meta.get("catalogue_id") != catalogue_id
        ):
            return True
        try:
            self._open()
        except Exception:  # a damaged index of any kind is rebuilt, never trusted
            log.warning(
                "search index in %s is unreadable; it will be rebuilt",
                self.index_dir,
                exc_info=True,
            )
            return True
        return False

    def close(self) -> None:
        """Close every searcher and the index (call when no search is running)."""
        with self._state_lock:
            for searcher in list(self._searchers):
                try:
                    searcher.close()
                except Exception:
                    log.debug("searcher close failed", exc_info=True)
            self._searchers.clear()
            self._local = _Local()
            self._views.clear()
            if self._ix is not None:
                self._ix.close()
                self._ix = None
                self._current = None

    # -- lifecycle ----------------------------------------------------------------------------
    @property
    def damaged(self) -> bool:
        """A read error was met (a damaged or missing file): the index must be rebuilt."""
        return self._damaged

    @property
    def rebuilding(self) -> bool:
        thread = self._rebuild_thread
        return self._building is not None or (thread is not None and thread.is_alive())

    def status(self) -> dict[str, Any]:
        """For a status bar: ``state`` (ready / building / missing), progress, last error."""
        done, total = self._progress
        meta = self._meta() or {}
        if self.rebuilding:
            state = "building"
        elif meta.get("engine_version") == ENGINE_VERSION and meta.get("current"):
            state = "ready"
        else:
            state = "missing"
        return {
            "state": state,
            "indexed": done,
            "to_index": total,
            "last_seq": meta.get("last_seq"),
            "error": self._last_error,
        }

    def ensure_current(self, store: ChangeSource, *, background: bool = False) -> str:
        """Make the index reflect the catalogue: "rebuilt", "updated", "current" or, with
        ``background``, "rebuilding" (a rebuild runs in a thread; searches meanwhile use the old
        index if there is one) or "busy" (the writer is at work; the search goes on as is)."""
        self._catalogue_id = store.catalogue_id()
        if self.rebuilding:
            if background:
                self._catch_up_old(store)
                return "rebuilding"
            self.wait()
        if self.needs_rebuild(store.catalogue_id()):
            if background:
                self.rebuild_in_background(store)
                return "rebuilding"
            self.rebuild(store)
            return "rebuilt"
        meta = self._meta() or {}
        if int(meta.get("last_seq", -1)) < store.last_change_seq():
            if not self._write_lock.acquire(blocking=not background):
                return "busy"
            try:
                self.catch_up(store)
            finally:
                self._write_lock.release()
            return "updated"
        return "current"

    def _catch_up_old(self, store: ChangeSource) -> None:
        """While a rebuild runs, keep the index being served current (if there is one and the
        writer is free): an edit shows at once, and the new index catches up before it swaps."""
        meta = self._meta() or {}
        if meta.get("engine_version") != ENGINE_VERSION or meta.get("catalogue_id") != (
            store.catalogue_id()
        ):
            return
        if int(meta.get("last_seq", -1)) >= store.last_change_seq():
            return
        if not self._write_lock.acquire(blocking=False):
            return
        try:
            self.catch_up(store)
        except Exception:
            log.debug("catching up the old index during a rebuild failed", exc_info=True)
        finally:
            self._write_lock.release()

    def rebuild_in_background(self, store: ChangeSource) -> threading.Thread:
        """Start a rebuild in a daemon thread (or return the one running)."""
        with self._state_lock:
            thread = self._rebuild_thread
            if thread is not None and thread.is_alive():
                return thread

            def run() -> None:
                try:
                    self.rebuild(store)
                except Exception as exc:
                    self._last_error = f"rebuilding the search index failed: {exc}"
                    log.exception("background rebuild of the search index failed")

            thread = threading.Thread(target=run, name="ssc-index-rebuild", daemon=True)
            self._rebuild_thread = thread
            thread.start()
            return thread

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for a background rebuild or merge; True when none is running any more."""
        for thread in (self._rebuild_thread, self._merging):
            if thread is not None:
                thread.join(timeout)
                if thread.is_alive():
                    return False
        return True

    def rebuild(
        self, store: ChangeSource, progress: Callable[[int, int], None] | None = None
    ) -> int:
        """Build a fresh index in a new folder, catch it up and make it current.

        Returns the number of solutions indexed. Searches keep using the previous index until
        the new one is complete; edits made meanwhile are applied to both.
        """
        with self._rebuild_lock:
            name = f"b-{uuid.uuid4().hex[:12]}"
            folder = self.index_dir / name
            self._building = name
            self.index_dir.mkdir(parents=True, exist_ok=True)
            lock = folder_lock(folder)
            lock.acquire()  # no other process deletes the folder while it is built
            try:
                folder.mkdir(parents=True)
                catalogue_id = store.catalogue_id()
                last_seq = store.last_change_seq()
                total = _live_count_hint(store)
                self._progress = (0, total)
                ix = whoosh_index.create_in(str(folder), make_schema(), indexname=INDEX_NAME)
                count = 0
                writer = pool.writer(ix, limitmb=BUILD_MB, compound=False)
                try:
                    for solution in store.iter_all():
                        writer.add_document(**document_for(solution))
                        count += 1
                        if count % 500 == 0:
                            self._progress = (count, max(total, count))
                            if progress:
                                progress(count, max(total, count))
                    writer.commit()
                except BaseException:
                    abandon(writer)
                    raise
                with self._write_lock:
                    last_seq = self._apply_changes(ix, store, last_seq)
                    self._write_meta(name, catalogue_id, last_seq)
                    self._set_index(name, ix)
                self._progress = (count, count)
                self._last_error = ""
                if progress:
                    progress(count, count)
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)  # a partial build (a full disk...)
                raise
            finally:
                self._building = None
                lock.release()
            self._remove_old_folders()
            log.info("search index rebuilt: %d solutions in %s", count, folder)
            return count

    def _remove_old_folders(self) -> None:
        """Delete builds that are no longer current and that no process is using (see
        ``files.folder_lock``; Windows may refuse while files are open: they are tried again
        after the next rebuild)."""
        if not self.index_dir.is_dir():
            return

        def is_current(name: str) -> bool:
            meta = self._meta() or {}
            return name in (meta.get("current"), self._current, self._building)

        for entry in self.index_dir.iterdir():
            if entry.name == META_FILE or entry.name.endswith(".tmp"):
                continue
            if entry.is_dir():
                if not is_current(entry.name):
                    remove_if_unused(entry, is_current)
            elif entry.name.endswith(LOCK_SUFFIX):
                folder = entry.with_name(entry.name.removesuffix(LOCK_SUFFIX))
                if not folder.exists():
                    remove_if_unused(folder, is_current)  # an orphan lock file
            else:
                try:
                    entry.unlink()
                except OSError:
                    log.debug("could not remove %s", entry)

    def catch_up(self, store: ChangeSource) -> int:
        """Apply every change written after the index's last sequence number."""
        with self._write_lock:
            meta = self._meta() or {}
            ix = self._open()
            with folder_lock(self.index_dir / str(self._current)):
                clean_unused_files(ix)  # what a failed write left (it may fill the disk)
                seq = int(meta.get("last_seq", 0))
                new_seq = self._apply_changes(ix, store, seq)
                if new_seq != seq:
                    self._write_meta(str(self._current), store.catalogue_id(), new_seq)
            return new_seq - seq if new_seq >= seq else 0

    def _apply_changes(self, ix: Any, store: ChangeSource, seq: int) -> int:
        while True:
            changes = store.changes_since(seq, limit=2000)
            if not changes:
                return seq
            self._apply(ix, [c.solution for c in changes])
            seq = changes[-1].change_seq

    def apply(self, solutions: Iterable[Solution]) -> None:
        """Index these versions (deleted ones are removed); one version per id."""
        with self._write_lock:
            ix = self._open()
            with folder_lock(self.index_dir / str(self._current)):
                self._apply(ix, solutions)

    def _apply(self, ix: Any, solutions: Iterable[Solution]) -> None:
        """Write one commit. Small (interactive) batches never merge segments, which can take
        half a second; merging is left to ``merge_segments``, run in the background once
        there are more than MAX_SEGMENTS."""
        latest = {s.id: s for s in solutions}
        if not latest:
            return
        writer = pool.writer(ix, timeout=30.0, compound=False)
        try:
            for solution in latest.values():
                if solution.deleted:
                    writer.delete_by_term("id", solution.id)
                else:
                    writer.update_document(**document_for(solution))
            writer.commit(merge=len(latest) > SMALL_BATCH)
        except BaseException:
            abandon(writer)
            clean_unused_files(ix)  # a partial segment must not stay (nor fill the disk)
            raise
        if len(ix._segments()) > MAX_SEGMENTS:
            self._merge_in_background(ix)

    def merge_segments(self) -> int:
        """Merge the small segments left by edits (whoosh's MERGE_SMALL); returns how many
        segments remain."""
        with self._write_lock:
            ix = self._open()
            pool.writer(ix, timeout=30.0, compound=False).commit(merge=True)
            return len(ix._segments())

    def _merge_in_background(self, ix: Any) -> None:
        with self._state_lock:
            if self._merging is not None and self._merging.is_alive():
                return

            def run() -> None:
                try:
                    with self._write_lock:
                        if ix is self._ix:
                            pool.writer(ix, timeout=30.0, compound=False).commit(merge=True)
                except Exception:
                    log.warning("merging search index segments failed", exc_info=True)

            self._merging = threading.Thread(target=run, name="ssc-index-merge", daemon=True)
            self._merging.start()

    # -- reading ------------------------------------------------------------------------------
    def _reader(self) -> tuple[Any, View]:
        """This thread's searcher on the newest generation, and that generation's tables."""
        for attempt in range(3):
            ix = self._open()
            epoch = self._epoch
            local = self._local
            try:
                try:
                    generation = ix.latest_generation()
                    if local.searcher is None or local.key != (epoch, generation):
                        if local.searcher is not None:
                            self._forget(local.searcher)
                        searcher = ix.searcher()
                        generation = searcher.reader().generation()
                        local.searcher, local.key = searcher, (epoch, generation)
                        with self._state_lock:
                            self._searchers.add(searcher)
                except (OSError, EOFError):
                    raise
                except Exception as exc:  # noqa: BLE001  (whoosh could not read its own files)
                    self._found_damaged(exc)
                try:
                    view = self._view(epoch, generation, local.searcher)
                except (OSError, EOFError):
                    raise
                except Exception as exc:
                    if not is_index_read_error(exc):
                        raise  # our own code: a bug, which propagates
                    self._found_damaged(exc)  # whoosh could not read a column (struct, zlib...)
                return local.searcher, view
            except (OSError, EOFError) as exc:  # a commit or swap removed files under us
                local.searcher, local.key = None, None
                if attempt == 2:
                    raise IndexNotReady(str(exc)) from exc
                time.sleep(0.01)
        raise IndexNotReady("no search index")

    def _found_damaged(self, exc: Exception) -> NoReturn:
        log.warning("search index in %s is unreadable", self.index_dir, exc_info=exc)
        self._damaged = True
        raise IndexDamaged(str(exc)) from exc

    def _forget(self, searcher: Any) -> None:
        with self._state_lock:
            self._searchers.discard(searcher)
        try:
            searcher.close()
        except Exception:
            log.debug("searcher close failed", exc_info=True)

    def _view(self, epoch: int, generation: int, searcher: Any) -> View:
        with self._state_lock:
            view = self._views.get((epoch, generation))
            if view is not None:
                return view
            tables: list[tuple[SegmentTable, set[int]]] = []
            used: set[str] = set()
            for reader, _offset in searcher.reader().leaf_readers():
                segment = reader.segment()
                segment_id = f"{self._current}/{segment.segment_id()}"
                used.add(segment_id)
                table = self._segments.get(segment_id)
                if table is None or table.interned is not self._interned:
                    table = self._segments[segment_id] = read_segment(reader, self._interned)
                deleted = set(segment.deleted_docs()) if reader.has_deletions() else set()
                tables.append((table, deleted))
            view = View(tables, self._interned)
            for stale in [k for k in self._views if k[0] != epoch or k[1] < generation - 2]:
                del self._views[stale]
            self._views[(epoch, generation)] = view
            # Keep the tables of segments still in use by the views kept.
            for segment_id in list(self._segments):
                if segment_id not in used and not segment_id.startswith(f"{self._current}/"):
                    del self._segments[segment_id]
            if len(self._segments) > 64:
                for segment_id in [s for s in self._segments if s not in used]:
                    del self._segments[segment_id]
            return view


def _live_count_hint(store: ChangeSource) -> int:
    counter = getattr(store, "count", None)
    if counter is None:
        return 0
    try:
        return int(counter())
    except Exception:  # noqa: BLE001  (only a progress estimate)
        return 0
