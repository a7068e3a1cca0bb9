"""Qt item models over plain data: the result list, the facet tree and the mission basket.

None of them touches the catalogue: rows are handed in by the window (from worker threads'
answers), and a model that lacks a row asks for it through a signal.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QByteArray,
    QCollator,
    QCollatorSortKey,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QIcon

from ssc_desktop.app.search import FACETS, FacetValue, Row, Snippet
from ssc_desktop.gui import labels
from ssc_desktop.gui.i18n import format_number
from ssc_desktop.gui.painting import sdg_icon, sdg_tile_side

#: Drag-and-drop format for solutions: a JSON list of ids.
SOLUTION_IDS_MIME = "application/x-ssc-solution-ids"

IdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
SnippetRole = Qt.ItemDataRole.UserRole + 3
CountRole = Qt.ItemDataRole.UserRole + 4
FacetRole = Qt.ItemDataRole.UserRole + 5  # (facet name, value code) of a facet value
InBasketRole = Qt.ItemDataRole.UserRole + 6

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def ids_mime(ids: Sequence[str], titles: Sequence[str] = ()) -> QMimeData:
    mime = QMimeData()
    mime.setData(SOLUTION_IDS_MIME, QByteArray(json.dumps(list(ids)).encode("utf-8")))
    mime.setText("\n".join(titles or ids))
    return mime


def ids_from_mime(mime: QMimeData) -> list[str]:
    if not mime.hasFormat(SOLUTION_IDS_MIME):
        return []
    try:
        data = json.loads(bytes(mime.data(SOLUTION_IDS_MIME).data()).decode("utf-8"))
    except ValueError:
        return []
    return [str(i) for i in data if isinstance(i, str)] if isinstance(data, list) else []


# -- results ---------------------------------------------------------------------------------
class ResultsModel(QAbstractListModel):
    """The current result list: ids in order, with rows loaded lazily in blocks.

    ``data()`` never waits: a row not loaded yet shows as loading, and the model asks for its
    block through :attr:`rows_wanted`; :meth:`add_rows` brings them in.
    """

    rows_wanted = Signal(int, list)  # generation, ids
    BLOCK = 100
    _FIRST_KNOWN = 256  # rows whose position is noted with each result (first page, snippets)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: tuple[str, ...] = ()
        self._rows: dict[str, Row] = {}
        self._snippets: dict[str, Snippet] = {}
        self._generation = 0
        self._asked: set[int] = set()
        self._wanted: set[int] = set()
        self._basket: frozenset[str] = frozenset()
        self._positions: dict[str, int] | None = None  # every id's row (made when needed)
        self._known: dict[str, int] = {}  # the rows of the first ids and of those asked for
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._ask)
        self.loading_text = "…"

    # -- filling ---------------------------------------------------------------------------
    @property
    def generation(self) -> int:
        return self._generation

    @property
    def ids(self) -> tuple[str, ...]:
        return self._ids

    def set_result(
        self,
        generation: int,
        ids: Sequence[str],
        rows: dict[str, Row],
        snippets: dict[str, Snippet],
    ) -> None:
        """Show a new result. The same list (or a longer one starting with it) is updated in
        place, so the selection and scroll position stay."""
        ids = tuple(ids)
        old = self._ids
        self._generation = generation
        if ids == old:
            self._rows.update(rows)
            self._snippets.update(snippets)
            self._changed_ids([*rows, *snippets])
            return
        if old and len(ids) > len(old) and ids[: len(old)] == old:
            self._rows.update(rows)
            self._snippets.update(snippets)
            self.beginInsertRows(_ROOT, len(old), len(ids) - 1)
            self._ids = ids
            self._positions = None
            self.endInsertRows()
            self._changed_ids([i for i in [*rows, *snippets] if self._row(i) < len(old)])
            return
        self.beginResetModel()
        self._ids = ids
        self._positions = None
        self._known.clear()
        self._note_rows(0, self._FIRST_KNOWN)
        self._rows = dict(rows)
        self._snippets = dict(snippets)
        self._asked.clear()
        self._wanted.clear()
        self.endResetModel()

    def add_rows(
        self, generation: int, rows: dict[str, Row], snippets: dict[str, Snippet] | None = None
    ) -> None:
        if generation != self._generation or not (rows or snippets):
            return
        self._rows.update(rows)
        self._snippets.update(snippets or {})
        self._changed_ids([*rows, *(snippets or {})])

    def title_of(self, solution_id: str) -> str | None:
        """The title of a loaded row (None when its row is not loaded)."""
        row = self._rows.get(solution_id)
        return row.title if row is not None else None

    def has_snippet(self, solution_id: str) -> bool:
        return solution_id in self._snippets

    def forget_rows(self, ids: Iterable[str]) -> None:
        """Rows that changed in the catalogue: load them again when next shown."""
        ids = list(ids)
        for solution_id in ids:
            self._rows.pop(solution_id, None)
        self._asked.clear()
        self._changed_ids(ids)

    def set_basket(self, ids: Iterable[str]) -> None:
        new = frozenset(ids)
        changed = new ^ self._basket
        self._basket = new
        self._changed_ids(changed)

    def set_loading_text(self, text: str) -> None:
        self.loading_text = text
        self._changed_ids([i for i in self._ids[: self.BLOCK * 5] if i not in self._rows])

    def _note_rows(self, start: int, stop: int) -> None:
        self._known.update((sid, start + n) for n, sid in enumerate(self._ids[start:stop]))

    def _row(self, solution_id: str) -> int:
        """The row of an id. The first rows' and those of blocks asked for are known; others
        need the map of every row (a tenth of a second for 100,000 under load: not while
        scrolling)."""
        row = self._known.get(solution_id)
        if row is not None and row < len(self._ids) and self._ids[row] == solution_id:
            return row
        if self._positions is None:
            self._positions = {sid: row for row, sid in enumerate(self._ids)}
        return self._positions.get(solution_id, -1)

    def _changed_ids(self, ids: Iterable[str]) -> None:
        """Announce changed rows, in contiguous runs (never "everything": a view walks every
        row of a range, which is slow with 100,000 of them)."""
        rows = sorted({r for r in map(self._row, ids) if r >= 0})
        start = previous = None
        for row in [*rows, None]:
            if row is not None and previous is not None and row == previous + 1:
                previous = row
                continue
            if start is not None and previous is not None:
                self.dataChanged.emit(self.index(start), self.index(previous))
            start = previous = row

    def _want(self, row: int) -> None:
        block = row // self.BLOCK
        if block not in self._asked:
            self._asked.add(block)
            self._wanted.add(block)
            if not self._flush.isActive():
                self._flush.start()

    def _ask(self) -> None:
        ids: list[str] = []
        for block in sorted(self._wanted):
            self._note_rows(block * self.BLOCK, (block + 1) * self.BLOCK)
            ids.extend(
                i
                for i in self._ids[block * self.BLOCK : (block + 1) * self.BLOCK]
                if i not in self._rows
            )
        self._wanted.clear()
        if ids:
            self.rows_wanted.emit(self._generation, ids)

    def stop(self) -> None:
        self._flush.stop()

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        solution_id = self._ids[index.row()]
        if role == IdRole:
            return solution_id
        if role == InBasketRole:
            return solution_id in self._basket
        row = self._rows.get(solution_id)
        if row is None and role in (
            Qt.ItemDataRole.DisplayRole,
            RowRole,
            SnippetRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            self._want(index.row())
        if role == RowRole:
            return row
        if role == SnippetRole:
            if solution_id in self._snippets:
                return self._snippets[solution_id]
            return ((row.summary, False),) if row else ()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.title if row else self.loading_text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if row is None:
                return self.loading_text
            parts = [row.title]
            if row.years:
                parts.append(row.years)
            if row.countries:
                parts.append(", ".join(row.countries))
            if row.sdgs:
                parts.append("SDG " + ", ".join(str(g) for g in row.sdgs))
            return "; ".join(parts)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def mimeTypes(self) -> list[str]:
        return [SOLUTION_IDS_MIME, "text/plain"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [self._ids[r] for r in rows]
        titles = [self._rows[i].title if i in self._rows else i for i in ids]
        return ids_mime(ids, titles)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def row_of(self, solution_id: str) -> int:
        return self._row(solution_id)


#: The roles of a facet value that change with its count.
_COUNT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, CountRole)


# -- facets ----------------------------------------------------------------------------------
@dataclass
class _FacetGroup:
    name: str
    values: list[FacetValue] = field(default_factory=list)
    selected: set[str] = field(default_factory=set)


class FacetModel(QAbstractItemModel):
    """A two-level tree: the facets, and under each its values with a check box and a count.

    Ticking a value emits :attr:`filters_changed`. Values combine with OR within a facet and
    with AND across facets; a ticked value stays listed even when its count drops to zero.

    Goals are listed by number, years newest first, the others most frequent first and, at
    equal counts, by their name as the interface language sorts it (:class:`QCollator`).
    New counts for the same values change the counts column only; the same values in another
    order are moved (``layoutChanged``), so the view keeps its state and does no more work than
    it must (this runs after every search).
    """

    filters_changed = Signal()
    COLUMNS = 2  # label, count
    _BY_NAME = frozenset({"region", "country", "organisation", "modality"})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups = [_FacetGroup(name) for name in FACETS]
        self._language = "en"
        self._collator = QCollator(QLocale(self._language))
        self._sort_keys: dict[tuple[str, str, str], QCollatorSortKey] = {}
        self._icons: dict[int, QIcon] = {}
        self._font = QFont()
        self._titles = self._default_titles()

    @staticmethod
    def _default_titles() -> dict[str, str]:
        return {
            "sdg": "Sustainable Development Goals",
            "region": "Region",
            "country": "Country",
            "organisation": "Organisation",
            "modality": "Modality",
            "year": "Year",
        }

    # -- state -----------------------------------------------------------------------------
    def set_titles(self, titles: dict[str, str]) -> None:
        self._titles.update(titles)
        if self._groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, 1))

    def set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            self._collator = QCollator(QLocale(language))
            self._sort_keys.clear()
            for row, group in enumerate(self._groups):
                self._set_values(row, self._ordered(group.name, group.values))
        self._all_changed()

    def set_font(self, font: QFont) -> None:
        self._font = QFont(font)
        self._icons.clear()
        self._all_changed()

    @property
    def icon_side(self) -> int:
        """The side of the goals' tiles for the font set with :meth:`set_font`."""
        return sdg_tile_side(self._font)

    def filters(self) -> dict[str, frozenset[str]]:
        return {g.name: frozenset(g.selected) for g in self._groups if g.selected}

    def set_filters(self, filters: dict[str, frozenset[str]]) -> None:
        for row, group in enumerate(self._groups):
            wanted = set(filters.get(group.name, ()))
            if wanted != group.selected:
                group.selected = wanted
                self._set_values(row, self._merge(group, group.values))
        self._all_changed()

    def clear(self) -> bool:
        """Untick everything; True when anything was ticked."""
        if not any(g.selected for g in self._groups):
            return False
        self.set_filters({})
        self.filters_changed.emit()
        return True

    def set_counts(self, facets: dict[str, list[FacetValue]]) -> None:
        for row, group in enumerate(self._groups):
            if group.name in facets:
                self._set_values(row, self._merge(group, facets[group.name]))

    def _merge(self, group: _FacetGroup, values: list[FacetValue]) -> list[FacetValue]:
        present = {v.value for v in values}
        kept = [
            next((v for v in group.values if v.value == code), FacetValue(code, 0))
            for code in sorted(group.selected - present)
        ]
        merged = [*values, *(FacetValue(v.value, 0, v.name) for v in kept)]
        return self._ordered(group.name, merged)

    def _ordered(self, name: str, values: list[FacetValue]) -> list[FacetValue]:
        """Values in the panel's order (see the class docstring); goals and years keep the
        order they came in."""
        if name not in self._BY_NAME:
            return values
        return sorted(values, key=lambda v: (-v.count, self._sort_key(name, v)))

    def _sort_key(self, name: str, value: FacetValue) -> QCollatorSortKey:
        key = (name, value.value, value.name)
        sort_key = self._sort_keys.get(key)
        if sort_key is None:
            sort_key = self._sort_keys[key] = self._collator.sortKey(self.label(name, value))
        return sort_key

    def _set_values(self, row: int, values: list[FacetValue]) -> None:
        group = self._groups[row]
        if values == group.values:
            return
        parent = self.index(row, 0)
        old = [v.value for v in group.values]
        new = [v.value for v in values]
        if old == new:  # the same values: only counts changed
            changed = [i for i, (a, b) in enumerate(zip(group.values, values, strict=True))
                       if a != b]  # fmt: skip
            group.values = values
            self.dataChanged.emit(
                self.index(changed[0], 0, parent),
                self.index(changed[-1], 1, parent),
                list(_COUNT_ROLES),
            )
            return
        if sorted(old) == sorted(new):  # the same values in another order: move them
            self._reorder(row, values)
            return
        if group.values:
            self.beginRemoveRows(parent, 0, len(group.values) - 1)
            group.values = []
            self.endRemoveRows()
        if values:
            self.beginInsertRows(parent, 0, len(values) - 1)
            group.values = values
            self.endInsertRows()
        self.dataChanged.emit(parent, self.index(row, 1))

    def _reorder(self, row: int, values: list[FacetValue]) -> None:
        group = self._groups[row]
        parent = self.index(row, 0)
        self.layoutAboutToBeChanged.emit()  # (PySide6 emits these without their arguments)
        old = [v.value for v in group.values]
        position = {v.value: i for i, v in enumerate(values)}
        group.values = values
        before: list[QModelIndex] = []
        after: list[QModelIndex] = []
        for persistent in self.persistentIndexList():
            if persistent.isValid() and int(persistent.internalId()) == row + 1:
                before.append(persistent)
                after.append(
                    self.index(position[old[persistent.row()]], persistent.column(), parent)
                )
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        self.dataChanged.emit(
            self.index(0, 0, parent), self.index(len(values) - 1, 1, parent), list(_COUNT_ROLES)
        )

    def _all_changed(self) -> None:
        for row, group in enumerate(self._groups):
            parent = self.index(row, 0)
            self.dataChanged.emit(parent, self.index(row, 1))
            if group.values:
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(group.values) - 1, 1, parent)
                )

    def group_row(self, name: str) -> int:
        return FACETS.index(name)

    def value_index(self, name: str, value: str) -> QModelIndex:
        row = self.group_row(name)
        for i, v in enumerate(self._groups[row].values):
            if v.value == value:
                return self.index(i, 0, self.index(row, 0))
        return QModelIndex()

    def count_of(self, name: str, value: str) -> int | None:
        for v in self._groups[self.group_row(name)].values:
            if v.value == value:
                return v.count
        return None

    def label(self, name: str, value: FacetValue) -> str:
        lang = self._language
        if name == "sdg":
            return f"{value.value}. {labels.sdg_label(int(value.value), lang)}"
        if name == "region":
            return labels.region_label(value.value, lang)
        if name == "country":
            return labels.country_label(value.value, lang)
        if name == "organisation":
            return labels.organisation_label(value.value, value.name)
        if name == "modality":
            return labels.term_label("modalities", value.value, lang)
        return value.value

    # -- Qt model --------------------------------------------------------------------------
    # A facet's index has internal id 0; a value's has its facet's row + 1. (Integer ids, not
    # internalPointer(): PySide6 mis-counts references of objects stored as pointers.)
    def _group_of(self, index: AnyIndex) -> _FacetGroup | None:
        """The facet a *value* index belongs to (None for a facet's own index)."""
        number = int(index.internalId())
        return self._groups[number - 1] if 0 < number <= len(self._groups) else None

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if column < 0 or column >= self.COLUMNS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._groups):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if self._group_of(parent) is not None or parent.column() != 0:
            return QModelIndex()
        if row >= len(self._groups[parent.row()].values):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        number = int(index.internalId())
        if number == 0:
            return QModelIndex()
        return self.createIndex(number - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if self._group_of(parent) is None and parent.column() == 0:
            return len(self._groups[parent.row()].values)
        return 0

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return self.COLUMNS

    def hasChildren(self, parent: AnyIndex = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = self._group_of(index)
        if group is None:
            return self._group_data(self._groups[index.row()], index.column(), role)
        if index.row() >= len(group.values):
            return None
        value = group.values[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(group.name, value) if column == 0 else format_number(value.count)
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return (
                Qt.CheckState.Checked if value.value in group.selected else Qt.CheckState.Unchecked
            )
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and group.name == "sdg":
            return self._sdg_icon(int(value.value))
        if role == Qt.ItemDataRole.ToolTipRole:  # the full name, whatever the panel's width
            if group.name == "sdg":
                title = labels.sdg_title(int(value.value), self._language)
                return f"{self.label(group.name, value)}\n{title}"
            return self.label(group.name, value)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.label(group.name, value)}: {value.count}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CountRole:
            return value.count
        if role == FacetRole:
            return (group.name, value.value)
        return None

    def _group_data(self, group: _FacetGroup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self._titles[group.name]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 1:
                return f"✓ {len(group.selected)}" if group.selected else ""
            return self._titles[group.name]
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont(self._font)
            font.setBold(True)
            return font
        if role == FacetRole:
            return (group.name, "")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        group = self._group_of(index)
        if group is None or index.column() != 0 or index.row() >= len(group.values):
            return False
        code = group.values[index.row()].value
        checked = (
            Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        )
        if checked == (code in group.selected):
            return True
        if checked:
            group.selected.add(code)
        else:
            group.selected.discard(code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        row = self._groups.index(group)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 1))
        self.filters_changed.emit()
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._group_of(index) is None:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _sdg_icon(self, goal: int) -> QIcon:
        icon = self._icons.get(goal)
        if icon is None:
            icon = self._icons[goal] = sdg_icon(goal, self.icon_side, self._font)
        return icon


# -- basket ----------------------------------------------------------------------------------
@dataclass
class BasketItem:
    id: str
    title: str


class BasketModel(QAbstractListModel):
    """The solutions picked for a mission, in the user's order.

    Takes drops of solutions (from the result list or from itself, to reorder). Every change
    emits :attr:`changed`, which the window saves.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[BasketItem] = []

    @property
    def ids(self) -> list[str]:
        return [i.id for i in self._items]

    @property
    def items(self) -> list[BasketItem]:
        return list(self._items)

    def __contains__(self, solution_id: object) -> bool:
        return any(i.id == solution_id for i in self._items)

    def set_items(self, items: Sequence[BasketItem]) -> None:
        self.beginResetModel()
        seen: set[str] = set()
        self._items = []
        for item in items:
            if item.id not in seen:
                seen.add(item.id)
                self._items.append(BasketItem(item.id, item.title))
        self.endResetModel()

    def add(self, items: Sequence[BasketItem], row: int = -1) -> int:
        """Add the items not in the basket yet (at ``row``; at the end when -1). Returns how
        many were added."""
        new = [i for i in dict((i.id, i) for i in items).values() if i.id not in self]
        if not new:
            return 0
        row = len(self._items) if row < 0 or row > len(self._items) else row
        self.beginInsertRows(_ROOT, row, row + len(new) - 1)
        self._items[row:row] = [BasketItem(i.id, i.title) for i in new]
        self.endInsertRows()
        self.changed.emit()
        return len(new)

    def remove_ids(self, ids: Iterable[str]) -> int:
        gone = set(ids)
        removed = 0
        for row in reversed(range(len(self._items))):
            if self._items[row].id in gone:
                self.removeRows(row, 1)
                removed += 1
        return removed

    def clear(self) -> None:
        if self._items:
            self.removeRows(0, len(self._items))

    def set_title(self, solution_id: str, title: str) -> None:
        for row, item in enumerate(self._items):
            if item.id == solution_id and item.title != title:
                item.title = title
                self.dataChanged.emit(self.index(row), self.index(row))
                self.changed.emit()

    def move(self, row: int, to: int) -> bool:
        """Move one row to position ``to`` (an index in the list as it will be)."""
        count = len(self._items)
        if not (0 <= row < count and 0 <= to < count) or row == to:
            return False
        return self.moveRows(_ROOT, row, 1, _ROOT, to + 1 if to > row else to)

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return item.title
        if role == IdRole:
            return item.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def removeRows(self, row: int, count: int, parent: AnyIndex = _ROOT) -> bool:
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self._items):
            return False
        self.beginRemoveRows(_ROOT, row, row + count - 1)
        del self._items[row : row + count]
        self.endRemoveRows()
        self.changed.emit()
        return True

    def moveRows(
        self,
        source_parent: AnyIndex,
        source_row: int,
        count: int,
        destination_parent: AnyIndex,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if source_row < 0 or source_row + count > len(self._items):
            return False
        if source_row <= destination_child <= source_row + count:
            return False  # no move
        if not 0 <= destination_child <= len(self._items):
            return False
        if not self.beginMoveRows(
            _ROOT, source_row, source_row + count - 1, _ROOT, destination_child
        ):
            return False
        moving = self._items[source_row : source_row + count]
        del self._items[source_row : source_row + count]
        at = destination_child if destination_child < source_row else destination_child - count
        self._items[at:at] = moving
        self.endMoveRows()
        self.changed.emit()
        return True

    def mimeTypes(self) -> list[str]:
        return [SOLUTION_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return ids_mime([self._items[r].id for r in rows], [self._items[r].title for r in rows])

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return bool(ids_from_mime(data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """Drop solutions at ``row``: new ones are added, ones already here move there.

        The drag is always a copy, so the view never removes anything itself.
        """
        ids = ids_from_mime(data)
        if not ids or action == Qt.DropAction.IgnoreAction:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        titles = data.text().split("\n") if data.hasText() else []
        for offset, solution_id in enumerate(ids):
            target = min(row + offset, len(self._items))
            current = next((r for r, i in enumerate(self._items) if i.id == solution_id), -1)
            if current >= 0:
                if current < target:
                    target -= 1
                if current != target:
                    self.move(current, target)
            else:
                title = titles[offset] if offset < len(titles) else solution_id
                self.add([BasketItem(solution_id, title)], target)
        return True
