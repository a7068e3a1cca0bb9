"""Files and USB bundles: import a catalogue file, a filled contribution template or a hub's
bundle (asking for the hub's key the first time), export the listed solutions, export this
office's changes for the hub, save a blank contribution template.

A template's problems come as typed values (row, column, kind, value) and are worded here, in
the interface language; when only some rows are wrong, the person chooses whether to import the
good ones alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit, QMessageBox

from ssc_desktop.gui.controllers.basket import dialog_place
from ssc_desktop.gui.controllers.shared import Shared, insert_after
from ssc_desktop.gui.controllers.statusbar import Priority
from ssc_desktop.gui.models import ResultsModel

if TYPE_CHECKING:  # files and bundles (interchange, signatures) are imported when first used
    from ssc_desktop.app.files import (
        ChangesExported,
        ContributionProblems,
        FilesService,
        ImportResult,
        Problem,
    )

# How many of a template's problems the window lists (all are counted).
SHOWN_PROBLEMS = 30


class FilesController(QObject):
    file_imported = Signal(object)  # what an import did (an ImportResult), or None if refused
    bundle_exported = Signal(object)  # what the export wrote (ChangesExported), or None
    solutions_exported = Signal(int)  # how many were written (-1: nothing was)
    template_written = Signal(object)  # the path of a blank contribution template, or None

    def __init__(self, shared: Shared, results: ResultsModel) -> None:
        super().__init__(shared.window)
        self.shared = shared
        self.results = results
        self.key_dialog: QInputDialog | None = None
        ui = shared.ui
        ui.actionImportFile.triggered.connect(self.import_from_file)
        ui.actionExportBundle.triggered.connect(self.export_changes)
        ui.actionExportListed.triggered.connect(self.export_listed)
        self.problems_box: QMessageBox | None = None
        # File ▸ Contribution template…, after Import (made here: the form is shared)
        self.template_action = QAction(shared.window)
        self.template_action.setObjectName("actionContributionTemplate")
        self.template_action.triggered.connect(self.save_template)
        insert_after(ui.menuFile, self.template_action, ui.actionImportFile)
        self.retranslate()
        shared.window.installEventFilter(self)  # to follow a change of interface language

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.template_action.setText(self.tr("Contribution &template…"))
        self.template_action.setStatusTip(
            self.tr("Save a spreadsheet to fill with your office's solutions, then import it")
        )

    def _service(self) -> FilesService | None:
        from ssc_desktop.app.files import FilesService

        session = self.shared.session
        return FilesService(session) if session is not None else None

    # -- asking where (tests replace these) -------------------------------------------------------
    def ask_import_path(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self.shared.window,
            self.tr("Import a catalogue file or USB bundle"),
            dialog_place(self.shared),
            self.tr(
                "Catalogue files, contribution templates and USB bundles "
                "(*.json *.csv *.xlsx *.sscbundle);;All files (*)"
            ),
        )
        return path

    def ask_bundle_path(self) -> str:
        name = f"ssc-changes-{date.today().isoformat()}.sscbundle"
        path, _filter = QFileDialog.getSaveFileName(
            self.shared.window,
            self.tr("Export my changes to a USB bundle"),
            dialog_place(self.shared, name),
            self.tr("USB bundles (*.sscbundle);;All files (*)"),
        )
        return path

    def ask_export_path(self) -> str:
        name = f"ssc-solutions-{date.today().isoformat()}.json"
        path, _filter = QFileDialog.getSaveFileName(
            self.shared.window,
            self.tr("Export the listed solutions"),
            dialog_place(self.shared, name),
            self.tr(
                "Catalogue file, JSON (*.json);;Spreadsheet, CSV (*.csv);;"
                "Contribution sheet, Excel (*.xlsx)"
            ),
        )
        return path

    def ask_template_path(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self.shared.window,
            self.tr("Save a contribution template"),
            dialog_place(self.shared, self.tr("contributions") + ".xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        return path

    def ask_good_rows_only(self, problems: ContributionProblems) -> None:
        """Say what is wrong; when some rows are good, offer to import those alone. The
        answer comes back through :meth:`import_file` (yes) or ``file_imported(None)``."""
        box = QMessageBox(self.shared.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Rows to correct"))
        box.setText(
            self.tr(
                "%n row(s) of %1 have problems; nothing was imported.", "", problems.bad_rows
            ).replace("%1", problems.path.name)
        )
        box.setDetailedText(describe_problems(problems.problems, self.shared.language))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        if problems.good_rows:
            box.setInformativeText(
                self.tr(
                    "Correct them and import the file again, or import the %n good row(s) now "
                    "and the others later.",
                    "",
                    problems.good_rows,
                )
            )
            good = box.addButton(self.tr("Import the good rows"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Import nothing"), QMessageBox.ButtonRole.RejectRole)
            path = problems.path

            def answered() -> None:
                self.problems_box = None
                if box.clickedButton() is good:
                    self.import_file(path, good_rows_only=True)
                else:
                    self.file_imported.emit(None)

            box.finished.connect(answered)
        else:
            box.setInformativeText(self.tr("Correct them and import the file again."))
            box.addButton(QMessageBox.StandardButton.Close)
            box.finished.connect(lambda _result: self.file_imported.emit(None))
        self.problems_box = box
        box.open()

    # -- import ---------------------------------------------------------------------------------
    def import_from_file(self) -> None:
        path = self.ask_import_path()
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, trust_key: str = "", *, good_rows_only: bool = False) -> None:
        """Import on the writer thread: all of it or, when anything is wrong with it, nothing
        (the message says what; a template's good rows alone if the person chose so)."""
        service = self._service()
        if service is None:
            return

        def failed(exc: BaseException) -> None:
            from ssc_desktop.app.files import ContributionProblems, TemplateRefused, UnknownHubKey

            if isinstance(exc, UnknownHubKey):
                self._ask_hub_key(path, exc.fingerprint)
                return
            self.shared.status.clear(Priority.PROGRESS)
            if isinstance(exc, ContributionProblems):
                self.ask_good_rows_only(exc)
                return
            if isinstance(exc, TemplateRefused):
                self.shared.errors.report(
                    exc,
                    self.tr("The file was not imported; nothing was changed: %1").replace(
                        "%1", describe_problem(exc.problems[0], self.shared.language)
                    ),
                )
                self.file_imported.emit(None)
                return
            self.shared.errors.report(
                exc, self.tr("The file was not imported; nothing was changed.")
            )
            self.file_imported.emit(None)

        self.shared.status.start(self.tr("Importing %1…").replace("%1", path.name))
        self.shared.tasks.write(
            lambda: service.import_file(path, trust_key, good_rows_only=good_rows_only),
            self._imported, failed,
            what="import a file",
        )  # fmt: skip

    def _ask_hub_key(self, path: Path, fingerprint: str) -> None:
        """A first hub bundle, before any online sync: the hub's key, from its administrator."""
        dialog = QInputDialog(self.shared.window)
        dialog.setWindowTitle(self.tr("The hub's key"))
        dialog.setLabelText(
            self.tr(
                "This catalogue has not met the hub that signed this bundle yet (its key's "
                "fingerprint: %1). Type the hub key your administrator gave you; compare the "
                "fingerprint with theirs."
            ).replace("%1", fingerprint)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        for label in dialog.findChildren(QLabel):
            label.setWordWrap(True)
        for edit in dialog.findChildren(QLineEdit):
            edit.setAccessibleName(self.tr("The hub's key"))
        dialog.resize(520, dialog.sizeHint().height())
        dialog.textValueSelected.connect(lambda key: self.import_file(path, key.strip()))
        dialog.rejected.connect(lambda: self.file_imported.emit(None))
        self.shared.status.clear(Priority.PROGRESS)
        self.key_dialog = dialog
        dialog.open()

    def _imported(self, result: ImportResult) -> None:
        from ssc_desktop.app.files import BundleImported, ContributionsImported

        if isinstance(result, ContributionsImported):
            message = (
                self.tr("Contributions imported: %1 new, %2 updated, %3 unchanged; "
                        "they are sent at the next sync.")
                .replace("%1", str(result.added))
                .replace("%2", str(result.updated))
                .replace("%3", str(result.unchanged))
            )  # fmt: skip
            if result.rows_left_out:
                message += " " + self.tr(
                    "%n row(s) left out, to correct.", "", result.rows_left_out
                )
        elif isinstance(result, BundleImported):
            message = self.tr("USB bundle imported: %Ln solution(s) received.", "", result.records)
            if result.conflicts:
                message += " " + self.tr(
                    "%n conflict(s) wait for a decision (ssc-desktop conflicts).",
                    "", result.conflicts,
                )  # fmt: skip
        else:
            message = (
                self.tr("Imported: %1 new, %2 updated, %3 unchanged, %4 kept (local edits).")
                .replace("%1", str(result.added))
                .replace("%2", str(result.updated))
                .replace("%3", str(result.unchanged))
                .replace("%4", str(result.kept_local_edit))
            )
            if result.taken_as_local_edit:
                message += " " + self.tr(
                    "%n changed without a new revision: taken as your edit(s), sent at the "
                    "next sync.", "", result.taken_as_local_edit,
                )  # fmt: skip
        self.shared.status.show(message, Priority.RESULT, 15000)
        self.file_imported.emit(result)

    # -- contribution template ----------------------------------------------------------------
    def save_template(self) -> None:
        """A blank contribution template, in the interface language, where the person says."""
        service = self._service()
        if service is None:
            return
        path = self.ask_template_path()
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() not in (".xlsx", ".csv"):
            out = out.with_suffix(".xlsx")
        language = self.shared.language

        def done(_result: object) -> None:
            self.shared.status.show(
                self.tr("Template saved as %1: fill one row a solution, then File ▸ Import it.")
                .replace("%1", out.name),
                Priority.RESULT, 15000,
            )  # fmt: skip
            self.template_written.emit(out)

        def failed(exc: BaseException) -> None:
            self.shared.errors.report(exc, self.tr("The template was not saved."))
            self.template_written.emit(None)

        self.shared.tasks.job(
            lambda: service.write_template(out, language), done, failed, what="save a template"
        )

    # -- export ---------------------------------------------------------------------------------
    def export_listed(self) -> None:
        """The solutions the list shows (the search and filters as they are), in its order, to
        a JSON or CSV file another office can import."""
        ids = list(self.results.ids)
        service = self._service()
        if service is None:
            return
        if not ids:
            self.shared.status.show(
                self.tr("The list is empty: nothing to export."), Priority.RESULT, 8000
            )
            return
        path = self.ask_export_path()
        if not path:
            return
        out = Path(path)
        language = self.shared.language

        def done(count: int) -> None:
            self.shared.status.show(
                self.tr("%n solution(s) written to %1.", "", count).replace("%1", out.name),
                Priority.RESULT, 15000,
            )  # fmt: skip
            self.solutions_exported.emit(count)

        def failed(exc: BaseException) -> None:
            self.shared.errors.report(exc, self.tr("The solutions were not written."))
            self.solutions_exported.emit(-1)

        self.shared.tasks.job(
            lambda: service.export_solutions(ids, out, language),
            done,
            failed,
            what="export solutions",
        )

    def export_changes(self) -> None:
        """Write this office's waiting edits to a signed USB bundle for the hub."""
        service = self._service()
        if service is None:
            return
        path = self.ask_bundle_path()
        if not path:
            return
        out = Path(path)

        def done(exported: ChangesExported) -> None:
            self.shared.status.show(
                self.tr("%n change(s) written to %1: take it to the hub.", "",
                        exported.operations).replace("%1", out.name),
                Priority.RESULT, 15000,
            )  # fmt: skip
            self.bundle_exported.emit(exported)

        def failed(exc: BaseException) -> None:
            self.shared.errors.report(exc, self.tr("No USB bundle was written."))
            self.bundle_exported.emit(None)

        self.shared.tasks.write(
            lambda: service.export_changes(out), done, failed, what="export a bundle"
        )


# -- a template's problems, worded in the interface language ---------------------------------------
# Each text is a literal QCoreApplication.translate(context, text) call, so that
# pyside6-lupdate collects it into the .ts files.


def _problem_texts() -> dict[str, str]:
    """Each kind of problem, to translate (%v the value, %d the detail, %c the column)."""
    return {
        "not_a_spreadsheet": QCoreApplication.translate(
            "ContributionProblems",
            "this is not an .xlsx workbook (an old .xls, a password-protected or damaged "
            "file?): save it as Excel Workbook (.xlsx) or as CSV UTF-8",
        ),
        "damaged": QCoreApplication.translate(
            "ContributionProblems", "the file is damaged or not a workbook"
        ),
        "too_large": QCoreApplication.translate(
            "ContributionProblems", "the file is too large (the most read is %d)"
        ),
        "macros": QCoreApplication.translate(
            "ContributionProblems",
            "the workbook contains macros, which are never opened: save it as Excel Workbook "
            "(.xlsx)",
        ),
        "merged_cells": QCoreApplication.translate(
            "ContributionProblems", "cells %v are merged: unmerge them, one value a cell"
        ),
        "not_a_template": QCoreApplication.translate(
            "ContributionProblems",
            "no sheet of this workbook is a contribution template: make one with File ▸ "
            "Contribution template",
        ),
        "missing_column": QCoreApplication.translate(
            "ContributionProblems", "the column %c is missing"
        ),
        "unknown_column": QCoreApplication.translate(
            "ContributionProblems", "unknown column heading “%v”"
        ),
        "duplicate_column": QCoreApplication.translate(
            "ContributionProblems", "the column %c appears twice"
        ),
        "too_many_rows": QCoreApplication.translate(
            "ContributionProblems",
            "the sheet has more than %d filled rows, the most one import takes: split it",
        ),
        "no_rows": QCoreApplication.translate(
            "ContributionProblems", "the sheet has no filled row"
        ),
        "not_utf8": QCoreApplication.translate(
            "ContributionProblems", "the file is not UTF-8 text: save it as CSV UTF-8"
        ),
        "formula": QCoreApplication.translate(
            "ContributionProblems",
            "holds a formula (%v); formulas are never run: type the value itself",
        ),
        "required": QCoreApplication.translate("ContributionProblems", "is required"),
        "wrong_type": QCoreApplication.translate("ContributionProblems", "“%v” is not %d"),
        "unknown_country": QCoreApplication.translate(
            "ContributionProblems", "unknown country “%v”"
        ),
        "unknown_role": QCoreApplication.translate("ContributionProblems", "unknown role “%v”"),
        "unknown_choice": QCoreApplication.translate(
            "ContributionProblems", "“%v” is not one of the list's values"
        ),
        "unknown_sdg": QCoreApplication.translate(
            "ContributionProblems", "SDG %v does not exist (goals are 1 to 17)"
        ),
        "bad_item": QCoreApplication.translate(
            "ContributionProblems", "“%v” is not in the form %d"
        ),
        "missing_part": QCoreApplication.translate("ContributionProblems", "“%v” needs its %d"),
        "too_long": QCoreApplication.translate(
            "ContributionProblems", "is longer than %d characters"
        ),
        "too_many_words": QCoreApplication.translate(
            "ContributionProblems", "has more than %d words"
        ),
        "year_out_of_range": QCoreApplication.translate(
            "ContributionProblems", "“%v” is not a year from %d"
        ),
        "start_after_end": QCoreApplication.translate(
            "ContributionProblems", "the end year is before the start year"
        ),
        "budget_without_currency": QCoreApplication.translate(
            "ContributionProblems", "a budget needs a currency (such as USD)"
        ),
        "bad_currency": QCoreApplication.translate(
            "ContributionProblems", "“%v” is not a currency code (three letters such as USD)"
        ),
        "bad_url": QCoreApplication.translate("ContributionProblems", "“%v” is not a web address"),
        "bad_email": QCoreApplication.translate(
            "ContributionProblems", "“%v” is not an e-mail address"
        ),
        "listed_twice": QCoreApplication.translate("ContributionProblems", "“%v” is listed twice"),
        "control_character": QCoreApplication.translate(
            "ContributionProblems", "contains a control character"
        ),
        "duplicate_reference": QCoreApplication.translate(
            "ContributionProblems", "the reference “%v” is already used by row %d"
        ),
        "no_heading": QCoreApplication.translate(
            "ContributionProblems", "a value in a column without a heading"
        ),
        "invalid": QCoreApplication.translate("ContributionProblems", "not valid: %d"),
    }


def _expected(detail: str) -> str:
    return {
        "year": QCoreApplication.translate("ContributionProblems", "a year"),
        "number": QCoreApplication.translate("ContributionProblems", "a number"),
        "text": QCoreApplication.translate("ContributionProblems", "text"),
        "sdg": QCoreApplication.translate("ContributionProblems", "an SDG number"),
        "role": QCoreApplication.translate("ContributionProblems", "role"),
        "type": QCoreApplication.translate("ContributionProblems", "type"),
    }.get(detail, detail)


def describe_problem(problem: Problem, language: str) -> str:
    """One line: where (row, column in ``language``, cell) and what, translated."""
    from ssc_desktop.interchange.template import column_label

    column = column_label(problem.column, language) if problem.column else ""
    text = (
        _problem_texts()[problem.kind.value]
        .replace("%v", problem.value)
        .replace("%d", _expected(problem.detail))
        .replace("%c", column)
    )
    where = []
    if problem.row is not None:
        where.append(
            QCoreApplication.translate("ContributionProblems", "row %1").replace(
                "%1", str(problem.row)
            )
        )
        if column:
            where.append(column)
    if problem.cell:
        where.append(
            QCoreApplication.translate("ContributionProblems", "cell %1").replace(
                "%1", problem.cell
            )
        )
    return (", ".join(where) + ": " if where else "") + text


def describe_problems(problems: list[Problem], language: str) -> str:
    lines = [describe_problem(p, language) for p in problems[:SHOWN_PROBLEMS]]
    if len(problems) > SHOWN_PROBLEMS:
        lines.append(
            QCoreApplication.translate("ContributionProblems", "(and %1 more)").replace(
                "%1", str(len(problems) - SHOWN_PROBLEMS)
            )
        )
    return "\n".join(lines)
