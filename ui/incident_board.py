"""The 值班台 board: one card per open incident, most urgent first, a big countdown per deadline.

Cards are rebuilt only when the room announces "incidents"; the 1-second tick recomputes the
timers from the cached obligations (no database) and changes only label text and properties.
A board that is not shown (F2 has switched to the 接报 page) only notes that it is out of date and
reloads when it is shown again: F2 then costs the same with one or a hundred open incidents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from dutyroom.grading import incident_is_major
from dutyroom.models import Grade, Incident, Obligation, ObligationState, Rule
from dutyroom.obligations import anchor_fell_back
from dutyroom.services import DutyRoom
from ui.countdown import (
    countdown_text,
    countdown_words,
    done_text,
    due_text,
    fallback_note,
    obligation_name,
    obligation_timer,
    recipients_progress,
    state_label,
    why_text,
)
from ui.formatting import enum_text, grade_reason_text
from ui.restyle import set_property
from ui.room_signals import RoomSignals

if TYPE_CHECKING:
    from ui.report_dialog import ReportDialog

COLUMNS = 2  # where two cards fit side by side; one column on a narrower window
# A deadline more than an hour away gets a small tile: the big ones are for what is close, and
# four incidents' clocks must fit a 1366×768 screen.
FAR_SECONDS = 3600


@dataclass(slots=True)
class _Countdown:
    """One countdown label on a card and the obligation it counts down."""

    obligation: Obligation
    rule: Rule | None
    label: QLabel
    words: QLabel


def _urgency(obs: list[Obligation], received_at: datetime) -> tuple[int, datetime]:
    """Earliest pending deadline first (overdue ones are the earliest); then by receipt."""
    pending = [o.due_at for o in obs if o.status is ObligationState.PENDING]
    return (0, min(pending)) if pending else (1, received_at)


def why_button(text: str, name: str, parent: QWidget) -> QToolButton:
    """A small 依据 beside a deadline: its tooltip says why, and a click says it at once (a
    tooltip alone is found by nobody at 03:00)."""
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setText(QCoreApplication.translate("IncidentCard", "依据"))
    button.setToolTip(text)
    button.setAutoRaise(True)
    button.setCursor(Qt.CursorShape.WhatsThisCursor)
    button.setStyleSheet("QToolButton { font-size: 10pt; color: #1F5FA8; padding: 0 2px; }")

    def show_why() -> None:
        QToolTip.showText(button.mapToGlobal(QPoint(0, button.height())), text, button)

    button.clicked.connect(show_why)
    return button


def _discard(card: QWidget) -> None:
    card.hide()
    card.setParent(None)  # type: ignore[call-overload]  # findChild must not see it
    card.deleteLater()


class IncidentCard(QFrame):
    """One open incident: grade, title, place, and a row per obligation that is not cancelled."""

    def __init__(
        self,
        incident: Incident,
        obligations: list[Obligation],
        rules: dict[str, Rule],
        tz: tzinfo,
        on_report: Callable[[int], object],
        parent: QWidget | None = None,
        *,
        major: bool = False,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self._built_at = now or incident.received_at
        self.setObjectName(f"incident_card_{incident.id}")
        self.setProperty("card", "true")
        self.incident = incident
        # What it shows: the board keeps a card while this is unchanged.
        self.key: tuple[object, ...] = ()
        self.countdowns: list[_Countdown] = []
        grade = QLabel(enum_text(incident.effective_grade), self)
        grade.setObjectName("incident_grade")
        grade.setProperty("grade", incident.effective_grade.value)
        grade.setToolTip(grade_reason_text(incident))
        title = QLabel(incident.title or self.tr("（标题待填）"), self)
        title.setObjectName("incident_title")
        title.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(grade, 0, Qt.AlignmentFlag.AlignTop)
        if major and incident.effective_grade.rank < Grade.LARGER.rank:
            # 较大涉险 or 敏感: a 一般 event reported like a 较大 one (why the clocks are short).
            tag = QLabel(self.tr("按较大报送"), self)
            tag.setObjectName("incident_grade")
            tag.setProperty("grade", "较大")
            tag.setToolTip(grade_reason_text(incident, override=False))
            header.addWidget(tag, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(title, 1)
        place = " ".join(p for p in dict.fromkeys((incident.township, incident.place)) if p)
        place_label = QLabel(place or self.tr("地点待填"), self)
        place_label.setObjectName("incident_place")
        received = incident.received_at.astimezone(tz).strftime("%m-%d %H:%M")
        received_label = QLabel(
            self.tr("接报 {at}　{by}").format(at=received, by=incident.received_by), self
        )
        received_label.setObjectName("incident_received")
        facts = QHBoxLayout()  # one line: the clocks below need the height
        facts.addWidget(place_label)
        facts.addStretch(1)
        facts.addWidget(received_label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        row = 0
        for ob in sorted(obligations, key=lambda o: o.due_at):
            if ob.status is ObligationState.CANCELLED or ob.id is None:
                continue
            self._add_row(grid, row, ob, rules.get(ob.rule_code), tz, on_report)
            row += 1
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addLayout(facts)
        layout.addLayout(grid)

    def _add_row(
        self,
        grid: QGridLayout,
        row: int,
        ob: Obligation,
        rule: Rule | None,
        tz: tzinfo,
        on_report: Callable[[int], object],
    ) -> None:
        assert ob.id is not None
        fell_back = anchor_fell_back(ob, self.incident)
        why = why_text(ob, rule, tz, fell_back=fell_back)
        name = QLabel(obligation_name(ob, rule), self)
        name.setObjectName("obligation_name")
        name.setToolTip(why)
        if ob.status is ObligationState.DONE:
            grid.addWidget(name, row, 0)
            done = QLabel(done_text(ob, tz), self)
            done.setObjectName(f"done_{ob.id}")
            done.setProperty("done", "late" if ob.minutes_late else "true")
            done.setToolTip(why)
            grid.addWidget(done, row, 1, 1, 3)
            return
        # The name's cell and the due time's take a second line (who is still missing, the
        # fallback of the anchor): the clock beside them is two lines high anyway.
        name_cell = QVBoxLayout()
        name_cell.setSpacing(0)
        name_cell.addWidget(name)
        # One unit a line, unwrapped: its width is known when the board counts its columns.
        # Only once some unit has it (half done): before that every unit is still owed, and
        # the 依据 and the 登记报送 dialog name them; two lines more per clock would push the
        # fourth incident's clock below a 1366×768 screen.
        if any(r.done_at for r in ob.recipients):
            recipients = QLabel(recipients_progress(ob, "\n"), self)
            recipients.setObjectName(f"recipients_{ob.id}")
            recipients.setProperty("recipients", "true")
            recipients.setToolTip(why)
            name_cell.addWidget(recipients)
        grid.addLayout(name_cell, row, 0)
        label = QLabel(self)
        label.setObjectName(f"countdown_{ob.id}")
        label.setProperty("countdown", "true")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMinimumWidth(150)
        # Under the tile, in words: "+10:39" alone reads like ten minutes, not ten hours.
        words = QLabel(self)
        words.setObjectName(f"countdown_words_{ob.id}")
        words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        words.setProperty("words", "true")
        clock = QVBoxLayout()
        clock.setSpacing(0)
        clock.addWidget(label)
        clock.addWidget(words)
        due = QLabel(due_text(ob.due_at, self._built_at, tz))
        due.setObjectName("obligation_due")
        due.setToolTip(why)
        # 依据 under the due time, not beside it: the card's width is the clocks' (two cards
        # side by side on 1366 px), its height is the tile's anyway.
        due_cell = QVBoxLayout()
        due_cell.setSpacing(0)
        due_cell.addWidget(due)
        if fell_back:
            note = QLabel(fallback_note("\n"), self)
            note.setObjectName(f"fallback_{ob.id}")
            note.setProperty("fallback", "true")
            note.setToolTip(why)
            due_cell.addWidget(note)
        due_cell.addWidget(why_button(why, f"why_{ob.id}", self), 0, Qt.AlignmentFlag.AlignLeft)
        button = QPushButton(self.tr("登记报送"), self)
        button.setObjectName(f"report_button_{ob.id}")
        button.clicked.connect(lambda _=False, ob_id=ob.id: on_report(ob_id))
        grid.addLayout(clock, row, 1)
        grid.addLayout(due_cell, row, 2)
        grid.addWidget(button, row, 3)
        self.countdowns.append(_Countdown(ob, rule, label, words))


class IncidentBoard(QWidget):
    """Cards in a grid; `tick(now)` is all the countdowns need."""

    def __init__(
        self,
        room: DutyRoom,
        signals: RoomSignals,
        officer: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incident_board")
        self._room = room
        self._officer = officer
        self._tz = room.bureau.timezone()
        self._flash = False
        self.cards: list[IncidentCard] = []
        self._placed_columns = 0
        self._widest = 0  # the widest card's least width, measured at placement
        self.report_dialog: ReportDialog | None = None
        self._stale: bool | None = None  # None: up to date; else the `keep` of the reload owed
        self.empty_label = QLabel(self.tr("当前没有进行中的事件。接报请按 F2。"), self)
        self.empty_label.setObjectName("board_empty")
        self._grid = QGridLayout()
        self._grid.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.empty_label)
        layout.addLayout(self._grid)
        signals.changed.connect(self._on_signals_changed)
        self.reload()

    def _on_signals_changed(self, topic: str) -> None:
        if topic == "incidents":
            self._reload_when_seen(keep=True)
        elif topic in ("rules", "bureau"):  # names, thresholds or the zone of every card
            self._reload_when_seen(keep=False)

    def _reload_when_seen(self, *, keep: bool) -> None:
        if self.isVisible():
            self.reload(keep=keep)
        else:
            self._stale = keep and self._stale is not False

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale is not None:
            self.reload(keep=self._stale)
        super().showEvent(event)
        if self.cards:
            QTimer.singleShot(0, self, self._replace_if_wider)  # after the cards are polished

    def reload(self, *, keep: bool = True) -> None:
        """From the database: open incidents, their obligations, the rules.

        A card whose incident, deadlines and day are unchanged is kept (`keep`): F2 with a
        hundred open incidents builds one card, not a hundred and one.
        """
        self._stale = None
        self._tz = self._room.bureau.timezone()
        now = self._room.clock.now()
        rules = {rule.code: rule for rule in self._room.incidents.rules()}
        policy = self._room.grading_policy()
        items = []
        for incident in self._room.incidents.open_incidents():
            assert incident.id is not None
            items.append((incident, self._room.incidents.obligations_of(incident.id)))
        items.sort(key=lambda item: _urgency(item[1], item[0].received_at))
        today = now.astimezone(self._tz).date()  # due times show their date from tomorrow on
        previous = {card.key: card for card in self.cards} if keep else {}
        for card in self.cards:
            if card.key not in previous:
                _discard(card)
        cards = []
        for incident, obs in items:
            major = incident_is_major(incident, policy)
            key = (incident, tuple(obs), major, today)
            kept = previous.pop(key) if key in previous else None
            if kept is None:
                kept = IncidentCard(
                    incident, obs, rules, self._tz, self.open_report, self, major=major, now=now
                )
                kept.key = key
            cards.append(kept)
        for card in previous.values():
            _discard(card)
        self.cards = cards
        self._place_cards()
        self.empty_label.setVisible(not self.cards)
        self.tick(self._room.clock.now())
        if self.isVisible():
            # A child added to a shown parent stays hidden until shown; on a board not shown
            # yet the cards appear with it, and stay unpolished until then (showing polishes,
            # and a countdown state set after that costs a repolish).
            for card in self.cards:
                card.show()
            self._replace_if_wider()

    def _replace_if_wider(self) -> None:
        """Measured again once the new cards are shown (polished, with their style sheet's
        fonts): a card measured before that can be 50 px narrower, and two columns placed on
        that measure made the 1366-pixel page scroll sideways."""
        widest = max((c.minimumSizeHint().width() for c in self.cards), default=0)
        if widest > self._widest:
            self._place_cards()

    def _columns(self) -> int:
        if not self._widest:
            return COLUMNS
        need = COLUMNS * self._widest + (COLUMNS - 1) * self._grid.horizontalSpacing()
        return COLUMNS if self._available_width() >= need else 1

    def _available_width(self) -> int:
        """The width the board may take: inside a scroll area, what its viewport shows, less
        the margins around the board (the board's own width grows with two columns placed, so
        measuring that would keep two columns that make the page scroll sideways)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            return self.width()
        content = parent.widget()
        spare = content.width() - self.width() if content is not None else 0
        return parent.viewport().width() - max(0, spare)

    def _place_cards(self) -> None:
        # Asking a card for its size hint polishes it, and the first frame must not touch QStyle
        # (tests/ui/test_startup_imports.py): measured once shown, once per placement, and a
        # resize only compares its width with that (not 100 cards' hints on every resize).
        if self.isVisible():
            self._widest = max((c.minimumSizeHint().width() for c in self.cards), default=0)
        columns = self._columns()
        self._placed_columns = columns
        for card in self.cards:
            self._grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            row, column = divmod(index, columns)
            self._grid.addWidget(card, row, column, Qt.AlignmentFlag.AlignTop)
        for column in range(COLUMNS):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.cards:
            return
        if not self._widest or self._columns() != self._placed_columns:
            self._place_cards()

    def tick(self, now: datetime) -> None:
        """Text and state of every countdown; no database."""
        self._flash = not self._flash
        for card in self.cards:
            for countdown in card.countdowns:
                timer = obligation_timer(countdown.obligation, countdown.rule, now)
                label = countdown.label
                label.setText(countdown_text(timer.seconds_left))
                label.setToolTip(state_label(timer.state))
                set_property(label, "state", timer.state.value)
                overdue = timer.state is ObligationState.OVERDUE
                set_property(label, "flash", "on" if overdue and self._flash else "off")
                far = timer.seconds_left > FAR_SECONDS
                set_property(label, "tile", "small" if far else "big")  # not "size": a Qt property
                countdown.words.setText(countdown_words(timer.seconds_left))
                set_property(countdown.words, "state", timer.state.value)
        # A countdown that turns big (under an hour left) or longer words widen a card: two
        # columns that no longer fit become one rather than a sideways scroll.
        if (
            self._placed_columns > 1
            and self.isVisible()
            and self._grid.minimumSize().width() > self._available_width()
        ):
            self._place_cards()

    def countdown_label(self, obligation_id: int) -> QLabel | None:
        return self.findChild(QLabel, f"countdown_{obligation_id}")

    def open_report(self, obligation_id: int) -> ReportDialog:
        """The report dialog for one obligation, shown non-modal (tests call submit())."""
        for card in self.cards:
            for countdown in card.countdowns:
                ob = countdown.obligation
                if ob.id == obligation_id:
                    title = f"{card.incident.title or ''} · {obligation_name(ob, countdown.rule)}"
                    from ui.report_dialog import open_report_dialog  # on the first 登记报送

                    self.report_dialog = open_report_dialog(
                        self._room,
                        ob,
                        title=title,
                        officer=self._officer(),
                        tz=self._tz,
                        parent=self,
                    )
                    return self.report_dialog
        raise KeyError(obligation_id)
