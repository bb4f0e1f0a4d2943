"""Who is at the desk: the owner on first run, signing in with a PIN, a manager's approval, adding staff."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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

from models.errors import DeskError, ValidationError
from models.services import staff
from models.services.staff import ROLES, Approval, StaffMember
from ui.forms import FieldErrors, error_label
from ui.operations import Operations


def _pin_edit(name: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(8)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return edit


class _StaffDialog(QDialog):
    """Shared frame: a form with in-place errors, a message line, OK/Cancel; the action runs as an operation."""

    def __init__(self, name: str, title: str, operations: Operations, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.operations = operations
        self.result_value: Any = None
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
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # errors shown in place never squeeze it
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
            action = self.prepare()
        except DeskError as exc:  # refused before anything is asked of the database
            self.fail(exc)
            return
        result = self.operations.run(action, changes=self.changes, failed=self.fail, done=self.done_message)
        if result is not None:
            self.result_value = result
            self.accept()

    changes: tuple[str, ...] = ()

    def done_message(self, result: Any) -> str:
        """What the status bar says once it worked (replacing any refusal said before)."""
        return ""

    def prepare(self) -> Callable[[], Any]:
        """The service call to run, once the form itself is complete."""
        raise NotImplementedError


class OwnerSetupDialog(_StaffDialog):
    """First run: who owns this desk. Every change is recorded under a staff member."""

    changes = ("staff",)

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__("ownerSetup", self.tr("Who is the owner?"), operations, parent)
        self.intro.setText(self.tr(
            "Every change at the desk is recorded under the staff member who made it. Start with the owner: "
            "a manager, whose PIN approves larger remedies and adds other staff."))
        self.intro.show()
        self.name = QLineEdit(self)
        self.name.setObjectName("ownerName")
        self.name.setMaxLength(200)
        self.pin = _pin_edit("ownerPin", self)
        self.confirm = _pin_edit("ownerPinConfirm", self)
        self.errors.add_row(self.form, "name", self.tr("Owner's &name:"), self.name)
        self.errors.add_row(self.form, "pin", self.tr("Manager &PIN (4–8 digits):"), self.pin)
        self.errors.add_row(self.form, "confirm", self.tr("&Repeat the PIN:"), self.confirm)
        self.name.setFocus()  # typing goes to the name (Space on a focused OK would submit an empty form)

    @property
    def member(self) -> StaffMember | None:
        return self.result_value if isinstance(self.result_value, StaffMember) else None

    def prepare(self) -> Callable[[], StaffMember]:
        if self.pin.text() != self.confirm.text():
            raise ValidationError({"confirm": self.tr("The two PINs are not the same.")})
        name, pin = self.name.text(), self.pin.text()
        return lambda: staff.create_owner(name, pin)


class SwitchStaffDialog(_StaffDialog):
    """Signing in: pick your name (the last person is already chosen), type your PIN."""

    def __init__(self, operations: Operations, current_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("switchStaff", self.tr("Who is at the desk?"), operations, parent)
        self.who = QComboBox(self)
        self.who.setObjectName("staffChoice")
        for member in staff.list_active_staff():
            role = self.tr("manager") if member.is_manager else self.tr("desk")
            self.who.addItem(self.tr("{name} ({role})").format(name=member.name, role=role), member.id)
            if member.id == current_id:
                self.who.setCurrentIndex(self.who.count() - 1)
        self.pin = _pin_edit("staffPin", self)
        self.errors.add_row(self.form, "staff", self.tr("&Name:"), self.who)
        self.errors.add_row(self.form, "pin", self.tr("&PIN:"), self.pin)
        self.pin.setFocus()

    @property
    def member(self) -> StaffMember | None:
        return self.result_value if isinstance(self.result_value, StaffMember) else None

    def fail(self, exc: DeskError) -> None:
        super().fail(exc)
        self.pin.clear()  # a wrong PIN is typed again from scratch
        self.pin.setFocus()

    def done_message(self, result: Any) -> str:
        return str(self.tr("%s is at the desk.") % result.name)

    def prepare(self) -> Callable[[], StaffMember]:
        if self.who.currentData() is None:
            raise ValidationError({"staff": self.tr("Choose a name.")})
        staff_id, pin = int(self.who.currentData()), self.pin.text()
        return lambda: staff.switch_to(staff_id, pin)


class ApprovalDialog(_StaffDialog):
    """A manager-only action: a manager chooses their name and types their PIN now."""

    def __init__(self, operations: Operations, reason: str, current_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("approvalDialog", self.tr("A manager's approval"), operations, parent)
        self.intro.setText(reason)
        self.intro.show()
        self.who = QComboBox(self)
        self.who.setObjectName("approvingManager")
        for member in staff.list_active_staff():
            if member.is_manager:
                self.who.addItem(member.name, member.id)
                if member.id == current_id:
                    self.who.setCurrentIndex(self.who.count() - 1)
        self.pin = _pin_edit("managerPin", self)
        self.errors.add_row(self.form, "manager", self.tr("&Manager:"), self.who)
        self.errors.add_row(self.form, "pin", self.tr("Manager's &PIN:"), self.pin)
        self.message.setObjectName("approvalMessage")
        if self.who.count() == 0:
            self.message.setText(self.tr("No manager is set up at this desk."))
            self.message.show()
        self.pin.setFocus()

    @property
    def approval(self) -> Approval | None:
        return self.result_value if isinstance(self.result_value, Approval) else None

    def fail(self, exc: DeskError) -> None:
        super().fail(exc)
        self.pin.clear()
        self.pin.setFocus()

    def done_message(self, result: Any) -> str:
        return str(self.tr("Approved by %s.") % result.manager_name)

    def prepare(self) -> Callable[[], Approval]:
        if self.who.currentData() is None:
            raise ValidationError({"manager": self.tr("No manager is set up at this desk.")})
        manager_id, pin = int(self.who.currentData()), self.pin.text()
        return lambda: staff.approve(manager_id, pin)


class AddStaffDialog(_StaffDialog):
    """A manager adds a staff member; the manager's PIN is asked first (ApprovalDialog)."""

    changes = ("staff",)

    def __init__(self, operations: Operations, approval: Approval, parent: QWidget | None = None) -> None:
        super().__init__("addStaff", self.tr("Add a staff member"), operations, parent)
        self._approval = approval
        self.name = QLineEdit(self)
        self.name.setObjectName("newStaffName")
        self.name.setMaxLength(200)
        self.role = QComboBox(self)
        self.role.setObjectName("newStaffRole")
        for role in ROLES:
            self.role.addItem(self.tr("Desk") if role == "desk" else self.tr("Manager"), role)
        self.pin = _pin_edit("newStaffPin", self)
        self.errors.add_row(self.form, "name", self.tr("&Name:"), self.name)
        self.errors.add_row(self.form, "role", self.tr("&Role:"), self.role)
        self.errors.add_row(self.form, "pin", self.tr("&PIN (4–8 digits):"), self.pin)
        self.name.setFocus()

    @property
    def member(self) -> StaffMember | None:
        return self.result_value if isinstance(self.result_value, StaffMember) else None

    def prepare(self) -> Callable[[], StaffMember]:
        name, role, pin, approval = self.name.text(), self.role.currentData(), self.pin.text(), self._approval
        return lambda: staff.create_staff(name, role, pin, approval)
