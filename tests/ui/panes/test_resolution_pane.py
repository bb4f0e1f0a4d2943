from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from models.entities import STEPS, Complaint, Remedy
from models.services import complaints, demo, remedy_offers, resolution
from models.services.staff import StaffMember, command_line_actor
from tests.models.services.resolution_fixtures import make_case
from ui.bus import DeskBus
from ui.operations import Operations
from ui.panes.resolution_pane import ResolutionPane


@pytest.fixture
def make_pane(qtbot: QtBot) -> Callable[[int], ResolutionPane]:
    def make(staff_id: int) -> ResolutionPane:
        bus = DeskBus()
        pane = ResolutionPane(bus, Operations(bus, bus), lambda: staff_id)
        pane._test_bus = bus  # type: ignore[attr-defined]  # kept alive with the pane
        qtbot.addWidget(pane)
        pane.resize(480, 700)
        pane.show()
        qtbot.waitExposed(pane)
        pane.activateWindow()
        qtbot.waitUntil(pane.isActiveWindow)
        return pane
    return make


def _section(pane: ResolutionPane, step: str) -> tuple[QPlainTextEdit, QPushButton]:
    section = pane.findChild(QWidget, f"step_{step}")
    assert section is not None
    note = section.findChild(QPlainTextEdit, "stepNote")
    done = section.findChild(QPushButton, "stepDone")
    assert note is not None and done is not None
    return note, done


def test_a_full_walk_in_resolution_by_keyboard(qtbot: QtBot, owner: StaffMember,
                                               make_pane: Callable[[int], ResolutionPane]) -> None:
    case = make_case(owner, amount_cents=20_000, severity=2, fault="yes")
    pane = make_pane(case.desk.id)
    pane.open_complaint(case.complaint_id)
    assert "Anna Smith" in pane.findChild(QLabel, "resolutionTitle").text()
    note, _ = _section(pane, "listen")
    assert "Let Anna Smith finish" in pane.findChild(QLabel, "stepPrompt").text()
    note.setFocus()
    actions = Counter[str]()

    def press(widget: object, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(widget, key, modifier)
        actions["keys"] += 1

    def done_by_keyboard() -> None:
        focus = QApplication.focusWidget()
        assert focus is not None
        press(focus, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    for step in STEPS:
        note, _ = _section(pane, step)
        assert note.hasFocus(), f"the keyboard is in the {step} note"
        if step == "solution":  # seek the best solution: the rules' suggestion, offered, accepted
            box = pane.remedy
            qtbot.mouseClick(box.suggest_button, Qt.MouseButton.LeftButton)  # Alt+G at the desk
            actions["keys"] += 1
            assert box.value.text() == "10 %" and "severity 2: 10 % of the bill" in box.reasons.text()
            box.offer_button.click()  # Alt+O
            box.accept_button.click()  # Alt+C
            actions["keys"] += 2
            assert [r.status for r in remedy_offers.remedies_for(case.complaint_id)] == ["accepted"]
            note.setFocus()
        if step == "agreement":
            qtbot.keyClicks(note, "Voucher 10 % for the next service")
            actions["typed"] += 1
        if step == "follow_up":
            press(note, Qt.Key.Key_Tab)
            satisfaction = pane.findChild(QComboBox, "stepSatisfaction")
            assert satisfaction is not None and satisfaction.hasFocus()
            press(satisfaction, Qt.Key.Key_5)
            assert satisfaction.currentData() == 5
        done_by_keyboard()

    row = complaints.get_complaint(case.complaint_id)
    assert row.status == "resolved" and row.satisfaction == 5
    view = resolution.open_resolution(case.complaint_id)
    assert [r.step for r in view.history] == list(STEPS)
    assert view.latest["agreement"].note == "Voucher 10 % for the next service"
    assert all(r.staff_name == "Priya Desk" for r in view.history)
    records = pane.findChildren(QLabel, "stepRecord")
    assert all(label.text().startswith("✓ Done") for label in records)
    # the walk-in: 7 steps + suggest, offer, accept + the agreement typed + the satisfaction score (Tab, 5)
    assert sum(actions.values()) == 13


def test_a_stale_step_says_who_changed_it(qtbot: QtBot, owner: StaffMember,
                                          make_pane: Callable[[int], ResolutionPane]) -> None:
    case = make_case(owner)
    pane = make_pane(case.desk.id)
    pane.open_complaint(case.complaint_id)
    resolution.complete_step(case.complaint_id, 1, "listen", "Another desk", owner.id)  # the other desk
    note, done = _section(pane, "listen")
    qtbot.keyClicks(note, "My note")
    done.click()
    notice = pane.findChild(QLabel, "resolutionNotice")
    assert notice is not None and "changed by Olga Owner" in notice.text() and notice.isVisible()
    assert note.toPlainText() == "My note"  # nothing typed is lost
    reload = pane.findChild(QPushButton, "reloadResolution")
    assert reload is not None and reload.isVisible()
    reload.click()
    assert note.toPlainText() == "My note"
    done.click()
    assert [r.note for r in resolution.open_resolution(case.complaint_id).history] == ["Another desk", "My note"]


def test_over_the_desk_limit_asks_a_manager(qtbot: QtBot, owner: StaffMember,
                                            make_pane: Callable[[int], ResolutionPane]) -> None:
    case = make_case(owner, amount_cents=20_000)
    pane = make_pane(case.desk.id)
    pane.open_complaint(case.complaint_id)
    box = pane.remedy
    box.kind.setCurrentIndex(box.kind.findData("refund"))
    box.value.setText("120.00")
    qtbot.keyClick(box.value, Qt.Key.Key_Return)
    dialog = box.approval_dialog
    assert dialog is not None and dialog.isVisible() and dialog.objectName() == "approvalDialog"
    manager = dialog.findChild(QComboBox, "approvingManager")
    pin = dialog.findChild(QLineEdit, "managerPin")
    assert manager is not None and pin is not None
    assert [manager.itemText(i) for i in range(manager.count())] == ["Olga Owner"]  # managers only
    qtbot.keyClicks(pin, "9999")
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    message = dialog.findChild(QLabel, "approvalMessage")
    assert message is not None and message.isVisible() and "That PIN is not Olga Owner's" in message.text()
    assert dialog.isVisible() and Remedy.select().count() == 0
    qtbot.keyClicks(pin, "1234")
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    [record] = remedy_offers.remedies_for(case.complaint_id)
    assert (record.kind, record.value_cents, record.approved_by_name) == ("refund", 12_000, "Olga Owner")
    assert "approved by Olga Owner" in box.list.item(0).text()


def test_a_manager_who_does_not_approve_leaves_nothing_offered(qtbot: QtBot, owner: StaffMember,
                                                               make_pane: Callable[[int], ResolutionPane]) -> None:
    case = make_case(owner, amount_cents=20_000)
    pane = make_pane(case.desk.id)
    pane.open_complaint(case.complaint_id)
    box = pane.remedy
    box.kind.setCurrentIndex(box.kind.findData("discount_now"))
    box.value.setText("50 %")
    box.offer_button.click()
    assert box.approval_dialog is not None
    box.approval_dialog.reject()
    assert "no manager approved" in box.error.text() and Remedy.select().count() == 0


@pytest.mark.parametrize(("kind", "typed", "message"), [
    ("refund", "ten pounds", "Enter an amount like 25.00 or a percent like 10 %."),
    ("refund", "-5", "A remedy cannot be negative."),
    ("refund", "250.00", "A refund cannot be more than the bill (200.00 GBP)."),
    ("voucher", "150 %", "A percent is at most 100."),
])
def test_a_wrong_remedy_value_is_said_in_place(qtbot: QtBot, owner: StaffMember,
                                               make_pane: Callable[[int], ResolutionPane], kind: str, typed: str,
                                               message: str) -> None:
    case = make_case(owner, amount_cents=20_000)
    pane = make_pane(case.desk.id)
    pane.open_complaint(case.complaint_id)
    box = pane.remedy
    box.kind.setCurrentIndex(box.kind.findData(kind))
    box.value.setText(typed)
    box.offer_button.click()
    assert box.error.isVisible() and box.error.text() == message
    assert box.value.text() == typed and Remedy.select().count() == 0
    assert box.approval_dialog is None


def test_a_step_on_a_closed_complaint_is_refused_in_place(qtbot: QtBot, owner: StaffMember,
                                                          make_pane: Callable[[int], ResolutionPane]) -> None:
    case = make_case(owner)
    row = complaints.set_status(case.complaint_id, 1, "resolved", owner.id)
    complaints.set_status(case.complaint_id, row.version, "closed", owner.id)
    pane = make_pane(case.desk.id)
    pane.open_complaint(case.complaint_id)
    note, done = _section(pane, "listen")
    qtbot.keyClicks(note, "Called again")
    done.click()
    error = pane.sections["listen"].error
    assert error.isVisible() and "closed" in error.text() and note.toPlainText() == "Called again"


def test_the_concession_banner_for_a_repeat_complainer(qtbot: QtBot, db: Path,
                                                       make_pane: Callable[[int], ResolutionPane]) -> None:
    demo.generate(300, staff_id=command_line_actor(), seed=7)
    per_customer = Counter(c for (c,) in Complaint.select(Complaint.customer).tuples())
    repeaters = [c for c, n in per_customer.items() if n >= 3 and remedy_offers.concession_history(c).banner]
    calm = next(c for c, n in per_customer.items() if n == 1 and not remedy_offers.concession_history(c).count)
    assert repeaters
    pane = make_pane(command_line_actor())
    banner = pane.findChild(QLabel, "resolutionBanner")
    assert banner is not None
    pane.open_complaint(int(Complaint.get(Complaint.customer == repeaters[0]).id))
    assert banner.isVisible()
    assert "in the last 12 months" in banner.text() and "a firm no is an option" in banner.text()
    assert not banner.styleSheet()  # the theme's own colours: readable in a dark theme too
    pane.open_complaint(int(Complaint.get(Complaint.customer == calm).id))
    assert not banner.isVisible()


def test_quick_action_promised_for_a_date(qtbot: QtBot, owner: StaffMember,
                                          make_pane: Callable[[int], ResolutionPane]) -> None:
    case = make_case(owner)
    pane = make_pane(case.desk.id)
    pane.open_complaint(case.complaint_id)
    for step in STEPS[:5]:
        assert pane.complete(step)
    section = pane.sections["action"]
    assert section.promise is not None
    section.promise.setChecked(True)
    qtbot.keyClicks(section.note, "Recheck on Friday")
    section.done.click()
    kinds = sorted(p.kind for p in resolution.open_resolution(case.complaint_id).promises)
    assert kinds == ["action", "follow_up"]


def test_a_complaint_gone_meanwhile_is_said(qtbot: QtBot, owner: StaffMember,
                                            make_pane: Callable[[int], ResolutionPane]) -> None:
    case = make_case(owner)
    pane = make_pane(case.desk.id)
    posted: list[str] = []
    pane._test_bus.message_posted.connect(posted.append)  # type: ignore[attr-defined]
    pane.open_complaint(case.complaint_id)
    Complaint.delete().execute()
    pane.open_complaint(case.complaint_id)
    assert posted == ["That complaint no longer exists."] and pane.complaint_id is None
    assert not pane.steps_area.isEnabled()
