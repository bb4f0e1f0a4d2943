"""Demo vouchers and letters: some of the demo complaints made good with a voucher (still valid, redeemed on a
later visit, expired, voided) and with the apology letter that went out, stored as sent."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from models import settings
from models.db import rows
from models.entities import Complaint, Letter, Visit, Voucher
from models.services import audit
from models.services.letterhead import MissingBusinessDetails, letterhead
from models.services.letters import NoPostalAddress, letter_data
from models.services.vouchers import ALPHABET, SERIAL_LENGTH, _secret, make_code

DEMO_BUSINESS = {"business_name": "Riverside Garage", "business_address": "12 Mill Lane\nBristol BS1 4AA",
                 "business_phone": "0117 496 0000", "business_email": "desk@riverside-garage.example",
                 "letter_signature": "Customer care"}
MAX_VOUCHERS = 200  # a benchmark load of 100,000 customers does not need 30,000 demo vouchers
MAX_LETTERS = 12  # each is a real PDF kept in the database
VOID_REASONS = ("Issued twice by mistake", "Customer chose a refund instead", "Wrong customer")


@dataclass(frozen=True)
class DemoDocuments:
    vouchers: int
    letters: int


def add_demo_documents(first_customer: int, staff_id: int, *, seed: int, now: dt.datetime) -> DemoDocuments:
    """Vouchers and letters for the resolved complaints of the customers from ``first_customer`` on. Call inside
    the demo's transaction; uses its own random stream, so the customers and visits stay the same for a seed."""
    rng = random.Random(seed * 7919 + 1)
    resolved = rows(Complaint.select(Complaint.id, Complaint.customer, Complaint.resolved_at, Complaint.owner)
                    .where((Complaint.customer >= first_customer) & Complaint.resolved_at.is_null(False))
                    .order_by(Complaint.id))
    if not resolved:
        return DemoDocuments(0, 0)
    secret = _secret(create=True)
    assert secret is not None
    validity = dt.timedelta(days=settings.load().voucher_validity_days)
    chosen = [c for c in resolved if rng.random() < 0.35][:MAX_VOUCHERS]
    taken = {code for (code,) in rows(Voucher.select(Voucher.code))}
    made = 0
    for complaint_id, customer_id, resolved_at, owner_id in chosen:
        code = make_code(secret, "".join(rng.choice(ALPHABET) for _ in range(SERIAL_LENGTH)))
        if code in taken:
            continue
        taken.add(code)
        percent, cents = (rng.choice([10, 15, 20]), None) if rng.random() < 0.6 else (None, rng.choice([1000, 2000,
                                                                                                        2500]))
        values: dict[str, object] = dict(code=code, percent=percent, value_cents=cents, issued_at=resolved_at,
                                         expires_at=resolved_at + validity, customer=customer_id,
                                         complaint=complaint_id, issued_by=owner_id)
        later = rows(Visit.select(Visit.id, Visit.date).where(
            (Visit.customer == customer_id) & (Visit.date > resolved_at.date())
            & (Visit.date < (resolved_at + validity).date())).order_by(Visit.date).limit(1))
        fate = rng.random()
        if later and fate < 0.6:  # they came back: the voucher was redeemed on that visit
            visit_id, day = later[0]
            values.update(redeemed_at=dt.datetime.combine(day, dt.time(11), tzinfo=dt.UTC), redeemed_visit=visit_id,
                          redeemed_by=owner_id)
        elif fate > 0.9:
            values.update(voided_at=resolved_at + dt.timedelta(hours=2), void_reason=rng.choice(VOID_REASONS),
                          voided_by=owner_id)
        row = Voucher.create(**values)
        audit.record(staff_id, "voucher", row.id, "demo", None, audit.snapshot(row))
        made += 1
    letters = _letters(resolved, staff_id, rng, now)
    return DemoDocuments(made, letters)


def _letters(resolved: list[tuple[int, int, dt.datetime, int | None]], staff_id: int, rng: random.Random,
             now: dt.datetime) -> int:
    from reports.pdf import render_letter

    values = settings.load()
    try:
        head = letterhead(values)
    except MissingBusinessDetails:  # a fresh demo desk: the demo garage's letterhead
        settings.save(DEMO_BUSINESS, staff_id)
        values = settings.load()
        head = letterhead(values)
    written = 0
    for complaint_id, _customer, resolved_at, owner_id in rng.sample(resolved, min(len(resolved), MAX_LETTERS)):
        try:
            data = letter_data(complaint_id, "apology", owner_id, today=resolved_at.astimezone().date(), head=head,
                               business=values)
        except NoPostalAddress:
            continue
        row = Letter.create(complaint=complaint_id, kind="apology", staff=owner_id or staff_id,
                            pdf=render_letter(data), created_at=min(resolved_at, now))
        audit.record(staff_id, "letter", row.id, "demo", None, audit.snapshot(row))
        written += 1
    return written
