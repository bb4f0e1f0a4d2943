"""Guided resolution: the seven steps of every resolution, done in order (or revisited), each stamped with the
time and the staff member; the complaint's status follows the steps.

Listen → Thank → Apologize → Seek the best solution → Reach agreement → Take quick action → Follow up.
The first step takes a new complaint into progress; agreement, quick action and follow-up done resolve it.
Taking quick action promises it (and the follow-up call) by default; following up records the customer's
satisfaction and keeps the follow-up promise.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from models import textcheck
from models.db import database, rows
from models.entities import STEPS, Complaint, Customer, Promise, ResolutionStep, Staff, Visit, utcnow
from models.errors import InvalidTransition, NotFound, StaleEdit, ValidationError
from models.i18n import CORE, QT_TRANSLATE_NOOP
from models.services import audit, promises, remedy_offers
from models.services.versioning import stale_message
from models.settings import BusinessSettings, load

NOTE_LIMIT = 4000
STEP_LABELS = {
    "listen": QT_TRANSLATE_NOOP("CORE", "Listen"),
    "thank": QT_TRANSLATE_NOOP("CORE", "Thank"),
    "apologize": QT_TRANSLATE_NOOP("CORE", "Apologize"),
    "solution": QT_TRANSLATE_NOOP("CORE", "Seek the best solution"),
    "agreement": QT_TRANSLATE_NOOP("CORE", "Reach agreement"),
    "action": QT_TRANSLATE_NOOP("CORE", "Take quick action"),
    "follow_up": QT_TRANSLATE_NOOP("CORE", "Follow up"),
}
__all__ = ["STEPS"]

RESOLVING_STEPS = ("agreement", "action", "follow_up")


@dataclass(frozen=True)
class StepRecord:
    id: int
    step: str
    done_at: dt.datetime
    staff_id: int | None
    staff_name: str
    note: str


@dataclass(frozen=True)
class StepResult:
    """What completing a step changed: the step recorded and the complaint as it is now."""

    step: StepRecord
    status: str
    version: int
    promise_ids: tuple[int, ...]


@dataclass(frozen=True)
class ResolutionView:
    """Everything the resolution pane shows for one complaint, read in one go."""

    complaint_id: int
    customer_id: int
    customer_name: str
    summary: str
    severity: int
    business_at_fault: str | None
    status: str
    version: int
    satisfaction: int | None
    visit_amount_cents: int | None
    latest: dict[str, StepRecord]  # the latest record of each step done
    history: list[StepRecord]  # every step record, oldest first
    remedies: list[remedy_offers.RemedyRecord]
    promises: list[promises.PromiseRecord]
    standing: remedy_offers.CustomerStanding
    settings: BusinessSettings  # the owner's policy the pane suggests and checks remedies by

    @property
    def currency(self) -> str:
        return self.settings.currency

    @property
    def next_step(self) -> str | None:
        """The first step not done yet (None when all seven are)."""
        return next((s for s in STEPS if s not in self.latest), None)


def _step_records(complaint_id: int) -> list[StepRecord]:
    query = (ResolutionStep.select(ResolutionStep.id, ResolutionStep.step, ResolutionStep.done_at,
                                   ResolutionStep.staff, Staff.name, ResolutionStep.note)
             .join(Staff, pw.JOIN.LEFT_OUTER, on=(ResolutionStep.staff == Staff.id))
             .where(ResolutionStep.complaint == complaint_id)
             .order_by(ResolutionStep.done_at, ResolutionStep.id))
    return [StepRecord(sid, step, done_at, staff_id, name or "", note)
            for sid, step, done_at, staff_id, name, note in rows(query)]


def steps_done(complaint_id: int) -> dict[str, StepRecord]:
    """The latest record of each step done (a revisit replaces the earlier one)."""
    return {record.step: record for record in _step_records(complaint_id)}


def open_resolution(complaint_id: int, *, settings: BusinessSettings | None = None) -> ResolutionView:
    """The complaint with its steps, remedies, promises and the customer's tier and concession history."""
    settings = settings or load()
    found = rows(
        Complaint.select(Complaint.id, Complaint.customer, Customer.name, Complaint.summary, Complaint.severity,
                         Complaint.business_at_fault, Complaint.status, Complaint.version, Complaint.satisfaction,
                         Visit.amount_cents)
        .join(Customer).switch(Complaint).join(Visit, pw.JOIN.LEFT_OUTER, on=(Complaint.visit == Visit.id))
        .where(Complaint.id == complaint_id)
    )
    if not found:
        raise NotFound(CORE.tr("That complaint no longer exists."))
    cid, customer_id, name, summary, severity, fault, status, version, satisfaction, amount = found[0]
    history = _step_records(complaint_id)
    return ResolutionView(
        complaint_id=cid, customer_id=customer_id, customer_name=name, summary=summary, severity=severity,
        business_at_fault=fault, status=status, version=version, satisfaction=satisfaction,
        visit_amount_cents=amount, latest={r.step: r for r in history}, history=history,
        remedies=remedy_offers.remedies_for(complaint_id), promises=promises.promises_for(complaint_id),
        standing=remedy_offers.customer_standing(customer_id, settings=settings), settings=settings,
    )


def _check(step: str, note: str, satisfaction: int | None, action_due: dt.datetime | None,
           now: dt.datetime) -> None:
    errors: dict[str, str] = {}
    if step not in STEPS:
        errors["step"] = CORE.tr("There is no such step.")
    if len(note) > NOTE_LIMIT:
        errors["note"] = CORE.tr("The note is too long ({limit} characters at most).").format(
                             limit=NOTE_LIMIT)
    elif reason := textcheck.problem(note, NOTE_LIMIT, multiline=True):
        errors["note"] = reason
    if satisfaction is not None and (isinstance(satisfaction, bool) or satisfaction not in (1, 2, 3, 4, 5)):
        errors["satisfaction"] = CORE.tr("Satisfaction is 1 (not at all) to 5 (very satisfied).")
    if satisfaction is not None and step != "follow_up":
        errors["satisfaction"] = CORE.tr("Satisfaction is asked at the follow-up.")
    if action_due is not None:
        if step != "action":
            errors["action_due"] = CORE.tr("Only the quick action is promised for a date.")
        elif action_due.tzinfo is None:
            errors["action_due"] = CORE.tr("The promised time needs a time zone.")
        elif action_due < now:
            errors["action_due"] = CORE.tr("The quick action cannot be promised for a time already past.")
    if errors:
        raise ValidationError(errors)


def complete_step(
    complaint_id: int,
    expected_version: int,
    step: str,
    note: str,
    staff_id: int | None,
    *,
    satisfaction: int | None = None,
    action_due: dt.datetime | None = None,
    make_promises: bool = True,
    settings: BusinessSettings | None = None,
) -> StepResult:
    """Mark one step done now by ``staff_id`` with a note.

    Steps go in order: a step can be done once the ones before it are (doing one again adds a new record; the
    latest counts). Refused on a closed complaint, and when someone changed the complaint since
    ``expected_version`` was read (saying who and when). Quick action promises the action (when ``action_due``
    is given: "done by Friday") and the follow-up call ``follow_up_days`` later; the follow-up records
    ``satisfaction`` (1–5) and keeps the follow-up promise. Agreement, action and follow-up done → resolved.
    """
    now = utcnow()
    note = note.strip()
    _check(step, note, satisfaction, action_due, now)
    settings = settings or load()
    with database.atomic():
        row = Complaint.get_or_none(Complaint.id == complaint_id)
        if row is None:
            raise NotFound(CORE.tr("That complaint no longer exists."))
        if row.version != expected_version:
            raise StaleEdit(stale_message("complaint", complaint_id, "complaint"))
        if row.status == "closed":
            raise InvalidTransition(CORE.tr("This complaint is closed; reopen it to work on it again."))
        done = steps_done(complaint_id)
        missing = [s for s in STEPS[:STEPS.index(step)] if s not in done]
        if missing:
            raise ValidationError({"step": CORE.tr("Do “{step}” first: the steps go in order.").format(
                                               step=CORE.tr(STEP_LABELS[missing[0]]))})
        record = ResolutionStep.create(complaint=complaint_id, step=step, done_at=now, staff=staff_id, note=note)
        audit.record(staff_id, "resolution_step", record.id, "create", None, audit.snapshot(record))
        promise_ids = _promises_for_step(row, step, note, action_due if make_promises else None, satisfaction,
                                         staff_id, settings, now, make_promises)

        before = audit.snapshot(row)
        changes: dict[pw.Field, object] = {}
        if row.first_contact_at is None:
            changes[Complaint.first_contact_at] = now  # listening to them is contact
        status = row.status
        if status == "new":
            status = "in_progress"
        done_now = set(done) | {step}
        if all(s in done_now for s in RESOLVING_STEPS) and status != "resolved":
            status = "resolved"
            changes[Complaint.resolved_at] = now
        if status != row.status:
            changes[Complaint.status] = status
        if satisfaction is not None:
            changes[Complaint.satisfaction] = satisfaction
        changes[Complaint.version] = expected_version + 1
        # the WHERE on version makes the check and the write one statement: two desks cannot both win
        if Complaint.update(changes).where((Complaint.id == complaint_id)
                                           & (Complaint.version == expected_version)).execute() != 1:
            raise StaleEdit(stale_message("complaint", complaint_id, "complaint"))
        after_row = Complaint.get_by_id(complaint_id)
        audit.record(staff_id, "complaint", complaint_id, "step", before, audit.snapshot(after_row))
    staff_name = Staff.select(Staff.name).where(Staff.id == staff_id).scalar()  # the audit made sure they exist
    return StepResult(
        step=StepRecord(record.id, step, now, staff_id, str(staff_name or ""), note),
        status=status, version=expected_version + 1, promise_ids=tuple(promise_ids),
    )


def _promises_for_step(row: Complaint, step: str, note: str, action_due: dt.datetime | None,
                       satisfaction: int | None, staff_id: int | None, settings: BusinessSettings,
                       now: dt.datetime, make_promises: bool) -> list[int]:
    created: list[int] = []
    if step == "action" and make_promises:
        open_kinds = {kind for _, kind in _open_promises(row.id)}
        if action_due is not None:
            created.append(promises.add_promise(row.customer_id, row.id, note or CORE.tr("The quick action agreed"),
                                                action_due, "action", row.owner_id, staff_id, now=now))
        if "follow_up" not in open_kinds:
            follow_up = (action_due or now) + dt.timedelta(days=settings.follow_up_days)
            created.append(promises.add_promise(row.customer_id, row.id, CORE.tr("Call to ask if they are "
                                                                                 "satisfied now"),
                                                follow_up, "follow_up", row.owner_id, staff_id, now=now))
    elif step == "follow_up":
        outcome = note or CORE.tr("Followed up")
        if satisfaction is not None:
            outcome = CORE.tr("{outcome} (satisfaction {satisfaction}/5)").format(outcome=outcome,
                                                                               satisfaction=satisfaction)
        for promise_id, kind in _open_promises(row.id):
            if kind == "follow_up":
                promises.finish_promise(promise_id, outcome, staff_id, now=now)
    return created


def _open_promises(complaint_id: int) -> list[tuple[int, str]]:
    query = Promise.select(Promise.id, Promise.kind).where(
        (Promise.complaint == complaint_id) & Promise.done_at.is_null())
    return [(int(pid), str(kind)) for pid, kind in rows(query)]


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the customer's history from guided resolution: a step, a remedy or a promise."""

    kind: str  # step | remedy | promise
    id: int
    complaint_id: int | None
    when: dt.datetime
    title: str  # "Listen — Priya Shah: “…”", "Refund 120.00 GBP — accepted", "Call back: … (done)"


def timeline_entries(customer_id: int, *, currency: str | None = None) -> list[TimelineEntry]:
    """Every step, note, remedy and promise of the customer's complaints, newest first, for the history pane."""
    from models.entities import Remedy
    from models.services.remedies import KIND_LABELS, STATUS_WORDS, money_text, remedy_cents

    currency = currency or load().currency
    entries: list[TimelineEntry] = []
    steps = (ResolutionStep.select(ResolutionStep.id, ResolutionStep.complaint, ResolutionStep.step,
                                   ResolutionStep.done_at, Staff.name, ResolutionStep.note)
             .join(Complaint).switch(ResolutionStep)
             .join(Staff, pw.JOIN.LEFT_OUTER, on=(ResolutionStep.staff == Staff.id))
             .where(Complaint.customer == customer_id))
    for sid, cid, step, done_at, name, note in rows(steps):
        label = CORE.tr(STEP_LABELS[step]) if step in STEP_LABELS else step
        title = (CORE.tr("{step} — {name}: “{note}”") if note else CORE.tr("{step} — {name}")).format(
            step=label, name=name or CORE.tr("someone"), note=note)
        entries.append(TimelineEntry("step", sid, cid, done_at, title))
    found = (Remedy.select(Remedy.id, Remedy.complaint, Remedy.created_at, Remedy.kind, Remedy.value_cents,
                           Remedy.percent, Remedy.status, Visit.amount_cents)
             .join(Complaint).join(Visit, pw.JOIN.LEFT_OUTER, on=(Complaint.visit == Visit.id))
             .where(Complaint.customer == customer_id))
    for rid, cid, created, kind, value, percent, status, bill in rows(found):
        title = CORE.tr(KIND_LABELS[kind]) if kind in KIND_LABELS else kind
        if percent is not None:
            title += f" {percent} %"
        cost = remedy_cents(kind, value, percent, bill)
        if cost:
            title += f" ({money_text(cost, currency)})"
        entries.append(TimelineEntry("remedy", rid, cid, created, CORE.tr("{remedy} — {status}").format(
            remedy=title, status=CORE.tr(STATUS_WORDS.get(status, status)))))
    for p in promises.promises_of_customer(customer_id):
        sentence = CORE.tr("{kind}: {what} (done)") if p.done_at is not None else CORE.tr("{kind}: {what} (open)")
        kind_label = CORE.tr(promises.KIND_LABELS[p.kind]) if p.kind in promises.KIND_LABELS else p.kind
        entries.append(TimelineEntry("promise", p.id, p.complaint_id, p.due_at,
                                     sentence.format(kind=kind_label, what=p.what)))
    entries.sort(key=lambda e: (e.when, e.kind, e.id), reverse=True)
    return entries
