"""签到/签退 on the 值班台: the shift's people and their sign-in state, late or missing shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from dutyroom.attendance import Attendance, AttendanceRow, AttendanceState
from dutyroom.errors import DutyRoomError
from dutyroom.services import DutyRoom
from ui.formatting import core_text, enum_text
from ui.room_signals import RoomSignals

STATE_STYLE = {
    AttendanceState.SIGNED_IN: "ok",
    AttendanceState.LATE: "warning",
    AttendanceState.PENDING: "muted",
    AttendanceState.MISSING: "error",
}


class SignInPanel(QFrame):
    """Signals:
    failed(str): a sign-in or sign-out was refused; the Chinese message for the user.
    """

    failed = Signal(str)

    def __init__(self, room: DutyRoom, signals: RoomSignals, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sign_in_panel")
        self._room = room
        self._attendance: Attendance | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(2)
        self._message = QLabel(self)
        self._message.setObjectName("sign_in_message_label")
        self._message.setWordWrap(True)
        signals.changed.connect(self._on_signals_changed)
        self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        self._attendance = self._room.roster.attendance(now or self._room.clock.now())
        self._rebuild()

    def tick(self, now: datetime) -> None:
        """Cheap: reload only when a stored boundary passes (the late deadline or shift end)."""
        shown = self._attendance
        if shown is None:
            return
        if shown.at < shown.deadline <= now or now >= shown.shift.end:
            self.refresh(now)

    def rows(self) -> tuple[AttendanceRow, ...]:
        return self._attendance.rows if self._attendance else ()

    def sign_in(self, person_id: int) -> None:
        self._act(self._room.roster.sign_in, person_id)

    def sign_out(self, person_id: int) -> None:
        self._act(self._room.roster.sign_out, person_id)

    def _act(self, action: Callable[[int], object], person_id: int) -> None:
        try:
            action(person_id)
        except DutyRoomError as exc:
            self._message.setText(core_text(exc.message))
            self.failed.emit(core_text(exc.message))
        else:
            self._message.clear()

    def _on_signals_changed(self, topic: str) -> None:
        if topic in ("roster", "people"):
            self.refresh()

    def _rebuild(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None and widget is not self._message:
                widget.setParent(None)  # gone from findChild at once, not at the next event loop
                widget.deleteLater()
        rows = self.rows()
        if not rows:
            empty = QLabel(self.tr("本班未排人员"), self)
            empty.setProperty("sign", "muted")
            self._grid.addWidget(empty, 0, 0)
        # 双带双值 (four people): two to a line, so the strip above the clocks stays low.
        per_line = 2 if len(rows) > 2 else 1
        for index, row in enumerate(rows):
            self._add_row(index, row, per_line)
        self._grid.addWidget(self._message, len(rows) + 1, 0, 1, 3 * per_line)

    def _add_row(self, index: int, row: AttendanceRow, per_line: int = 1) -> None:
        pid = row.person.id or 0
        state = QLabel(self._state_text(row), self)
        state.setObjectName(f"sign_in_state_{pid}")
        state.setProperty("sign", STATE_STYLE[row.state])  # colour: style.qss
        sign_in = QPushButton(self.tr("签到"), self)
        sign_in.setObjectName(f"sign_in_button_{pid}")
        sign_in.setEnabled(row.signed_in_at is None)
        sign_in.setVisible(row.signed_in_at is None)  # one button at a time: the next step
        sign_in.clicked.connect(lambda _checked=False, p=pid: self.sign_in(p))
        sign_out = QPushButton(self.tr("签退"), self)
        sign_out.setObjectName(f"sign_out_button_{pid}")
        sign_out.setEnabled(row.signed_in_at is not None and row.signed_out_at is None)
        sign_out.setVisible(sign_out.isEnabled())
        sign_out.clicked.connect(lambda _checked=False, p=pid: self.sign_out(p))
        # Beside the role lines of the shift card: the name says whose row it is; the role
        # only for someone who came without being rostered.
        name = row.person.name if row.role else self.tr("临时到岗") + f" {row.person.name}"
        title = QLabel(name, self)
        title.setToolTip(enum_text(row.role) if row.role else self.tr("临时到岗"))
        line, slot = divmod(index, per_line)
        self._grid.addWidget(title, line, slot * 3)
        self._grid.addWidget(state, line, slot * 3 + 1)
        # One cell for both: only the next step's button is shown (a hidden one takes no room).
        self._grid.addWidget(sign_in, line, slot * 3 + 2)
        self._grid.addWidget(sign_out, line, slot * 3 + 2)
        self._grid.setColumnStretch(1, 1)

    def _state_text(self, row: AttendanceRow) -> str:
        tz = self._room.bureau.timezone()
        text = enum_text(row.state)
        if row.signed_in_at is not None:
            text += f" {row.signed_in_at.astimezone(tz):%H:%M}"
        if row.signed_out_at is not None:
            text += self.tr("，签退 ") + f"{row.signed_out_at.astimezone(tz):%H:%M}"
        return text
