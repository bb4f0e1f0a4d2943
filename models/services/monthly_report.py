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
from reports.data import Letterhead
from reports.monthly_data import DurationFigures, MonthlyReportData, RateRow
from reports.wording import LANGUAGES, core_label, long_date, month_title, monthly_wording, plural
from reports.wording import money as document_money

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


def _letterhead(values: settings.BusinessSettings) -> Letterhead:
    """The letterhead; the report stays with the owner, so unset business details do not stop it (the name as
    set, and no address)."""
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


def report_language(language: str | None = None) -> str:
    """The language a monthly report is written in: ``language`` when given (one of ``reports.wording.LANGUAGES``,
    anything else refused in one sentence), else the business's letter language setting."""
    if language is None:
        return settings.load().letter_language
    if language not in LANGUAGES:
        raise ValidationError({"language": CORE.tr("'{language}' is not a report language: choose one of "
                                                   "{languages}.").format(language=language,
                                                                          languages=", ".join(LANGUAGES))})
    return language


def _alert(alert: alerts.Alert, language: str) -> str:
    """The recurring-problem sentence in ``language``: the core's own sentence in English, the same words from
    the core's Polish translation otherwise (the command line has no Qt translator)."""
    if language == "en":
        return alert.sentence
    label = core_label(alert.label, language)
    what = label if alert.service is None else core_label("{category} on '{service}'", language).format(
        category=label, service=alert.service)
    usual = (core_label("none in the {weeks} weeks before", language).format(weeks=alerts.BASELINE_WEEKS)
             if alert.baseline == 0 else core_label("{ratio:.0f}× usual", language).format(ratio=alert.ratio))
    text = plural(alert.count, monthly_wording(language).alert, language).format(
        what=what, count=alert.count, weeks=alerts.WINDOW_WEEKS, usual=usual)
    return text + (core_label(" — mostly '{service}'", language).format(service=alert.mostly) if alert.mostly
                   else "")


def report_data(month: str, *, now: dt.datetime | None = None, language: str | None = None) -> MonthlyReportData:
    """Everything the monthly report of ``month`` ("YYYY-MM") shows, in ``language`` (default: the business's
    letter language)."""
    period = parse_month(month)
    language = report_language(language)
    values = settings.load()
    words = monthly_wording(language)

    def amount(cents: int) -> str:
        return money(cents, board.currency) if language == "en" else document_money(cents, board.currency, language)

    board = trends.dashboard(period, now=now)
    found = alerts.recurring_problems(today=period.end)
    weekly = board.weekly
    month_money = next((m for m in board.money if m.month == period.months()[0]),
                       trends.MonthMoney(period.months()[0], 0, 0))
    win = board.win_back
    return MonthlyReportData(
        letterhead=_letterhead(values),
        month=period.months()[0],
        month_label=month_title(period.start.year, period.start.month, language),
        period_label=words.period.format(start=long_date(period.start, language),
                                         end=long_date(period.end, language)),
        complaints=board.complaints,
        open_complaints=board.open_complaints,
        alerts=tuple(_alert(a, language) for a in found),
        weeks=weekly.weeks,
        categories=tuple(core_label(CATEGORY_LABELS.get(c, c), language) for c in weekly.categories),
        weekly=tuple(tuple(weekly.count(w, c) for w in weekly.weeks) for c in weekly.categories),
        first_contact=_durations(board.first_contact),
        resolution=_durations(board.resolution),
        satisfaction=tuple(board.satisfaction.scores.get(s, 0) for s in range(1, 6)),
        satisfaction_average=board.satisfaction.average,
        promises_due=board.promises.due,
        promises_kept=board.promises.kept,
        remedy_cents=month_money.remedy_cents,
        revenue_cents=month_money.revenue_cents,
        remedy_text=amount(month_money.remedy_cents),
        revenue_text=amount(month_money.revenue_cents),
        complainants=win.complainants,
        came_back=win.came_back,
        too_recent=win.too_recent,
        vouchers_issued=win.vouchers_issued,
        vouchers_redeemed=win.vouchers_redeemed,
        top_services=_rates(board.top_services),
        top_staff=_rates(board.top_staff),
        root_causes=tuple((core_label(label, language), n) for label, n in board.root_causes),
        language=language,
    )


def monthly_report_pdf(month: str, *, now: dt.datetime | None = None, language: str | None = None) -> bytes:
    """The owner's monthly report of ``month`` ("YYYY-MM") as PDF bytes, in ``language`` ("en", "pl"; default:
    the business's letter language setting)."""
    data = report_data(month, now=now, language=language)
    from reports.monthly import render_monthly_report  # ReportLab only when a report is made

    return render_monthly_report(data)
