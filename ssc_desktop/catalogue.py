"""The catalogue as the rest of the program uses it: one data folder, its SQLite store, its search
index and the embedded seed. The command line, the window and the hub all start here."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ssc_desktop.paths import DataPaths, resolve_data_dir
from ssc_desktop.resources import db_dir
from ssc_desktop.search import syntax
from ssc_desktop.search.engine import SearchIndex, SearchResult
from ssc_desktop.search.results import Hit, Notice, NoticeKind
from ssc_desktop.storage.database import (
    MovedAside,
    explain,
    is_writable,
    migrate,
    set_aside_empty,
)
from ssc_desktop.storage.repository import CatalogueStore, ImportReport

log = logging.getLogger(__name__)


def seed_file() -> Path:
    return db_dir() / "seed" / "solutions.json"


def load_seed(store: CatalogueStore) -> ImportReport | None:
    """Load the embedded catalogue when it is new to this data folder.

    The seed's hash is remembered, so each start costs one small file read; a newer seed shipped
    with a newer version is imported the same way as any file (newer revisions win, local edits
    stay), so upgrading never overwrites a user's work.
    """
    from ssc_desktop.interchange.reader import read_catalogue_file

    path = seed_file()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if store.meta("seed_sha256") == digest:
        return None
    report = store.import_solutions(read_catalogue_file(path))
    store.set_meta("seed_sha256", digest)
    log.info("seed catalogue loaded: %s", report.as_dict())
    return report


class Catalogue:
    """One open catalogue (one data folder)."""

    def __init__(
        self,
        paths: DataPaths,
        store: CatalogueStore,
        index: SearchIndex,
        *,
        notices: Sequence[MovedAside] = (),
    ) -> None:
        self.paths = paths
        self.store = store
        self.index = index
        #: What opening had to do that the user must hear of (a file kept under another name).
        self.notices: tuple[MovedAside, ...] = tuple(notices)

    @property
    def read_only(self) -> bool:
        """Opened from a read-only disk or file: searching and briefs work, saving does not."""
        return self.store.read_only

    @classmethod
    def open(cls, data_dir: str | Path | None = None, *, seed: bool = True) -> Catalogue:
        """Open (creating, upgrading and seeding as needed) the catalogue in ``data_dir``.

        A catalogue that cannot be written (a read-only disk, file or folder) is opened
        read-only. A zero-byte catalogue file is moved aside, never overwritten, and a new one
        made: ``notices`` says so. Logging is left to the program's entry point
        (``ssc_desktop.logs.start_logging``)."""
        paths = DataPaths(resolve_data_dir(data_dir))
        read_only = paths.root.is_dir() and not is_writable(paths.database)
        notices: list[MovedAside] = []
        if not read_only:
            paths.ensure()
            moved = set_aside_empty(paths.database)
            if moved:
                notices.append(moved)
        migrate(paths.database, read_only=read_only)
        if not read_only:
            paths.tighten()  # a file SQLite just made (its -wal and -shm follow its mode)
        store = CatalogueStore(paths.database, read_only=read_only)
        try:
            if not read_only:
                if seed:
                    load_seed(store)
                store.catalogue_id()
        except BaseException:
            store.close()
            raise
        return cls(paths, store, SearchIndex(paths.index_dir), notices=notices)

    def search(
        self,
        text: str,
        *,
        limit: int = 20,
        offset: int = 0,
        background: bool = False,
        **options: Any,
    ) -> SearchResult:
        """Search, first bringing the index up to date with the catalogue.

        ``options`` go to ``SearchIndex.search`` (filters, facets, sort, as_you_type...). With
        ``background`` (the window), a missing or outdated index is rebuilt in a thread and the
        search answers at once (with a hint while there is no index yet).

        Without ``background`` (the command line, which exits before any thread would end), a
        read error from the index means a rebuild now; where the index cannot be brought up to
        date or read (a full or read-only disk), words are matched in the catalogue directly
        (``simple_search``), so a search never fails because of its index."""
        maintained = self._maintain_index(background)
        result = self.index.search(text, limit=limit, offset=offset, **options)
        if background:
            return result
        if self.index.damaged and maintained and not self.read_only:
            log.warning("the search index could not be read; rebuilding it")
            maintained = self._rebuild_index()
            if maintained:
                result = self.index.search(text, limit=limit, offset=offset, **options)
        stale = not maintained and not self.read_only  # changes the index could not take
        if stale or self.index.damaged or self.index.status()["state"] != "ready":
            return self.simple_search(text, limit=limit, offset=offset)
        return result

    def _maintain_index(self, background: bool) -> bool:
        """``ensure_current``, a failure (a full disk, a damaged file) logged, not raised: the
        catalogue is still searchable. False when the index could not be brought up to date."""
        if self.read_only:
            return False  # nothing can be written: search the index as it is
        try:
            self.index.ensure_current(self.store, background=background)
        except Exception:
            log.warning("the search index could not be brought up to date", exc_info=True)
            return False
        return True

    def _rebuild_index(self) -> bool:
        try:
            self.index.rebuild(self.store)
        except Exception:
            log.warning("rebuilding the search index failed", exc_info=True)
            return False
        return True

    def simple_search(self, text: str, *, limit: int = 20, offset: int = 0) -> SearchResult:
        """Words matched in the catalogue itself (each word anywhere in a solution's texts),
        by title: what a search gives while its index cannot be used."""
        words = [w for w in re.findall(r"\w+", syntax.clean(text)) if len(w) > 1][:12]
        ids = self.store.simple_match(words)
        page = ids[offset : offset + limit]
        hits = [Hit(s.id, 0.0, s.title) for s in self.store.get_many(page)]
        return SearchResult(
            text,
            len(ids),
            hits,
            notices=(Notice(NoticeKind.SIMPLE_MATCH),),
            offset=offset,
            limit=limit,
        )

    def update_index(self) -> Exception | None:
        """Bring the search index up to date after a committed write. A failure (a full disk,
        a damaged index) does not undo the write: it is logged and returned (typed, one-line
        where known), and the index catches up on a later search."""
        try:
            self.index.ensure_current(self.store)
        except Exception as exc:
            log.warning("the search index could not be brought up to date", exc_info=True)
            return explain(exc, self.paths.index_dir) or exc
        return None

    def close(self) -> None:
        self.index.close()
        self.store.close()

    def __enter__(self) -> Catalogue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
