"""The wall's parts (ui/wall_mode.py): its style sheet for a text size, the size of its deadline
rows, and the 当前值班 / 下一班 cards."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from dutyroom.attendance import AttendanceState
from dutyroom.models import Person
from ui.formatting import enum_text, short_time

STATE_COLOURS = {
    "pending": ("#E8EEF5", "#22324A"),
    "warning": ("#1B1300", "#FFC93C"),
    "critical": ("#FFFFFF", "#E0601F"),
    "overdue": ("#FFFFFF", "#D32F2F"),
}
SIGN_COLOURS = {
    AttendanceState.SIGNED_IN: "#6BD37E",
    AttendanceState.LATE: "#FFC93C",
    AttendanceState.PENDING: "#9FB0C4",
    AttendanceState.MISSING: "#FF6B6B",
}


# A deadline row's height for a text size (measured under Xvfb, plus a little): the countdown is
# 1.35 times the text, with its padding, and the grid's spacing; more with the second line (place,
# received), which rows get where there is room. The rows' card adds its margins once.
ROW_LINE = (1.75, 4)
ROW_LINES_2 = (2.1, 12)
ROWS_FRAME = 24
DETAIL_SCALE = 0.72  # the second line's text against the row's


def row_height(size: int, *, detail: bool) -> int:
    factor, extra = ROW_LINES_2 if detail else ROW_LINE
    return int(factor * size) + extra


# Rows grow up to this many times the base text size when there is room for them.
ROW_GROWTH = 1.8


def wall_qss(base: int, row: int | None = None) -> str:
    """The wall's style sheet for a base text size in pixels (from the window height) and the
    text size of the deadline rows (the base, or larger when few rows leave room)."""
    row = row or base
    return f"""
QWidget#wall_window {{ background: #0E1621; }}
QLabel {{ color: #E8EEF5; font-size: {base}px; }}
QLabel#wall_bureau {{ font-size: {int(base * 1.5)}px; font-weight: bold; }}
QLabel#wall_date {{ color: #9FB0C4; }}
QLabel#wall_clock {{ font-size: {int(base * 2.2)}px; font-weight: bold;
    font-family: "DejaVu Sans Mono", "Consolas", monospace; }}
QFrame[wallcard="true"] {{ background: #17222F; border-radius: {base // 2}px; }}
QLabel#wall_card_title {{ color: #9FB0C4; font-size: {int(base * 0.9)}px; }}
QLabel[role="true"] {{ color: #9FB0C4; }}
QLabel[person="true"] {{ font-size: {int(base * 1.25)}px; font-weight: bold; }}
QLabel#wall_handover_label {{ color: #FFC93C; }}
QLabel#wall_count_value {{ font-size: {int(base * 2.0)}px; font-weight: bold; }}
QLabel#wall_count_value[alert="true"] {{ color: #FF6B6B; }}
QLabel#wall_count_title {{ color: #9FB0C4; font-size: {int(base * 0.9)}px; }}
QLabel#wall_section_title {{ color: #9FB0C4; font-size: {int(base * 0.9)}px; }}
QFrame#wall_rows QLabel {{ font-size: {row}px; }}
QLabel[wallrow="title"] {{ font-weight: bold; }}
QLabel[wallrow="muted"] {{ color: #9FB0C4; }}
QFrame#wall_rows QLabel[wallrow="detail"] {{ color: #9FB0C4;
    font-size: {int(row * DETAIL_SCALE)}px; }}
QFrame#wall_rows QLabel[countdown="true"] {{ font-size: {int(row * 1.35)}px; font-weight: bold;
    font-family: "DejaVu Sans Mono", "Consolas", monospace; border-radius: 6px;
    padding: 0 {row // 2}px; }}
""" + "".join(
        f'QLabel[countdown="true"][state="{state}"] {{ color: {fg}; background: {bg}; }}\n'
        for state, (fg, bg) in STATE_COLOURS.items()
    )


def polish(label: QLabel, **props: str) -> QLabel:
    for name, value in props.items():
        label.setProperty(name, value)
    return label


def rows_width(font: QFont, texts: Sequence[tuple[str, ...]], size: int, *, detail: bool) -> int:
    """What the deadline grid needs across at a row text size, measured, not laid out: the
    columns 等级, 标题, 报送事项, 时限 (their widest texts) and the countdown."""
    plain = QFont(font)
    plain.setPixelSize(size)
    bold = QFont(plain)
    bold.setBold(True)
    clock = QFont(bold)
    clock.setFamilies(["DejaVu Sans Mono", "Consolas", "monospace"])
    clock.setPixelSize(int(size * 1.35))
    small = QFont(plain)
    small.setPixelSize(int(size * DETAIL_SCALE))
    metrics = [QFontMetrics(f) for f in (plain, bold, plain, plain)]
    columns = [max(m.horizontalAdvance(t[i]) for t in texts) for i, m in enumerate(metrics)]
    if detail:  # the second line spans 标题 to 时限
        line = max(QFontMetrics(small).horizontalAdvance(t[4]) for t in texts)
        spanned = sum(columns[1:4]) + 2 * 20
        columns[1] += max(0, line - spanned)
    countdown = max(size * 7, QFontMetrics(clock).horizontalAdvance("+00:00:00") + size)
    # the grid's spacing (20) and margins (11), the window's margins (28)
    return sum(columns) + countdown + 4 * 20 + 2 * 11 + 2 * 28


class WallDutyCard(QFrame):
    """当前值班 / 下一班: the shift span, then 带班领导 and 值班员 with phones and sign-in state."""

    def __init__(self, object_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("wallcard", "true")
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("wall_card_title")
        self.leaders_label = polish(QLabel(self), person="true")
        self.leaders_label.setObjectName(f"{object_name}_leaders")
        self.officers_label = polish(QLabel(self), person="true")
        self.officers_label.setObjectName(f"{object_name}_officers")
        for label in (self.leaders_label, self.officers_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(polish(QLabel(self.tr("带班领导"), self), role="true"), 0, 0)
        grid.addWidget(self.leaders_label, 0, 1)
        grid.addWidget(polish(QLabel(self.tr("值班员"), self), role="true"), 1, 0)
        grid.addWidget(self.officers_label, 1, 1)
        grid.setColumnStretch(1, 1)
        self.extra_label = QLabel(self)
        self.extra_label.setObjectName(f"{object_name}_extra")
        self.extra_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(grid)
        layout.addWidget(self.extra_label)
        layout.addStretch(1)

    def show_status(self, status: Any, tz: tzinfo, signed: dict[int, AttendanceState]) -> None:
        shift = getattr(status, "shift", None)
        span = ""
        if shift is not None:
            span = f"　{short_time(shift.start, tz)} → {short_time(shift.end, tz)}"
        self.title_label.setText(self.property("title_text") + span)
        none = self.tr("未安排")
        for label, attr in ((self.leaders_label, "leaders"), (self.officers_label, "officers")):
            people = tuple(getattr(status, attr, ()) or ())
            parts = [self._person_html(p, signed) for p in people]
            label.setText("　".join(parts) if parts else none)

    def _person_html(self, person: Person, signed: dict[int, AttendanceState]) -> str:
        phone = person.mobile or person.office_phone
        text = person.name + (f' <span style="font-weight:normal">{phone}</span>' if phone else "")
        state = signed.get(person.id or -1)
        if state is not None:
            colour = SIGN_COLOURS[state]
            text += f' <span style="color:{colour}; font-weight:normal">[{enum_text(state)}]</span>'
        return text
