"""The customer pane: search as you type, the list, and the button for a new customer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.errors import DeskError
from models.services import customers
from ui import workers
from ui.bus import DeskBus
from ui.format import counted
from ui.item_models.customer_list import CustomerListModel


class CustomerPane(QWidget):
    sig_customer_selected = Signal(int)  # the highlighted customer changed
    sig_customer_activated = Signal(int)  # Enter or double-click: the receptionist wants to work on them
    sig_new_customer_requested = Signal()
    sig_search_finished = Signal(str)  # the list now shows this query's results

    def __init__(self, bus: DeskBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerPane")
        self._bus = bus
        # One search thread: searches never overlap, the newest text wins.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: str | None = None
        self._pending: str | None = None
        self._shown_query: str | None = None  # the query whose rows the list shows
        self._wanted: int | None = None  # the customer the desk is on: kept selected when new results arrive
        self._open_when_ready = False  # Enter was pressed before the search for the typed text answered

        self.search = QLineEdit(self)
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Name, phone, email or postcode"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Find customer:"), self)
        search_label.setBuddy(self.search)

        self.model = CustomerListModel(lambda query, after: customers.search_customers(query, after=after), self)
        self.list = QTableView(self)
        self.list.setObjectName("customerList")
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setDefaultSectionSize(self.list.fontMetrics().height() + 8)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(False)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 110)
        header.resizeSection(2, 80)
        self.list.horizontalHeader().setHighlightSections(False)
        self.list.setAccessibleName(self.tr("Customers"))

        self.count_label = QLabel(self)
        self.count_label.setObjectName("customerCount")
        self.count_label.setWordWrap(True)  # the desk fits a 1366×768 screen at 150 %
        self.new_button = QPushButton(self.tr("&New customer"), self)
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
        self.search.installEventFilter(self)
        self.list.installEventFilter(self)
        self.list.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.list.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.new_button.clicked.connect(self.sig_new_customer_requested)
        bus.data_changed.connect(self._on_data_changed)

    # --- searching
    def request_search(self, text: str | None = None) -> None:
        """Search for ``text`` (default: what is in the box) without blocking typing."""
        query = self.search.text() if text is None else text
        if self._running is not None:
            self._pending = query
            return
        self._running = query

        def run(_report: object) -> list[customers.CustomerRow]:
            return customers.search_customers(query)

        def done(rows: list[customers.CustomerRow]) -> None:
            self._on_results(query, rows)

        workers.start(self._pool, run, done, self._on_search_failed)

    def _on_results(self, query: str, rows: list[customers.CustomerRow]) -> None:
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
        self._show_count(query, len(rows))
        self.sig_search_finished.emit(query)
        if self._open_when_ready:
            self._open_when_ready = False
            if self.model.rowCount() > 0 and query == self.search.text():
                self._enter_list(open_row=True)

    def _on_search_failed(self, error: DeskError) -> None:
        self._running = None
        self._pending = None
        self._open_when_ready = False
        self._bus.message_posted.emit(self.tr("Search failed: %s") % error.message)

    def _show_count(self, query: str, count: int) -> None:
        if count == 0:
            text = self.tr("No customer matches “%s”.") % query if query.strip() else self.tr("No customers yet.")
        elif self.model.canFetchMore(self.list.rootIndex()):
            text = self.tr("First %d shown; scroll for more.") % count
        else:
            text = counted(count, self.tr("1 customer"), self.tr("%d customers"))
        self.count_label.setText(text)

    def shutdown(self) -> None:
        self._pending = None
        self._pool.waitForDone(5000)

    # --- selection and keys
    def current_customer_id(self) -> int | None:
        index = self.list.currentIndex()
        return self.model.customer_id(index.row()) if index.isValid() else None

    def select_customer(self, customer_id: int) -> None:
        """Make ``customer_id`` the one the desk is on: selected now if listed, and whenever results come back."""
        self._wanted = customer_id
        row = self.model.row_of(customer_id)
        if row is not None:
            self.list.selectRow(row)
        else:
            self.list.clearSelection()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_current_changed(self, current: object, _previous: object) -> None:
        customer_id = self.current_customer_id()
        if customer_id is not None and customer_id != self._wanted:
            self._wanted = customer_id
            self.sig_customer_selected.emit(customer_id)

    def _results_are_current(self) -> bool:
        return self._running is None and self._pending is None and self._shown_query == self.search.text()

    def _enter_list(self, *, open_row: bool) -> None:
        if not self.list.currentIndex().isValid():
            self.list.selectRow(0)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        if open_row:
            self._activate(self.list.currentIndex().row())

    def _activate(self, row: int) -> None:
        customer_id = self.model.customer_id(row)
        if customer_id is not None:
            self.sig_customer_activated.emit(customer_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            to_list = key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if watched is self.search and to_list:
                if not self._results_are_current():
                    # the rows on screen belong to an older text: open the first row of this one when it answers
                    self._open_when_ready = key != Qt.Key.Key_Down
                    return True
                if self.model.rowCount() > 0:
                    self._enter_list(open_row=key != Qt.Key.Key_Down)
                return True
            if watched is self.list:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._activate(self.list.currentIndex().row())
                    return True
                if key == Qt.Key.Key_Escape:
                    self.focus_search()
                    return True
        return super().eventFilter(watched, event)

    def _on_data_changed(self, kinds: set[str]) -> None:
        if "customers" in kinds:
            self.request_search()
