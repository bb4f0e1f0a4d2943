"""Closing a resolved complaint asks what caused it: one of a short list, and a note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from models.errors import DeskError, ValidationError
from models.services import closing
from models.services.complaints import ComplaintRecord
from ui.bus import DeskBus
from ui.forms import FieldErrors, error_label
from ui.i18n import core_label
from ui.operations import Operations


class RootCauseDialog(QDialog):
    """``rootCauseDialog``: the cause ``rootCause`` (from the list), the note ``rootCauseNote``; OK closes the
    complaint (``closing.close_with_root_cause``), an error is shown in place and nothing typed is lost."""

    def __init__(self, bus: DeskBus, operations: Operations, staff_id_getter: Callable[[], int | None],
                 complaint: ComplaintRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rootCauseDialog")
        self.setWindowTitle(self.tr("Close the complaint"))
        self.bus = bus
        self.operations = operations
        self.staff_id_getter = staff_id_getter
        self.complaint = complaint
        self.closed: ComplaintRecord | None = None
        self.cause = QComboBox(self)
        self.cause.setObjectName("rootCause")
        self.cause.addItem(self.tr("Choose the cause…"), "")
        for key, label in closing.ROOT_CAUSES.items():
            self.cause.addItem(core_label(label), key)
        self.note = QLineEdit(self)
        self.note.setObjectName("rootCauseNote")
        self.note.setMaxLength(closing.NOTE_LIMIT)
        self.note.setPlaceholderText(self.tr("What went wrong, in a few words (optional unless Other)"))
        self.errors = FieldErrors()
        self.message = error_label(self, "rootCauseMessage")
        intro = QLabel(self.tr("What caused “{summary}”? The owner's trends count the causes that keep coming "
                               "back.").format(summary=complaint.summary), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        self.errors.add_row(form, "root_cause", self.tr("&Cause:"), self.cause)
        self.errors.add_row(form, "root_cause_note", self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def submit(self) -> None:
        staff_id = self.staff_id_getter()
        if staff_id is None:
            self._failed(DeskError(self.tr("Sign in first: every change is recorded under a staff member.")))
            return
        complaint, cause, note = self.complaint, str(self.cause.currentData()), self.note.text()
        self.errors.clear()
        self.message.hide()
        result = self.operations.run(
            lambda: closing.close_with_root_cause(complaint.id, complaint.version, cause, staff_id, note=note),
            changes={"complaints"}, failed=self._failed, done=self.tr("The complaint is closed."))
        if result is not None:
            self.closed = result
            self.accept()

    def _failed(self, error: DeskError) -> None:
        if isinstance(error, ValidationError) and set(error.fields) <= self.errors.fields():
            self.errors.show(error.fields)
            return
        self.message.setText(error.message)
        self.message.show()
