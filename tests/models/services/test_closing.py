"""Closing a complaint asks what caused it; the cause is kept and the trends count it."""

from __future__ import annotations

import datetime as dt

import pytest

from models.entities import Complaint
from models.errors import InvalidTransition, StaleEdit, ValidationError
from models.services import audit, closing, complaints, customers, trends
from models.services.complaints import ComplaintInput
from models.services.customers import CustomerInput
from models.services.staff import StaffMember


@pytest.fixture
def resolved(owner: StaffMember) -> complaints.ComplaintRecord:
    cust = customers.create_customer(CustomerInput(name="Anna Smith"), owner.id)
    row = complaints.create_complaint(ComplaintInput(customer_id=cust.id, category="late", summary="Late"), owner.id)
    return complaints.set_status(row.id, row.version, "resolved", owner.id)


def test_close_with_a_cause_and_a_note(owner: StaffMember, resolved: complaints.ComplaintRecord) -> None:
    closed = closing.close_with_root_cause(resolved.id, resolved.version, "scheduling", owner.id,
                                           note="  Two jobs booked in one bay  ")
    assert closed.status == "closed" and closed.version == resolved.version + 1
    assert closed.root_cause == "scheduling: Two jobs booked in one bay"
    change = audit.last_change("complaint", resolved.id)
    assert change is not None and change.action == "close" and change.after["status"] == "closed"
    today = dt.datetime.now(dt.UTC).date()
    board = trends.dashboard(trends.Period(today - dt.timedelta(days=1), today))
    assert board.root_causes == (("Scheduling or capacity", 1),)


def test_a_cause_without_a_note(owner: StaffMember, resolved: complaints.ComplaintRecord) -> None:
    closed = closing.close_with_root_cause(resolved.id, resolved.version, "parts", owner.id)
    assert closed.root_cause == "parts"
    change = audit.last_change("complaint", resolved.id)
    assert change is not None and change.before == {"status": "resolved", "root_cause": ""}
    assert change.after == {"status": "closed", "root_cause": "parts"}


@pytest.mark.parametrize(("cause", "note", "field", "message"), [
    ("bad_luck", "", "root_cause", "Choose what caused the problem."),
    ("other", "  ", "root_cause_note", "Say in a few words what the cause was."),
    ("parts", "x" * 501, "root_cause_note", "Too long: 501 characters, 500 at most."),
    ("parts", "tab\x07bell", "root_cause_note", "Remove the control characters (pasted from another program?).")])
def test_a_bad_cause_is_refused_and_nothing_changes(owner: StaffMember, resolved: complaints.ComplaintRecord,
                                                    cause: str, note: str, field: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        closing.close_with_root_cause(resolved.id, resolved.version, cause, owner.id, note=note)
    assert info.value.fields == {field: message}
    stored = Complaint.get_by_id(resolved.id)
    assert stored.status == "resolved" and stored.root_cause == "" and stored.version == resolved.version


def test_a_stale_copy_or_an_open_complaint_is_refused(owner: StaffMember,
                                                      resolved: complaints.ComplaintRecord) -> None:
    with pytest.raises(StaleEdit) as stale:
        closing.close_with_root_cause(resolved.id, resolved.version - 1, "parts", owner.id)
    assert stale.value.message.startswith("This complaint was changed by Olga Owner at ")
    reopened = complaints.reopen(resolved.id, resolved.version, owner.id)
    with pytest.raises(InvalidTransition):
        closing.close_with_root_cause(reopened.id, reopened.version, "parts", owner.id)
    assert Complaint.get_by_id(resolved.id).root_cause == ""


def test_stored_causes_are_grouped_by_their_list_entry() -> None:
    assert closing.root_cause_key("parts: pads") == "parts"
    assert closing.root_cause_key("parts: pads: the new supplier's") == "parts"
    assert closing.root_cause_key("a note typed elsewhere") == "other"
    assert closing.root_cause_key("") == ""
