"""Spot checks (查岗, DOMAIN.md §6): validation, answer timer, failures, whom to check next."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from dutyroom.clock import Clock
from dutyroom.errors import ValidationError
from dutyroom.events import Events
from dutyroom.messages import joined, t
from dutyroom.models import Contact, ContactKind, LogEntry, LogKind, SpotCheck
from dutyroom.ports import Store
from dutyroom.text import has_control

RECEIVED, MADE = "received", "made"
DIRECTIONS = {RECEIVED: t("上级查岗"), MADE: t("本局查岗")}
METHODS: tuple[str, ...] = (t("电话"), t("视频"), t("暗访"), t("现场"))
NORMAL, UNANSWERED, ABSENT, STAND_IN, EQUIPMENT = (
    t("正常"),
    t("未接"),
    t("脱岗"),
    t("代岗"),
    t("设备故障"),
)
RESULTS: tuple[str, ...] = (NORMAL, UNANSWERED, ABSENT, STAND_IN, EQUIPMENT)
# Results that are reported (通报) and highlighted; an equipment fault is fixed, not blamed.
FAILURES: frozenset[str] = frozenset({UNANSWERED, ABSENT, STAND_IN})
CHECKED_KINDS: tuple[ContactKind, ...] = (ContactKind.TOWNSHIP, ContactKind.MEMBER)
# A ring cycle in China is 1 s on, 4 s off: "answered within 3 rings" is about 15 seconds.
RING_SECONDS = 5
MAX_ANSWER_SECONDS = 24 * 3600
HISTORY_DAYS = 366


def approx_rings(seconds: int) -> int:
    """Rings heard before an answer after `seconds` (the first ring sounds at once)."""
    return max(1, math.ceil(seconds / RING_SECONDS))


class AnswerTimer:
    """The "来电/接通" button: start when the call connects or is placed, stop on the answer."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self.started_at: datetime | None = None
        self.seconds: int | None = None  # the last measured result

    @property
    def running(self) -> bool:
        return self.started_at is not None

    def start(self) -> datetime:
        self.started_at = self._clock.now()
        self.seconds = None
        return self.started_at

    def elapsed(self) -> int:
        """Whole seconds since start (0 when not running): the live figure on the button."""
        if self.started_at is None:
            return 0
        return max(0, int((self._clock.now() - self.started_at) // timedelta(seconds=1)))

    def stop(self) -> int:
        if self.started_at is None:
            raise ValidationError("answer_seconds", t("计时尚未开始，请先按“来电/接通”"))
        self.seconds = self.elapsed()
        self.started_at = None
        return self.seconds

    def reset(self) -> None:
        self.started_at = None
        self.seconds = None


def _require(value: str, field: str, message: str) -> None:
    if not value.strip():
        raise ValidationError(field, message)


def validate(check: SpotCheck) -> SpotCheck:
    """The cleaned check; ValidationError (in Chinese, naming the field) when it cannot be saved."""
    strip = {f: getattr(check, f).strip() for f in _TEXT_FIELDS}
    check = dataclasses.replace(check, **strip)
    for field, value in strip.items():
        if has_control(value, multiline=True):
            raise ValidationError(field, t("含有不可见的控制字符，请删除后重试"))
    if check.at.tzinfo is None:
        raise ValidationError("at", t("查岗时间缺少时区"))
    if check.direction not in DIRECTIONS:
        raise ValidationError("direction", t("请选择查岗方向：上级查岗或本局查岗"))
    if check.method not in METHODS:
        raise ValidationError(
            "method", t("查岗方式应为{methods}之一", methods=joined("、", METHODS))
        )
    if check.result not in RESULTS:
        raise ValidationError(
            "result", t("查岗结果应为{results}之一", results=joined("、", RESULTS))
        )
    _require(check.checker_unit, "checker_unit", t("请填写查岗单位"))
    _require(check.checked_unit, "checked_unit", t("请填写被查单位"))
    seconds = check.answer_seconds
    if seconds is not None and not 0 <= seconds <= MAX_ANSWER_SECONDS:
        raise ValidationError("answer_seconds", t("接听用时应在0秒到24小时之间"))
    if check.result == UNANSWERED:
        if seconds is not None or check.answered_by:
            raise ValidationError("result", t("结果为“未接”时不应填写接听人和接听用时"))
    elif check.result == NORMAL and not (check.leader_present and check.officer_present):
        raise ValidationError("result", t("带班领导或值班员不在岗时，结果不能为“正常”"))
    if check.result in (NORMAL, STAND_IN) and check.method == t("电话"):
        _require(check.answered_by, "answered_by", t("请填写接听人"))
    return check


_TEXT_FIELDS = (
    "direction",
    "method",
    "checker_unit",
    "checker_person",
    "checked_unit",
    "answered_by",
    "result",
    "follow_up",
)


def describe(check: SpotCheck) -> str:
    """The duty-log line of a check."""
    who = f"{check.checker_unit}{check.checker_person}"
    if check.direction == RECEIVED:
        head = f"{who}{check.method}查岗本单位"
    else:
        head = f"{who}{check.method}查岗{check.checked_unit}"
    present = (
        f"带班领导{'在岗' if check.leader_present else '不在岗'}，"
        f"值班员{'在岗' if check.officer_present else '不在岗'}"
    )
    parts = [head, f"结果：{check.result}", present]
    if check.answered_by:
        parts.append(f"接听人：{check.answered_by}")
    if check.answer_seconds is not None:
        parts.append(f"{check.answer_seconds}秒接听（约{approx_rings(check.answer_seconds)}声）")
    if check.follow_up:
        parts.append(f"后续：{check.follow_up}")
    return "；".join(parts)


def is_failure(check: SpotCheck) -> bool:
    return check.result in FAILURES


@dataclass(frozen=True, slots=True)
class UnitToCheck:
    unit: str  # the name written into SpotCheck.checked_unit
    contact: Contact
    last_checked_at: datetime | None
    checks: int  # in the history window


def unit_key(contact: Contact) -> str:
    return contact.unit.strip() or contact.name.strip()


def units_to_check(contacts: Iterable[Contact], made: Sequence[SpotCheck]) -> list[UnitToCheck]:
    """Units of the checked kinds, the next one first: never checked, then least recently checked.

    Ties keep directory order so the suggestion is stable from one call to the next.
    """
    last: dict[str, datetime] = {}
    counts: dict[str, int] = {}
    for check in made:
        key = check.checked_unit.strip()
        counts[key] = counts.get(key, 0) + 1
        if key not in last or check.at > last[key]:
            last[key] = check.at
    units: dict[str, UnitToCheck] = {}
    for contact in contacts:
        key = unit_key(contact)
        if contact.kind in CHECKED_KINDS and key and key not in units:
            units[key] = UnitToCheck(key, contact, last.get(key), counts.get(key, 0))
    ordered = list(units.values())
    ordered.sort(key=lambda u: (u.last_checked_at is not None, u.last_checked_at or datetime.min))
    return ordered


class SpotCheckService:
    """Records checks (each with its duty-log entry) and answers the questions of the 查岗 page."""

    def __init__(
        self, store: Store, events: Events, clock: Clock, timezone: Callable[[], tzinfo]
    ) -> None:
        self._store = store
        self._events = events
        self._clock = clock
        self._timezone = timezone

    def timer(self) -> AnswerTimer:
        return AnswerTimer(self._clock)

    def record(self, check: SpotCheck, *, taken_by: str = "") -> SpotCheck:
        """Save a new check and its duty-log entry in one transaction."""
        check = validate(dataclasses.replace(check, id=None))
        with self._store.atomic():
            saved = self._store.spot_checks.add(check)
            self._store.log.add(self._log_entry(saved, taken_by))
        self._events.emit("spot_checks")
        self._events.emit("log")
        return saved

    def correct(self, check: SpotCheck, *, taken_by: str = "") -> SpotCheck:
        """Correct a saved check; the log gets a new line saying so (nothing is rewritten)."""
        if check.id is None:
            raise ValidationError("id", t("查岗记录尚未保存，无法更正"))
        check = validate(check)
        with self._store.atomic():
            self._store.spot_checks.update(check)
            entry = self._log_entry(check, taken_by)
            self._store.log.add(dataclasses.replace(entry, content="更正：" + entry.content))
        self._events.emit("spot_checks")
        self._events.emit("log")
        return check

    def _log_entry(self, check: SpotCheck, taken_by: str) -> LogEntry:
        return LogEntry(
            at=check.at,
            kind=LogKind.SPOT_CHECK,
            content=describe(check),
            unit=check.checker_unit if check.direction == RECEIVED else check.checked_unit,
            person=check.checker_person if check.direction == RECEIVED else check.answered_by,
            taken_by=taken_by,
            ref_table="spot_check",
            ref_id=check.id,
        )

    def get(self, check_id: int) -> SpotCheck:
        return self._store.spot_checks.get(check_id)

    def between(self, start: datetime, end: datetime) -> list[SpotCheck]:
        return self._store.spot_checks.between(start, end)

    def failures(self, start: datetime, end: datetime) -> list[SpotCheck]:
        """未接, 脱岗 and 代岗 in [start, end), in time order: the list for 通报."""
        return [c for c in self.between(start, end) if is_failure(c)]

    def units_to_check(self) -> list[UnitToCheck]:
        now = self._clock.now()
        history = self.between(now - timedelta(days=HISTORY_DAYS), now + timedelta(days=1))
        made = [c for c in history if c.direction == MADE]
        return units_to_check(self._store.contacts.list(), made)

    def next_to_check(self) -> UnitToCheck | None:
        units = self.units_to_check()
        return units[0] if units else None
