from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from models.entities import Complaint
from models.errors import InvalidTransition, NotFound, StaleEdit, ValidationError
from models.services import audit, complaints, customers, staff
from models.services.complaints import ComplaintInput
from models.services.customers import CustomerInput
from models.services.staff import StaffMember


@pytest.fixture
def customer_id(owner: StaffMember) -> int:
    return customers.create_customer(CustomerInput(name="Anna Smith"), owner.id).id


def _input(customer_id: int, **kw: object) -> ComplaintInput:
    base: dict[str, object] = {"customer_id": customer_id, "category": "late", "summary": "Car not ready",
                               "customer_words": "You promised it for five and it wasn't even started."}
    base.update(kw)
    return ComplaintInput(**base)  # type: ignore[arg-type]


def test_create_keeps_their_words_and_owner(owner: StaffMember, customer_id: int) -> None:
    words = "I waited an hour.\nNobody said a thing — ни слова!"
    row = complaints.create_complaint(_input(customer_id, customer_words=words, channel="phone"), owner.id)
    stored = complaints.get_complaint(row.id)
    assert stored.customer_words == words
    assert stored.owner_id == owner.id and stored.status == "new" and stored.version == 1
    assert stored.first_contact_at is not None  # a call is a contact
    assert stored.received_week == complaints.iso_week(stored.received_at)


def test_a_letter_has_no_first_contact_until_we_reply(owner: StaffMember, customer_id: int) -> None:
    row = complaints.create_complaint(_input(customer_id, channel="letter"), owner.id)
    assert row.first_contact_at is None
    row = complaints.set_status(row.id, 1, "in_progress", owner.id)
    assert row.first_contact_at is not None


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"category": ""}, "category"), ({"summary": "   "}, "summary"), ({"severity": 7}, "severity"),
     ({"channel": "pigeon"}, "channel"), ({"business_at_fault": "maybe"}, "business_at_fault")],
)
def test_bad_complaint_is_refused_and_nothing_saved(owner: StaffMember, customer_id: int,
                                                    changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        complaints.create_complaint(_input(customer_id, **changes), owner.id)
    assert field in info.value.fields
    assert Complaint.select().count() == 0


def test_visit_must_be_the_customers(owner: StaffMember, customer_id: int) -> None:
    other = customers.create_customer(CustomerInput(name="Other"), owner.id)
    visit = customers.add_visit(other.id, dt.date(2025, 1, 1), "MOT test", 5000, owner.id)
    with pytest.raises(ValidationError, match="not one of this customer's"):
        complaints.create_complaint(_input(customer_id, visit_id=visit), owner.id)
    with pytest.raises(NotFound):
        complaints.create_complaint(_input(9999), owner.id)


def test_workflow_and_reopen(owner: StaffMember, customer_id: int) -> None:
    row = complaints.create_complaint(_input(customer_id), owner.id)
    row = complaints.set_status(row.id, row.version, "in_progress", owner.id)
    row = complaints.set_status(row.id, row.version, "awaiting_customer", owner.id)
    row = complaints.set_status(row.id, row.version, "resolved", owner.id)
    assert row.resolved_at is not None
    row = complaints.set_status(row.id, row.version, "closed", owner.id)
    with pytest.raises(InvalidTransition, match="closed cannot be set to awaiting customer"):
        complaints.set_status(row.id, row.version, "awaiting_customer", owner.id)
    row = complaints.reopen(row.id, row.version, owner.id)
    assert row.status == "in_progress" and row.resolved_at is None and row.version == 6
    actions = [change.action for change in audit.history("complaint", row.id)]
    assert actions == ["create", "update", "update", "update", "update", "reopen"]
    assert complaints.allowed_statuses("closed") == ["closed", "in_progress"]


def test_stale_save_is_refused_with_who_and_when(owner: StaffMember, customer_id: int) -> None:
    desk = staff.create_staff("Dee Desk", "desk", "1111", staff.approve(owner.id, "1234"))
    row = complaints.create_complaint(_input(customer_id), owner.id)
    loaded_version = row.version
    first = dataclasses.replace(complaints.complaint_input(row), summary="Dee's version")
    complaints.update_complaint(row.id, loaded_version, first, desk.id)
    second = dataclasses.replace(complaints.complaint_input(row), summary="Olga's version")
    with pytest.raises(StaleEdit) as info:
        complaints.update_complaint(row.id, loaded_version, second, owner.id)
    assert "changed by Dee Desk at" in info.value.message and "reload" in info.value.message
    assert complaints.get_complaint(row.id).summary == "Dee's version"


def test_complaint_cannot_move_to_another_customer(owner: StaffMember, customer_id: int) -> None:
    other = customers.create_customer(CustomerInput(name="Other"), owner.id)
    row = complaints.create_complaint(_input(customer_id), owner.id)
    with pytest.raises(ValidationError):
        complaints.update_complaint(row.id, row.version, _input(other.id), owner.id)
    assert complaints.get_complaint(row.id).customer_id == customer_id
