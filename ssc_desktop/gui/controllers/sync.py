"""Sync with the hub from the window: F9 (and its cancel), the schedule, the hub's reachability
in the status bar, the sync history, the conflicts and File ▸ My contributions.

The state machine is :class:`ssc_desktop.app.sync.SyncService`'s; this controller only shows what
its notices say (they come from the service's threads through one queued signal).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction

from ssc_desktop.app.events import Change, ChangeKind
from ssc_desktop.app.sync import (
    HubCheck,
    HubChecked,
    HubState,
    Remembered,
    ScheduleChanged,
    SyncAnswer,
    SyncEnded,
    SyncNotConfigured,
    SyncNotice,
    SyncOutcome,
    SyncPhase,
    SyncProgressed,
    SyncService,
    SyncSettings,
    SyncStarted,
)
from ssc_desktop.gui.controllers.shared import Shared, insert_after
from ssc_desktop.gui.controllers.statusbar import Priority

if TYPE_CHECKING:  # the sync client and the dialogs are imported when needed
    from ssc_desktop.app.contributions import OfficeContribution
    from ssc_desktop.gui.conflicts import ConflictsDialog
    from ssc_desktop.gui.contributions import ContributionsDialog
    from ssc_desktop.gui.sync_history import SyncHistoryDialog
    from ssc_desktop.sync.auto import AutoSync
    from ssc_desktop.sync.state import Conflict

log = logging.getLogger(__name__)

HUB_PROBE_MS = 5 * 60 * 1000


class SyncController(QObject):
    progress = Signal(int, int, int)  # records down, records up, bytes
    finished = Signal(str)  # "done", "stopped" or "failed"
    schedule_changed = Signal()  # automatic sync started, stopped or restarted
    _notice = Signal(object)  # a SyncNotice, from the service's threads
    #: Settings should open (the sync needs a hub address and token)
    settings_wanted = Signal()
    # the person asked to see this solution (from File ▸ My contributions)
    solution_wanted = Signal(str)
    # File ▸ My contributions shows what was read (after each change and sync)
    contributions_shown = Signal()

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared.window)
        self.shared = shared
        self.service: SyncService | None = None
        self.remembered = Remembered("", False)
        self.history_dialog: SyncHistoryDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.contributions_dialog: ContributionsDialog | None = None
        self._hub_timer = QTimer(self)
        self._hub_timer.setInterval(HUB_PROBE_MS)
        self._hub_timer.timeout.connect(self.probe_hub)
        self._notice.connect(self._on_notice, Qt.ConnectionType.QueuedConnection)
        ui = shared.ui
        ui.actionSyncNow.triggered.connect(self.sync_now)
        shared.status.sync_cancel_button.clicked.connect(self.sync_now)
        ui.actionConflicts.triggered.connect(self.open_conflicts)
        ui.actionSyncHistory.triggered.connect(self.open_sync_history)
        shared.bridge.changed.connect(self._changed)
        # File ▸ My contributions, after the sync history (made here: the form is shared)
        self.contributions_action = QAction(shared.window)
        self.contributions_action.setObjectName("actionMyContributions")
        self.contributions_action.setEnabled(False)  # until the catalogue is open
        self.contributions_action.triggered.connect(self.open_contributions)
        insert_after(ui.menuFile, self.contributions_action, ui.actionSyncHistory)
        self.retranslate()
        shared.window.installEventFilter(self)  # to follow a change of interface language

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.contributions_action.setText(self.tr("&My contributions…"))
        self.contributions_action.setStatusTip(
            self.tr("Where each solution you added or edited stands at the hub")
        )

    def _changed(self, change: Change) -> None:
        if change.kinds & {ChangeKind.SOLUTIONS, ChangeKind.SYNC_SETUP}:
            self.refresh()
        if ChangeKind.SOLUTIONS in change.kinds:
            self.reload_contributions()

    @property
    def auto_sync(self) -> AutoSync | None:
        return self.service.schedule if self.service is not None else None

    def settings(self) -> SyncSettings:
        s = self.shared.settings
        return SyncSettings(s.hub_address, s.sync_interval, s.sync_budget)

    def attach(self) -> None:
        """The catalogue is open: probe the hub, start automatic sync if one is configured."""
        session = self.shared.session
        if session is None:
            return
        self.service = SyncService(session, self.settings(), self._notice.emit)
        self.contributions_action.setEnabled(True)
        self.probe_hub()
        self._hub_timer.start()
        self._start_schedule()

    def _start_schedule(self) -> None:
        service = self.service
        if service is not None:
            self.shared.tasks.read(service.start_schedule, what="look for a hub to sync with")

    # -- F9 -----------------------------------------------------------------------------------
    def sync_now(self) -> None:
        """Sync with the hub in the background (F9); while a sync runs, the same key cancels."""
        if self.service is None:
            return
        answer = self.service.sync_now()
        status = self.shared.status
        if answer is SyncAnswer.STARTED:
            self._started()  # at once (the service's notice follows)
        elif answer is SyncAnswer.CANCELLING:
            status.show(self.tr("Cancelling the sync…"), Priority.PROGRESS)
        elif answer is SyncAnswer.BUSY:
            status.show(self.tr("Applying the new sync settings…"), Priority.RESULT, 5000)

    def _on_notice(self, notice: SyncNotice) -> None:
        if self.shared.closed:
            return
        status = self.shared.status
        if isinstance(notice, SyncStarted):
            if notice.phase is SyncPhase.AUTOMATIC:
                self._started()
        elif isinstance(notice, SyncProgressed):
            self.progress.emit(notice.records_down, notice.records_up, notice.bytes_moved)
            status.show(
                self.tr("Syncing: %1 received, %2 sent, %3 KB")
                .replace("%1", str(notice.records_down)).replace("%2", str(notice.records_up))
                .replace("%3", str(max(1, notice.bytes_moved // 1024))), Priority.PROGRESS,
            )  # fmt: skip
        elif isinstance(notice, HubChecked):
            status.set_hub(notice.check)
        elif isinstance(notice, ScheduleChanged):
            self.schedule_changed.emit()
        else:
            self._ended(notice)

    def _started(self) -> None:
        self.shared.ui.actionSyncNow.setText(self.tr("Cancel the sync"))
        self.shared.status.sync_cancel_button.show()
        self.shared.status.start(self.tr("Syncing with the hub…"))

    def _ended(self, ended: SyncEnded) -> None:
        status = self.shared.status
        if ended.report is not None:
            report = ended.report
            if report.stopped:
                message = report.message or self.tr("The sync stopped; what arrived is kept.")
            else:
                message = (
                    self.tr("Synced: %1 received, %2 sent.")
                    .replace("%1", str(report.records_down))
                    .replace("%2", str(report.records_up))
                )
                if report.conflicts:
                    message += " " + self.tr(
                        "%n conflict(s) wait for a decision (ssc-desktop conflicts).",
                        "", report.conflicts,
                    )  # fmt: skip
                returned = int(report.pending.get("returned", 0) or 0)
                if returned:
                    message += " " + self.tr(
                        "%n contribution(s) returned by a curator: see File ▸ My contributions.",
                        "", returned,
                    )  # fmt: skip
            status.show(message, Priority.RESULT, 15000)
        elif ended.hub is not None:
            status.show(ended.hub.message, Priority.RESULT, 15000)
        elif isinstance(ended.error, SyncNotConfigured) and ended.manual:
            status.show(
                self.tr("To sync, give the hub address and your office token in Settings."),
                Priority.ERROR, 15000,
            )  # fmt: skip
            self.settings_wanted.emit()
        elif ended.error is not None and ended.manual:
            status.clear(Priority.PROGRESS)
            self.shared.errors.report(
                ended.error, self.tr("The sync did not complete; nothing was lost.")
            )
        elif ended.error is not None:  # nobody asked: say it quietly, the schedule tries again
            log.warning("automatic sync failed: %s", ended.error)
            status.show(str(ended.error), Priority.RESULT, 15000)
        elif ended.outcome is SyncOutcome.STOPPED:
            status.clear(Priority.PROGRESS)
        status.sync_cancel_button.hide()
        self.shared.ui.actionSyncNow.setText(self.tr("S&ync with the hub"))
        self.probe_hub()
        self.reload_contributions()
        self.finished.emit(ended.outcome.value)

    # -- settings -------------------------------------------------------------------------------
    def apply_settings(self, token: str = "") -> None:
        """Settings changed: keep a new token (in a worker), then restart automatic sync with
        the new hub address, interval or budget."""
        service = self.service
        if service is None:
            return
        changed = service.apply(self.settings())
        if token:

            def remembered(_result: object) -> None:
                self.probe_hub()
                service.restart_schedule()

            self.shared.tasks.write(
                lambda: service.remember_token(token),
                remembered,
                lambda exc: self.shared.errors.report(
                    exc, self.tr("The office token was not kept.")
                ),
                what="remember the office token",
            )
            return
        if changed:
            self.probe_hub()
            service.restart_schedule()

    def refresh(self) -> None:
        """Read what the catalogue remembers of its hub (a worker)."""
        service = self.service
        if service is None:
            return

        def keep(remembered: Remembered) -> None:
            self.remembered = remembered

        self.shared.tasks.read(service.remembered, keep, what="read the remembered hub")

    # -- the hub --------------------------------------------------------------------------------
    def probe_hub(self) -> None:
        """Ask whether the hub answers (in the background, every few minutes)."""
        service, status = self.service, self.shared.status
        if service is None:
            status.set_hub(HubCheck(HubState.NOT_CONFIGURED))
            return
        if status.hub.state not in (HubState.OK, HubState.UNREACHABLE):
            status.set_hub(HubCheck(HubState.CHECKING))
        self.shared.tasks.probe(
            service.check_hub,
            status.set_hub,
            lambda exc: status.set_hub(HubCheck(HubState.UNREACHABLE, str(exc))),
        )

    # -- dialogs --------------------------------------------------------------------------------
    def open_sync_history(self) -> None:
        """The last syncs (when, what moved, why one failed), read in a worker."""
        service = self.service
        if service is None:
            return

        def show(entries: list[dict[str, object]]) -> None:
            from ssc_desktop.gui.sync_history import SyncHistoryDialog

            dialog = SyncHistoryDialog(self.shared.window, entries)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.history_dialog = dialog
            dialog.open()

        self.shared.tasks.read(service.history, show, what="read the sync history")

    def open_conflicts(self) -> None:
        """Both values of each conflicting field; the user keeps theirs or takes the hub's."""
        from ssc_desktop.gui.conflicts import ConflictsDialog

        service = self.service
        if service is None:
            return

        def load(show: Callable[[list[Conflict]], None]) -> None:
            self.shared.tasks.read(service.conflicts, show, what="list the sync conflicts")

        def resolve(conflict: Conflict, choice: str, done: Callable[[], None]) -> None:
            def failed(exc: BaseException) -> None:
                self.shared.errors.report(exc, self.tr("The conflict could not be resolved."))
                dialog.reload()

            self.shared.tasks.write(
                lambda: service.resolve(conflict, choice), lambda _r: done(), failed,
                what="resolve a sync conflict",
            )  # fmt: skip

        dialog = ConflictsDialog(self.shared.window, load, resolve)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.conflicts_dialog = dialog
        dialog.open()

    def open_contributions(self) -> None:
        """File ▸ My contributions: non-modal, it follows every change and sync."""
        from ssc_desktop.gui.contributions import ContributionsDialog

        if self.shared.session is None:
            return
        if self.contributions_dialog is not None:
            self.contributions_dialog.show()
            self.contributions_dialog.raise_()
            self.contributions_dialog.activateWindow()
            return
        dialog = ContributionsDialog(self.shared.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open_requested.connect(self.solution_wanted)
        dialog.resend_requested.connect(self.resend_contribution)
        dialog.destroyed.connect(lambda _o=None: self._contributions_closed(dialog))
        self.contributions_dialog = dialog
        dialog.show()
        self.reload_contributions()

    def _contributions_closed(self, dialog: ContributionsDialog) -> None:
        if self.contributions_dialog is dialog:
            self.contributions_dialog = None

    def reload_contributions(self) -> None:
        """Read the contributions again (a worker) for the open dialog."""
        from ssc_desktop.app.contributions import ContributionsService

        session, dialog = self.shared.session, self.contributions_dialog
        if session is None or dialog is None or self.shared.closed:
            return
        language = self.shared.language

        def show(found: list[OfficeContribution]) -> None:
            if self.contributions_dialog is dialog:
                dialog.set_contributions(found)
                self.contributions_shown.emit()

        self.shared.tasks.read(
            lambda: ContributionsService(session).contributions(language),
            show,
            what="list this office's contributions",
        )

    def resend_contribution(self, solution_id: str) -> None:
        """Send a returned contribution again, as it is, at the next sync (a worker)."""
        from ssc_desktop.app.contributions import ContributionsService

        session = self.shared.session
        if session is None:
            return

        def done(_result: object) -> None:
            self.shared.status.show(
                self.tr("It will be sent again at the next sync."), Priority.RESULT, 6000
            )

        self.shared.tasks.write(
            lambda: ContributionsService(session).resend(solution_id),
            done,
            lambda exc: self.shared.errors.report(
                exc, self.tr("The contribution could not be sent again.")
            ),
            what="send a contribution again",
        )

    def shutdown(self) -> None:
        if self.contributions_dialog is not None:
            self.contributions_dialog.close()
        self._hub_timer.stop()
        if self.service is not None:
            self.service.shutdown(timeout=10)
