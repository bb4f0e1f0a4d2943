"""The desk as a receptionist uses it: first run, finding customers, logging complaints, the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from models.db import close_database, open_database
from models.entities import Complaint, Customer
from models.services import customers, staff
from models.services.customers import CustomerInput
from models.services.staff import StaffMember
from models.textfold import fold, latin
from tests.ui.conftest import find_dialog, open_window
from ui.main_window import MainWindow
from ui.settings import WindowSettings


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    pane = window.customer_pane
    with qtbot.waitSignal(pane.sig_search_finished, timeout=5000,
                          check_params_cb=lambda query: query == text):
        pane.search.setText(text)


def listed_names(window: MainWindow) -> list[str]:
    model = window.customer_pane.model
    return [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]


def child(window: QWidget, cls: type, name: str):  # type: ignore[no-untyped-def]
    widget = window.findChild(cls, name)
    assert widget is not None, name
    return widget


def test_object_names_from_the_design(window: MainWindow) -> None:
    for cls, name in [(QLineEdit, "customerSearch"), (QWidget, "customerList"), (QPushButton, "newCustomer"),
                      (QWidget, "customerHistory"), (QWidget, "complaintDetail"), (QComboBox, "complaintCategory"),
                      (QComboBox, "complaintSeverity"), (QLineEdit, "complaintSummary"),
                      (QWidget, "complaintWords"), (QComboBox, "complaintStatus"), (QPushButton, "saveComplaint"),
                      (QPushButton, "newComplaint"), (QWidget, "statusBar")]:
        child(window, cls, name)
    assert window.objectName() == "MainWindow"


def test_first_run_asks_for_the_owner_then_welcomes(qtbot: QtBot, db: Path, settings: WindowSettings) -> None:
    window = open_window(qtbot, db, settings)
    dialog = find_dialog("ownerSetup")
    assert dialog is not None
    assert dialog.focusWidget() is child(dialog, QLineEdit, "ownerName")  # typing goes to the name, not OK
    child(dialog, QLineEdit, "ownerName").setText("Olga Owner")
    child(dialog, QLineEdit, "ownerPin").setText("2468")
    child(dialog, QLineEdit, "ownerPinConfirm").setText("2469")
    dialog.submit()  # type: ignore[attr-defined]
    assert dialog.isVisible()
    assert "not the same" in child(dialog, QLabel, "ownerPinConfirmError").text()
    qtbot.waitUntil(lambda: dialog.height() >= dialog.minimumSizeHint().height())  # the error is not squeezed
    assert child(dialog, QLineEdit, "ownerName").text() == "Olga Owner"
    assert not staff.has_staff()
    child(dialog, QLineEdit, "ownerPinConfirm").setText("2468")
    dialog.submit()  # type: ignore[attr-defined]
    assert not dialog.isVisible()
    assert window.current_staff is not None and window.current_staff.name == "Olga Owner"
    assert "Olga Owner" in window.staff_label.text()
    welcome = child(window, QWidget, "welcomePage")
    assert welcome.isVisible()
    assert child(welcome, QPushButton, "loadDemo").isVisible()
    assert child(welcome, QPushButton, "addFirstCustomer").isVisible()
    window.close()


def test_load_demo_data_in_the_background(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.customer_pane.sig_search_finished, timeout=30000):
        child(window, QPushButton, "loadDemo").click()
    assert window.customer_pane.model.rowCount() == customers.PAGE_SIZE  # the rest comes on scrolling
    assert not child(window, QWidget, "welcomePage").isVisible()
    assert "demo customers" in window.statusBar().currentMessage()
    search(qtbot, window, "smi")
    model = window.customer_pane.model
    tips = [str(model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)) for row in range(model.rowCount())]
    assert any("Smith" in tip for tip in tips)
    assert all("smi" in latin(fold(tip)) for tip in tips)  # "Смирнова" is found as "smirnova"


def test_add_customer_with_validation_in_place(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = find_dialog("customerDialog")
    assert dialog is not None
    name, email = child(dialog, QLineEdit, "custName"), child(dialog, QLineEdit, "custEmail")
    name.setText("   ")
    email.setText("lucja@")
    child(dialog, QLineEdit, "custPostcode").setText("SW1A 1AA")
    dialog.save()  # type: ignore[attr-defined]
    assert dialog.isVisible()
    assert child(dialog, QLabel, "custNameError").text() == "Enter the customer's name."
    assert window.statusBar().currentMessage().startswith("Enter the customer's name.")
    assert "incomplete" in child(dialog, QLabel, "custEmailError").text()
    assert email.text() == "lucja@" and child(dialog, QLineEdit, "custPostcode").text() == "SW1A 1AA"
    assert Customer.select().count() == 0
    name.setText("Łucja Żółć")
    email.setText("lucja@example.com")
    with qtbot.waitSignal(window.customer_pane.sig_search_finished, timeout=5000):
        dialog.save()  # type: ignore[attr-defined]
    assert not dialog.isVisible()
    assert window.history_pane.name_label.text() == "Łucja Żółć"
    assert "added" in window.statusBar().currentMessage()
    search(qtbot, window, "lucja")
    assert listed_names(window) == ["Łucja Żółć"]
    search(qtbot, window, "sw1a")
    assert listed_names(window) == ["Łucja Żółć"]
    search(qtbot, window, "nobody")
    assert listed_names(window) == []
    assert "No customer matches" in child(window, QLabel, "customerCount").text()


def _new_customer(owner: StaffMember, name: str = "Anna Smith") -> int:
    return customers.create_customer(CustomerInput(name=name, phone="07700 900123"), owner.id).id


def test_log_a_complaint_and_find_it_after_a_restart(qtbot: QtBot, db: Path, owner: StaffMember,
                                                      settings: WindowSettings) -> None:
    customer_id = _new_customer(owner)
    window = open_window(qtbot, db, settings)
    search(qtbot, window, "ann")
    window.customer_pane.list.setFocus()
    window.customer_pane.list.selectRow(0)
    assert window.history_pane.customer_id == customer_id
    child(window, QPushButton, "newComplaint").click()
    pane = window.complaint_pane
    words = "You promised it for five.\nI had to take a taxi home — £23!"
    child(window, QLineEdit, "complaintSummary").setText("Car not ready when promised")
    child(window, QWidget, "complaintWords").setPlainText(words)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # no category: refused in place, nothing saved, nothing typed lost
    assert child(window, QLabel, "complaintCategoryError").text() == "Choose what the complaint is about."
    assert window.statusBar().currentMessage() == "Choose what the complaint is about."
    assert Complaint.select().count() == 0
    assert child(window, QWidget, "complaintWords").toPlainText() == words
    category = child(window, QComboBox, "complaintCategory")
    category.setCurrentIndex(category.findData("late"))
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Complaint.select().count() == 1
    assert pane.complaint_id is not None
    assert "saved" in window.statusBar().currentMessage()
    assert child(window, QLabel, "complaintCategoryError").isHidden()
    assert window.history_pane.complaint_rows() == [pane.complaint_id]
    window.close()
    close_database()

    open_database(db)
    again = open_window(qtbot, db, settings)
    assert again.current_staff == owner  # offered first at this desk, signed in with her PIN
    search(qtbot, again, "anna")
    again.customer_pane.list.selectRow(0)
    complaint_ids = again.history_pane.complaint_rows()
    assert len(complaint_ids) == 1
    first_item = again.history_pane.timeline.topLevelItem(0)
    assert first_item is not None
    again.history_pane.timeline.setCurrentItem(first_item)
    assert again.complaint_pane.words.toPlainText() == words
    again.close()


def test_stale_copy_is_refused_and_nothing_overwritten(qtbot: QtBot, db: Path, owner: StaffMember,
                                                       settings: WindowSettings) -> None:
    from models.services import complaints

    customer_id = _new_customer(owner)
    row = complaints.create_complaint(
        complaints.ComplaintInput(customer_id=customer_id, category="late", summary="Late"), owner.id)
    desk = staff.create_staff("Dee Desk", "desk", "1111", staff.approve(owner.id, "1234"))
    first = open_window(qtbot, db, settings)
    second = open_window(qtbot, db, settings)
    second.bus.staff_changed.emit(desk)
    first.complaint_pane.open_complaint(row.id)
    second.complaint_pane.open_complaint(row.id)
    second.complaint_pane.summary.setText("Dee's summary")
    assert second.complaint_pane.save()
    first.complaint_pane.summary.setText("Olga's summary")
    assert not first.complaint_pane.save()
    notice = child(first, QLabel, "complaintNotice").text()
    assert "changed by Dee Desk at" in notice and "reload" in notice
    assert child(first, QPushButton, "reloadComplaint").isVisible()
    assert first.complaint_pane.summary.text() == "Olga's summary"  # what was typed stays
    assert complaints.get_complaint(row.id).summary == "Dee's summary"
    child(first, QPushButton, "reloadComplaint").click()
    assert first.complaint_pane.summary.text() == "Dee's summary"
    first.close()
    second.close()


def test_keyboard_find_arrows_enter_escape(qtbot: QtBot, db: Path, owner: StaffMember,
                                           settings: WindowSettings) -> None:
    for name in ("Anna Smith", "Annabel Jones", "Bob Brown"):
        _new_customer(owner, name)
    window = open_window(qtbot, db, settings)
    window.activateWindow()
    qtbot.waitActive(window)
    window.history_pane.timeline.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.customer_pane.search.hasFocus()
    with qtbot.waitSignal(window.customer_pane.sig_search_finished, timeout=5000):
        qtbot.keyClicks(window.customer_pane.search, "ann")
    assert listed_names(window) == ["Anna Smith", "Annabel Jones"]
    qtbot.keyClick(window.customer_pane.search, Qt.Key.Key_Down)
    assert window.customer_pane.list.hasFocus()
    qtbot.keyClick(window.customer_pane.list, Qt.Key.Key_Down)
    qtbot.keyClick(window.customer_pane.list, Qt.Key.Key_Return)
    assert window.history_pane.name_label.text() == "Annabel Jones"
    assert window.history_pane.timeline.hasFocus()
    qtbot.keyClick(window.history_pane.timeline, Qt.Key.Key_Escape)
    assert window.customer_pane.search.hasFocus()
    window.close()


def test_window_remembers_geometry_and_splitter(qtbot: QtBot, db: Path, owner: StaffMember,
                                                settings: WindowSettings) -> None:
    window = open_window(qtbot, db, settings)
    window.resize(760, 520)  # the offscreen screen is 800 × 600
    window.splitter.setSizes([200, 300, 200])
    qtbot.wait(20)
    sizes = window.splitter.sizes()
    window.close()
    again = open_window(qtbot, db, settings)
    assert (again.size().width(), again.size().height()) == (760, 520)
    qtbot.wait(20)
    assert again.splitter.sizes() == sizes
    again.close()


def test_switch_staff_needs_the_right_pin(qtbot: QtBot, window: MainWindow, owner: StaffMember) -> None:
    desk = staff.create_staff("Dee Desk", "desk", "1111", staff.approve(owner.id, "1234"))
    window.switch_action.trigger()
    dialog = find_dialog("switchStaff")
    assert dialog is not None
    choice = child(dialog, QComboBox, "staffChoice")
    choice.setCurrentIndex(choice.findData(desk.id))
    child(dialog, QLineEdit, "staffPin").setText("9999")
    dialog.submit()  # type: ignore[attr-defined]
    assert dialog.isVisible()
    assert "not Dee Desk's" in child(dialog, QLabel, "switchStaffMessage").text()
    assert window.current_staff == owner
    child(dialog, QLineEdit, "staffPin").setText("1111")
    dialog.submit()  # type: ignore[attr-defined]
    assert window.current_staff == desk
    window.add_staff_action.trigger()  # a desk member may ask, but a manager's PIN is needed first
    approval = find_dialog("approvalDialog")
    assert approval is not None and find_dialog("addStaff") is None
    assert child(approval, QComboBox, "approvingManager").currentText() == "Olga Owner"


def test_every_input_has_a_label_buddy(window: MainWindow) -> None:
    buddies = {label.buddy() for label in window.findChildren(QLabel) if label.buddy() is not None}
    for name in ("customerSearch", "complaintCategory", "complaintSeverity", "complaintSummary",
                 "complaintWords", "complaintStatus", "complaintChannel", "complaintFault", "complaintVisit"):
        assert window.findChild(QWidget, name) in buddies, name


def test_unsaved_complaint_is_never_thrown_away(qtbot: QtBot, db: Path, owner: StaffMember,
                                                settings: WindowSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from models.services import complaints
    from ui import main_window

    anna = _new_customer(owner, "Anna Smith")
    bob = _new_customer(owner, "Bob Brown")
    old = complaints.create_complaint(
        complaints.ComplaintInput(customer_id=anna, category="late", summary="Late last time"), owner.id)
    window = open_window(qtbot, db, settings)
    window._show_customer(anna)
    window.new_complaint(anna)
    window.complaint_pane.words.setPlainText("It rattles again since Tuesday.")
    # browsing to another customer keeps the unsaved complaint on screen
    window._show_customer(bob)
    assert window.complaint_pane.words.toPlainText() == "It rattles again since Tuesday."
    assert "not saved yet" in window.statusBar().currentMessage()
    window._show_customer(anna)
    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(main_window, "ask_unsaved", lambda _parent: answers.pop(0))
    window._open_complaint(old.id)
    assert window.complaint_pane.complaint_id is None
    assert window.complaint_pane.words.toPlainText() == "It rattles again since Tuesday."
    # closing asks too; Cancel keeps the window
    answers.append(QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible()
    answers.append(QMessageBox.StandardButton.Discard)
    window._open_complaint(old.id)
    assert window.complaint_pane.complaint_id == old.id
    assert not window.complaint_pane.has_unsaved_changes()
    window.close()
    assert not window.isVisible()


def test_edit_customer_updates_history_and_search(qtbot: QtBot, db: Path, owner: StaffMember,
                                                  settings: WindowSettings) -> None:
    anna = _new_customer(owner, "Anna Smith")
    window = open_window(qtbot, db, settings)
    window._show_customer(anna)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = find_dialog("customerDialog")
    assert dialog is not None
    assert child(dialog, QLineEdit, "custName").text() == "Anna Smith"
    child(dialog, QLineEdit, "custPhone").setText("12")
    dialog.save()  # type: ignore[attr-defined]
    assert "6 to 15 digits" in child(dialog, QLabel, "custPhoneError").text()
    assert customers.get_customer(anna).phone == "07700 900123"
    child(dialog, QLineEdit, "custName").setText("Anna Kowalska")
    child(dialog, QLineEdit, "custPhone").setText("07700 900999")
    with qtbot.waitSignal(window.customer_pane.sig_search_finished, timeout=5000):
        dialog.save()  # type: ignore[attr-defined]
    assert window.history_pane.name_label.text() == "Anna Kowalska"
    assert "07700 900999" in window.history_pane.contact_label.text()
    search(qtbot, window, "kowal")
    assert listed_names(window) == ["Anna Kowalska"]
    window.close()


def test_add_first_customer_from_the_welcome_page(qtbot: QtBot, window: MainWindow) -> None:
    child(window, QPushButton, "addFirstCustomer").click()
    assert find_dialog("customerDialog") is not None


def test_list_fetches_more_as_it_scrolls(qtbot: QtBot, db: Path, owner: StaffMember,
                                         settings: WindowSettings) -> None:
    for number in range(customers.PAGE_SIZE * 2 + 10):
        customers.create_customer(CustomerInput(name=f"Customer {number:04d}"), owner.id)
    window = open_window(qtbot, db, settings)
    view = window.customer_pane.list
    assert window.customer_pane.model.rowCount() == customers.PAGE_SIZE
    for _ in range(3):
        view.scrollToBottom()
        qtbot.wait(10)
    assert window.customer_pane.model.rowCount() == customers.PAGE_SIZE * 2 + 10
    window.close()


def test_window_fits_a_small_screen_with_a_complaint_open(qtbot: QtBot, db: Path, owner: StaffMember,
                                                          settings: WindowSettings) -> None:
    from models.services import complaints

    long_name = "Αλέξανδρος Παπαδόπουλος-Οικονόμου of Very Long Street Name Fame"
    customer_id = _new_customer(owner, long_name)
    row = complaints.create_complaint(complaints.ComplaintInput(
        customer_id=customer_id, category="inferior_work", summary="Scratches on the bodywork by the door"),
        owner.id)
    window = open_window(qtbot, db, settings)
    window._show_customer(customer_id)
    window.complaint_pane.open_complaint(row.id)
    assert window.minimumSizeHint().width() <= 800  # the offscreen screen, and a small laptop's
    window.close()


def test_fast_typing_ends_on_the_last_text(qtbot: QtBot, db: Path, owner: StaffMember,
                                           settings: WindowSettings) -> None:
    for name in ("Anna Smith", "Annabel Jones", "Bob Brown", "Andrew Wood"):
        _new_customer(owner, name)
    window = open_window(qtbot, db, settings)
    pane = window.customer_pane
    finished: list[str] = []
    pane.sig_search_finished.connect(finished.append)
    with qtbot.waitSignal(pane.sig_search_finished, timeout=5000, check_params_cb=lambda q: q == "annab"):
        for text in ("a", "an", "ann", "anna", "annab"):
            pane.search.setText(text)  # no waiting between keystrokes
    qtbot.wait(50)
    assert finished[-1] == "annab" and len(finished) < 5  # stale searches were skipped, not shown
    assert listed_names(window) == ["Annabel Jones"]
    window.close()


def test_manager_adds_a_staff_member(qtbot: QtBot, window: MainWindow) -> None:
    window.add_staff_action.trigger()
    approval = find_dialog("approvalDialog")
    assert approval is not None
    child(approval, QLineEdit, "managerPin").setText("9999")
    approval.submit()  # type: ignore[attr-defined]
    assert "not Olga Owner's" in child(approval, QLabel, "approvalMessage").text()
    assert find_dialog("addStaff") is None
    child(approval, QLineEdit, "managerPin").setText("1234")
    approval.submit()  # type: ignore[attr-defined]
    dialog = find_dialog("addStaff")
    assert dialog is not None
    child(dialog, QLineEdit, "newStaffName").setText("Dee Desk")
    child(dialog, QLineEdit, "newStaffPin").setText("12")
    dialog.submit()  # type: ignore[attr-defined]
    assert "4 to 8 digits" in child(dialog, QLabel, "newStaffPinError").text()
    assert [m.name for m in staff.list_active_staff()] == ["Olga Owner"]
    child(dialog, QLineEdit, "newStaffPin").setText("1111")
    dialog.submit()  # type: ignore[attr-defined]
    assert not dialog.isVisible()
    assert "Dee Desk can now sign in" in window.statusBar().currentMessage()
    assert staff.switch_to(staff.list_active_staff()[0].id, "1111").name == "Dee Desk"


def test_demo_data_into_a_real_database_asks_first(qtbot: QtBot, db: Path, owner: StaffMember,
                                                   settings: WindowSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import main_window

    _new_customer(owner, "A Real Customer")
    window = open_window(qtbot, db, settings)
    asked: list[bool] = []
    def confirm(_parent: object) -> bool:
        asked.append(True)
        return False

    monkeypatch.setattr(main_window, "confirm_demo", confirm)
    window.demo_action.trigger()
    assert asked == [True]
    window.operations.wait(5000)  # had a demo load started, it would have finished by now
    assert len(customers.search_customers("")) == 1
    window.close()


def test_history_shows_visits_complaints_and_bills_over_the_estimate(qtbot: QtBot, db: Path, owner: StaffMember,
                                                                     settings: WindowSettings) -> None:
    import datetime as dt

    from models.services import complaints

    customer_id = _new_customer(owner)
    customers.add_visit(customer_id, dt.date(2025, 1, 10), "MOT test", 5485, owner.id)
    customers.add_visit(customer_id, dt.date(2025, 6, 1), "Annual service", 21000, owner.id, estimate_cents=18000)
    complaints.create_complaint(complaints.ComplaintInput(
        customer_id=customer_id, category="price_over_estimate", summary="Bill over the quote",
        received_at=dt.datetime(2025, 6, 3, 9, tzinfo=dt.UTC)), owner.id)
    window = open_window(qtbot, db, settings)
    window._show_customer(customer_id)
    timeline = window.history_pane.timeline
    lines = [[timeline.topLevelItem(n).text(c) for c in range(3)]
             for n in range(timeline.topLevelItemCount())]
    assert lines[0][1] == "Complaint: Bill over the quote — Price over the estimate"
    assert lines[0][2] == "New"
    assert lines[1][1].startswith("Annual service (over the estimate of ") and "180" in lines[1][1]
    assert lines[2][1] == "MOT test"
    assert "2 visits" in window.history_pane.stats_label.text()
    assert "1 complaint (1 open)" in window.history_pane.stats_label.text()
    window.close()
