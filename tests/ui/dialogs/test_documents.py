"""The document buttons' actions: a letter previewed (asking about a missing address), the due letters batched
off the GUI thread with progress, then previewed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from models import settings
from models.entities import Promise
from models.services import customers, letters, monthly_report, staff, vouchers
from models.services.complaints import ComplaintInput, create_complaint
from ui.bus import DeskBus
from ui.dialogs import documents
from ui.dialogs.letter_preview import LetterPreview
from ui.operations import Operations


@pytest.fixture
def desk(qtbot: QtBot, owner: staff.StaffMember) -> tuple[QWidget, Operations, list[str]]:
    settings.save({"business_name": "Riverside Garage", "business_address": "12 Mill Lane\nBristol BS1 4AA"},
                  owner.id)
    parent = QWidget()
    qtbot.addWidget(parent)
    bus = DeskBus()
    messages: list[str] = []
    bus.message_posted.connect(messages.append)
    return parent, Operations(bus, parent), messages


def _complaint(owner: staff.StaffMember, name: str, line1: str) -> tuple[int, int]:
    customer = customers.create_customer(customers.CustomerInput(name=name, address_line1=line1,
                                                                 city="Bristol" if line1 else ""), owner.id)
    row = create_complaint(ComplaintInput(customer_id=customer.id, category="late", summary="Late"), owner.id)
    return int(customer.id), int(row.id)


def _previews() -> list[LetterPreview]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, LetterPreview) and w.isVisible()]


def test_no_address_asks_and_a_no_prints_nothing(desk: tuple[QWidget, Operations, list[str]],
                                                 owner: staff.StaffMember) -> None:
    parent, operations, _ = desk
    _, complaint = _complaint(owner, "Ольга Иванова", "")
    asked: list[str] = []
    assert documents.open_letter(parent, operations, lambda: owner.id, complaint, "apology",
                                 ask=lambda _p, message: asked.append(message) is not None) is None
    assert "Ольга Иванова has no postal address" in asked[0]
    preview = documents.open_letter(parent, operations, lambda: owner.id, complaint, "apology",
                                    ask=lambda _p, _m: True)
    assert preview is not None and preview.objectName() == "letterPreview"
    assert "Ольга Иванова" in preview.pdf.getAllText(0).text()
    assert letters.letters_for(complaint) == []  # previewed, not sent
    preview.close()


def test_missing_business_details_are_said(desk: tuple[QWidget, Operations, list[str]],
                                           owner: staff.StaffMember) -> None:
    parent, operations, messages = desk
    settings.save({"business_address": ""}, owner.id)
    _, complaint = _complaint(owner, "Łucja Żółć", "7 Church Lane")
    assert documents.open_letter(parent, operations, lambda: owner.id, complaint, "apology") is None
    assert "business's name and address" in messages[-1]


def test_voucher_preview(desk: tuple[QWidget, Operations, list[str]], owner: staff.StaffMember) -> None:
    parent, operations, _ = desk
    customer, _ = _complaint(owner, "Ελένη", "")
    code = vouchers.issue_voucher(customer, owner.id, percent=10).code
    preview = documents.open_voucher(parent, operations, lambda: owner.id, code)
    assert preview is not None and code in preview.pdf.getAllText(0).text()
    preview.close()


def test_due_letters_run_in_the_background_then_open_in_the_preview(
        qtbot: QtBot, desk: tuple[QWidget, Operations, list[str]], owner: staff.StaffMember) -> None:
    parent, operations, messages = desk
    for name in ("Łucja Żółć", "Ольга Иванова", "Ελένη Παπαδοπούλου"):
        customer, complaint = _complaint(owner, name, "7 Church Lane")
        Promise.create(complaint=complaint, customer=customer, what="Ask", kind="follow_up", owner=owner.id,
                       due_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5))
    changed: list[object] = []
    operations.bus.data_changed.connect(changed.append)
    worker = documents.print_due_letters(parent, operations, lambda: owner.id)
    assert worker is not None
    qtbot.waitUntil(lambda: bool(_previews()), timeout=20000)
    preview = _previews()[0]
    assert preview.pdf.pageCount() == 3
    assert messages[-1] == "3 follow-up letters ready to print."
    assert changed == [{"letters"}]
    preview.close()


def test_cancelling_the_batch_stores_nothing(qtbot: QtBot, desk: tuple[QWidget, Operations, list[str]],
                                             owner: staff.StaffMember) -> None:
    parent, operations, messages = desk
    complaints = []
    for index in range(6):
        customer, complaint = _complaint(owner, f"Łucja Żółć {index}", "7 Church Lane")
        complaints.append(complaint)
        Promise.create(complaint=complaint, customer=customer, what="Ask", kind="follow_up", owner=owner.id,
                       due_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5))
    worker = documents.print_due_letters(parent, operations, lambda: owner.id)
    assert worker is not None
    worker.cancel()  # what the progress dialog's Cancel does
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    assert "cancelled" in messages[-1]
    assert all(letters.letters_for(c) == [] for c in complaints) and _previews() == []


def test_the_monthly_report_is_made_off_the_desk_and_previewed(qtbot: QtBot,
                                                                desk: tuple[QWidget, Operations, list[str]]) -> None:
    parent, operations, messages = desk
    documents.open_monthly_report(parent, operations, "2026-11")
    qtbot.waitUntil(lambda: bool(_previews()), timeout=20000)
    preview = _previews()[0]
    assert preview.windowTitle() == "Monthly report — 2026-11"
    assert "November 2026" in preview.pdf.getAllText(0).text()
    assert "Riverside Garage" in preview.pdf.getAllText(0).text()
    assert messages[-1] == "The monthly report for 2026-11 is ready to print."
    preview.close()


def test_a_polish_desk_makes_the_monthly_report_in_polish(qtbot: QtBot,
                                                         desk: tuple[QWidget, Operations, list[str]]) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_language

    parent, operations, _messages = desk
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "pl")  # the business's letter language stays English: the desk's own is used
    try:
        documents.open_monthly_report(parent, operations, "2026-11")
        qtbot.waitUntil(lambda: bool(_previews()), timeout=20000)
    finally:
        install_language(app, "en")
    preview = _previews()[0]
    text = preview.pdf.getAllText(0).text()
    assert "Listopad 2026" in text and "November" not in text
    preview.close()


def test_a_bad_month_is_said_and_nothing_is_previewed(qtbot: QtBot,
                                                      desk: tuple[QWidget, Operations, list[str]]) -> None:
    parent, operations, messages = desk
    documents.open_monthly_report(parent, operations, "2026-13")
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    assert messages[-1] == "'2026-13' is not a month: give it as YYYY-MM, e.g. 2026-11."
    assert _previews() == []


def test_without_a_month_it_is_last_months_report(qtbot: QtBot, desk: tuple[QWidget, Operations, list[str]]) -> None:
    parent, operations, messages = desk
    documents.open_monthly_report(parent, operations)
    qtbot.waitUntil(lambda: bool(_previews()), timeout=20000)
    preview = _previews()[0]
    assert preview.windowTitle() == f"Monthly report — {monthly_report.last_month()}"
    preview.close()
