from __future__ import annotations

import datetime as dt

import pytest

from models.entities import STEPS, Complaint, Promise, ResolutionStep, utcnow
from models.errors import InvalidTransition, StaleEdit, ValidationError
from models.services import audit, complaints, resolution
from models.services.staff import StaffMember
from tests.models.services.resolution_fixtures import Case, make_case


@pytest.fixture
def case(owner: StaffMember) -> Case:
    return make_case(owner)


def _walk(case: Case, until: str, staff_id: int) -> int:
    """Do the steps up to and including ``until``; returns the complaint's version."""
    version = complaints.get_complaint(case.complaint_id).version
    for step in STEPS[:STEPS.index(until) + 1]:
        version = resolution.complete_step(case.complaint_id, version, step, f"{step} note", staff_id,
                                           satisfaction=4 if step == "follow_up" else None).version
    return version


def test_the_first_step_takes_the_complaint_into_progress(case: Case) -> None:
    result = resolution.complete_step(case.complaint_id, 1, "listen", "  Rattle from the front left.  ",
                                      case.desk.id)
    assert result.status == "in_progress" and result.version == 2
    assert result.step.staff_name == "Priya Desk" and result.step.note == "Rattle from the front left."
    row = complaints.get_complaint(case.complaint_id)
    assert row.status == "in_progress" and row.version == 2
    assert row.first_contact_at == result.step.done_at  # a letter: listening to them is the first contact
    view = resolution.open_resolution(case.complaint_id)
    assert view.latest["listen"].staff_id == case.desk.id and view.next_step == "thank"


def test_all_seven_steps_resolve_it_with_satisfaction_and_promises(case: Case, owner: StaffMember) -> None:
    version = _walk(case, "solution", case.desk.id)
    version = resolution.complete_step(case.complaint_id, version, "agreement", "Free check tomorrow",
                                       case.desk.id).version
    assert complaints.get_complaint(case.complaint_id).status == "in_progress"
    due = utcnow() + dt.timedelta(days=1)
    action = resolution.complete_step(case.complaint_id, version, "action", "Recheck the front suspension",
                                      case.desk.id, action_due=due)
    kinds = {p.kind: p for p in resolution.open_resolution(case.complaint_id).promises}
    assert set(kinds) == {"action", "follow_up"} and len(action.promise_ids) == 2
    assert kinds["action"].due_at == due and kinds["action"].what == "Recheck the front suspension"
    assert kinds["follow_up"].due_at == due + dt.timedelta(days=3)  # follow_up_days after the action
    assert kinds["follow_up"].owner_id == owner.id  # the complaint's owner calls back
    done = resolution.complete_step(case.complaint_id, action.version, "follow_up", "Happy now", case.desk.id,
                                    satisfaction=5)
    assert done.status == "resolved"
    row = complaints.get_complaint(case.complaint_id)
    assert row.satisfaction == 5 and row.resolved_at == done.step.done_at
    follow_up = next(p for p in resolution.open_resolution(case.complaint_id).promises if p.kind == "follow_up")
    assert follow_up.done_at is not None and follow_up.outcome == "Happy now (satisfaction 5/5)"
    view = resolution.open_resolution(case.complaint_id)
    assert view.next_step is None and [r.step for r in view.history] == list(STEPS)


def test_quick_action_done_today_promises_only_the_follow_up(case: Case) -> None:
    version = _walk(case, "agreement", case.desk.id)
    result = resolution.complete_step(case.complaint_id, version, "action", "Tightened it while they waited",
                                      case.desk.id)
    promises = resolution.open_resolution(case.complaint_id).promises
    assert [p.kind for p in promises] == ["follow_up"] and len(result.promise_ids) == 1
    # doing the action step again does not promise a second follow-up
    resolution.complete_step(case.complaint_id, result.version, "action", "And checked again", case.desk.id)
    assert len(resolution.open_resolution(case.complaint_id).promises) == 1


def test_no_promises_when_asked_not_to(case: Case) -> None:
    version = _walk(case, "agreement", case.desk.id)
    resolution.complete_step(case.complaint_id, version, "action", "Done", case.desk.id, make_promises=False)
    assert Promise.select().count() == 0


def test_a_revisit_adds_a_record_and_the_latest_counts(case: Case, owner: StaffMember) -> None:
    version = _walk(case, "apologize", case.desk.id)
    version = resolution.complete_step(case.complaint_id, version, "thank", "Thanked again by the owner",
                                       owner.id).version
    view = resolution.open_resolution(case.complaint_id)
    assert [r.step for r in view.history] == ["listen", "thank", "apologize", "thank"]
    assert view.latest["thank"].note == "Thanked again by the owner" and view.latest["thank"].staff_id == owner.id
    assert view.next_step == "solution" and view.version == version


def test_steps_go_in_order(case: Case) -> None:
    with pytest.raises(ValidationError) as err:
        resolution.complete_step(case.complaint_id, 1, "apologize", "Sorry", case.desk.id)
    assert err.value.fields == {"step": "Do “Listen” first: the steps go in order."}
    assert ResolutionStep.select().count() == 0 and complaints.get_complaint(case.complaint_id).version == 1


def test_a_closed_complaint_takes_no_steps(case: Case, owner: StaffMember) -> None:
    row = complaints.set_status(case.complaint_id, 1, "resolved", owner.id)
    row = complaints.set_status(case.complaint_id, row.version, "closed", owner.id)
    with pytest.raises(InvalidTransition, match="closed; reopen it"):
        resolution.complete_step(case.complaint_id, row.version, "listen", "", case.desk.id)
    assert ResolutionStep.select().count() == 0
    assert complaints.get_complaint(case.complaint_id).version == row.version


def test_a_stale_desk_is_refused_with_who_and_when(case: Case, owner: StaffMember) -> None:
    resolution.complete_step(case.complaint_id, 1, "listen", "First desk", owner.id)
    with pytest.raises(StaleEdit, match="changed by Olga Owner at"):
        resolution.complete_step(case.complaint_id, 1, "listen", "Second desk, stale copy", case.desk.id)
    assert [r.note for r in resolution.open_resolution(case.complaint_id).history] == ["First desk"]


@pytest.mark.parametrize(("step", "kwargs", "field"), [
    ("wave", {}, "step"),
    ("listen", {"note": "x" * 4001}, "note"),
    ("follow_up", {"satisfaction": 6}, "satisfaction"),
    ("follow_up", {"satisfaction": 0}, "satisfaction"),
    ("listen", {"satisfaction": 3}, "satisfaction"),
    ("action", {"action_due": dt.datetime(2020, 1, 1, tzinfo=dt.UTC)}, "action_due"),
    ("action", {"action_due": dt.datetime(2099, 1, 1)}, "action_due"),
    ("listen", {"action_due": dt.datetime(2099, 1, 1, tzinfo=dt.UTC)}, "action_due"),
])
def test_bad_input_is_refused_and_nothing_saved(case: Case, step: str, kwargs: dict[str, object],
                                                field: str) -> None:
    kwargs = dict(kwargs)  # the parameter is shared between runs: never change it
    note = str(kwargs.pop("note", "note"))
    with pytest.raises(ValidationError) as err:
        resolution.complete_step(case.complaint_id, 1, step, note, case.desk.id, **kwargs)  # type: ignore[arg-type]
    assert field in err.value.fields
    assert ResolutionStep.select().count() == 0 and Complaint.get_by_id(case.complaint_id).version == 1


def test_unknown_staff_saves_nothing(case: Case) -> None:
    with pytest.raises(ValidationError, match="Say who is at the desk"):
        resolution.complete_step(case.complaint_id, 1, "listen", "", None)
    assert ResolutionStep.select().count() == 0 and Complaint.get_by_id(case.complaint_id).status == "new"


def test_every_step_is_audited(case: Case) -> None:
    _walk(case, "thank", case.desk.id)
    assert [c.action for c in audit.history("complaint", case.complaint_id)] == ["create", "step", "step"]
    changes = audit.history("complaint", case.complaint_id)
    assert changes[1].after["status"] == "in_progress" and changes[1].staff_name == "Priya Desk"
    step_ids = [r.id for r in resolution.open_resolution(case.complaint_id).history]
    assert all(audit.history("resolution_step", sid)[0].after["step"] for sid in step_ids)


def test_steps_remedies_and_promises_appear_in_the_customers_history(case: Case) -> None:
    from models.services import remedy_offers

    version = _walk(case, "solution", case.desk.id)
    offer = remedy_offers.offer_remedy(case.complaint_id, "voucher", None, 10, case.desk.id)
    remedy_offers.accept_remedy(offer.id, case.desk.id)
    version = resolution.complete_step(case.complaint_id, version, "agreement", "Voucher agreed", case.desk.id).version
    resolution.complete_step(case.complaint_id, version, "action", "", case.desk.id)
    entries = resolution.timeline_entries(case.customer_id)
    titles = [e.title for e in entries]
    assert "Listen — Priya Desk: “listen note”" in titles
    assert "Voucher for the next service 10 % (20.00 GBP) — accepted" in titles
    assert "Follow-up call: Call to ask if they are satisfied now (open)" in titles
    assert entries[0].kind == "promise"  # the follow-up, days ahead, is the newest
    assert {e.complaint_id for e in entries} == {case.complaint_id}
    assert [e.when for e in entries] == sorted((e.when for e in entries), reverse=True)
