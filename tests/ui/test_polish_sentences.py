"""A Polish desk writes the dates and money inside the core's sentences its own way: "2.12.2026", "20,00 zł"."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from models.errors import DeskError
from models.services import audit, backup, customers, settings, staff, vouchers
from models.services.customers import CustomerInput
from ui import format as fmt
from ui.bus import DeskBus
from ui.dialogs.customer_dialog import CustomerDialog
from ui.dialogs.redeem_voucher import RedeemVoucherDialog
from ui.i18n import install_language
from ui.operations import Operations

ISSUED = dt.datetime(2025, 12, 2, 10, 0, tzinfo=dt.UTC)  # a year's validity: it expired on 2 December 2026
ENGLISH_MONTHS = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")


@pytest.fixture
def polish(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "pl")
    yield
    install_language(qapp, "en")


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_a_stale_edit_says_when_in_polish(qtbot: QtBot, owner: staff.StaffMember, polish: None) -> None:
    record = customers.create_customer(CustomerInput(name="Anna Nowak"), owner.id)
    bus = DeskBus()
    dialog = CustomerDialog(Operations(bus, bus), lambda: owner.id, record)
    qtbot.addWidget(dialog)
    dialog.show()
    customers.update_customer(record.id, record.version, CustomerInput(name="Anna Kowalska"), owner.id)
    name = dialog.findChild(QLineEdit, "custName")
    assert name is not None
    name.setText("Anna Wiśniewska")
    dialog.save()
    message = dialog.findChild(QLabel, "customerDialogMessage")
    assert message is not None and message.isVisible()
    change = audit.last_change("customer", record.id)
    assert change is not None
    when = fmt.local_datetime(change.at)
    assert re.fullmatch(r"\d{1,2}\.\d{2}\.\d{4},? \d{1,2}:\d{2}", when)  # 2.12.2026 14:05
    assert message.text().startswith(f"Tego klienta zmienił(a) Olga Owner ({when}) — ")
    assert not ENGLISH_MONTHS.search(message.text())


def test_voucher_refusals_and_descriptions_in_polish(qtbot: QtBot, owner: staff.StaffMember, polish: None) -> None:
    settings.save({"currency": "PLN"}, owner.id)
    customer = customers.create_customer(CustomerInput(name="Łucja Żółć"), owner.id)
    old = vouchers.issue_voucher(customer.id, owner.id, value_cents=2_000, now=ISSUED)
    fresh = vouchers.issue_voucher(customer.id, owner.id, value_cents=1_234_567)
    dialog = RedeemVoucherDialog(Operations(DeskBus()), lambda: owner.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code.setText(old.code)
    dialog.check()
    expiry = old.expires_at.astimezone().date()
    assert dialog.refusal.isVisible()
    assert fmt.local_date(expiry) in dialog.refusal.text() and str(expiry.year) in dialog.refusal.text()
    assert "expired" not in dialog.refusal.text() and not ENGLISH_MONTHS.search(dialog.refusal.text())
    dialog.code.setText(fresh.code)
    dialog.check()
    text = _plain(dialog.outcome.text())
    assert "12 345,67 zł rabatu dla: Łucja Żółć, ważny do " in text
    assert fmt.local_date(fresh.expires_at) in text and " off" not in text and "PLN" not in text


def test_the_last_backup_is_dated_in_polish(owner: staff.StaffMember, polish: None) -> None:
    backup.take_backup()
    status = backup.backup_status()
    assert status.last_good is not None
    assert status.message.startswith(f"Ostatnia kopia zapasowa {fmt.local_datetime(status.last_good.taken_at)}: ")
    assert not ENGLISH_MONTHS.search(status.message)


def test_a_lockout_says_the_time_in_polish(owner: staff.StaffMember, polish: None) -> None:
    for _ in range(staff.MAX_WRONG_PINS):
        with pytest.raises(DeskError) as refused:
            staff.switch_to(owner.id, "9999")
    assert "ma blokadę po" in refused.value.message
    assert re.search(r"spróbuj ponownie o \d{1,2}:\d{2} \(za ", refused.value.message), refused.value.message
    assert "try again" not in refused.value.message
