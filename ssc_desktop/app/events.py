"""What a write changed, told to whoever listens: one typed event, plain callbacks.

The session (and the sync service) call :meth:`ChangeHub.notify` on the thread that wrote,
after the write is committed and the search index follows it. The window bridges the callback
to one Qt "changed" signal; every view refreshes from that signal and nowhere else.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


class ChangeKind(enum.Enum):
    """Which part of the catalogue changed."""

    SOLUTIONS = "solutions"  # records added, edited, deleted or received
    NOTE = "note"  # a private note
    MISSION = "mission"  # the mission basket
    SYNC_SETUP = "sync_setup"  # the remembered hub address or office token


@dataclass(frozen=True)
class Change:
    """One committed write. ``ids`` names the solutions it touched; ``everything`` says that
    any record may have changed (an import, a sync), too many to name."""

    kinds: frozenset[ChangeKind]
    ids: frozenset[str] = field(default_factory=frozenset)
    everything: bool = False

    @classmethod
    def of(cls, kind: ChangeKind, ids: Iterable[str] = (), *, everything: bool = False) -> Change:
        return cls(frozenset({kind}), frozenset(ids), everything)

    def touches(self, solution_id: str) -> bool:
        return self.everything or solution_id in self.ids


Listener = Callable[[Change], None]


class ChangeHub:
    """Subscribers of :class:`Change` events (thread-safe; callbacks run on the writer's
    thread, in the order they subscribed)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every write; returns the function that stops it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def notify(self, change: Change) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(change)
            except Exception:  # one listener's bug must not hide the change from the others
                log.exception("a change listener failed")
