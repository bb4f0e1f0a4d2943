"""Guided resolution, remedies and promises on a PostgreSQL server (desks sharing one database).

Runs when MAKEGOOD_TEST_POSTGRES_URL names a server database the tests may wipe; skipped otherwise.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from models.entities import STEPS, utcnow
from models.errors import StaleEdit
from models.services import complaints, customers, demo, promises, remedy_offers, resolution, staff
from models.services.customers import CustomerInput
from tests.models.postgres import needs_postgres

pytestmark = needs_postgres




def test_a_resolution_walk_on_a_server(server: pw.Database) -> None:
    owner = staff.create_owner("Olga Owner", "1234")
    desk = staff.create_staff("Dee Desk", "desk", "1111", staff.approve(owner.id, "1234"))
    customer = customers.create_customer(CustomerInput(name="Łucja Żółć"), owner.id)
    visit = customers.add_visit(customer.id, dt.date.today(), "MOT", 20_000, owner.id)
    row = complaints.create_complaint(complaints.ComplaintInput(
        customer_id=customer.id, category="late", summary="Late", visit_id=visit, business_at_fault="yes"),
        owner.id)
    version = row.version
    for step in STEPS:
        if step == "agreement":
            offer = remedy_offers.offer_remedy(row.id, "refund", 10_000, None, desk.id, staff.approve(owner.id, "1234"))
            remedy_offers.give_remedy(remedy_offers.accept_remedy(offer.id, desk.id).id, desk.id)
        version = resolution.complete_step(row.id, version, step, f"{step} — Żółć", desk.id,
                                           satisfaction=5 if step == "follow_up" else None).version
    with pytest.raises(StaleEdit, match="changed by Dee Desk"):
        resolution.complete_step(row.id, version - 1, "listen", "stale", owner.id)
    view = resolution.open_resolution(row.id)
    assert view.status == "resolved" and view.satisfaction == 5 and view.next_step is None
    assert view.standing.concessions.total_cents == 10_000 and view.standing.concessions.banner
    assert [p.kind for p in view.promises] == ["follow_up"] and view.promises[0].kept
    assert resolution.timeline_entries(customer.id)[0].kind in ("step", "promise")


def test_the_queue_on_a_server(server: pw.Database) -> None:
    demo.generate(150, staff_id=staff.command_line_actor(), seed=7)
    queue = promises.today_queue()
    order = {"overdue": 0, "today": 1, "upcoming": 2}
    assert [order[i.bucket] for i in queue.items] == sorted(order[i.bucket] for i in queue.items)
    assert all(i.promise.due_at.tzinfo is not None for i in queue.items)
    index = promises.queue_index()
    assert [e.promise_id for e in index.entries] == [i.promise.id for i in queue.items]
    rate = promises.kept_rate(now=utcnow())
    assert rate.due >= rate.kept > 0
