"""Vouchers and letters on a PostgreSQL server (desks sharing one database): redeemed once, letters reprinted
byte for byte from the server. Runs when MAKEGOOD_TEST_POSTGRES_URL is set, like tests/models/test_postgres.py."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator

import peewee as pw
import pytest

from models import settings
from models.db import close_database, open_database
from models.services import customers, letters, staff, vouchers
from models.services.complaints import ComplaintInput, create_complaint
from models.services.vouchers import VoucherRefused

URL = os.environ.get("MAKEGOOD_TEST_POSTGRES_URL", "")
pytestmark = pytest.mark.skipif(not URL, reason="set MAKEGOOD_TEST_POSTGRES_URL to test on PostgreSQL")


@pytest.fixture
def server() -> Iterator[pw.Database]:
    database = open_database(URL)
    database.execute_sql("DROP SCHEMA public CASCADE")
    database.execute_sql("CREATE SCHEMA public")
    close_database()
    database = open_database(URL)
    yield database
    close_database()


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
