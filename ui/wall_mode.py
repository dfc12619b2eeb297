"""Wall mode (F11): the status board for a leader's office or the command-centre screen.

Full screen, dark, large type, read-only, nothing cycles: who is on duty now and next (signed in
or not), the handover state, every pending deadline with its countdown (overdue first) and
today's counts. Data is read on room events; the 1-second tick only recomputes countdowns.
Type sizes follow the window height so that 1920×1080 and 1366×768 both fit on one screen.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dutyroom.attendance import AttendanceState
from dutyroom.errors import DutyRoomError
from dutyroom.incident_service import OpenTimer
from dutyroom.models import LogKind, ObligationState, Person
from dutyroom.services import DutyRoom
from ui.countdown import (
    countdown_text,
    due_text,
    obligation_name,
    obligation_timer,
)
from ui.duty_watcher import DutyWatcher
from ui.formatting import long_date, short_time
from ui.restyle import set_property
from ui.room_signals import RoomSignals

log = logging.getLogger(__name__)

RELOAD_TOPICS = ("incidents", "rules", "bureau", "roster", "people", "handover", "calendar")
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


def wall_qss(base: int) -> str:
    """The wall's style sheet for a base text size in pixels (from the window height)."""
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
QLabel[wallrow="title"] {{ font-weight: bold; }}
QLabel[wallrow="muted"] {{ color: #9FB0C4; }}
QLabel[countdown="true"] {{ font-size: {int(base * 1.35)}px; font-weight: bold;
    font-family: "DejaVu Sans Mono", "Consolas", monospace; border-radius: 6px;
    padding: 0 {base // 2}px; }}
""" + "".join(
        f'QLabel[countdown="true"][state="{state}"] {{ color: {fg}; background: {bg}; }}\n'
        for state, (fg, bg) in STATE_COLOURS.items()
    )


def _polish(label: QLabel, **props: str) -> QLabel:
    for name, value in props.items():
        label.setProperty(name, value)
    return label


@dataclass(slots=True)
class _Row:
    item: OpenTimer
    countdown: QLabel


class WallDutyCard(QFrame):
    """当前值班 / 下一班: the shift span, then 带班领导 and 值班员 with phones and sign-in state."""

    def __init__(self, object_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("wallcard", "true")
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("wall_card_title")
        self.leaders_label = _polish(QLabel(self), person="true")
        self.leaders_label.setObjectName(f"{object_name}_leaders")
        self.officers_label = _polish(QLabel(self), person="true")
        self.officers_label.setObjectName(f"{object_name}_officers")
        for label in (self.leaders_label, self.officers_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(_polish(QLabel(self.tr("带班领导"), self), role="true"), 0, 0)
        grid.addWidget(self.leaders_label, 0, 1)
        grid.addWidget(_polish(QLabel(self.tr("值班员"), self), role="true"), 1, 0)
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
            text += f' <span style="color:{colour}; font-weight:normal">[{state.value}]</span>'
        return text


class WallWindow(QWidget):
    """A top-level window; the main window owns it and calls `tick(now)` once a second.

    Signals:
        closed(): the wall was left (Esc, F11 or closing the window).
    """

    closed = Signal()

    def __init__(
        self,
        room: DutyRoom,
        signals: RoomSignals,
        watcher: DutyWatcher,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("wall_window")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("值班状态 - 大屏"))
        self._room = room
        self._watcher = watcher
        self._tz = room.bureau.timezone()
        self._base = 0
        self.rows: list[_Row] = []
        self._items: list[OpenTimer] = []

        self.bureau_label = QLabel(self)
        self.bureau_label.setObjectName("wall_bureau")
        self.date_label = QLabel(self)
        self.date_label.setObjectName("wall_date")
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("wall_clock")
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.bureau_label)
        titles.addWidget(self.date_label)
        header.addLayout(titles, 1)
        header.addWidget(self.clock_label, 0, Qt.AlignmentFlag.AlignRight)

        self.now_card = WallDutyCard("wall_now_card", "", self)
        self.now_card.setProperty("title_text", self.tr("当前值班"))
        self.next_card = WallDutyCard("wall_next_card", "", self)
        self.next_card.setProperty("title_text", self.tr("下一班"))
        self.handover_label = self.now_card.extra_label
        self.handover_label.setObjectName("wall_handover_label")
        cards = QHBoxLayout()
        cards.setSpacing(16)
        cards.addWidget(self.now_card, 3)
        cards.addWidget(self.next_card, 2)
        cards.addWidget(self._build_counts(), 2)

        self.section_label = QLabel(self)
        self.section_label.setObjectName("wall_section_title")
        self.more_label = QLabel(self)
        self.more_label.setObjectName("wall_more_label")
        self.more_label.setProperty("wallrow", "muted")
        self.rows_frame = QFrame(self)
        self.rows_frame.setObjectName("wall_rows")
        self.rows_frame.setProperty("wallcard", "true")
        self._grid = QGridLayout(self.rows_frame)
        self._grid.setHorizontalSpacing(20)
        self._grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(cards)
        layout.addWidget(self.section_label)
        layout.addWidget(self.rows_frame)
        layout.addWidget(self.more_label)
        layout.addStretch(1)

        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        leave.activated.connect(self.close)
        signals.changed.connect(self._on_signals_changed)
        watcher.status_changed.connect(self._on_watcher_status_changed)
        self._apply_scale(1080)
        self.reload()

    def _build_counts(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("wall_counts")
        frame.setProperty("wallcard", "true")
        grid = QGridLayout(frame)
        self.count_labels: dict[str, QLabel] = {}
        titles = (
            ("incidents", self.tr("今日接报")),
            ("open", self.tr("处置中事件")),
            ("done", self.tr("今日已报送")),
            ("overdue", self.tr("已超时")),
        )
        for index, (key, title) in enumerate(titles):
            value = QLabel("0", frame)
            value.setObjectName("wall_count_value")
            value.setProperty("count", key)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(title, frame)
            caption.setObjectName("wall_count_title")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(value, (index // 2) * 2, index % 2)
            grid.addWidget(caption, (index // 2) * 2 + 1, index % 2)
            self.count_labels[key] = value
        return frame

    # --- scale -----------------------------------------------------------------------------

    def _apply_scale(self, height: int, width: int = 1920) -> None:
        base = max(16, min(36, height // 36, width // 56))
        if base != self._base:
            self._base = base
            self.setStyleSheet(wall_qss(base))
            if self._items:
                self._build_rows()

    def fit_to(self, geometry: QRect) -> None:
        """Scale the type for a screen first, so the minimum size never exceeds the screen."""
        self._apply_scale(geometry.height(), geometry.width())
        self.setGeometry(geometry)

    def capacity(self) -> int:
        """How many deadline rows fit under the cards at this window height."""
        row_height = int(self._base * 2.1)
        return max(3, int(self.height() * 0.52) // row_height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        old = self._base
        self._apply_scale(event.size().height(), event.size().width())
        if old == self._base and self._items:
            self._build_rows()

    # --- data ------------------------------------------------------------------------------

    def _on_signals_changed(self, topic: str) -> None:
        if topic in RELOAD_TOPICS:
            self.reload()

    def _on_watcher_status_changed(self) -> None:
        self.reload_duty()

    def reload(self) -> None:
        """From the database: the duty cards, the open deadlines and today's counts."""
        self._tz = self._room.bureau.timezone()
        self.bureau_label.setText(self._room.bureau.name())
        self.reload_duty()
        now = self._room.clock.now()
        self._items = self._room.incidents.open_timers(now)
        self._load_counts(now)
        self._build_rows()
        self.tick(now)

    def reload_duty(self) -> None:
        signed: dict[int, AttendanceState] = {}
        try:
            for row in self._room.roster.attendance(self._room.clock.now()).rows:
                if row.person.id is not None:
                    signed[row.person.id] = row.state
        except DutyRoomError as exc:
            log.info("no attendance for the wall: %s", exc.message)
        w = self._watcher
        self.now_card.show_status(w.current, w.timezone, signed)
        self.next_card.show_status(w.upcoming, w.timezone, {})
        self.handover_label.setText(self._handover_text())
        if w.error:
            self.handover_label.setText(w.error)

    def _handover_text(self) -> str:
        service = getattr(self._room, "handover", None)
        shift = getattr(self._watcher.current, "shift", None)
        if service is None or shift is None:
            return ""
        try:
            state = service.state(shift)
        except DutyRoomError:
            return ""
        return self.tr("交接班：{state}").format(state=state)

    def _load_counts(self, now: datetime) -> None:
        day = now.astimezone(self._tz).date()
        start = datetime.combine(day, time(), self._tz)
        end = start + timedelta(days=1)
        stats = self._room.stats.period(start, end, now)
        # Reports sent today, whenever they fell due: what a leader means by 今日已报送.
        reports = self._room.log.entries(start, end, kinds=[LogKind.REPORT])
        self.count_labels["incidents"].setText(str(stats.incidents))
        # Every open incident is 处置中, with or without a running clock.
        self.count_labels["open"].setText(str(len(self._room.incidents.open_incidents())))
        self.count_labels["done"].setText(str(len(reports)))

    def _build_rows(self) -> None:
        while self._grid.count():
            taken = self._grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.setParent(None)  # type: ignore[call-overload]
                widget.deleteLater()
        self.rows = []
        shown = self._items[: self.capacity()]
        for index, item in enumerate(shown):
            self._add_row(index, item)
        hidden = len(self._items) - len(shown)
        self.more_label.setText(
            self.tr("另有 {n} 项时限未显示（按到期先后排列）").format(n=hidden) if hidden else ""
        )
        self.more_label.setVisible(bool(hidden))
        self.rows_frame.setVisible(bool(self._items))
        self.section_label.setText(
            self.tr("进行中的报送时限（{n}项，超时在前）").format(n=len(self._items))
            if self._items
            else self.tr("当前没有进行中的报送时限")
        )

    def _add_row(self, index: int, item: OpenTimer) -> None:
        incident, ob = item.incident, item.obligation
        grade = _polish(QLabel(incident.effective_grade.value, self.rows_frame), wallrow="muted")
        title = _polish(QLabel(self.rows_frame), wallrow="title")
        title.setText(incident.title or self.tr("（标题待填）"))
        title.setObjectName(f"wall_title_{ob.id}")
        name = QLabel(obligation_name(ob, item.rule), self.rows_frame)
        name.setObjectName(f"wall_obligation_{ob.id}")
        due = _polish(QLabel(self.rows_frame), wallrow="muted")
        due.setText(due_text(ob.due_at, self._room.clock.now(), self._tz))
        countdown = _polish(QLabel(self.rows_frame), countdown="true")
        countdown.setObjectName(f"wall_countdown_{ob.id}")
        countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        countdown.setMinimumWidth(self._base * 7)
        for column, widget in enumerate((grade, title, name, due, countdown)):
            self._grid.addWidget(widget, index, column)
        self.rows.append(_Row(item, countdown))

    # --- the tick --------------------------------------------------------------------------

    def tick(self, now: datetime) -> None:
        """Once a second: the clock and the countdowns; no database."""
        local = now.astimezone(self._tz)
        self.clock_label.setText(local.strftime("%H:%M:%S"))
        self.date_label.setText(long_date(local.date()))
        overdue = 0
        for item in self._items:
            timer = obligation_timer(item.obligation, item.rule, now)
            overdue += timer.state is ObligationState.OVERDUE
        for row in self.rows:
            timer = obligation_timer(row.item.obligation, row.item.rule, now)
            row.countdown.setText(countdown_text(timer.seconds_left))
            set_property(row.countdown, "state", timer.state.value)
        value = self.count_labels["overdue"]
        value.setText(str(overdue))
        set_property(value, "alert", "true" if overdue else "false")

    def countdown_label(self, obligation_id: int) -> QLabel | None:
        return self.findChild(QLabel, f"wall_countdown_{obligation_id}")

    # --- leaving ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.closed.emit()
