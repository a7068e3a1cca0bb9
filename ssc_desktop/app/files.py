"""Files and USB bundles: import a catalogue file or a hub's bundle, export the listed
solutions, export this office's changes for the hub. Typed results, typed exceptions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ssc_desktop.app.events import Change, ChangeKind
from ssc_desktop.app.session import CatalogueSession
from ssc_desktop.interchange.errors import ImportFileError
from ssc_desktop.interchange.reader import detect_format, read_catalogue_file
from ssc_desktop.interchange.writer import write_catalogue_file
from ssc_desktop.sync import bundle
from ssc_desktop.sync.bundle import BundleError, UnknownHubKey
from ssc_desktop.sync.offline import export_office_bundle, import_hub_bundle

__all__ = [
    "BundleError",
    "BundleImported",
    "ChangesExported",
    "FileImported",
    "FilesService",
    "ImportFileError",
    "ImportResult",
    "UnknownHubKey",
]


@dataclass(frozen=True)
class FileImported:
    """A JSON or CSV catalogue file, imported record by record."""

    path: Path
    added: int
    updated: int
    unchanged: int
    skipped_older: int
    kept_local_edit: int


@dataclass(frozen=True)
class BundleImported:
    """A hub's USB bundle, applied like pages of the change feed."""

    path: Path
    records: int
    conflicts: int  # waiting for a decision


ImportResult = FileImported | BundleImported


@dataclass(frozen=True)
class ChangesExported:
    path: Path
    operations: int
    bytes: int


def is_bundle(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(bundle.MAGIC)) == bundle.MAGIC


class FilesService:
    def __init__(self, session: CatalogueSession) -> None:
        self.session = session

    def import_file(self, path: Path, trust_key: str = "") -> ImportResult:
        """Import a hub's USB bundle or a catalogue file (JSON or CSV), checked whole before
        anything is written: a damaged, forged or invalid file changes nothing (raises
        :class:`ImportFileError` or :class:`BundleError`). A first hub bundle, before any online
        sync, raises :class:`UnknownHubKey`: ask for the key, call again with ``trust_key``."""
        store = self.session.store
        if is_bundle(path):
            summary = import_hub_bundle(store, path, trust_key=trust_key or None)
            self.session.announce(Change.of(ChangeKind.SOLUTIONS, everything=True))
            return BundleImported(path, int(summary["records"]), int(summary["conflicts"]))
        report = store.import_solutions(read_catalogue_file(path), same_revision="edit")
        self.session.announce(Change.of(ChangeKind.SOLUTIONS, [*report.added, *report.updated]))
        counts = report.as_dict()
        return FileImported(
            path, counts["added"], counts["updated"], counts["unchanged"],
            counts["skipped_older"], counts["kept_local_edit"],
        )  # fmt: skip

    def export_solutions(self, ids: Sequence[str], path: Path) -> int:
        """Write these solutions, in this order, to a JSON or CSV file (by its ending),
        atomically; returns how many."""
        by_id = {s.id: s for s in self.session.get_many(list(ids))}
        solutions = [by_id[i] for i in ids if i in by_id]
        return write_catalogue_file(solutions, path, detect_format(path))

    def export_changes(self, path: Path) -> ChangesExported:
        """This office's waiting edits, in a signed USB bundle for the hub."""
        summary = export_office_bundle(self.session.store, path)
        return ChangesExported(path, int(summary["operations"]), int(summary["bytes"]))
