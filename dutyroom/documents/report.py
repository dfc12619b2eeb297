"""Written reports (书面报告): the draft from an incident, its element check, and its HTML.

The title follows DOMAIN.md §5: "关于<地点><事件>的报告", "…的续报一/二…", "…的终报".
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from dutyroom.incident_fields import INCIDENT_FIELDS, FieldKind
from dutyroom.messages import t
from dutyroom.models import Casualties, Incident, Obligation, ObligationKind, ObligationState
from dutyroom.obligations import sequence_label


class ReportKind(enum.StrEnum):
    FIRST = "首报"
    FOLLOWUP = "续报"
    FINAL = "终报"


SECTIONS = (
    "事发时间、地点",
    "事发单位",
    "简要经过",
    "伤亡和初步损失",
    "已采取措施",
    "下一步工作和请求事项",
    "联系人及电话",
)
# Sections a report may not go without (事发单位 is absent for many natural disasters).
REQUIRED = ("简要经过", "伤亡和初步损失", "已采取措施", "联系人及电话")
_NUMBERS = "一二三四五六七八九十"


@dataclass(frozen=True, slots=True)
class ReportDraft:
    title: str
    kind: ReportKind
    sequence: int
    bureau: str  # 报告单位
    signer: str  # 签发人
    at: datetime  # 报告时间, in the bureau's zone
    incident_id: int | None
    occurred_at: datetime | None
    place: str
    sections: tuple[tuple[str, str], ...]  # (heading, text) in SECTIONS order
    # The 公文 header elements (GB/T 9704-2012), from the bureau's paper settings; empty: left off.
    report_to: str = ""  # 主送机关
    doc_number: str = ""  # 发文字号, whole ("示应急值〔2026〕3号")
    urgency: str = ""  # 紧急程度: 特急 / 加急
    show_signer: bool = True
    lead: str = ""  # the opening paragraph before the numbered sections
    warnings: tuple[str, ...] = ()  # why this kind of report makes no sense yet, in Chinese

    def section(self, heading: str) -> str:
        return next((text for h, text in self.sections if h == heading), "")


def report_title(incident: Incident, kind: ReportKind, sequence: int = 1) -> str:
    event = incident.title.strip() or incident.subtype or incident.category or "突发事件"
    where = incident.township or incident.place
    subject = event if not where or where in event else f"{where}{event}"
    if kind is ReportKind.FOLLOWUP:
        return f"关于{subject}的续报{sequence_label(sequence)}"
    if kind is ReportKind.FINAL:
        return f"关于{subject}的终报"
    return f"关于{subject}的报告"


def casualty_text(c: Casualties, forest_area_ha: float = 0.0) -> str:
    """The 伤亡和初步损失 sentence; a 受害森林面积 only when one was entered."""
    parts = [
        f"{field.report_word}{n}人"
        for field in INCIDENT_FIELDS
        if field.kind is FieldKind.COUNT and (n := getattr(c, field.key))
    ]
    people = "造成" + "、".join(parts) if parts else "暂无人员伤亡报告"
    area = f"，受害森林面积约{forest_area_ha:g}公顷" if forest_area_ha else ""
    loss = f"，初步估计直接经济损失约{c.direct_loss_wan:g}万元" if c.direct_loss_wan else ""
    return f"截至目前，{people}{area}{loss}。"


def _when(at: datetime | None, tz: tzinfo) -> str:
    if at is None:
        return ""
    local = at.astimezone(tz)
    return f"{local.year}年{local.month}月{local.day}日{local.hour}时{local.minute:02d}分"


def _progress(incident: Incident, kind: ReportKind, sequence: int) -> str:
    summary = incident.summary.strip()
    if kind is ReportKind.FOLLOWUP and summary:
        return f"（第{sequence}次续报，仅报新进展）{summary}"
    if kind is ReportKind.FINAL:
        closing = incident.closing_note.strip()
        return "；".join(p for p in (summary, f"处置结果：{closing}" if closing else "") if p)
    return summary


def _sections(
    incident: Incident, kind: ReportKind, sequence: int, tz: tzinfo, contact: str
) -> tuple[tuple[str, str], ...]:
    where = "，".join(p for p in (incident.township, incident.place) if p)
    when = _when(incident.occurred_at, tz)
    requests = f"请求事项：{incident.requests}" if incident.requests else ""
    next_steps = "；".join(p for p in (incident.trend, requests) if p)
    magnitude = f"震级{incident.magnitude:g}级" if incident.magnitude else ""
    texts = (
        "，".join(p for p in (f"{when}许" if when else "", where, magnitude) if p),
        incident.unit,
        _progress(incident, kind, sequence),
        casualty_text(incident.casualties, incident.forest_area_ha),
        incident.measures,
        next_steps,
        contact or incident.site_contact,
    )
    return tuple(zip(SECTIONS, (t.strip() for t in texts), strict=True))


def next_sequence(obligations: Sequence[Obligation]) -> int:
    """The number of the next 续报: one more than the 续报 already sent."""
    sent = [
        ob
        for ob in obligations
        if ob.kind is ObligationKind.FOLLOWUP and ob.status is ObligationState.DONE
    ]
    return len(sent) + 1


def written_report(
    incident: Incident,
    obligations: Sequence[Obligation],
    kind: ReportKind,
    sequence: int | None,
    bureau: str,
    signer: str,
    *,
    at: datetime,
    tz: tzinfo,
    contact: str = "",
) -> ReportDraft:
    """The draft of a 首报, 续报 (numbered; None: the next one) or 终报 from the incident."""
    kind = ReportKind(kind)
    number = sequence if sequence is not None else next_sequence(obligations)
    return ReportDraft(
        title=report_title(incident, kind, number),
        kind=kind,
        sequence=number,
        bureau=bureau.strip(),
        signer=signer.strip(),
        at=at.astimezone(tz),
        incident_id=incident.id,
        occurred_at=incident.occurred_at.astimezone(tz) if incident.occurred_at else None,
        place=(incident.place or incident.township).strip(),
        sections=_sections(incident, kind, number, tz, contact),
    )


def check_elements(draft: ReportDraft) -> list[str]:
    """Names of the required elements the draft lacks; empty means it may count as evidence."""
    missing: list[str] = []
    if not draft.bureau:
        missing.append(t("报告单位"))
    if not draft.signer:
        missing.append(t("签发人"))
    if draft.occurred_at is None:
        missing.append(t("事发时间"))
    if not draft.place:
        missing.append(t("事发地点"))
    names: dict[str, str] = {
        "简要经过": t("简要经过"),
        "伤亡和初步损失": t("伤亡情况"),
        "已采取措施": t("已采取措施"),
        "联系人及电话": t("联系人及电话"),
    }
    missing += [names.get(h, h) for h in REQUIRED if not draft.section(h).strip()]
    return missing
