"""A manager approves an action at the desk: they choose themselves and type their PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from models.errors import DeskError
from models.services import staff
from models.services.staff import Approval
from ui.forms import error_label
from ui.operations import Operations


class ApprovalDialog(QDialog):
    """``approval`` holds who approved once the dialog is accepted; a wrong PIN is said in place."""

    def __init__(self, operations: Operations, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.setWindowTitle(self.tr("A manager's approval"))
        self._operations = operations
        self.approval: Approval | None = None
        intro = QLabel(reason, self)
        intro.setObjectName("approvalReason")
        intro.setWordWrap(True)
        self.manager = QComboBox(self)
        self.manager.setObjectName("approvingManager")
        for member in staff.list_active_staff():
            if member.is_manager:
                self.manager.addItem(member.name, member.id)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("managerPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.message = error_label(self, "approvalMessage")
        form = QFormLayout()
        manager_label = QLabel(self.tr("&Manager:"), self)
        manager_label.setBuddy(self.manager)
        pin_label = QLabel(self.tr("&PIN:"), self)
        pin_label.setBuddy(self.pin)
        form.addRow(manager_label, self.manager)
        form.addRow(pin_label, self.pin)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if self.manager.count() == 0:
            self._show(self.tr("No manager is set up at this desk; add one first."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.pin.setFocus()

    def submit(self) -> None:
        self.message.hide()
        manager_id = self.manager.currentData()
        if manager_id is None:
            return
        pin = self.pin.text()
        approval = self._operations.run(lambda: staff.approve(int(manager_id), pin), failed=self._failed)
        if approval is None:
            return
        self.approval = approval
        self.accept()

    def _failed(self, error: DeskError) -> None:
        self._show(error.message)
        self.pin.clear()
        self.pin.setFocus()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
