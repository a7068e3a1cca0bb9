"""File ▸ My contributions: every solution this office made or edited and where it stands
(waiting to be sent, in review at the hub, published, returned with the curator's comment).

A table (sortable, filtered by state); a double-click opens the solution in the main window,
"Send again" sends a returned one again as it is, "Copy for support" copies the list as text.
The dialog reads nothing itself: the window hands it the contributions (read on a worker) and
hears what the person asks for through signals. The words of the states are here too, for the
detail pane.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.gui.i18n import format_datetime

if TYPE_CHECKING:  # the sync state (SQLAlchemy) is imported on the worker that reads them
    from ssc_desktop.app.contributions import ContributionState, OfficeContribution

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
# The states in the order people follow them (the State column sorts by it).
STATE_ORDER = ("waiting", "review", "returned", "published", "superseded")
COLUMNS = ("state", "title", "reference", "comment", "sent_at", "decided_at")


def state_text(state: ContributionState) -> str:
    """A state in the interface language (short, for a table cell or a filter)."""
    # Literal QCoreApplication.translate(context, text) calls: pyside6-lupdate collects them.
    return {
        "waiting": QCoreApplication.translate("Contributions", "Waiting to be sent"),
        "review": QCoreApplication.translate("Contributions", "In review at the hub"),
        "published": QCoreApplication.translate("Contributions", "Published"),
        "returned": QCoreApplication.translate("Contributions", "Returned by the curator"),
        "superseded": QCoreApplication.translate("Contributions", "Replaced by a newer version"),
    }.get(state.value, state.value)


def when_text(stamp: str | None) -> str:
    """A UTC ISO stamp in the interface language's form, in local time ("" when none)."""
    if not stamp:
        return ""
    try:
        return format_datetime(datetime.fromisoformat(stamp.replace("Z", "+00:00")))
    except ValueError:
        return stamp


class ContributionsModel(QAbstractTableModel):
    """One row per contribution."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contributions: list[OfficeContribution] = []
        self.retranslate()

    def retranslate(self) -> None:
        self._headers = [
            self.tr("State"), self.tr("Title"), self.tr("Your reference"),
            self.tr("Curator's comment"), self.tr("Sent"), self.tr("Decided"),
        ]  # fmt: skip
        if self.contributions:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.contributions) - 1, len(COLUMNS) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def set_contributions(self, contributions: list[OfficeContribution]) -> None:
        self.beginResetModel()
        self.contributions = list(contributions)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.contributions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def text(self, row: int, column: int) -> str:
        c, key = self.contributions[row], COLUMNS[column]
        if key == "state":
            return state_text(c.state)
        if key == "title":
            return c.title + (" " + self.tr("(deleted)") if c.deleted else "")
        if key == "reference":
            return c.reference
        if key == "comment":
            return c.comment if c.returned else ""
        return when_text(c.sent_at if key == "sent_at" else c.decided_at)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c, key = self.contributions[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(self.text(index.row(), index.column()).split())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(index.row(), index.column()) or None
        if role == IdRole:
            return c.solution_id
        if role == SortRole:
            if key == "state":
                value = c.state.value
                return STATE_ORDER.index(value) if value in STATE_ORDER else len(STATE_ORDER)
            if key in ("sent_at", "decided_at"):
                return (c.sent_at if key == "sent_at" else c.decided_at) or ""
            return self.text(index.row(), index.column()).casefold()
        return None

    def as_text(self) -> str:
        """Tab-separated, with a header line and the ids, dates in UTC: for support."""
        lines = ["\t".join(["Id", *self._headers])]
        for c in self.contributions:
            comment = c.comment if c.returned else ""
            cells = [c.solution_id, state_text(c.state), c.title, c.reference, comment,
                     c.sent_at or "", c.decided_at or ""]  # fmt: skip
            lines.append("\t".join(" ".join(cell.split()) for cell in cells))
        return "\n".join(lines)


class StateFilter(QSortFilterProxyModel):
    """Keeps the rows of one state (all when none is chosen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = ""  # a ContributionState value, "" for all
        self.setSortRole(SortRole)

    def set_state(self, state: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.state = state
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.state = state
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.state:
            return True
        model = self.sourceModel()
        assert isinstance(model, ContributionsModel)
        return model.contributions[source_row].state.value == self.state


class ContributionsDialog(QDialog):
    """Non-modal: it stays open while the person works in the window, and follows the
    catalogue (the window hands it the contributions again after each change and sync)."""

    # the person wants to see this solution in the main window
    open_requested = Signal(str)
    # the person sends this returned contribution again, as it is
    resend_requested = Signal(str)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.loaded = False
        self.model = ContributionsModel(self)
        self.proxy = StateFilter(self)
        self.proxy.setSourceModel(self.model)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.filter_label = QLabel(self)
        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("stateCombo")
        self.filter_label.setBuddy(self.state_combo)
        self.view = QTableView(self)
        self.view.setObjectName("contributionsView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COLUMNS.index("state"), Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMNS.index("comment"), QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.nothing = QLabel(self)
        self.nothing.setObjectName("nothingLabel")
        self.nothing.setWordWrap(True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self)
        self.resend_button = QPushButton(self)
        self.copy_button = QPushButton(self)
        for button in (self.open_button, self.resend_button, self.copy_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(lambda: self._open(self.view.currentIndex()))
        self.resend_button.clicked.connect(self._resend)
        self.copy_button.clicked.connect(
            lambda: QApplication.clipboard().setText(self.model.as_text())
        )
        buttons.rejected.connect(self.reject)
        self.state_combo.currentIndexChanged.connect(self._filter)
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.state_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.nothing, 1)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        self.proxy.layoutChanged.connect(self._update_buttons)
        self.retranslate()
        self.resize(980, 420)

    # -- words ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        from ssc_desktop.app.contributions import ContributionState

        self.setWindowTitle(self.tr("My contributions"))
        self.setAccessibleName(self.tr("My contributions"))
        self.view.setAccessibleName(self.tr("Contributions"))
        self.intro.setText(self.tr(
            "The solutions this office made or edited, and where each stands at the hub. A "
            "returned one is still yours: correct it (Edit) and it is sent at the next sync."
        ))  # fmt: skip
        self.filter_label.setText(self.tr("&Show:"))
        self.nothing.setText(self.tr(
            "No contributions yet: the solutions you add or edit are listed here, with where "
            "they stand at the hub."
        ))  # fmt: skip
        self.open_button.setText(self.tr("&Open"))
        self.resend_button.setText(self.tr("Send &again"))
        self.resend_button.setToolTip(
            self.tr("Send the returned contribution again as it is, at the next sync")
        )
        self.copy_button.setText(self.tr("&Copy for support"))
        chosen = self.state_combo.currentData()
        self.state_combo.blockSignals(True)
        self.state_combo.clear()
        self.state_combo.addItem(self.tr("All"), "")
        for state in ContributionState:
            self.state_combo.addItem(state_text(state), state.value)
        found = self.state_combo.findData(chosen or "")
        self.state_combo.setCurrentIndex(max(0, found))
        self.state_combo.blockSignals(False)
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- contents ---------------------------------------------------------------------------------
    def set_contributions(self, contributions: list[OfficeContribution]) -> None:
        """Show these (the one selected stays selected when it is still listed)."""
        current = self.selected()
        self.model.set_contributions(contributions)
        self.loaded = True
        self.view.setVisible(bool(contributions))
        self.nothing.setVisible(not contributions)
        if current is not None:
            self.select(current.solution_id)
        self._update_buttons()

    def select(self, solution_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(IdRole) == solution_id:
                self.view.setCurrentIndex(index)
                return True
        return False

    def row_of(self, solution_id: str) -> int:
        """The row (as shown: sorted and filtered) of a solution, -1 when not shown."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(IdRole) == solution_id:
                return row
        return -1

    def selected(self) -> OfficeContribution | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row = self.proxy.mapToSource(index).row()
        return self.model.contributions[row] if 0 <= row < len(self.model.contributions) else None

    def _filter(self) -> None:
        self.proxy.set_state(str(self.state_combo.currentData() or ""))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected()
        self.open_button.setEnabled(chosen is not None and not chosen.deleted)
        self.resend_button.setEnabled(chosen is not None and chosen.returned)
        self.copy_button.setEnabled(bool(self.model.contributions))

    def _open(self, index: Index) -> None:
        if index.isValid():
            chosen = self.selected()
            if chosen is not None and not chosen.deleted:
                self.open_requested.emit(chosen.solution_id)

    def _resend(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.returned:
            self.resend_button.setEnabled(False)
            self.resend_requested.emit(chosen.solution_id)
