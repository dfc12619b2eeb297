"""The reference shelf (通讯录与资料): contacts, plans and documents, the reporting checklist and
the table of which department reports which kind of event (DOMAIN.md §8)."""

from __future__ import annotations

import dataclasses
import re
import shutil
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from dutyroom.contact_search import ContactIndex, digits
from dutyroom.errors import DutyRoomError, NotFoundError, ValidationError
from dutyroom.events import Events
from dutyroom.messages import t
from dutyroom.models import Contact, ContactKind
from dutyroom.ports import Store
from dutyroom.reference import (
    DEFAULT_PROCEDURE,
    DEFAULT_REPORTING_DUTIES,
    DOCUMENT_CATEGORIES,
    ProcedureStep,
    ReferenceDocument,
    ReportingDuty,
)
from dutyroom.text import has_control

_PHONE_CHARS = re.compile(r"^[\d\s\-+()（）转#,，/]*$")
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
MAX_PHONE_DIGITS = 24


def clean_contact(contact: Contact) -> Contact:
    """Trimmed fields; ValidationError when the name is empty or a number is not a number."""
    fields = ("name", "unit", "title", "phone", "mobile", "township", "note")
    contact = dataclasses.replace(contact, **{f: getattr(contact, f).strip() for f in fields})
    if not contact.name:
        raise ValidationError("name", t("请填写联系人名称"))
    for field in fields:
        if has_control(getattr(contact, field)):
            raise ValidationError(field, t("含有不可见的控制字符，请删除后重试"))
    if not isinstance(contact.kind, ContactKind):
        raise ValidationError("kind", t("请选择联系人类别"))
    for field, label in (("phone", t("电话")), ("mobile", t("手机"))):
        value = getattr(contact, field)
        if not _PHONE_CHARS.match(value) or len(digits(value)) > MAX_PHONE_DIGITS:
            raise ValidationError(
                field,
                t("{label}号码只能包含数字、空格、横线和“转”：{value}", label=label, value=value),
            )
    if not (contact.phone or contact.mobile):
        raise ValidationError("phone", t("请至少填写一个电话或手机号码"))
    return contact


def _clean_text(value: str, field: str, message: str) -> str:
    value = value.strip()
    if not value:
        raise ValidationError(field, message)
    return value


class DirectoryService:
    """Contacts with a search index rebuilt once per change; documents under `documents_dir`."""

    def __init__(
        self, store: Store, events: Events, now: Callable[[], datetime], documents_dir: Path | None
    ) -> None:
        self._store = store
        self._events = events
        self._now = now
        self.documents_dir = documents_dir
        self._index: ContactIndex | None = None

    # ------------------------------------------------------------------ contacts

    def contacts(self) -> list[Contact]:
        return self._store.contacts.list()

    def township_units(self) -> list[str]:
        """The units of the 乡镇/街道 contacts, each once, in the directory's order: the
        接报 form offers them as 乡镇."""
        units = (c.unit for c in self.contacts() if c.kind is ContactKind.TOWNSHIP and c.unit)
        return list(dict.fromkeys(units))

    def index(self) -> ContactIndex:
        """The search index; built on first use and after each change, never per keystroke."""
        if self._index is None:
            self._index = ContactIndex.build(self.contacts())
        return self._index

    def search(self, query: str, *, kind: ContactKind | None = None) -> list[Contact]:
        return self.index().search(query, kind=kind)

    def add_contact(self, contact: Contact) -> Contact:
        saved = self._store.contacts.add(clean_contact(dataclasses.replace(contact, id=None)))
        self._changed()
        return saved

    def update_contact(self, contact: Contact) -> Contact:
        saved = self._store.contacts.update(clean_contact(contact))
        self._changed()
        return saved

    def save_contacts(self, added: Sequence[Contact], updated: Sequence[Contact]) -> None:
        """An import: every row stored in one transaction, or none; one change event after."""
        with self._store.atomic():
            for contact in added:
                self._store.contacts.add(clean_contact(dataclasses.replace(contact, id=None)))
            for contact in updated:
                self._store.contacts.update(clean_contact(contact))
        self._changed()

    def delete_contact(self, contact_id: int) -> None:
        self._store.contacts.delete(contact_id)
        self._changed()

    def _changed(self) -> None:
        self._index = None
        self._events.emit("reference")

    # ------------------------------------------------------------------ documents

    def documents(self) -> list[ReferenceDocument]:
        return self._store.reference.documents()

    def _folder(self) -> Path:
        if self.documents_dir is None:
            raise DutyRoomError(t("未设置数据目录，无法保存资料文件"))
        return self.documents_dir

    def add_document(
        self, title: str, category: str, source: Path | None = None, *, note: str = ""
    ) -> ReferenceDocument:
        """Copy `source` into the documents folder (never moved: the original stays) and list it."""
        title = _clean_text(title, "title", t("请填写资料名称"))
        category = category.strip() or DOCUMENT_CATEGORIES[-1]
        relative = self._copy_in(Path(source)) if source is not None else ""
        document = ReferenceDocument(title, category, relative, note.strip(), self._now())
        try:
            saved = self._store.reference.add_document(document)
        except BaseException:
            if relative:
                (self._folder() / relative).unlink(missing_ok=True)
            raise
        self._events.emit("reference")
        return saved

    def _copy_in(self, source: Path) -> str:
        if not source.is_file():
            raise ValidationError("file", t("找不到文件：{source}", source=source))
        folder = self._folder()
        folder.mkdir(parents=True, exist_ok=True)
        stem = _UNSAFE_NAME.sub("_", source.stem) or t("资料")
        target = folder / f"{stem}{source.suffix}"
        number = 2
        while target.exists():  # never overwrite another document's file
            target = folder / f"{stem}（{number}）{source.suffix}"
            number += 1
        try:
            shutil.copy2(source, target)
        except OSError as exc:
            raise DutyRoomError(
                t("无法复制文件到资料目录：{value}", value=exc.strerror or exc)
            ) from exc
        return target.name

    def update_document(self, document: ReferenceDocument) -> ReferenceDocument:
        title = _clean_text(document.title, "title", t("请填写资料名称"))
        saved = self._store.reference.update_document(dataclasses.replace(document, title=title))
        self._events.emit("reference")
        return saved

    def delete_document(self, document_id: int) -> None:
        """Remove the entry and its copied file (the original outside the data folder is kept)."""
        document = self._store.reference.get_document(document_id)
        self._store.reference.delete_document(document_id)
        if document.file and self.documents_dir is not None:
            (self.documents_dir / document.file).unlink(missing_ok=True)
        self._events.emit("reference")

    def document_path(self, document: ReferenceDocument) -> Path:
        """The absolute path for the system viewer; NotFoundError when the file is gone."""
        if not document.file:
            raise NotFoundError(t("“{title}”没有附带文件", title=document.title))
        path = self._folder() / document.file
        if not path.is_file():
            raise NotFoundError(t("资料文件不存在：{path}", path=path))
        return path

    # ------------------------------------------------------------------ checklist and duties

    def procedure(self) -> list[ProcedureStep]:
        """The bureau's checklist, or the default one until it is edited."""
        stored = self._store.reference.procedure()
        if stored:
            return stored
        return [ProcedureStep(stage, text, i) for i, (stage, text) in enumerate(DEFAULT_PROCEDURE)]

    def set_procedure(self, steps: Sequence[ProcedureStep]) -> None:
        cleaned = [
            ProcedureStep(s.stage.strip(), _clean_text(s.text, "text", t("步骤内容不能为空")), i)
            for i, s in enumerate(steps)
        ]
        if not cleaned:
            raise ValidationError("steps", t("报告流程至少需要一个步骤"))
        self._store.reference.replace_procedure(cleaned)
        self._events.emit("reference")

    def reporting_duties(self) -> list[ReportingDuty]:
        stored = self._store.reference.reporting_duties()
        if stored:
            return stored
        return [
            ReportingDuty(kind, dept, position=i)
            for i, (kind, dept) in enumerate(DEFAULT_REPORTING_DUTIES)
        ]

    def set_reporting_duties(self, duties: Sequence[ReportingDuty]) -> None:
        cleaned = []
        for i, d in enumerate(duties):
            kind = _clean_text(
                d.event_kind, "event_kind", t("第{row}行：请填写事件类别", row=i + 1)
            )
            dept = _clean_text(
                d.department, "department", t("第{row}行：请填写报送部门", row=i + 1)
            )
            cleaned.append(ReportingDuty(kind, dept, d.contact.strip(), d.note.strip(), i))
        self._store.reference.replace_reporting_duties(cleaned)
        self._events.emit("reference")
