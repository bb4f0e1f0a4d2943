"""What the desk sees when no customer is open: promises and follow-ups due (overdue first, clearly marked), and
complaints about to breach a target — before they do. Enter opens the complaint."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import as_desk_error
from models.services import promises
from models.services.promises import KIND_LABELS, QueueItem
from ui.bus import DeskBus
from ui.format import local_datetime
from ui.forms import error_label
from ui.operations import Operations

_Index = QModelIndex | QPersistentModelIndex


class QueueModel(QAbstractTableModel):
    """The queue's rows, in the service's order (overdue, today, upcoming); text made only for rows painted."""

    COLUMNS = ("When", "Customer", "Promise", "Owner")
    ID_ROLE = Qt.ItemDataRole.UserRole
    COMPLAINT_ROLE = Qt.ItemDataRole.UserRole + 1
    BUCKET_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[QueueItem] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_items(self, items: list[QueueItem]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def item(self, row: int) -> QueueItem:
        return self._items[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        p = item.promise
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                prefix = {"overdue": self.tr("OVERDUE"), "today": self.tr("Today"), "upcoming": ""}[item.bucket]
                return f"{prefix} {local_datetime(p.due_at)}".strip()
            if column == 1:
                return p.customer_name
            if column == 2:
                return f"{self.tr(KIND_LABELS.get(p.kind, p.kind))}: {p.what}"
            return p.owner_name
        if role == Qt.ItemDataRole.FontRole and item.bucket == "overdue":
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and item.bucket == "overdue":
            return QPalette().color(QPalette.ColorRole.Link)  # stands out in light and dark themes alike
        if role == Qt.ItemDataRole.ToolTipRole:
            return p.what
        if role == self.ID_ROLE:
            return p.id
        if role == self.COMPLAINT_ROLE:
            return p.complaint_id
        if role == self.BUCKET_ROLE:
            return item.bucket
        return None


class TodayQueue(QWidget):
    sig_complaint_requested = Signal(int)

    def __init__(self, bus: DeskBus, operations: Operations, staff_id_getter: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayQueue")
        self._bus = bus
        self._operations = operations
        self._current_staff = staff_id_getter
        self.queue: promises.TodayQueue | None = None

        title = QLabel(self.tr("<b>Today</b>"), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("queueSummary")
        self.model = QueueModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("promiseList")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)  # 10,000 rows lay out without measuring each
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAccessibleName(self.tr("Promises due"))
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # fixed widths from the font, not measured row by row: 10,000 rows open as fast as ten
        bold = QFont(self.view.font())
        bold.setBold(True)
        header.resizeSection(0, QFontMetrics(bold).horizontalAdvance("OVERDUE 30 Nov 2026 21:54") + 16)
        header.resizeSection(1, QFontMetrics(bold).horizontalAdvance("M" * 12))
        list_label = QLabel(self.tr("&Promises and follow-ups (Enter opens the complaint):"), self)
        list_label.setBuddy(self.view)

        self.outcome = QLineEdit(self)
        self.outcome.setObjectName("promiseOutcome")
        self.outcome.setPlaceholderText(self.tr("How it went, e.g. “Rang her; the car is fine now”"))
        self.outcome.setMaxLength(promises.OUTCOME_LIMIT)
        self.done_button = QPushButton(self.tr("Mark &done"), self)
        self.done_button.setObjectName("promiseDone")
        self.error = error_label(self, "promiseError")

        self.warnings = QTreeWidget(self)
        self.warnings.setObjectName("slaWarnings")
        self.warnings.setRootIsDecorated(False)
        self.warnings.setHeaderLabels([self.tr("Target"), self.tr("Customer"), self.tr("Complaint")])
        self.warnings.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.warnings.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        warnings_label = QLabel(self.tr("Complaints near or past their &targets:"), self)
        warnings_label.setBuddy(self.warnings)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(list_label)
        layout.addWidget(self.view, 3)
        done_row = QHBoxLayout()
        done_row.addWidget(self.outcome, 1)
        done_row.addWidget(self.done_button)
        layout.addLayout(done_row)
        layout.addWidget(self.error)
        layout.addWidget(warnings_label)
        layout.addWidget(self.warnings, 1)

        self.view.activated.connect(self._open)
        self.warnings.itemActivated.connect(self._open_warning)
        self.done_button.clicked.connect(self.mark_done)
        self.outcome.returnPressed.connect(self.mark_done)
        bus.data_changed.connect(self._on_data_changed)

    def refresh(self) -> None:
        """Read the queue again, keeping the selected promise selected."""
        selected = self.selected_promise_id()
        try:
            queue = promises.today_queue()
        except Exception as exc:  # a database gone away: said, not raised into Qt
            self._bus.message_posted.emit(as_desk_error(exc).message)
            return
        self.queue = queue
        self.model.set_items(queue.items)
        counts = {bucket: sum(1 for i in queue.items if i.bucket == bucket) for bucket in ("overdue", "today")}
        self.summary.setText(self.tr("%d overdue · %d due today · %d coming up · %d complaints near a target") % (
            counts["overdue"], counts["today"], len(queue.items) - counts["overdue"] - counts["today"],
            len({w.complaint_id for w in queue.warnings})))
        self.warnings.clear()
        rows = []
        for warning in queue.warnings:
            target = self.tr("First contact") if warning.target == "first_contact" else self.tr("Resolution")
            state = self.tr("was due %s") if warning.breached else self.tr("due by %s")
            item = QTreeWidgetItem([f"{target} {state % local_datetime(warning.deadline)}", warning.customer_name,
                                    f"#{warning.complaint_id} {warning.summary}"])
            item.setData(0, Qt.ItemDataRole.UserRole, warning.complaint_id)
            if warning.breached:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            rows.append(item)
        self.warnings.addTopLevelItems(rows)
        if selected is not None:
            for row in range(self.model.rowCount()):
                if self.model.item(row).promise.id == selected:
                    self.view.setCurrentIndex(self.model.index(row, 0))
                    break
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def selected_promise_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.item(index.row()).promise.id if index.isValid() else None

    def mark_done(self) -> None:
        """Mark the selected promise done with the outcome typed; a missing outcome is said in place."""
        self.error.hide()
        promise_id = self.selected_promise_id()
        if promise_id is None:
            self._show_error(self.tr("Choose a promise in the list first."))
            return
        outcome, staff_id = self.outcome.text(), self._current_staff()
        done = self._operations.run(lambda: promises.mark_done(promise_id, outcome, staff_id),
                                    changes={"promises"}, failed=lambda e: self._show_error(e.message),
                                    done=self.tr("Promise marked done."))
        if done is not None:
            self.outcome.clear()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _open(self, index: QModelIndex) -> None:
        complaint_id = index.data(QueueModel.COMPLAINT_ROLE)
        if complaint_id is not None:
            self.sig_complaint_requested.emit(int(complaint_id))

    def _open_warning(self, item: QTreeWidgetItem, _column: int) -> None:
        self.sig_complaint_requested.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def _on_data_changed(self, kinds: set[str]) -> None:
        if kinds & {"promises", "complaints", "resolution", "customers"} and self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.refresh()
        super().showEvent(event)
