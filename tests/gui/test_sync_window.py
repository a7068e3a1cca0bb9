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
    token = store.create_token("window office")[1]
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


def test_sync_now_sends_edits_and_reports(
    make_window: Any, qtbot: Any, running_hub: tuple[Any, str]
) -> None:
    window, store = window_with_pending_edit(make_window, running_hub, "Edited in the field")
    assert window.ui.actionSyncNow.isEnabled()

    progress: list[tuple[int, int, int]] = []
    window.sync_progress.connect(lambda *values: progress.append(values))
    with qtbot.waitSignal(window.sync_finished, timeout=30_000) as finished:
        window.ui.actionSyncNow.trigger()
        assert window.ui.actionSyncNow.text() == "Cancel the sync"
    assert finished.args == ["done"]
    assert store.stats()["pending_sync"] == 0
    assert "Synced: 0 received, 1 sent." in window.ui.statusBar.currentMessage()
    assert progress and progress[-1][1] == 1
    assert window.ui.actionSyncNow.text() == "S&ync with the hub"
    assert store.meta("last_sync_at")
    qtbot.waitUntil(lambda: window.sync_status.text() != "Last sync: never")


def test_a_failed_sync_keeps_the_edit_and_says_so(
    make_window: Any, qtbot: Any, running_hub: tuple[Any, str]
) -> None:
    window, store = window_with_pending_edit(make_window, running_hub, "Edited while offline")
    running_hub[0].stop()
    with qtbot.waitSignal(window.sync_finished, timeout=60_000) as finished:
        window.ui.actionSyncNow.trigger()
        assert window.sync_cancel_button.isVisible()
        qtbot.wait(50)
        window.sync_cancel_button.click()
    assert finished.args[0] in ("failed", "stopped")
    assert store.stats()["pending_sync"] == 1, "the local edit waits for the next sync"
    assert window.ui.actionSyncNow.text() == "S&ync with the hub"
    assert not window.sync_cancel_button.isVisible()
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
    other_token = server.store.create_token("other office")[1]
    assert SyncClient(other, hub_url=server.url, token=other_token).sync().complete
    theirs = other.get(target.id)
    assert theirs is not None
    other.save_local(theirs.model_copy(update={"subtitle": "The other office's subtitle"}))
    assert SyncClient(other, hub_url=server.url, token=other_token).sync().complete
    current = mine.get(target.id)
    assert current is not None
    mine.save_local(current.model_copy(update={"subtitle": "My field subtitle"}))
    with qtbot.waitSignal(window.sync_finished, timeout=30_000):
        window.ui.actionSyncNow.trigger()
    assert "1 conflict waits for a decision" in window.ui.statusBar.currentMessage()

    window.ui.actionConflicts.trigger()
    qtbot.waitUntil(lambda: window.conflicts_dialog.model.rowCount() == 1)
    dialog = window.conflicts_dialog
    assert dialog.model.index(0, 1).data() == "subtitle"
    assert dialog.mine.toPlainText() == "My field subtitle"
    assert dialog.theirs.toPlainText() == "The other office's subtitle"
    with qtbot.waitSignal(dialog.resolved, timeout=10_000):
        dialog.keep_mine.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert not dialog.keep_mine.isEnabled()
    dialog.close()

    with qtbot.waitSignal(window.sync_finished, timeout=30_000):
        window.ui.actionSyncNow.trigger()
    assert SyncClient(other, hub_url=server.url, token=other_token).sync().complete
    decided = other.get(target.id)
    assert decided is not None and decided.subtitle == "My field subtitle"


def test_the_window_syncs_by_itself_once_a_hub_is_known(
    make_window: Any, qtbot: Any, running_hub: tuple[Any, str], data_folder: Path
) -> None:
    from ssc_desktop.storage.repository import CatalogueStore

    server, token = running_hub
    store = CatalogueStore(data_folder / "catalogue.sqlite3")
    assert SyncClient(store, hub_url=server.url, token=token).sync().complete
    first = next(store.iter_all())
    store.save_local(first.model_copy(update={"subtitle": "Edited before opening the window"}))
    store.close()

    window = make_window(wait=False)
    with qtbot.waitSignal(window.sync_finished, timeout=30_000) as finished:
        pass
    assert finished.args == ["done"]
    assert window.auto_sync is not None
    assert window.catalogue.store.stats()["pending_sync"] == 0
    assert "1 sent" in window.ui.statusBar.currentMessage()
    qtbot.waitUntil(lambda: window.hub_status.text() == "Hub: reachable")
    assert window.ui.actionSyncNow.text() == "S&ync with the hub"

    # F9 goes through the same sync thread: one sync at a time, reported the same way.
    with qtbot.waitSignal(window.sync_finished, timeout=30_000) as again:
        window.ui.actionSyncNow.trigger()
    assert again.args == ["done"]
    assert "Synced: 0 received, 0 sent." in window.ui.statusBar.currentMessage()
