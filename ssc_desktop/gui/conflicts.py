"""Sync conflicts, decided by a person: both values side by side, keep mine or take theirs.

The dialog never touches the database itself: the window hands it two callables that run on
its worker threads (``load`` and ``resolve``) and it shows what they answer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


def shown_value(value: Any) -> str:
    """A field's value as a person reads it (lists one item a line, deletion said in words)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
        return "\n".join(str(v) for v in value)
    return json.dumps(value, ensure_ascii=False, indent=2)


class ConflictsModel(QAbstractTableModel):
    """One row per conflict: solution, field, my value, the hub's value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflicts: list[Any] = []
        self._headers = [self.tr("Solution"), self.tr("Field"), self.tr("Mine"),
                         self.tr("Theirs (hub)")]  # fmt: skip

    def set_conflicts(self, conflicts: list[Any]) -> None:
        self.beginResetModel()
        self.conflicts = list(conflicts)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
        ):  # fmt: skip
            return None
        conflict = self.conflicts[index.row()]
        values = (conflict.title, conflict.field, shown_value(conflict.mine),
                  shown_value(conflict.theirs))  # fmt: skip
        text = values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text.replace("\n", " · ")[:120]
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class ConflictsDialog(QDialog):
    """Lists open conflicts; Keep mine / Take theirs decides the selected one."""

    resolved = Signal(str, str)  # solution id, field

    def __init__(
        self,
        parent: QWidget | None,
        load: Callable[[Callable[[list[Any]], None]], None],
        resolve: Callable[[Any, str, Callable[[], None]], None],
    ) -> None:
        super().__init__(parent)
        self._load, self._resolve = load, resolve
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.setAccessibleName(self.tr("Sync conflicts"))
        self.model = ConflictsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("conflictsView")
        self.view.setAccessibleName(self.tr("Conflicts"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.explain = QLabel(self.tr(
            "Another office changed the same field while you were offline. Read both values, "
            "then keep yours or take the hub's; the decision goes to the hub with the next sync."
        ), self)  # fmt: skip
        self.explain.setWordWrap(True)
        self.mine = QPlainTextEdit(self)
        self.theirs = QPlainTextEdit(self)
        for box, name in ((self.mine, self.tr("My value")),
                          (self.theirs, self.tr("The hub's value"))):  # fmt: skip
            box.setReadOnly(True)
            box.setAccessibleName(name)
        self.keep_mine = QPushButton(self.tr("&Keep mine"), self)
        self.take_theirs = QPushButton(self.tr("&Take theirs"), self)
        self.keep_mine.clicked.connect(lambda: self._decide("mine"))
        self.take_theirs.clicked.connect(lambda: self._decide("theirs"))
        self.values = QWidget(self)
        values = QHBoxLayout(self.values)
        values.setContentsMargins(0, 0, 0, 0)
        for label, box in ((self.tr("Mine"), self.mine), (self.tr("Theirs (hub)"), self.theirs)):
            column = QVBoxLayout()
            column.addWidget(QLabel(label, self.values))
            column.addWidget(box)
            values.addLayout(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        # With nothing to decide, one sentence instead of empty tables and disabled buttons.
        self.nothing = QLabel(self.tr(
            "Nothing to decide: no change of yours conflicts with the hub's."
        ), self)  # fmt: skip
        self.nothing.setObjectName("nothingLabel")
        self.nothing.setWordWrap(True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.nothing, 1)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.values, 1)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._show_selected)
        self.resize(820, 560)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        self._load(self._loaded)

    def _loaded(self, conflicts: list[Any]) -> None:
        self.model.set_conflicts(conflicts)
        if conflicts:
            self.view.setCurrentIndex(self.model.index(0, 0))
        else:
            self.mine.clear()
            self.theirs.clear()
        for widget in (self.explain, self.view, self.values, self.keep_mine, self.take_theirs):
            widget.setVisible(bool(conflicts))
        self.nothing.setVisible(not conflicts)
        if conflicts and self.height() < 400:
            self.resize(820, 560)
        elif not conflicts:  # one sentence needs no large empty window
            self.resize(max(460, self.nothing.sizeHint().width() + 40), 160)
        self._update_buttons()

    def selected(self) -> Any:
        row = self.view.currentIndex().row()
        return self.model.conflicts[row] if 0 <= row < len(self.model.conflicts) else None

    def _show_selected(self, *_args: Any) -> None:
        conflict = self.selected()
        self.mine.setPlainText(shown_value(conflict.mine) if conflict else "")
        self.theirs.setPlainText(shown_value(conflict.theirs) if conflict else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.keep_mine.setEnabled(has)
        self.take_theirs.setEnabled(has)

    def _decide(self, choice: str) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        self.keep_mine.setEnabled(False)
        self.take_theirs.setEnabled(False)

        def done() -> None:
            self.resolved.emit(conflict.solution_id, conflict.field)
            self.reload()

        self._resolve(conflict, choice, done)
