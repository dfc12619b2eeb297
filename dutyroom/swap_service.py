"""Swaps (串班/代班): recorded with who asked, who approved and why; applied and undone at once."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from dutyroom import roster as rostering
from dutyroom.clock import Clock
from dutyroom.errors import ConflictError, NotFoundError, ValidationError
from dutyroom.events import Events
from dutyroom.messages import t
from dutyroom.models import Assignment, ShiftTemplate, Swap, SwapKind
from dutyroom.ports import Store
from dutyroom.text import has_control

MAX_WHO = 40
MAX_REASON = 200


def clean_swap(swap: Swap) -> Swap:
    """Trim the text fields and check what a swap record needs; Chinese ValidationError."""
    fields = {
        "requested_by": (t("申请人"), MAX_WHO),
        "approved_by": (t("批准人"), MAX_WHO),
        "reason": (t("换班理由"), MAX_REASON),
    }
    values: dict[str, str] = {}
    for name, (label, limit) in fields.items():
        value = " ".join(str(getattr(swap, name)).split())
        if not value:
            raise ValidationError(name, t("请填写{label}", label=label))
        if len(value) > limit:
            raise ValidationError(
                name, t("{label}过长（最多{limit}个字）", label=label, limit=limit)
            )
        if has_control(value):
            raise ValidationError(name, t("{label}含有不可见的控制字符", label=label))
        values[name] = value
    if swap.from_person_id == swap.to_person_id:
        raise ValidationError("to_person_id", t("换班双方不能是同一人"))
    if swap.kind is SwapKind.EXCHANGE and swap.other_day is None:
        raise ValidationError("other_day", t("串班需要填写对调的日期"))
    if swap.kind is SwapKind.COVER and swap.other_day is not None:
        swap = dataclasses.replace(swap, other_day=None)  # 代班 is one-way: no second date
    return dataclasses.replace(
        swap,
        requested_by=values["requested_by"],
        approved_by=values["approved_by"],
        reason=values["reason"],
    )


class SwapService:
    def __init__(
        self,
        store: Store,
        events: Events,
        clock: Clock,
        template: Callable[[], ShiftTemplate],
    ) -> None:
        self._store = store
        self._events = events
        self._clock = clock
        self._template = template

    def swap(self, swap: Swap) -> Swap:
        """Record a 串班 or 代班 and apply it to the roster, both or neither."""
        swap = clean_swap(swap)
        self._check_cover(swap)
        with self._store.atomic():
            self._apply(swap)
            stored = self._store.roster.add_swap(
                dataclasses.replace(swap, created_at=self._clock.now(), undone=False, id=None)
            )
        self._events.emit("roster")
        return stored

    def undo(self, swap: Swap) -> None:
        """Put the people back as they were before `swap`; the record stays, marked undone."""
        if swap.id is None:
            raise NotFoundError(t("该调班记录尚未保存，无法撤销"))
        on_day = self._store.roster.swaps(swap.day, swap.day)
        stored = next((s for s in on_day if s.id == swap.id), None)
        if stored is None:
            raise NotFoundError(t("找不到调班记录（编号 {swap_id}）", swap_id=swap.id))
        if stored.undone:
            raise ConflictError(t("该调班已撤销过"))
        with self._store.atomic():
            self._apply(rostering.invert_swap(stored))
            self._store.roster.mark_swap_undone(swap.id)
        self._events.emit("roster")

    def between(self, start: date, end: date) -> list[Swap]:
        """Swaps touching start..end on either of their days, undone ones included."""
        return self._store.roster.swaps(start, end)

    def _check_cover(self, swap: Swap) -> None:
        cover = self._store.people.get(swap.to_person_id)
        self._store.people.get(swap.from_person_id)
        if not cover.active:
            raise ValidationError("to_person_id", t("{name}已停用，不能顶班", name=cover.name))
        if swap.role not in cover.roles:
            raise ValidationError(
                "to_person_id",
                t("{name}不是{role}，不能顶此班", name=cover.name, role=swap.role.value),
            )

    def _apply(self, swap: Swap) -> None:
        days = sorted({swap.day, swap.other_day or swap.day})
        template = self._template()
        current: list[Assignment] = []
        for day in days:
            on_day = self._store.roster.assignments(day, day)
            current += [a for a in on_day if a.template_id == template.id]
        others = [
            a
            for day in days
            for a in self._store.roster.assignments(day, day)
            if a.template_id != template.id
        ]
        changed = rostering.apply_swap(current, swap)
        self._store.roster.replace_days(days, others + changed)
