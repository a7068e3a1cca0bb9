"""Sync by itself: when the hub becomes reachable, and on a schedule (for the window).

``AutoSync`` runs in one background thread of plain Python (no Qt): it probes the hub with the
cheap ``/health`` check every ``probe_interval`` seconds while the hub is out of reach, syncs as
soon as it answers, then every ``interval`` seconds. ``sync_now()`` wakes it; ``stop()`` also
cancels a sync in progress at its next frame. The callbacks run in that thread: a Qt window
forwards them to the GUI thread with signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from ssc_desktop.sync.client import HubStatus, SyncClient, SyncError, SyncProgress, SyncReport

log = logging.getLogger(__name__)


class AutoSync:
    def __init__(
        self,
        make_client: Callable[[threading.Event, Callable[[SyncProgress], None]], SyncClient],
        *,
        interval: float = 30 * 60,
        probe_interval: float = 60,
        on_report: Callable[[SyncReport], None] | None = None,
        on_status: Callable[[HubStatus], None] | None = None,
        on_error: Callable[[SyncError], None] | None = None,
        on_progress: Callable[[SyncProgress], None] | None = None,
    ) -> None:
        """``make_client(cancel, progress)`` builds a client on a store this thread may use."""
        self.make_client = make_client
        self.interval = interval
        self.probe_interval = probe_interval
        self.on_report = on_report
        self.on_status = on_status
        self.on_error = on_error
        self.on_progress = on_progress
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> AutoSync:
        self._thread = threading.Thread(target=self._run, name="auto-sync", daemon=True)
        self._thread.start()
        return self

    def sync_now(self) -> None:
        self._wake.set()

    def cancel(self) -> None:
        """Stop the sync in progress (what arrived is kept); the schedule goes on."""
        self._cancel.set()

    def stop(self, timeout: float = 30) -> None:
        self._stop.set()
        self._cancel.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _emit(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        if callback is not None:
            try:
                callback(value)
            except Exception:  # a display problem must not stop syncing
                log.exception("auto-sync callback failed")

    def _run(self) -> None:
        while not self._stop.is_set():
            self._cancel.clear()
            client = self.make_client(self._cancel, self.on_progress or (lambda _p: None))
            status = client.check_hub()
            self._emit(self.on_status, status)
            wait = self.probe_interval
            if status.ok:
                try:
                    report = client.sync()
                    self._emit(self.on_report, report)
                    wait = self.interval
                except SyncError as exc:
                    self._emit(self.on_error, exc)
            self._wake.wait(wait)
            self._wake.clear()
