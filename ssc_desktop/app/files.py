"""Files and USB bundles: import a catalogue file, a filled contribution template or a hub's
bundle, export the listed solutions, export this office's changes for the hub, write a blank
contribution template. Typed results, typed exceptions."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from ssc_desktop.app.events import Change, ChangeKind
from ssc_desktop.app.session import CatalogueSession
from ssc_desktop.domain.model import Solution
from ssc_desktop.interchange import template
from ssc_desktop.interchange.errors import ImportFileError
from ssc_desktop.interchange.reader import FileKind, detect_format, detect_kind, read_catalogue_file
from ssc_desktop.interchange.template import Problem, ProblemKind, TemplateRefused
from ssc_desktop.interchange.writer import dump_csv, dump_json, write_catalogue_file
from ssc_desktop.storage.database import CatalogueReadOnly
from ssc_desktop.sync import bundle
from ssc_desktop.sync.bundle import BundleError, UnknownHubKey
from ssc_desktop.sync.offline import export_office_bundle, import_hub_bundle

__all__ = [
    "BundleError",
    "BundleImported",
    "ChangesExported",
    "ContributionProblems",
    "ContributionsImported",
    "FileFormat",
    "FileImported",
    "FilesService",
    "ImportFileError",
    "ImportResult",
    "Problem",
    "ProblemKind",
    "ReadOnlyCatalogue",
    "TemplateRefused",
    "UnknownHubKey",
]


#: A catalogue file's format: JSON (every field, tombstones too) or CSV (a spreadsheet's view).
FileFormat = Literal["json", "csv"]


class ReadOnlyCatalogue(CatalogueReadOnly):
    """The catalogue was opened read-only (a read-only disk or file): an import is refused
    before the file is read, and nothing changes. ``root`` is the data folder."""

    def __init__(self, root: Path) -> None:
        super().__init__(f"the catalogue in {root} is read-only")
        self.root = root


@dataclass(frozen=True)
class FileImported:
    """A JSON or CSV catalogue file, imported record by record."""

    path: Path
    added: int
    updated: int
    unchanged: int
    skipped_older: int
    kept_local_edit: int
    #: same id and revision as the catalogue's, other content: taken as this office's edit
    taken_as_local_edit: int = 0
    #: same id and revision, other content, where the catalogue's own version was kept
    kept_stored_same_revision: int = 0
    #: of the records written, those waiting to be sent to the hub
    waiting_for_sync: int = 0

    def counts(self) -> dict[str, int]:
        """Every count by name, in the store's order (as ``ImportReport.as_dict``)."""
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped_older": self.skipped_older,
            "kept_local_edit": self.kept_local_edit,
            "taken_as_local_edit": self.taken_as_local_edit,
            "kept_stored_same_revision": self.kept_stored_same_revision,
            "waiting_for_sync": self.waiting_for_sync,
        }


@dataclass(frozen=True)
class BundleImported:
    """A hub's USB bundle, applied like pages of the change feed."""

    path: Path
    records: int
    conflicts: int  # waiting for a decision
    #: this office's bundled edits the hub answered, and review decisions applied
    answered_operations: int = 0
    decisions: int = 0
    #: the hub's change number this catalogue has now
    cursor: int = 0
    #: records set aside (a rule of this version refuses them); None when none was touched
    parked: int | None = None
    #: the fingerprint of the hub key this bundle made trusted ("" when it was already known)
    trusted_key: str = ""


@dataclass(frozen=True)
class ContributionsImported:
    """A filled contribution template: this office's solutions, waiting to be sent."""

    path: Path
    added: int
    updated: int
    unchanged: int
    #: rows left out (only with ``good_rows_only``) and what is wrong with them
    rows_left_out: int = 0
    problems: tuple[Problem, ...] = ()


class ContributionProblems(Exception):
    """Rows of a contribution template are wrong; nothing was written. ``good_rows`` could be
    imported alone (``good_rows_only=True``) if the person chooses so."""

    def __init__(self, path: Path, problems: list[Problem], good_rows: int, bad_rows: int) -> None:
        super().__init__(f"{path}: {bad_rows} row(s) with problems, {good_rows} good")
        self.path = path
        self.problems = problems
        self.good_rows = good_rows
        self.bad_rows = bad_rows


ImportResult = FileImported | BundleImported | ContributionsImported


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

    def import_file(
        self, path: Path, trust_key: str = "", *, good_rows_only: bool = False
    ) -> ImportResult:
        """Import a hub's USB bundle, a catalogue file (JSON or CSV) or a filled contribution
        template (.xlsx or CSV), checked whole before anything is written: a damaged, forged or
        invalid file changes nothing (raises :class:`ImportFileError`, :class:`BundleError`,
        :class:`TemplateRefused` or :class:`ContributionProblems`). A template with bad rows is
        imported without them only with ``good_rows_only``. A first hub bundle, before any
        online sync, raises :class:`UnknownHubKey`: ask for the key, call again with
        ``trust_key``."""
        if detect_kind(path) is FileKind.BUNDLE:
            return self.import_bundle(path, trust_key)
        return self.import_records(path, good_rows_only=good_rows_only)

    def import_records(
        self,
        path: Path,
        *,
        file_format: FileFormat | None = None,
        good_rows_only: bool = False,
    ) -> FileImported | ContributionsImported:
        """A catalogue file or a filled contribution template (found by its content), not a
        bundle (the catalogue reader refuses one, naming ``bundle import``). With
        ``file_format``, the file is read as a catalogue file of that format, whatever its
        name. A read-only catalogue raises :class:`ReadOnlyCatalogue` before the file is read."""
        self._writable()
        if file_format is None and detect_kind(path) is FileKind.TEMPLATE:
            return self.import_contributions(path, good_rows_only=good_rows_only)
        return self.import_catalogue_file(path, file_format)

    def import_catalogue_file(
        self, path: Path, file_format: FileFormat | None = None
    ) -> FileImported:
        """A JSON or CSV catalogue file (format from ``file_format``, else from the file),
        every record validated first (:class:`ImportFileError` names what is wrong; nothing
        is written), then imported record by record: a record with the catalogue's id and
        revision but other content is taken as this office's edit."""
        self._writable()
        report = self.session.store.import_solutions(
            read_catalogue_file(path, file_format), same_revision="edit"
        )
        # committed: the index follows (a failure of it is the follower's to tell)
        self.session.announce(Change.of(ChangeKind.SOLUTIONS, [*report.added, *report.updated]))
        counts = report.as_dict()
        return FileImported(
            path,
            added=counts["added"],
            updated=counts["updated"],
            unchanged=counts["unchanged"],
            skipped_older=counts["skipped_older"],
            kept_local_edit=counts["kept_local_edit"],
            taken_as_local_edit=counts["taken_as_local_edit"],
            kept_stored_same_revision=counts["kept_stored_same_revision"],
            waiting_for_sync=counts["waiting_for_sync"],
        )

    def import_bundle(self, path: Path, trust_key: str = "") -> BundleImported:
        """A hub's USB bundle, signature checked, applied like pages of the change feed; a
        damaged, forged or out-of-order one changes nothing (:class:`BundleError`). A first
        bundle, before any online sync, raises :class:`UnknownHubKey` unless ``trust_key``
        gives the hub's key (remembered once the bundle is applied)."""
        summary = import_hub_bundle(self.session.store, path, trust_key=trust_key or None)
        self.session.announce(Change.of(ChangeKind.SOLUTIONS, everything=True))
        parked = summary.get("parked")
        return BundleImported(
            path,
            records=int(summary["records"]),
            conflicts=int(summary["conflicts"]),
            answered_operations=int(summary["answered_operations"]),
            decisions=int(summary["decisions"]),
            cursor=int(summary["cursor"]),
            parked=None if parked is None else int(parked),
            trusted_key=str(summary.get("trusted_key") or ""),
        )

    def _writable(self) -> None:
        if self.session.read_only:
            raise ReadOnlyCatalogue(self.session.root)

    def import_contributions(
        self, path: Path, *, good_rows_only: bool = False
    ) -> ContributionsImported:
        """A filled contribution template: every row checked first; written in one
        transaction when all are good (or, with ``good_rows_only``, the good ones)."""
        self._writable()
        check = template.read_template(path)
        if check.problems and (not good_rows_only or not check.rows):
            raise ContributionProblems(path, check.problems, len(check.rows), check.bad_rows)
        report = self.session.store.save_contributions(
            [(row.reference, row.solution) for row in check.rows], template.apply_row
        )
        self.session.announce(Change.of(ChangeKind.SOLUTIONS, [*report.added, *report.updated]))
        return ContributionsImported(
            path, len(report.added), len(report.updated), len(report.unchanged),
            check.bad_rows, tuple(check.problems),
        )  # fmt: skip

    def write_template(self, path: Path, language: str = "en") -> None:
        """A blank contribution template (.xlsx, or .csv by the ending) in ``language``."""
        template.write_template(path, language)

    def export_solutions(self, ids: Sequence[str], path: Path, language: str = "en") -> int:
        """Write these solutions, in this order, to a JSON or CSV catalogue file or, for an
        ``.xlsx`` ending, a filled contribution template (each row with the solution's
        reference, or its id: corrected and imported again, it updates the same solutions),
        atomically; returns how many."""
        by_id = {s.id: s for s in self.session.get_many(list(ids))}
        solutions = [by_id[i] for i in ids if i in by_id]
        if path.suffix.lower() == ".xlsx":
            references = self.session.store.contribution_references([s.id for s in solutions])
            rows = [(references.get(s.id) or s.id, s) for s in solutions]
            return template.write_template(path, language, rows)
        return write_catalogue_file(solutions, path, detect_format(path))

    def export_catalogue(self, path: Path, file_format: FileFormat) -> int:
        """The whole catalogue to a catalogue file, atomically; returns how many solutions.
        JSON holds the deleted ones too (tombstones: imported elsewhere, they delete there);
        CSV, a spreadsheet's view, only the live ones."""
        return write_catalogue_file(self._everything(file_format), path, file_format)

    def dump_catalogue(self, out: IO[str], file_format: FileFormat) -> int:
        """The whole catalogue, as :meth:`export_catalogue` writes it, to a text stream (read
        in batches: memory stays flat); returns how many solutions."""
        dump = dump_csv if file_format == "csv" else dump_json
        return dump(self._everything(file_format), out)

    def _everything(self, file_format: FileFormat) -> Iterator[Solution]:
        return self.session.store.iter_all(include_deleted=file_format == "json")

    def export_changes(self, path: Path) -> ChangesExported:
        """This office's waiting edits, in a signed USB bundle for the hub."""
        summary = export_office_bundle(self.session.store, path)
        return ChangesExported(path, int(summary["operations"]), int(summary["bytes"]))
