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
from reports.wording import monthly_wording, number, plural

PALETTE = [colors.HexColor(c) for c in ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                                         "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")]
TARGET = colors.HexColor("#c0392b")
CHART_HEIGHT = 62 * mm


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
          height: float = CHART_HEIGHT, value_max: float | None = None, label_room: float = 55 * mm,
          language: str = "en") -> Drawing:
    """A bar chart; ``series[i][j]`` is series i at label j. ``names`` adds a legend; ``target`` a dashed line.
    Numbers are written as ``language`` writes them."""

    def _number(value: float) -> str:
        return number(value, language)

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
        target_text = monthly_wording(language).target.format(value=_number(target))
        scale = chart.valueAxis.valueMax
        if horizontal:
            x = chart.x + chart.width * target / scale
            drawing.add(Line(x, chart.y, x, chart.y + chart.height, strokeColor=TARGET, strokeWidth=1.2,
                             strokeDashArray=[4, 2]))
            drawing.add(String(x + 2, chart.y + chart.height - 7, target_text, fontName=FONT,
                               fontSize=7, fillColor=TARGET))
        else:
            y = chart.y + chart.height * target / scale
            drawing.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=TARGET, strokeWidth=1.2,
                             strokeDashArray=[4, 2]))
            drawing.add(String(chart.x + 3, y + 2, target_text, fontName=FONT, fontSize=7,
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
        self.language = data.language
        self.words = monthly_wording(data.language)
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
        return [self.para(self.words.nothing.format(why=why), self.nothing)]

    def number(self, value: float) -> str:
        return number(value, self.language)

    def bars(self, labels: Sequence[str], series: Sequence[Sequence[float]], width: float, **options: Any) -> Drawing:
        return _bars(labels, series, width, language=self.language, **options)

    # --------------------------------------------------------------------------------------- sections

    def title(self) -> list[Flowable]:
        d, w = self.data, self.words
        big = ParagraphStyle("title", parent=self.styles.heading, fontSize=20, leading=26, spaceAfter=2)
        story: list[Flowable] = [
            self.para(w.title, big),
            self.para(d.month_label, ParagraphStyle("month", parent=big, fontSize=15, leading=20, textColor=GREY)),
            self.para(d.period_label, self.styles.small),
            Spacer(1, 5 * mm),
        ]
        if d.complaints:
            story.append(self.para(plural(d.complaints, w.received, self.language).format(
                count=self.number(d.complaints), open=self.number(d.open_complaints))))
        else:
            story.append(self.para(w.none_received))
        story.append(Paragraph(text(w.recurring), self.styles.heading))
        if d.alerts:
            story.append(self.para(w.recurring_intro))
            story.extend(self.para("• " + sentence) for sentence in d.alerts)
        else:
            story.extend(self.nothing_to_report(w.no_alerts))
        return story

    def weekly(self) -> list[Flowable]:
        d, w = self.data, self.words
        if not any(any(row) for row in d.weekly):
            return self.section(w.weekly, self.nothing_to_report(w.weekly_none))
        labels = [week.split("-")[-1] for week in d.weeks]
        chart = self.bars(labels, d.weekly, self.width, names=d.categories, stacked=True)
        header = [w.category, *labels, w.total]
        rows = [[name, *counts, sum(counts)] for name, counts in zip(d.categories, d.weekly, strict=True)]
        rows.append([w.all, *(sum(col) for col in zip(*d.weekly, strict=True)), sum(map(sum, d.weekly))])
        first = 55 * mm
        rest = (self.width - first) / (len(labels) + 1)
        note = self.para(w.iso_weeks.format(first=d.weeks[0], last=d.weeks[-1]), self.styles.small)
        table = self.table(header, rows, [first] + [rest] * (len(labels) + 1))
        return self.section(w.weekly, [chart, note, Spacer(1, 2 * mm), table])

    def durations(self, heading: str, figures: DurationFigures, kind: str) -> list[Flowable]:
        """``kind``: "first_contact" or "resolution" (what the complaints left out are still waiting for)."""
        w = self.words
        if not figures.count:
            why = w.none_yet[kind] if figures.not_yet else w.no_complaints
            return self.section(heading, self.nothing_to_report(why))
        unit = w.units.get(figures.unit, figures.unit)
        chart = self.bars([w.median, w.p90], [[figures.median or 0.0, figures.p90 or 0.0]],
                          self.width * 0.7, target=figures.target, value_labels=True, height=48 * mm)
        rows = [
            [w.measured, self.number(figures.count)],
            [w.median_in.format(unit=unit), self.number(figures.median or 0.0)],
            [w.p90_in.format(unit=unit), self.number(figures.p90 or 0.0)],
            [w.target_in.format(unit=unit), self.number(figures.target)],
            [w.within_target,
             f"{self.number(figures.within_target)} ({_percent(figures.within_target, figures.count)})"],
            [w.not_yet[kind], self.number(figures.not_yet)],
        ]
        return self.section(heading, [chart, self.table([w.figure, w.value], rows, [70 * mm, 40 * mm])])

    def satisfaction(self) -> list[Flowable]:
        d, w = self.data, self.words
        scored = sum(d.satisfaction)
        if not scored:
            return self.section(w.satisfaction, self.nothing_to_report(w.satisfaction_none))
        labels = ["1", "2", "3", "4", "5"]
        chart = self.bars(labels, [d.satisfaction], self.width * 0.7, value_labels=True, height=45 * mm)
        rows = [[w.score_of.format(score=score), n, _percent(n, scored)]
                for score, n in zip(labels, d.satisfaction, strict=True)]
        rows.append([w.average, self.number(d.satisfaction_average or 0.0),
                     plural(scored, w.scored, self.language).format(count=self.number(scored))])
        return self.section(w.satisfaction,
                            [chart, self.table([w.score, w.complaints, w.share], rows, [40 * mm, 30 * mm, 30 * mm])])

    def promises(self) -> list[Flowable]:
        d, w = self.data, self.words
        if not d.promises_due:
            return self.section(w.promises, self.nothing_to_report(w.promises_none))
        chart = self.bars([w.kept_on_time, w.not_kept_on_time], [[d.promises_kept, d.promises_due - d.promises_kept]],
                          self.width * 0.7, horizontal=True, value_labels=True, height=30 * mm)
        rows = [[w.due_this_month, self.number(d.promises_due)], [w.kept_on_time, self.number(d.promises_kept)],
                [w.kept_rate, _percent(d.promises_kept, d.promises_due)]]
        return self.section(w.promises, [chart, self.table([w.figure, w.value], rows, [60 * mm, 40 * mm])])

    def money(self) -> list[Flowable]:
        d, w = self.data, self.words
        if not d.remedy_cents and not d.revenue_cents:
            return self.section(w.money, self.nothing_to_report(w.money_none))
        chart = self.bars([w.remedies_given, w.revenue], [[d.remedy_cents / 100, d.revenue_cents / 100]],
                          self.width * 0.7, horizontal=True, value_labels=True, height=30 * mm)
        share = f"{100 * d.remedy_cents / d.revenue_cents:.1f} %" if d.revenue_cents else "—"
        rows = [[w.remedies_accepted, d.remedy_text], [w.revenue, d.revenue_text],
                [w.remedy_share, share.replace(".", ",") if self.language == "pl" else share]]
        return self.section(w.money, [chart, self.table([w.figure, w.amount], rows, [70 * mm, 40 * mm])])

    def win_back(self) -> list[Flowable]:
        d, w = self.data, self.words
        if not d.complainants and not d.vouchers_issued:
            why = w.win_back_too_recent if d.too_recent else w.win_back_none
            return self.section(w.win_back, self.nothing_to_report(why))
        labels, values = [], []
        if d.complainants:
            labels.append(w.came_back_chart)
            values.append(100 * d.came_back / d.complainants)
        if d.vouchers_issued:
            labels.append(w.redeemed_chart)
            values.append(100 * d.vouchers_redeemed / d.vouchers_issued)
        chart = self.bars(labels, [values], self.width * 0.7, horizontal=True, value_labels=True, height=30 * mm,
                          value_max=100.0)
        rows = [[w.complainants, self.number(d.complainants)],
                [w.came_back, f"{self.number(d.came_back)} ({_percent(d.came_back, d.complainants)})"],
                [w.too_recent, self.number(d.too_recent)],
                [w.vouchers_issued, self.number(d.vouchers_issued)],
                [w.vouchers_redeemed,
                 f"{self.number(d.vouchers_redeemed)} ({_percent(d.vouchers_redeemed, d.vouchers_issued)})"]]
        return self.section(w.win_back_heading, [chart, self.table([w.figure, w.value], rows, [80 * mm, 40 * mm])])

    def top(self, heading: str, column: str, none: str, rates: Sequence[RateRow]) -> list[Flowable]:
        w = self.words
        if not rates:
            return self.section(heading, self.nothing_to_report(none))
        rows = [[r.name, self.number(r.complaints), self.number(r.visits),
                 self.number(100 * r.complaints / r.visits) if r.visits else "—"] for r in rates]
        return self.section(heading, [self.table([column, w.complaints, w.visits, w.per_100], rows,
                                                 [self.width - 90 * mm, 30 * mm, 30 * mm, 30 * mm])])

    def root_causes(self) -> list[Flowable]:
        d, w = self.data, self.words
        if not d.root_causes:
            return self.section(w.root_causes, self.nothing_to_report(w.no_complaints))
        labels = [label for label, _ in d.root_causes]
        chart = self.bars(labels, [[n for _, n in d.root_causes]], self.width, horizontal=True, value_labels=True,
                          height=max(30 * mm, 8 * mm * len(labels) + 14 * mm), label_room=62 * mm)
        total = sum(n for _, n in d.root_causes)
        rows = [[label, self.number(n), _percent(n, total)] for label, n in d.root_causes]
        return self.section(w.root_causes,
                            [chart, self.table([w.root_cause, w.complaints, w.share], rows,
                                               [self.width - 60 * mm, 30 * mm, 30 * mm])])

    def story(self) -> list[Flowable]:
        d, w = self.data, self.words
        return [
            *self.title(),
            Spacer(1, 4 * mm),
            *self.weekly(),
            *self.durations(w.first_contact, d.first_contact, "first_contact"),
            *self.durations(w.resolution, d.resolution, "resolution"),
            *self.satisfaction(),
            *self.promises(),
            *self.money(),
            *self.win_back(),
            *self.top(w.services, w.service, w.services_none, d.top_services),
            *self.top(w.staff, w.staff_member, w.staff_none, d.top_staff),
            *self.root_causes(),
        ]


def render_monthly_report(data: MonthlyReportData) -> bytes:
    """The owner's monthly report for ``data.month`` as PDF bytes, in ``data.language``."""
    register_fonts()
    report = _Report(data)
    words = report.words
    return _build(data.letterhead, report.story(),
                  _PageState(label=words.page_label.format(month=data.month_label), language=data.language),
                  words.document_title.format(month=data.month_label))
