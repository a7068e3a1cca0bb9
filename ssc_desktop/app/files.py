"""Files and USB bundles: import a catalogue file, a filled contribution template or a hub's
bundle, export the listed solutions, export this office's changes for the hub, write a blank
contribution template. Typed results, typed exceptions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ssc_desktop.app.events import Change, ChangeKind
from ssc_desktop.app.session import CatalogueSession
from ssc_desktop.interchange import template
from ssc_desktop.interchange.errors import ImportFileError
from ssc_desktop.interchange.reader import FileKind, detect_format, detect_kind, read_catalogue_file
from ssc_desktop.interchange.template import Problem, ProblemKind, TemplateRefused
from ssc_desktop.interchange.writer import write_catalogue_file
from ssc_desktop.sync import bundle
from ssc_desktop.sync.bundle import BundleError, UnknownHubKey
from ssc_desktop.sync.offline import export_office_bundle, import_hub_bundle

__all__ = [
    "BundleError",
    "BundleImported",
    "ChangesExported",
    "ContributionProblems",
    "ContributionsImported",
    "FileImported",
    "FilesService",
    "ImportFileError",
    "ImportResult",
    "Problem",
    "ProblemKind",
    "TemplateRefused",
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
    #: same id and revision as the catalogue's, other content: taken as this office's edit
    taken_as_local_edit: int = 0
    #: of the records written, those waiting to be sent to the hub
    waiting_for_sync: int = 0


@dataclass(frozen=True)
class BundleImported:
    """A hub's USB bundle, applied like pages of the change feed."""

    path: Path
    records: int
    conflicts: int  # waiting for a decision


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
        store = self.session.store
        kind = detect_kind(path)
        if kind is FileKind.TEMPLATE:
            return self.import_contributions(path, good_rows_only=good_rows_only)
        if kind is FileKind.BUNDLE:
            summary = import_hub_bundle(store, path, trust_key=trust_key or None)
            self.session.announce(Change.of(ChangeKind.SOLUTIONS, everything=True))
            return BundleImported(path, int(summary["records"]), int(summary["conflicts"]))
        report = store.import_solutions(read_catalogue_file(path), same_revision="edit")
        self.session.announce(Change.of(ChangeKind.SOLUTIONS, [*report.added, *report.updated]))
        counts = report.as_dict()
        return FileImported(
            path, counts["added"], counts["updated"], counts["unchanged"],
            counts["skipped_older"], counts["kept_local_edit"],
            counts["taken_as_local_edit"], counts["waiting_for_sync"],
        )  # fmt: skip

    def import_contributions(
        self, path: Path, *, good_rows_only: bool = False
    ) -> ContributionsImported:
        """A filled contribution template: every row checked first; written in one
        transaction when all are good (or, with ``good_rows_only``, the good ones)."""
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

    def export_changes(self, path: Path) -> ChangesExported:
        """This office's waiting edits, in a signed USB bundle for the hub."""
        summary = export_office_bundle(self.session.store, path)
        return ChangesExported(path, int(summary["operations"]), int(summary["bytes"]))
