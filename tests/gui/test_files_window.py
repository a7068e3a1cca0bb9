"""Files in the window: a catalogue file imported, a USB bundle each way, bad files refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ssc_desktop.app.files import BundleImported, FileImported
from ssc_desktop.hub.store import HubStore
from ssc_desktop.interchange.writer import write_catalogue_file
from ssc_desktop.sync.client import SyncClient
from ssc_desktop.sync.offline import export_hub_bundle, import_office_bundle
from tests.gui.test_search import titles
from tests.support.records import make_solution


def _import(window: Any, qtbot: Any, path: Path) -> Any:
    with qtbot.waitSignal(window.files.file_imported, timeout=20_000) as imported:
        window.files.import_file(path)
    return imported.args[0]


def test_a_catalogue_file_is_imported_and_listed(
    make_window: Any, qtbot: Any, wait_search: Any, tmp_path: Path
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.search.adapter.index_ready, timeout=20_000)
    new = [
        make_solution(title="Mangrove nurseries run by fishers"),
        make_solution(title="Drought insurance for herders"),
    ]
    path = tmp_path / "from-a-colleague.json"
    write_catalogue_file(new, path, "json")

    summary = _import(window, qtbot, path)
    assert isinstance(summary, FileImported) and summary.added == 2
    assert "Imported: 2 new" in window.ui.statusBar.currentMessage()
    window.ui.searchEdit.setText("mangrove")
    wait_search(qtbot, window, "mangrove")
    assert titles(window) == ["Mangrove nurseries run by fishers"]

    again = _import(window, qtbot, path)  # the same file twice changes nothing
    assert again.added == 0 and again.unchanged == 2


def test_a_bad_file_is_refused_and_changes_nothing(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = make_window()
    store = window.catalogue.store
    before = store.stats()["solutions"]
    good = make_solution(title="A good record")
    path = tmp_path / "half.json"
    write_catalogue_file([good, make_solution(title="Another")], path, "json")
    head, tail = path.read_text(encoding="utf-8").rsplit('"primary_sdgs": [', 1)
    path.write_text(head + '"primary_sdgs": [18, ' + tail)  # the second record: SDG 18

    assert _import(window, qtbot, path) is None
    qtbot.waitUntil(lambda: window.errors.dialog is not None and window.errors.dialog.isVisible())
    shown = window.errors.dialog.findChildren(type(window.ui.hintLabel))
    assert any("nothing was changed" in label.text() for label in shown)
    assert store.stats()["solutions"] == before
    assert store.get(good.id) is None
    window.errors.dialog.close()


def test_usb_bundles_both_ways_without_a_network(
    make_window: Any, qtbot: Any, wait_search: Any, tmp_path: Path
) -> None:
    """The hub's changes come in on a stick (its key typed once); the office's edits go back."""
    from ssc_desktop.hub.server import ServerThread
    from tests.sync.helpers import new_office

    hub = HubStore(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    hub.init(seed=False)
    other = new_office(tmp_path / "other office")
    shared = make_solution(title="Seed banks kept by women farmers")
    other.save_local(shared)
    with ServerThread(hub) as server:  # another office, online, gave the hub a solution
        other_token = hub.create_token("other office", publish_directly=True)[1]
        assert SyncClient(other, hub_url=server.url, token=other_token).sync().complete
    stick = tmp_path / "stick"
    stick.mkdir()
    hub_bundle = stick / "hub.sscbundle"
    export_hub_bundle(hub, hub_bundle)

    window = make_window()
    qtbot.waitUntil(lambda: window.search.adapter.index_ready, timeout=20_000)
    # A damaged bundle is refused before anything is applied (or any key asked for).
    damaged = stick / "damaged.sscbundle"
    data = bytearray(hub_bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    assert _import(window, qtbot, damaged) is None
    assert window.files.key_dialog is None
    assert window.catalogue.store.get(shared.id) is None
    qtbot.waitUntil(lambda: window.errors.dialog is not None and window.errors.dialog.isVisible())
    window.errors.dialog.close()

    # The wrong key (another hub's) is refused too, and nothing is remembered.
    from ssc_desktop.sync.bundle import new_signing_key, public_key

    window.files.import_file(hub_bundle)
    qtbot.waitUntil(lambda: window.files.key_dialog is not None)
    with qtbot.waitSignal(window.files.file_imported, timeout=20_000) as refused:
        window.files.key_dialog.setTextValue(public_key(new_signing_key()))
        window.files.key_dialog.accept()
    assert refused.args[0] is None and window.catalogue.store.get(shared.id) is None
    qtbot.waitUntil(lambda: window.errors.dialog.isVisible())
    window.errors.dialog.close()

    window.files.key_dialog = None
    window.files.import_file(hub_bundle)
    qtbot.waitUntil(
        lambda: window.files.key_dialog is not None and window.files.key_dialog.isVisible()
    )
    assert "fingerprint" in window.files.key_dialog.labelText()
    with qtbot.waitSignal(window.files.file_imported, timeout=20_000) as imported:
        window.files.key_dialog.setTextValue(hub.bundle_public_key())
        window.files.key_dialog.accept()
    assert isinstance(imported.args[0], BundleImported) and imported.args[0].records == 1
    window.ui.searchEdit.setText("seed banks women")
    wait_search(qtbot, window, "seed banks women")
    assert titles(window) == [shared.title]

    # The office's edit goes back on the stick, signed with its token (given in Settings).
    token = hub.create_token("window office", publish_directly=True)[1]
    window.prefs.apply_settings("", "", "A4", token=token)
    qtbot.waitUntil(lambda: window.sync.remembered.token)
    store = window.catalogue.store
    current = store.get(shared.id)
    assert current is not None
    store.save_local(current.model_copy(update={"subtitle": "Checked on a field visit"}))
    out = stick / "office.sscbundle"
    window.files.ask_bundle_path = lambda: str(out)
    with qtbot.waitSignal(window.files.bundle_exported, timeout=20_000) as exported:
        window.ui.actionExportBundle.trigger()
    assert exported.args[0].operations == 1
    assert "1 change written to office.sscbundle" in window.ui.statusBar.currentMessage()
    # An office's bundle is for the hub: the window says so and changes nothing.
    assert _import(window, qtbot, out) is None
    qtbot.waitUntil(lambda: window.errors.dialog is not None and window.errors.dialog.isVisible())
    window.errors.dialog.close()
    applied = import_office_bundle(hub, out)
    assert applied["new"] == 1 and applied["refused"] == 0
    records = {r["id"]: r for r in hub.all_records()}
    assert records[shared.id]["subtitle"] == "Checked on a field visit"
    other.close()
    hub.close()


def test_exporting_before_a_token_is_given_says_where_to_give_it(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = make_window()
    out = tmp_path / "office.sscbundle"
    window.files.ask_bundle_path = lambda: str(out)
    with qtbot.waitSignal(window.files.bundle_exported, timeout=20_000) as exported:
        window.files.export_changes()
    assert exported.args[0] is None and not out.exists()
    qtbot.waitUntil(lambda: window.errors.dialog is not None and window.errors.dialog.isVisible())
    window.errors.dialog.close()


def test_the_listed_solutions_are_exported_for_another_office(
    make_window: Any, qtbot: Any, wait_search: Any, tmp_path: Path
) -> None:
    from ssc_desktop.interchange.reader import read_catalogue_file

    window = make_window()
    qtbot.waitUntil(lambda: window.search.adapter.index_ready, timeout=20_000)
    window.ui.searchEdit.setText("solar")
    outcome = wait_search(qtbot, window, "solar")
    assert outcome.total == 3
    for name in ("solar.json", "solar.csv"):
        out = tmp_path / name
        window.files.ask_export_path = lambda out=out: str(out)
        with qtbot.waitSignal(window.files.solutions_exported, timeout=20_000) as exported:
            window.ui.actionExportListed.trigger()
        assert exported.args == [3]
        assert f"3 solutions written to {name}." in window.ui.statusBar.currentMessage()
        back = read_catalogue_file(out)  # what File ▸ Import reads in the other office
        assert [s.id for s in back] == list(outcome.ids)
        assert back == window.catalogue.store.get_many(list(outcome.ids))


# -- contributions (issue 14) ---------------------------------------------------------------------
def _fill_template(path: Path, rows: list[dict[str, Any]]) -> None:
    import openpyxl

    from ssc_desktop.interchange import template

    position = {c.key: n for n, c in enumerate(template.columns(), start=1)}
    book = openpyxl.load_workbook(path)
    for number, values in enumerate(rows, start=2):
        for key, value in values.items():
            book.worksheets[0].cell(row=number, column=position[key], value=value)
    book.save(path)


def test_a_contribution_template_is_saved_filled_and_imported_from_the_menu(
    make_window: Any, qtbot: Any, wait_search: Any, tmp_path: Path
) -> None:
    """File ▸ Contribution template (in the interface language), filled, File ▸ Import: the
    solutions are this office's, waiting for sync; one bad row: the window says which cell and
    what, and imports the good rows only when asked."""
    from PySide6.QtWidgets import QMessageBox

    from ssc_desktop.app.files import ContributionsImported

    window = make_window()
    qtbot.waitUntil(lambda: window.search.adapter.index_ready, timeout=20_000)
    action = window.files.template_action
    assert action in window.ui.menuFile.actions() and "template" in action.text().lower()
    out = tmp_path / "contributions"  # no ending typed: saved as .xlsx
    window.files.ask_template_path = lambda: str(out)
    with qtbot.waitSignal(window.files.template_written, timeout=20_000) as written:
        action.trigger()
    path = written.args[0]
    assert path == out.with_suffix(".xlsx") and path.exists()

    _fill_template(
        path,
        [
            {"title": "Mangrove nurseries run by fishers", "countries": "Kenya (provider)"},
            {"title": "Bad row", "primary_sdgs": 18, "countries": "Atlantis"},
        ],
    )
    store = window.catalogue.store
    before = store.stats()
    window.files.import_file(path)
    qtbot.waitUntil(lambda: window.files.problems_box is not None, timeout=20_000)
    box = window.files.problems_box
    assert "1 row of contributions.xlsx has problems" in box.text()
    details = box.detailedText()
    assert "row 3, Main SDGs, cell K3: SDG 18 does not exist" in details
    assert "row 3, Countries and roles, cell J3: unknown country “Atlantis”" in details
    assert store.stats()["solutions"] == before["solutions"]  # nothing yet
    good = next(b for b in box.buttons() if b.text() == "Import the good rows")
    with qtbot.waitSignal(window.files.file_imported, timeout=20_000) as imported:
        good.click()
    result = imported.args[0]
    assert isinstance(result, ContributionsImported)
    assert result.added == 1 and result.rows_left_out == 1
    assert "1 row left out" in window.ui.statusBar.currentMessage()
    after = store.stats()
    assert after["pending_sync"] == before["pending_sync"] + 1
    assert after["local"] == before["local"] + 1
    window.ui.searchEdit.setText("mangrove")
    wait_search(qtbot, window, "mangrove")
    assert titles(window) == ["Mangrove nurseries run by fishers"]

    # "Import nothing": nothing changes
    window.files.import_file(path)
    qtbot.waitUntil(lambda: window.files.problems_box is not None, timeout=20_000)
    box = window.files.problems_box
    with qtbot.waitSignal(window.files.file_imported, timeout=20_000) as refused:
        next(b for b in box.buttons() if b.text() == "Import nothing").click()
    assert refused.args[0] is None and store.stats() == after
    assert isinstance(box, QMessageBox)  # the real box, its buttons clicked


def test_a_template_problem_is_worded_in_the_interface_language(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    from ssc_desktop.app.files import Problem, ProblemKind
    from ssc_desktop.gui.controllers.files import describe_problem

    make_window()
    problem = Problem(ProblemKind.UNKNOWN_SDG, 5, "primary_sdgs", "K5", "18")
    english = describe_problem(problem, "en")
    assert english == "row 5, Main SDGs, cell K5: SDG 18 does not exist (goals are 1 to 17)"
    french = describe_problem(problem, "fr")
    assert "ODD principaux" in french  # the column in the template's French


def test_a_macro_workbook_is_refused_with_one_line(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = make_window()
    path = tmp_path / "macros.xlsm"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    before = window.catalogue.store.stats()
    assert _import(window, qtbot, path) is None
    qtbot.waitUntil(lambda: window.errors.dialog is not None and window.errors.dialog.isVisible())
    assert "contains macros" in window.errors.dialog.message.text()
    assert "nothing was changed" in window.errors.dialog.message.text()
    assert window.catalogue.store.stats() == before
    window.errors.dialog.close()
