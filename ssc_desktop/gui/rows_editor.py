"""A small table to edit a list of records in a form: organisations, contacts, links, sources.

Each column is free text, a choice from a closed list (shown by its label in the interface
language, stored as its code) or a check box. Rows are added and removed with the buttons below
the table (or Insert / Delete); a row left entirely empty is not a record. The form reads
``rows()`` and puts them through the record's validation like everything else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

CodeRole = Qt.ItemDataRole.UserRole + 1  # a choice column's code
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    choices: tuple[tuple[str, str], ...] = ()  # (code, label), for a closed list
    check: bool = False  # a yes/no column
    stretch: bool = False  # takes the width left


class _ChoiceDelegate(QStyledItemDelegate):
    """A combo box of labels for a closed-list column; the model keeps the code."""

    def __init__(self, parent: QWidget, choices: Sequence[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.choices = tuple(choices)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(
            str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        )
        for code, label in self.choices:
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(CodeRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), CodeRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class RowsEditor(QWidget):
    """The table, its Add and Remove buttons; ``changed`` on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: tuple[Column, ...] = ()
        self.model = QStandardItemModel(0, 0, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        self.view.verticalHeader().setVisible(False)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row(edit=True))
        self.remove_button.clicked.connect(self.remove_selected)
        self.model.dataChanged.connect(lambda *_a: self.changed.emit())
        self.model.rowsInserted.connect(lambda *_a: self.changed.emit())
        self.model.rowsRemoved.connect(lambda *_a: self.changed.emit())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    def configure(self, columns: Sequence[Column], *, add: str, remove: str) -> None:
        """Set the columns (or relabel them, keeping the rows) and the buttons' words."""
        rows = self.rows() if self.columns else []
        self.columns = tuple(columns)
        self.model.blockSignals(True)
        self.model.clear()
        self.model.setColumnCount(len(self.columns))
        self.model.setHorizontalHeaderLabels([c.header for c in self.columns])
        self.model.blockSignals(False)
        header = self.view.horizontalHeader()
        for number, column in enumerate(self.columns):
            self.view.setItemDelegateForColumn(  # None: the default (the stubs omit it)
                number,
                _ChoiceDelegate(self.view, column.choices) if column.choices else None,  # type: ignore[arg-type]
            )
            header.setSectionResizeMode(
                number,
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.add_button.setText(add)
        self.add_button.setAccessibleName(f"{add} ({self.accessibleName()})")
        self.remove_button.setText(remove)
        self.remove_button.setAccessibleName(f"{remove} ({self.accessibleName()})")
        self.view.setAccessibleName(self.accessibleName())
        header.setAccessibleName(", ".join(c.header for c in self.columns))
        self.set_rows(rows, notify=False)

    # -- rows ---------------------------------------------------------------------------------
    def _items(self, values: dict[str, Any]) -> list[QStandardItem]:
        items = []
        for column in self.columns:
            value = values.get(column.key)
            item = QStandardItem()
            if column.check:
                item.setCheckable(True)
                item.setEditable(False)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            elif column.choices:
                labels = dict(column.choices)
                code = value if value in labels else column.choices[0][0]
                item.setData(code, CodeRole)
                item.setText(labels[code])
            else:
                item.setText("" if value is None else str(value))
            items.append(item)
        return items

    def set_rows(self, rows: Sequence[dict[str, Any]], *, notify: bool = True) -> None:
        self.model.blockSignals(not notify)
        self.model.removeRows(0, self.model.rowCount())
        for values in rows:
            self.model.appendRow(self._items(values))
        self.model.blockSignals(False)
        self.view.reset()
        self._update_buttons()

    def add_row(self, values: dict[str, Any] | None = None, *, edit: bool = False) -> int:
        """Append a row (empty, or with these values); returns its number."""
        self.model.appendRow(self._items(values or {}))
        row = self.model.rowCount() - 1
        if edit:
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.setFocus()
            self.view.edit(index)
        self._update_buttons()
        return row

    def set_value(self, row: int, key: str, value: Any) -> None:
        """Set one cell as a person would (a choice by its code, a check box by a bool)."""
        number = [c.key for c in self.columns].index(key)
        column, item = self.columns[number], self.model.item(row, number)
        if column.check:
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        elif column.choices:
            item.setData(value, CodeRole)
            item.setText(dict(column.choices)[value])
        else:
            item.setText(str(value))

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()}, reverse=True)
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        for row in rows:
            self.model.removeRow(row)
        self._update_buttons()

    def rows(self) -> list[dict[str, Any]]:
        """The records, as dicts of the columns' keys; rows with no text at all are left out."""
        out = []
        for row in range(self.model.rowCount()):
            values: dict[str, Any] = {}
            typed = False
            for number, column in enumerate(self.columns):
                item = self.model.item(row, number)
                if column.check:
                    values[column.key] = item.checkState() == Qt.CheckState.Checked
                elif column.choices:
                    values[column.key] = item.data(CodeRole)
                else:
                    values[column.key] = item.text().strip()
                    typed = typed or bool(values[column.key])
            if typed:
                out.append(values)
        return out

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(
            bool(self.view.selectionModel().selectedIndexes()) or self.view.currentIndex().isValid()
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Insert:
            self.add_row(edit=True)
        elif event.key() == Qt.Key.Key_Delete and self.view.state() != self.view.State.EditingState:
            self.remove_selected()
        else:
            super().keyPressEvent(event)
