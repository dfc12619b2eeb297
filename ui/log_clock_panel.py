"""值班事项时限 on the 值班台: the running clocks of duty-log items (预警, 上级来文, 领导批示),
each with its countdown, what is still owed and a 办结… button; hidden while none runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dutyroom.log_clocks import LogTimer
from dutyroom.models import ObligationState
from dutyroom.services import DutyRoom
from ui.countdown import (
    countdown_text,
    countdown_words,
    due_text,
    obligation_name,
    obligation_timer,
    state_label,
)
from ui.elided_label import ElidedLabel
from ui.flow_layout import FlowLayout
from ui.formatting import enum_text
from ui.log_clock_dialog import LogClockDialog
from ui.restyle import set_property
from ui.room_signals import RoomSignals

FAR_SECONDS = 3600  # as the incident board: big tiles for what is close
TEXT_LIMIT = 22  # two clocks side by side on 1366 px
COLUMNS = 2


@dataclass(slots=True)
class _Row:
    item: LogTimer
    label: QLabel
    words: QLabel


class LogClockPanel(QFrame):
    """Reads `room.log.open_timers()` on a "log" change (an entry added, an item met)."""

    def __init__(
        self,
        room: DutyRoom,
        signals: RoomSignals,
        officer: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("log_clock_panel")
        self.setProperty("card", "true")
        self._room = room
        self._officer = officer
        self._tz = room.bureau.timezone()
        self._flash = False
        self._stale = False
        self.rows: list[_Row] = []
        self._row_widgets: list[QWidget] = []
        self.dialog: LogClockDialog | None = None
        title = QLabel(self.tr("值班事项时限"), self)
        title.setObjectName("card_title")
        note = QLabel(self.tr("预警、上级来文、领导批示：办结后停止计时"), self)
        note.setObjectName("log_clock_note")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(note)
        header.addStretch(1)
        # Side by side while they fit (two in Chinese at 1366 px), else one under the other:
        # never wider than the window.
        self._grid = FlowLayout(None, spacing=24)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 8)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addLayout(self._grid)
        signals.changed.connect(self._on_signals_changed)
        self.reload()

    def _on_signals_changed(self, topic: str) -> None:
        if topic not in ("log", "rules", "bureau"):
            return
        if self.isVisible() or not self.rows:
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """From the database: the pending clocks of duty-log items, most urgent first."""
        self._stale = False
        self._tz = self._room.bureau.timezone()
        now = self._room.clock.now()
        items = self._room.log.open_timers(now)
        for widget in self._row_widgets:
            self._grid.removeWidget(widget)
            widget.hide()
            widget.setParent(None)  # type: ignore[call-overload]  # findChild must not see it
            widget.deleteLater()
        self._row_widgets = []
        self.rows = []
        for row, item in enumerate(items):
            self._add_row(row, item, now)
        self.setVisible(bool(self.rows))
        self.tick(now)

    def _add_row(self, index: int, item: LogTimer, now: datetime) -> None:
        ob = item.obligation
        assert ob.id is not None
        # One frame per clock, its widgets made inside it: a reload removes a row whole.
        frame = QFrame(self)
        frame.setObjectName(f"log_clock_row_{ob.id}")
        kind = QLabel(enum_text(item.entry.kind), frame)
        kind.setObjectName("log_clock_kind")
        kind.setProperty("kind", item.entry.kind.value)
        name = QLabel(obligation_name(ob, item.rule), frame)
        name.setObjectName("obligation_name")
        text = " ".join(item.entry.content.split())
        short = text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1] + "…"
        # The entry's text gives way, ending in "…" (it is in the tooltip whole): two clocks
        # must fit side by side in the 1366-pixel window, whatever was typed.
        entry = ElidedLabel(short, frame)
        entry.setObjectName(f"log_clock_text_{ob.id}")
        entry.setToolTip(item.entry.content)
        label = QLabel(frame)
        label.setObjectName(f"log_countdown_{ob.id}")
        label.setProperty("countdown", "true")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMinimumWidth(118)
        words = QLabel(frame)
        words.setObjectName(f"log_countdown_words_{ob.id}")
        words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        words.setProperty("words", "true")
        due = QLabel(due_text(ob.due_at, now, self._tz), frame)
        due.setObjectName("obligation_due")
        missing = ob.missing_units()
        owed = QLabel(
            self.tr("未办：{units}").format(units="、".join(missing)) if missing else "", frame
        )
        owed.setObjectName(f"log_clock_missing_{ob.id}")
        button = QPushButton(self.tr("办结…"), frame)
        button.setObjectName(f"log_clock_button_{ob.id}")
        button.clicked.connect(lambda _=False, ob_id=ob.id: self.open_dialog(ob_id))
        grid = QGridLayout(frame)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(0)
        grid.addWidget(kind, 0, 0)
        grid.addWidget(name, 0, 1)
        grid.addWidget(entry, 1, 0, 1, 2)
        grid.addWidget(label, 0, 2)
        grid.addWidget(words, 1, 2)
        grid.addWidget(due, 0, 3)
        grid.addWidget(owed, 1, 3)
        grid.addWidget(button, 0, 4, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(1, 1)
        self._grid.addWidget(frame)
        self._row_widgets.append(frame)
        if self.isVisible():
            frame.show()
        self.rows.append(_Row(item, label, words))

    def tick(self, now: datetime) -> None:
        """Text and state of every countdown; no database."""
        self._flash = not self._flash
        for row in self.rows:
            timer = obligation_timer(row.item.obligation, row.item.rule, now)
            label = row.label
            label.setText(countdown_text(timer.seconds_left))
            label.setToolTip(state_label(timer.state))
            set_property(label, "state", timer.state.value)
            overdue = timer.state is ObligationState.OVERDUE
            set_property(label, "flash", "on" if overdue and self._flash else "off")
            far = timer.seconds_left > FAR_SECONDS
            set_property(label, "tile", "small" if far else "big")
            row.words.setText(countdown_words(timer.seconds_left))
            set_property(row.words, "state", timer.state.value)

    def countdown_label(self, obligation_id: int) -> QLabel | None:
        return self.findChild(QLabel, f"log_countdown_{obligation_id}")

    def open_dialog(self, obligation_id: int) -> LogClockDialog:
        """The 办结 dialog for one clock, non-modal (the clocks behind it keep running)."""
        for row in self.rows:
            if row.item.obligation.id == obligation_id:
                dialog = LogClockDialog(self._room, row.item, officer=self._officer(), parent=self)
                dialog.finished.connect(dialog.deleteLater)
                dialog.show()
                self.dialog = dialog
                return dialog
        raise KeyError(obligation_id)
