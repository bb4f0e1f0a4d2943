from __future__ import annotations

import datetime as dt
from collections import Counter

import peewee as pw

from models.db import rows
from models.entities import Complaint, Customer, Staff, Visit
from models.services import demo
from models.services.staff import command_line_actor, command_line_approval
from models.textfold import fold

TODAY = dt.date(2026, 11, 23)


def _snapshot() -> list[tuple[object, ...]]:
    return rows(Customer.select(Customer.name, Customer.phone, Customer.email).order_by(Customer.id))


def test_same_seed_same_data(db: object, tmp_path: object) -> None:
    demo.generate(40, staff_id=command_line_actor(), seed=3, today=TODAY)
    first = _snapshot()
    Complaint.delete().execute()
    Visit.delete().execute()
    Customer.delete().execute()
    demo.generate(40, staff_id=command_line_actor(), seed=3, today=TODAY)
    assert _snapshot() == first
    demo.generate(40, staff_id=command_line_actor(), approval=command_line_approval(), seed=4, today=TODAY)
    assert _snapshot()[40:] != first


def test_realistic_mix(db: object) -> None:
    summary = demo.generate(600, staff_id=command_line_actor(), seed=7, today=TODAY)
    assert summary.customers == Customer.select().count() == 600
    assert summary.visits == Visit.select().count()
    assert summary.complaints == Complaint.select().count()
    names = [name for (name,) in Customer.select(Customer.name).tuples()]
    assert any("\u0400" <= ch <= "\u04ff" for n in names for ch in n), "some Cyrillic names"
    assert any("\u0370" <= ch <= "\u03ff" for n in names for ch in n), "some Greek names"
    assert any(fold(n) != n.lower() for n in names), "some names with diacritics"
    visits = list(Visit.select(Visit.date, Visit.estimate_cents, Visit.amount_cents).tuples())
    assert min(v[0] for v in visits) < TODAY - dt.timedelta(days=2 * 365)
    assert any(e is not None and a > e for _, e, a in visits), "some bills over the estimate"
    categories = Counter(c for (c,) in Complaint.select(Complaint.category).tuples())
    assert len(categories) >= 8
    per_customer = Counter(c for (c,) in Complaint.select(Complaint.customer).tuples())
    assert max(per_customer.values()) >= 3, "a few repeat complainers"
    assert Staff.select().where(Staff.role != "system").count() == len(demo.DEMO_STAFF)


def test_recurring_problem_last_month(db: object) -> None:
    demo.generate(1500, staff_id=command_line_actor(), seed=7, today=TODAY)
    last_month = (Complaint.received_at >= dt.datetime(2026, 10, 1, tzinfo=dt.UTC)) & (
        Complaint.received_at < dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
    pads = (Complaint.select(pw.fn.COUNT(Complaint.id)).join(Visit)
            .where(last_month & (Visit.service == demo.RECURRING_SERVICE)
                   & (Complaint.category == "failed_too_soon")).scalar())
    other_months = (Complaint.select(pw.fn.COUNT(Complaint.id)).join(Visit)
                    .where(~last_month & (Visit.service == demo.RECURRING_SERVICE)
                           & (Complaint.category == "failed_too_soon")).scalar())
    assert pads >= 5
    assert pads > other_months / 24 * 4, "last month stands out against the monthly average"


def test_cancel_saves_nothing(db: object) -> None:
    actor = command_line_actor()
    summary = demo.generate(5000, staff_id=actor, seed=1, progress=lambda done, total: done < 2000, today=TODAY)
    assert summary.customers == 0
    assert Customer.select().count() == 0 and Staff.select().count() == 1


def test_complaints_about_the_price_are_about_bills_over_the_estimate(db: object) -> None:
    demo.generate(400, staff_id=command_line_actor(), seed=9, today=TODAY)
    rows = list(Complaint.select(Visit.estimate_cents, Visit.amount_cents).join(Visit)
                .where(Complaint.category == "price_over_estimate").tuples())
    assert rows and all(estimate is not None and amount > estimate for estimate, amount in rows)


def test_demo_has_vouchers_in_every_state_and_letters_sent(db: object) -> None:
    from models.entities import Letter, Voucher
    from models.services import vouchers
    from tests.reports.pdfcheck import pages_text

    demo.generate(300, staff_id=command_line_actor(), seed=7, today=TODAY)
    states = {vouchers.find_voucher(code).status() for (code,) in Voucher.select(Voucher.code).tuples()}
    assert states == {"valid", "redeemed", "expired", "voided"}
    redeemed = Voucher.select().where(Voucher.redeemed_at.is_null(False)).first()
    assert redeemed.redeemed_visit_id is not None
    sent = list(Letter.select())
    assert 5 <= len(sent) <= 12
    assert "Riverside Garage" in pages_text(bytes(sent[0].pdf))[0]


def test_every_closed_demo_complaint_has_a_root_cause(db: object) -> None:
    from models.services.closing import ROOT_CAUSES

    demo.generate(300, staff_id=command_line_actor(), seed=7, today=TODAY)
    causes = [(status, cause) for status, cause in Complaint.select(Complaint.status, Complaint.root_cause).tuples()]
    assert any(status == "closed" for status, _ in causes)
    assert all(cause in ROOT_CAUSES for status, cause in causes if status == "closed")
    assert all(cause == "" for status, cause in causes if status != "closed")
    assert len({cause for status, cause in causes if status == "closed"}) >= 4


def test_polish_speaking_demo_customers_get_their_letters_in_polish(db: object) -> None:
    demo.generate(300, staff_id=command_line_actor(), seed=7, today=TODAY)
    polish = [name for name, language in rows(Customer.select(Customer.name, Customer.language))
              if language == "pl"]
    others = Counter(language for (language,) in rows(Customer.select(Customer.language)) if language != "pl")
    assert 10 < len(polish) < 100 and set(others) == {""}
    assert any(ch in "".join(polish) for ch in "łńśżźćąę")  # Polish names, written as Poles write them
