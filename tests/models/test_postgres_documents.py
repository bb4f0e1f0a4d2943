"""Vouchers and letters on a PostgreSQL server (desks sharing one database): redeemed once, letters reprinted
byte for byte from the server. Runs when MAKEGOOD_TEST_POSTGRES_URL is set, like tests/models/test_postgres.py."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from models import settings
from models.services import customers, letters, staff, vouchers
from models.services.complaints import ComplaintInput, create_complaint
from models.services.vouchers import VoucherRefused
from tests.models.postgres import needs_postgres

pytestmark = needs_postgres




def test_voucher_and_letter_on_the_server(server: pw.Database) -> None:
    owner = staff.create_owner("Olga Owner", "1234")
    settings.save({"business_name": "Riverside Garage", "business_address": "12 Mill Lane"}, owner.id)
    customer = customers.create_customer(customers.CustomerInput(name="Ольга Иванова", address_line1="7 Church Lane",
                                                                 city="Bristol"), owner.id)
    complaint = create_complaint(ComplaintInput(customer_id=customer.id, category="late", summary="Late"), owner.id)
    info = vouchers.issue_voucher(customer.id, owner.id, percent=10, complaint_id=complaint.id)
    vouchers.redeem_voucher(info.code, owner.id)
    with pytest.raises(VoucherRefused, match="already redeemed"):
        vouchers.redeem_voucher(info.code, owner.id)
    stored = letters.print_letter(complaint.id, "apology", owner.id, today=dt.date(2026, 12, 2))
    assert letters.reprint(stored.id).pdf == stored.pdf and stored.pdf.startswith(b"%PDF")
