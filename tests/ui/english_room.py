"""A room with demo-like data whose every typed word is ASCII (for the English-UI tests).

People, places, titles and units are pinyin or English, so any Chinese left on screen is the
program's own text: a UI string without its translation, or a core message not routed through
ui.formatting.core_text. The clock stands in mid-December 2026, so "this month and the next"
reaches 2027, for which chinese_calendar has no holiday data (the missing-holiday warning shows).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from dutyroom.clock import FakeClock
from dutyroom.models import Contact, ContactKind, Evidence, Leave, LogKind, Person, Role
from dutyroom.services import DutyRoom

# Monday 2026-12-14 10:00 in Shanghai, inside the 08:30 shift.
NOW = datetime(2026, 12, 14, 2, 0, tzinfo=UTC)
BUREAU = "Riverside County Emergency Management Bureau"
LEADERS = ("Wang Jianguo", "Li Zhenhua", "Zhang Weidong")
OFFICERS = ("Zhao Xiaoming", "Sun Lijuan", "Zhou Wenbin", "Wu Qian", "Zheng Kai")
CONTACTS = (
    ("City duty office", ContactKind.SUPERIOR, "City EMB", "0731-88880110"),
    ("County fire brigade", ContactKind.MEMBER, "Fire brigade", "0731-86660119"),
    ("Hekou town duty", ContactKind.TOWNSHIP, "Hekou", "0731-86661003"),
)


def _ascii_recipients(room: DutyRoom) -> None:
    """The rules' recipients are units the bureau types (stored data, like names): in ASCII
    here, so the board's 市应急管理局 ✓ lines carry no Chinese of the program's own."""
    names: dict[str, str] = {}

    def ascii_unit(unit: str) -> str:
        return names.setdefault(unit, RECIPIENTS[len(names)] if len(names) < 5 else unit)

    rules = room.incidents.rules()
    room.incidents.save_rules(
        [
            dataclasses.replace(r, recipients=tuple(ascii_unit(u) for u in r.recipients))
            for r in rules
        ]
    )


RECIPIENTS = (
    "City duty office",
    "County government duty office",
    "Province duty office",
    "Ministry duty office",
    "Leader on duty",
)


def fill_room(room: DutyRoom, clock: FakeClock) -> None:
    """People, a roster with problems (a gap, a leave), incidents with obligations, contacts."""
    clock.set(NOW)
    room.bureau.set_name(BUREAU)
    _ascii_recipients(room)
    ids: dict[str, int] = {}
    for name in LEADERS:
        ids[name] = _id(room.people.add(Person(name, (Role.LEADER,), unit="Bureau", mobile="139")))
    for name in OFFICERS:
        person = Person(name, (Role.OFFICER, Role.CHIEF), unit="Office", mobile="13807320011")
        ids[name] = _id(room.people.add(person))
    today = room.today()
    room.roster.generate(today.replace(day=1) - timedelta(days=1), date(2027, 1, 31))
    # Problems on the roster page: a day without a duty officer, someone rostered while on leave.
    room.roster.set_day(today + timedelta(days=3), Role.OFFICER, [])
    on_duty = [a for a in room.roster.assignments(today, today + timedelta(days=10))]
    away = next(a for a in on_duty if a.day == today + timedelta(days=5))
    room.people.add_leave(Leave(away.person_id, away.day, away.day, reason="Sick"))
    for name, kind, unit, phone in CONTACTS:
        room.directory.add_contact(Contact(name=name, kind=kind, unit=unit, phone=phone))
    _incidents(room)
    room.log.add(LogKind.CALL_IN, "City office asked for the fire figures", person="Chen")


BOTH_UNITS_EN = "City duty office, County government duty office"


def _incidents(room: DutyRoom) -> None:
    now = room.clock.now()

    def ago(minutes: float) -> str:
        return (now - timedelta(minutes=minutes)).isoformat()

    room.incidents.receive(
        {
            "received_at": ago(22),
            "occurred_at": ago(40),
            "title": "Warehouse fire at Hekou",
            "township": "Hekou",
            "place": "No. 8 Xingye Road",
            "reporter": "Fire brigade",
            "deaths": 3,
            "serious_injuries": 1,
            "summary": "Fire under control.",
        },
        received_by=OFFICERS[0],
    )
    room.incidents.receive(
        {"received_at": ago(95), "title": "Two-car crash on Renmin Road", "injured": 2},
        received_by=OFFICERS[0],
    )
    slide = room.incidents.receive(
        {
            "received_at": ago(26 * 60),
            "title": "Landslide at Shimen village",
            "trapped": 3,
            "evacuated": 600,
        },
        received_by=OFFICERS[1],
    )
    for ob in room.incidents.obligations_of(_id(slide)):
        if ob.kind.value == "phone" and ob.id is not None:
            evidence = Evidence(
                obligation_id=ob.id,
                done_at=ob.anchor_at + timedelta(minutes=50),
                method="phone",
                to_unit=BOTH_UNITS_EN,
                to_person="Chen",
                by=OFFICERS[1],
            )
            room.incidents.report(ob.id, evidence, reason="Entered late")


def _id(record: object) -> int:
    value = getattr(record, "id", None)
    assert isinstance(value, int)
    return value


# ---------------------------------------------------------------------------- what is shown

# Han characters and CJK/full-width punctuation (，：（）); the ideographic space U+3000, used as a
# wide gap between fields, is not counted.
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3001-\u303f\uff01-\uff5e]")

# Widgets whose text is Chinese on purpose.
DATA_OBJECT_NAMES = {
    "language_combo",  # 中文（简体） is shown in its own language, so anyone can find theirs
    # The written report is a Chinese document for the superior duty office: its title, like its
    # sections, is the document's own text (the dialog around it is translated).
    "report_title_label",
}
# Combos whose items are suggestions for a stored, typed value: the incident form's editable
# national classification and township boxes (the rules read the stored words, e.g. 道路交通 and
# 火灾 shorten the 补报 window; townships are the bureau's own names) and the ledger's filter on
# the same values. Translating them needs a display text apart from the stored one.
DATA_COMBOS = {
    "field_category",
    "field_subtype",
    "field_township",
    "filter_category",
}


def _is_data(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.objectName() in DATA_OBJECT_NAMES:
            return True
        widget = widget.parentWidget()
    return False


def _model_texts(model: QAbstractItemModel | None, where: str) -> list[tuple[str, str]]:
    """Headers and every cell's display text and tooltip (the first 200 rows)."""
    if model is None:
        return []
    found: list[tuple[str, str]] = []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    root = QModelIndex()
    # A list model (QListWidget's) hides columnCount: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        found.append((f"{where} header", str(header or "")))
        for row in range(min(model.rowCount(root), 200)):
            for role in roles:
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    found.append((f"{where} [{row},{column}]", value))
    return found


def _widget_texts(widget: QWidget, name: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if isinstance(widget, (QLabel, QAbstractButton)):
        found.append((name, widget.text()))
    elif isinstance(widget, QGroupBox):
        found.append((name, widget.title()))
    elif isinstance(widget, QTabBar):
        found += [(name, widget.tabText(i)) for i in range(widget.count())]
    elif isinstance(widget, QLineEdit):
        found.append((name, widget.placeholderText()))
        if widget.isReadOnly():
            found.append((name, widget.text()))
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        found.append((name, widget.placeholderText()))
        if widget.isReadOnly():
            found.append((name, widget.toPlainText()))
    elif isinstance(widget, QComboBox) and widget.objectName() not in DATA_COMBOS:
        found += [(name, widget.itemText(i)) for i in range(widget.count())]
    elif isinstance(widget, QAbstractSpinBox):
        found.append((name, widget.specialValueText()))
        found += [
            (name, getattr(widget, attr)())
            for attr in ("prefix", "suffix")
            if hasattr(widget, attr)
        ]
    if (
        isinstance(widget, QAbstractItemView)
        and not isinstance(widget.parentWidget(), QComboBox)
        and not isinstance(widget, QHeaderView)
    ):
        found += _model_texts(widget.model(), name)
    if isinstance(widget, QStatusBar):
        found.append((name, widget.currentMessage()))
    tip = widget.toolTip()
    if tip:
        found.append((f"{name} tooltip", tip))
    return found


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every visible piece of text under root (window title included)."""
    found: list[tuple[str, str]] = [("window title", root.window().windowTitle())]
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root) and not _is_data(widget):
            found += _widget_texts(widget, f"{type(widget).__name__}#{widget.objectName()}")
    return found


def chinese_in(root: QWidget) -> list[str]:
    texts = visible_texts(root)
    return sorted({f"{where}: {text!r}" for where, text in texts if CJK.search(text)})
