"""The sync history: when the window (or the command line) synced, what moved, why one failed.

What a field office sends to support when "sync does not work": the dialog lists the last
syncs, newest first, and copies them as plain text. It reads nothing itself: the window hands
it the entries, read on a worker thread.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.gui.i18n import format_datetime, format_number

Index = QModelIndex | QPersistentModelIndex
_COLUMNS = ("at", "outcome", "records_down", "records_up", "kb", "seconds", "retries", "message")


class SyncHistoryModel(QAbstractTableModel):
    """One row per sync, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[dict[str, Any]] = []
        self._headers = [
            self.tr("When"), self.tr("Result"), self.tr("Received"), self.tr("Sent"),
            self.tr("KB moved"), self.tr("Seconds"), self.tr("Retries"), self.tr("Message"),
        ]  # fmt: skip
        self._outcomes = {
            "done": self.tr("Done"),
            "stopped": self.tr("Stopped"),
            "failed": self.tr("Failed"),
        }

    def set_entries(self, entries: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.entries = list(reversed(entries))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def text(self, row: int, column: int) -> str:
        entry, key = self.entries[row], _COLUMNS[column]
        if key == "at":
            return _utc_text(str(entry.get("at", "")))
        if key == "outcome":
            outcome = str(entry.get("outcome", ""))
            return self._outcomes.get(outcome, outcome)
        if key == "kb":
            moved = int(entry.get("bytes_up", 0) or 0) + int(entry.get("bytes_down", 0) or 0)
            return format_number(moved / 1024, 1)
        if key == "seconds":
            return format_number(float(entry.get("seconds", 0) or 0), 1)
        value = entry.get(key, "")
        return "" if value is None else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= index.column() <= 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def as_text(self) -> str:
        """Tab-separated, with a header line: what "Copy" puts on the clipboard."""
        lines = ["\t".join(self._headers)]
        lines += [
            "\t".join(self.text(row, c) for c in range(len(_COLUMNS)))
            for row in range(len(self.entries))
        ]
        return "\n".join(lines)


class SyncHistoryDialog(QDialog):
    def __init__(self, parent: QWidget | None, entries: list[dict[str, Any]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync history"))
        self.model = SyncHistoryModel(self)
        self.model.set_entries(entries)
        intro = QLabel(
            self.tr("The last syncs of this catalogue, newest first. Copy them for support.")
            if entries
            else self.tr("This catalogue has not synced yet."),
            self,
        )
        intro.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Sync history"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setAccessibleName(self.tr("Columns"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(
            self.tr("Copy for support"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setEnabled(bool(entries))
        self.copy_button.clicked.connect(
            lambda: QApplication.clipboard().setText(self.model.as_text())
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(860, 360)


def _utc_text(stamp: str) -> str:
    """``2026-11-20T10:00:00Z`` in the interface language's form, kept in UTC (for support)."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp.replace("T", " ").removesuffix("Z") + " UTC"
    return format_datetime(moment, local_time=False) + " UTC"
