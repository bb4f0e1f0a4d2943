from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from models.entities import Complaint, Promise, utcnow
from models.errors import ValidationError
from models.services import audit, promises
from models.services.staff import StaffMember
from tests.models.services.resolution_fixtures import Case, make_case

UTC = dt.UTC


@pytest.fixture
def case(owner: StaffMember) -> Case:
    return make_case(owner)


def test_create_and_keep_a_promise(case: Case, owner: StaffMember) -> None:
    due = utcnow() + dt.timedelta(hours=3)
    record = promises.create_promise(case.customer_id, case.complaint_id, " Call back by five ", due, case.desk.id)
    assert (record.what, record.kind, record.owner_name, record.due_at) == ("Call back by five", "call_back",
                                                                             "Priya Desk", due)
    done = promises.mark_done(record.id, "Rang her; the car is fine now.", owner.id)
    assert done.kept and done.outcome == "Rang her; the car is fine now."
    assert [c.action for c in audit.history("promise", record.id)] == ["create", "done"]
    with pytest.raises(ValidationError, match="already done"):
        promises.mark_done(record.id, "again", owner.id)


@pytest.mark.parametrize(("what", "due", "kind", "field"), [
    ("Call back", dt.datetime(2020, 5, 1, tzinfo=UTC), "call_back", "due_at"),
    ("Call back", dt.datetime(2099, 5, 1), "call_back", "due_at"),
    ("   ", dt.datetime(2099, 5, 1, tzinfo=UTC), "call_back", "what"),
    ("x" * 501, dt.datetime(2099, 5, 1, tzinfo=UTC), "call_back", "what"),
    ("Call back", dt.datetime(2099, 5, 1, tzinfo=UTC), "wish", "kind"),
])
def test_a_wrong_promise_saves_nothing(case: Case, what: str, due: dt.datetime, kind: str, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        promises.create_promise(case.customer_id, case.complaint_id, what, due, case.desk.id, kind=kind)
    assert field in err.value.fields
    assert Promise.select().count() == 0


def test_due_in_the_past_says_so(case: Case) -> None:
    with pytest.raises(ValidationError, match="cannot be due in the past"):
        promises.create_promise(case.customer_id, None, "Ring", utcnow() - dt.timedelta(minutes=1), case.desk.id)


def test_a_promise_about_another_customers_complaint_is_refused(case: Case, owner: StaffMember) -> None:
    other = make_case(owner, name="Bob Other")
    with pytest.raises(ValidationError, match="not this customer's"):
        promises.create_promise(other.customer_id, case.complaint_id, "Ring", utcnow() + dt.timedelta(hours=1),
                                case.desk.id)


def test_marking_done_needs_an_outcome(case: Case) -> None:
    record = promises.create_promise(case.customer_id, None, "Ring", utcnow() + dt.timedelta(hours=1), case.desk.id)
    with pytest.raises(ValidationError, match="outcome"):
        promises.mark_done(record.id, "  ", case.desk.id)
    assert promises.get_promise(record.id).done_at is None


def _promise(case: Case, what: str, due: dt.datetime, done: dt.datetime | None = None) -> int:
    row = Promise.create(customer=case.customer_id, complaint=case.complaint_id, what=what, due_at=due,
                         owner=case.desk.id, done_at=done)
    return int(row.id)


def test_queue_overdue_first_then_today_then_upcoming(case: Case) -> None:
    tz = zoneinfo.ZoneInfo("Europe/London")
    now = dt.datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    _promise(case, "upcoming", now + dt.timedelta(days=2))
    _promise(case, "today", now + dt.timedelta(hours=5))
    _promise(case, "overdue yesterday", now - dt.timedelta(days=1))
    _promise(case, "overdue an hour", now - dt.timedelta(hours=1))
    _promise(case, "too far ahead", now + dt.timedelta(days=30))
    _promise(case, "done", now - dt.timedelta(days=2), done=now - dt.timedelta(days=3))
    queue = promises.today_queue(now=now, tz=tz)
    assert [(i.promise.what, i.bucket) for i in queue.items] == [
        ("overdue yesterday", "overdue"), ("overdue an hour", "overdue"), ("today", "today"),
        ("upcoming", "upcoming")]
    assert queue.overdue == 2


def test_today_ends_at_the_desks_midnight(case: Case) -> None:
    now = dt.datetime(2026, 7, 1, 20, 0, tzinfo=UTC)  # 21:00 in London (summer time), 22:00 in Warsaw
    _promise(case, "at 23:30 UTC", dt.datetime(2026, 7, 1, 23, 30, tzinfo=UTC))
    assert promises.today_queue(now=now, tz=zoneinfo.ZoneInfo("Europe/London")).items[0].bucket == "upcoming"
    assert promises.today_queue(now=now, tz=zoneinfo.ZoneInfo("America/New_York")).items[0].bucket == "today"


@pytest.mark.parametrize(("elapsed_hours", "state"), [(0, "ok"), (2.9, "ok"), (3, "warning"), (4, "warning"),
                                                      (4.01, "breached")])
def test_sla_state_warns_before_the_breach(elapsed_hours: float, state: str) -> None:
    received = dt.datetime(2026, 1, 1, tzinfo=UTC)
    now = received + dt.timedelta(hours=elapsed_hours)
    assert promises.sla_state(received, dt.timedelta(hours=4), now, 75) == state


def test_sla_warnings_for_open_complaints(case: Case, owner: StaffMember) -> None:
    now = utcnow()
    # the case: a letter 3.5 hours ago, no contact yet (first contact target 4 h, warn from 3 h)
    Complaint.update(received_at=now - dt.timedelta(hours=3, minutes=30)).execute()
    late = make_case(owner, name="Late Larry")
    Complaint.update(received_at=now - dt.timedelta(days=6), first_contact_at=now - dt.timedelta(days=6)).where(
        Complaint.id == late.complaint_id).execute()
    soon = make_case(owner, name="Soon Sue", channel="phone")  # contact made at once
    Complaint.update(received_at=now - dt.timedelta(days=4), first_contact_at=now).where(
        Complaint.id == soon.complaint_id).execute()
    done = make_case(owner, name="Done Dora")
    Complaint.update(received_at=now - dt.timedelta(days=9), status="resolved").where(
        Complaint.id == done.complaint_id).execute()
    fresh = make_case(owner, name="Fresh Fred", channel="phone")  # nothing to warn about
    warnings = promises.sla_warnings(now=now)
    assert [(w.customer_name, w.target, w.breached) for w in warnings] == [
        ("Late Larry", "resolution", True), ("Anna Smith", "first_contact", False),
        ("Soon Sue", "resolution", False)]
    assert fresh.complaint_id not in {w.complaint_id for w in warnings}


def test_kept_rate(case: Case) -> None:
    now = utcnow()
    _promise(case, "kept", now - dt.timedelta(days=3), done=now - dt.timedelta(days=4))
    _promise(case, "kept on the minute", now - dt.timedelta(days=2), done=now - dt.timedelta(days=2))
    _promise(case, "late", now - dt.timedelta(days=2), done=now - dt.timedelta(days=1))
    _promise(case, "overdue", now - dt.timedelta(hours=1))
    _promise(case, "not due yet", now + dt.timedelta(hours=1))
    rate = promises.kept_rate(now=now)
    assert (rate.due, rate.kept, rate.rate) == (4, 2, 0.5)
    recent = promises.kept_rate(since=now - dt.timedelta(days=2, hours=1), now=now)
    assert (recent.due, recent.kept) == (3, 1)
    assert promises.kept_rate(now=now - dt.timedelta(days=30)).rate is None
