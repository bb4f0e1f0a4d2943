"""The owner's monthly report: the trends dashboard of one calendar month and the recurring-problem alerts as
they stood on its last day, handed to ``reports.monthly`` as plain values."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from models import settings
from models.errors import ValidationError
from models.i18n import CORE
from models.services import alerts, trends
from models.services.complaints import CATEGORY_LABELS
from models.services.letterhead import MissingBusinessDetails, letterhead, money
from reports.data import MONTHS, Letterhead, long_date
from reports.monthly_data import DurationFigures, MonthlyReportData, RateRow

_MONTH = re.compile(r"(\d{4})-(\d{2})")
FIRST_YEAR, LAST_YEAR = 1900, 2999  # beyond these a month is a typing slip (and 9999-12 would end past the calendar)


def parse_month(month: str) -> trends.Period:
    """"2026-11" as the period 1 to 30 November 2026; anything else refused in one sentence."""
    found = _MONTH.fullmatch(month.strip())
    if found is None or not 1 <= int(found.group(2)) <= 12 or not FIRST_YEAR <= int(found.group(1)) <= LAST_YEAR:
        if not month.strip():
            raise ValidationError({"month": CORE.tr("Give the month as YYYY-MM, e.g. 2026-11.")})
        raise ValidationError({"month": CORE.tr("'{month}' is not a month: give it as YYYY-MM, e.g. "
                                                "2026-11.").format(month=month)})
    year, number = int(found.group(1)), int(found.group(2))
    if dt.date(year, number, 1) > dt.datetime.now(dt.UTC).date():
        raise ValidationError({"month": CORE.tr("{month} has not begun yet; a report is for a month that "
                                                "has.").format(month=month.strip())})
    return trends.Period(dt.date(year, number, 1), dt.date(year, number, calendar.monthrange(year, number)[1]))


def last_month(today: dt.date | None = None) -> str:
    """The month before ``today``'s, "2026-11": the one a monthly report is usually wanted for."""
    today = today or dt.datetime.now(dt.UTC).date()
    return f"{today.replace(day=1) - dt.timedelta(days=1):%Y-%m}"


def _letterhead() -> Letterhead:
    """The letterhead; the report stays with the owner, so unset business details do not stop it (the name as
    set, and no address)."""
    values = settings.load()
    try:
        return letterhead(values)
    except MissingBusinessDetails:
        return Letterhead(name=values.business_name, phone=values.business_phone, email=values.business_email,
                          paper_size=values.paper_size)


def _durations(figures: trends.Durations) -> DurationFigures:
    return DurationFigures(unit=figures.unit, count=figures.count, median=figures.median, p90=figures.p90,
                           target=figures.target, within_target=figures.within_target, not_yet=figures.not_yet)


def _rates(rates: tuple[trends.Rate, ...]) -> tuple[RateRow, ...]:
    return tuple(RateRow(r.name, r.complaints, r.visits) for r in rates)


def report_data(month: str, *, now: dt.datetime | None = None) -> MonthlyReportData:
    """Everything the monthly report of ``month`` ("YYYY-MM") shows."""
    period = parse_month(month)
    board = trends.dashboard(period, now=now)
    found = alerts.recurring_problems(today=period.end)
    weekly = board.weekly
    month_money = next((m for m in board.money if m.month == period.months()[0]),
                       trends.MonthMoney(period.months()[0], 0, 0))
    win = board.win_back
    return MonthlyReportData(
        letterhead=_letterhead(),
        month=period.months()[0],
        month_label=f"{MONTHS[period.start.month - 1]} {period.start.year}",
        period_label=f"{long_date(period.start)} to {long_date(period.end)}",
        complaints=board.complaints,
        open_complaints=board.open_complaints,
        alerts=tuple(a.sentence for a in found),
        weeks=weekly.weeks,
        categories=tuple(CATEGORY_LABELS.get(c, c) for c in weekly.categories),
        weekly=tuple(tuple(weekly.count(w, c) for w in weekly.weeks) for c in weekly.categories),
        first_contact=_durations(board.first_contact),
        resolution=_durations(board.resolution),
        satisfaction=tuple(board.satisfaction.scores.get(s, 0) for s in range(1, 6)),
        satisfaction_average=board.satisfaction.average,
        promises_due=board.promises.due,
        promises_kept=board.promises.kept,
        remedy_cents=month_money.remedy_cents,
        revenue_cents=month_money.revenue_cents,
        remedy_text=money(month_money.remedy_cents, board.currency),
        revenue_text=money(month_money.revenue_cents, board.currency),
        complainants=win.complainants,
        came_back=win.came_back,
        too_recent=win.too_recent,
        vouchers_issued=win.vouchers_issued,
        vouchers_redeemed=win.vouchers_redeemed,
        top_services=_rates(board.top_services),
        top_staff=_rates(board.top_staff),
        root_causes=board.root_causes,
    )


def monthly_report_pdf(month: str, *, now: dt.datetime | None = None) -> bytes:
    """The owner's monthly report of ``month`` ("YYYY-MM") as PDF bytes."""
    data = report_data(month, now=now)
    from reports.monthly import render_monthly_report  # ReportLab only when a report is made

    return render_monthly_report(data)
