"""值班台: who is on duty now and next, with phones, the shift span and any staffing problems."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.duty_watcher import DutyWatcher
from ui.formatting import core_text, enum_text, people_text, remaining_text, short_time
from ui.restyle import set_property

# (attribute of DutyStatus, objectName of the value label, shown even when empty)
_ROLE_ROWS = (
    ("leaders", "duty_leaders_label", True),
    ("chiefs", "duty_chiefs_label", False),
    ("officers", "duty_officers_label", True),
    ("backups", "duty_backups_label", False),
)


class DutyCard(QFrame):
    """One shift, compact: title, day type and span on one line, one line per role, problems.

    The 值班台 gives the running incident clocks the height of a 1366×768 screen, so a shift
    takes three or four lines: `header_extra` holds the time to the handover, `side` the sign-in.
    """

    def __init__(
        self,
        object_name: str,
        title: str,
        parent: QWidget | None = None,
        *,
        span_below: bool = False,
    ) -> None:
        """`span_below`: the start → end line under the title (a narrow card)."""
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("card", "true")
        role_titles = {
            "leaders": self.tr("带班领导"),
            "chiefs": self.tr("值班长"),
            "officers": self.tr("值班员"),
            "backups": self.tr("备班"),
        }
        title_label = QLabel(title, self)
        title_label.setObjectName("card_title")
        self.day_type_label = QLabel(self)
        self.day_type_label.setObjectName("duty_daytype_label")
        self.time_label = QLabel(self)
        self.time_label.setObjectName("duty_time_label")
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("duty_problems_label")
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()

        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(title_label)
        header.addWidget(self.day_type_label)
        if not span_below:
            header.addWidget(self.time_label)
        header.addStretch(1)
        self.header_extra = QHBoxLayout()
        self.header_extra.setSpacing(14)
        header.addLayout(self.header_extra)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self._values: dict[str, tuple[QLabel, QLabel, bool]] = {}
        for row, (attr, name, always) in enumerate(_ROLE_ROWS):
            role = QLabel(role_titles[attr], self)
            role.setObjectName("duty_role_label")
            value = QLabel(self)
            value.setObjectName(name)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(role, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
            self._values[attr] = (role, value, always)
        grid.setColumnStretch(1, 1)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addLayout(grid, 1)
        self.side = QVBoxLayout()
        body.addLayout(self.side)

        self.extra_layout = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        layout.setSpacing(2)
        layout.addLayout(header)
        if span_below:
            layout.addWidget(self.time_label)
        layout.addLayout(body)
        layout.addWidget(self.problems_label)
        layout.addLayout(self.extra_layout)
        layout.addStretch(1)

    def value_label(self, attr: str) -> QLabel:
        return self._values[attr][1]

    def show_status(self, status: Any, tz: tzinfo, error: str = "") -> None:
        shift = getattr(status, "shift", None)
        if shift is not None:
            self.time_label.setText(
                f"{short_time(shift.start, tz)}  →  {short_time(shift.end, tz)}"
            )
        else:
            self.time_label.setText(self.tr("尚未设置班次"))
        day_type = getattr(status, "day_type", None)
        self.day_type_label.setText(enum_text(day_type) if day_type else "")
        # The property before the visibility: showing polishes, and a repolish costs time.
        set_property(self.day_type_label, "daytype", str(day_type or ""))
        self.day_type_label.setVisible(bool(day_type))
        for attr, (role, value, always) in self._values.items():
            people = tuple(getattr(status, attr, ()) or ())
            value.setText(people_text(people, empty=self.tr("未安排")))
            set_property(value, "empty", "false" if people else "true")
            visible = always or bool(people)
            role.setVisible(visible)
            value.setVisible(visible)
        problems = [error] if error else list(getattr(status, "problems", ()) or ())
        self.problems_label.setText("\n".join(f"⚠ {core_text(p)}" for p in problems))
        self.problems_label.setVisible(bool(problems))


Part = Callable[[QWidget], QWidget]
"""Builds one part of the page inside the parent it is given."""


class DashboardPage(QWidget):
    """Reads only the DutyWatcher: the watcher decides when the roster is read again.

    Below the duty cards: the alarm banner, the incident board and the clocks of duty-log items,
    built by the page factory (they need the room); the 新接报 button calls `on_receive` (the
    main window's F2).

    The parts are given as builders and every widget is made inside its final parent: moving a
    finished subtree to another parent makes Qt resolve font, palette and style sheet again for
    each widget in it (15 ms of the first frame when the board, the cards and the page moved).
    """

    def __init__(
        self,
        watcher: DutyWatcher,
        parent: QWidget | None = None,
        *,
        board: Part | None = None,
        banner: Part | None = None,
        sign_in: Part | None = None,
        handover: Part | None = None,
        log_clocks: Part | None = None,
        on_receive: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_dashboard")
        self._watcher = watcher
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 6)
        layout.setSpacing(8)
        # No page title: the sidebar names the page, and the height is the clocks'.
        self.new_incident_button = QPushButton(self.tr("＋ 新接报\nF2"), self)
        self.new_incident_button.setObjectName("new_incident_button")
        self.new_incident_button.setToolTip(self.tr("立即开始计时，边问边填"))
        self.new_incident_button.setSizePolicy(
            QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding
        )
        if on_receive is not None:
            self.new_incident_button.clicked.connect(lambda _=False: on_receive())
        self.banner = banner(self) if banner is not None else None
        if self.banner is not None:
            layout.addWidget(self.banner)

        cards = QHBoxLayout()
        cards.setSpacing(12)
        layout.addLayout(cards)
        self.now_card = DutyCard("dashboard_now_card", self.tr("当前值班"), self)
        self.next_card = DutyCard("dashboard_next_card", self.tr("下一班"), self, span_below=True)
        self.countdown_label = QLabel(self.now_card)
        self.countdown_label.setObjectName("shift_countdown_label")
        shift_line = self.now_card.header_extra
        shift_line.addWidget(self.countdown_label)
        # Inside the current shift's card: who has arrived belongs with who is rostered.
        self.sign_in = sign_in(self.now_card) if sign_in is not None else None
        if self.sign_in is not None:
            self.now_card.side.addWidget(self.sign_in)
        self.handover = handover(self.now_card) if handover is not None else None
        if self.handover is not None:
            shift_line.addWidget(self.handover)
        cards.addWidget(self.now_card, 3)
        cards.addWidget(self.next_card, 2)
        cards.addWidget(self.new_incident_button)

        scroll = QScrollArea(self)
        scroll.setObjectName("dashboard_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        content.setObjectName("dashboard_content")
        scroll.setWidget(content)  # still empty: nothing to move
        layout.addWidget(scroll, 1)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        # 预警, 来文, 批示: a compact strip above the incidents' cards, so that a 10-minute
        # 报告带班领导 is on a 1366×768 screen with them, not scrolled away under three cards.
        self.log_clocks = log_clocks(content) if log_clocks is not None else None
        if self.log_clocks is not None:
            column.addWidget(self.log_clocks)
        self.board = board(content) if board is not None else None
        if self.board is not None:
            column.addWidget(self.board)
        column.addStretch(1)

        watcher.status_changed.connect(self._on_watcher_status_changed)
        self._on_watcher_status_changed()

    def _on_watcher_status_changed(self) -> None:
        w = self._watcher
        self.now_card.show_status(w.current, w.timezone, w.error)
        self.next_card.show_status(w.upcoming, w.timezone)

    def tick(self, now: datetime) -> None:
        """Once a second: only the countdown texts change."""
        for part in (self.board, self.log_clocks, self.sign_in, self.handover):
            tick = getattr(part, "tick", None)
            if callable(tick):
                tick(now)
        end = self._watcher.shift_end()
        if end is None:
            self.countdown_label.clear()
            return
        self.countdown_label.setText(
            self.tr("距交班 {left}").format(left=remaining_text(end - now))
        )
