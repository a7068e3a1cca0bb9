"""One open catalogue, as the window and the command line use it: reads, the writes a user
makes, and one notification of what each write changed.

Every write goes through a :class:`CatalogueSession` method (or :meth:`announce`, for the other
app services that write through a feature: files, sync). After the write is committed, the
search index is brought up to date (the follower set by :meth:`keep_index_current`) and the
subscribers get one :class:`~ssc_desktop.app.events.Change`, on the writer's thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ssc_desktop.app.events import Change, ChangeHub, ChangeKind, Listener
from ssc_desktop.app.mission import META_KEY, Mission

if TYPE_CHECKING:  # the catalogue (SQLAlchemy, Whoosh) is imported when one is opened
    from ssc_desktop.catalogue import Catalogue
    from ssc_desktop.domain.model import Solution, TranslatedBy
    from ssc_desktop.storage.repository import CatalogueStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Figures:
    """What the status bar says about the catalogue."""

    solutions: int
    pending_sync: int
    last_updated: str  # the newest record's updated_at ("" when empty)
    last_sync_at: str  # "" when never synced


class CatalogueSession:
    """An open catalogue with its write path. Thread-safe as the store is; writes belong on one
    writer thread (the window's) or in the command line's only thread."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self._changes = ChangeHub()
        self._index_follower: Callable[[], None] | None = None
        self._lock = threading.Lock()

    @classmethod
    def open(cls, data_dir: str | Path | None = None, *, seed: bool = True) -> CatalogueSession:
        """Open (creating, upgrading and seeding as needed) the catalogue in ``data_dir``."""
        from ssc_desktop.catalogue import Catalogue

        return cls(Catalogue.open(data_dir, seed=seed))

    @property
    def store(self) -> CatalogueStore:
        return self.catalogue.store

    @property
    def read_only(self) -> bool:
        """Opened from a read-only disk or file: reading works, writes are refused."""
        return self.catalogue.read_only

    @property
    def root(self) -> Path:
        return self.catalogue.paths.root

    # -- change notification ------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every :class:`Change`; returns the function that stops it."""
        return self._changes.subscribe(listener)

    def keep_index_current(self, follower: Callable[[], None] | None) -> None:
        """``follower()`` runs after each write that touches solutions, before the subscribers
        are told (so a search they run sees the write)."""
        with self._lock:
            self._index_follower = follower

    def announce(self, change: Change) -> None:
        """A committed write: bring the index up to date, then tell the subscribers."""
        if ChangeKind.SOLUTIONS in change.kinds:
            with self._lock:
                follower = self._index_follower
            if follower is not None:
                follower()
        self._changes.notify(change)

    # -- reads --------------------------------------------------------------------------------
    def resolve_id(self, text: str) -> str:
        """A full id from an id or a unique prefix of one (as people copy 8 characters); raises
        ``NotFoundError`` (its message names the text) when none or several match."""
        return self.store.resolve_id(text)

    def get(self, solution_id: str) -> Solution | None:
        return self.store.get(solution_id)

    def get_many(self, ids: list[str]) -> list[Solution]:
        return self.store.get_many(ids)

    def note(self, solution_id: str) -> str:
        return self.store.note(solution_id)

    def mission(self) -> Mission:
        return Mission.from_json(self.store.meta(META_KEY))

    def figures(self) -> Figures:
        stats = self.store.stats()
        return Figures(
            solutions=int(stats.get("solutions", 0)),
            pending_sync=int(stats.get("pending_sync", 0)),
            last_updated=str(stats.get("last_updated") or ""),
            last_sync_at=self.store.meta("last_sync_at") or "",
        )

    # -- writes -------------------------------------------------------------------------------
    def save_solution(self, solution: Solution) -> Solution:
        """A user's edit or new solution: stored, queued for the next sync."""
        stored = self.store.save_local(solution)
        self.announce(Change.of(ChangeKind.SOLUTIONS, [stored.id]))
        return stored

    def delete_solution(self, solution_id: str) -> Solution:
        """Delete a solution (a tombstone that syncs)."""
        tomb = self.store.delete_local(solution_id)
        self.announce(Change.of(ChangeKind.SOLUTIONS, [solution_id]))
        return tomb

    def save_translation(
        self,
        solution_id: str,
        language: str,
        texts: Mapping[str, object],
        translated_by: TranslatedBy,
    ) -> Solution:
        """Add or correct the ``language`` version of a solution's texts: a local edit like any
        other (next revision, sent at the next sync), made now, by ``translated_by``, from the
        current original. ``texts`` holds the translated fields (``TRANSLATABLE_FIELDS``; one
        left out is empty). A text the record's rules refuse raises ``ValueError`` (pydantic's
        ValidationError names the field) and nothing changes; an unknown solution raises
        ``NotFoundError``."""
        from ssc_desktop.domain.model import TRANSLATABLE_FIELDS, Translation, utc_now

        unknown = sorted(set(texts) - set(TRANSLATABLE_FIELDS))
        if unknown:
            raise ValueError(f"{unknown[0]!r} is not a translatable field")
        current = self.store.get(solution_id)
        translation = Translation.model_validate(
            {
                **texts,
                "source_revision": current.revision if current is not None else 1,
                "translated_by": translated_by,
                "translated_at": utc_now(),
            }
        )
        stored = self.store.save_translation(solution_id, language, translation)
        self.announce(Change.of(ChangeKind.SOLUTIONS, [stored.id]))
        return stored

    def remove_translation(self, solution_id: str, language: str) -> Solution:
        """Remove a solution's ``language`` version (a local edit that syncs)."""
        stored = self.store.save_translation(solution_id, language, None)
        self.announce(Change.of(ChangeKind.SOLUTIONS, [stored.id]))
        return stored

    def set_note(self, solution_id: str, text: str) -> None:
        """A private note: kept on this machine only."""
        self.store.set_note(solution_id, text)
        self.announce(Change.of(ChangeKind.NOTE, [solution_id]))

    def save_mission(self, mission: Mission) -> None:
        """The mission basket, kept in the data folder."""
        self.store.set_meta(META_KEY, mission.to_json())
        self.announce(Change.of(ChangeKind.MISSION, [i for i, _t in mission.items]))

    def close(self) -> None:
        self.catalogue.close()

    def __enter__(self) -> CatalogueSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
