"""Wall mode (F11): the status board for a leader's office or the command-centre screen.

Full screen, dark, large type, read-only, nothing cycles: who is on duty now and next (signed in
or not), the handover state, every pending deadline with its countdown (overdue first) and
today's counts. Data is read on room events; the 1-second tick only recomputes countdowns.
Type sizes follow the window height so that 1920×1080 and 1366×768 both fit on one screen, and
the deadline rows grow into the space under the cards when there are few of them (a wall is read
from across the room; four small rows on the top half of a 1080 screen left a third of it empty).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dutyroom.attendance import AttendanceState
from dutyroom.errors import DutyRoomError
from dutyroom.incident_service import OpenTimer
from dutyroom.models import LogKind, ObligationState
from dutyroom.obligations import anchor_fell_back
from dutyroom.services import DutyRoom
from ui.countdown import (
    countdown_text,
    due_text,
    fallback_note,
    obligation_name,
    obligation_timer,
    why_text,
)
from ui.duty_watcher import DutyWatcher
from ui.formatting import core_text, enum_text, long_date
from ui.restyle import set_property
from ui.room_signals import RoomSignals
from ui.wall_parts import (
    DETAIL_SCALE,
    ROW_GROWTH,
    ROW_LINE,
    ROW_LINES_2,
    ROWS_FRAME,
    WallDutyCard,
    polish,
    row_height,
    rows_width,
    wall_qss,
)

log = logging.getLogger(__name__)

RELOAD_TOPICS = ("incidents", "rules", "bureau", "roster", "people", "handover", "calendar")


@dataclass(slots=True)
class _Row:
    item: OpenTimer
    countdown: QLabel


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
        self._row_base = 0
        self._applied: tuple[int, int, bool] | None = None  # (base, row, detail) applied
        self._height = 1080  # the window height the rows are built for
        self._detail = False  # rows show a second line (place, received)
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
        self._stale = False
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
        """The base text size from the window, then the rows' size from the room left; the
        rows are rebuilt when either changes (their number depends on both)."""
        base = max(16, min(36, height // 36, width // 56))
        self._base = base
        self._height = height  # rows are built for it before the window has that size
        row, detail = self._row_size(height, width)
        if (base, row, detail) != self._applied:
            self._applied = (base, row, detail)
            self._row_base, self._detail = row, detail
            self.setStyleSheet(wall_qss(base, row))
            if self._items:
                self._build_rows()

    def fit_to(self, geometry: QRect) -> None:
        """Scale the type for a screen first, so the minimum size never exceeds the screen."""
        self._apply_scale(geometry.height(), geometry.width())
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the new, smaller minimum before the resize (else it is clamped)
        self.setGeometry(geometry)

    def _rows_height(self, height: int) -> int:
        """The height left for deadline rows under the cards (their card's padding, the more-
        label and the bottom margin taken off)."""
        top = self.rows_frame.y() if self.rows_frame.y() > 0 else int(height * 0.4)
        return max(0, height - top - 24)

    def capacity(self, height: int | None = None) -> int:
        """How many deadline rows fit under the cards at this window height (at base size)."""
        room = self._rows_height(self._height if height is None else height) - ROWS_FRAME
        fits = room // row_height(self._base, detail=False)
        if len(self._items) > fits:  # the "另有 N 项" line below takes a row's room
            fits = (room - 2 * self._base) // row_height(self._base, detail=False)
        return max(3, fits)

    def _row_size(self, height: int, width: int) -> tuple[int, bool]:
        """The largest row text that fits the rows' height and the screen's width, and whether
        the rows have room for their second line."""
        shown = self._items[: self.capacity(height)]
        if not shown:
            return self._base, False
        # 8 % to spare: Windows fonts set lines a little taller than the measured ones here
        room = int((self._rows_height(height) - ROWS_FRAME) * 0.92)
        detail = len(shown) * row_height(self._base, detail=True) <= room
        factor, extra = ROW_LINES_2 if detail else ROW_LINE
        fit = int((room / len(shown) - extra) / factor)
        size = max(self._base, min(int(self._base * ROW_GROWTH), fit))
        texts = [self._row_texts(item) for item in shown]
        while size > self._base and rows_width(self.font(), texts, size, detail=detail) > width:
            size -= 1
        return size, detail

    def _row_texts(self, item: OpenTimer) -> tuple[str, str, str, str, str]:
        """等级, 标题, 报送事项, 时限 and the second line (地点, 接报) of one deadline row."""
        incident, ob = item.incident, item.obligation
        place = " ".join(p for p in dict.fromkeys((incident.township, incident.place)) if p)
        received = incident.received_at.astimezone(self._tz).strftime("%m-%d %H:%M")
        line = self.tr("接报 {at}　{by}").format(at=received, by=incident.received_by).strip()
        # Who is still missing and a fallen-back 事发 anchor: read from across the room too.
        if ob.missing_units():
            line += "　" + self.tr("未报：{units}").format(
                units=self.tr("、").join(ob.missing_units())
            )
        if anchor_fell_back(ob, incident):
            line += "　" + fallback_note()
        return (
            enum_text(incident.effective_grade),
            incident.title or self.tr("（标题待填）"),
            obligation_name(ob, item.rule),
            due_text(ob.due_at, self._room.clock.now(), self._tz),
            f"{place}　{line}" if place else line,
        )

    def row_text_size(self) -> int:
        """The rows' text size in pixels (tests; grows when few rows leave room)."""
        return self._row_base

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        old = self._applied
        self._apply_scale(event.size().height(), event.size().width())
        if old == self._applied and self._items:
            self._build_rows()

    # --- data ------------------------------------------------------------------------------

    def _on_signals_changed(self, topic: str) -> None:
        if topic in RELOAD_TOPICS:
            if self.isVisible():
                self.reload()
            else:  # closed with F11 it stays built: an F2 must not rebuild every open deadline
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _on_watcher_status_changed(self) -> None:
        self.reload_duty()

    def reload(self) -> None:
        """From the database: the duty cards, the open deadlines and today's counts."""
        self._stale = False
        self._tz = self._room.bureau.timezone()
        self.bureau_label.setText(self._room.bureau.name())
        self.reload_duty()
        now = self._room.clock.now()
        self._items = self._room.incidents.open_timers(now)
        self._load_counts(now)
        before = self._applied
        if self._base:
            self._apply_scale(self.height(), self.width())  # the row size follows the count
        if before == self._applied:
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
        return self.tr("交接班：{state}").format(state=core_text(state))

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
        shown = self._items[: self.capacity()]  # for the height being applied, not the old one
        for index, item in enumerate(shown):
            self._add_row(index, item)
        self._spread_rows(len(shown))
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

    def _spread_rows(self, shown: int) -> None:
        """Few rows at their largest size still leave room: spread them over it (up to most of
        a line between rows), so the board reaches down the screen instead of ending mid-way."""
        for grid_row in range(self._grid.rowCount()):
            self._grid.setRowMinimumHeight(grid_row, 0)
        if not shown:
            return
        size = self._row_base or self._base
        used = shown * row_height(size, detail=self._detail)
        room = int((self._rows_height(self._height) - ROWS_FRAME) * 0.96)
        if shown < len(self._items):
            room -= 2 * self._base
        gap = max(0, min(int(size * 0.8), (room - used) // shown))
        if not gap:
            return
        lines = 2 if self._detail else 1
        for index in range(shown):
            last = index * lines + lines - 1  # the detail line, or the row itself
            natural = row_height(size, detail=False)
            if self._detail:
                natural = int(size * DETAIL_SCALE * 1.4)
            self._grid.setRowMinimumHeight(last, natural + gap)

    def _add_row(self, index: int, item: OpenTimer) -> None:
        ob = item.obligation
        grade_text, title_text, name_text, due_value, detail_text = self._row_texts(item)
        grade = polish(QLabel(grade_text, self.rows_frame), wallrow="muted")
        title = polish(QLabel(self.rows_frame), wallrow="title")
        title.setText(title_text)
        title.setObjectName(f"wall_title_{ob.id}")
        name = QLabel(name_text, self.rows_frame)
        name.setObjectName(f"wall_obligation_{ob.id}")
        name.setToolTip(
            why_text(ob, item.rule, self._tz, fell_back=anchor_fell_back(ob, item.incident))
        )
        due = polish(QLabel(self.rows_frame), wallrow="muted")
        due.setText(due_value)
        countdown = polish(QLabel(self.rows_frame), countdown="true")
        countdown.setObjectName(f"wall_countdown_{ob.id}")
        countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        countdown.setMinimumWidth((self._row_base or self._base) * 7)
        lines = 2 if self._detail else 1
        for column, widget in enumerate((grade, title, name, due)):
            self._grid.addWidget(widget, index * lines, column)
        self._grid.addWidget(countdown, index * lines, 4, lines, 1)
        if self._detail:
            detail = polish(QLabel(detail_text, self.rows_frame), wallrow="detail")
            detail.setObjectName(f"wall_detail_{ob.id}")
            self._grid.addWidget(detail, index * lines + 1, 1, 1, 3, Qt.AlignmentFlag.AlignTop)
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
