"""The form's list of an incident's deadlines: a small countdown each, done ones ticked."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from dutyroom.models import Obligation, ObligationState, Rule
from ui.countdown import (
    countdown_text,
    done_text,
    due_text,
    obligation_name,
    obligation_timer,
    state_label,
)
from ui.restyle import set_property


class ObligationList(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form_obligations")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 4, 0, 4)
        self._grid.setHorizontalSpacing(16)
        self._rows: list[tuple[Obligation, Rule | None, QLabel, QLabel]] = []
        self._widgets: list[QWidget] = []

    def show_obligations(
        self, obligations: list[Obligation], rules: dict[str, Rule], tz: tzinfo, now: datetime
    ) -> None:
        for widget in self._widgets:
            widget.hide()
            widget.setParent(None)  # type: ignore[call-overload]  # findChild must not see it
            widget.deleteLater()
        self._widgets, self._rows = [], []
        shown = [o for o in obligations if o.status is not ObligationState.CANCELLED]
        if not shown:
            empty = QLabel(self.tr("暂无报送时限（一般事件书面报告时限随分级生成）"), self)
            self._grid.addWidget(empty, 0, 0)
            empty.show()
            self._widgets.append(empty)
        for row, ob in enumerate(sorted(shown, key=lambda o: o.due_at)):
            rule = rules.get(ob.rule_code)
            name = QLabel(obligation_name(ob, rule), self)
            due = QLabel(due_text(ob.due_at, now, tz), self)
            clock = QLabel(self)
            clock.setObjectName(f"form_countdown_{ob.id}")
            state = QLabel(self)
            if ob.status is ObligationState.DONE:
                clock.setText(done_text(ob, tz))
            else:
                clock.setProperty("countdown", "true")
                clock.setProperty("size", "small")
                self._rows.append((ob, rule, clock, state))
            for column, widget in enumerate((name, clock, due, state)):
                self._grid.addWidget(widget, row, column)
                widget.show()
                self._widgets.append(widget)
        self._grid.setColumnStretch(4, 1)
        self.tick(now)

    def tick(self, now: datetime) -> None:
        for ob, rule, clock, state in self._rows:
            timer = obligation_timer(ob, rule, now)
            clock.setText(countdown_text(timer.seconds_left))
            set_property(clock, "state", timer.state.value)
            state.setText(state_label(timer.state))
