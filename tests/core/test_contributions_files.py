"""Catalogue files (JSON, CSV) an office imports: what is sent to the hub, and a record changed in
the file without a new revision (issue 14)."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

from ssc_desktop.hub.server import ServerThread
from ssc_desktop.hub.store import HubStore
from ssc_desktop.interchange.reader import read_catalogue_file
from ssc_desktop.interchange.writer import write_catalogue_file
from tests.support.records import make_solution
from tests.sync.helpers import client, fresh_hub, new_office


def publishing_token(hub: HubStore, office: str) -> str:
    """A token whose office's contributions the hub publishes at once: these tests are about the
    office sending them; holding them for a curator's review (issue 14, the hub's side) is
    tested there. Hubs without review take every contribution at once."""
    if "publish_directly" in inspect.signature(hub.create_token).parameters:
        return str(hub.create_token(office, publish_directly=True)[1])  # type: ignore[call-arg]
    return str(hub.create_token(office)[1])


def test_a_local_record_from_a_file_is_offered_to_the_hub_and_reaches_another_office(
    tmp_path: Path,
) -> None:
    """Cause of "waiting for sync: 0": import wrote every record clean. A record new here whose
    file says origin local is this office's to offer; a central one is never sent back."""
    mine = make_solution(origin="local", title="Community radio for early warning", revision=3)
    theirs = make_solution(origin="central", title="A record the hub already has")
    path = tmp_path / "office-solutions.json"
    write_catalogue_file([mine, theirs], path, "json")
    assert json.loads(path.read_text(encoding="utf-8"))["solutions"][0]["origin"] in (
        "local",
        "central",
    )

    hub = fresh_hub(tmp_path / "hub")
    office = new_office(tmp_path / "office")
    other = new_office(tmp_path / "other")
    report = office.import_solutions(read_catalogue_file(path), same_revision="edit")
    assert sorted(report.added) == sorted([mine.id, theirs.id])
    assert report.to_send == [mine.id]
    assert office.stats()["pending_sync"] == 1  # was 0

    with ServerThread(hub) as server:
        result = client(office, server.url, publishing_token(hub, "office")).sync()
        assert result.complete
        assert office.stats()["pending_sync"] == 0
        on_hub = {r["id"]: r for r in hub.all_records()}
        assert mine.id in on_hub and theirs.id not in on_hub  # the central one is not sent back
        assert on_hub[mine.id]["title"] == mine.title

        assert client(other, server.url, publishing_token(hub, "other")).sync().complete
        received = other.get(mine.id)
        assert received is not None and received.title == mine.title
        assert other.get(theirs.id) is None
    office.close()
    other.close()
    hub.close()


def test_same_id_and_revision_with_other_content_is_taken_as_a_local_edit(
    tmp_path: Path,
) -> None:
    """Never "unchanged": the file's change becomes this office's edit (next revision, sent at
    the next sync) and the report names the fields it changed."""
    for file_format in ("json", "csv"):
        office = new_office(tmp_path / file_format)
        original = make_solution(revision=2)
        office.import_solutions([original])
        assert office.stats()["pending_sync"] == 0
        stored = office.get(original.id)
        assert stored is not None
        changed = stored.model_copy(
            update={"title": f"Corrected title ({file_format})", "summary": "Shorter."}
        )
        path = tmp_path / f"changed.{file_format}"
        write_catalogue_file([changed], path, file_format)
        report = office.import_solutions(read_catalogue_file(path), same_revision="edit")
        assert report.unchanged == [] and report.edited == [original.id]
        assert report.changed_fields[original.id] == ["title", "summary"]
        assert report.as_dict()["taken_as_local_edit"] == 1
        now = office.get(original.id)
        assert now is not None and now.title == f"Corrected title ({file_format})"
        assert now.revision == stored.revision + 1 and now.origin == "central"
        assert office.stats()["pending_sync"] == 1
        # the same file again: it is the catalogue's content now (at an older revision)
        again = office.import_solutions(read_catalogue_file(path), same_revision="edit")
        assert again.edited == [] and again.unchanged == [original.id]
        from ssc_desktop.sync.state import SyncState

        ops = SyncState(office).freeze()  # the edit is an operation for the hub: its fields
        assert [op["id"] for op in ops] == [original.id]
        assert {"title", "summary"} <= set(ops[0]["p"])
        office.close()


def test_a_waiting_local_edit_is_kept_and_said_so(tmp_path: Path) -> None:
    office = new_office(tmp_path / "office")
    original = make_solution()
    office.import_solutions([original])
    office.save_local(original.model_copy(update={"subtitle": "typed in the form"}))
    stored = office.get(original.id)
    assert stored is not None
    other = stored.model_copy(update={"subtitle": "from a file"})
    report = office.import_solutions([other], same_revision="edit")
    assert report.kept_local == [original.id] and report.unchanged == []
    assert office.get(original.id).subtitle == "typed in the form"  # type: ignore[union-attr]
    office.close()


def test_the_seed_keeps_the_stored_version_and_says_so(tmp_path: Path) -> None:
    """The embedded seed is the hub's: a seed record at the stored revision with other content
    never becomes an edit to send (same_revision="keep", the default)."""
    office = new_office(tmp_path / "office")
    original = make_solution()
    office.import_solutions([original])
    report = office.import_solutions([original.model_copy(update={"title": "Other"})])
    assert report.kept_stored == [original.id] and report.unchanged == []
    assert office.stats()["pending_sync"] == 0
    assert office.get(original.id).title == original.title  # type: ignore[union-attr]
    office.close()


def test_template_contributions_reach_the_hub_and_another_office(tmp_path: Path) -> None:
    """Imported from a filled template: sent at the next sync; a second office receives them;
    the corrected sheet, imported again, sends an edit of the same solution, not a new one."""
    import openpyxl

    from ssc_desktop.app.files import FilesService
    from ssc_desktop.app.session import CatalogueSession
    from ssc_desktop.catalogue import Catalogue
    from ssc_desktop.interchange import template
    from ssc_desktop.sync.state import SyncState

    sheet_path = tmp_path / "contributions.xlsx"
    template.write_template(sheet_path)
    title_column = 1 + [c.key for c in template.columns()].index("title")

    def write_title(title: str) -> None:
        book = openpyxl.load_workbook(sheet_path)
        book.worksheets[0].cell(row=2, column=title_column, value=title)
        book.save(sheet_path)

    write_title("Women-led solar cooperatives")
    session = CatalogueSession(Catalogue.open(tmp_path / "office", seed=False))
    FilesService(session).import_file(sheet_path)
    office = session.store
    assert office.stats()["pending_sync"] == 1
    hub = fresh_hub(tmp_path / "hub")
    other = new_office(tmp_path / "other")
    with ServerThread(hub) as server:
        token = publishing_token(hub, "office")
        assert client(office, server.url, token).sync().complete
        assert office.stats()["pending_sync"] == 0
        write_title("Women-led solar cooperatives (corrected)")
        FilesService(session).import_file(sheet_path)
        ops = SyncState(office).freeze()
        assert len(ops) == 1 and ops[0]["b"] >= 1 and set(ops[0]["p"]) == {"title"}
        assert client(office, server.url, token).sync().complete
        assert client(other, server.url, publishing_token(hub, "other")).sync().complete
    received = list(other.iter_all())
    assert [s.title for s in received] == ["Women-led solar cooperatives (corrected)"]
    assert len(list(hub.all_records())) == 1
    session.catalogue.close()
    other.close()
    hub.close()
