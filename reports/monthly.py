"""The owner's monthly report as PDF bytes: the letterhead and the month, the recurring-problem alerts, then one
section per dashboard figure with its chart (``reportlab.graphics``) and the numbers behind it as a small table.

Every chart and table is in the bundled DejaVu Sans (names in any script, every font embedded). A section with
nothing to show says so in a sentence instead of drawing an empty chart. Deterministic like the letters.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from reports.monthly_data import DurationFigures, MonthlyReportData, RateRow
from reports.pdf import (
    FONT,
    FONT_BOLD,
    GREY,
    MARGIN,
    PAGE_SIZES,
    _build,
    _grid,
    _PageState,
    _styles,
    register_fonts,
    text,
)

PALETTE = [colors.HexColor(c) for c in ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                                         "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")]
TARGET = colors.HexColor("#c0392b")
CHART_HEIGHT = 62 * mm


def _number(value: float) -> str:
    """12, 12.5, 0.25: at most two decimals, no trailing zeros."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "—"


def _nice_max(value: float) -> float:
    """A round axis top a little above ``value`` (at least 1)."""
    value = max(value, 1.0) * 1.1
    step = 10 ** (len(str(int(value))) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        if value <= factor * step:
            return float(factor * step)
    return float(10 * step)


def _drawing(width: float, height: float) -> Drawing:
    return Drawing(width, height, initialFontName=FONT)  # not Helvetica: every font in the file is embedded


def _style_axes(chart: Any, font_size: float = 7) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = font_size
        axis.strokeColor = GREY
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.valueAxis.visibleGrid = True


def _bars(labels: Sequence[str], series: Sequence[Sequence[float]], width: float, *, names: Sequence[str] = (),
          stacked: bool = False, horizontal: bool = False, target: float | None = None, value_labels: bool = False,
          height: float = CHART_HEIGHT, value_max: float | None = None, label_room: float = 55 * mm) -> Drawing:
    """A bar chart; ``series[i][j]`` is series i at label j. ``names`` adds a legend; ``target`` a dashed line."""
    drawing = _drawing(width, height)
    if horizontal:  # drawn from the bottom up: reversed, the first label is the top bar
        labels, series = list(reversed(labels)), [list(reversed(values)) for values in series]
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    legend_width = 48 * mm if names else 0
    label_room = label_room if horizontal else 0
    chart.x, chart.y = 12 * mm + label_room, 10 * mm
    chart.width = width - chart.x - legend_width - 6 * mm
    chart.height = height - chart.y - 4 * mm
    chart.data = [list(values) for values in series]
    chart.categoryAxis.categoryNames = list(labels)
    if stacked:
        chart.categoryAxis.style = "stacked"
    top = max((sum(column) for column in zip(*series, strict=True)) if stacked
              else (max(values, default=0) for values in series), default=0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = value_max or _nice_max(max(float(top), target or 0))
    chart.valueAxis.valueStep = chart.valueAxis.valueMax / (4 if horizontal else 5)
    chart.valueAxis.labelTextFormat = _number
    _style_axes(chart)
    if horizontal:
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -3
    elif len(labels) > 6:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.barSpacing = 1
    for index in range(len(series)):
        chart.bars[index].fillColor = PALETTE[index % len(PALETTE)]
        chart.bars[index].strokeColor = None
    if value_labels:
        chart.barLabels.fontName = FONT
        chart.barLabels.fontSize = 7
        chart.barLabelFormat = _number
        chart.barLabels.nudge = 6
        chart.barLabels.boxAnchor = "w" if horizontal else "s"
    drawing.add(chart)
    if target is not None:
        scale = chart.valueAxis.valueMax
        if horizontal:
            x = chart.x + chart.width * target / scale
            drawing.add(Line(x, chart.y, x, chart.y + chart.height, strokeColor=TARGET, strokeWidth=1.2,
                             strokeDashArray=[4, 2]))
            drawing.add(String(x + 2, chart.y + chart.height - 7, f"target {_number(target)}", fontName=FONT,
                               fontSize=7, fillColor=TARGET))
        else:
            y = chart.y + chart.height * target / scale
            drawing.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=TARGET, strokeWidth=1.2,
                             strokeDashArray=[4, 2]))
            drawing.add(String(chart.x + 3, y + 2, f"target {_number(target)}", fontName=FONT, fontSize=7,
                               fillColor=TARGET))
    if names:
        legend = Legend()
        legend.fontName = FONT
        legend.fontSize = 7
        legend.x = width - legend_width
        legend.y = height - 4 * mm
        legend.alignment = "right"
        legend.deltay = 9
        legend.columnMaximum = 12
        legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name[:34]) for i, name in enumerate(names)]
        drawing.add(legend)
    return drawing


class _Report:
    def __init__(self, data: MonthlyReportData) -> None:
        self.data = data
        self.styles = _styles()
        self.width = PAGE_SIZES.get(data.letterhead.paper_size, A4)[0] - 2 * MARGIN
        self.cell = ParagraphStyle("cell", parent=self.styles.body, fontSize=8.5, leading=11, spaceAfter=0)
        self.cell_bold = ParagraphStyle("cellb", parent=self.cell, fontName=FONT_BOLD)
        self.nothing = ParagraphStyle("nothing", parent=self.styles.body, textColor=GREY)

    def para(self, value: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(text(value), style or self.styles.body)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[object]],
              widths: Sequence[float] | None = None) -> Table:
        cells = [[Paragraph(text(h), self.cell_bold) for h in header]]
        cells += [[Paragraph(text(str(v)), self.cell) for v in row] for row in rows]
        table = Table(cells, colWidths=list(widths) if widths else None, repeatRows=1, hAlign="LEFT")
        table.setStyle(_grid())
        return table

    def section(self, heading: str, body: list[Flowable]) -> list[Flowable]:
        return [CondPageBreak(60 * mm), KeepTogether([Paragraph(text(heading), self.styles.heading), *body]),
                Spacer(1, 4 * mm)]

    def nothing_to_report(self, why: str) -> list[Flowable]:
        return [self.para(f"Nothing to report this month: {why}", self.nothing)]

    # --------------------------------------------------------------------------------------- sections

    def title(self) -> list[Flowable]:
        d = self.data
        big = ParagraphStyle("title", parent=self.styles.heading, fontSize=20, leading=26, spaceAfter=2)
        story: list[Flowable] = [
            self.para("Owner's monthly report", big),
            self.para(d.month_label, ParagraphStyle("month", parent=big, fontSize=15, leading=20, textColor=GREY)),
            self.para(d.period_label, self.styles.small),
            Spacer(1, 5 * mm),
        ]
        if d.complaints:
            story.append(self.para(
                f"{d.complaints:,} complaint{'s' if d.complaints != 1 else ''} received this month; "
                f"{d.open_complaints:,} of them not resolved yet."))
        else:
            story.append(self.para("No complaints were received this month."))
        story.append(Paragraph("Recurring problems", self.styles.heading))
        if d.alerts:
            story.append(self.para("These kinds of complaint came in far more often than usual in the four weeks "
                                   "up to the end of the month; other customers likely have the same problem "
                                   "without having said so:"))
            story.extend(self.para("• " + sentence) for sentence in d.alerts)
        else:
            story.extend(self.nothing_to_report("no kind of complaint ran above its usual level."))
        return story

    def weekly(self) -> list[Flowable]:
        d = self.data
        if not any(any(row) for row in d.weekly):
            return self.section("Complaints per week by category",
                                self.nothing_to_report("no complaints in the weeks of this month."))
        labels = [w.split("-")[-1] for w in d.weeks]
        chart = _bars(labels, d.weekly, self.width, names=d.categories, stacked=True)
        header = ["Category", *labels, "Total"]
        rows = [[name, *counts, sum(counts)] for name, counts in zip(d.categories, d.weekly, strict=True)]
        rows.append(["All", *(sum(col) for col in zip(*d.weekly, strict=True)), sum(map(sum, d.weekly))])
        first = 55 * mm
        rest = (self.width - first) / (len(labels) + 1)
        note = self.para(f"Whole ISO weeks the month touches ({d.weeks[0]} to {d.weeks[-1]}), so the first and last "
                         "week may hold days of the months either side.", self.styles.small)
        table = self.table(header, rows, [first] + [rest] * (len(labels) + 1))
        return self.section("Complaints per week by category", [chart, note, Spacer(1, 2 * mm), table])

    def durations(self, heading: str, figures: DurationFigures, waiting: str) -> list[Flowable]:
        if not figures.count:
            why = f"no complaint of this month has been {waiting} yet." if figures.not_yet else "no complaints."
            return self.section(heading, self.nothing_to_report(why))
        unit = figures.unit
        chart = _bars(["Median", "90th percentile"], [[figures.median or 0.0, figures.p90 or 0.0]],
                      self.width * 0.7, target=figures.target, value_labels=True, height=48 * mm)
        rows = [
            ["Complaints measured", f"{figures.count:,}"],
            [f"Median ({unit})", _number(figures.median or 0.0)],
            [f"90th percentile ({unit})", _number(figures.p90 or 0.0)],
            [f"Target ({unit})", _number(figures.target)],
            ["Within target", f"{figures.within_target:,} ({_percent(figures.within_target, figures.count)})"],
            [f"Not {waiting} yet (left out)", f"{figures.not_yet:,}"],
        ]
        return self.section(heading, [chart, self.table(["Figure", "Value"], rows, [70 * mm, 40 * mm])])

    def satisfaction(self) -> list[Flowable]:
        d = self.data
        scored = sum(d.satisfaction)
        if not scored:
            return self.section("Satisfaction after follow-up",
                                self.nothing_to_report("no customer gave a satisfaction score."))
        labels = ["1", "2", "3", "4", "5"]
        chart = _bars(labels, [d.satisfaction], self.width * 0.7, value_labels=True, height=45 * mm)
        rows = [[f"{score} of 5", n, _percent(n, scored)] for score, n in zip(labels, d.satisfaction, strict=True)]
        rows.append(["Average", _number(d.satisfaction_average or 0.0), f"{scored:,} scored"])
        return self.section("Satisfaction after follow-up",
                            [chart, self.table(["Score", "Complaints", "Share"], rows, [40 * mm, 30 * mm, 30 * mm])])

    def promises(self) -> list[Flowable]:
        d = self.data
        if not d.promises_due:
            return self.section("Promises kept", self.nothing_to_report("no promise fell due."))
        chart = _bars(["Kept on time", "Not kept on time"], [[d.promises_kept, d.promises_due - d.promises_kept]],
                      self.width * 0.7, horizontal=True, value_labels=True, height=30 * mm)
        rows = [["Due this month", f"{d.promises_due:,}"], ["Kept on time", f"{d.promises_kept:,}"],
                ["Kept-rate", _percent(d.promises_kept, d.promises_due)]]
        return self.section("Promises kept", [chart, self.table(["Figure", "Value"], rows, [60 * mm, 40 * mm])])

    def money(self) -> list[Flowable]:
        d = self.data
        if not d.remedy_cents and not d.revenue_cents:
            return self.section("Remedy cost against revenue",
                                self.nothing_to_report("no remedies given and no visits recorded."))
        chart = _bars(["Remedies given", "Revenue from visits"], [[d.remedy_cents / 100, d.revenue_cents / 100]],
                      self.width * 0.7, horizontal=True, value_labels=True, height=30 * mm)
        rows = [["Remedies accepted or given", d.remedy_text], ["Revenue from visits", d.revenue_text],
                ["Remedies as a share of revenue",
                 f"{100 * d.remedy_cents / d.revenue_cents:.1f} %" if d.revenue_cents else "—"]]
        return self.section("Remedy cost against revenue",
                            [chart, self.table(["Figure", "Amount"], rows, [70 * mm, 40 * mm])])

    def win_back(self) -> list[Flowable]:
        d = self.data
        if not d.complainants and not d.vouchers_issued:
            why = ("every complainant of this month is still inside the 90 days to come back."
                   if d.too_recent else "no complainants and no vouchers issued.")
            return self.section("Win-back", self.nothing_to_report(why))
        labels, values = [], []
        if d.complainants:
            labels.append("Came back (of complainants)")
            values.append(100 * d.came_back / d.complainants)
        if d.vouchers_issued:
            labels.append("Vouchers redeemed (of issued)")
            values.append(100 * d.vouchers_redeemed / d.vouchers_issued)
        chart = _bars(labels, [values], self.width * 0.7, horizontal=True, value_labels=True, height=30 * mm,
                       value_max=100.0)
        rows = [["Complainants (90 days passed, or came back)", f"{d.complainants:,}"],
                ["Came back within 90 days", f"{d.came_back:,} ({_percent(d.came_back, d.complainants)})"],
                ["Too recent to tell (not counted)", f"{d.too_recent:,}"],
                ["Vouchers issued", f"{d.vouchers_issued:,}"],
                ["Vouchers redeemed", f"{d.vouchers_redeemed:,} ({_percent(d.vouchers_redeemed, d.vouchers_issued)})"]]
        return self.section("Win-back (%)", [chart, self.table(["Figure", "Value"], rows, [80 * mm, 40 * mm])])

    def top(self, heading: str, column: str, what: str, rates: Sequence[RateRow]) -> list[Flowable]:
        if not rates:
            return self.section(heading, self.nothing_to_report(f"no {what} with complaints and at least a few "
                                                                "visits."))
        rows = [[r.name, f"{r.complaints:,}", f"{r.visits:,}", _number(100 * r.complaints / r.visits)
                 if r.visits else "—"] for r in rates]
        return self.section(heading, [self.table([column, "Complaints", "Visits", "Per 100 visits"], rows,
                                                 [self.width - 90 * mm, 30 * mm, 30 * mm, 30 * mm])])

    def root_causes(self) -> list[Flowable]:
        d = self.data
        if not d.root_causes:
            return self.section("Root causes", self.nothing_to_report("no complaints."))
        labels = [label for label, _ in d.root_causes]
        chart = _bars(labels, [[n for _, n in d.root_causes]], self.width, horizontal=True, value_labels=True,
                      height=max(30 * mm, 8 * mm * len(labels) + 14 * mm), label_room=62 * mm)
        total = sum(n for _, n in d.root_causes)
        rows = [[label, f"{n:,}", _percent(n, total)] for label, n in d.root_causes]
        return self.section("Root causes",
                            [chart, self.table(["Root cause", "Complaints", "Share"], rows,
                                               [self.width - 60 * mm, 30 * mm, 30 * mm])])

    def story(self) -> list[Flowable]:
        d = self.data
        return [
            *self.title(),
            Spacer(1, 4 * mm),
            *self.weekly(),
            *self.durations("Time to first contact", d.first_contact, "contacted"),
            *self.durations("Time to resolution", d.resolution, "resolved"),
            *self.satisfaction(),
            *self.promises(),
            *self.money(),
            *self.win_back(),
            *self.top("Services with the most complaints per 100 visits", "Service", "services",
                       d.top_services),
            *self.top("Staff with the most complaints per 100 visits", "Staff member", "staff",
                       d.top_staff),
            *self.root_causes(),
        ]


def render_monthly_report(data: MonthlyReportData) -> bytes:
    """The owner's monthly report for ``data.month`` as PDF bytes."""
    register_fonts()
    report = _Report(data)
    return _build(data.letterhead, report.story(), _PageState(label=f"Owner's monthly report, {data.month_label}"),
                  f"Owner's monthly report — {data.month_label}")
