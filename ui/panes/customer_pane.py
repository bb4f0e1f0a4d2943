"""The customer pane: search as you type, the list, and the button for a new customer."""

from __future__ import annotations

from typing import TYPE_CHECKING

# The pane paints before the database layer loads (ui/app.py): what it needs only later (QtCore.Qt's enums,
# key events, the item model, the worker) is looked up on the modules when first used.
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.bus import DeskBus

if TYPE_CHECKING:  # the pane is on screen before the database layer has loaded (ui/app.py)
    from PySide6.QtCore import QEvent

    from models.errors import DeskError
    from models.services.customers import CustomerRow
    from ui.item_models.customer_list import CustomerListModel

LIST_PAGE = 50  # rows a search brings at once: a screenful and a half; more come as the list scrolls
NAME_EMS = 10  # the name column keeps at least this many letters' width before other columns give way
ID_ROLE = 0x0101  # Qt.ItemDataRole.UserRole + 1: where both list models keep the customer id


def _search(query: str, after: tuple[str, int] | None = None) -> list[CustomerRow]:
    from models.services import customers

    return customers.search_customers(query, after=after, limit=LIST_PAGE)


class CustomerPane(QWidget):
    sig_customer_selected = Signal(int)  # the highlighted customer changed
    sig_customer_activated = Signal(int)  # Enter or double-click: the receptionist wants to work on them
    sig_new_customer_requested = Signal()
    sig_search_finished = Signal(str)  # the list now shows this query's results

    def __init__(self, bus: DeskBus, parent: QWidget | None = None, *, ready: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("customerPane")
        self._bus = bus
        # One search thread: searches never overlap, the newest text wins.
        self._pool: QThreadPool | None = None  # made with the first search, after the paint
        self._running: str | None = None
        self._pending: str | None = None
        self._shown_query: str | None = None  # the query whose rows the list shows
        self._wanted: int | None = None  # the customer the desk is on: kept selected when new results arrive
        self._open_when_ready = False  # Enter was pressed before the search for the typed text answered
        self._ready = ready  # False until the database is open: what is typed meanwhile is searched then

        self.search = QLineEdit(self)
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Name, phone, email or postcode"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Find customer:"), self)
        search_label.setBuddy(self.search)

        self.list = QTableView(self)
        self.list.setObjectName("customerList")
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setDefaultSectionSize(self.list.fontMetrics().height() + 8)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(False)
        self.list.horizontalHeader().setHighlightSections(False)
        self._model: CustomerListModel | None = None  # made with the first rows (see model)
        self._column_widths = {1: 0, 2: 0}  # phone and postcode, as _size_columns set them
        self.list.setAccessibleName(self.tr("Customers"))

        self.count_label = QLabel(self)
        self.count_label.setObjectName("customerCount")
        self.count_label.setWordWrap(True)  # the desk fits a 1366×768 screen at 150 %
        self.new_button = QPushButton(self)  # (text, parent) would make PySide6 create QIcon's enums before the paint
        self.new_button.setText(self.tr("&New customer"))
        self.new_button.setObjectName("newCustomer")
        self.new_button.setToolTip(self.tr("Add a customer (Ctrl+N)"))

        layout = QVBoxLayout(self)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.new_button)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self.request_search)
        self._keys_watched = False  # the Enter/Down/Esc filter starts with the first rows (_watch_keys)
        if ready:
            self._watch_keys()
        self.list.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.new_button.clicked.connect(self.sig_new_customer_requested)
        bus.data_changed.connect(self._on_data_changed)

    @property
    def model(self) -> CustomerListModel:
        """The list's rows; made when first needed, so the pane paints before the item model's imports."""
        if self._model is None:
            from ui.item_models.customer_list import CustomerListModel

            self._watch_keys()
            self._model = CustomerListModel(self._page, LIST_PAGE, self._headers(), self)
            self.list.setModel(self._model)
            self._size_columns()
            self.list.selectionModel().currentRowChanged.connect(self._on_current_changed)
        return self._model

    def _headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Phone"), self.tr("Postcode")]

    def _size_columns(self) -> None:
        """The name takes what is left; the phone and postcode as wide as a typical one (or their heading)."""
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.Stretch)
        titles = self._headers()
        metrics = self.list.fontMetrics()
        for column, sample in ((1, "07700 900000"), (2, "AB12 3CD")):
            wanted = max(metrics.horizontalAdvance(sample), header.fontMetrics().horizontalAdvance(titles[column]))
            self._column_widths[column] = wanted + 14
            header.resizeSection(column, wanted + 14)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """A narrow pane (a small screen, 150 % scaling) drops the postcode, then the phone, before it lets the
        names shrink below a readable width; the tooltip of each row still has them all."""
        if self.list.model() is None:
            return
        room = self.list.viewport().width() - self.list.fontMetrics().horizontalAdvance("M") * NAME_EMS
        self.list.setColumnHidden(2, room < self._column_widths[1] + self._column_widths[2])
        self.list.setColumnHidden(1, room < self._column_widths[1])

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    # --- searching
    def request_search(self, text: str | None = None) -> None:
        """Search for ``text`` (default: what is in the box) without blocking typing."""
        query = self.search.text() if text is None else text
        if not self._ready or self._running is not None:
            self._pending = query
            return
        self._running = query

        def run(_report: object) -> list[CustomerRow]:
            return _search(query)

        def done(rows: list[CustomerRow]) -> None:
            self._on_results(query, rows)

        from ui import workers

        if self._pool is None:
            self._pool = QThreadPool(self)
            self._pool.setMaxThreadCount(1)
        workers.start(self._pool, run, done, self._on_search_failed)

    def _watch_keys(self) -> None:
        """Enter, Down and Esc in the search box and the list (see eventFilter). Installed with the first rows,
        not before the paint: every event would then reach Python, and the first creates QEvent's enums."""
        if not self._keys_watched:
            self._keys_watched = True
            self.search.installEventFilter(self)
            self.list.installEventFilter(self)

    def show_first_page(self, rows: list[CustomerRow]) -> None:
        """Rows read before the database was open (ui/app.py), shown when nothing has been typed yet.

        They go into a QStandardItemModel: painted by Qt alone, it needs none of the Python enums that the
        paging model's first paint creates (~17 ms); the paging model takes over once the database is open.
        """
        self._watch_keys()
        if self._ready or self._pending is not None or self.search.text():
            return
        from PySide6.QtGui import QStandardItem, QStandardItemModel

        early = QStandardItemModel(len(rows), 3, self)
        early.setHorizontalHeaderLabels(self._headers())
        for number, row in enumerate(rows):
            for column, text in enumerate((row.name, row.phone, row.postcode)):
                item = QStandardItem(text)
                item.setData(row.id, ID_ROLE)
                early.setItem(number, column, item)
        self.list.setModel(early)
        self._size_columns()
        self.list.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self._shown_query = ""
        self._show_count("", len(rows), more=len(rows) >= LIST_PAGE)
        self.sig_search_finished.emit("")

    def set_ready(self) -> None:
        """The database is open: search what is in the box now (typed while it opened, or nothing), which
        also brings a first page read early up to date and lets the list fetch more as it scrolls."""
        self._ready = True
        self._pending = None
        self.model  # noqa: B018 - the paging model (and the key filter) take over from the first page's
        self.request_search()

    def _page(self, query: str, after: tuple[str, int] | None) -> list[CustomerRow]:
        return _search(query, after) if self._ready else []  # no paging until the database is open

    @property
    def shown_query(self) -> str | None:
        """The text whose results the list shows (None before the first search answered)."""
        return self._shown_query

    def _on_results(self, query: str, rows: list[CustomerRow]) -> None:
        self._running = None
        if self._pending is not None:
            # typed on, or the data changed, while this search ran: its rows may be stale
            pending, self._pending = self._pending, None
            self.request_search(pending)
            return
        self._shown_query = query
        self.model.show_results(query, rows)
        # the customer the desk is on stays selected; one the new results leave out is not replaced by whichever
        # row the old selection pointed at
        row = self.model.row_of(self._wanted) if self._wanted is not None else None
        if row is not None:
            self.list.selectRow(row)
        self._show_count(query, len(rows), more=self.model.canFetchMore(self.list.rootIndex()))
        self.sig_search_finished.emit(query)
        if self._open_when_ready:
            self._open_when_ready = False
            if self.model.rowCount() > 0 and query == self.search.text():
                self._enter_list(open_row=True)

    def _on_search_failed(self, error: DeskError) -> None:
        self._running = None
        self._pending = None
        self._open_when_ready = False
        self._bus.message_posted.emit(self.tr("Search failed: {error}").format(error=error.message))

    def _show_count(self, query: str, count: int, *, more: bool) -> None:
        if count and more:
            text = self.tr("First %n shown; scroll for more.", "", count)
        elif count:
            text = self.tr("%n customer(s)", "", count)
        else:
            text = (self.tr("No customer matches “{query}”.").format(query=query) if query.strip()
                    else self.tr("No customers yet."))
        self.count_label.setText(text)

    def shutdown(self) -> None:
        self._pending = None
        if self._pool is not None:
            self._pool.waitForDone(5000)

    # --- selection and keys
    def current_customer_id(self) -> int | None:
        index = self.list.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def select_customer(self, customer_id: int) -> None:
        """Make ``customer_id`` the one the desk is on: selected now if listed, and whenever results come back."""
        self._wanted = customer_id
        row = self.model.row_of(customer_id)
        if row is not None:
            self.list.selectRow(row)
        else:
            self.list.clearSelection()

    def focus_search(self) -> None:
        self.search.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_current_changed(self, current: object, _previous: object) -> None:
        customer_id = self.current_customer_id()
        if customer_id is not None and customer_id != self._wanted:
            self._wanted = customer_id
            self.sig_customer_selected.emit(customer_id)

    def _results_are_current(self) -> bool:
        return (self._ready and self._running is None and self._pending is None
                and self._shown_query == self.search.text())

    def _enter_list(self, *, open_row: bool) -> None:
        if not self.list.currentIndex().isValid():
            self.list.selectRow(0)
        self.list.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        if open_row:
            self._activate(self.list.currentIndex().row())

    def _activate(self, row: int) -> None:
        value = self.list.model().index(row, 0).data(ID_ROLE) if self.list.model() is not None else None
        customer_id = int(value) if value is not None else None
        if customer_id is not None:
            self.sig_customer_activated.emit(customer_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.KeyPress and isinstance(event, QtGui.QKeyEvent):
            key = event.key()
            to_list = key in (QtCore.Qt.Key.Key_Down, QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)
            if watched is self.search and to_list:
                if not self._results_are_current():
                    # the rows on screen belong to an older text: open the first row of this one when it answers
                    self._open_when_ready = key != QtCore.Qt.Key.Key_Down
                    return True
                if self.model.rowCount() > 0:
                    self._enter_list(open_row=key != QtCore.Qt.Key.Key_Down)
                return True
            if watched is self.list and self._ready:
                if key in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
                    self._activate(self.list.currentIndex().row())
                    return True
                if key == QtCore.Qt.Key.Key_Escape:
                    self.focus_search()
                    return True
        return super().eventFilter(watched, event)

    def _on_data_changed(self, kinds: set[str]) -> None:
        if "customers" in kinds:
            self.request_search()
