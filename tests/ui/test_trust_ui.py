"""The desk under faults, as a receptionist meets them: a save while another program holds the database, a
full disk, wrong PINs, a restart with a manager remembered, demo data into a shop's database, the list and the
panes agreeing while searches run in the background."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from models.db import database, open_database
from models.entities import AuditEntry, Complaint, Customer, Staff
from models.services import complaints, customers, staff
from models.services.customers import CustomerInput
from models.services.staff import StaffMember
from tests.ui.conftest import find_dialog, open_window, sign_in
from ui.main_window import MainWindow
from ui.settings import WindowSettings

ROOT = Path(__file__).resolve().parents[2]
BUSY = "Another desk is saving — try again in a moment; nothing was lost."


def child(parent: QWidget, cls: type, name: str):  # type: ignore[no-untyped-def]
    widget = parent.findChild(cls, name)
    assert widget is not None, name
    return widget


@pytest.fixture
def hold_lock(db: Path) -> Iterator[Callable[[], subprocess.Popen[str]]]:
    """Another program takes the write lock when called, until the test lets go (or ends)."""
    holders: list[subprocess.Popen[str]] = []

    def start() -> subprocess.Popen[str]:
        holder = subprocess.Popen([sys.executable, "-m", "tests.desk_writer", "hold", str(db)], cwd=ROOT,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        holders.append(holder)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        return holder

    yield start
    for holder in holders:
        if holder.returncode is None:
            holder.communicate("", timeout=10)


def _customer(owner: StaffMember, name: str = "Anna Smith") -> int:
    return customers.create_customer(CustomerInput(name=name, phone="07700 900123"), owner.id).id


def test_complaint_save_under_a_held_lock_says_so_and_keeps_the_text(
        qtbot: QtBot, db: Path, owner: StaffMember, settings: WindowSettings,
        hold_lock: Callable[[], subprocess.Popen[str]]) -> None:
    anna = _customer(owner)
    open_database(db, busy_timeout_ms=300)  # the desk waits a short busy timeout here; the real one is 5 s
    window = open_window(qtbot, db, settings)
    held_lock = hold_lock()
    window.new_complaint(anna)
    category = child(window, QComboBox, "complaintCategory")
    category.setCurrentIndex(category.findData("late"))
    child(window, QLineEdit, "complaintSummary").setText("Car not ready")
    child(window, QPlainTextEdit, "complaintWords").setPlainText("I had to take a taxi.")
    child(window, QPushButton, "saveComplaint").click()
    assert child(window, QLabel, "complaintNotice").text() == BUSY
    assert window.statusBar().currentMessage() == BUSY
    assert child(window, QPlainTextEdit, "complaintWords").toPlainText() == "I had to take a taxi."
    held_lock.communicate("", timeout=10)
    child(window, QPushButton, "saveComplaint").click()  # the other desk is done: the same text saves
    assert Complaint.select().count() == 1
    assert window.statusBar().currentMessage().startswith("Complaint #")
    window.close()


def test_customer_dialog_under_a_held_lock_stays_open_with_the_text(
        qtbot: QtBot, db: Path, owner: StaffMember, settings: WindowSettings,
        hold_lock: Callable[[], subprocess.Popen[str]]) -> None:
    open_database(db, busy_timeout_ms=300)
    window = open_window(qtbot, db, settings)
    hold_lock()
    window.new_customer_action.trigger()
    dialog = find_dialog("customerDialog")
    assert dialog is not None
    child(dialog, QLineEdit, "custName").setText("Łucja Żółć")
    dialog.save()  # type: ignore[attr-defined]
    assert dialog.isVisible()
    assert child(dialog, QLabel, "customerDialogMessage").text() == BUSY
    assert window.statusBar().currentMessage() == BUSY
    assert child(dialog, QLineEdit, "custName").text() == "Łucja Żółć"
    assert Customer.select().count() == 0
    window.close()


def test_a_full_disk_is_said_as_a_full_disk(qtbot: QtBot, db: Path, owner: StaffMember,
                                            settings: WindowSettings) -> None:
    anna = _customer(owner)
    window = open_window(qtbot, db, settings)
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages}")  # the file may not grow: SQLite's 'disk is full'
    window.new_complaint(anna)
    category = child(window, QComboBox, "complaintCategory")
    category.setCurrentIndex(category.findData("late"))
    child(window, QLineEdit, "complaintSummary").setText("Car not ready")
    words = "They said five o'clock. " * 800
    child(window, QPlainTextEdit, "complaintWords").setPlainText(words)
    child(window, QPushButton, "saveComplaint").click()
    notice = child(window, QLabel, "complaintNotice").text()
    assert notice.startswith("The disk is full, so nothing was saved")
    assert "rollback" not in notice.lower()
    assert child(window, QPlainTextEdit, "complaintWords").toPlainText() == words
    assert Complaint.select().count() == 0
    database.execute_sql("PRAGMA max_page_count = 1073741823")
    child(window, QPushButton, "saveComplaint").click()
    assert Complaint.select().count() == 1
    window.close()


def test_a_remembered_manager_still_types_the_pin(qtbot: QtBot, db: Path, owner: StaffMember,
                                                  settings: WindowSettings) -> None:
    staff.create_staff("Dee Desk", "desk", "1111", staff.approve(owner.id, "1234"))
    window = open_window(qtbot, db, settings)  # Olga signs in; the desk remembers her
    assert window.current_staff == owner
    window.close()
    again = open_window(qtbot, db, settings, pin=None)
    assert again.current_staff is None
    dialog = find_dialog("switchStaff")
    assert dialog is not None
    assert child(dialog, QComboBox, "staffChoice").currentText().startswith("Olga Owner")
    sign_in(qtbot, dialog, "1234")
    assert again.current_staff == owner
    again.close()


def test_no_one_signed_in_cannot_save(qtbot: QtBot, db: Path, owner: StaffMember,
                                      settings: WindowSettings) -> None:
    window = open_window(qtbot, db, settings, pin=None)
    find_dialog("switchStaff").reject()
    window.new_customer_action.trigger()
    assert find_dialog("customerDialog") is None
    assert find_dialog("switchStaff") is not None
    assert window.statusBar().currentMessage() == "Say who is at the desk first."
    window.close()


def test_five_wrong_pins_lock_the_sign_in(qtbot: QtBot, db: Path, owner: StaffMember,
                                          settings: WindowSettings) -> None:
    window = open_window(qtbot, db, settings, pin=None)
    dialog = find_dialog("switchStaff")
    assert dialog is not None
    message = child(dialog, QLabel, "switchStaffMessage")
    for _ in range(4):
        sign_in(qtbot, dialog, "9999")
        assert "not Olga Owner's" in message.text()
        assert child(dialog, QLineEdit, "staffPin").text() == ""  # typed again from scratch
    sign_in(qtbot, dialog, "9999")
    assert "locked out after 5 wrong PINs" in message.text()
    sign_in(qtbot, dialog, "1234")
    assert "locked out" in message.text() and window.current_staff is None
    actions = [a for (a,) in AuditEntry.select(AuditEntry.action).where(AuditEntry.entity == "staff").tuples()]
    assert actions.count("pin_failed") == 4 and "lockout" in actions and "pin_refused_locked" in actions
    window.close()


def test_demo_into_a_shop_database_needs_a_manager_and_adds_no_staff(
        qtbot: QtBot, db: Path, owner: StaffMember, settings: WindowSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import main_window

    _customer(owner, "A Real Customer")
    window = open_window(qtbot, db, settings)
    monkeypatch.setattr(main_window, "confirm_demo", lambda _parent: True)
    window.demo_action.trigger()
    approval = find_dialog("approvalDialog")
    assert approval is not None
    child(approval, QLineEdit, "managerPin").setText("0000")
    approval.submit()  # type: ignore[attr-defined]
    assert approval.isVisible() and Customer.select().count() == 1
    child(approval, QLineEdit, "managerPin").setText("1234")
    with qtbot.waitSignal(window.customer_pane.sig_search_finished, timeout=30000):
        approval.submit()  # type: ignore[attr-defined]
        window.operations.wait()
    assert Customer.select().count() == 1 + main_window.DEMO_CUSTOMERS
    assert [name for (name,) in Staff.select(Staff.name).tuples()] == ["Olga Owner"]
    window.close()


def test_a_new_customer_stays_on_screen_when_the_search_answers(qtbot: QtBot, db: Path, owner: StaffMember,
                                                                  settings: WindowSettings) -> None:
    anna = _customer(owner, "Anna Smith")
    window = open_window(qtbot, db, settings)
    window.customer_pane.list.selectRow(0)  # the desk is on Anna
    assert window.history_pane.customer_id == anna
    window.new_customer_action.trigger()
    dialog = find_dialog("customerDialog")
    assert dialog is not None
    child(dialog, QLineEdit, "custName").setText("Zoë Zimmer")
    with qtbot.waitSignal(window.customer_pane.sig_search_finished, timeout=5000):
        dialog.save()  # type: ignore[attr-defined]
    qtbot.wait(20)
    zoe = customers.search_customers("zoe")[0].id
    assert window.history_pane.customer_id == zoe
    assert window.history_pane.name_label.text() == "Zoë Zimmer"
    assert window.customer_pane.current_customer_id() == zoe
    window.close()


def test_enter_before_the_search_answers_opens_the_typed_customer(qtbot: QtBot, db: Path, owner: StaffMember,
                                                                  settings: WindowSettings) -> None:
    _customer(owner, "Anna Smith")
    bob = _customer(owner, "Bob Brown")
    window = open_window(qtbot, db, settings)
    search = window.customer_pane.search
    search.setFocus()
    with qtbot.waitSignal(window.customer_pane.sig_search_finished, timeout=5000,
                          check_params_cb=lambda query: query == "bob"):
        qtbot.keyClicks(search, "bob")
        qtbot.keyClick(search, Qt.Key.Key_Return)  # before the background search has answered
    qtbot.wait(20)
    assert window.history_pane.customer_id == bob
    assert window.history_pane.name_label.text() == "Bob Brown"
    window.close()


def test_a_complaint_reported_stale_names_who_and_the_customer_dialog_too(
        qtbot: QtBot, db: Path, owner: StaffMember, settings: WindowSettings) -> None:
    desk = staff.create_staff("Dee Desk", "desk", "1111", staff.approve(owner.id, "1234"))
    anna = _customer(owner)
    window = open_window(qtbot, db, settings)
    window.edit_customer(anna)
    dialog = find_dialog("customerDialog")
    assert dialog is not None
    record = customers.get_customer(anna)
    customers.update_customer(anna, record.version, CustomerInput(name="Anna Jones"), desk.id)
    child(dialog, QLineEdit, "custName").setText("Anna Brown")
    dialog.save()  # type: ignore[attr-defined]
    assert "changed by Dee Desk" in child(dialog, QLabel, "customerDialogMessage").text()
    assert child(dialog, QLineEdit, "custName").text() == "Anna Brown"
    assert customers.get_customer(anna).name == "Anna Jones"
    assert complaints.CATEGORIES  # the UI reads the categories from the service, not the tables
    window.close()


def test_long_fields_are_refused_in_place(qtbot: QtBot, window: MainWindow, owner: StaffMember) -> None:
    window.new_customer_action.trigger()
    dialog = find_dialog("customerDialog")
    assert dialog is not None
    assert child(dialog, QLineEdit, "custName").maxLength() == 200
    assert child(dialog, QLineEdit, "custPostcode").maxLength() == 20
    child(dialog, QLineEdit, "custName").setText("Anna")
    notes = "x" * 20_001
    child(dialog, QPlainTextEdit, "custNotes").setPlainText(notes)
    dialog.save()  # type: ignore[attr-defined]
    assert "20,000 at most" in child(dialog, QLabel, "custNotesError").text()
    assert child(dialog, QPlainTextEdit, "custNotes").toPlainText() == notes
    assert Customer.select().count() == 0


def test_the_desk_menu_opens_the_voucher_check(qtbot: QtBot, window: MainWindow) -> None:
    window.redeem_action.trigger()
    dialog = find_dialog("redeemVoucher")
    assert dialog is not None
    code = child(dialog, QLineEdit, "voucherCode")
    code.setText("MG-AAAA-AAAA")
    child(dialog, QPushButton, "checkVoucher").click()
    assert child(dialog, QLabel, "voucherRefusal").text() != ""


def test_a_damaged_search_index_is_rebuilt_once_the_desk_is_up(qtbot: QtBot, db: Path, owner: StaffMember,
                                                                settings: WindowSettings) -> None:
    import sqlite3

    from models.db import close_database

    _customer(owner, "Anna Smith")
    close_database()
    con = sqlite3.connect(db)
    con.execute("UPDATE customer_fts_data SET block = x'00ff00ff'")
    con.commit()
    con.close()
    open_database(db, check_index=False)  # as the desk opens it: the window first, the check after
    window = MainWindow(str(db), settings)
    qtbot.addWidget(window)
    said: list[str] = []
    window.bus.message_posted.connect(said.append)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: any("search index was damaged and has been rebuilt" in text for text in said),
                    timeout=10000)
    dialog = find_dialog("switchStaff")
    assert dialog is not None
    sign_in(qtbot, dialog, "1234")
    with qtbot.waitSignal(window.customer_pane.sig_search_finished, timeout=5000,
                          check_params_cb=lambda query: query == "anna"):
        window.customer_pane.search.setText("anna")
    assert window.customer_pane.model.rowCount() == 1
    window.close()
