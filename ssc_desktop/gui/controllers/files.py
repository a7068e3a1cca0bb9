"""Files and USB bundles: import a catalogue file or a hub's bundle (asking for the hub's key the
first time), export the listed solutions, export this office's changes for the hub."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit

from ssc_desktop.gui.controllers.basket import dialog_place
from ssc_desktop.gui.controllers.shared import Shared
from ssc_desktop.gui.controllers.statusbar import Priority
from ssc_desktop.gui.models import ResultsModel

if TYPE_CHECKING:  # files and bundles (interchange, signatures) are imported when first used
    from ssc_desktop.app.files import ChangesExported, FilesService, ImportResult


class FilesController(QObject):
    file_imported = Signal(object)  # what an import did (an ImportResult), or None if refused
    bundle_exported = Signal(object)  # what the export wrote (ChangesExported), or None
    solutions_exported = Signal(int)  # how many were written (-1: nothing was)

    def __init__(self, shared: Shared, results: ResultsModel) -> None:
        super().__init__(shared.window)
        self.shared = shared
        self.results = results
        self.key_dialog: QInputDialog | None = None
        ui = shared.ui
        ui.actionImportFile.triggered.connect(self.import_from_file)
        ui.actionExportBundle.triggered.connect(self.export_changes)
        ui.actionExportListed.triggered.connect(self.export_listed)

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
            self.tr("Catalogue files and USB bundles (*.json *.csv *.sscbundle);;All files (*)"),
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
            self.tr("Catalogue file, JSON (*.json);;Spreadsheet, CSV (*.csv)"),
        )
        return path

    # -- import ---------------------------------------------------------------------------------
    def import_from_file(self) -> None:
        path = self.ask_import_path()
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, trust_key: str = "") -> None:
        """Import on the writer thread: all of it or, when anything is wrong with it, nothing
        (the message says what)."""
        service = self._service()
        if service is None:
            return

        def failed(exc: BaseException) -> None:
            from ssc_desktop.app.files import UnknownHubKey

            if isinstance(exc, UnknownHubKey):
                self._ask_hub_key(path, exc.fingerprint)
                return
            self.shared.status.clear(Priority.PROGRESS)
            self.shared.errors.report(
                exc, self.tr("The file was not imported; nothing was changed.")
            )
            self.file_imported.emit(None)

        self.shared.status.start(self.tr("Importing %1…").replace("%1", path.name))
        self.shared.tasks.write(
            lambda: service.import_file(path, trust_key), self._imported, failed,
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
        from ssc_desktop.app.files import BundleImported

        if isinstance(result, BundleImported):
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
        self.shared.status.show(message, Priority.RESULT, 15000)
        self.file_imported.emit(result)

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
            lambda: service.export_solutions(ids, out), done, failed, what="export solutions"
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
