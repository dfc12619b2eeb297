"""The handover sheet (交接班记录) as plain data: what it holds, JSON round trip, states, checks."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from dutyroom.errors import ValidationError
from dutyroom.messages import joined, t
from dutyroom.models import Handover

DEFAULT_EQUIPMENT = (t("值班电话"), t("传真"), t("卫星电话"), t("视频会商"), t("业务系统"))
EQUIPMENT_OK = t("正常")
EQUIPMENT_FAULT = t("异常")
DEFAULT_REMINDER_MINUTES = 15

STATE_NONE = t("未开始")
STATE_PENDING = t("待接班")
STATE_ACCEPTED = t("已交接")

# The sheet's state as paper says it (the page and `handover show` keep the STATE_* words).
PAPER_DRAFT = t("草稿")
PAPER_SUBMITTED = t("已提交")
PAPER_ACCEPTED = t("已接班")
NOTHING_UNFINISHED = ("", t("无"))


@dataclass(frozen=True, slots=True)
class IncidentLine:
    """An incident as the handover sheet lists it."""

    incident_id: int
    title: str
    received_at: datetime
    grade: str
    status: str  # 处置中 / 已终结
    carried_over: bool = False  # received on an earlier shift and still open


@dataclass(frozen=True, slots=True)
class ClockLine:
    """One running clock (a pending report obligation) as it stood when the sheet was drafted."""

    incident_id: int
    incident_title: str
    rule: str
    kind: str
    due_at: datetime
    state: str  # 计时中 / 临近 / 紧急 / 已超时
    minutes_left: int | None  # None once overdue
    minutes_late: int | None  # None while not overdue
    missing: tuple[str, ...] = ()  # recipients not yet reported to (older sheets: none)
    reached: tuple[str, ...] = ()  # recipients already reported to


@dataclass(frozen=True, slots=True)
class LogClockLine:
    """A duty-log item's clock still running (预警, 来文, 批示): carried over until done."""

    entry_id: int
    kind: str  # the LogKind value: 预警 / 文电 / 领导批示
    at: datetime  # the entry's time
    content: str
    rule: str
    due_at: datetime
    state: str  # 计时中 / 临近 / 紧急 / 已超时
    minutes_left: int | None  # None once overdue
    minutes_late: int | None  # None while not overdue
    missing: str = ""  # the recipients not yet reached, "、"-joined


@dataclass(frozen=True, slots=True)
class EquipmentItem:
    """One piece of duty-room equipment and its state at handover."""

    name: str
    status: str = EQUIPMENT_OK
    remark: str = ""


@dataclass(frozen=True, slots=True)
class Annotation:
    """A note added to the sheet after it was drafted."""

    at: datetime
    by: str
    text: str


@dataclass(frozen=True, slots=True)
class HandoverSheet:
    """Everything the outgoing shift hands to the incoming one."""

    shift_start: datetime
    shift_end: datetime
    drafted_at: datetime
    outgoing_leaders: tuple[str, ...] = ()
    outgoing_officers: tuple[str, ...] = ()
    incoming_leaders: tuple[str, ...] = ()
    incoming_officers: tuple[str, ...] = ()
    incidents: tuple[IncidentLine, ...] = ()
    clocks: tuple[ClockLine, ...] = ()
    next_followup: ClockLine | None = None
    instructions: tuple[str, ...] = ()  # 领导批示 of the shift, "HH:MM 内容"
    unfinished: str = ""
    notices: str = ""
    equipment: tuple[EquipmentItem, ...] = field(
        default_factory=lambda: tuple(EquipmentItem(n) for n in DEFAULT_EQUIPMENT)
    )
    remarks: str = ""
    annotations: tuple[Annotation, ...] = ()
    log_clocks: tuple[LogClockLine, ...] = ()
    # Set by HandoverService.submit; the record's created_at changes with every version.
    submitted_at: datetime | None = None
    submitted_by: str = ""
    # What the draft took over from an earlier shift's sheet: equipment names, UNFINISHED_ITEM.
    carried: tuple[str, ...] = ()
    carried_from: datetime | None = None  # the shift_start of that sheet

    @property
    def outgoing(self) -> tuple[str, ...]:
        return (*self.outgoing_leaders, *self.outgoing_officers)

    @property
    def incoming(self) -> tuple[str, ...]:
        return (*self.incoming_leaders, *self.incoming_officers)

    def faults(self) -> list[EquipmentItem]:
        return [item for item in self.equipment if item.status != EQUIPMENT_OK]

    def carried_faults(self) -> list[EquipmentItem]:
        """Faults taken over from an earlier sheet that nobody has marked 正常 yet."""
        return [item for item in self.faults() if item.name in self.carried]


UNFINISHED_ITEM = "unfinished"  # in HandoverSheet.carried: the 未办结事项 text was taken over


@dataclass(frozen=True, slots=True)
class SheetStatus:
    """Where a sheet stands, for paper: 草稿, 已提交 (by whom, when), 已接班 (by whom, when)."""

    state: str = PAPER_DRAFT
    submitted_at: datetime | None = None
    submitted_by: str = ""
    accepted_at: datetime | None = None
    accepted_by: str = ""
    version: int = 0

    @property
    def draft(self) -> bool:
        return self.state == PAPER_DRAFT


def status_of(first: Handover, latest: Handover, sheet: HandoverSheet) -> SheetStatus:
    """The status of a stored sheet; `first` dates the submission of sheets stored before the
    sheet itself recorded it."""
    accepted = latest.accepted_at is not None
    return SheetStatus(
        state=PAPER_ACCEPTED if accepted else PAPER_SUBMITTED,
        submitted_at=sheet.submitted_at or first.created_at,
        submitted_by=sheet.submitted_by,
        accepted_at=latest.accepted_at,
        accepted_by=latest.accepted_by,
        version=latest.version,
    )


def carry_over(sheet: HandoverSheet, previous: HandoverSheet | None) -> HandoverSheet:
    """`sheet` with what `previous` handed over and nobody has settled yet: equipment not 正常
    (with its remark) and the 未办结事项 text. They stay in every next draft until a shift marks
    the equipment 正常 or clears the text."""
    if previous is None:
        return sheet
    faults = {item.name: item for item in previous.faults()}
    equipment = [faults.pop(item.name, item) for item in sheet.equipment]
    equipment += faults.values()  # off the bureau's checklist since, but still broken
    carried = [item.name for item in equipment if item.status != EQUIPMENT_OK]
    unfinished = sheet.unfinished
    if previous.unfinished.strip() not in NOTHING_UNFINISHED:
        unfinished = previous.unfinished
        carried.append(UNFINISHED_ITEM)
    if not carried:
        return sheet
    return replace(
        sheet,
        equipment=tuple(equipment),
        unfinished=unfinished,
        carried=tuple(carried),
        carried_from=previous.shift_start,
    )


def reminder_at(shift_end: datetime, minutes: int = DEFAULT_REMINDER_MINUTES) -> datetime:
    """When the outgoing shift is reminded to open the handover."""
    return shift_end - timedelta(minutes=minutes)


def validate_sheet(sheet: HandoverSheet) -> None:
    """What a sheet must say before it is submitted."""
    if not sheet.outgoing:
        raise ValidationError("outgoing", t("交班人员不能为空"))
    for item in sheet.equipment:
        if item.status not in (EQUIPMENT_OK, EQUIPMENT_FAULT):
            raise ValidationError("equipment", t("{name}的状态应为“正常”或“异常”", name=item.name))
        if item.status == EQUIPMENT_FAULT and not item.remark.strip():
            raise ValidationError("equipment", t("{name}异常，请在备注中说明情况", name=item.name))


def check_acceptors(sheet: HandoverSheet, leader: str, officer: str) -> tuple[str, str]:
    """Both incoming names are required and must be the incoming 带班领导 and 值班员."""
    leader, officer = leader.strip(), officer.strip()
    if not leader:
        raise ValidationError("leader_name", t("请接班带班领导确认姓名"))
    if not officer:
        raise ValidationError("officer_name", t("请接班值班员确认姓名"))
    if leader not in sheet.incoming_leaders:
        expected = joined("、", sheet.incoming_leaders) or t("（未排班）")
        raise ValidationError(
            "leader_name",
            t("{leader}不是接班带班领导（应为：{expected}）", leader=leader, expected=expected),
        )
    if officer not in sheet.incoming_officers:
        expected = joined("、", sheet.incoming_officers) or t("（未排班）")
        raise ValidationError(
            "officer_name",
            t("{officer}不是接班值班员（应为：{expected}）", officer=officer, expected=expected),
        )
    return leader, officer


def annotated(sheet: HandoverSheet, at: datetime, by: str, text: str) -> HandoverSheet:
    if not text.strip():
        raise ValidationError("text", t("请填写更正内容"))
    if not by.strip():
        raise ValidationError("by", t("请填写更正人"))
    note = Annotation(at, by.strip(), text.strip())
    return replace(sheet, annotations=(*sheet.annotations, note))


# ---------------------------------------------------------------------------- JSON


def to_json(sheet: HandoverSheet) -> str:
    return json.dumps(asdict(sheet), ensure_ascii=False, default=_default, sort_keys=True)


def _default(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in a handover sheet")


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _clock(data: dict[str, Any]) -> ClockLine:
    units = {key: tuple(data.get(key, ())) for key in ("missing", "reached")}
    return ClockLine(**{**data, "due_at": _dt(data["due_at"]), **units})


def from_json(text: str) -> HandoverSheet:
    data: dict[str, Any] = json.loads(text)
    follow = data.get("next_followup")
    return HandoverSheet(
        shift_start=_dt(data["shift_start"]),
        shift_end=_dt(data["shift_end"]),
        drafted_at=_dt(data["drafted_at"]),
        outgoing_leaders=tuple(data["outgoing_leaders"]),
        outgoing_officers=tuple(data["outgoing_officers"]),
        incoming_leaders=tuple(data["incoming_leaders"]),
        incoming_officers=tuple(data["incoming_officers"]),
        incidents=tuple(
            IncidentLine(**{**i, "received_at": _dt(i["received_at"])}) for i in data["incidents"]
        ),
        clocks=tuple(_clock(c) for c in data["clocks"]),
        next_followup=_clock(follow) if follow else None,
        instructions=tuple(data["instructions"]),
        unfinished=data["unfinished"],
        notices=data["notices"],
        equipment=tuple(EquipmentItem(**e) for e in data["equipment"]),
        remarks=data["remarks"],
        annotations=tuple(
            Annotation(_dt(a["at"]), a["by"], a["text"]) for a in data.get("annotations", [])
        ),
        # Sheets stored before duty-log items had clocks have none.
        log_clocks=tuple(
            LogClockLine(**{**c, "at": _dt(c["at"]), "due_at": _dt(c["due_at"])})
            for c in data.get("log_clocks", [])
        ),
        # Sheets stored before these were recorded have neither.
        submitted_at=_dt(data["submitted_at"]) if data.get("submitted_at") else None,
        submitted_by=data.get("submitted_by", ""),
        carried=tuple(data.get("carried", ())),
        carried_from=_dt(data["carried_from"]) if data.get("carried_from") else None,
    )
