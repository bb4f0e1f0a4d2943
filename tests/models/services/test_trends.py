"""The owner's trends on small fixed data, every expected figure worked out by hand in the comments."""

from __future__ import annotations

import datetime as dt

import pytest

from models.entities import Complaint, Customer, Promise, Remedy, Staff, Visit, Voucher
from models.services import settings, trends
from models.services.complaints import iso_week
from models.services.staff import StaffMember
from models.services.trends import Period

UTC = dt.UTC
MARCH = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
LATER = dt.datetime(2026, 9, 1, tzinfo=UTC)  # every 90-day window of March has closed


def at(month: int, day: int, hour: int = 12) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, tzinfo=UTC)


def complaint(customer: Customer, when: dt.datetime, category: str, *, visit: Visit | None = None,
              contact_h: float | None = None, resolved_days: float | None = None, satisfaction: int | None = None,
              root_cause: str = "") -> Complaint:
    return Complaint.create(
        customer=customer, visit=visit, received_at=when, received_week=iso_week(when), category=category,
        summary="s", status="closed" if resolved_days is not None else "in_progress",
        first_contact_at=None if contact_h is None else when + dt.timedelta(hours=contact_h),
        resolved_at=None if resolved_days is None else when + dt.timedelta(days=resolved_days),
        satisfaction=satisfaction, root_cause=root_cause)


@pytest.fixture
def shop(owner: StaffMember) -> dict[str, object]:
    """Three complainants in March 2026, ten visits that month, remedies, promises and vouchers."""
    sam = Staff.create(name="Sam Desk", role="desk", pin_hash="!")
    a, b, c = (Customer.create(name=n) for n in ("Ann", "Bob", "Cy"))
    brakes = [Visit.create(customer=cust, date=dt.date(2026, 3, 2 + i), service="Brake pads", staff=owner.id,
                           amount_cents=amount)
              for i, (cust, amount) in enumerate([(a, 10000), (b, 20000), (c, 10000), (c, 10000), (c, 10000)])]
    mots = [Visit.create(customer=c, date=dt.date(2026, 3, 10 + i), service="MOT", staff=sam, amount_cents=5000)
            for i in range(5)]
    Visit.create(customer=a, date=dt.date(2026, 2, 20), service="MOT", staff=sam, amount_cents=99999)  # February
    Visit.create(customer=a, date=dt.date(2026, 4, 10), service="MOT", staff=sam, amount_cents=5000)  # Ann is back
    Visit.create(customer=b, date=dt.date(2026, 7, 1), service="MOT", staff=sam, amount_cents=5000)  # Bob: too late
    c1 = complaint(a, at(3, 10, 10), "failed_too_soon", visit=brakes[0], contact_h=2, resolved_days=3,
                   satisfaction=4, root_cause="parts: a bad batch")
    c2 = complaint(b, at(3, 11, 9), "price_over_estimate", visit=brakes[1], contact_h=6, resolved_days=7,
                   satisfaction=2, root_cause="estimate")
    complaint(c, at(3, 20), "late", visit=mots[0], contact_h=1)  # still open
    complaint(b, at(3, 25), "failed_too_soon")  # no visit, no contact yet, open
    complaint(a, at(2, 15), "late", contact_h=100, resolved_days=50, satisfaction=1)  # February: not counted
    Remedy.create(complaint=c1, kind="gift", value_cents=2500, status="given", created_at=at(3, 12))
    Remedy.create(complaint=c2, kind="discount_now", percent=10, status="accepted", created_at=at(3, 15))
    Remedy.create(complaint=c2, kind="refund", value_cents=9999, status="offered", created_at=at(3, 15))
    Remedy.create(complaint=c2, kind="refund", value_cents=7777, status="declined", created_at=at(3, 16))
    Remedy.create(complaint=c1, kind="gift", value_cents=1000, status="given", created_at=at(4, 2))
    Promise.create(customer=a, complaint=c1, what="call", due_at=at(3, 12, 10), done_at=at(3, 12, 9))  # kept
    Promise.create(customer=b, complaint=c2, what="call", due_at=at(3, 13), done_at=at(3, 14))  # late
    Promise.create(customer=c, what="call", due_at=at(3, 20))  # never done
    Promise.create(customer=c, what="call", due_at=at(4, 2))  # April
    expires = at(9, 30)
    Voucher.create(code="V1", percent=10, customer=a, issued_at=at(3, 12), expires_at=expires, redeemed_at=at(4, 10))
    Voucher.create(code="V2", percent=10, customer=b, issued_at=at(3, 15), expires_at=expires)
    Voucher.create(code="V3", percent=10, customer=b, issued_at=at(3, 15), expires_at=expires, voided_at=at(3, 16))
    Voucher.create(code="V4", percent=10, customer=b, issued_at=at(4, 15), expires_at=expires)
    return {"owner": owner, "sam": sam}


def test_complaint_counts_and_weeks(shop: dict[str, object]) -> None:
    board = trends.dashboard(MARCH, now=LATER)
    assert board.complaints == 4 and board.open_complaints == 2
    # 1 March 2026 is a Sunday (2026-W09); 31 March a Tuesday (2026-W14)
    assert board.weekly.weeks == ("2026-W09", "2026-W10", "2026-W11", "2026-W12", "2026-W13", "2026-W14")
    assert board.weekly.count("2026-W11", "failed_too_soon") == 1
    assert board.weekly.count("2026-W11", "price_over_estimate") == 1
    assert board.weekly.count("2026-W12", "late") == 1
    assert board.weekly.count("2026-W13", "failed_too_soon") == 1
    assert board.weekly.total == 4  # February's complaint is not in these weeks
    assert board.weekly.categories[0] == "failed_too_soon"  # the most complained-about first


def test_times_against_the_targets(shop: dict[str, object]) -> None:
    settings.save({"sla_first_contact_hours": 4, "sla_resolution_days": 5}, shop["owner"].id)  # type: ignore[attr-defined]
    board = trends.dashboard(MARCH, now=LATER)
    contact = board.first_contact
    # contacts after 2, 6 and 1 hours; one complaint not contacted yet
    assert (contact.count, contact.not_yet, contact.median) == (3, 1, 2.0)
    assert contact.p90 == pytest.approx(5.2)  # sorted 1, 2, 6: rank 1.8 -> 2 + 0.8 × (6 - 2)
    assert contact.within_target == 2 and contact.target == 4.0
    assert contact.within_target_rate == pytest.approx(2 / 3)
    resolution = board.resolution
    # resolved after 3 and 7 days; two still open are left out and counted as open
    assert (resolution.count, resolution.not_yet, resolution.median) == (2, 2, 5.0)
    assert resolution.p90 == pytest.approx(6.6)
    assert resolution.within_target == 1 and resolution.unit == "days"


def test_satisfaction_promises_and_root_causes(shop: dict[str, object]) -> None:
    board = trends.dashboard(MARCH, now=LATER)
    assert board.satisfaction.count == 2 and board.satisfaction.average == 3.0
    assert board.satisfaction.scores == {1: 0, 2: 1, 3: 0, 4: 1, 5: 0}
    assert (board.promises.due, board.promises.kept) == (3, 1)
    assert board.promises.kept_rate == pytest.approx(1 / 3)
    assert board.root_causes == (("Estimate or pricing process", 1), ("Faulty parts or materials", 1),
                                 ("Not recorded", 2))


def test_a_promise_not_yet_due_is_neither_kept_nor_broken(shop: dict[str, object]) -> None:
    board = trends.dashboard(MARCH, now=at(3, 19))
    assert (board.promises.due, board.promises.kept) == (2, 1)


def test_remedy_cost_against_revenue(shop: dict[str, object]) -> None:
    (march,) = trends.dashboard(MARCH, now=LATER).money
    # given 25.00, plus accepted 10 % of Bob's 200.00 visit; offered, declined and April's are left out
    assert march.month == "2026-03" and march.remedy_cents == 2500 + 2000
    assert march.revenue_cents == 10000 + 20000 + 3 * 10000 + 5 * 5000
    assert march.share == pytest.approx(4500 / 85000)


def test_win_back(shop: dict[str, object]) -> None:
    win = trends.dashboard(MARCH, now=LATER).win_back
    # Ann came back on 10 April; Bob only in July (after 90 days); Cy never
    assert (win.complainants, win.came_back, win.too_recent) == (3, 1, 0)
    assert win.rate == pytest.approx(1 / 3)
    assert (win.vouchers_issued, win.vouchers_redeemed) == (2, 1)  # the voided one and April's left out
    assert win.voucher_rate == 0.5
    early = trends.dashboard(MARCH, now=at(4, 15)).win_back
    # on 15 April Bob and Cy are still inside their 90 days: not counted either way; Ann is back
    assert (early.complainants, early.came_back, early.too_recent) == (1, 1, 2)


def test_complaints_per_100_visits(shop: dict[str, object]) -> None:
    board = trends.dashboard(MARCH, now=LATER)
    assert [(r.name, r.complaints, r.visits, r.per_100) for r in board.top_services] == [
        ("Brake pads", 2, 5, 40.0), ("MOT", 1, 5, 20.0)]
    assert [(r.name, r.per_100) for r in board.top_staff] == [("Olga Owner", 40.0), ("Sam Desk", 20.0)]


def test_few_visits_are_not_ranked(owner: StaffMember) -> None:
    cust = Customer.create(name="Ann")
    visit = Visit.create(customer=cust, date=dt.date(2026, 3, 2), service="Clutch", staff=owner.id, amount_cents=1)
    complaint(cust, at(3, 3), "late", visit=visit)
    board = trends.dashboard(MARCH, now=LATER)
    assert board.top_services == () and board.top_staff == ()  # 1 complaint in 1 visit is not "100 per 100"


def test_an_empty_period_has_no_figures_and_no_division_by_zero(owner: StaffMember) -> None:
    board = trends.dashboard(MARCH, now=LATER)
    assert board.is_empty and board.complaints == 0 and board.open_complaints == 0
    assert board.first_contact.median is None and board.first_contact.p90 is None
    assert board.first_contact.within_target_rate is None and board.resolution.median is None
    assert board.satisfaction.average is None and board.promises.kept_rate is None
    assert board.win_back.rate is None and board.win_back.voucher_rate is None
    assert [(m.month, m.remedy_cents, m.revenue_cents, m.share) for m in board.money] == [("2026-03", 0, 0, None)]
    assert len(board.weekly.weeks) == 6 and board.weekly.total == 0 and board.weekly.categories == ()
    assert board.root_causes == () and board.top_services == ()


def test_one_complaint(owner: StaffMember) -> None:
    cust = Customer.create(name="Ann")
    complaint(cust, at(3, 3), "late", contact_h=3, resolved_days=2, satisfaction=5)
    board = trends.dashboard(MARCH, now=LATER)
    assert board.first_contact.median == board.first_contact.p90 == 3.0
    assert board.resolution.median == board.resolution.p90 == 2.0
    assert board.open_complaints == 0 and board.satisfaction.average == 5.0
    assert board.win_back.complainants == 1 and board.win_back.rate == 0.0


def test_periods() -> None:
    period = Period.last_months(12, today=dt.date(2026, 2, 14))
    assert period == Period(dt.date(2025, 3, 1), dt.date(2026, 2, 14))
    assert period.months()[0] == "2025-03" and period.months()[-1] == "2026-02" and len(period.months()) == 12
    assert Period.last_months(1, today=dt.date(2026, 2, 14)).start == dt.date(2026, 2, 1)
    assert Period(dt.date(2025, 12, 29), dt.date(2026, 1, 4)).weeks() == ["2026-W01"]  # ISO year boundary
    assert Period(dt.date(2026, 12, 31), dt.date(2027, 1, 1)).months() == ["2026-12", "2027-01"]


def test_percentile_interpolates_between_ranks() -> None:
    assert trends.percentile([], 0.9) is None
    assert trends.percentile([7.0], 0.9) == 7.0
    assert trends.percentile([10.0, 0.0, 20.0, 30.0, 40.0], 0.9) == pytest.approx(36.0)  # rank 3.6 of 0..4
    assert trends.percentile([1.0, 2.0], 0.5) == 1.5
