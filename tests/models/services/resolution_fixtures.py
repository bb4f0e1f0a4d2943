"""A customer with a visit and a complaint about it, for the resolution tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.services import complaints, customers, staff
from models.services.complaints import ComplaintInput
from models.services.customers import CustomerInput
from models.services.staff import StaffMember


@dataclass(frozen=True)
class Case:
    customer_id: int
    visit_id: int
    complaint_id: int
    desk: StaffMember


def make_case(owner: StaffMember, *, amount_cents: int = 20_000, channel: str = "letter", severity: int = 2,
              fault: str | None = "yes", name: str = "Anna Smith") -> Case:
    desk = next((m for m in staff.list_active_staff() if m.name == "Priya Desk"), None) or \
        staff.create_staff("Priya Desk", "desk", "5555", staff.approve(owner.id, "1234"))
    customer_id = customers.create_customer(CustomerInput(name=name), owner.id).id
    visit = customers.add_visit(customer_id, dt.date.today() - dt.timedelta(days=10), "Annual service",
                                amount_cents, owner.id)
    complaint = complaints.create_complaint(
        ComplaintInput(customer_id=customer_id, category="inferior_work", summary="Rattle since the service",
                       channel=channel, severity=severity, business_at_fault=fault, visit_id=visit), owner.id)
    return Case(customer_id, visit, complaint.id, desk)
