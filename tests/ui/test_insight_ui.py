"""The owner's screens as they are used: the trends dashboard (empty and with the demo's spike), merging two
customer records with a manager's approval, and exporting to CSV with progress."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget, QToolButton
from pytestqt.qtbot import QtBot

from models.entities import Complaint, Visit, Voucher
from models.services import complaints, customers, demo, staff
from models.services.complaints import ComplaintInput
from models.services.customers import CustomerInput
from models.services.exports import ExportSummary
from models.services.staff import Approval, StaffMember, command_line_actor
from ui.bus import DeskBus
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.merge_dialog import MergeDialog
from ui.dialogs.root_cause_dialog import RootCauseDialog
from ui.operations import Operations
from ui.panes.trends_dashboard import TrendsDashboard


@pytest.fixture
def ops() -> Operations:
    return Operations(DeskBus())


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def open_dashboard(qtbot: QtBot, ops: Operations) -> TrendsDashboard:
    board = TrendsDashboard(ops.bus, ops, lambda: None)
    qtbot.addWidget(board)
    board.resize(1200, 1500)
    board.show()
    with qtbot.waitSignal(board.sig_refreshed, timeout=20000):
        board.refresh()
    return board


def test_dashboard_of_an_empty_database(qtbot: QtBot, owner: StaffMember, ops: Operations) -> None:
    board = open_dashboard(qtbot, ops)
    assert board.objectName() == "trendsDashboard"
    assert board.findChild(QLabel, "trendsAlert").isHidden()
    status = board.findChild(QLabel, "trendsStatus")
    assert status is not None and "No complaints were received in this period" in status.text()
    table = board.findChild(QTableWidget, "timesTable")
    assert table is not None and cell(table, 0, 1) == "—"  # no median, no division by zero


def test_dashboard_of_the_demo_says_the_spike_and_shows_the_numbers(qtbot: QtBot, owner: StaffMember,
                                                                   ops: Operations, tmp_path: Path) -> None:
    demo.generate(2000, staff_id=command_line_actor(), seed=7)
    board = open_dashboard(qtbot, ops)
    alert = board.findChild(QLabel, "trendsAlert")
    assert alert is not None and alert.isVisible()
    assert alert.text().startswith("⚠ Product failed too soon: ")
    assert alert.text().endswith("× usual — mostly 'Brake pads (front)'")
    table = board.findChild(QTableWidget, "weeklyTable")
    toggle = board.findChild(QToolButton, "weeklyNumbers")
    assert table is not None and toggle is not None and not table.isVisible()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)  # the numbers behind the chart, one click away
    assert table.isVisible() and toggle.text() == "Chart"
    assert board.result is not None
    weeks = board.result.board.weekly.weeks
    assert table.rowCount() == len(weeks) and cell(table, 0, 0) == weeks[0]
    last = table.columnCount() - 1
    assert sum(int(cell(table, r, last)) for r in range(table.rowCount())) == board.result.board.weekly.total
    board.grab().save(str(tmp_path / "dashboard.png"))
    assert (tmp_path / "dashboard.png").stat().st_size > 10_000


def test_choosing_a_period_works_the_figures_out_again(qtbot: QtBot, owner: StaffMember, ops: Operations) -> None:
    cust = customers.create_customer(CustomerInput(name="Anna Smith"), owner.id)
    when = dt.datetime.now(dt.UTC) - dt.timedelta(days=200)  # seven months ago
    Complaint.create(customer=cust.id, category="late", summary="Late", received_at=when,
                     received_week=f"{when.isocalendar()[0]}-W{when.isocalendar()[1]:02d}")
    board = open_dashboard(qtbot, ops)
    assert board.result is not None and board.result.board.complaints == 1
    with qtbot.waitSignal(board.sig_refreshed, timeout=20000):
        board.period.setCurrentIndex(board.period.findData(3))
    assert board.result.board.complaints == 0
    status = board.findChild(QLabel, "trendsStatus")
    assert status is not None and "No complaints" in status.text()


def test_the_dashboard_follows_the_data(qtbot: QtBot, owner: StaffMember, ops: Operations) -> None:
    board = TrendsDashboard(ops.bus, ops, lambda: None)
    qtbot.addWidget(board)
    with qtbot.waitSignal(board.sig_refreshed, timeout=20000):
        board.show()  # worked out when first shown
    assert board.result is not None and board.result.board.complaints == 0
    cust = customers.create_customer(CustomerInput(name="Anna Smith"), owner.id)
    complaints.create_complaint(ComplaintInput(customer_id=cust.id, category="late", summary="Late"), owner.id)
    with qtbot.waitSignal(board.sig_refreshed, timeout=20000):
        ops.bus.data_changed.emit({"complaints"})  # a save anywhere on the desk
    assert board.result.board.complaints == 1
    board.hide()
    complaints.create_complaint(ComplaintInput(customer_id=cust.id, category="late", summary="Again"), owner.id)
    ops.bus.data_changed.emit({"complaints"})  # hidden: nothing worked out yet
    assert board.result.board.complaints == 1
    with qtbot.waitSignal(board.sig_refreshed, timeout=20000):
        board.show()
    assert board.result.board.complaints == 2


def approving(owner: StaffMember, asked: list[str]) -> Callable[[str, Callable[[Approval], None]], None]:
    def request(reason: str, then: Callable[[Approval], None]) -> None:
        asked.append(reason)
        then(staff.approve(owner.id, "1234"))  # the manager types their PIN
    return request


def open_merge(qtbot: QtBot, ops: Operations, owner: StaffMember, asked: list[str]) -> MergeDialog:
    dialog = MergeDialog(ops.bus, ops, lambda: owner.id, approving(owner, asked))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.sig_pairs_loaded, timeout=10000):
        dialog.load()
    return dialog


def test_merge_moves_everything_and_the_old_name_finds_the_survivor(qtbot: QtBot, owner: StaffMember,
                                                                   ops: Operations) -> None:
    keep = customers.create_customer(CustomerInput(name="Anna Smith", email="anna@example.com"), owner.id)
    old = customers.create_customer(CustomerInput(name="Ania Kowalska", email="Anna@Example.com"), owner.id)
    visit = Visit.create(customer=old.id, date=dt.date(2026, 3, 1), service="MOT", amount_cents=5000)
    Complaint.create(customer=old.id, visit=visit, category="late", summary="Late")
    now = dt.datetime.now(dt.UTC)
    Voucher.create(code="MG-1", percent=10, customer=old.id, issued_at=now, expires_at=now)
    asked: list[str] = []
    dialog = open_merge(qtbot, ops, owner, asked)
    assert dialog.list.count() == 1 and "same email" in dialog.list.item(0).text()
    assert dialog.left.values["name"].text() == "Anna Smith" and dialog.right.values["name"].text() == "Ania Kowalska"
    assert dialog.left.keep.isChecked()  # the older record stays unless chosen otherwise
    changed: list[set[str]] = []
    ops.bus.data_changed.connect(changed.append)
    with qtbot.waitSignal(dialog.sig_pairs_loaded, timeout=10000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert asked == ["Merging two customers needs a manager's PIN."]
    assert {v.customer_id for v in Visit.select()} == {keep.id}
    assert {c.customer_id for c in Complaint.select()} == {keep.id}
    assert {v.customer_id for v in Voucher.select()} == {keep.id}
    assert [row.name for row in customers.search_customers("kowalska")] == ["Anna Smith"]
    assert "customers" in changed[0]
    assert dialog.list.count() == 1 and "No likely duplicates" in dialog.list.item(0).text()
    assert not dialog.merge_button.isEnabled()


def test_merge_the_other_way_and_a_stale_record_is_said_in_place(qtbot: QtBot, owner: StaffMember,
                                                                ops: Operations) -> None:
    first = customers.create_customer(CustomerInput(name="Tom Baker", phone="07700 900123"), owner.id)
    second = customers.create_customer(CustomerInput(name="Thomas Baker", phone="+44 7700 900123"), owner.id)
    dialog = open_merge(qtbot, ops, owner, [])
    dialog.right.keep.setChecked(True)
    assert f"Tom Baker (record {first.id}) will be merged into Thomas Baker" in dialog.explain.text()
    customers.update_customer(second.id, second.version, CustomerInput(name="Thomas Baker", phone="+44 7700 900123",
                                                                       city="Bath"), owner.id)  # another desk
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    message = dialog.findChild(QLabel, "mergeMessage")
    assert message is not None and message.isVisible() and "changed by Olga Owner" in message.text()
    assert customers.get_customer(first.id).version == first.version  # nothing merged
    assert [r.name for r in customers.search_customers("baker")] == ["Thomas Baker", "Tom Baker"]


def test_export_with_progress(qtbot: QtBot, owner: StaffMember, ops: Operations, tmp_path: Path) -> None:
    customers.create_customer(CustomerInput(name="=cmd|' /C calc'!A0"), owner.id)
    dialog = ExportDialog(ops.bus, ops, lambda: owner.id)
    qtbot.addWidget(dialog)
    dialog.show()
    messages: list[str] = []
    ops.bus.message_posted.connect(messages.append)
    out = tmp_path / "customers.csv"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.sig_finished, timeout=10000) as finished:
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert isinstance(finished.args[0], ExportSummary) and finished.args[0].rows == 1
    with out.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh))[1][1] == "'=cmd|' /C calc'!A0"
    assert messages == [f"Exported 1 customer to {out}."]
    assert dialog.start.isEnabled() and not dialog.cancel.isEnabled()


def test_export_to_nowhere_is_said_in_place(qtbot: QtBot, owner: StaffMember, ops: Operations,
                                            tmp_path: Path) -> None:
    dialog = ExportDialog(ops.bus, ops, lambda: owner.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Choose where to save the CSV file."
    dialog.path.setText(str(tmp_path / "missing" / "c.csv"))
    with qtbot.waitSignal(dialog.sig_finished, timeout=10000):
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible() and "does not exist" in dialog.message.text()
    assert not (tmp_path / "missing").exists()


def test_closing_asks_for_the_root_cause(qtbot: QtBot, owner: StaffMember, ops: Operations) -> None:
    cust = customers.create_customer(CustomerInput(name="Anna Smith"), owner.id)
    row = complaints.create_complaint(ComplaintInput(customer_id=cust.id, category="late", summary="Late"), owner.id)
    row = complaints.set_status(row.id, row.version, "resolved", owner.id)
    dialog = RootCauseDialog(ops.bus, ops, lambda: owner.id, row)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()  # no cause chosen
    assert dialog.errors.message("root_cause") == "Choose what caused the problem."
    dialog.cause.setCurrentIndex(dialog.cause.findData("other"))
    dialog.submit()
    assert dialog.errors.message("root_cause_note") == "Say in a few words what the cause was."
    assert complaints.get_complaint(row.id).status == "resolved" and dialog.isVisible()
    qtbot.keyClicks(dialog.note, "Key left in the wrong car")
    dialog.submit()
    stored = complaints.get_complaint(row.id)
    assert stored.status == "closed" and stored.root_cause == "other: Key left in the wrong car"
    assert dialog.closed == stored and not dialog.isVisible()


def test_closing_a_complaint_changed_elsewhere_is_said_in_place(qtbot: QtBot, owner: StaffMember,
                                                               ops: Operations) -> None:
    cust = customers.create_customer(CustomerInput(name="Anna Smith"), owner.id)
    row = complaints.create_complaint(ComplaintInput(customer_id=cust.id, category="late", summary="Late"), owner.id)
    row = complaints.set_status(row.id, row.version, "resolved", owner.id)
    dialog = RootCauseDialog(ops.bus, ops, lambda: owner.id, row)
    qtbot.addWidget(dialog)
    dialog.show()
    complaints.reopen(row.id, row.version, owner.id)  # another desk
    dialog.cause.setCurrentIndex(dialog.cause.findData("parts"))
    qtbot.keyClicks(dialog.note, "Pads")
    dialog.submit()
    assert dialog.message.isVisible() and "changed by Olga Owner" in dialog.message.text()
    assert dialog.note.text() == "Pads" and complaints.get_complaint(row.id).root_cause == ""
