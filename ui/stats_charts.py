"""QtCharts for the 统计 page (PySide6-Addons): incidents by category (bar) and by month (line).

Imported only when the page is first shown: QtCharts costs start-up time nobody needs at 08:30.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

NAVY = QColor("#1F3A5F")
ORANGE = QColor("#D9541E")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPointSize(12)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def count_axis(top: int) -> QValueAxis:
    """0 to at least `top` in whole steps of 1, 2, 5, 10, 20, 50…, at most five of them: every
    label a different count (a 0…2.4 axis labelled "%d" read 0, 0, 1, 1, 2)."""
    top = max(1, top)
    step = 1
    while -(-top // step) > 5:
        step = step * 5 // 2 if str(step)[0] == "2" else step * 2
    upper = -(-top // step) * step
    y = QValueAxis()
    y.setLabelFormat("%d")
    y.setRange(0, upper)
    y.setTickCount(upper // step + 1)
    return y


def _axes(chart: QChart, series: object, labels: list[str], top: int) -> None:
    x = QBarCategoryAxis()
    x.append(labels)
    y = count_axis(top)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)  # type: ignore[attr-defined]
    series.attachAxis(y)  # type: ignore[attr-defined]


def bar_chart(title: str, counts: Mapping[str, int]) -> QChart:
    chart = _chart(title)
    bars = QBarSet(title)
    bars.setColor(NAVY)
    bars.append([float(v) for v in counts.values()])
    series = QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    chart.addSeries(series)
    _axes(chart, series, list(counts), max(counts.values(), default=0))
    return chart


def line_chart(title: str, counts: Mapping[str, int]) -> QChart:
    chart = _chart(title)
    series = QLineSeries()
    series.setColor(ORANGE)
    series.setPointsVisible(True)
    series.setPointLabelsVisible(True)
    series.setPointLabelsFormat("@yPoint")
    for index, value in enumerate(counts.values()):
        series.append(index, float(value))
    chart.addSeries(series)
    labels = list(counts)
    x = QBarCategoryAxis()  # category labels over 0..n-1
    x.append(labels)
    y = count_axis(max(counts.values(), default=0) + 1)  # room for the top point's label
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    return chart


class ChartView(QChartView):
    """A chart view whose chart can be replaced on each reload."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)

    def show_chart(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
