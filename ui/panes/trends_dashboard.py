"""The owner's trends dashboard: charts first, the numbers behind each a click away, the recurring-problem alert
above them. Worked out off the GUI thread (Operations.run_in_background) whenever the period or the data change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarSeries,
    QBarSet,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.errors import DeskError
from models.services import alerts, trends
from models.services.complaints import CATEGORY_LABELS
from ui.bus import DeskBus
from ui.format import money, month_name, number
from ui.forms import banner_label
from ui.i18n import core_label
from ui.operations import Operations
from ui.panes.chart_section import ChartSection

PERIODS = (3, 6, 12, 24)  # months the owner can look back over
REFRESH_ON = frozenset({"complaints", "visits", "customers", "remedies", "vouchers", "promises"})
# one colour per category, kept between refreshes so "late" is always the same orange
PALETTE = ("#3366cc", "#dc3912", "#ff9900", "#109618", "#990099", "#0099c6", "#dd4477", "#66aa00", "#b82e2e")


@dataclass(frozen=True)
class TrendsResult:
    board: trends.Dashboard
    alerts: tuple[alerts.Alert, ...]


def compute(months: int) -> TrendsResult:
    """Everything the dashboard shows (runs in a worker thread)."""
    return TrendsResult(trends.dashboard(trends.Period.last_months(months)), tuple(alerts.recurring_problems()))


class TrendsDashboard(QWidget):
    """``trendsDashboard``: the period chooser ``trendsPeriod``, the alert line ``trendsAlert`` and one chart
    section per figure (``<key>Section`` with ``<key>Chart``, ``<key>Table`` and the toggle ``<key>Numbers``)."""

    sig_refreshed = Signal()  # the figures on screen are those of the latest data

    def __init__(self, bus: DeskBus, operations: Operations, staff_id_getter: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendsDashboard")
        self.bus = bus
        self.operations = operations
        self.staff_id_getter = staff_id_getter
        self.result: TrendsResult | None = None
        self._generation = 0
        self._stale = True  # nothing worked out yet: the first show does it
        self._colours: dict[str, QColor] = {}
        self.period = QComboBox(self)
        self.period.setObjectName("trendsPeriod")
        for months in PERIODS:
            self.period.addItem(self.tr("Last %n month(s)", "", months), months)
        self.period.setCurrentIndex(PERIODS.index(12))
        self.alert = banner_label(self, "trendsAlert")
        self.status = QLabel(self)
        self.status.setObjectName("trendsStatus")
        self.status.setWordWrap(True)
        self.sections = {
            "weekly": ChartSection("weekly", self.tr("Complaints per week, by category"), self),
            "times": ChartSection("times", self.tr("Time to first contact and to resolution"), self),
            "satisfaction": ChartSection("satisfaction", self.tr("Satisfaction after follow-up"), self),
            "promises": ChartSection("promises", self.tr("Promises kept"), self),
            "money": ChartSection("money", self.tr("Remedy cost against revenue, per month"), self),
            "winBack": ChartSection("winBack", self.tr("Win-back"), self),
            "rates": ChartSection("rates", self.tr("Complaints per 100 visits"), self),
            "causes": ChartSection("causes", self.tr("Root causes"), self),
        }
        grid = QGridLayout()
        grid.addWidget(self.sections["weekly"], 0, 0, 1, 2)
        for index, key in enumerate(("times", "satisfaction", "promises", "money", "winBack", "rates", "causes")):
            grid.addWidget(self.sections[key], 1 + index // 2, index % 2)
        body = QWidget(self)
        body.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        top = QHBoxLayout()
        heading = QLabel(self.tr("<h2>Trends</h2>"), self)
        top.addWidget(heading, 1)
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period)
        top.addWidget(period_label)
        top.addWidget(self.period)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.alert)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self.period.currentIndexChanged.connect(self.refresh)
        bus.data_changed.connect(self._on_data_changed)

    # --- work
    def months(self) -> int:
        return int(self.period.currentData())

    def refresh(self) -> None:
        """Work the figures out again in the background; a newer refresh supersedes an older one."""
        self._generation += 1
        self._stale = False
        generation = self._generation
        months = self.months()
        self.status.setText(self.tr("Working out the trends…"))
        self.status.show()
        self.operations.run_in_background(
            lambda _report: compute(months),
            succeeded=lambda result: self._show(generation, result),
            failed=lambda error: self._failed(generation, error),
        )

    def _on_data_changed(self, kinds: set[str]) -> None:
        if kinds & REFRESH_ON:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True  # worked out again when next shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _failed(self, generation: int, error: DeskError) -> None:
        if generation != self._generation:
            return
        self.status.setText(self.tr("The trends could not be worked out: {error}").format(error=error.message))
        self.sig_refreshed.emit()

    # --- showing
    def _show(self, generation: int, result: TrendsResult) -> None:
        if generation != self._generation:
            return  # an older run finishing late
        self.result = result
        board = result.board
        if result.alerts:
            self.alert.setText("\n".join(self._alert_text(a) for a in result.alerts))
            self.alert.show()
        else:
            self.alert.clear()
            self.alert.hide()
        if board.is_empty:
            self.status.setText(self.tr("No complaints were received in this period: the charts are empty."))
        else:
            self.status.setText(self.tr("%n complaint(s) received", "", board.complaints) + ", "
                                + self.tr("%n still open.", "", board.open_complaints))
        self._weekly(board)
        self._times(board)
        self._satisfaction(board)
        self._promises(board)
        self._money(board)
        self._win_back(board)
        self._rates(board)
        self._causes(board)
        self.sig_refreshed.emit()

    def _alert_text(self, alert: alerts.Alert) -> str:
        label = core_label(alert.label)
        what = label if alert.service is None else self.tr("{label} on '{service}'").format(label=label,
                                                                                            service=alert.service)
        usual = (self.tr("none in the %n week(s) before", "", alerts.BASELINE_WEEKS) if alert.baseline == 0
                 else self.tr("{ratio}× usual").format(ratio=number(alert.ratio)))
        text = self.tr("{what}: {complaints} in {weeks}, {usual}").format(
            what=what, complaints=self.tr("%n complaint(s)", "", alert.count),
            weeks=self.tr("%n week(s)", "", alerts.WINDOW_WEEKS), usual=usual)
        if alert.mostly:
            text += self.tr(" — mostly '{what}'").format(what=alert.mostly)
        return "⚠ " + text

    def _colour(self, category: str) -> QColor:
        if category not in self._colours:
            self._colours[category] = QColor(PALETTE[len(self._colours) % len(PALETTE)])
        return self._colours[category]

    def _money_text(self, cents: int) -> str:
        return money(cents, self.result.board.currency if self.result else None)

    def _weekly(self, board: trends.Dashboard) -> None:
        section = self.sections["weekly"]
        section.reset()
        weekly = board.weekly
        labels = list(weekly.weeks)
        series = QStackedBarSeries()
        for category in sorted(weekly.categories, key=list(CATEGORY_LABELS).index):
            bar = QBarSet(core_label(CATEGORY_LABELS.get(category, category)))
            bar.setColor(self._colour(category))
            bar.append([float(weekly.count(week, category)) for week in weekly.weeks])
            series.append(bar)
        top = max((sum(weekly.count(w, c) for c in weekly.categories) for w in weekly.weeks), default=0)
        section.add_bars(series, labels, float(top), self.tr("complaints"))
        section.chart.legend().setVisible(bool(weekly.categories))
        section.set_table([self.tr("Week")] + [core_label(CATEGORY_LABELS.get(c, c)) for c in weekly.categories]
                          + [self.tr("Total")],
                          [[week] + [str(weekly.count(week, c)) for c in weekly.categories]
                           + [str(sum(weekly.count(week, c) for c in weekly.categories))] for week in weekly.weeks])

    def _times(self, board: trends.Dashboard) -> None:
        section = self.sections["times"]
        section.reset()
        contact, resolution = board.first_contact, board.resolution
        sets: list[tuple[str, str, list[float | None]]] = [
                (self.tr("Median"), "#3366cc", [contact.median, resolution.median]),
                (self.tr("9 in 10 within"), "#ff9900", [contact.p90, resolution.p90]),
                (self.tr("Target"), "#109618", [contact.target, resolution.target])]
        series = QBarSeries()
        top = 0.0
        for label, colour, values in sets:
            bar = QBarSet(label)
            bar.setColor(QColor(colour))
            bar.append([float(v or 0.0) for v in values])
            series.append(bar)
            top = max(top, *(float(v or 0.0) for v in values))
        section.add_bars(series, [self.tr("First contact (hours)"), self.tr("Resolution (days)")], top)

        def num(value: float | None) -> str:
            return "—" if value is None else number(value, 1)

        def share(part: int, whole: int) -> str:
            return "—" if not whole else self.tr("{percent} %").format(percent=number(100 * part / whole))

        section.set_table(
            [self.tr("Measure"), self.tr("Median"), self.tr("90th percentile"), self.tr("Target"),
             self.tr("Within target"), self.tr("Measured"), self.tr("Still waiting")],
            [[self.tr("First contact (hours)"), num(contact.median), num(contact.p90), num(contact.target),
              share(contact.within_target, contact.count), str(contact.count), str(contact.not_yet)],
             [self.tr("Resolution (days)"), num(resolution.median), num(resolution.p90), num(resolution.target),
              share(resolution.within_target, resolution.count), str(resolution.count), str(resolution.not_yet)]])

    def _satisfaction(self, board: trends.Dashboard) -> None:
        section = self.sections["satisfaction"]
        section.reset()
        scores = board.satisfaction.scores
        bar = QBarSet(self.tr("Complaints"))
        bar.setColor(QColor("#0099c6"))
        bar.append([float(scores[s]) for s in range(1, 6)])
        series = QBarSeries()
        series.append(bar)
        section.add_bars(series, [str(s) for s in range(1, 6)], float(max(scores.values(), default=0)))
        section.chart.legend().setVisible(False)
        average = board.satisfaction.average
        section.chart.setTitle(self.tr("Average {average} of 5 ({answers})").format(
            average=number(average, 1), answers=self.tr("%n answer(s)", "", board.satisfaction.count))
            if average is not None else self.tr("No answers yet"))
        section.set_table([self.tr("Score"), self.tr("Complaints")],
                          [[str(s), str(scores[s])] for s in range(1, 6)]
                          + [[self.tr("Average"), "—" if average is None else number(average, 2)]])

    def _promises(self, board: trends.Dashboard) -> None:
        section = self.sections["promises"]
        section.reset()
        promises = board.promises
        kept = QBarSet(self.tr("Kept on time"))
        kept.setColor(QColor("#109618"))
        kept.append([float(promises.kept)])
        broken = QBarSet(self.tr("Late or not kept"))
        broken.setColor(QColor("#dc3912"))
        broken.append([float(promises.due - promises.kept)])
        series = QStackedBarSeries()
        series.append(kept)
        series.append(broken)
        section.add_bars(series, [self.tr("Promises due")], float(promises.due))
        rate = promises.kept_rate
        section.chart.setTitle(self.tr("{percent} % kept").format(percent=number(100 * rate)) if rate is not None
                               else self.tr("No promises were due"))
        section.set_table([self.tr("Promises"), self.tr("Count")],
                          [[self.tr("Due"), str(promises.due)], [self.tr("Kept on time"), str(promises.kept)],
                           [self.tr("Late or not kept"), str(promises.due - promises.kept)],
                           [self.tr("Kept rate"),
                            "—" if rate is None else self.tr("{percent} %").format(percent=number(100 * rate))]])

    def _money(self, board: trends.Dashboard) -> None:
        section = self.sections["money"]
        section.reset()
        months = [m.month for m in board.money]
        remedies = QBarSet(self.tr("Remedies ({currency})").format(currency=board.currency))
        remedies.setColor(QColor("#dc3912"))
        remedies.append([m.remedy_cents / 100 for m in board.money])
        bars = QBarSeries()
        bars.append(remedies)
        section.add_bars(bars, [month_name(int(m[5:])) for m in months],
                         max((m.remedy_cents / 100 for m in board.money), default=0), board.currency)
        revenue = QLineSeries()
        revenue.setName(self.tr("Revenue ({currency})").format(currency=board.currency))
        revenue.setColor(section.ink("#3366cc"))
        for index, month in enumerate(board.money):
            revenue.append(index, month.revenue_cents / 100)
        section.chart.addSeries(revenue)
        right = QValueAxis()
        right.setRange(0, max(max((m.revenue_cents / 100 for m in board.money), default=0) * 1.05, 4.0))
        right.applyNiceNumbers()
        right.setLabelFormat("%.0f")
        x_line = QValueAxis()
        x_line.setRange(-0.5, len(months) - 0.5)
        x_line.setVisible(False)
        section.chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
        section.chart.addAxis(x_line, Qt.AlignmentFlag.AlignTop)
        revenue.attachAxis(right)
        revenue.attachAxis(x_line)
        section.set_table(
            [self.tr("Month"), self.tr("Remedies"), self.tr("Revenue"), self.tr("Remedies / revenue")],
            [[m.month, self._money_text(m.remedy_cents), self._money_text(m.revenue_cents),
              "—" if m.share is None else self.tr("{percent} %").format(percent=number(100 * m.share, 1))]
             for m in board.money])

    def _win_back(self, board: trends.Dashboard) -> None:
        section = self.sections["winBack"]
        section.reset()
        win = board.win_back
        bar = QBarSet(self.tr("%"))
        bar.setColor(QColor("#66aa00"))
        bar.append([100 * (win.rate or 0.0), 100 * (win.voucher_rate or 0.0)])
        series = QBarSeries()
        series.append(bar)
        section.add_bars(series, [self.tr("Came back within %n day(s)", "", trends.WIN_BACK_DAYS),
                                  self.tr("Vouchers redeemed")], 100.0 / 1.1, "%")
        section.chart.legend().setVisible(False)

        def rate(value: float | None) -> str:
            return "—" if value is None else self.tr("{percent} %").format(percent=number(100 * value))

        section.set_table(
            [self.tr("Measure"), self.tr("Count"), self.tr("Of"), self.tr("Rate")],
            [[self.tr("Complainants who came back"), str(win.came_back), str(win.complainants), rate(win.rate)],
             [self.tr("Vouchers redeemed"), str(win.vouchers_redeemed), str(win.vouchers_issued),
              rate(win.voucher_rate)],
             [self.tr("Complainants still inside %n day(s)", "", trends.WIN_BACK_DAYS), str(win.too_recent), "", ""]])

    def _rates(self, board: trends.Dashboard) -> None:
        section = self.sections["rates"]
        section.reset()
        entries = [(self.tr("Service"), r) for r in board.top_services] + [(self.tr("Staff"), r)
                                                                         for r in board.top_staff]
        bar = QBarSet(self.tr("Complaints per 100 visits"))
        bar.setColor(QColor("#990099"))
        bar.append([r.per_100 for _, r in entries])
        series = QBarSeries()
        series.append(bar)
        section.add_bars(series, [r.name[:18] for _, r in entries], max((r.per_100 for _, r in entries), default=0))
        section.chart.legend().setVisible(False)
        section.set_table([self.tr("Kind"), self.tr("Name"), self.tr("Complaints"), self.tr("Visits"),
                           self.tr("Per 100 visits")],
                          [[kind, r.name, str(r.complaints), str(r.visits), number(r.per_100, 1)]
                           for kind, r in entries])

    def _causes(self, board: trends.Dashboard) -> None:
        section = self.sections["causes"]
        section.reset()
        bar = QBarSet(self.tr("Complaints"))
        bar.setColor(QColor("#b82e2e"))
        bar.append([float(n) for _, n in board.root_causes])
        series = QBarSeries()
        series.append(bar)
        section.add_bars(series, [core_label(label)[:22] for label, _ in board.root_causes],
                         float(max((n for _, n in board.root_causes), default=0)))
        section.chart.legend().setVisible(False)
        section.set_table([self.tr("Root cause"), self.tr("Complaints")],
                          [[core_label(label), str(n)] for label, n in board.root_causes])
