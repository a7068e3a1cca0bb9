"""An office follows its contributions through the hub's review (issue 14), end to end: the real
window (pytest-qt), a real hub on 127.0.0.1 that holds contributions for review, curators working
from the command line and the review API, ``ssc-desktop contributions --json``, and a second
office that receives a contribution only once it is approved.

Steps: a solution imported from a filled template is sent (F9) → "in review" in the detail
pane, the dialog and the CLI; the curator returns it with a comment (``ssc-desktop hub review
return``) → after the next sync "returned" with the comment; the office corrects it in the form
(the detail pane's Edit link) and syncs → "in review" again; returned once more, it is sent again
as it is from File ▸ My contributions; the curator approves it → "published"; the second office
receives it only then, with the correction.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from ssc_desktop.app.contributions import ContributionState
from ssc_desktop.cli.main import main
from ssc_desktop.gui.contributions import COLUMNS, ContributionsDialog
from ssc_desktop.gui.detail import EDIT_CONTRIBUTION
from ssc_desktop.hub.review import Review
from ssc_desktop.hub.server import ServerThread
from ssc_desktop.hub.store import HubStore
from ssc_desktop.sync.client import SyncClient
from tests.support.sheets import filled_template
from tests.sync.helpers import new_office

COMMENT = "Which year did the pumps start? Add a source, please."


@pytest.fixture
def reviewing_hub(tmp_path: Path) -> Iterator[tuple[ServerThread, Path, str]]:
    """A hub whose data folder is ``hub_dir`` (for ``ssc-desktop hub ... --data-dir``), with a
    token for the window's office: its contributions wait for a curator (the default)."""
    hub_dir = tmp_path / "hubdata"
    (hub_dir / "hub").mkdir(parents=True)
    store = HubStore(f"sqlite:///{hub_dir / 'hub' / 'hub.sqlite3'}")
    store.init(seed=False)
    token = store.create_token("UNDP Kenya")[1]
    with ServerThread(store) as server:
        yield server, hub_dir, token
    store.close()


def sync(window: Any, qtbot: Any) -> None:
    with qtbot.waitSignal(window.sync.finished, timeout=30_000) as finished:
        window.ui.actionSyncNow.trigger()
    assert finished.args == ["done"], window.ui.statusBar.currentMessage()


def detail_says(window: Any, qtbot: Any, text: str) -> str:
    qtbot.waitUntil(lambda: text in window.ui.detailBrowser.toPlainText(), timeout=15_000)
    return str(window.ui.detailBrowser.toPlainText())


def dialog_row(dialog: ContributionsDialog, solution_id: str) -> dict[str, str]:
    row = dialog.row_of(solution_id)
    assert row >= 0
    return {key: dialog.proxy.index(row, n).data() for n, key in enumerate(COLUMNS)}


def cli_json(data_folder: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    assert main(["contributions", "--json", "--data-dir", str(data_folder)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert isinstance(out, list)
    return out


def curator_cli(hub_dir: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["hub", "review", *argv, "--data-dir", str(hub_dir)]) == 0
    return capsys.readouterr().out


@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_an_office_follows_its_contribution_through_review_in_the_window_and_the_cli(
    make_window: Any,
    qtbot: Any,
    reviewing_hub: tuple[ServerThread, Path, str],
    data_folder: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server, hub_dir, token = reviewing_hub
    review = Review(server.store)
    window = make_window()
    store = window.catalogue.store
    # The office synced once from the command line (the hub and the token are remembered).
    assert SyncClient(store, hub_url=server.url, token=token).sync().complete
    other = new_office(tmp_path / "peru")
    other_token = server.store.create_token("UNDP Peru")[1]
    assert SyncClient(other, hub_url=server.url, token=other_token).sync().complete

    # -- the office adds a solution from a filled contribution template ----------------------
    sheet = filled_template(
        tmp_path / "contributions.xlsx",
        [{"reference": "KEN-2026-04", "title": "Solar pumps shared by farmer groups"}],
    )
    with qtbot.waitSignal(window.files.file_imported, timeout=20_000) as imported:
        window.files.import_file(sheet)
    assert imported.args[0].added == 1
    [mine] = [s for s in store.iter_all() if s.origin == "local"]

    # File ▸ My contributions: listed as waiting; a double-click shows it in the detail pane.
    action = window.sync.contributions_action
    assert action in window.ui.menuFile.actions() and action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: window.sync.contributions_dialog is not None)
    dialog = window.sync.contributions_dialog
    qtbot.waitUntil(lambda: dialog.row_of(mine.id) >= 0, timeout=15_000)
    row = dialog_row(dialog, mine.id)
    assert row["state"] == "Waiting to be sent" and row["reference"] == "KEN-2026-04"
    assert row["title"] == "Solar pumps shared by farmer groups" and row["decided_at"] == ""
    qtbot.waitExposed(dialog)
    view = dialog.view
    index = view.model().index(dialog.row_of(mine.id), COLUMNS.index("title"))
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: window.detail.solution_id == mine.id)
    text = detail_says(window, qtbot, "Waiting to be sent")
    assert "Local change waiting for sync" not in text, "one statement, not two"

    # -- sent: in review at the hub (window, dialog, CLI); not published -----------------------
    sync(window, qtbot)
    detail_says(window, qtbot, "Sent — in review at the hub")
    qtbot.waitUntil(lambda: dialog_row(dialog, mine.id)["state"] == "In review at the hub")
    assert dialog_row(dialog, mine.id)["sent_at"] != ""
    [entry] = cli_json(data_folder, capsys)
    assert entry["id"] == mine.id and entry["state"] == "review"
    assert entry["reference"] == "KEN-2026-04" and isinstance(entry["number"], int)
    listed = json.loads(curator_cli(hub_dir, capsys, "list", "--json"))
    assert [(c["solution_id"], c["office"]) for c in listed] == [(mine.id, "UNDP Kenya")]
    assert SyncClient(other, hub_url=server.url, token=other_token).sync().complete
    assert other.get(mine.id) is None, "not published: the other office has nothing yet"

    # -- the curator returns it with a comment (the command line) -----------------------------
    said = curator_cli(hub_dir, capsys, "return", str(listed[0]["id"]), "--comment", COMMENT)
    assert "returned to UNDP Kenya" in said
    sync(window, qtbot)
    assert "1 contribution returned by a curator" in window.ui.statusBar.currentMessage()
    text = detail_says(window, qtbot, "Returned by the curator:")
    assert COMMENT in text and "Edit" in text and "Send again as it is" in text
    qtbot.waitUntil(lambda: dialog_row(dialog, mine.id)["state"] == "Returned by the curator")
    assert dialog_row(dialog, mine.id)["comment"] == COMMENT
    [entry] = cli_json(data_folder, capsys)
    assert (entry["state"], entry["comment"]) == ("returned", COMMENT) and entry["decided_at"]
    assert store.get(mine.id) == mine, "the returned solution is kept as the office wrote it"

    # -- corrected in the form (the detail pane's Edit link), sent again: in review ------------
    window.ui.detailBrowser.anchorClicked.emit(QUrl(EDIT_CONTRIBUTION))
    qtbot.waitUntil(lambda: window.detail.form is not None and window.detail.form.isVisible())
    form = window.detail.form
    form.ui.titleEdit.setText("Solar pumps shared by farmer groups since 2019")
    qtbot.waitUntil(form.save_button.isEnabled)
    with qtbot.waitSignal(window.detail.solution_saved, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    detail_says(window, qtbot, "Waiting to be sent")
    qtbot.waitUntil(lambda: dialog_row(dialog, mine.id)["state"] == "Waiting to be sent")
    assert cli_json(data_folder, capsys)[0]["state"] == "waiting"
    sync(window, qtbot)
    detail_says(window, qtbot, "Sent — in review at the hub")
    [held] = review.contributions()
    assert held.title == "Solar pumps shared by farmer groups since 2019"

    # -- returned again (the review API), then sent again as it is from the dialog ------------
    review.return_(held.id, actor="cli:curator", comment="Thank you; one more look tomorrow.")
    sync(window, qtbot)
    qtbot.waitUntil(lambda: dialog_row(dialog, mine.id)["state"] == "Returned by the curator")
    dialog.select(mine.id)
    assert dialog.resend_button.isEnabled()
    with qtbot.waitSignal(window.shared.bridge.changed, timeout=10_000):
        dialog.resend_button.click()
    qtbot.waitUntil(lambda: dialog_row(dialog, mine.id)["state"] == "Waiting to be sent")
    assert not dialog.resend_button.isEnabled()
    sync(window, qtbot)
    [held] = review.contributions()
    assert held.title == "Solar pumps shared by farmer groups since 2019"
    assert cli_json(data_folder, capsys)[0]["state"] == "review"

    # -- approved: published; the second office receives it now, corrected --------------------
    assert SyncClient(other, hub_url=server.url, token=other_token).sync().complete
    assert other.get(mine.id) is None
    review.approve(held.id, actor="cli:curator")
    sync(window, qtbot)
    detail_says(window, qtbot, "Published")
    qtbot.waitUntil(lambda: dialog_row(dialog, mine.id)["state"] == "Published")
    [entry] = cli_json(data_folder, capsys)
    assert entry["state"] == "published" and entry["revision"] == 1 and entry["comment"] == ""
    assert SyncClient(other, hub_url=server.url, token=other_token).sync().complete
    received = other.get(mine.id)
    assert received is not None and received.title == held.title

    # Copy for support: a header line and one line with the id, state and reference.
    dialog.copy_button.click()
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0].split("\t")[:3] == ["Id", "State", "Title"]
    assert copied[1].split("\t")[:2] == [mine.id, "Published"] and "KEN-2026-04" in copied[1]
    dialog.close()
    other.close()


def test_the_dialog_filters_by_state_sorts_and_says_when_there_is_nothing(
    make_window: Any, qtbot: Any
) -> None:
    window = make_window()
    window.sync.open_contributions()
    dialog = window.sync.contributions_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.loaded)
    assert dialog.nothing.isVisible() and dialog.view.isHidden()
    assert not dialog.copy_button.isEnabled() and not dialog.resend_button.isEnabled()

    # Two edits of hub records arrive in the dialog by themselves (the session's change signal).
    store, session = window.catalogue.store, window.session
    first, second = list(store.iter_all())[:2]
    window.shared.tasks.write(lambda: session.save_solution(
        first.model_copy(update={"subtitle": "Edited here"})))  # fmt: skip
    window.shared.tasks.write(lambda: session.save_solution(
        second.model_copy(update={"subtitle": "Edited here too"})))  # fmt: skip
    qtbot.waitUntil(lambda: dialog.proxy.rowCount() == 2, timeout=15_000)
    assert dialog.view.isVisible() and dialog.nothing.isHidden()
    titles = [dialog.proxy.index(r, COLUMNS.index("title")).data() for r in range(2)]
    dialog.view.sortByColumn(COLUMNS.index("title"), Qt.SortOrder.DescendingOrder)
    assert [dialog.proxy.index(r, 1).data() for r in range(2)] == sorted(titles, reverse=True)
    dialog.view.sortByColumn(COLUMNS.index("title"), Qt.SortOrder.AscendingOrder)
    assert [dialog.proxy.index(r, 1).data() for r in range(2)] == sorted(titles)

    combo = dialog.state_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "",
        *(s.value for s in ContributionState),
    ]
    combo.setCurrentIndex(combo.findData("returned"))
    assert dialog.proxy.rowCount() == 0
    combo.setCurrentIndex(combo.findData("waiting"))
    assert dialog.proxy.rowCount() == 2
    combo.setCurrentIndex(0)
    assert dialog.proxy.rowCount() == 2
    # The menu item again brings the same dialog forward.
    window.sync.contributions_action.trigger()
    assert window.sync.contributions_dialog is dialog
    dialog.close()
    qtbot.waitUntil(lambda: window.sync.contributions_dialog is None)
