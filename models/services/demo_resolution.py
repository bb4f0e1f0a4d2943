"""Demo data for guided resolution: the steps taken on each demo complaint (in order, by staff, between receiving
and resolving it), remedies of every kind (the larger ones approved by the demo manager), concessions piling up
for the repeat complainers, promises kept, late and overdue, and satisfaction at the follow-up.

Called by models.services.demo.generate inside its transaction; it draws from its own random stream, so the
customers, visits and complaints of a seed stay the same.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from typing import Any

import peewee as pw

from models.bulk import insert_rows
from models.db import database, is_sqlite, rows
from models.entities import STEPS, Complaint, Promise, Remedy, ResolutionStep, Staff, Visit
from models.services import remedies
from models.settings import DEFAULTS

NOTES = {
    "listen": ["Let them finish; their words are in the complaint.", "Listened on the phone, twenty minutes.",
               "Listened at the counter; they were upset but calm by the end."],
    "thank": ["Thanked them by name for telling us.", "Thanked them for giving us the chance to put it right."],
    "apologize": ["Apologized sincerely.", "Said sorry for the trouble and the wasted time."],
    "solution": ["Asked what they would consider fair.", "Offered a recheck or a voucher; asked what suits them."],
    "agreement": ["Agreed on the remedy offered.", "Agreed: recheck tomorrow morning and the remedy below."],
    "action": ["Done while they waited.", "Booked the recheck for tomorrow 9:00.", "Refund put through today."],
    "follow_up": ["Called back: all fine now.", "Rang them; happy with how it was handled.",
                  "Called back; still a little annoyed but accepts the outcome."],
}
_STEP_COLUMNS = ("complaint", "step", "done_at", "staff", "note")
_REMEDY_COLUMNS = ("complaint", "kind", "value_cents", "percent", "status", "approved_by", "created_at")
_PROMISE_COLUMNS = ("complaint", "customer", "what", "kind", "due_at", "owner", "done_at", "outcome", "created_at")
_FOLLOW_UP = "Call to ask if they are satisfied now"


def add_resolution_data(first_customer_id: int, staff_ids: list[int], now: dt.datetime, seed: int) -> int:
    """Add steps, remedies and promises to the complaints of customers from ``first_customer_id`` on; call inside
    the demo's transaction. Returns how many steps were added."""
    rng = random.Random(seed * 7919 + 1)
    from models.services.demo import DEMO_STAFF  # the demo's own manager approves, not the shop's owner

    demo_managers = [name for name, role in DEMO_STAFF if role == "manager"]
    manager_id = (Staff.select(Staff.id).where((Staff.role == "manager") & Staff.active)
                  .order_by(Staff.name.not_in(demo_managers), Staff.id).scalar())
    found = rows(
        Complaint.select(Complaint.id, Complaint.customer, Complaint.received_at, Complaint.status,
                         Complaint.first_contact_at, Complaint.resolved_at, Complaint.satisfaction,
                         Complaint.business_at_fault, Complaint.owner, Visit.amount_cents)
        .join(Visit, pw.JOIN.LEFT_OUTER, on=(Complaint.visit == Visit.id))
        .where(Complaint.customer >= first_customer_id).order_by(Complaint.id)
    )
    per_customer = Counter(row[1] for row in found)
    steps: list[tuple[Any, ...]] = []
    remedy_rows: list[tuple[Any, ...]] = []
    promise_rows: list[tuple[Any, ...]] = []
    satisfaction_updates: list[tuple[int, int]] = []
    open_count = 0
    for cid, customer, received, status, first_contact, resolved_at, satisfaction, fault, owner, bill in found:
        repeat = per_customer[customer] >= 3
        end = resolved_at if resolved_at is not None else now
        if status in ("resolved", "closed"):
            count = len(STEPS)
        elif status == "new":
            count = 0
        else:
            count = rng.randint(1, 6)
        recent = now - end < dt.timedelta(days=DEFAULTS.follow_up_days + 2)
        forgotten = now - end < dt.timedelta(days=60) and rng.random() < 0.25  # a shop chases these within weeks
        if status == "resolved" and (recent or forgotten):
            count = len(STEPS) - 1  # the follow-up call is still to come (or was forgotten: overdue)
        times = _step_times(rng, received, first_contact, end, count, ends_at_resolution=count == len(STEPS))
        who = [owner if owner is not None and rng.random() < 0.7 else rng.choice(staff_ids) for _ in times]
        for step, when, staff in zip(STEPS, times, who, strict=False):
            steps.append((cid, step, when, staff, rng.choice(NOTES[step])))
        done = dict(zip(STEPS, times, strict=False))

        if "solution" in done:  # offered while seeking the best solution; the agreement says yes or no
            remedy_rows.append(_remedy(rng, cid, status if "agreement" in done else "open", fault, bill, repeat,
                                       done["solution"], manager_id))
        if "action" in done:
            due = done["action"] + dt.timedelta(days=DEFAULTS.follow_up_days)
            if "follow_up" in done:
                outcome = f"{NOTES['follow_up'][0]} (satisfaction {satisfaction or 4}/5)"
                promise_rows.append((cid, customer, _FOLLOW_UP, "follow_up", due, owner, done["follow_up"], outcome,
                                     done["action"]))
                if satisfaction is None:
                    satisfaction_updates.append((rng.choice([3, 4, 4, 5, 5]), cid))
            else:
                promise_rows.append((cid, customer, _FOLLOW_UP, "follow_up", due, owner, None, "", done["action"]))
        if status not in ("resolved", "closed"):
            promise_rows.append(_call_back(rng, cid, customer, owner, received, now, open_count))
            open_count += 1

    insert_rows(ResolutionStep, _STEP_COLUMNS, steps)
    insert_rows(Remedy, _REMEDY_COLUMNS, remedy_rows)
    insert_rows(Promise, _PROMISE_COLUMNS, promise_rows)
    if satisfaction_updates:
        if is_sqlite():
            database.connection().executemany("UPDATE complaint SET satisfaction = ? WHERE id = ?",
                                              satisfaction_updates)
        else:
            for score, cid in satisfaction_updates:
                Complaint.update(satisfaction=score).where(Complaint.id == cid).execute()
    return len(steps)


def _step_times(rng: random.Random, received: dt.datetime, first_contact: dt.datetime | None, end: dt.datetime,
                count: int, *, ends_at_resolution: bool) -> list[dt.datetime]:
    """``count`` moments in order from the first contact to ``end``; the follow-up is the moment of resolution."""
    if count == 0:
        return []
    end = max(end, received)
    start = min(first_contact or received + dt.timedelta(minutes=rng.randint(5, 240)), end)
    span = (end - start).total_seconds()
    inner = count - 2 if ends_at_resolution else count - 1
    middle = sorted(start + dt.timedelta(seconds=rng.uniform(0, span)) for _ in range(max(0, inner)))
    times = [start, *middle]
    if ends_at_resolution and count > 1:
        times.append(end)
    return times[:count]


def _remedy(rng: random.Random, complaint_id: int, status: str, fault: str | None, bill: int | None, repeat: bool,
            when: dt.datetime, manager_id: int | None) -> tuple[Any, ...]:
    bill = bill or 0
    if repeat:  # the customer who wants extreme service every time gets a lot, and the banner shows it
        kind = rng.choice(["redo", "redo", "refund", "discount_now"])
    elif fault == "no":
        kind = rng.choice(["none", "none", "gift"])
    else:
        kind = rng.choices(["voucher", "discount_now", "refund", "redo", "gift", "none"],
                           weights=[30, 20, 15, 10, 15, 10])[0]
    value: int | None = None
    percent: int | None = None
    if kind == "refund":
        share = rng.uniform(0.6, 1.0) if repeat else rng.uniform(0.2, 0.6)
        value = max(100, int(round(bill * share, -2))) if bill else rng.choice([2_000, 5_000])
        value = min(value, bill) if bill else value
    elif kind in ("discount_now", "voucher"):
        percent = rng.choice([30, 40, 50] if repeat else [5, 10, 10, 15, 20])
    elif kind == "gift":
        value = rng.choice([500, 1_000, 1_500])
    if status == "closed":
        state = "declined" if rng.random() < 0.1 and not repeat else "given"
    elif status == "resolved":
        state = rng.choice(["accepted", "given", "given"])
    elif status == "open":
        state = "offered"
    else:
        state = rng.choice(["accepted", "given"])
    approved = manager_id if remedies.needs_approval(kind, value, percent, bill or None, DEFAULTS) else None
    return (complaint_id, kind, value, percent, state, approved, when)


def _call_back(rng: random.Random, complaint_id: int, customer_id: int, owner: int | None, received: dt.datetime,
               now: dt.datetime, index: int) -> tuple[Any, ...]:
    """A call back promised on an open complaint: in turn kept, overdue, due today, later, and kept late."""
    fate = ("kept", "overdue", "today", "upcoming", "late")[index % 5]
    hours = {"kept": -rng.uniform(2, 48), "overdue": -rng.uniform(1, 30), "today": rng.uniform(0.2, 4),
             "upcoming": rng.uniform(30, 120), "late": -rng.uniform(20, 60)}[fate]
    due = now + dt.timedelta(hours=hours)
    created = min(received, due - dt.timedelta(hours=1))
    what = rng.choice(["Call back by end of day", "Ring with the workshop's findings",
                       "Call back once the part arrives", "Phone with the corrected invoice"])
    done_at: dt.datetime | None = None
    outcome = ""
    if fate in ("kept", "late"):
        if fate == "kept":
            done_at = max(created, due - dt.timedelta(minutes=rng.randint(5, 240)))
        else:
            done_at = due + dt.timedelta(hours=rng.uniform(1, 12))
        outcome = rng.choice(["Called; they were glad to hear from us.", "Left a voicemail and sent a text.",
                              "Called; they will come in on Monday."])
    return (complaint_id, customer_id, what, "call_back", due, owner, done_at, outcome, created)
