"""The demo data shows every part of guided resolution: steps in order, remedies, concessions, promises."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

import pytest

from models.entities import STEPS, Complaint, Promise, Remedy, ResolutionStep, Staff, utcnow
from models.services import demo, remedy_offers
from models.services.staff import command_line_actor


@pytest.fixture
def loaded(db: object) -> dt.datetime:
    demo.generate(300, staff_id=command_line_actor(), seed=7)  # an empty database: the demo's own staff
    return utcnow()


def test_steps_are_in_order_between_receiving_and_resolving(loaded: dt.datetime) -> None:
    complaints = {c.id: c for c in Complaint.select()}
    by_complaint: dict[int, list[ResolutionStep]] = defaultdict(list)
    for step in ResolutionStep.select().order_by(ResolutionStep.done_at, ResolutionStep.id):
        by_complaint[step.complaint_id].append(step)
    assert by_complaint, "some complaints have steps"
    for cid, steps in by_complaint.items():
        complaint = complaints[cid]
        assert [s.step for s in steps] == list(STEPS[:len(steps)])
        assert complaint.received_at <= steps[0].done_at
        assert steps[-1].done_at <= (complaint.resolved_at or loaded) <= loaded
        assert all(s.staff_id is not None for s in steps)
        if complaint.status == "closed":
            assert len(steps) == 7 and steps[-1].done_at == complaint.resolved_at
            assert complaint.satisfaction in (1, 2, 3, 4, 5)
        if complaint.status == "new":
            pytest.fail("a new complaint has no steps yet")


def test_remedies_of_every_kind_some_approved(loaded: dt.datetime) -> None:
    kinds = Counter(kind for (kind,) in Remedy.select(Remedy.kind).tuples())
    assert set(kinds) == {"redo", "refund", "discount_now", "voucher", "gift", "none"}
    statuses = {status for (status,) in Remedy.select(Remedy.status).tuples()}
    assert statuses >= {"accepted", "declined", "given"}  # "offered" only while a complaint is open
    helen = Staff.get(Staff.name == "Helen Carter")
    approvers = {a for (a,) in Remedy.select(Remedy.approved_by).where(Remedy.approved_by.is_null(False)).tuples()}
    assert approvers == {helen.id} and helen.role == "manager"


def test_a_repeat_complainer_shows_the_concession_banner(loaded: dt.datetime) -> None:
    per_customer = Counter(c for (c,) in Complaint.select(Complaint.customer).tuples())
    repeaters = [c for c, n in per_customer.items() if n >= 3]
    assert any(remedy_offers.concession_history(c).banner for c in repeaters)


def test_promises_kept_late_and_overdue(loaded: dt.datetime) -> None:
    promises = list(Promise.select())
    kept = [p for p in promises if p.done_at is not None and p.done_at <= p.due_at]
    late = [p for p in promises if p.done_at is not None and p.done_at > p.due_at]
    overdue = [p for p in promises if p.done_at is None and p.due_at < loaded]
    assert kept and late and overdue
    assert {p.kind for p in promises} >= {"call_back", "follow_up"}
    assert all(p.created_at <= p.due_at for p in promises)
    assert all(p.done_at is None or p.done_at <= loaded for p in promises)
