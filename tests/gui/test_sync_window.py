"""Sync from the window (F9): a real hub on 127.0.0.1, progress, result, failure kept safe."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ssc_desktop.hub.server import ServerThread
from ssc_desktop.hub.store import HubStore
from ssc_desktop.sync.client import SyncClient


@pytest.fixture
def running_hub(tmp_path: Path) -> Iterator[tuple[Any, str]]:
    store = HubStore(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    store.init(seed=False)
    token = store.create_token("window office", publish_directly=True)[1]
    with ServerThread(store) as server:
        yield server, token
    store.close()


def window_with_pending_edit(
    make_window: Any, running_hub: tuple[Any, str], subtitle: str
) -> tuple[Any, Any]:
    """A window whose catalogue synced once (hub and token remembered, as after a first sync
    from the command line), then got one local edit that waits for the next sync."""
    server, token = running_hub
    window = make_window()
    store = window.catalogue.store
    assert SyncClient(store, hub_url=server.url, token=token).sync().complete
    first = next(store.iter_all())
    store.save_local(first.model_copy(update={"subtitle": subtitle}))
    assert store.stats()["pending_sync"] == 1
    return window, store


def window_syncing_by_itself(
    make_window: Any, qtbot: Any, running_hub: tuple[Any, str], data_folder: Path
) -> tuple[Any, Any]:
    """A window opened on a catalogue that synced once from the command line: its automatic
    sync has run once (with one edit to send) and waits for the next round."""
    from ssc_desktop.storage.repository import CatalogueStore

    server, token = running_hub
    store = CatalogueStore(data_folder / "catalogue.sqlite3")
    assert SyncClient(store, hub_url=server.url, token=token).sync().complete
    first = next(store.iter_all())
    store.save_local(first.model_copy(update={"subtitle": "For the first hub"}))
    store.close()
    window = make_window(wait=False)
    with qtbot.waitSignal(window.sync.finished, timeout=30_000) as finished:
        pass
    assert finished.args == ["done"] and window.sync.auto_sync is not None
    assert window.catalogue.store.stats()["pending_sync"] == 0
    return window, window.catalogue.store


def test_sync_now_sends_edits_and_reports(
    make_window: Any, qtbot: Any, running_hub: tuple[Any, str]
) -> None:
    window, store = window_with_pending_edit(make_window, running_hub, "Edited in the field")
    assert window.ui.actionSyncNow.isEnabled()

    progress: list[tuple[int, int, int]] = []
    window.sync.progress.connect(lambda *values: progress.append(values))
    with qtbot.waitSignal(window.sync.finished, timeout=30_000) as finished:
        window.ui.actionSyncNow.trigger()
        assert window.ui.actionSyncNow.text() == "Cancel the sync"
    assert finished.args == ["done"]
    assert store.stats()["pending_sync"] == 0
    assert "Synced: 0 received, 1 sent." in window.ui.statusBar.currentMessage()
    assert progress and progress[-1][1] == 1
    assert window.ui.actionSyncNow.text() == "S&ync with the hub"
    assert store.meta("last_sync_at")
    qtbot.waitUntil(lambda: window.status.sync_status.text() != "Last sync: never")


def test_a_failed_sync_keeps_the_edit_and_says_so(
    make_window: Any, qtbot: Any, running_hub: tuple[Any, str]
) -> None:
    window, store = window_with_pending_edit(make_window, running_hub, "Edited while offline")
    running_hub[0].stop()
    with qtbot.waitSignal(window.sync.finished, timeout=60_000) as finished:
        window.ui.actionSyncNow.trigger()
        assert window.status.sync_cancel_button.isVisible()
        qtbot.wait(50)
        window.status.sync_cancel_button.click()
    assert finished.args[0] in ("failed", "stopped")
    assert store.stats()["pending_sync"] == 1, "the local edit waits for the next sync"
    assert window.ui.actionSyncNow.text() == "S&ync with the hub"
    assert not window.status.sync_cancel_button.isVisible()
    if window.errors.dialog is not None:
        window.errors.dialog.close()


def test_a_conflict_is_shown_with_both_values_and_resolved_in_the_window(
    make_window: Any, qtbot: Any, running_hub: tuple[Any, str], tmp_path: Path
) -> None:
    from tests.sync.helpers import new_office

    server, token = running_hub
    window = make_window()
    mine = window.catalogue.store
    target = next(mine.iter_all())
    mine.save_local(target.model_copy(update={"subtitle": "First version"}))
    assert SyncClient(mine, hub_url=server.url, token=token).sync().complete
    other = new_office(tmp_path / "other office")
    other_token = server.store.create_token("other office", publish_directly=True)[1]
    assert SyncClient(other, hub_url=server.url, token=other_token).sync().complete
    theirs = other.get(target.id)
    assert theirs is not None
    other.save_local(theirs.model_copy(update={"subtitle": "The other office's subtitle"}))
    assert SyncClient(other, hub_url=server.url, token=other_token).sync().complete
    current = mine.get(target.id)
    assert current is not None
    mine.save_local(current.model_copy(update={"subtitle": "My field subtitle"}))
    with qtbot.waitSignal(window.sync.finished, timeout=30_000):
        window.ui.actionSyncNow.trigger()
    assert "1 conflict waits for a decision" in window.ui.statusBar.currentMessage()

    window.ui.actionConflicts.trigger()
    qtbot.waitUntil(lambda: window.sync.conflicts_dialog.model.rowCount() == 1)
    dialog = window.sync.conflicts_dialog
    assert dialog.model.index(0, 1).data() == "subtitle"
    assert dialog.mine.toPlainText() == "My field subtitle"
    assert dialog.theirs.toPlainText() == "The other office's subtitle"
    with qtbot.waitSignal(dialog.resolved, timeout=10_000):
        dialog.keep_mine.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert not dialog.keep_mine.isEnabled()
    qtbot.waitUntil(dialog.nothing.isVisible)  # the last one decided: nothing left
    dialog.close()

    with qtbot.waitSignal(window.sync.finished, timeout=30_000):
        window.ui.actionSyncNow.trigger()
    assert SyncClient(other, hub_url=server.url, token=other_token).sync().complete
    decided = other.get(target.id)
    assert decided is not None and decided.subtitle == "My field subtitle"


def test_the_conflicts_dialog_with_nothing_to_decide_says_so(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    window.ui.actionConflicts.trigger()
    qtbot.waitUntil(lambda: window.sync.conflicts_dialog is not None
                    and window.sync.conflicts_dialog.nothing.isVisible())  # fmt: skip
    dialog = window.sync.conflicts_dialog
    assert dialog.nothing.text().startswith("Nothing to decide")
    for widget in (dialog.view, dialog.values, dialog.keep_mine, dialog.take_theirs):
        assert widget.isHidden(), "no empty table, no disabled button"
    dialog.close()


def test_the_window_syncs_by_itself_once_a_hub_is_known(
    make_window: Any, qtbot: Any, running_hub: tuple[Any, str], data_folder: Path
) -> None:
    window, _store = window_syncing_by_itself(make_window, qtbot, running_hub, data_folder)
    assert "1 sent" in window.ui.statusBar.currentMessage()
    qtbot.waitUntil(lambda: window.status.hub_status.text() == "Hub: reachable")
    assert window.ui.actionSyncNow.text() == "S&ync with the hub"

    # F9 goes through the same sync thread: one sync at a time, reported the same way.
    with qtbot.waitSignal(window.sync.finished, timeout=30_000) as again:
        window.ui.actionSyncNow.trigger()
    assert again.args == ["done"]
    assert "Synced: 0 received, 0 sent." in window.ui.statusBar.currentMessage()


def _settings_dialog(window: Any, qtbot: Any) -> Any:
    window.prefs.open_settings()
    qtbot.waitUntil(lambda: window.prefs.settings_dialog.isVisible())
    return window.prefs.settings_dialog


def _accept(dialog: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    ok.click()


def test_a_hub_address_without_a_scheme_is_completed_to_https(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    dialog = _settings_dialog(window, qtbot)
    dialog.ui.hubEdit.setText("hub.example.org")
    assert dialog.ui.hubError.isHidden()
    assert dialog.hub_address == "https://hub.example.org"
    assert dialog.ui.hubHint.text() == "Will be saved as https://hub.example.org"
    for refused in ("ftp://hub.example.org", "https://", "hub.example.org:port"):
        dialog.ui.hubEdit.setText(refused)
        assert dialog.ui.hubError.isVisible(), refused
        assert "https://hub.example.org" in dialog.ui.hubError.text()
    dialog.ui.hubEdit.setText("  hub.example.org:8443/ssc ")
    dialog.ui.autoSyncCombo.setCurrentIndex(dialog.ui.autoSyncCombo.findData(0))  # no sync now
    _accept(dialog)
    assert window.settings.hub_address == "https://hub.example.org:8443/ssc"
    dialog = _settings_dialog(window, qtbot)
    assert dialog.ui.hubEdit.text() == "https://hub.example.org:8443/ssc"
    dialog.reject()


def test_the_settings_dialog_has_no_empty_middle(make_window: Any, qtbot: Any) -> None:
    """Everything stacked from the top: between the last group and the buttons only the
    layout's spacing (it was an empty third of the dialog)."""
    window = make_window()
    dialog = _settings_dialog(window, qtbot)
    groups = (dialog.ui.syncGroup, dialog.ui.interfaceGroup)
    gap = dialog.ui.buttonBox.geometry().top() - groups[-1].geometry().bottom()
    spacing = dialog.layout().spacing()
    assert 0 < gap <= 2 * max(spacing, 6), gap
    assert dialog.height() <= dialog.sizeHint().height() + 2
    assert dialog.ui.paperCombo.isVisible() and dialog.ui.hubEdit.isVisible()
    dialog.reject()


def _hub_subtitles(hub: Any) -> dict[str, str]:
    return {r["id"]: r.get("subtitle", "") for r in hub.store.all_records()}


def test_a_hub_set_up_in_settings_is_synced_with_by_itself(
    make_window: Any, qtbot: Any, running_hub: tuple[Any, str]
) -> None:
    """No command line: address and office token typed in Settings, then the window syncs."""
    from ssc_desktop.sync.state import K_TOKEN

    server, token = running_hub
    window = make_window()
    store = window.catalogue.store
    assert window.sync.auto_sync is None and not store.meta(K_TOKEN)
    first = next(store.iter_all())
    store.save_local(first.model_copy(update={"subtitle": "Sent once the hub is set up"}))

    dialog = _settings_dialog(window, qtbot)
    assert "administrator" in dialog.ui.tokenEdit.placeholderText()
    assert dialog.ui.autoSyncCombo.currentData() == 30  # the default
    dialog.ui.hubEdit.setText(server.url)
    dialog.ui.tokenEdit.setText(f"  {token}\n")
    with qtbot.waitSignal(window.sync.finished, timeout=30_000) as finished:
        _accept(dialog)
    assert finished.args == ["done"]
    assert store.meta(K_TOKEN) == token
    assert window.sync.auto_sync is not None and window.sync.auto_sync.interval == 30 * 60
    assert _hub_subtitles(server)[first.id] == "Sent once the hub is set up"
    assert store.stats()["pending_sync"] == 0

    # The token is never shown back; the dialog only says one is remembered.
    qtbot.waitUntil(lambda: window.sync.remembered.token)
    dialog = _settings_dialog(window, qtbot)
    assert dialog.ui.tokenEdit.text() == ""
    assert "remembered" in dialog.ui.tokenEdit.placeholderText()
    dialog.reject()


def test_changing_the_hub_in_settings_moves_automatic_sync_to_it(
    make_window: Any,
    qtbot: Any,
    running_hub: tuple[Any, str],
    tmp_path: Path,
    data_folder: Path,
) -> None:
    server = running_hub[0]
    other_hub = HubStore(f"sqlite:///{tmp_path / 'other-hub.sqlite3'}")
    other_hub.init(seed=False)
    other_token = other_hub.create_token("window office", publish_directly=True)[1]
    with ServerThread(other_hub) as new_server:
        window, store = window_syncing_by_itself(make_window, qtbot, running_hub, data_folder)
        old_schedule = window.sync.auto_sync
        edited = next(store.iter_all())
        store.save_local(edited.model_copy(update={"subtitle": "For the new hub"}))

        qtbot.waitUntil(lambda: window.sync.remembered.hub != "")
        dialog = _settings_dialog(window, qtbot)
        assert dialog.ui.hubEdit.text() == server.url, "the hub remembered from the first sync"
        assert "remembered" in dialog.ui.tokenEdit.placeholderText()
        dialog.ui.hubEdit.setText(new_server.url)
        dialog.ui.tokenEdit.setText(other_token)
        with qtbot.waitSignal(window.sync.finished, timeout=30_000) as finished:
            _accept(dialog)
        assert finished.args == ["done"]
        assert window.sync.auto_sync is not None and window.sync.auto_sync is not old_schedule
        assert old_schedule._thread is not None and not old_schedule._thread.is_alive()
        assert _hub_subtitles(new_server)[edited.id] == "For the new hub"
        assert _hub_subtitles(server)[edited.id] == "For the first hub", "the old hub is left"
        assert window.settings.hub_address == new_server.url
        # A report the old schedule sends late (a sync that was ending) is not shown twice.
        from ssc_desktop.sync.client import SyncReport

        late = SyncReport(hub=server.url, complete=True, records_down=7)
        with qtbot.assertNotEmitted(window.sync.finished, wait=200):
            old_schedule.on_report(late)  # what its thread would call
        assert "7 received" not in window.ui.statusBar.currentMessage()
        window.close()
    other_hub.close()


def test_automatic_sync_can_be_turned_off_and_f9_still_syncs(
    make_window: Any, qtbot: Any, running_hub: tuple[Any, str], data_folder: Path
) -> None:
    window, store = window_syncing_by_itself(make_window, qtbot, running_hub, data_folder)

    dialog = _settings_dialog(window, qtbot)
    dialog.ui.autoSyncCombo.setCurrentIndex(dialog.ui.autoSyncCombo.findData(0))
    assert dialog.ui.autoSyncCombo.currentText().startswith("Off")
    with qtbot.waitSignal(window.sync.schedule_changed, timeout=30_000):
        _accept(dialog)
    assert window.sync.auto_sync is None
    assert window.settings.sync_interval == 0

    first = next(store.iter_all())
    store.save_local(first.model_copy(update={"subtitle": "Second edit, sent with F9"}))
    with qtbot.waitSignal(window.sync.finished, timeout=30_000) as finished:
        window.ui.actionSyncNow.trigger()
    assert finished.args == ["done"]
    assert window.sync.auto_sync is None, "a sync by hand does not turn the schedule back on"
    assert store.stats()["pending_sync"] == 0


def test_syncing_before_a_hub_is_set_up_opens_settings(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    with qtbot.waitSignal(window.sync.finished, timeout=30_000) as finished:
        window.ui.actionSyncNow.trigger()
    assert finished.args == ["failed"]
    qtbot.waitUntil(lambda: window.prefs.settings_dialog.isVisible())
    assert "office token in Settings" in window.ui.statusBar.currentMessage()
    assert window.errors.dialog is None, "not an error: a step to take"
    window.prefs.settings_dialog.reject()


def test_the_sync_history_lists_each_sync_and_copies_it_for_support(
    make_window: Any, qtbot: Any, running_hub: tuple[Any, str]
) -> None:
    from PySide6.QtWidgets import QApplication

    window, _store = window_with_pending_edit(make_window, running_hub, "Edited for history")
    with qtbot.waitSignal(window.sync.finished, timeout=30_000):
        window.ui.actionSyncNow.trigger()
    running_hub[0].store.revoke("window office")  # the next one is refused: the history says why
    with qtbot.waitSignal(window.sync.finished, timeout=30_000):
        window.ui.actionSyncNow.trigger()
    if window.errors.dialog is not None:
        window.errors.dialog.close()

    window.ui.actionSyncHistory.trigger()
    qtbot.waitUntil(lambda: window.sync.history_dialog is not None)
    dialog = window.sync.history_dialog
    model = dialog.model
    assert model.rowCount() == 3  # the first sync (command line), F9, and the failed one
    newest = [model.index(0, c).data() for c in range(model.columnCount())]
    assert newest[1] == "Failed" and "token" in newest[7]
    sent = [model.index(1, c).data() for c in range(model.columnCount())]
    assert sent[1] == "Done" and sent[3] == "1"  # the edit went up
    dialog.copy_button.click()
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0].startswith("When\tResult") and len(copied) == 4
    dialog.close()


@pytest.mark.slow
def test_a_data_budget_set_in_settings_stops_a_big_sync_and_the_next_goes_on(
    make_window: Any, qtbot: Any, running_hub: tuple[Any, str]
) -> None:
    """On a metered link: 1 MB per sync; the first download stops there, keeping what came."""
    from tests.support.records import random_solutions

    server, token = running_hub
    server.store.load_records(r.to_json_dict() for r in random_solutions(4000, seed=9))
    window = make_window()
    store = window.catalogue.store
    before = store.stats()["solutions"]
    dialog = _settings_dialog(window, qtbot)
    dialog.ui.hubEdit.setText(server.url)
    dialog.ui.tokenEdit.setText(token)
    dialog.ui.autoSyncCombo.setCurrentIndex(dialog.ui.autoSyncCombo.findData(0))
    dialog.ui.budgetCombo.setCurrentIndex(dialog.ui.budgetCombo.findData(1))
    assert dialog.ui.budgetCombo.currentText() == "1 MB, then the rest next time"
    _accept(dialog)
    qtbot.waitUntil(lambda: window.sync.remembered.token, timeout=10_000)
    assert window.settings.sync_budget == 1 and window.sync.auto_sync is None

    with qtbot.waitSignal(window.sync.finished, timeout=120_000) as first:
        window.ui.actionSyncNow.trigger()
    assert first.args == ["stopped"]
    assert "data budget" in window.ui.statusBar.currentMessage()
    partly = store.stats()["solutions"]
    assert before < partly < before + 4000, "what arrived is kept, not all of it"
    from ssc_desktop.sync.state import SyncState

    stopped = SyncState(store).history()[-1]
    assert stopped["outcome"] == "stopped" and stopped["stopped"] == "budget"
    assert stopped["bytes_up"] + stopped["bytes_down"] <= 1_000_000, "never past the budget"

    window.prefs.apply_settings(server.url, "", "A4", sync_budget=0)
    with qtbot.waitSignal(window.sync.finished, timeout=120_000) as second:
        window.ui.actionSyncNow.trigger()
    assert second.args == ["done"]
    assert store.stats()["solutions"] == before + 4000
