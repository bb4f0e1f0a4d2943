"""What the desk sees when no customer is open: promises and follow-ups due (overdue first, clearly marked), and
complaints about to breach a target — before they do. Enter opens the complaint."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from models.errors import as_desk_error
from models.services import promises
from models.services.promises import KIND_LABELS, PromiseRecord, QueueEntry, SlaWarning
from ui import theme
from ui.bus import DeskBus
from ui.format import local_datetime
from ui.forms import error_label
from ui.i18n import QT_TRANSLATE_NOOP, core_label
from ui.operations import Operations

_Index = QModelIndex | QPersistentModelIndex


class QueueModel(QAbstractTableModel):
    """The queue's rows in the service's order (overdue, today, upcoming): ids and due times for all, the promise
    itself read a page at a time for the rows painted (10,000 open promises open as fast as ten)."""

    COLUMNS = (QT_TRANSLATE_NOOP("QueueModel", "When"), QT_TRANSLATE_NOOP("QueueModel", "Customer"),
               QT_TRANSLATE_NOOP("QueueModel", "Promise"), QT_TRANSLATE_NOOP("QueueModel", "Owner"))
    ID_ROLE = Qt.ItemDataRole.UserRole
    COMPLAINT_ROLE = Qt.ItemDataRole.UserRole + 1
    BUCKET_ROLE = Qt.ItemDataRole.UserRole + 2
    PAGE = 100

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[QueueEntry] = []
        self._records: dict[int, PromiseRecord] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_entries(self, entries: list[QueueEntry]) -> None:
        self.beginResetModel()
        self._entries = entries
        self._records = {}
        self.endResetModel()

    def entry(self, row: int) -> QueueEntry:
        return self._entries[row]

    def record(self, row: int) -> PromiseRecord | None:
        """The promise on ``row``, reading its page on first use (None if it vanished meanwhile)."""
        promise_id = self._entries[row].promise_id
        if promise_id not in self._records:
            start = row - row % self.PAGE
            page = [e.promise_id for e in self._entries[start:start + self.PAGE]]
            self._records.update(promises.promise_records(page))
        return self._records.get(promise_id)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == self.ID_ROLE:
            return entry.promise_id
        if role == self.BUCKET_ROLE:
            return entry.bucket
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if entry.bucket == "overdue" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            # red that keeps its contrast on the list's rows in light and dark palettes alike
            return theme.overdue_text(QApplication.palette()) if entry.bucket == "overdue" else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, self.COMPLAINT_ROLE):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            prefix = {"overdue": self.tr("OVERDUE"), "today": self.tr("Today"), "upcoming": ""}[entry.bucket]
            return self.tr("{state} {when}").format(state=prefix, when=local_datetime(entry.due_at)).strip()
        p = self.record(index.row())
        if p is None:
            return self.tr("(no longer there)") if role == Qt.ItemDataRole.DisplayRole and column == 2 else None
        if role == self.COMPLAINT_ROLE:
            return p.complaint_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return p.what
        if column == 1:
            return p.customer_name
        if column == 2:
            return self.tr("{kind}: {what}").format(kind=core_label(KIND_LABELS.get(p.kind, p.kind)), what=p.what)
        return p.owner_name


class WarningModel(QAbstractTableModel):
    """Complaints near or past a target: breached first, then the nearest deadline; text made for rows painted."""

    COLUMNS = (QT_TRANSLATE_NOOP("WarningModel", "Target"), QT_TRANSLATE_NOOP("WarningModel", "Customer"),
               QT_TRANSLATE_NOOP("WarningModel", "Complaint"))
    COMPLAINT_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._warnings: list[SlaWarning] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_warnings(self, warnings: list[SlaWarning]) -> None:
        self.beginResetModel()
        self._warnings = warnings
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._warnings)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._warnings):
            return None
        warning = self._warnings[index.row()]
        if role == self.COMPLAINT_ROLE:
            return warning.complaint_id
        if role == Qt.ItemDataRole.FontRole and index.column() == 0 and warning.breached:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0 and warning.breached:
            return theme.overdue_text(QApplication.palette())
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            target = self.tr("First contact") if warning.target == "first_contact" else self.tr("Resolution")
            state = self.tr("was due {when}") if warning.breached else self.tr("due by {when}")
            return self.tr("{target} {state}").format(target=target,
                                                      state=state.format(when=local_datetime(warning.deadline)))
        if index.column() == 1:
            return warning.customer_name
        return self.tr("#{number} {summary}").format(number=warning.complaint_id, summary=warning.summary)


class TodayQueue(QWidget):
    sig_complaint_requested = Signal(int)

    def __init__(self, bus: DeskBus, operations: Operations, staff_id_getter: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayQueue")
        self._bus = bus
        self._operations = operations
        self._current_staff = staff_id_getter
        self.queue: promises.QueueIndex | None = None

        title = QLabel(self.tr("<b>Today</b>"), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("queueSummary")
        self.summary.setWordWrap(True)  # the desk fits a 1366×768 screen at 150 %
        self.model = QueueModel(self)
        # a table, not a tree: a tree lays out (and asks about children of) every one of 10,000 rows on each reset
        self.view = QTableView(self)
        self.view.setObjectName("promiseList")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)
        self.view.setAccessibleName(self.tr("Promises due"))
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # fixed widths from the font, not measured row by row: 10,000 rows open as fast as ten
        bold = QFont(self.view.font())
        bold.setBold(True)
        sample = local_datetime(dt.datetime(2026, 11, 30, 21, 54, tzinfo=dt.UTC))  # the widest date and time
        header.resizeSection(0, QFontMetrics(bold).horizontalAdvance(
            QCoreApplication.translate("QueueModel", "OVERDUE") + " " + sample) + 16)
        header.resizeSection(1, QFontMetrics(bold).horizontalAdvance("M" * 12))
        list_label = QLabel(self.tr("&Promises and follow-ups (Enter opens the complaint):"), self)
        list_label.setBuddy(self.view)
        list_label.setWordWrap(True)

        self.outcome = QLineEdit(self)
        self.outcome.setObjectName("promiseOutcome")
        self.outcome.setPlaceholderText(self.tr("How it went, e.g. “Rang her; the car is fine now”"))
        self.outcome.setMaxLength(promises.OUTCOME_LIMIT)
        self.done_button = QPushButton(self.tr("Mark &done"), self)
        self.done_button.setObjectName("promiseDone")
        self.error = error_label(self, "promiseError")

        self.warning_model = WarningModel(self)
        self.warnings = QTreeView(self)
        self.warnings.setObjectName("slaWarnings")
        self.warnings.setModel(self.warning_model)
        self.warnings.setRootIsDecorated(False)
        self.warnings.setUniformRowHeights(True)
        self.warnings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        warning_header = self.warnings.header()
        warning_header.setStretchLastSection(False)
        warning_header.resizeSection(0, QFontMetrics(bold).horizontalAdvance(
            QCoreApplication.translate("WarningModel", "First contact") + " "
            + QCoreApplication.translate("WarningModel", "was due {when}").format(when=sample)))
        warning_header.resizeSection(1, QFontMetrics(bold).horizontalAdvance("M" * 12))
        warning_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        warnings_label = QLabel(self.tr("Complaints near or past their &targets:"), self)
        warnings_label.setBuddy(self.warnings)
        warnings_label.setWordWrap(True)

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
        self.warnings.activated.connect(self._open_warning)
        self.done_button.clicked.connect(self.mark_done)
        self.outcome.returnPressed.connect(self.mark_done)
        bus.data_changed.connect(self._on_data_changed)

    def refresh(self) -> None:
        """Read the queue again, keeping the selected promise selected."""
        selected = self.selected_promise_id()
        try:
            queue = promises.queue_index()
        except Exception as exc:  # a database gone away: said, not raised into Qt
            self._bus.message_posted.emit(as_desk_error(exc).message)
            return
        self.queue = queue
        self.model.set_entries(queue.entries)
        overdue, today = queue.count("overdue"), queue.count("today")
        self.summary.setText(" · ".join((
            self.tr("%n overdue", "", overdue), self.tr("%n due today", "", today),
            self.tr("%n coming up", "", len(queue.entries) - overdue - today),
            self.tr("%n complaint(s) near a target", "", len({w.complaint_id for w in queue.warnings})))))
        self.warning_model.set_warnings(queue.warnings)
        if selected is not None:
            for row in range(self.model.rowCount()):
                if self.model.entry(row).promise_id == selected:
                    self.view.setCurrentIndex(self.model.index(row, 0))
                    break
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def selected_promise_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.entry(index.row()).promise_id if index.isValid() else None

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

    def _open_warning(self, index: QModelIndex) -> None:
        complaint_id = index.data(WarningModel.COMPLAINT_ROLE)
        if complaint_id is not None:
            self.sig_complaint_requested.emit(int(complaint_id))

    def _on_data_changed(self, kinds: set[str]) -> None:
        if kinds & {"promises", "complaints", "resolution", "customers"} and self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.refresh()
        super().showEvent(event)
