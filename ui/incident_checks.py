"""Questions the incident form asks before it saves: an implausible number, a falling grade.

Both protect the record from a slip of the finger: 99999999 deaths is not stored as 特别重大
without a question, and lowering deaths from 3 to 2 does not silently cancel the 30-minute
phone report. The facts come from the core (plausibility limits, a preview of the update).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dutyroom.errors import DutyRoomError
from dutyroom.incident_fields import COUNT_FIELDS, FIGURE_FIELDS, FLAG_FIELDS
from dutyroom.models import Incident
from dutyroom.plausibility import implausible_changes
from dutyroom.services import DutyRoom
from ui.feedback import Confirm
from ui.formatting import core_text, enum_text

# What the grade and the reporting duties follow from (dutyroom/grading.py, rules.py).
GRADE_FIELDS = frozenset(
    (*COUNT_FIELDS, *FLAG_FIELDS, *FIGURE_FIELDS, "direct_loss_wan", "category", "subtype")
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentChecks", text)


def confirm_changes(
    parent: QWidget,
    room: DutyRoom,
    incident: Incident | None,
    fields: Mapping[str, Any],
    confirm: Confirm,
) -> list[str]:
    """The names of the fields the officer declined to change (to be put back)."""
    if incident is None or incident.id is None:
        return []
    declined: list[str] = []
    for item in implausible_changes(incident.casualties, fields):
        question = _tr("{message}\n\n确定按这个数字保存吗？").format(
            message=core_text(item.message)
        )
        if not confirm(parent, question):
            declined.append(item.field)
    rest = {name: value for name, value in fields.items() if name not in declined}
    if not GRADE_FIELDS & rest.keys():
        return declined
    try:
        preview = room.incidents.preview_update(incident.id, rest)
    except DutyRoomError:
        return declined  # the save itself shows the error next to its field
    withdrawn = preview.withdrawn
    if not withdrawn or not (preview.lowers_grade or not preview.added):
        # Nothing lost, or a rise that swaps 一般·书面 for shorter clocks: no question while
        # the officer is typing the casualties of a worse event.
        return declined
    tz = room.bureau.timezone()
    lines = [
        _tr("· {name}（时限 {due}）：{why}").format(
            name=core_text(preview.rule_names.get(ob.rule_code, ob.rule_code)),
            due=f"{ob.due_at.astimezone(tz):%m-%d %H:%M}",
            why=core_text(why),
        )
        for ob, why in zip(preview.cancelled, preview.cancel_reasons, strict=True)
        if ob in withdrawn
    ]
    question = _tr(
        "这一修改使等级由「{old}」变为「{new}」（{reason}），将取消以下报送时限：\n{lines}\n\n"
        "确定修改吗？选“否”则保留原数字，时限照常计时。"
    ).format(
        old=enum_text(preview.old_grade),
        new=enum_text(preview.new_grade),
        reason=core_text(preview.grade_reason),
        lines="\n".join(lines),
    )
    if confirm(parent, question):
        return declined
    return declined + [name for name in rest if name in GRADE_FIELDS]
