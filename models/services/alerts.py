"""Recurring-problem alerts: a kind of complaint that suddenly comes in far more often than usual.

When one customer complains about the brake pads, others have the same problem and have not said so yet. The
rule, checked for every category, and for every category × service of the complaint's visit:

* the **window** is the last 4 ISO weeks, the current (partial) week included;
* the **baseline** is the 26 ISO weeks before the window; "usual" is its weekly average × 4, at least 1
  (a category that never came up is "usual" at one complaint in 4 weeks);
* an alert is raised when the window holds at least ``MIN_COUNT`` (5) complaints, at least ``RATIO`` (2.5)
  times the usual number, **and** so many that chance alone would reach it less than once in a thousand
  (``SIGNIFICANCE``: the Poisson tail at the usual rate). The last test keeps a quiet category from alerting
  on a lucky bunch: 5 where 1 is usual happens by chance once in 270 four-week windows, 6 once in 1,700.

A category × service is reported only when its category as a whole did not alert (a category alert already
names the service most of its complaints are about: "mostly 'Brake pads (front)'" when one service holds at
least half of them). Alerts come strongest first. Counting reads the stored ISO week (an index count).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

from models.db import database, is_sqlite
from models.i18n import CORE
from models.services.complaints import CATEGORY_LABELS, iso_week

WINDOW_WEEKS = 4
BASELINE_WEEKS = 26
MIN_COUNT = 5
RATIO = 2.5
SIGNIFICANCE = 0.001
MOSTLY_SHARE = 0.5  # a service named as "mostly" holds at least this share of the window's complaints


@dataclass(frozen=True)
class Alert:
    category: str
    service: str | None  # set for a category × service alert
    count: int  # complaints in the last WINDOW_WEEKS weeks
    baseline: int  # complaints in the BASELINE_WEEKS weeks before
    usual: float  # what WINDOW_WEEKS weeks usually hold (at least 1)
    mostly: str | None  # the service at least half of the window's complaints are about

    @property
    def ratio(self) -> float:
        return self.count / self.usual

    @property
    def label(self) -> str:
        return CATEGORY_LABELS.get(self.category, self.category)

    @property
    def sentence(self) -> str:
        """ "Product failed too soon: 9 complaints in 4 weeks, 3× usual — mostly 'Brake pads (front)'" """
        label = CORE.tr(self.label)
        what = label if self.service is None else CORE.tr("{category} on '{service}'").format(
            category=label, service=self.service)
        usual = (CORE.tr("none in the {weeks} weeks before").format(weeks=BASELINE_WEEKS) if self.baseline == 0
                 else CORE.tr("{ratio:.0f}× usual").format(ratio=self.ratio))
        text = CORE.tr("{what}: %n complaints in {weeks} weeks, {usual}", "", self.count).format(
            what=what, weeks=WINDOW_WEEKS, usual=usual)
        return text + (CORE.tr(" — mostly '{service}'").format(service=self.mostly) if self.mostly else "")


def chance_of_at_least(count: int, usual: float) -> float:
    """How likely ``count`` or more complaints are in a window that usually holds ``usual`` (Poisson)."""
    if count <= 0:
        return 1.0
    term = total = math.exp(-usual)  # P(X = 0)
    for k in range(1, count):
        term *= usual / k
        total += term
    return max(0.0, 1.0 - total)


def _weeks_back(today: dt.date, count: int) -> list[str]:
    """The ISO weeks from ``count - 1`` weeks before ``today``'s week up to it, oldest first."""
    noon = dt.datetime.combine(today, dt.time(12), tzinfo=dt.UTC)
    return [iso_week(noon - dt.timedelta(weeks=back)) for back in range(count - 1, -1, -1)]


def _query(sql: str, params: tuple[object, ...]) -> list[tuple[Any, ...]]:
    if not is_sqlite():
        sql = sql.replace("?", "%s")
    return list(database.execute_sql(sql, params).fetchall())


def recurring_problems(today: dt.date | None = None) -> list[Alert]:
    """The categories (and category × service) running well above their own baseline, strongest first."""
    today = today or dt.datetime.now(dt.UTC).date()
    weeks = _weeks_back(today, WINDOW_WEEKS + BASELINE_WEEKS)
    window_start = weeks[BASELINE_WEEKS]
    window: Counter[str] = Counter()
    baseline: Counter[str] = Counter()
    for week, category, n in _query(
            "SELECT received_week, category, COUNT(*) FROM complaint WHERE received_week >= ? AND received_week <= ? "
            "GROUP BY received_week, category", (weeks[0], weeks[-1])):
        (window if week >= window_start else baseline)[category] += n
    pair_window: Counter[tuple[str, str]] = Counter()
    pair_baseline: Counter[tuple[str, str]] = Counter()
    # counted per visit first, so the visits are then read in id order
    for category, service, in_window, n in _query(
            "SELECT c.category, v.service, c.in_window, SUM(c.n) FROM (SELECT visit_id, category, "
            "CASE WHEN received_week >= ? THEN 1 ELSE 0 END AS in_window, COUNT(*) AS n FROM complaint "
            "WHERE received_week >= ? AND received_week <= ? AND visit_id IS NOT NULL GROUP BY 1, 2, 3) c "
            "JOIN visit v ON v.id = c.visit_id GROUP BY 1, 2, 3", (window_start, weeks[0], weeks[-1])):
        (pair_window if in_window else pair_baseline)[(category, service)] += int(n)  # SUM: Decimal on a server

    def usual(base: int) -> float:
        return max(1.0, base / BASELINE_WEEKS * WINDOW_WEEKS)

    def raised(count: int, base: int) -> bool:
        expected = usual(base)
        return (count >= MIN_COUNT and count >= RATIO * expected
                and chance_of_at_least(count, expected) < SIGNIFICANCE)

    alerts: list[Alert] = []
    for category, count in window.items():
        if not raised(count, baseline[category]):
            continue
        services = [(n, s) for (c, s), n in pair_window.items() if c == category]
        top = max(services, default=None)
        mostly = top[1] if top is not None and top[0] >= MOSTLY_SHARE * count else None
        alerts.append(Alert(category, None, count, baseline[category], usual(baseline[category]), mostly))
    alerted = {a.category for a in alerts}
    for (category, service), count in pair_window.items():
        if category in alerted or not raised(count, pair_baseline[(category, service)]):
            continue
        base = pair_baseline[(category, service)]
        alerts.append(Alert(category, service, count, base, usual(base), None))
    return sorted(alerts, key=lambda a: (-a.ratio, -a.count, a.category, a.service or ""))
