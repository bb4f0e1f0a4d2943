"""The monthly report of a month: the dashboard's own figures, the alerts as they stood on the month's last day,
and a month written wrongly refused in one sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from models import settings
from models.errors import ValidationError
from models.services import alerts, demo, monthly_report, trends
from models.services.complaints import CATEGORY_LABELS
from models.services.letterhead import money
from models.services.staff import StaffMember, command_line_actor
from tests.reports.pdfcheck import flat, fonts, pages_text


def _last_month() -> tuple[str, trends.Period]:
    end = dt.datetime.now(dt.UTC).date().replace(day=1) - dt.timedelta(days=1)
    return f"{end:%Y-%m}", trends.Period(end.replace(day=1), end)


def test_the_demo_month_shows_the_spike_and_the_dashboard_figures(db: Path) -> None:
    demo.generate(2000, staff_id=command_line_actor(), seed=7)
    month, period = _last_month()
    now = dt.datetime.now(dt.UTC)
    pdf = monthly_report.monthly_report_pdf(month, now=now)
    words = flat(" ".join(pages_text(pdf)))
    board = trends.dashboard(period, now=now)
    spike = alerts.recurring_problems(today=period.end)
    assert spike and spike[0].mostly == demo.RECURRING_SERVICE
    assert spike[0].sentence in words
    assert settings.load().business_name in words
    assert monthly_report.report_data(month, now=now).month_label in words
    assert f"{board.complaints:,} complaints received this month; {board.open_complaints:,} of them" in words
    assert f"Complaints measured {board.first_contact.count:,}" in words
    assert f"Complaints measured {board.resolution.count:,}" in words
    assert f"Due this month {board.promises.due:,} Kept on time {board.promises.kept:,}" in words
    (month_money,) = board.money
    assert f"Remedies accepted or given {money(month_money.remedy_cents, board.currency)}" in words
    assert f"Revenue from visits {money(month_money.revenue_cents, board.currency)}" in words
    assert board.top_services and board.top_staff
    for rate in (*board.top_services, *board.top_staff):
        assert f"{rate.name} {rate.complaints:,} {rate.visits:,}" in words
    for label, count in board.root_causes:
        assert f"{label} {count:,}" in words
    weekly = board.weekly
    top = weekly.categories[0]
    assert " ".join([CATEGORY_LABELS[top], *(str(weekly.count(w, top)) for w in weekly.weeks)]) in words
    assert fonts(pdf) and all(fonts(pdf).values())


def test_an_empty_database_gives_a_report_saying_so(owner: StaffMember) -> None:
    pdf = monthly_report.monthly_report_pdf("2026-11")
    words = flat(" ".join(pages_text(pdf)))
    assert pdf.startswith(b"%PDF") and "November 2026" in words and "Your business" in words
    assert "No complaints were received this month." in words
    assert words.count("Nothing to report this month:") == 11
    assert all(fonts(pdf).values())


@pytest.mark.parametrize(("month", "message"), [
    ("2026-13", "'2026-13' is not a month: give it as YYYY-MM, e.g. 2026-11."),
    ("26-11", "'26-11' is not a month: give it as YYYY-MM, e.g. 2026-11."),
    ("2026-00", "'2026-00' is not a month: give it as YYYY-MM, e.g. 2026-11."),
    ("9999-12", "'9999-12' is not a month: give it as YYYY-MM, e.g. 2026-11."),
    ("0000-01", "'0000-01' is not a month: give it as YYYY-MM, e.g. 2026-11."),
    (" 2026-11 x", "' 2026-11 x' is not a month: give it as YYYY-MM, e.g. 2026-11."),
    ("November", "'November' is not a month: give it as YYYY-MM, e.g. 2026-11."),
    ("", "Give the month as YYYY-MM, e.g. 2026-11."),
])
def test_a_bad_month_is_refused_in_one_sentence(db: Path, month: str, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        monthly_report.report_data(month)
    assert refused.value.fields == {"month": message}


def test_february_of_a_leap_year_runs_to_the_29th() -> None:
    assert monthly_report.parse_month("2024-02") == trends.Period(dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert monthly_report.parse_month("2026-12") == trends.Period(dt.date(2026, 12, 1), dt.date(2026, 12, 31))


def test_last_month_crosses_the_year() -> None:
    assert monthly_report.last_month(dt.date(2027, 1, 15)) == "2026-12"
    assert monthly_report.last_month(dt.date(2026, 3, 31)) == "2026-02"
