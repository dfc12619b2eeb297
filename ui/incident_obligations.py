"""The form's list of an incident's deadlines: a countdown each, in words under it, and a
登记报送 button, so a report is recorded where the officer is typing; done ones are ticked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from dutyroom.models import Incident, Obligation, ObligationState, Rule
from dutyroom.obligations import anchor_fell_back
from ui.countdown import (
    countdown_text,
    countdown_words,
    done_text,
    due_text,
    fallback_note,
    obligation_name,
    obligation_timer,
    recipients_progress,
    why_text,
)
from ui.restyle import set_property


class ObligationList(QFrame):
    def __init__(self, on_report: Callable[[int], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form_obligations")
        self._on_report = on_report
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 4, 0, 4)
        self._grid.setHorizontalSpacing(16)
        self._rows: list[tuple[Obligation, Rule | None, QLabel, QLabel]] = []
        self.rules: dict[str, Rule] = {}
        self._widgets: list[QWidget] = []
        self._key: object = None  # what the rows show, to keep them when nothing changed

    def show_obligations(
        self,
        obligations: list[Obligation],
        rules: dict[str, Rule],
        tz: tzinfo,
        now: datetime,
        incident: Incident | None = None,
    ) -> None:
        """`incident` tells whether a 事发 clock fell back to 接报 (said on the row)."""
        shown = [o for o in obligations if o.status is not ObligationState.CANCELLED]
        occurred_known = incident is None or incident.occurred_at is not None
        key = (tuple(shown), tuple(rules.items()), tz, now.astimezone(tz).date(), occurred_known)
        if key == self._key:  # the same rows (each write of any incident comes here): kept
            self.tick(now)
            return
        self._key = key
        for widget in self._widgets:
            widget.hide()
            widget.setParent(None)  # type: ignore[call-overload]  # findChild must not see it
            widget.deleteLater()
        self._widgets, self._rows = [], []
        self.rules = rules
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
            words = QLabel(self)
            words.setObjectName(f"form_countdown_words_{ob.id}")
            fell_back = incident is not None and anchor_fell_back(ob, incident)
            why = why_text(ob, rule, tz, fell_back=fell_back)
            for widget in (name, due):
                widget.setToolTip(why)
            notes = [recipients_progress(ob)] if ob.recipients else []
            if fell_back:
                notes.append(fallback_note())
            note = QLabel("　".join(notes), self)
            note.setObjectName(f"form_recipients_{ob.id}")
            note.setProperty("recipients", "true")
            note.setToolTip(why)
            cells: list[QWidget] = [name, clock, due, words]
            if ob.status is ObligationState.DONE:
                clock.setText(done_text(ob, tz))
                cells += [QLabel(self), note]  # the note in its column, under the others
            else:
                clock.setProperty("countdown", "true")
                clock.setProperty("tile", "small")  # not "size": QWidget has that property
                words.setProperty("words", "true")
                self._rows.append((ob, rule, clock, words))
                button = QPushButton(self.tr("登记报送"), self)
                button.setObjectName(f"form_report_button_{ob.id}")
                button.clicked.connect(lambda _=False, ob_id=ob.id: self._on_report(ob_id))
                cells.append(button)
                cells.append(note)
            for column, widget in enumerate(cells):
                self._grid.addWidget(widget, row, column)
                widget.show()
                self._widgets.append(widget)
        self._grid.setColumnStretch(6, 1)
        self.tick(now)

    def most_urgent(self) -> int | None:
        """The open deadline due first (the rows are in due order)."""
        return self._rows[0][0].id if self._rows else None

    def obligation(self, obligation_id: int) -> Obligation | None:
        return next((ob for ob, *_ in self._rows if ob.id == obligation_id), None)

    def tick(self, now: datetime) -> None:
        for ob, rule, clock, words in self._rows:
            timer = obligation_timer(ob, rule, now)
            clock.setText(countdown_text(timer.seconds_left))
            set_property(clock, "state", timer.state.value)
            words.setText(countdown_words(timer.seconds_left))
            set_property(words, "state", timer.state.value)
