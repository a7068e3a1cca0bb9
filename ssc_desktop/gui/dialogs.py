"""The Settings and About dialogs."""

from __future__ import annotations

import platform
import re
import sqlite3
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from ssc_desktop import __version__
from ssc_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog
from ssc_desktop.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from ssc_desktop.gui.i18n import LANGUAGES
from ssc_desktop.gui.settings import PAPER_SIZES, SYNC_BUDGETS, SYNC_INTERVALS, Settings
from ssc_desktop.logs import current_log_file

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def complete_hub_address(text: str) -> str | None:
    """The hub address to keep: ``hub.example.org`` is completed to ``https://hub.example.org``
    (an administrator's address without a scheme is a hub's https address); "" stays "" (no
    hub); None when it cannot be a hub's address (another scheme, no host)."""
    from urllib.parse import urlsplit

    text = text.strip()
    if not text:
        return ""
    if not _SCHEME.match(text):
        text = "https://" + text.lstrip("/")
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return text


def valid_hub_address(text: str) -> bool:
    return complete_hub_address(text) is not None


class SettingsDialog(QDialog):
    """Hub address, office token, automatic sync, interface language, paper size. Applied by
    the window on accept.

    The token is never shown back: ``token_remembered`` only changes what the empty field says,
    and an empty field keeps the remembered token. The hub address shown is the one in Settings,
    else the one the catalogue remembers from a first sync (``hub_known``); automatic sync is
    turned off with its own choice, not by clearing the address.
    """

    def __init__(
        self,
        parent: QWidget | None,
        settings: Settings,
        *,
        token_remembered: bool = False,
        hub_known: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)  # generated form
        self._settings = settings
        self._token_remembered = token_remembered
        self.ui.hubError.setStyleSheet("color:#b00020")
        self.ui.hubEdit.setText(settings.hub_address or hub_known)
        self.ui.hubEdit.textChanged.connect(self._check)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._fill()
        self._check()

    def _fill(self) -> None:
        combo = self.ui.languageCombo
        current = combo.currentData() if combo.count() else self._settings.language
        combo.clear()
        combo.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        paper = self.ui.paperCombo
        chosen = paper.currentData() if paper.count() else self._settings.paper_size
        paper.clear()
        paper.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        paper.addItem(self.tr("US Letter (8.5 × 11 in)"), "Letter")
        paper.setCurrentIndex(max(0, paper.findData(chosen)))
        sync = self.ui.autoSyncCombo
        minutes = sync.currentData() if sync.count() else self._settings.sync_interval
        sync.clear()
        for choice in SYNC_INTERVALS:
            sync.addItem(self._interval_label(choice), choice)
        sync.setCurrentIndex(max(0, sync.findData(minutes)))
        budget = self.ui.budgetCombo
        megabytes = budget.currentData() if budget.count() else self._settings.sync_budget
        budget.clear()
        for choice in SYNC_BUDGETS:
            budget.addItem(
                self.tr("No limit") if choice == 0
                else self.tr("%1 MB, then the rest next time").replace("%1", str(choice)),
                choice,
            )  # fmt: skip
        budget.setCurrentIndex(max(0, budget.findData(megabytes)))
        self.ui.tokenEdit.setPlaceholderText(
            self.tr("A token is remembered; type a new one only to replace it")
            if self._token_remembered
            else self.tr("The token your hub administrator gave this office")
        )

    def _interval_label(self, minutes: int) -> str:
        if minutes == 0:
            return self.tr("Off (sync only when I ask, F9)")
        if minutes % 60 == 0:
            return self.tr("Every %n hour(s) while the hub answers", "", minutes // 60)
        return self.tr("Every %n minute(s) while the hub answers", "", minutes)

    def _check(self) -> None:
        completed = complete_hub_address(self.ui.hubEdit.text())
        ok = completed is not None
        self.ui.hubError.setText(
            "" if ok else self.tr("Give the hub's address, e.g. https://hub.example.org.")
        )
        self.ui.hubError.setVisible(not ok)
        if completed and completed != self.ui.hubEdit.text().strip():
            self.ui.hubHint.setText(self.tr("Will be saved as %1").replace("%1", completed))
        else:
            self.ui.hubHint.setText(
                self.tr("From your hub administrator; https:// is added when left out.")
            )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @property
    def hub_address(self) -> str:
        """The address as it will be kept (completed with https:// when typed without)."""
        return complete_hub_address(self.ui.hubEdit.text()) or ""

    @property
    def token(self) -> str:
        """A new office token, or "" to keep the remembered one."""
        return "".join(self.ui.tokenEdit.text().split())

    @property
    def sync_interval(self) -> int:
        value = self.ui.autoSyncCombo.currentData()
        return value if isinstance(value, int) and value in SYNC_INTERVALS else 0

    @property
    def sync_budget(self) -> int:
        value = self.ui.budgetCombo.currentData()
        return value if isinstance(value, int) and value in SYNC_BUDGETS else 0

    @property
    def language(self) -> str:
        return str(self.ui.languageCombo.currentData() or "")

    @property
    def paper_size(self) -> str:
        value = str(self.ui.paperCombo.currentData() or "A4")
        return value if value in PAPER_SIZES else "A4"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)  # generated form
            self._fill()
            self._check()
        super().changeEvent(event)


def version_report(data_dir: Path | None, settings_file: Path | None) -> str:
    """Versions and folders, as plain text (also what "Copy details" copies)."""
    lines = [
        f"SSC Desktop {__version__}",
        f"Python {sys.version.split()[0]} ({platform.python_implementation()})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"SQLite {sqlite3.sqlite_version}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        "",
    ]
    if data_dir is not None:
        lines.append(f"Data folder: {data_dir}")
    log_file = current_log_file()
    if log_file is not None:
        lines.append(f"Log file: {log_file}")
    if settings_file is not None:
        lines.append(f"Settings: {settings_file}")
    return "\n".join(lines)


class AboutDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, data_dir: Path | None, settings_file: Path | None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)  # generated form
        self._data_dir = data_dir
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.ui.detailsText.setPlainText(version_report(data_dir, settings_file))
        self.ui.copyButton.clicked.connect(
            lambda: QApplication.clipboard().setText(self.ui.detailsText.toPlainText())
        )
        self.ui.openFolderButton.clicked.connect(self.open_folder)
        self.ui.openFolderButton.setEnabled(data_dir is not None)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)

    def open_folder(self) -> None:
        if self._data_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)  # generated form
        super().changeEvent(event)
