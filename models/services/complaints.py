"""Complaints: taken in the customer's own words, edited with an optimistic version check, moved through
new → in progress → awaiting customer → resolved → closed (and reopened when it was not over)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from models import textcheck
from models.db import database
from models.entities import CATEGORIES, CHANNELS, FAULT, STATUSES, Complaint, Customer, Staff, Visit, utcnow
from models.errors import InvalidTransition, NotFound, StaleEdit, ValidationError
from models.i18n import CORE, QT_TRANSLATE_NOOP
from models.services import audit
from models.services.versioning import save_versioned, stale_message

__all__ = ["CATEGORIES", "CHANNELS", "FAULT", "STATUSES"]

CATEGORY_LABELS = {
    "price_over_estimate": QT_TRANSLATE_NOOP("CORE", "Price over the estimate"),
    "inferior_work": QT_TRANSLATE_NOOP("CORE", "Inferior materials / workmanship"),
    "failed_too_soon": QT_TRANSLATE_NOOP("CORE", "Product failed too soon"),
    "incompetent_service": QT_TRANSLATE_NOOP("CORE", "Incompetent service"),
    "unfriendly_attitude": QT_TRANSLATE_NOOP("CORE", "Unfriendly attitude"),
    "late": QT_TRANSLATE_NOOP("CORE", "Late / missed deadline"),
    "billing_error": QT_TRANSLATE_NOOP("CORE", "Billing error"),
    "public_review": QT_TRANSLATE_NOOP("CORE", "Public review"),
    "other": QT_TRANSLATE_NOOP("CORE", "Other"),
}
STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("CORE", "New"),
    "in_progress": QT_TRANSLATE_NOOP("CORE", "In progress"),
    "awaiting_customer": QT_TRANSLATE_NOOP("CORE", "Awaiting customer"),
    "resolved": QT_TRANSLATE_NOOP("CORE", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("CORE", "Closed"),
}
SEVERITY_LABELS = {
    1: QT_TRANSLATE_NOOP("CORE", "1 – minor"),
    2: QT_TRANSLATE_NOOP("CORE", "2 – moderate"),
    3: QT_TRANSLATE_NOOP("CORE", "3 – serious"),
    4: QT_TRANSLATE_NOOP("CORE", "4 – severe"),
}
CHANNEL_LABELS = {
    "walk-in": QT_TRANSLATE_NOOP("CORE", "Walk-in"),
    "phone": QT_TRANSLATE_NOOP("CORE", "Phone"),
    "email": QT_TRANSLATE_NOOP("CORE", "Email"),
    "letter": QT_TRANSLATE_NOOP("CORE", "Letter"),
    "online-review": QT_TRANSLATE_NOOP("CORE", "Online review"),
}
FAULT_LABELS = {
    None: QT_TRANSLATE_NOOP("CORE", "Not assessed yet"),
    "yes": QT_TRANSLATE_NOOP("CORE", "Yes"),
    "partly": QT_TRANSLATE_NOOP("CORE", "Partly"),
    "no": QT_TRANSLATE_NOOP("CORE", "No"),
}

# Which status may follow which. Moving back from resolved or closed is a reopen.
TRANSITIONS: dict[str, frozenset[str]] = {
    "new": frozenset({"in_progress", "awaiting_customer", "resolved"}),
    "in_progress": frozenset({"awaiting_customer", "resolved"}),
    "awaiting_customer": frozenset({"in_progress", "resolved"}),
    "resolved": frozenset({"closed", "in_progress"}),
    "closed": frozenset({"in_progress"}),
}
# Contact is made the moment a walk-in or a call is taken; a letter, email or review still needs a reply.
_LIVE_CHANNELS = frozenset({"walk-in", "phone"})


@dataclass(frozen=True)
class ComplaintRecord:
    """A complaint as saved, with the version an edit must name."""

    id: int
    customer_id: int
    visit_id: int | None
    received_at: dt.datetime
    received_week: str
    channel: str
    category: str
    severity: int
    summary: str
    customer_words: str
    desired_outcome: str
    status: str
    business_at_fault: str | None
    owner_id: int | None
    owner_name: str
    first_contact_at: dt.datetime | None
    resolved_at: dt.datetime | None
    satisfaction: int | None
    root_cause: str
    version: int


def _record(row: Complaint) -> ComplaintRecord:
    owner = Staff.get_or_none(Staff.id == row.owner_id) if row.owner_id is not None else None
    return ComplaintRecord(
        id=row.id, customer_id=row.customer_id, visit_id=row.visit_id, received_at=row.received_at,
        received_week=row.received_week, channel=row.channel, category=row.category, severity=row.severity,
        summary=row.summary,
        customer_words=row.customer_words, desired_outcome=row.desired_outcome, status=row.status,
        business_at_fault=row.business_at_fault, owner_id=row.owner_id, owner_name=owner.name if owner else "",
        first_contact_at=row.first_contact_at, resolved_at=row.resolved_at, satisfaction=row.satisfaction,
        root_cause=row.root_cause, version=row.version,
    )


@dataclass(frozen=True)
class ComplaintInput:
    """What the receptionist typed for a complaint."""

    customer_id: int
    category: str
    summary: str
    customer_words: str = ""
    desired_outcome: str = ""
    channel: str = "walk-in"
    severity: int = 2
    status: str = "new"
    business_at_fault: str | None = None
    visit_id: int | None = None
    received_at: dt.datetime | None = None


def validate(data: ComplaintInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.category not in CATEGORIES:
        errors["category"] = CORE.tr("Choose what the complaint is about.")
    if not textcheck.has_visible_letter(data.summary):
        errors["summary"] = CORE.tr("Write a one-line summary.")
    elif len(data.summary.strip()) > textcheck.SUMMARY:
        errors["summary"] = CORE.tr("Keep the summary to one line ({limit} characters at most).").format(
                                limit=textcheck.SUMMARY)
    elif reason := textcheck.problem(data.summary, textcheck.SUMMARY):
        errors["summary"] = reason
    for name in ("customer_words", "desired_outcome"):
        if reason := textcheck.problem(getattr(data, name), textcheck.LONG_TEXT, multiline=True):
            errors[name] = reason
    if data.channel not in CHANNELS:
        errors["channel"] = CORE.tr("Choose how the complaint reached us.")
    if data.severity not in (1, 2, 3, 4):
        errors["severity"] = CORE.tr("Severity is 1 (minor) to 4 (severe).")
    if data.status not in STATUSES:
        errors["status"] = CORE.tr("Choose a status.")
    if data.business_at_fault is not None and data.business_at_fault not in FAULT:
        errors["business_at_fault"] = CORE.tr("At fault is yes, partly or no.")
    if data.received_at is not None and data.received_at.tzinfo is None:
        errors["received_at"] = CORE.tr("The time received needs a time zone.")
    return errors


def _check_links(data: ComplaintInput) -> None:
    if not Customer.select().where(Customer.id == data.customer_id).exists():
        raise NotFound(CORE.tr("That customer no longer exists."))
    if data.visit_id is not None:
        visit = Visit.get_or_none(Visit.id == data.visit_id)
        if visit is None or visit.customer_id != data.customer_id:
            raise ValidationError({"visit": CORE.tr("That visit is not one of this customer's.")})


def iso_week(moment: dt.datetime) -> str:
    year, week, _ = moment.astimezone(dt.UTC).isocalendar()
    return f"{year}-W{week:02d}"


def create_complaint(data: ComplaintInput, staff_id: int) -> ComplaintRecord:
    """Log a complaint in the customer's own words; the staff member taking it becomes its owner."""
    errors = validate(data)
    if errors:
        raise ValidationError(errors)
    if data.status != "new":
        raise ValidationError({"status": CORE.tr("A new complaint starts as New.")})
    received = data.received_at or utcnow()
    with database.atomic():
        _check_links(data)
        row = Complaint.create(
            customer=data.customer_id,
            visit=data.visit_id,
            received_at=received,
            received_week=iso_week(received),
            channel=data.channel,
            category=data.category,
            severity=data.severity,
            summary=data.summary.strip(),
            customer_words=data.customer_words,
            desired_outcome=data.desired_outcome.strip(),
            status="new",
            business_at_fault=data.business_at_fault,
            owner=staff_id,
            first_contact_at=received if data.channel in _LIVE_CHANNELS else None,
        )
        audit.record(staff_id, "complaint", row.id, "create", None, audit.snapshot(row))
        return _record(row)


def _get_row(complaint_id: int) -> Complaint:
    row = Complaint.get_or_none(Complaint.id == complaint_id)
    if row is None:
        raise NotFound(CORE.tr("That complaint no longer exists."))
    return row


def get_complaint(complaint_id: int) -> ComplaintRecord:
    return _record(_get_row(complaint_id))


def complaint_input(row: ComplaintRecord) -> ComplaintInput:
    return ComplaintInput(
        customer_id=row.customer_id,
        category=row.category,
        summary=row.summary,
        customer_words=row.customer_words,
        desired_outcome=row.desired_outcome,
        channel=row.channel,
        severity=row.severity,
        status=row.status,
        business_at_fault=row.business_at_fault,
        visit_id=row.visit_id,
        received_at=row.received_at,
    )


def update_complaint(
    complaint_id: int, expected_version: int, data: ComplaintInput, staff_id: int
) -> ComplaintRecord:
    """Save an edited complaint, unless someone saved it since ``expected_version`` was loaded."""
    errors = validate(data)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        row = _get_row(complaint_id)
        if row.customer_id != data.customer_id:
            raise ValidationError({"customer": CORE.tr("A complaint cannot move to another customer.")})
        _check_links(data)
        if row.version != expected_version:
            raise StaleEdit(stale_message("complaint", complaint_id, "complaint"))
        before = audit.snapshot(row)
        if data.status != row.status:
            _apply_status(row, data.status)
        row.visit_id = data.visit_id
        row.channel = data.channel
        row.category = data.category
        row.severity = data.severity
        row.summary = data.summary.strip()
        row.customer_words = data.customer_words
        row.desired_outcome = data.desired_outcome.strip()
        row.business_at_fault = data.business_at_fault
        if data.received_at is not None and data.received_at != row.received_at:
            row.received_at = data.received_at
            row.received_week = iso_week(data.received_at)
        save_versioned(row, expected_version, "complaint", "complaint")
        action = "reopen" if before["status"] in ("resolved", "closed") and row.status == "in_progress" else "update"
        audit.record(staff_id, "complaint", row.id, action, before, audit.snapshot(row))
        return _record(row)


def set_status(complaint_id: int, expected_version: int, status: str, staff_id: int) -> ComplaintRecord:
    """Move the complaint to ``status`` if the workflow allows it."""
    data = dataclasses.replace(complaint_input(get_complaint(complaint_id)), status=status)
    return update_complaint(complaint_id, expected_version, data, staff_id)


def reopen(complaint_id: int, expected_version: int, staff_id: int) -> ComplaintRecord:
    """Take a resolved or closed complaint back into work."""
    return set_status(complaint_id, expected_version, "in_progress", staff_id)


def allowed_statuses(current: str) -> list[str]:
    """The statuses the complaint can be set to from ``current`` (itself first)."""
    return [current] + [s for s in STATUSES if s in TRANSITIONS.get(current, frozenset())]


def _apply_status(row: Complaint, status: str) -> None:
    if status not in TRANSITIONS.get(row.status, frozenset()):
        raise InvalidTransition(CORE.tr("A complaint that is {status} cannot be set to {new}.").format(
            status=CORE.tr(STATUS_LABELS[row.status]).lower(), new=CORE.tr(STATUS_LABELS[status]).lower()))
    now = utcnow()
    if row.status == "new" and row.first_contact_at is None:
        row.first_contact_at = now
    if status == "resolved":
        row.resolved_at = now
    elif status == "in_progress" and row.status in ("resolved", "closed"):
        row.resolved_at = None
    row.status = status
