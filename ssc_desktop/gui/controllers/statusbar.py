"""The status bar: messages with a priority, and the catalogue, sync, hub and index labels.

A message cannot be overwritten by one of lower priority while it is shown (for its display
time): an error stays over a result ("Brief saved"), which stays over progress, which stays over
idle information ("The search index is ready."). A new action the user starts clears results.
"""

from __future__ import annotations

import enum
from datetime import datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar

from ssc_desktop.app.session import Figures
from ssc_desktop.app.sync import HubCheck, HubState
from ssc_desktop.gui.i18n import format_datetime


class Priority(enum.IntEnum):
    INFO = 0  # idle information (index ready, basket additions)
    PROGRESS = 1  # something is under way
    RESULT = 2  # what a user's action did ("Brief saved", "Synced")
    ERROR = 3


class IndexState(enum.Enum):
    WAITING = "waiting"
    OPENING = "opening"
    PREPARING = "preparing"
    READY = "ready"
    FAILED = "failed"


class StatusBar(QObject):
    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self._priority = Priority.INFO
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self._expired)
        self.figures: Figures | None = None
        self.hub = HubCheck(HubState.NOT_CONFIGURED)
        self.index = IndexState.WAITING
        self.catalogue_status = QLabel(bar)
        self.sync_status = QLabel(bar)
        self.hub_status = QLabel(bar)
        self.index_status = QLabel(bar)
        for label in (self.index_status, self.catalogue_status, self.sync_status, self.hub_status):
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)
        # Shown only while a sync runs, beside its progress message.
        self.sync_cancel_button = QPushButton(bar)
        self.sync_cancel_button.setObjectName("syncCancelButton")
        self.sync_cancel_button.hide()
        bar.addPermanentWidget(self.sync_cancel_button)

    # -- messages -----------------------------------------------------------------------------
    def show(self, text: str, priority: Priority, timeout_ms: int = 0) -> bool:
        """Show ``text`` unless a message of higher priority is still shown; False if not."""
        if self.bar.currentMessage() and priority < self._priority:
            return False
        self._priority = priority
        self.bar.showMessage(text)
        if timeout_ms:
            self._expiry.start(timeout_ms)
        else:
            self._expiry.stop()
        return True

    def start(self, text: str) -> bool:
        """A new action the user started: its progress replaces results (not errors)."""
        if self._priority < Priority.ERROR or not self.bar.currentMessage():
            self._priority = Priority.PROGRESS
        return self.show(text, Priority.PROGRESS)

    def clear(self, priority: Priority = Priority.RESULT) -> None:
        """Clear the message if it is of ``priority`` or lower."""
        if self._priority <= priority:
            self._expired()

    def _expired(self) -> None:
        self._expiry.stop()
        self._priority = Priority.INFO
        self.bar.clearMessage()

    # -- the labels ---------------------------------------------------------------------------
    def set_figures(self, figures: Figures) -> None:
        self.figures = figures
        self.retranslate()

    def set_hub(self, check: HubCheck) -> None:
        self.hub = check
        self.retranslate()

    def set_index(self, state: IndexState) -> None:
        self.index = state
        self.retranslate()

    def retranslate(self) -> None:
        figures = self.figures
        if figures is not None:
            text = self.tr("%Ln solution(s) in the catalogue", "", figures.solutions)
            if figures.pending_sync:
                text += " · " + self.tr("%Ln change(s) waiting for sync", "", figures.pending_sync)
            self.catalogue_status.setText(text)
        else:
            self.catalogue_status.setText(self.tr("Opening the catalogue…"))
        if figures is not None and figures.last_sync_at:
            self.sync_status.setText(
                self.tr("Last sync: %1").replace("%1", _local_time(figures.last_sync_at))
            )
        else:
            self.sync_status.setText(self.tr("Last sync: never"))
        hub = {
            HubState.NOT_CONFIGURED: self.tr("Hub: not configured"),
            HubState.CHECKING: self.tr("Hub: checking…"),
            HubState.OK: self.tr("Hub: reachable"),
            HubState.UNREACHABLE: self.tr("Hub: unreachable"),
            HubState.CAPTIVE_PORTAL: self.tr("Hub: a sign-in page is in the way"),
            HubState.INCOMPATIBLE: self.tr("Hub: versions do not match"),
            HubState.INSECURE: self.tr("Hub: insecure address"),
        }
        self.hub_status.setText(hub[self.hub.state])
        if self.hub.state == HubState.NOT_CONFIGURED:
            # (The sync layer's own words name the command line's --hub option.)
            tip = self.tr("To sync, give the hub address and your office token in Settings.")
        else:
            tip = self.hub.message  # the technical detail (address, error), for support
        self.hub_status.setToolTip(tip)
        index = {
            IndexState.OPENING: self.tr("Opening…"),
            IndexState.PREPARING: self.tr("Preparing the search index…"),
            IndexState.FAILED: self.tr("Search index unavailable"),
        }
        self.index_status.setText(index.get(self.index, ""))
        self.index_status.setVisible(bool(self.index_status.text()))
        self.catalogue_status.setAccessibleName(self.tr("Catalogue size"))
        self.sync_status.setAccessibleName(self.tr("Last sync"))
        self.hub_status.setAccessibleName(self.tr("Hub connection"))
        self.index_status.setAccessibleName(self.tr("Search index state"))
        self.sync_cancel_button.setText(self.tr("Cancel sync"))
        self.sync_cancel_button.setAccessibleName(self.tr("Cancel the sync"))


def _local_time(stamp: str) -> str:
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return format_datetime(moment)
