"""The complaint detail: the customer's complaint in their own words, its category, severity and status."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.errors import DeskError, NotFound, StaleEdit, ValidationError
from models.services import complaints, customers
from models.services.complaints import (
    CATEGORIES,
    CATEGORY_LABELS,
    CHANNELS,
    SEVERITY_LABELS,
    STATUS_LABELS,
    ComplaintInput,
)
from ui.bus import DeskBus
from ui.format import local_date, local_datetime
from ui.forms import FieldErrors, error_label
from ui.i18n import QT_TRANSLATE_NOOP, core_label
from ui.operations import Operations

CHANNEL_LABELS = {"walk-in": QT_TRANSLATE_NOOP("ComplaintPane", "Walk-in"),
                  "phone": QT_TRANSLATE_NOOP("ComplaintPane", "Phone"),
                  "email": QT_TRANSLATE_NOOP("ComplaintPane", "Email"),
                  "letter": QT_TRANSLATE_NOOP("ComplaintPane", "Letter"),
                  "online-review": QT_TRANSLATE_NOOP("ComplaintPane", "Online review")}
FAULT_LABELS = {None: QT_TRANSLATE_NOOP("ComplaintPane", "Not assessed yet"),
                "yes": QT_TRANSLATE_NOOP("ComplaintPane", "Yes"),
                "partly": QT_TRANSLATE_NOOP("ComplaintPane", "Partly"),
                "no": QT_TRANSLATE_NOOP("ComplaintPane", "No")}


def shrinkable_combo(parent: QWidget) -> QComboBox:
    """A combo box that narrows with its pane instead of forcing the window wider than the screen."""
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    return combo


class ComplaintPane(QWidget):
    sig_complaint_saved = Signal(int)

    def __init__(self, bus: DeskBus, operations: Operations, staff_id_getter: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintDetail")
        self._bus = bus
        self._operations = operations
        self._current_staff = staff_id_getter
        self._customer_id: int | None = None
        self._complaint_id: int | None = None
        self._version = 0
        self._loaded: ComplaintInput | None = None  # the form as it was opened, to tell unsaved edits

        self.title = QLabel(self.tr("No complaint open"), self)
        self.title.setObjectName("complaintTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.meta = QLabel(self)
        self.meta.setObjectName("complaintMeta")
        self.meta.setWordWrap(True)

        body = QWidget(self)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above the fields when narrow
        self.errors = FieldErrors()

        self.channel = self._combo("complaintChannel", [(self.tr(CHANNEL_LABELS[c]), c) for c in CHANNELS], body)
        self.category = self._combo("complaintCategory", [(core_label(CATEGORY_LABELS[c]), c) for c in CATEGORIES],
                                    body)
        self.category.setPlaceholderText(self.tr("Choose…"))
        self.severity = self._combo("complaintSeverity",
                                    [(core_label(SEVERITY_LABELS[s]), s) for s in (1, 2, 3, 4)], body)
        self.visit = shrinkable_combo(body)
        self.visit.setObjectName("complaintVisit")
        self.summary = QLineEdit(body)
        self.summary.setObjectName("complaintSummary")
        self.summary.setPlaceholderText(self.tr("One line: what went wrong"))
        self.summary.setMaxLength(200)
        self.words = QPlainTextEdit(body)
        self.words.setObjectName("complaintWords")
        self.words.setPlaceholderText(self.tr("Let them finish, then write down what they said, in their words."))
        self.words.setTabChangesFocus(True)
        self.outcome = QPlainTextEdit(body)
        self.outcome.setObjectName("complaintOutcome")
        self.outcome.setPlaceholderText(self.tr("What would they consider fair?"))
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumHeight(70)
        self.status = shrinkable_combo(body)
        self.status.setObjectName("complaintStatus")
        self.fault = self._combo("complaintFault",
                                 [(self.tr(FAULT_LABELS[f]), f) for f in (None, "yes", "partly", "no")],
                                 body)

        self.errors.add_row(form, "channel", self.tr("C&hannel:"), self.channel)
        self.errors.add_row(form, "category", self.tr("Ca&tegory:"), self.category)
        self.errors.add_row(form, "severity", self.tr("Se&verity:"), self.severity)
        self.errors.add_row(form, "visit", self.tr("&About the visit:"), self.visit)
        self.errors.add_row(form, "summary", self.tr("S&ummary:"), self.summary)
        self.errors.add_row(form, "customer_words", self.tr("In their &words:"), self.words)
        self.errors.add_row(form, "desired_outcome", self.tr("They &would like:"), self.outcome)
        self.errors.add_row(form, "status", self.tr("Stat&us:"), self.status)
        self.errors.add_row(form, "business_at_fault", self.tr("Our &fault?"), self.fault)

        self.form_area = scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.notice = error_label(self, "complaintNotice")
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        self.reload_button.setObjectName("reloadComplaint")
        self.reload_button.hide()
        self.save_button = QPushButton(self.tr("&Save complaint"), self)
        self.save_button.setObjectName("saveComplaint")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(scroll, 1)
        layout.addStretch(0)  # takes the room only while the form is hidden
        layout.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.reload_button.clicked.connect(self.reload)
        bus.data_changed.connect(self._on_data_changed)

    def _combo(self, name: str, items: list[tuple[str, object]], parent: QWidget) -> QComboBox:
        combo = shrinkable_combo(parent)
        combo.setObjectName(name)
        for label, value in items:
            combo.addItem(label, value)  # already translated by the caller
        return combo

    # --- what is open
    @property
    def complaint_id(self) -> int | None:
        return self._complaint_id

    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    def is_open(self) -> bool:
        return self._customer_id is not None

    def has_unsaved_changes(self) -> bool:
        """Has the receptionist typed anything that is not saved yet?"""
        return self._customer_id is not None and self.current_input() != self._loaded

    def clear(self) -> None:
        self._customer_id = None
        self._complaint_id = None
        self._loaded = None
        self.title.setText(self.tr("No complaint open"))
        self.meta.setText(self.tr("Pick a complaint in the customer's history, or start a new one."))
        self._set_enabled(False)

    def new_complaint(self, customer_id: int) -> None:
        """Start an empty complaint for the customer; nothing is saved until Save."""
        try:
            customer = customers.get_customer(customer_id)
        except NotFound as exc:
            self._bus.message_posted.emit(exc.message)
            return
        self._customer_id = customer_id
        self._complaint_id = None
        self._version = 0
        self.title.setText(self.tr("New complaint — {name}").format(name=customer.name))
        self.meta.setText(self.tr("Listen first: let them finish, then record their words."))
        self._fill_visits(customer_id, None)
        self.channel.setCurrentIndex(0)
        self.category.setCurrentIndex(-1)
        self.severity.setCurrentIndex(1)
        self.summary.clear()
        self.words.clear()
        self.outcome.clear()
        self._fill_statuses("new")
        self.fault.setCurrentIndex(0)
        self._set_enabled(True)
        self._loaded = self.current_input()
        self.summary.setFocus()

    def open_complaint(self, complaint_id: int) -> None:
        try:
            row = complaints.get_complaint(complaint_id)
        except NotFound as exc:
            self._bus.message_posted.emit(exc.message)
            self.clear()
            return
        customer = customers.get_customer(row.customer_id)
        self._customer_id = row.customer_id
        self._complaint_id = row.id
        self._version = row.version
        self.title.setText(self.tr("Complaint #{number} — {name}").format(number=row.id, name=customer.name))
        owner = row.owner_name
        meta = self.tr("Received {when}").format(when=local_datetime(row.received_at))
        if owner:
            meta += " · " + self.tr("owner: {name}").format(name=owner)
        if row.resolved_at is not None:
            meta += " · " + self.tr("resolved {when}").format(when=local_datetime(row.resolved_at))
        self.meta.setText(meta)
        self._fill_visits(row.customer_id, row.visit_id)
        self._select_data(self.channel, row.channel)
        self._select_data(self.category, row.category)
        self._select_data(self.severity, row.severity)
        self.summary.setText(row.summary)
        self.words.setPlainText(row.customer_words)
        self.outcome.setPlainText(row.desired_outcome)
        self._fill_statuses(row.status)
        self._select_data(self.fault, row.business_at_fault)
        self._set_enabled(True)
        self._loaded = self.current_input()

    def reload(self) -> None:
        if self._complaint_id is not None:
            self.open_complaint(self._complaint_id)

    # --- saving
    def current_input(self) -> ComplaintInput:
        assert self._customer_id is not None
        category = self.category.currentData()
        return ComplaintInput(
            customer_id=self._customer_id,
            category=category if isinstance(category, str) else "",
            summary=self.summary.text(),
            customer_words=self.words.toPlainText(),
            desired_outcome=self.outcome.toPlainText(),
            channel=self.channel.currentData(),
            severity=int(self.severity.currentData()),
            status=self.status.currentData() or "new",
            business_at_fault=self.fault.currentData(),
            visit_id=self.visit.currentData(),
        )

    def save(self) -> bool:
        """Save what is on screen; on any error the message shows in place and nothing typed is lost."""
        if self._customer_id is None:
            return False
        self.errors.clear()
        self._show_notice("")
        data = self.current_input()
        staff_id = self._current_staff()
        if staff_id is None:
            self._show_notice(self.tr("Say who is at the desk first (Ctrl+L); nothing was saved."))
            return False
        complaint_id, version = self._complaint_id, self._version
        closing = (complaint_id is not None and data.status == "closed" and self._loaded is not None
                   and self._loaded.status != "closed")
        if closing:
            # closing asks what caused it (the owner's trends count the causes): the other edits are saved first
            data = dataclasses.replace(data, status=self._loaded.status if self._loaded else data.status)
        if complaint_id is None:
            row = self._operations.run(lambda: complaints.create_complaint(data, staff_id), changes={"complaints"},
                                       failed=self._refused,
                                       done=lambda r: self.tr("Complaint #{number} saved.").format(number=r.id))
        else:
            row = self._operations.run(lambda: complaints.update_complaint(complaint_id, version, data, staff_id),
                                       changes={"complaints"}, failed=self._refused,
                                       done=lambda r: self.tr("Complaint #{number} saved.").format(number=r.id))
        if row is None:
            return False
        self.sig_complaint_saved.emit(row.id)
        self.open_complaint(row.id)
        if closing:
            self._ask_root_cause(row)
        return True

    def _ask_root_cause(self, record: complaints.ComplaintRecord) -> None:
        from ui.dialogs.root_cause_dialog import RootCauseDialog

        dialog = RootCauseDialog(self._bus, self._operations, self._current_staff, record, self.window())
        dialog.accepted.connect(lambda: self.open_complaint(record.id))
        dialog.open()

    def _refused(self, error: DeskError) -> None:
        """Say why in place; everything typed stays in the form."""
        if isinstance(error, ValidationError):
            self.errors.show(error.fields)
            if not set(error.fields) & self.errors.fields():
                self._show_notice(error.message)
        else:
            self._show_notice(error.message, reload=isinstance(error, StaleEdit))

    # --- helpers
    def _show_notice(self, text: str, *, reload: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.reload_button.setVisible(reload)

    def _fill_visits(self, customer_id: int, selected: int | None) -> None:
        self.visit.clear()
        self.visit.addItem(self.tr("Not about a particular visit"), None)
        for visit_id, day, service in customers.visits_for(customer_id):
            self.visit.addItem(f"{local_date(day)} — {service}", visit_id)
        self._select_data(self.visit, selected)

    def _fill_statuses(self, current: str) -> None:
        self.status.clear()
        for status in complaints.allowed_statuses(current):
            self.status.addItem(core_label(STATUS_LABELS[status]), status)
        self.status.setCurrentIndex(0)

    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> None:
        # the first item of the visit and fault lists stands for "none"
        combo.setCurrentIndex(0 if value is None else combo.findData(value))

    def _set_enabled(self, enabled: bool) -> None:
        # with nothing open the pane shows only its hint, not an empty form that looks fillable
        self.form_area.setVisible(enabled)
        self.save_button.setVisible(enabled)
        for widget in (self.channel, self.category, self.severity, self.visit, self.summary, self.words,
                       self.outcome, self.status, self.fault, self.save_button):
            widget.setEnabled(enabled)
        if not enabled:
            self._show_notice("")
            self.errors.clear()

    def _on_data_changed(self, kinds: set[str]) -> None:
        if "complaints" in kinds and self._complaint_id is not None and not self.has_unsaved_changes():
            # a step, a remedy or another desk moved the complaint on: show its status and take its new version
            self.open_complaint(self._complaint_id)
            return
        if "customers" in kinds and self._customer_id is not None and self._complaint_id is None:
            try:
                customer = customers.get_customer(self._customer_id)
            except NotFound:
                return
            self.title.setText(self.tr("New complaint — {name}").format(name=customer.name))

