"""Who is at the desk: the owner on first run, switching staff with a PIN, adding staff."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.entities import ROLES
from models.errors import DeskError, ValidationError
from models.services import staff
from models.services.staff import StaffMember
from ui.forms import FieldErrors, error_label


def _pin_edit(name: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(8)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return edit


class _StaffDialog(QDialog):
    """Shared frame: a form with in-place errors, a message line, OK/Cancel."""

    def __init__(self, name: str, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.member: StaffMember | None = None
        self.form = QFormLayout()
        self.errors = FieldErrors()
        self.message = error_label(self, f"{name}Message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def fail(self, exc: DeskError) -> None:
        if isinstance(exc, ValidationError):
            self.errors.show(exc.fields)
        self.message.setText(exc.message)
        self.message.show()

    def submit(self) -> None:
        self.errors.clear()
        self.message.hide()
        try:
            self.member = self.perform()
        except DeskError as exc:
            self.fail(exc)
            return
        self.accept()

    def perform(self) -> StaffMember:
        raise NotImplementedError


class OwnerSetupDialog(_StaffDialog):
    """First run: who owns this desk. Every change is recorded under a staff member."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("ownerSetup", self.tr("Who is the owner?"), parent)
        self.intro.setText(self.tr(
            "Every change at the desk is recorded under the staff member who made it. Start with the owner: "
            "a manager, whose PIN approves larger remedies and adds other staff."))
        self.intro.show()
        self.name = QLineEdit(self)
        self.name.setObjectName("ownerName")
        self.pin = _pin_edit("managerPin", self)
        self.confirm = _pin_edit("ownerPinConfirm", self)
        self.errors.add_row(self.form, "name", self.tr("Owner's &name:"), self.name)
        self.errors.add_row(self.form, "pin", self.tr("Manager &PIN (4–8 digits):"), self.pin)
        self.errors.add_row(self.form, "confirm", self.tr("&Repeat the PIN:"), self.confirm)

    def perform(self) -> StaffMember:
        if self.pin.text() != self.confirm.text():
            raise ValidationError({"confirm": self.tr("The two PINs are not the same.")})
        return staff.create_owner(self.name.text(), self.pin.text())


class SwitchStaffDialog(_StaffDialog):
    """Quick switching: pick your name, type your PIN."""

    def __init__(self, current_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__("switchStaff", self.tr("Who is at the desk?"), parent)
        self.who = QComboBox(self)
        self.who.setObjectName("staffChoice")
        for member in staff.list_active_staff():
            role = self.tr("manager") if member.is_manager else self.tr("desk")
            self.who.addItem(f"{member.name} ({role})", member.id)
            if member.id == current_id:
                self.who.setCurrentIndex(self.who.count() - 1)
        self.pin = _pin_edit("staffPin", self)
        self.errors.add_row(self.form, "staff", self.tr("&Name:"), self.who)
        self.errors.add_row(self.form, "pin", self.tr("&PIN:"), self.pin)
        self.pin.setFocus()

    def perform(self) -> StaffMember:
        if self.who.currentData() is None:
            raise ValidationError({"staff": self.tr("Choose a name.")})
        try:
            return staff.switch_to(int(self.who.currentData()), self.pin.text())
        except DeskError:
            self.pin.selectAll()
            raise


class AddStaffDialog(_StaffDialog):
    def __init__(self, manager_id: int, parent: QWidget | None = None) -> None:
        super().__init__("addStaff", self.tr("Add a staff member"), parent)
        self._manager_id = manager_id
        self.name = QLineEdit(self)
        self.name.setObjectName("newStaffName")
        self.role = QComboBox(self)
        self.role.setObjectName("newStaffRole")
        for role in ROLES:
            self.role.addItem(self.tr("Desk") if role == "desk" else self.tr("Manager"), role)
        self.pin = _pin_edit("newStaffPin", self)
        self.errors.add_row(self.form, "name", self.tr("&Name:"), self.name)
        self.errors.add_row(self.form, "role", self.tr("&Role:"), self.role)
        self.errors.add_row(self.form, "pin", self.tr("&PIN (4–8 digits):"), self.pin)

    def perform(self) -> StaffMember:
        return staff.create_staff(self.name.text(), self.role.currentData(), self.pin.text(), self._manager_id)
