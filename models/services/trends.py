"""The owner's trends for a period: what people complain about week by week, how fast the desk answers and
resolves against the targets, whether customers end up satisfied, promises kept, what remedies cost against
the revenue, who comes back, and which services and staff draw the most complaints per 100 visits.

Pure reads, a handful of GROUP BY queries (the weekly chart reads the stored ``received_week`` column and its
index). Run off the GUI thread: at 200,000 complaints and 1,000,000 visits twelve months take a few hundred ms.
Every rate is ``None`` when there is nothing to divide by, never a division by zero.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from models.db import database, is_sqlite
from models.i18n import QT_TRANSLATE_NOOP
from models.services.closing import ROOT_CAUSES, root_cause_key
from models.services.complaints import CATEGORY_LABELS, iso_week
from models.settings import load as load_settings

WIN_BACK_DAYS = 90  # a complainant who has a visit within this many days after the complaint came back
TOP = 5  # services and staff shown in the "complaints per 100 visits" lists
MIN_VISITS_FOR_RATE = 5  # a service done twice with one complaint is not "50 per 100": too few to rank



@dataclass(frozen=True)
class Period:
    """The days ``start`` to ``end``, both included (local calendar days taken as UTC days)."""

    start: dt.date
    end: dt.date

    @classmethod
    def last_months(cls, months: int, today: dt.date | None = None) -> Period:
        """The ``months`` whole calendar months up to and including the current one."""
        today = today or dt.datetime.now(dt.UTC).date()
        year, month = today.year, today.month - (months - 1)
        while month < 1:
            month += 12
            year -= 1
        return cls(dt.date(year, month, 1), today)

    @property
    def start_at(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time(0), tzinfo=dt.UTC)

    @property
    def end_at(self) -> dt.datetime:
        """The first moment after the period."""
        return dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time(0), tzinfo=dt.UTC)

    def months(self) -> list[str]:
        """Every month the period touches, "2026-03", in order."""
        out, year, month = [], self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            out.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def weeks(self) -> list[str]:
        """Every ISO week the period touches, "2026-W09", in order."""
        out: list[str] = []
        day = self.start
        while day <= self.end:
            week = iso_week(dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC))
            if not out or out[-1] != week:
                out.append(week)
            day += dt.timedelta(days=1)
        return out


@dataclass(frozen=True)
class WeeklyCounts:
    """Complaints per ISO week stacked by category; every week of the period, empty weeks included."""

    weeks: tuple[str, ...]
    categories: tuple[str, ...]  # the categories that occur, most complained-about first
    counts: dict[tuple[str, str], int]  # (week, category) -> complaints

    def count(self, week: str, category: str) -> int:
        return self.counts.get((week, category), 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Durations:
    """How long something took, against its target (``unit`` is "hours" or "days")."""

    unit: str
    count: int  # complaints measured
    median: float | None
    p90: float | None  # the 90th percentile: nine in ten took at most this long
    target: float
    within_target: int  # measured complaints at or under the target
    not_yet: int  # complaints still waiting (no first contact / no resolution yet), left out of the figures

    @property
    def within_target_rate(self) -> float | None:
        return self.within_target / self.count if self.count else None


@dataclass(frozen=True)
class Satisfaction:
    count: int
    average: float | None
    scores: dict[int, int]  # 1..5 -> complaints


@dataclass(frozen=True)
class Promises:
    due: int  # promises due in the period, up to now
    kept: int  # done at or before their due time

    @property
    def kept_rate(self) -> float | None:
        return self.kept / self.due if self.due else None


@dataclass(frozen=True)
class MonthMoney:
    month: str  # "2026-03"
    remedy_cents: int  # remedies accepted or given, created that month
    revenue_cents: int  # amounts of visits that month

    @property
    def share(self) -> float | None:
        return self.remedy_cents / self.revenue_cents if self.revenue_cents else None


@dataclass(frozen=True)
class WinBack:
    complainants: int  # customers whose complaint in the period is at least WIN_BACK_DAYS old, or who came back
    came_back: int  # of them, with a visit within WIN_BACK_DAYS after their first complaint in the period
    too_recent: int  # complainants still inside their WIN_BACK_DAYS window and not back yet: not counted
    vouchers_issued: int  # in the period, not voided
    vouchers_redeemed: int  # of those, redeemed (at any time since)

    @property
    def rate(self) -> float | None:
        return self.came_back / self.complainants if self.complainants else None

    @property
    def voucher_rate(self) -> float | None:
        return self.vouchers_redeemed / self.vouchers_issued if self.vouchers_issued else None


@dataclass(frozen=True)
class Rate:
    """Complaints per 100 visits for a service or a staff member."""

    name: str
    complaints: int
    visits: int

    @property
    def per_100(self) -> float:
        return 100 * self.complaints / self.visits if self.visits else 0.0


@dataclass(frozen=True)
class Dashboard:
    period: Period
    currency: str
    complaints: int
    open_complaints: int  # received in the period and not resolved yet
    weekly: WeeklyCounts
    first_contact: Durations
    resolution: Durations
    satisfaction: Satisfaction
    promises: Promises
    money: tuple[MonthMoney, ...]
    win_back: WinBack
    top_services: tuple[Rate, ...]
    top_staff: tuple[Rate, ...]
    root_causes: tuple[tuple[str, int], ...]  # (root cause label, complaints), most first; "Not recorded" last

    @property
    def is_empty(self) -> bool:
        return self.complaints == 0


# ---------------------------------------------------------------------------------------------- helpers


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """The ``fraction`` quantile with linear interpolation between the closest ranks (Excel's PERCENTILE.INC):
    the smallest value at 0, the largest at 1. None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _durations(values: list[float], unit: str, target: float, not_yet: int) -> Durations:
    # julianday arithmetic carries float noise (50.0000000037 hours): a thousandth is precise enough
    values.sort()
    median = statistics.median(values) if values else None
    p90 = percentile(values, 0.9)
    return Durations(
        unit=unit, count=len(values), median=None if median is None else round(median, 3),
        p90=None if p90 is None else round(p90, 3), target=target,
        within_target=bisect.bisect_right(values, target + 1e-6), not_yet=not_yet,
    )


def _stamp(moment: dt.datetime) -> str:
    """How UTCDateTimeField stores a moment: comparable as text on SQLite, as a timestamp elsewhere."""
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _hours_sql(later: str, earlier: str) -> str:
    if is_sqlite():
        return f"(julianday({later}) - julianday({earlier})) * 24.0"
    return f"EXTRACT(EPOCH FROM ({later} - {earlier})) / 3600.0"


def _month_sql(column: str) -> str:
    return f"substr({column}, 1, 7)" if is_sqlite() else f"to_char({column}, 'YYYY-MM')"


def _query(sql: str, params: Iterable[object] = ()) -> list[tuple[Any, ...]]:
    if not is_sqlite():
        sql = sql.replace("?", "%s")
    return list(database.execute_sql(sql, tuple(params)).fetchall())


# ---------------------------------------------------------------------------------------------- the dashboard

T = TypeVar("T")


@contextlib.contextmanager
def _side_by_side() -> Iterator[Callable[[Callable[[], T]], Callable[[], T]]]:
    """``run(fn)`` starts ``fn`` on a worker thread (on SQLite; elsewhere it runs at once) and returns a function
    that gives its result (or raises its error). Each worker closes its own connection when done."""
    if not is_sqlite():
        def at_once(fn: Callable[[], T]) -> Callable[[], T]:
            result = fn()
            return lambda: result
        yield at_once
        return

    def on_its_own_connection(fn: Callable[[], T]) -> T:
        try:
            return fn()
        finally:
            database.close()

    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="trends") as pool:
        def start(fn: Callable[[], T]) -> Callable[[], T]:
            future = pool.submit(on_its_own_connection, fn)
            return future.result
        yield start


def dashboard(period: Period, *, now: dt.datetime | None = None) -> Dashboard:
    """Every figure the trends dashboard shows for ``period``."""
    now = now or dt.datetime.now(dt.UTC)
    settings = load_settings()
    start, end = _stamp(period.start_at), _stamp(period.end_at)
    # the independent reads run side by side, each on its own connection (SQLite answers readers in parallel
    # under WAL): on the shop's two cores twelve months come back in about half the time
    with _side_by_side() as run:
        visits_f = run(lambda: _visit_figures(period))
        complaints_f = run(lambda: _complaint_figures(start, end))
        weekly_f = run(lambda: weekly_counts(period))
        promises_f = run(lambda: _promises(start, min(end, _stamp(now))))
        win_back_f = run(lambda: _win_back(start, end, now))
        visits = visits_f()
        money_f = run(lambda: _money(period, start, end, visits))
        complaints = complaints_f()
    return Dashboard(
        period=period,
        currency=settings.currency,
        complaints=len(complaints.contact_hours),
        open_complaints=complaints.unresolved,
        weekly=weekly_f(),
        first_contact=_durations([h for h in complaints.contact_hours if h is not None], "hours",
                                 float(settings.sla_first_contact_hours), complaints.no_contact),
        resolution=_durations([h / 24 for h in complaints.resolution_hours if h is not None], "days",
                              float(settings.sla_resolution_days), complaints.unresolved),
        satisfaction=Satisfaction(
            count=sum(complaints.scores.values()),
            average=(sum(s * n for s, n in complaints.scores.items()) / sum(complaints.scores.values())
                     if complaints.scores else None),
            scores={s: complaints.scores.get(s, 0) for s in range(1, 6)}),
        promises=promises_f(),
        money=money_f(),
        win_back=win_back_f(),
        top_services=_ranked(complaints.by_service, visits.by_service, {}),
        top_staff=_ranked(complaints.by_staff, visits.by_staff, _staff_names()),
        root_causes=_root_causes(complaints.causes),
    )


def weekly_counts(period: Period) -> WeeklyCounts:
    """Complaints per ISO week and category, over the whole weeks the period touches (an index count)."""
    weeks = period.weeks()
    found = _query("SELECT received_week, category, COUNT(*) FROM complaint WHERE received_week >= ? "
                   "AND received_week <= ? GROUP BY received_week, category", (weeks[0], weeks[-1]))
    counts = {(str(week), str(category)): int(n) for week, category, n in found}
    totals: Counter[str] = Counter()
    for (_, category), n in counts.items():
        totals[category] += n
    order = sorted(totals, key=lambda c: (-totals[c], list(CATEGORY_LABELS).index(c) if c in CATEGORY_LABELS else 99))
    return WeeklyCounts(weeks=tuple(weeks), categories=tuple(order), counts=counts)


@dataclass
class _VisitFigures:
    revenue: Counter[str]  # month -> cents
    by_service: Counter[object]  # service -> visits
    by_staff: Counter[object]  # staff id -> visits


def _visit_figures(period: Period) -> _VisitFigures:
    """One pass over the period's visits (the covering index on date): revenue per month, visits per service
    and per staff member."""
    figures = _VisitFigures(Counter(), Counter(), Counter())
    # grouped in the index's own order (no sort); the months are added up here
    for day, service, staff_id, n, cents in _query(
        "SELECT date, service, staff_id, COUNT(*), SUM(amount_cents) FROM visit "
        "WHERE date >= ? AND date <= ? GROUP BY date, service, staff_id",
        (period.start.isoformat(), period.end.isoformat()),
    ):
        figures.revenue[str(day)[:7]] += int(cents or 0)
        figures.by_service[str(service)] += int(n)
        if staff_id is not None:
            figures.by_staff[int(staff_id)] += int(n)
    return figures


@dataclass
class _ComplaintFigures:
    contact_hours: list[float | None]
    resolution_hours: list[float | None]
    no_contact: int
    unresolved: int
    scores: Counter[int]
    causes: Counter[str]
    by_service: Counter[object]  # service of the complaint's visit -> complaints
    by_staff: Counter[object]  # staff id of the complaint's visit -> complaints


def _complaint_figures(start: str, end: str) -> _ComplaintFigures:
    """The complaints received in the period, read from their covering index (the visit join only for the
    per-service and per-staff counts)."""
    between = "c.received_at >= ? AND c.received_at < ?"
    found = _query(f"SELECT {_hours_sql('c.first_contact_at', 'c.received_at')}, "
                   f"{_hours_sql('c.resolved_at', 'c.received_at')} FROM complaint c WHERE {between}", (start, end))
    contact_hours = [None if h is None else max(0.0, float(h)) for h, _ in found]  # PostgreSQL: Decimal
    resolution_hours = [None if h is None else max(0.0, float(h)) for _, h in found]
    figures = _ComplaintFigures(contact_hours, resolution_hours, contact_hours.count(None),
                                resolution_hours.count(None), Counter(), Counter(), Counter(), Counter())
    for satisfaction, cause, n in _query(
            f"SELECT c.satisfaction, c.root_cause, COUNT(*) FROM complaint c WHERE {between} GROUP BY 1, 2",
            (start, end)):
        if satisfaction is not None:
            figures.scores[int(satisfaction)] += n
        figures.causes[root_cause_key(str(cause or ""))] += n
    # counted per visit first, so the visits are then looked up in id order (neighbouring pages, not random ones)
    for service, staff_id, n in _query(
            "SELECT v.service, v.staff_id, SUM(c.n) FROM (SELECT c.visit_id, COUNT(*) AS n FROM complaint c "
            f"WHERE {between} AND c.visit_id IS NOT NULL GROUP BY c.visit_id) c JOIN visit v ON v.id = c.visit_id "
            "GROUP BY 1, 2", (start, end)):
        figures.by_service[str(service)] += int(n)  # a SUM: a Decimal on PostgreSQL
        if staff_id is not None:
            figures.by_staff[int(staff_id)] += int(n)
    return figures


def _root_causes(causes: Counter[str]) -> tuple[tuple[str, int], ...]:
    labelled = sorted(((ROOT_CAUSES[k], n) for k, n in causes.items() if k), key=lambda kn: (-kn[1], kn[0]))
    if causes.get(""):
        labelled.append((QT_TRANSLATE_NOOP("CORE", "Not recorded"), causes[""]))
    return tuple(labelled)


def _promises(start: str, until: str) -> Promises:
    """Promises due in the period up to now: an open promise not yet due is neither kept nor broken."""
    if until <= start:
        return Promises(0, 0)
    (due, kept), = _query(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN done_at IS NOT NULL AND done_at <= due_at THEN 1 ELSE 0 END), 0) "
        "FROM promise WHERE due_at >= ? AND due_at < ?", (start, until))
    return Promises(int(due), int(kept))


def _money(period: Period, start: str, end: str, visits: _VisitFigures) -> tuple[MonthMoney, ...]:
    """Remedies accepted or given (their value, or their percent of the complaint's visit amount) per month
    they were made, against the amounts of that month's visits."""
    remedy: defaultdict[str, int] = defaultdict(int)
    for month, cents in _query(
        f"SELECT {_month_sql('r.created_at')}, SUM(CASE WHEN r.value_cents IS NOT NULL THEN r.value_cents "
        "ELSE COALESCE(r.percent, 0) * COALESCE(v.amount_cents, 0) / 100.0 END) "
        "FROM remedy r JOIN complaint c ON c.id = r.complaint_id LEFT JOIN visit v ON v.id = c.visit_id "
        "WHERE r.status IN ('accepted', 'given') AND r.created_at >= ? AND r.created_at < ? GROUP BY 1",
        (start, end),
    ):
        remedy[str(month)] += round(float(cents or 0))
    return tuple(MonthMoney(m, remedy.get(m, 0), visits.revenue.get(m, 0)) for m in period.months())


def _win_back(start: str, end: str, now: dt.datetime) -> WinBack:
    """Complainants (first complaint in the period) with a visit within WIN_BACK_DAYS days after it."""
    settled_before = _stamp(now - dt.timedelta(days=WIN_BACK_DAYS))
    days = WIN_BACK_DAYS
    later = f"date(first_at, '+{days} days')" if is_sqlite() else f"(first_at + interval '{days} days')::date"
    after = "date(first_at)" if is_sqlite() else "first_at::date"
    (complainants, came_back, recent_not_back), = _query(
        "SELECT COUNT(*), COALESCE(SUM(back), 0), "
        "COALESCE(SUM(CASE WHEN back = 0 AND first_at >= ? THEN 1 ELSE 0 END), 0) "
        "FROM (SELECT first_at, CASE WHEN EXISTS (SELECT 1 FROM visit v WHERE v.customer_id = f.customer_id "
        f"AND v.date > {after} AND v.date <= {later}) THEN 1 ELSE 0 END AS back "
        "FROM (SELECT customer_id, MIN(received_at) AS first_at FROM complaint "
        "WHERE received_at >= ? AND received_at < ? GROUP BY customer_id) f) w",
        (settled_before, start, end))
    (issued, redeemed), = _query(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN redeemed_at IS NOT NULL THEN 1 ELSE 0 END), 0) FROM voucher "
        "WHERE issued_at >= ? AND issued_at < ? AND voided_at IS NULL", (start, end))
    recent = int(recent_not_back)
    return WinBack(complainants=int(complainants) - recent, came_back=int(came_back), too_recent=recent,
                   vouchers_issued=int(issued), vouchers_redeemed=int(redeemed))


def _staff_names() -> dict[object, str]:
    return {int(i): str(name) for i, name in _query("SELECT id, name FROM staff")}


def _ranked(complaints: Counter[object], visits: Counter[object], names: dict[object, str]) -> tuple[Rate, ...]:
    """Complaints in the period about visits, per 100 visits in the period (by service, or by the staff member
    who did the visit). Fewer than MIN_VISITS_FOR_RATE visits are not ranked."""
    rates = [Rate(names.get(key, str(key)), complaints[key], visits[key]) for key in complaints
             if visits[key] >= MIN_VISITS_FOR_RATE]
    return tuple(sorted(rates, key=lambda r: (-r.per_100, -r.complaints, r.name))[:TOP])
