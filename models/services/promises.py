"""Promises kept: "I'll call you back by end of day" becomes a promise with a due time and an owner; the Today
queue puts the overdue ones first, and warns before a complaint breaches its first-contact or resolution target."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

import peewee as pw

from models import textcheck
from models.db import database, rows
from models.entities import PROMISE_KINDS, Complaint, Customer, Promise, Staff, utcnow
from models.errors import NotFound, ValidationError
from models.i18n import CORE, QT_TRANSLATE_NOOP
from models.services import audit
from models.settings import BusinessSettings, load

WHAT_LIMIT = 500
OUTCOME_LIMIT = 1000
OPEN_STATUSES = ("new", "in_progress", "awaiting_customer")
BUCKETS = ("overdue", "today", "upcoming")
KIND_LABELS = {
    "call_back": QT_TRANSLATE_NOOP("CORE", "Call back"),
    "action": QT_TRANSLATE_NOOP("CORE", "Quick action"),
    "follow_up": QT_TRANSLATE_NOOP("CORE", "Follow-up call"),
}


@dataclass(frozen=True)
class PromiseRecord:
    id: int
    complaint_id: int | None
    customer_id: int
    customer_name: str
    what: str
    kind: str
    due_at: dt.datetime
    owner_id: int | None
    owner_name: str
    done_at: dt.datetime | None
    outcome: str

    @property
    def kept(self) -> bool:
        return self.done_at is not None and self.done_at <= self.due_at


@dataclass(frozen=True)
class QueueItem:
    promise: PromiseRecord
    bucket: str  # overdue | today | upcoming


@dataclass(frozen=True)
class SlaWarning:
    complaint_id: int
    customer_id: int
    customer_name: str
    summary: str
    target: str  # first_contact | resolution
    deadline: dt.datetime
    breached: bool


@dataclass(frozen=True)
class TodayQueue:
    items: list[QueueItem]  # overdue first (oldest first), then due today, then upcoming
    warnings: list[SlaWarning]  # breached first, then the nearest deadline

    @property
    def overdue(self) -> int:
        return sum(1 for item in self.items if item.bucket == "overdue")


@dataclass(frozen=True)
class QueueEntry:
    """One open promise in the queue, as light as the list needs: the rest is read for the rows shown."""

    promise_id: int
    bucket: str  # overdue | today | upcoming
    stored_due: Any  # the due time as the database gave it; read as a time only for the rows shown

    @property
    def due_at(self) -> dt.datetime:
        return cast(dt.datetime, Promise.due_at.python_value(self.stored_due))


@dataclass(frozen=True)
class QueueIndex:
    entries: list[QueueEntry]  # overdue first (oldest first), then due today, then upcoming
    warnings: list[SlaWarning]

    def count(self, bucket: str) -> int:
        return sum(1 for entry in self.entries if entry.bucket == bucket)


@dataclass(frozen=True)
class KeptRate:
    due: int  # promises whose due time has passed
    kept: int  # of those, done by their due time
    rate: float | None  # kept / due, None when nothing was due


_COLUMNS = (Promise.id, Promise.complaint, Promise.customer, Customer.name, Promise.what, Promise.kind,
            Promise.due_at, Promise.owner, Staff.name, Promise.done_at, Promise.outcome)


def _select() -> Any:
    return (Promise.select(*_COLUMNS).join(Customer)
            .switch(Promise).join(Staff, pw.JOIN.LEFT_OUTER, on=(Promise.owner == Staff.id)))


def _record(v: tuple[Any, ...]) -> PromiseRecord:
    return PromiseRecord(
        id=int(v[0]), complaint_id=v[1], customer_id=int(v[2]), customer_name=str(v[3]),
        what=str(v[4]), kind=str(v[5]), due_at=v[6], owner_id=v[7], owner_name=str(v[8] or ""),
        done_at=v[9], outcome=str(v[10] or ""),
    )


def _fast_records(query: Any) -> list[PromiseRecord]:
    """The query's rows straight from the driver: at 10,000 open promises peewee's row wrapping is half the time."""
    sql, params = query.sql()
    moment: Any = Promise.due_at.python_value  # text from SQLite, a datetime from a server: aware UTC either way
    return [
        PromiseRecord(pid, complaint, customer, name, what, kind, moment(due), owner, owner_name or "",
                      moment(done), outcome or "")
        for pid, complaint, customer, name, what, kind, due, owner, owner_name, done, outcome
        in database.execute_sql(sql, params).fetchall()
    ]


def get_promise(promise_id: int) -> PromiseRecord:
    found = rows(_select().where(Promise.id == promise_id))
    if not found:
        raise NotFound(CORE.tr("That promise no longer exists."))
    return _record(found[0])


def promises_for(complaint_id: int) -> list[PromiseRecord]:
    return [_record(v) for v in rows(_select().where(Promise.complaint == complaint_id).order_by(Promise.due_at))]


def promises_of_customer(customer_id: int) -> list[PromiseRecord]:
    return [_record(v) for v in rows(_select().where(Promise.customer == customer_id).order_by(Promise.due_at))]


def add_promise(customer_id: int, complaint_id: int | None, what: str, due_at: dt.datetime, kind: str,
                owner_id: int | None, staff_id: int | None, *, now: dt.datetime | None = None) -> int:
    """Validate and insert one promise; call inside the caller's transaction. Returns its id."""
    now = now or utcnow()
    errors: dict[str, str] = {}
    if not what.strip():
        errors["what"] = CORE.tr("Say what was promised.")
    elif len(what.strip()) > WHAT_LIMIT:
        errors["what"] = CORE.tr("Keep the promise short ({limit} characters at most).").format(
                             limit=WHAT_LIMIT)
    elif reason := textcheck.problem(what, WHAT_LIMIT):
        errors["what"] = reason
    if kind not in PROMISE_KINDS:
        errors["kind"] = CORE.tr("A promise is a call back, a quick action or a follow-up.")
    if due_at.tzinfo is None:
        errors["due_at"] = CORE.tr("The due time needs a time zone.")
    elif due_at < now:
        errors["due_at"] = CORE.tr("A promise cannot be due in the past; choose a later time.")
    if errors:
        raise ValidationError(errors)
    if not Customer.select().where(Customer.id == customer_id).exists():
        raise NotFound(CORE.tr("That customer no longer exists."))
    if complaint_id is not None:
        owner_of = Complaint.select(Complaint.customer).where(Complaint.id == complaint_id).scalar()
        if owner_of is None:
            raise NotFound(CORE.tr("That complaint no longer exists."))
        if owner_of != customer_id:
            raise ValidationError({"complaint": CORE.tr("That complaint is not this customer's.")})
    row = Promise.create(customer=customer_id, complaint=complaint_id, what=what.strip(), kind=kind, due_at=due_at,
                         owner=owner_id if owner_id is not None else staff_id, created_at=now)
    audit.record(staff_id, "promise", row.id, "create", None, audit.snapshot(row))
    return int(row.id)


def create_promise(customer_id: int, complaint_id: int | None, what: str, due_at: dt.datetime, staff_id: int | None,
                   *, kind: str = "call_back", owner_id: int | None = None) -> PromiseRecord:
    """Record a promise made to the customer ("I'll call you back by five"); due in the past is refused."""
    with database.atomic():
        promise_id = add_promise(customer_id, complaint_id, what, due_at, kind, owner_id, staff_id)
    return get_promise(promise_id)


def finish_promise(promise_id: int, outcome: str, staff_id: int | None, *, now: dt.datetime | None = None) -> None:
    """Mark one promise done with its outcome; call inside the caller's transaction."""
    if not outcome.strip():
        raise ValidationError({"outcome": CORE.tr("Say how it went (the outcome).")})
    if len(outcome.strip()) > OUTCOME_LIMIT:
        raise ValidationError({"outcome": CORE.tr("Keep the outcome to {limit} characters.").format(
                                              limit=OUTCOME_LIMIT)})
    if reason := textcheck.problem(outcome, OUTCOME_LIMIT, multiline=True):
        raise ValidationError({"outcome": reason})
    row = Promise.get_or_none(Promise.id == promise_id)
    if row is None:
        raise NotFound(CORE.tr("That promise no longer exists."))
    if row.done_at is not None:
        raise ValidationError({"outcome": CORE.tr("This promise is already done.")})
    before = audit.snapshot(row)
    row.done_at = now or utcnow()
    row.outcome = outcome.strip()
    row.save()
    audit.record(staff_id, "promise", row.id, "done", before, audit.snapshot(row))


def mark_done(promise_id: int, outcome: str, staff_id: int | None) -> PromiseRecord:
    """The promise is kept (or at least done): when, and what came of it."""
    with database.atomic():
        finish_promise(promise_id, outcome, staff_id)
    return get_promise(promise_id)


# ---------------------------------------------------------------------------------------------- the Today queue


def bucket(due_at: dt.datetime, now: dt.datetime, end_of_today: dt.datetime) -> str:
    if due_at < now:
        return "overdue"
    if due_at < end_of_today:
        return "today"
    return "upcoming"


def sla_state(received_at: dt.datetime, target: dt.timedelta, now: dt.datetime, warning_percent: int) -> str:
    """ok, warning (``warning_percent`` of the time has gone, before the breach) or breached."""
    elapsed = now - received_at
    if elapsed > target:
        return "breached"
    if elapsed * 100 >= target * warning_percent:
        return "warning"
    return "ok"


def _end_of_local_day(now: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    local = now.astimezone(tz)
    tomorrow = dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(0), tzinfo=local.tzinfo)
    return tomorrow.astimezone(dt.UTC)


def queue_index(*, now: dt.datetime | None = None, tz: dt.tzinfo | None = None, upcoming_days: int = 7,
                settings: BusinessSettings | None = None) -> QueueIndex:
    """Open promises — overdue first, then due today, then the next ``upcoming_days`` — and the open complaints
    close to (or past) their first-contact or resolution target. ``tz`` is the desk's (default: the PC's).

    Only ids and due times, read from the (done_at, due_at) index alone: 10,000 open promises list in a few
    milliseconds, and the list reads the rest (``promise_records``) for the rows it shows."""
    now = now or utcnow()
    settings = settings or load()
    end_today = _end_of_local_day(now, tz)
    horizon = end_today + dt.timedelta(days=upcoming_days)
    # the database sorts them into overdue (0), today (1) and upcoming (2): no time is parsed for 10,000 rows
    which = pw.Case(None, [(Promise.due_at < now, 0), (Promise.due_at < end_today, 1)], 2)
    sql, params = (Promise.select(Promise.id, which, Promise.due_at)
                   .where(Promise.done_at.is_null() & (Promise.due_at < horizon))
                   .order_by(Promise.due_at, Promise.id).sql())
    names = BUCKETS
    entries = [QueueEntry(pid, names[int(code)], stored)
               for pid, code, stored in database.execute_sql(sql, params).fetchall()]
    return QueueIndex(entries=entries, warnings=sla_warnings(now=now, settings=settings))


def promise_records(ids: list[int]) -> dict[int, PromiseRecord]:
    """The promises with these ids (those that still exist), by id."""
    found: dict[int, PromiseRecord] = {}
    for start in range(0, len(ids), 500):
        for record in _fast_records(_select().where(Promise.id.in_(ids[start:start + 500]))):
            found[record.id] = record
    return found


def today_queue(*, now: dt.datetime | None = None, tz: dt.tzinfo | None = None, upcoming_days: int = 7,
                settings: BusinessSettings | None = None) -> TodayQueue:
    """The whole queue with every promise read (the command line prints it all)."""
    index = queue_index(now=now, tz=tz, upcoming_days=upcoming_days, settings=settings)
    records = promise_records([entry.promise_id for entry in index.entries])
    items = [QueueItem(records[e.promise_id], e.bucket) for e in index.entries if e.promise_id in records]
    return TodayQueue(items=items, warnings=index.warnings)


def sla_warnings(*, now: dt.datetime | None = None, settings: BusinessSettings | None = None) -> list[SlaWarning]:
    """Open complaints whose first contact or resolution is close to its target, or past it."""
    now = now or utcnow()
    settings = settings or load()
    warn = settings.sla_warning_percent
    targets = {
        "first_contact": dt.timedelta(hours=settings.sla_first_contact_hours),
        "resolution": dt.timedelta(days=settings.sla_resolution_days),
    }
    # only what has used up the warning share of its time can warn: the rest is not fetched at all
    earliest_warning = now - min(targets.values()) * warn / 100
    sql, params = (
        Complaint.select(Complaint.id, Complaint.customer, Customer.name, Complaint.summary, Complaint.received_at,
                         Complaint.first_contact_at)
        .join(Customer)
        # IN the open statuses, not NOT IN the closed ones: the status index then skips the 200,000 closed ones
        .where(Complaint.status.in_(OPEN_STATUSES) & (Complaint.received_at <= earliest_warning))
    ).sql()
    moment: Any = Complaint.received_at.python_value
    warnings: list[SlaWarning] = []
    for cid, customer_id, name, summary, stored, first_contact in database.execute_sql(sql, params).fetchall():
        received = moment(stored)
        for target, span in targets.items():
            if target == "first_contact" and first_contact is not None:
                continue
            state = sla_state(received, span, now, warn)
            if state != "ok":
                warnings.append(SlaWarning(cid, customer_id, name, summary, target, received + span,
                                           state == "breached"))
    warnings.sort(key=lambda w: (not w.breached, w.deadline, w.complaint_id))
    return warnings


def kept_rate(*, since: dt.datetime | None = None, now: dt.datetime | None = None) -> KeptRate:
    """Of the promises due (since ``since``, up to now), how many were done by their due time."""
    now = now or utcnow()
    due = Promise.due_at <= now
    if since is not None:
        due &= Promise.due_at >= since
    total = Promise.select().where(due).count()
    kept = Promise.select().where(due & Promise.done_at.is_null(False) & (Promise.done_at <= Promise.due_at)).count()
    return KeptRate(due=total, kept=kept, rate=kept / total if total else None)
