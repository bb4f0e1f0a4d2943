"""Recurring-problem alerts: the demo's brake-pad spike is found; steady complaints raise nothing."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from models.entities import Complaint, Customer, Visit
from models.services import alerts, demo
from models.services.complaints import iso_week
from models.services.staff import StaffMember, command_line_actor

TODAY = dt.date(2026, 11, 25)


def _add(customer: Customer, weeks_ago: int, category: str, visit: Visit | None = None) -> None:
    when = dt.datetime.combine(TODAY, dt.time(10), tzinfo=dt.UTC) - dt.timedelta(weeks=weeks_ago)
    Complaint.create(customer=customer, visit=visit, received_at=when, received_week=iso_week(when),
                     category=category, summary="s")


def test_the_demo_spike_is_said_in_one_sentence(db: object) -> None:
    demo.generate(2000, staff_id=command_line_actor(), seed=7)
    found = alerts.recurring_problems()
    assert [a.category for a in found] == ["failed_too_soon"]  # and nothing else in the demo data
    alert = found[0]
    assert alert.mostly == demo.RECURRING_SERVICE and alert.count >= alerts.MIN_COUNT
    assert alert.sentence.startswith(f"Product failed too soon: {alert.count} complaints in 4 weeks, ")
    assert alert.sentence.endswith("× usual — mostly 'Brake pads (front)'")


def test_steady_complaints_raise_nothing(owner: StaffMember) -> None:
    cust = Customer.create(name="Ann")
    for weeks_ago in range(30):  # two a week, every week, for 30 weeks
        _add(cust, weeks_ago, "late")
        _add(cust, weeks_ago, "billing_error")
    assert alerts.recurring_problems(TODAY) == []


def test_twice_usual_is_not_enough(owner: StaffMember) -> None:
    cust = Customer.create(name="Ann")
    for weeks_ago in range(4, 30):  # 10 a week for 26 weeks: usually 40 in 4 weeks
        for _ in range(10):
            _add(cust, weeks_ago, "late")
    for _ in range(99):  # 2.475× usual, far beyond chance
        _add(cust, 1, "late")
    assert alerts.recurring_problems(TODAY) == []
    _add(cust, 1, "late")  # 100: 2.5× usual
    (alert,) = alerts.recurring_problems(TODAY)
    assert (alert.count, alert.usual) == (100, 40.0)
    assert alert.sentence == "Late / missed deadline: 100 complaints in 4 weeks, 2× usual"  # 2.5 said as 2×


def test_a_lucky_bunch_is_not_an_alert(owner: StaffMember) -> None:
    cust = Customer.create(name="Ann")
    for weeks_ago in range(4, 30, 2):  # 13 in the 26 weeks before: usually 2 in 4 weeks
        _add(cust, weeks_ago, "late")
    for _ in range(8):  # 4× usual, but 2 in 4 weeks reaches 8 by chance about once in 900 windows
        _add(cust, 2, "late")
    assert alerts.recurring_problems(TODAY) == []
    _add(cust, 3, "late")  # 9: once in 4,000
    (alert,) = alerts.recurring_problems(TODAY)
    assert (alert.count, alert.baseline, alert.usual) == (9, 13, 2.0)
    assert alert.sentence == "Late / missed deadline: 9 complaints in 4 weeks, 4× usual"


def test_a_new_problem_with_no_history(owner: StaffMember) -> None:
    cust = Customer.create(name="Ann")
    for _ in range(5):
        _add(cust, 1, "billing_error")
    assert alerts.recurring_problems(TODAY) == []  # 5 where none were before: once in 270 by chance
    _add(cust, 2, "billing_error")
    (alert,) = alerts.recurring_problems(TODAY)
    assert alert.sentence == "Billing error: 6 complaints in 4 weeks, none in the 26 weeks before"
    assert alert.mostly is None  # no visits named


def test_chance() -> None:
    assert alerts.chance_of_at_least(0, 3.0) == 1.0
    assert alerts.chance_of_at_least(1, 1.0) == pytest.approx(1 - math.exp(-1))
    assert alerts.chance_of_at_least(6, 1.0) == pytest.approx(0.000594, rel=1e-3)


def test_a_service_spike_inside_a_steady_category(owner: StaffMember) -> None:
    cust = Customer.create(name="Ann")
    clutch = Visit.create(customer=cust, date=TODAY, service="Clutch", amount_cents=1)
    mot = Visit.create(customer=cust, date=TODAY, service="MOT", amount_cents=1)
    for weeks_ago in range(30):  # inferior work on MOTs, 3 a week: steady, so the category stays quiet
        for _ in range(3):
            _add(cust, weeks_ago, "inferior_work", mot)
    for weeks_ago in (0, 1, 2, 3, 0, 1):
        _add(cust, weeks_ago, "inferior_work", clutch)  # 6 on clutches, none before
    (alert,) = alerts.recurring_problems(TODAY)
    assert alert.service == "Clutch" and alert.count == 6
    assert alert.sentence == ("Inferior materials / workmanship on 'Clutch': 6 complaints in 4 weeks, "
                              "none in the 26 weeks before")


def test_an_empty_database_raises_nothing(owner: StaffMember) -> None:
    assert alerts.recurring_problems(TODAY) == []
