from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from models.services import staff
from models.services.staff import StaffMember
from ui.bus import DeskBus
from ui.dialogs.staff_dialogs import ApprovalDialog
from ui.operations import Operations


def _dialog(qtbot: QtBot) -> tuple[ApprovalDialog, list[str]]:
    bus = DeskBus()
    posted: list[str] = []
    bus.message_posted.connect(posted.append)
    dialog = ApprovalDialog(Operations(bus, bus), "A refund of 120.00 GBP is above the desk limit.")
    dialog._test_bus = bus  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, posted


def test_a_right_pin_approves(qtbot: QtBot, owner: StaffMember) -> None:
    second = staff.create_staff("Helen Carter", "manager", "4321", staff.approve(owner.id, "1234"))
    staff.create_staff("Priya Desk", "desk", "5555", staff.approve(owner.id, "1234"))
    dialog, _ = _dialog(qtbot)
    combo = dialog.findChild(QComboBox, "approvingManager")
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == ["Helen Carter", "Olga Owner"]
    combo.setCurrentIndex(0)
    pin = dialog.findChild(QLineEdit, "managerPin")
    assert pin is not None and pin.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(pin, "4321")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(pin, Qt.Key.Key_Return)
    assert dialog.approval == staff.Approval(second.id, "Helen Carter")


def test_a_wrong_pin_is_said_in_place(qtbot: QtBot, owner: StaffMember) -> None:
    dialog, posted = _dialog(qtbot)
    pin = dialog.findChild(QLineEdit, "managerPin")
    assert pin is not None
    qtbot.keyClicks(pin, "0000")
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    message = dialog.findChild(QLabel, "approvalMessage")
    assert message is not None and message.isVisible()
    assert message.text() == "That PIN is not Olga Owner's. 4 more tries before a lockout."
    assert posted == ["That PIN is not Olga Owner's. 4 more tries before a lockout."]
    assert dialog.isVisible() and dialog.approval is None and pin.text() == "" and "0000" not in message.text()


def test_no_manager_no_approval(qtbot: QtBot, db: object) -> None:
    dialog, _ = _dialog(qtbot)
    message = dialog.findChild(QLabel, "approvalMessage")
    assert message is not None and "No manager" in message.text()
    dialog.submit()
    assert dialog.approval is None
