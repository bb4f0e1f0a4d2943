"""Redeeming at the desk: type the code, check it, redeem it once; every refusal shown in place."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.services import customers, staff, vouchers
from ui.bus import DeskBus
from ui.dialogs.redeem_voucher import RedeemVoucherDialog
from ui.operations import Operations

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def voucher(owner: staff.StaffMember) -> vouchers.VoucherInfo:
    customer = customers.create_customer(customers.CustomerInput(name="Łucja Żółć"), owner.id)
    return vouchers.issue_voucher(customer.id, owner.id, percent=15)


def _dialog(qtbot: QtBot, owner: staff.StaffMember) -> tuple[RedeemVoucherDialog, list[object]]:
    bus = DeskBus()
    changed: list[object] = []
    bus.data_changed.connect(changed.append)
    dialog = RedeemVoucherDialog(Operations(bus), lambda: owner.id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, changed


def test_check_then_redeem_once(qtbot: QtBot, owner: staff.StaffMember, voucher: vouchers.VoucherInfo) -> None:
    dialog, changed = _dialog(qtbot, owner)
    assert dialog.objectName() == "redeemVoucher" and dialog.code.objectName() == "voucherCode"
    qtbot.keyClicks(dialog.code, voucher.code.lower())
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert "15 % off for Łucja Żółć" in dialog.outcome.text() and "can be redeemed" in dialog.outcome.text()
    assert dialog.redeem_button.isEnabled()
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)  # a second Enter checks again; it never redeems
    assert vouchers.find_voucher(voucher.code).redeemed_at is None
    with qtbot.waitSignal(dialog.sig_redeemed):
        qtbot.mouseClick(dialog.redeem_button, LEFT)
    assert dialog.outcome.text() == "Redeemed: 15 % off for Łucja Żółć."
    assert changed == [{"vouchers"}]
    assert not dialog.redeem_button.isEnabled()
    qtbot.mouseClick(dialog.check_button, LEFT)
    assert dialog.refusal.isVisible() and "already redeemed" in dialog.refusal.text()
    assert "Olga Owner" in dialog.refusal.text()


def test_a_typo_is_refused_in_place_and_the_code_kept(qtbot: QtBot, owner: staff.StaffMember,
                                                      voucher: vouchers.VoucherInfo) -> None:
    dialog, changed = _dialog(qtbot, owner)
    typo = voucher.code[:-1] + ("2" if voucher.code[-1] != "2" else "3")
    qtbot.keyClicks(dialog.code, typo)
    qtbot.mouseClick(dialog.check_button, LEFT)
    assert dialog.refusal.isVisible() and "mistyped" in dialog.refusal.text()
    assert dialog.code.text() == typo and not dialog.redeem_button.isEnabled()
    assert vouchers.find_voucher(voucher.code).redeemed_at is None and changed == []


def test_redeemed_elsewhere_between_check_and_redeem(qtbot: QtBot, owner: staff.StaffMember,
                                                     voucher: vouchers.VoucherInfo) -> None:
    dialog, changed = _dialog(qtbot, owner)
    qtbot.keyClicks(dialog.code, voucher.code)
    qtbot.mouseClick(dialog.check_button, LEFT)
    vouchers.redeem_voucher(voucher.code, owner.id)  # the other desk was quicker
    qtbot.mouseClick(dialog.redeem_button, LEFT)
    assert dialog.refusal.isVisible() and "already redeemed" in dialog.refusal.text()
    assert changed == []


def test_expired_and_voided_say_the_date_and_the_reason(qtbot: QtBot, owner: staff.StaffMember,
                                                        voucher: vouchers.VoucherInfo) -> None:
    customer = voucher.customer_id
    old = vouchers.issue_voucher(customer, owner.id, percent=10, now=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    dialog, _ = _dialog(qtbot, owner)
    qtbot.keyClicks(dialog.code, old.code)
    qtbot.mouseClick(dialog.check_button, LEFT)
    assert "expired on" in dialog.refusal.text() and "2020" in dialog.refusal.text()
    vouchers.void_voucher(voucher.code, "Issued twice by mistake", owner.id)
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, voucher.code)
    qtbot.mouseClick(dialog.check_button, LEFT)
    assert "Issued twice by mistake" in dialog.refusal.text()
