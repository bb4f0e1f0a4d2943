"""A titled chart with its numbers a click away: the chart and the table behind it in one stack, a toggle between
them (the trends dashboard has one per figure)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import theme


class ChartSection(QWidget):
    """A titled chart with a toggle to the table of the numbers behind it."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}Section")
        self.title = QLabel(f"<b>{title}</b>", self)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName(f"{key}Numbers")
        self.toggle.setCheckable(True)
        self.toggle.setText(self.tr("Numbers"))
        self.toggle.setToolTip(self.tr("Show the numbers behind the chart"))
        self.toggle.setAccessibleName(self.toggle.toolTip())  # its text flips between Numbers and Chart
        self.chart = QChart()
        if theme.is_dark(QApplication.palette()):  # a white chart would glare in a dark desk
            self.chart.setTheme(QChart.ChartTheme.ChartThemeDark)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart, self)
        self.view.setObjectName(f"{key}Chart")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(360, 240)
        self.view.setAccessibleName(title)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a chart has no keys; its numbers are a Tab away
        self.table = QTableWidget(self)
        self.table.setObjectName(f"{key}Table")
        self.table.setAccessibleName(title)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.table)
        self.toggle.toggled.connect(self._flip)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def _flip(self, numbers: bool) -> None:
        self.stack.setCurrentIndex(1 if numbers else 0)
        self.toggle.setText(self.tr("Chart") if numbers else self.tr("Numbers"))

    def reset(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)

    def set_table(self, header: list[str], rows: list[list[str]]) -> None:
        self.table.clear()
        self.table.setColumnCount(len(header))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(header)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def ink(self, hue: QColor | str) -> QColor:
        """``hue`` made to stand out (3:1) against the chart's background, light or dark."""
        gradient = self.chart.backgroundBrush().gradient()
        grounds = ([stop for _, stop in gradient.stops()] if gradient is not None
                   else [self.chart.backgroundBrush().color()])
        return theme.readable(hue, *grounds, minimum=theme.GRAPHIC_CONTRAST)

    def add_bars(self, series: QBarSeries | QStackedBarSeries, categories: list[str],
                 top: float, axis_title: str = "") -> None:
        self.chart.addSeries(series)  # first: a bar set without a colour of its own takes the theme's here
        for bar_set in series.barSets():
            bar_set.setColor(self.ink(bar_set.color()))
        x = QBarCategoryAxis()
        x.append(categories)
        if len(categories) > 16:  # a year of weeks: the labels would be "…"; the table has them all
            x.setLabelsVisible(False)
            x.setTitleText(f"{categories[0]} – {categories[-1]}")
        y = QValueAxis()
        y.setRange(0, max(top * 1.05, 4.0))
        y.applyNiceNumbers()  # whole, round ticks: 0, 5, 10, 15, 20
        y.setLabelFormat("%.0f")
        y.setTitleText(axis_title)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
