"""People on the duty list and their leave; deactivating keeps every record they appear in."""

from __future__ import annotations

import builtins
import dataclasses

from dutyroom.errors import ValidationError
from dutyroom.events import Events
from dutyroom.messages import t
from dutyroom.models import Leave, Person, Role
from dutyroom.ports import Store
from dutyroom.text import has_control

MAX_NAME = 20
MAX_PHONE = 30
MAX_TITLE = 20


def clean_person(person: Person) -> Person:
    """Trim fields and check what a person record needs; raises ValidationError in Chinese."""
    name = "".join(person.name.split())
    if not name:
        raise ValidationError("name", t("姓名不能为空"))
    if len(name) > MAX_NAME:
        raise ValidationError("name", t("姓名过长（最多{n}个字）", n=MAX_NAME))
    for field, label in (("name", t("姓名")), ("unit", t("单位")), ("title", t("职务"))):
        if has_control(getattr(person, field).strip()):
            raise ValidationError(field, t("{label}含有不可见的控制字符", label=label))
    title = " ".join(person.title.split())
    if len(title) > MAX_TITLE:
        raise ValidationError("title", t("职务过长（最多{n}个字）", n=MAX_TITLE))
    if not person.roles:
        raise ValidationError("roles", t("请为{name}至少选择一个角色", name=name))
    roles = tuple(dict.fromkeys(Role(r) for r in person.roles))
    phones = {}
    for field in ("mobile", "office_phone"):
        value = getattr(person, field).strip()
        if len(value) > MAX_PHONE or has_control(value):
            raise ValidationError(field, t("电话号码格式不正确：{value}", value=value[:MAX_PHONE]))
        phones[field] = value
    return dataclasses.replace(
        person, name=name, roles=roles, unit=person.unit.strip(), title=title, **phones
    )


class PeopleService:
    def __init__(self, store: Store, events: Events) -> None:
        self._store = store
        self._events = events

    def add(self, person: Person) -> Person:
        """Store a new person; ConflictError("已有同名人员：…") when the name is taken."""
        stored = self._store.people.add(clean_person(dataclasses.replace(person, id=None)))
        self._events.emit("people")
        return stored

    def update(self, person: Person) -> Person:
        stored = self._store.people.update(clean_person(person))
        self._events.emit("people")
        return stored

    def deactivate(self, person_id: int) -> Person:
        """Take a person off future rosters; nothing they appear in is deleted."""
        person = self._store.people.get(person_id)
        return self.update(dataclasses.replace(person, active=False))

    def reactivate(self, person_id: int) -> Person:
        person = self._store.people.get(person_id)
        return self.update(dataclasses.replace(person, active=True))

    def by_name(self, name: str) -> Person | None:
        return self._store.people.by_name("".join(name.split()))

    def list(self, *, active_only: bool = False) -> builtins.list[Person]:
        return self._store.people.list(active_only=active_only)

    def get(self, person_id: int) -> Person:
        return self._store.people.get(person_id)

    def add_leave(self, leave: Leave) -> Leave:
        if leave.end < leave.start:
            raise ValidationError("end", t("请假结束日期不能早于开始日期"))
        self._store.people.get(leave.person_id)
        stored = self._store.people.add_leave(leave)
        self._events.emit("people")
        return stored

    def leaves(self, person_id: int | None = None) -> builtins.list[Leave]:
        return self._store.people.leaves(person_id)

    def delete_leave(self, leave_id: int) -> None:
        self._store.people.delete_leave(leave_id)
        self._events.emit("people")
