"""The owner's figures, exports and merges on a PostgreSQL server (skipped without MAKEGOOD_TEST_POSTGRES_URL)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import peewee as pw
import pytest

from models.entities import Complaint, Customer, Promise, Remedy, Visit, Voucher
from models.services import alerts, customers, exports, merge, staff, trends
from models.services.complaints import iso_week
from models.services.customers import CustomerInput
from tests.models.postgres import needs_postgres

pytestmark = needs_postgres
UTC = dt.UTC




def test_trends_alerts_export_and_merge_on_a_server(server: pw.Database, tmp_path: Path) -> None:
    owner = staff.create_owner("Olga Owner", "1234")
    ann = customers.create_customer(CustomerInput(name="Ann Smith", email="ann@example.com"), owner.id)
    twin = customers.create_customer(CustomerInput(name="Anne Smith", email="ANN@example.com"), owner.id)
    when = dt.datetime(2026, 3, 10, 10, tzinfo=UTC)
    visit = Visit.create(customer=ann.id, date=dt.date(2026, 3, 2), service="MOT", amount_cents=20000)
    for i in range(5):
        Visit.create(customer=ann.id, date=dt.date(2026, 3, 3 + i), service="MOT", amount_cents=1000)
    Visit.create(customer=ann.id, date=dt.date(2026, 4, 1), service="MOT", amount_cents=1000)
    c = Complaint.create(customer=ann.id, visit=visit, received_at=when, received_week=iso_week(when),
                         category="late", summary="=1+1", first_contact_at=when + dt.timedelta(hours=3),
                         resolved_at=when + dt.timedelta(days=2), satisfaction=4, root_cause="parts: x")
    Remedy.create(complaint=c, kind="discount_now", percent=10, status="given", created_at=when)
    Promise.create(customer=ann.id, complaint=c, what="call", due_at=when, done_at=when)
    Voucher.create(code="MG-1", percent=10, customer=twin.id, issued_at=when, expires_at=when)
    board = trends.dashboard(trends.Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31)),
                             now=dt.datetime(2026, 9, 1, tzinfo=UTC))
    assert board.complaints == 1 and board.first_contact.median == 3.0 and board.resolution.median == 2.0
    assert board.money[0].remedy_cents == 2000 and board.money[0].revenue_cents == 25000
    assert (board.win_back.complainants, board.win_back.came_back) == (1, 1)
    assert board.promises.kept == 1 and board.root_causes == (("Faulty parts or materials", 1),)
    assert board.top_services[0].per_100 == pytest.approx(100 / 6)
    assert alerts.recurring_problems(dt.date(2026, 3, 12)) == []
    exports.export("complaints", tmp_path / "c.csv")
    with (tmp_path / "c.csv").open(encoding="utf-8", newline="") as fh:
        header, row = list(csv.reader(fh))
    assert row[header.index("summary")] == "'=1+1" and row[header.index("received at (UTC)")] == "2026-03-10T10:00:00Z"
    (pair,) = merge.find_duplicates()
    result = merge.merge_customers(twin.id, twin.version, ann.id, ann.version, staff.approve(owner.id, "1234"),
                                   owner.id)
    assert result.vouchers == 1 and Customer.get_by_id(twin.id).merged_into_id == ann.id
    assert [r.name for r in customers.search_customers("anne")] == ["Ann Smith"]
