"""Dates and money inside the core's sentences: the desk's own way when it installed one, else English as before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from models import i18n
from models.errors import StaleEdit
from models.services import audit, customers, remedies, staff, vouchers
from models.services.customers import CustomerInput
from models.services.vouchers import VoucherRefused

ISSUED = dt.datetime(2020, 1, 1, 10, 0, tzinfo=dt.UTC)
MOMENTS: list[dt.datetime] = []
MARKED = i18n.Formats(date=lambda day: f"<day {day.isoformat()}>", moment=lambda at: MOMENTS.append(at) or "<at>",
                      time=lambda at: "<time>", money=lambda cents, currency: f"<{cents} {currency}>")


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    MOMENTS.clear()
    yield
    i18n.install_formats(None)


def _voucher(owner: staff.StaffMember, **value: int) -> vouchers.VoucherInfo:
    customer = customers.create_customer(CustomerInput(name="Łucja Żółć"), owner.id)
    return vouchers.issue_voucher(customer.id, owner.id, now=ISSUED, **value)


def _refusal(code: str) -> str:
    with pytest.raises(VoucherRefused) as refused:
        vouchers.check_voucher(code)
    return refused.value.message


def test_without_desk_formats_the_sentences_stay_english(owner: staff.StaffMember) -> None:
    voucher = _voucher(owner, value_cents=2_000)
    expiry = voucher.expires_at.astimezone().date()
    assert _refusal(voucher.code) == f"{voucher.code} expired on {expiry.day} {expiry:%B} {expiry.year}."
    assert voucher.describe() == f"{voucher.code}: £20.00 off for Łucja Żółć, valid until {expiry.day} " \
                                 f"{expiry:%B} {expiry.year}"
    assert remedies.money_text(123_450, "GBP") == "1,234.50 GBP"


def test_installed_formats_write_the_dates_and_money(owner: staff.StaffMember) -> None:
    voucher = _voucher(owner, value_cents=2_000)
    percent = _voucher(owner, percent=15)
    i18n.install_formats(MARKED)
    expiry = voucher.expires_at.astimezone().date().isoformat()
    assert _refusal(voucher.code) == f"{voucher.code} expired on <day {expiry}>."
    assert voucher.describe() == f"{voucher.code}: <2000 GBP> off for Łucja Żółć, valid until <day {expiry}>"
    assert percent.describe().startswith(f"{percent.code}: 15 % off for Łucja Żółć")
    assert remedies.money_text(123_450, "GBP") == "<123450 GBP>"
    assert remedies.remedy_problems("refund", 6_000, None, 5_000, "GBP") == {
        "value": "A refund cannot be more than the bill (<5000 GBP>)."}
    i18n.install_formats(None)
    assert remedies.money_text(123_450, "GBP") == "1,234.50 GBP"


def test_a_redeemed_voucher_and_a_stale_edit_say_when_the_desks_way(owner: staff.StaffMember) -> None:
    voucher = _voucher(owner, percent=10)
    vouchers.redeem_voucher(voucher.code, owner.id, now=ISSUED + dt.timedelta(days=1))
    i18n.install_formats(MARKED)
    assert _refusal(voucher.code) == f"{voucher.code} was already redeemed on <at> by Olga Owner."
    assert [ISSUED + dt.timedelta(days=1)] == MOMENTS
    record = customers.create_customer(CustomerInput(name="Anna Nowak"), owner.id)
    customers.update_customer(record.id, record.version, CustomerInput(name="Anna Kowalska"), owner.id)
    with pytest.raises(StaleEdit) as stale:
        customers.update_customer(record.id, record.version, CustomerInput(name="Anna Wiśniewska"), owner.id)
    assert stale.value.message == "This customer was changed by Olga Owner at <at> — reload it; your edits were not " \
                                  "saved."
    change = audit.last_change("customer", record.id)
    assert change is not None and MOMENTS[-1] == change.at
