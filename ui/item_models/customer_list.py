"""The customer list: one search's rows, a page at a time (fetchMore), each row keyed by the customer id."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

if TYPE_CHECKING:  # the list is on screen before the database layer has loaded (ui/app.py)
    from models.services.customers import CustomerRow

Index = QModelIndex | QPersistentModelIndex
PageFetcher = Callable[[str, tuple[str, int] | None], "list[CustomerRow]"]


class CustomerListModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, fetch_page: PageFetcher, page_size: int, headers: list[str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._page_size = page_size
        self._rows: list[CustomerRow] = []
        self._query = ""
        self._more = False
        self._headers = tuple(headers)

    # --- what the pane sets
    def show_results(self, query: str, rows: list[CustomerRow]) -> None:
        """Replace the list with the first page of ``query``'s results."""
        self.beginResetModel()
        self._query = query
        self._rows = list(rows)
        self._more = False  # no fetchMore from within the reset's own signals
        self.endResetModel()
        self._more = len(rows) >= self._page_size

    def customer_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, customer_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == customer_id:
                return number
        return None

    # --- QAbstractItemModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.phone, row.postcode)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(part for part in (row.name, row.phone, row.email, row.postcode, row.city) if part)
        if role == self.ID_ROLE:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more or not self._rows:
            return
        last = self._rows[-1]
        page = self._fetch_page(self._query, (last.sort_key, last.id))
        self._more = len(page) >= self._page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
