"""What the owner's monthly report says, as plain frozen values (``models.services.monthly_report`` fills them in
from the trends dashboard; ``reports.monthly`` draws them). Money is given in cents and already in words, rates as
counts: the document divides only where it has checked there is something to divide by."""

from __future__ import annotations

from dataclasses import dataclass

from reports.data import Letterhead


@dataclass(frozen=True)
class DurationFigures:
    """Time to first contact (hours) or to resolution (days) against the target."""

    unit: str  # "hours" | "days" (the report words it)
    count: int  # complaints measured
    median: float | None
    p90: float | None
    target: float
    within_target: int
    not_yet: int  # still waiting: left out of the figures


@dataclass(frozen=True)
class RateRow:
    """Complaints per 100 visits of one service or staff member."""

    name: str
    complaints: int
    visits: int


@dataclass(frozen=True)
class MonthlyReportData:
    letterhead: Letterhead
    month: str  # "2026-11"
    month_label: str  # "November 2026"
    period_label: str  # "1 November 2026 to 30 November 2026"
    complaints: int
    open_complaints: int
    alerts: tuple[str, ...]  # recurring-problem sentences, strongest first
    weeks: tuple[str, ...]  # the ISO weeks the month touches, "2026-W45"
    categories: tuple[str, ...]  # category labels, most complained-about first
    weekly: tuple[tuple[int, ...], ...]  # weekly[category][week] complaints
    first_contact: DurationFigures
    resolution: DurationFigures
    satisfaction: tuple[int, ...]  # complaints scored 1, 2, 3, 4, 5
    satisfaction_average: float | None
    promises_due: int
    promises_kept: int
    remedy_cents: int
    revenue_cents: int
    remedy_text: str  # "£1,204.00"
    revenue_text: str
    complainants: int  # win-back: complainants old enough to count
    came_back: int
    too_recent: int
    vouchers_issued: int
    vouchers_redeemed: int
    top_services: tuple[RateRow, ...]
    top_staff: tuple[RateRow, ...]
    root_causes: tuple[tuple[str, int], ...]  # (label, complaints), most first
    language: str = "en"  # the fixed words, numbers and dates of the report (reports.wording)
