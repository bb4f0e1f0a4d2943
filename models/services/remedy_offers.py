"""Remedies as records: offered to the customer, accepted or declined, then given; the customer's tier and
concession history. The rules themselves are in models.services.remedies."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee as pw

from models.db import database, rows
from models.entities import Complaint, Remedy, Staff, Visit, utcnow
from models.errors import DeskError, InvalidTransition, NotFound, ValidationError
from models.i18n import CORE
from models.services import audit, remedies
from models.services.staff import Approval
from models.settings import BusinessSettings, load


class ApprovalRequired(DeskError):
    """The remedy is above the desk limit: a manager must approve it with their PIN first."""


@dataclass(frozen=True)
class RemedyRecord:
    id: int
    complaint_id: int
    kind: str
    value_cents: int | None
    percent: int | None
    status: str
    approved_by_id: int | None
    approved_by_name: str
    created_at: dt.datetime
    cost_cents: int  # what it costs the business (a percent taken of the visit's bill)


@dataclass(frozen=True)
class ConcessionHistory:
    """Remedies accepted or given to the customer in the last 12 months, against what they spent then."""

    count: int
    total_cents: int
    spend_cents: int
    share_percent: int | None
    banner: bool


@dataclass(frozen=True)
class CustomerStanding:
    tier: str
    visits_24_months: int
    spend_24_months_cents: int
    concessions: ConcessionHistory


_COLUMNS = (Remedy.id, Remedy.complaint, Remedy.kind, Remedy.value_cents, Remedy.percent, Remedy.status,
            Remedy.approved_by, Staff.name, Remedy.created_at, Visit.amount_cents)


def _select() -> Any:
    return (Remedy.select(*_COLUMNS)
            .join(Staff, pw.JOIN.LEFT_OUTER, on=(Remedy.approved_by == Staff.id))
            .switch(Remedy).join(Complaint).join(Visit, pw.JOIN.LEFT_OUTER, on=(Complaint.visit == Visit.id)))


def _record(values: tuple[Any, ...]) -> RemedyRecord:
    rid, cid, kind, value, percent, status, approver, name, created, amount = values
    return RemedyRecord(
        id=int(rid), complaint_id=int(cid), kind=str(kind), value_cents=value, percent=percent,
        status=str(status), approved_by_id=approver, approved_by_name=str(name or ""),
        created_at=created, cost_cents=remedies.remedy_cents(str(kind), value, percent, amount),
    )


def remedies_for(complaint_id: int) -> list[RemedyRecord]:
    """The complaint's remedies, oldest first."""
    return [_record(v) for v in rows(_select().where(Remedy.complaint == complaint_id).order_by(Remedy.id))]


def get_remedy(remedy_id: int) -> RemedyRecord:
    found = rows(_select().where(Remedy.id == remedy_id))
    if not found:
        raise NotFound(CORE.tr("That remedy no longer exists."))
    return _record(found[0])


def _complaint_and_bill(complaint_id: int) -> tuple[Complaint, int | None]:
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None:
        raise NotFound(CORE.tr("That complaint no longer exists."))
    amount = None
    if complaint.visit_id is not None:
        amount = Visit.select(Visit.amount_cents).where(Visit.id == complaint.visit_id).scalar()
    return complaint, amount


def offer_remedy(
    complaint_id: int,
    kind: str,
    value_cents: int | None,
    percent: int | None,
    staff_id: int | None,
    approval: Approval | None = None,
    settings: BusinessSettings | None = None,
) -> RemedyRecord:
    """Record a remedy as offered to the customer. Above the desk limit it needs a manager's approval, which is
    recorded with it; without one, ApprovalRequired says so and nothing is saved."""
    settings = settings or load()
    with database.atomic():
        complaint, bill = _complaint_and_bill(complaint_id)
        if complaint.status == "closed":
            raise InvalidTransition(CORE.tr("This complaint is closed; reopen it before offering a remedy."))
        problems = remedies.remedy_problems(kind, value_cents, percent, bill, settings.currency)
        if problems:
            raise ValidationError(problems)
        if remedies.needs_approval(kind, value_cents, percent, bill, settings):
            if approval is None:
                raise ApprovalRequired(
                    CORE.tr("This remedy is above the desk limit ({limit}): a manager must approve it with "
                            "their PIN.").format(limit=remedies.limit_text(settings)))
            manager = Staff.get_or_none(Staff.id == approval.manager_id)
            if manager is None or manager.role != "manager" or not manager.active:
                raise ApprovalRequired(CORE.tr("Only an active manager can approve a remedy above the desk limit."))
        row = Remedy.create(complaint=complaint_id, kind=kind, value_cents=value_cents, percent=percent,
                            status="offered", approved_by=approval.manager_id if approval else None)
        audit.record(staff_id, "remedy", row.id, "offer", None, audit.snapshot(row))
    return get_remedy(row.id)


def _move(remedy_id: int, status: str, staff_id: int | None) -> RemedyRecord:
    with database.atomic():
        row = Remedy.get_or_none(Remedy.id == remedy_id)
        if row is None:
            raise NotFound(CORE.tr("That remedy no longer exists."))
        if not remedies.can_move(row.status, status):
            raise InvalidTransition(CORE.tr("A remedy that is {status} cannot be marked {new}.").format(
                                        status=CORE.tr(remedies.STATUS_WORDS.get(row.status, row.status)),
                                        new=CORE.tr(remedies.STATUS_WORDS.get(status, status))))
        before = audit.snapshot(row)
        # the WHERE on the old status: two desks cannot both accept and decline the same offer
        changed = (Remedy.update(status=status)
                   .where((Remedy.id == remedy_id) & (Remedy.status == row.status)).execute())
        if changed != 1:
            raise InvalidTransition(CORE.tr("Another desk changed this remedy just now; look again."))
        row.status = status
        audit.record(staff_id, "remedy", remedy_id, status, before, audit.snapshot(row))
    return get_remedy(remedy_id)


def accept_remedy(remedy_id: int, staff_id: int | None) -> RemedyRecord:
    """The customer accepted the remedy offered."""
    return _move(remedy_id, "accepted", staff_id)


def decline_remedy(remedy_id: int, staff_id: int | None) -> RemedyRecord:
    """The customer declined the remedy offered."""
    return _move(remedy_id, "declined", staff_id)


def give_remedy(remedy_id: int, staff_id: int | None) -> RemedyRecord:
    """The accepted remedy was given (refunded, redone, handed over)."""
    return _move(remedy_id, "given", staff_id)


def concession_history(customer_id: int, *, settings: BusinessSettings | None = None,
                       now: dt.datetime | None = None) -> ConcessionHistory:
    """Remedies accepted or given to the customer in the last 12 months: how many, their total, and the share of
    what the customer spent in those months; ``banner`` when the owner's threshold is passed."""
    settings = settings or load()
    now = now or utcnow()
    since = now - dt.timedelta(days=remedies.CONCESSION_WINDOW_DAYS)
    given = rows(
        Remedy.select(Remedy.kind, Remedy.value_cents, Remedy.percent, Visit.amount_cents)
        .join(Complaint).join(Visit, pw.JOIN.LEFT_OUTER, on=(Complaint.visit == Visit.id))
        .where((Complaint.customer == customer_id) & Remedy.status.in_(("accepted", "given"))
               & (Remedy.kind != "none") & (Remedy.created_at >= since))
    )
    total = sum(remedies.remedy_cents(kind, value, percent, amount) for kind, value, percent, amount in given)
    spend = int(Visit.select(pw.fn.COALESCE(pw.fn.SUM(Visit.amount_cents), 0))
                .where((Visit.customer == customer_id) & (Visit.date >= since.date())).scalar())
    return ConcessionHistory(
        count=len(given), total_cents=total, spend_cents=spend,
        share_percent=remedies.share_percent(total, spend),
        banner=remedies.concession_banner_due(len(given), total, spend, settings),
    )


def customer_standing(customer_id: int, *, settings: BusinessSettings | None = None,
                      now: dt.datetime | None = None) -> CustomerStanding:
    """The customer's loyalty tier (24 months) and concession history (12 months)."""
    settings = settings or load()
    now = now or utcnow()
    since = (now - dt.timedelta(days=remedies.TIER_WINDOW_DAYS)).date()
    visits, spend = rows(
        Visit.select(pw.fn.COUNT(Visit.id), pw.fn.COALESCE(pw.fn.SUM(Visit.amount_cents), 0))
        .where((Visit.customer == customer_id) & (Visit.date >= since))
    )[0]
    return CustomerStanding(
        tier=remedies.tier_for(int(visits), int(spend), settings),
        visits_24_months=int(visits), spend_24_months_cents=int(spend),
        concessions=concession_history(customer_id, settings=settings, now=now),
    )
