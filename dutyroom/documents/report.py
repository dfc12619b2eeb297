"""Written reports (书面报告): the draft from an incident, its element check, and its HTML.

The title follows DOMAIN.md §5: "关于<地点><事件>的报告", "…的续报一/二…", "…的终报". The text is
written as a 上行文 报告 is (GB/T 9704): a lead paragraph saying when and from whom the duty room
heard of it, then numbered sections, each only when the record has something to say; an element
the record lacks is named by the element check and left out, never filled with a placeholder.
A 续报 says only what changed since the last report sent, a 终报 sums up.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from dutyroom.incident_fields import FIELDS_BY_KEY, INCIDENT_FIELDS, FieldKind
from dutyroom.messages import Text, t
from dutyroom.models import (
    Casualties,
    Incident,
    IncidentStatus,
    LogEntry,
    LogKind,
    Obligation,
    ObligationKind,
    ObligationState,
)
from dutyroom.obligations import sequence_label
from dutyroom.paper_settings import PaperSettings
from dutyroom.report_basis import ReportBasis, SentReport


class ReportKind(enum.StrEnum):
    FIRST = "首报"
    FOLLOWUP = "续报"
    FINAL = "终报"


# Section headings in the order they print; each kind uses some of them, and a section with
# nothing to say is left out (the numbering follows what is printed).
BASIC = "基本情况"  # 事发时间、地点、单位、类别
COURSE = "简要经过"
PROGRESS = "最新进展"  # 续报: what was learnt since the last report
CASUALTIES = "人员伤亡和财产损失"
LEADERS = "领导到位情况"
MEASURES = "已采取措施"
HANDLING = "处置情况"  # 终报: leaders and measures, summed up
TREND = "发展趋势"
REQUESTS = "请求事项"
AFTERMATH = "处置结果和善后工作"  # 终报: the closing note
CONTACT = "联系人"
SECTIONS = (
    BASIC,
    COURSE,
    PROGRESS,
    CASUALTIES,
    LEADERS,
    MEASURES,
    HANDLING,
    TREND,
    REQUESTS,
    AFTERMATH,
    CONTACT,
)
# The officer wrote that nobody was hurt (the form's counts alone cannot say it: 0 is also the
# default of a field never touched).
_NO_CASUALTIES = re.compile(r"(无|没有|未造成|未发生)(任何)?人员(伤亡|死亡|受伤)|无人(员)?伤亡")
# Everyone who can be hurt, as the report counts them; 重伤 is a part of 受伤, 疏散转移 not harm.
_HARM = ("deaths", "missing", "injured")
_AFFECTED = ("trapped", "endangered")
_SENTENCE_END = "。！？…"
_TRAILING = "；;，,、：: \t"


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
    # (heading, text) in SECTIONS order, only those with text; a text may hold several
    # paragraphs, "\n"-separated
    sections: tuple[tuple[str, str], ...]
    # The 公文 header elements (GB/T 9704-2012), from the bureau's paper settings; empty: left off.
    report_to: str = ""  # 主送机关
    doc_number: str = ""  # 发文字号, whole ("示应急值〔2026〕3号")
    urgency: str = ""  # 紧急程度: 特急 / 加急
    show_signer: bool = True
    lead: str = ""  # the opening paragraph before the numbered sections
    warnings: tuple[str, ...] = ()  # why this kind of report makes no sense yet, in Chinese
    missing: tuple[str, ...] = ()  # the elements the record lacks (check_elements), in Chinese

    def section(self, heading: str) -> str:
        return next((text for h, text in self.sections if h == heading), "")


def report_title(incident: Incident, kind: ReportKind, sequence: int = 1) -> str:
    subject = _subject(incident)
    if kind is ReportKind.FOLLOWUP:
        return f"关于{subject}的续报{sequence_label(sequence)}"
    if kind is ReportKind.FINAL:
        return f"关于{subject}的终报"
    return f"关于{subject}的报告"


def casualty_text(c: Casualties, forest_area_ha: float = 0.0) -> str:
    """The brief casualty line of the daily log's incident table (the written report words its
    own with casualty_sentence, which knows whether anything was entered)."""
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


def _clock(at: datetime, tz: tzinfo, day_of: datetime) -> str:
    """A time of the report's day as "3时05分"; another day's with its date."""
    local, ref = at.astimezone(tz), day_of.astimezone(tz)
    day = "" if local.date() == ref.date() else f"{local.month}月{local.day}日"
    if local.year != ref.year:
        day = f"{local.year}年{day}"
    return f"{day}{local.hour}时{local.minute:02d}分"


def _sentence(text: str) -> str:
    """One sentence ending in "。": a trailing "；" or "，" an officer typed is replaced, not
    doubled ("。；")."""
    body = text.strip().rstrip(_TRAILING)
    if not body:
        return ""
    if body[-1] in _SENTENCE_END or (body[-1] in "）)”’」" and body[-2:-1] in _SENTENCE_END):
        return body
    return body + "。"


def _paragraphs(*texts: str) -> str:
    """Every line of every text a sentence of its own paragraph ("\\n"-separated)."""
    lines = (_sentence(line) for text in texts for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _added(old: str, new: str) -> str:
    """What a text field says that it did not say before: the appended part when the officer
    added to it (the usual way 措施 grow), the whole text when it was rewritten, "" if unchanged."""
    before, after = old.strip(), new.strip()
    if after == before:
        return ""
    if before and after.startswith(before):
        return after[len(before) :].lstrip(_TRAILING + "。\n")
    return after


def _where(incident: Incident) -> str:
    """The township and the place, the township once even when the place already names it."""
    township, place = incident.township.strip(), incident.place.strip()
    if township and township in place:
        return place
    return f"{township}{place}"


def _event_noun(incident: Incident) -> str:
    """What happened, as 基本情况 names it: 危险化学品事故, 森林草原火灾, 生产安全事故."""
    subtype, category = incident.subtype.strip(), incident.category.strip()
    if not subtype:
        return category or "突发事件"
    if "事故" in category and not subtype.endswith(("事故", "火灾", "爆炸", "灾害")):
        return f"{subtype}事故"
    return subtype


def _subject(incident: Incident) -> str:
    """The incident as the title names it: "河口镇某化工有限公司爆炸事故"."""
    event = incident.title.strip() or incident.subtype or incident.category or "突发事件"
    where = incident.township or incident.place
    return event if not where or where in event else f"{where}{event}"


def _we(bureau: str) -> str:
    return "我局" if bureau.strip().endswith("局") else "我单位"


def casualties_entered(incident: Incident, basis: ReportBasis) -> bool:
    """Whether the record says anything about casualties: a count not zero, a count stored
    non-zero or changed at some time (basis.counts_recorded), or the officer's own words that
    nobody was hurt. All zeros left untouched since intake are the form's default: not entered."""
    c = incident.casualties
    if any(getattr(c, key) for key in (*_HARM, *_AFFECTED, "serious_injuries", "evacuated")):
        return True
    said = " ".join((incident.summary, incident.closing_note))
    return basis.counts_recorded or bool(_NO_CASUALTIES.search(said))


def casualty_sentence(
    c: Casualties, forest_area_ha: float = 0.0, *, entered: bool, final: bool = False
) -> str:
    """The 人员伤亡和财产损失 paragraph: only the figures entered; "人员伤亡情况正在核实" when
    none were; a 终报 gives the totals ("共造成…")."""
    harm = []
    for key in _HARM:
        if n := getattr(c, key):
            harm.append(f"{n}人{FIELDS_BY_KEY[key].report_word}")
            if key == "injured" and c.serious_injuries:
                harm[-1] += f"（其中重伤{c.serious_injuries}人）"
    if c.serious_injuries and not c.injured:
        harm.append(f"{c.serious_injuries}人重伤")
    parts = [("共造成" if final else "已造成") + "、".join(harm)] if harm else []
    parts += [f"{n}人{FIELDS_BY_KEY[k].report_word}" for k in _AFFECTED if (n := getattr(c, k))]
    if c.evacuated:
        parts.append(f"疏散转移{c.evacuated}人")
    sentences = []
    if parts:
        sentences.append(("" if final else "截至目前，") + "，".join(parts))
    elif entered:
        sentences.append("事件未造成人员伤亡" if final else "截至目前，未造成人员伤亡")
    else:
        sentences.append("人员伤亡情况正在核实")
    if forest_area_ha:
        sentences.append(f"受害森林面积约{forest_area_ha:g}公顷")
    if c.direct_loss_wan:
        estimate = "直接经济损失约" if final else "初步估计直接经济损失约"
        sentences.append(f"{estimate}{c.direct_loss_wan:g}万元")
    return _sentence("，".join(sentences))


def _counts_changed(incident: Incident, before: Mapping[str, object]) -> list[str]:
    """ "死亡增加1人" for every count that differs from the last report's."""
    changes = []
    for key in (*_HARM, "serious_injuries", *_AFFECTED, "evacuated"):
        now, then = getattr(incident.casualties, key), int(str(before.get(key) or 0))
        if now != then:
            change = "增加" if now > then else "减少"
            changes.append(f"{FIELDS_BY_KEY[key].label}{change}{abs(now - then)}人")
    return changes


def _figure(before: Mapping[str, object], key: str) -> float:
    return float(str(before.get(key) or 0))


def _casualties_since(incident: Incident, before: Mapping[str, object], entered: bool) -> str:
    changes = _counts_changed(incident, before)
    figures = incident.casualties.direct_loss_wan != _figure(
        before, "direct_loss_wan"
    ) or incident.forest_area_ha != _figure(before, "forest_area_ha")
    if not changes and not figures:
        return ""
    text = casualty_sentence(incident.casualties, incident.forest_area_ha, entered=entered)
    if changes:
        text = f"{text}较上次报告，{'、'.join(changes)}。"
    return text


def _leaders(text: str) -> str:
    body = text.strip().rstrip(_TRAILING + "。")
    if not body:
        return ""
    if any(word in body for word in ("现场", "赶赴", "到达", "抵达")):
        return _sentence(body)
    return _sentence(f"{body}已赶赴现场指挥处置")


def _note(entry: LogEntry, tz: tzinfo, day_of: datetime) -> str:
    when = _clock(entry.at, tz, day_of)
    if entry.kind is LogKind.INSTRUCTION:
        who = entry.person.strip() or entry.unit.strip()
        return _sentence(
            f"{when}，{who}批示：{entry.content.strip()}"
            if who
            else f"{when}，领导批示：{entry.content.strip()}"
        )
    return _sentence(f"{when}，{entry.content.strip()}")


def _basic(incident: Incident, tz: tzinfo) -> str:
    when = _when(incident.occurred_at, tz)
    where, unit = _where(incident), incident.unit.strip()
    if not (when or where or unit):
        return ""  # "发生突发事件。" alone says nothing
    if unit and unit not in where:
        where = f"位于{where}的{unit}" if where else unit
    noun = _event_noun(incident)
    if incident.magnitude:
        noun = f"{noun}（震级{incident.magnitude:g}级）"
    happened = f"{where}发生{noun}" if where else f"发生{noun}"
    return _sentence(f"{when}许，{happened}" if when else happened)


def _source(incident: Incident) -> str:
    unit, person = incident.reporter_unit.strip(), incident.reporter.strip()
    return f"{unit}{person}" if person not in unit else unit or incident.source.strip()


def _contact(officer: str, phone: str, site: str) -> str:
    lines = []
    if officer or phone:
        parts = [f"联系人：{officer}" if officer else "", f"联系电话：{phone}" if phone else ""]
        lines.append(_sentence("，".join(p for p in parts if p)))
    if site.strip():
        lines.append(_sentence(f"现场联系人：{site.strip()}"))
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class _Written:
    lead: str
    sections: tuple[tuple[str, str], ...]
    missing: tuple[str, ...]
    warnings: tuple[str, ...]


def _previous_title(incident: Incident, report: SentReport) -> str:
    if report.kind is ObligationKind.FOLLOWUP:
        return f"《{report_title(incident, ReportKind.FOLLOWUP, report.sequence)}》"
    if report.kind is ObligationKind.WRITTEN:
        return f"《{report_title(incident, ReportKind.FIRST)}》"
    return "书面报告"


def _first(incident: Incident, we: str, tz: tzinfo) -> tuple[str, list[Text]]:
    missing = []
    source = _source(incident)
    if not source:
        missing.append(t("信息来源"))
    channel = incident.channel.strip()
    by = f"{source}{channel}报告" if source else f"{channel}报告"
    subject = _subject(incident).removesuffix("情况")
    lead = (
        f"{_when(incident.received_at, tz)}，{we}值班室接到{by}{subject}情况。"
        "现将有关情况报告如下："
    )
    return lead, missing


def _draft_text(
    incident: Incident,
    kind: ReportKind,
    basis: ReportBasis,
    *,
    at: datetime,
    tz: tzinfo,
    bureau: str,
    contact: str,
) -> _Written:
    we = _we(bureau)
    entered = casualties_entered(incident, basis)
    missing: list[Text] = []
    warnings: list[Text] = []
    last = basis.last
    summed_up = kind is ReportKind.FINAL
    whole = kind is not ReportKind.FOLLOWUP or last is None
    casualties = casualty_sentence(
        incident.casualties, incident.forest_area_ha, entered=entered, final=summed_up
    )
    sections: list[tuple[str, str]] = []
    plain_first = kind is ReportKind.FIRST or (kind is ReportKind.FOLLOWUP and last is None)
    if plain_first:
        lead, lacking = _first(incident, we, tz)
        missing += lacking
    if whole:
        if incident.occurred_at is None:
            missing.append(t("事发时间"))
        if not _where(incident):
            missing.append(t("事发地点"))
        if not (incident.category or incident.subtype):
            missing.append(t("事件类别"))
        if not incident.summary.strip():
            missing.append(t("简要经过"))
        if not entered:
            missing.append(t("伤亡情况"))
        if not incident.measures.strip():
            missing.append(t("已采取措施"))
        sections += [
            (BASIC, _basic(incident, tz)),
            (COURSE, _paragraphs(incident.summary)),
            (CASUALTIES, casualties),
        ]
    if plain_first:
        sections += [
            (LEADERS, _leaders(incident.leaders_on_site)),
            (MEASURES, _paragraphs(incident.measures)),
            (TREND, _paragraphs(incident.trend)),
            (REQUESTS, _paragraphs(incident.requests)),
        ]
        if kind is ReportKind.FOLLOWUP:
            warnings.append(t("尚未报送书面首报：续报应在首报之后，本稿按首报内容起草"))
            lead = lead.replace("现将有关情况报告如下：", "现将有关情况续报如下：")
        elif last is not None:
            warnings.append(
                t("书面报告已于{at}报送过：再次报送请选择续报或终报", at=_when(last.at, tz))
            )
    elif kind is ReportKind.FOLLOWUP:
        assert last is not None
        before = last.fields
        notes = [
            _note(e, tz, at) for e in basis.notes if last.at < e.at <= at and e.content.strip()
        ]
        progress = _paragraphs(_added(str(before.get("summary") or ""), incident.summary), *notes)
        sections += [
            (PROGRESS, progress),
            (CASUALTIES, _casualties_since(incident, before, entered)),
            (
                LEADERS,
                _leaders(
                    _added(str(before.get("leaders_on_site") or ""), incident.leaders_on_site)
                ),
            ),
            (MEASURES, _paragraphs(_added(str(before.get("measures") or ""), incident.measures))),
            (TREND, _paragraphs(_added(str(before.get("trend") or ""), incident.trend))),
            (REQUESTS, _paragraphs(_added(str(before.get("requests") or ""), incident.requests))),
        ]
        if not any(text for _, text in sections):
            warnings.append(
                t(
                    "自上次报告（{at}）以来没有新的情况：续报没有可报的新内容",
                    at=_when(last.at, tz),
                )
            )
        lead = (
            f"{_when(last.at, tz)}，{we}报送{_previous_title(incident, last)}。"
            "现将有关进展情况续报如下："
        )
    else:
        if incident.status is not IncidentStatus.CLOSED:
            warnings.append(t("事件尚未终结：终报应在处置结束、事件终结后报送"))
        if not incident.closing_note.strip():
            missing.append(t("处置结果和善后"))
        handling = _paragraphs(_leaders(incident.leaders_on_site), incident.measures)
        sections += [(HANDLING, handling), (AFTERMATH, _paragraphs(incident.closing_note))]
        ended = (
            f"{_when(incident.closed_at, tz)}，{_subject(incident)}处置工作结束。"
            if incident.status is IncidentStatus.CLOSED and incident.closed_at
            else ""
        )
        about = "有关情况" if ended else f"{_subject(incident)}有关情况"
        lead = f"{ended}现将{about}终报如下："
    if incident.status is IncidentStatus.VOIDED:
        warnings.append(t("事件已作废（误报或重复接报）：不应再报送书面报告"))
    sections.append((CONTACT, contact))
    return _Written(
        lead=lead,
        sections=tuple((h, text) for h, text in sections if text.strip()),
        missing=tuple(missing),
        warnings=tuple(warnings),
    )


def next_sequence(obligations: Sequence[Obligation]) -> int:
    """The number of the next 续报: one more than the 续报 already sent."""
    sent = [
        ob
        for ob in obligations
        if ob.kind is ObligationKind.FOLLOWUP and ob.status is ObligationState.DONE
    ]
    return len(sent) + 1


def report_to_of(obligations: Sequence[Obligation]) -> str:
    """主送机关 by default: the first unit the incident's written reporting rule names."""
    live = [ob for ob in obligations if ob.status is not ObligationState.CANCELLED]
    for kind in (ObligationKind.WRITTEN, ObligationKind.FOLLOWUP, ObligationKind.FINAL):
        for ob in sorted((ob for ob in live if ob.kind is kind), key=lambda ob: ob.due_at):
            if ob.recipients:
                return ob.recipients[0].unit
    return ""


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
    officer: str = "",
    paper: PaperSettings | None = None,
    basis: ReportBasis | None = None,
    serial: int | None = None,
) -> ReportDraft:
    """The draft of a 首报, 续报 (numbered; None: the next one) or 终报 from the incident.

    `basis`: the reports already sent and the log notes (LedgerService.report_basis); `officer`
    and the paper settings' 值班电话 make the contact line unless `contact` is given; `serial`
    is the N of the 发文字号 ("{prefix}N号"), used only when the bureau set a prefix."""
    kind = ReportKind(kind)
    paper = paper or PaperSettings()
    basis = basis or ReportBasis()
    number = sequence if sequence is not None else next_sequence(obligations)
    contact_text = (
        _paragraphs(contact)
        if contact.strip()
        else _contact(officer.strip(), paper.duty_phone, incident.site_contact)
    )
    written = _draft_text(incident, kind, basis, at=at, tz=tz, bureau=bureau, contact=contact_text)
    report_to = paper.report_to.strip() or report_to_of(obligations)
    missing: list[str] = []
    if not bureau.strip():
        missing.append(t("报告单位"))
    if paper.show_signer and not signer.strip():
        missing.append(t("签发人"))
    if not report_to:
        missing.append(t("主送机关"))
    missing += written.missing
    if not contact.strip():
        if not officer.strip():
            missing.append(t("联系人"))
        if not paper.duty_phone.strip():
            missing.append(t("值班电话"))
    doc_number = f"{paper.doc_number}{serial}号" if paper.doc_number and serial else ""
    return ReportDraft(
        title=report_title(incident, kind, number),
        kind=kind,
        sequence=number,
        bureau=bureau.strip(),
        signer=signer.strip(),
        at=at.astimezone(tz),
        incident_id=incident.id,
        occurred_at=incident.occurred_at.astimezone(tz) if incident.occurred_at else None,
        place=_where(incident),
        sections=written.sections,
        report_to=report_to,
        doc_number=doc_number,
        urgency=paper.urgency,
        show_signer=paper.show_signer,
        lead=written.lead,
        warnings=written.warnings,
        missing=tuple(missing),
    )


def check_elements(draft: ReportDraft) -> list[str]:
    """Names of the elements the draft lacks (left out of its text); empty means it may count
    as evidence."""
    return list(draft.missing)
