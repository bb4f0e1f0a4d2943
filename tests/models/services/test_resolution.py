from __future__ import annotations

import datetime as dt

import pytest

from models.entities import STEPS, Complaint, Promise, ResolutionStep, utcnow
from models.errors import InvalidTransition, NotFound, StaleEdit, ValidationError
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


@pytest.mark.parametrize(("step", "kwargs", "fields"), [
    ("wave", {}, {"step": "There is no such step."}),
    ("listen", {"note": "x" * 4001}, {"note": "The note is too long (4000 characters at most)."}),
    ("follow_up", {"satisfaction": 6}, {"satisfaction": "Satisfaction is 1 (not at all) to 5 (very satisfied)."}),
    ("follow_up", {"satisfaction": 0}, {"satisfaction": "Satisfaction is 1 (not at all) to 5 (very satisfied)."}),
    ("follow_up", {"satisfaction": True}, {"satisfaction": "Satisfaction is 1 (not at all) to 5 (very satisfied)."}),
    ("listen", {"satisfaction": 3}, {"satisfaction": "Satisfaction is asked at the follow-up."}),
    ("action", {"action_due": dt.datetime(2020, 1, 1, tzinfo=dt.UTC)},
     {"action_due": "The quick action cannot be promised for a time already past."}),
    ("action", {"action_due": dt.datetime(2099, 1, 1)}, {"action_due": "The promised time needs a time zone."}),
    ("listen", {"action_due": dt.datetime(2099, 1, 1, tzinfo=dt.UTC)},
     {"action_due": "Only the quick action is promised for a date."}),
])
def test_bad_input_is_refused_and_nothing_saved(case: Case, step: str, kwargs: dict[str, object],
                                                fields: dict[str, str]) -> None:
    kwargs = dict(kwargs)  # the parameter is shared between runs: never change it
    note = str(kwargs.pop("note", "note"))
    with pytest.raises(ValidationError) as err:
        resolution.complete_step(case.complaint_id, 1, step, note, case.desk.id, **kwargs)  # type: ignore[arg-type]
    assert err.value.fields == fields
    assert ResolutionStep.select().count() == 0 and Complaint.get_by_id(case.complaint_id).version == 1


def test_a_note_of_the_full_length_is_kept(case: Case) -> None:
    result = resolution.complete_step(case.complaint_id, 1, "listen", "ż" * 4000, case.desk.id)
    assert resolution.steps_done(case.complaint_id)["listen"].note == "ż" * 4000 == result.step.note


@pytest.mark.parametrize("score", [1, 2, 3, 4, 5])
def test_every_satisfaction_score_is_recorded(case: Case, score: int) -> None:
    version = _walk(case, "action", case.desk.id)
    resolution.complete_step(case.complaint_id, version, "follow_up", "", case.desk.id, satisfaction=score)
    assert complaints.get_complaint(case.complaint_id).satisfaction == score


def test_what_a_step_returns_is_what_was_stored(case: Case) -> None:
    result = resolution.complete_step(case.complaint_id, 1, "listen", "Their words", case.desk.id)
    stored = resolution.steps_done(case.complaint_id)["listen"]
    assert result.step == stored
    assert (stored.step, stored.staff_id, stored.staff_name) == ("listen", case.desk.id, "Priya Desk")


def test_another_desks_write_between_our_read_and_write_is_refused(case: Case, owner: StaffMember,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    real = resolution.steps_done

    def other_desk_saves_meanwhile(complaint_id: int) -> dict[str, resolution.StepRecord]:
        Complaint.update(version=Complaint.version + 1).where(Complaint.id == complaint_id).execute()
        audit.record(owner.id, "complaint", complaint_id, "update", {}, {})
        return real(complaint_id)

    monkeypatch.setattr(resolution, "steps_done", other_desk_saves_meanwhile)
    with pytest.raises(StaleEdit, match="changed by Olga Owner at"):
        resolution.complete_step(case.complaint_id, 1, "listen", "Mine", case.desk.id)
    monkeypatch.undo()
    assert ResolutionStep.select().count() == 0 and Complaint.get_by_id(case.complaint_id).status == "new"


def test_revisiting_a_resolved_complaint_keeps_it_resolved(case: Case) -> None:
    version = _walk(case, "follow_up", case.desk.id)
    resolved_at = complaints.get_complaint(case.complaint_id).resolved_at
    result = resolution.complete_step(case.complaint_id, version, "thank", "Thanked again", case.desk.id)
    row = complaints.get_complaint(case.complaint_id)
    assert result.status == row.status == "resolved" and row.resolved_at == resolved_at


def test_no_promises_even_for_a_date_when_asked_not_to(case: Case) -> None:
    version = _walk(case, "agreement", case.desk.id)
    resolution.complete_step(case.complaint_id, version, "action", "", case.desk.id, make_promises=False,
                             action_due=utcnow() + dt.timedelta(days=1))
    assert Promise.select().count() == 0


def test_promises_made_at_the_step_carry_its_time_and_owner(case: Case, owner: StaffMember) -> None:
    version = _walk(case, "agreement", case.desk.id)
    result = resolution.complete_step(case.complaint_id, version, "action", "", case.desk.id,
                                      action_due=utcnow() + dt.timedelta(days=1))
    made = list(Promise.select().order_by(Promise.id))
    assert [p.what for p in made] == ["The quick action agreed", "Call to ask if they are satisfied now"]
    assert all(p.created_at == result.step.done_at and p.owner_id == owner.id for p in made)
    done = resolution.complete_step(case.complaint_id, result.version, "follow_up", "", case.desk.id)
    follow_up = Promise.get(Promise.kind == "follow_up")
    assert follow_up.done_at == done.step.done_at and follow_up.outcome == "Followed up"
    assert Promise.get(Promise.kind == "action").done_at is None  # the action is kept on its own


def test_refusals_say_why(case: Case, owner: StaffMember) -> None:
    with pytest.raises(NotFound) as gone:
        resolution.complete_step(999, 1, "listen", "", case.desk.id)
    assert gone.value.message == "That complaint no longer exists."
    with pytest.raises(NotFound):
        resolution.open_resolution(999)
    row = complaints.set_status(case.complaint_id, 1, "resolved", owner.id)
    row = complaints.set_status(case.complaint_id, row.version, "closed", owner.id)
    with pytest.raises(InvalidTransition) as closed:
        resolution.complete_step(case.complaint_id, row.version, "listen", "", case.desk.id)
    assert closed.value.message == "This complaint is closed; reopen it to work on it again."


def test_unknown_staff_saves_nothing(case: Case) -> None:
    with pytest.raises(ValidationError, match="Say who is at the desk"):
        resolution.complete_step(case.complaint_id, 1, "listen", "", None)
    assert ResolutionStep.select().count() == 0 and Complaint.get_by_id(case.complaint_id).status == "new"


def test_every_step_is_audited(case: Case) -> None:
    _walk(case, "thank", case.desk.id)
    assert [c.action for c in audit.history("complaint", case.complaint_id)] == ["create", "step", "step"]
    changes = audit.history("complaint", case.complaint_id)
    assert changes[1].before["status"] == "new" and changes[1].after["status"] == "in_progress"
    assert changes[1].staff_name == "Priya Desk" and changes[2].before == {}  # versions are not audited
    for record in resolution.open_resolution(case.complaint_id).history:
        [change] = audit.history("resolution_step", record.id)
        assert change.action == "create" and change.after["step"] == record.step


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


def test_the_view_holds_what_the_pane_shows(owner: StaffMember) -> None:
    case = make_case(owner, amount_cents=32_000, severity=3, fault="partly", name="Łucja Żółć")
    result = resolution.complete_step(case.complaint_id, 1, "listen", "Ich Wörter", case.desk.id)
    view = resolution.open_resolution(case.complaint_id)
    assert (view.complaint_id, view.customer_id, view.customer_name) == (case.complaint_id, case.customer_id,
                                                                         "Łucja Żółć")
    assert (view.summary, view.severity, view.business_at_fault) == ("Rattle since the service", 3, "partly")
    assert (view.status, view.version, view.satisfaction, view.visit_amount_cents) == ("in_progress", 2, None,
                                                                                       32_000)
    assert view.history == [result.step] and view.latest == {"listen": result.step}
    assert view.remedies == [] and view.promises == [] and view.currency == "GBP"
    assert view.standing.tier == "regular" and view.standing.spend_24_months_cents == 32_000
