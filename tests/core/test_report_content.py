"""The written report's text as an office writes it: only what the record holds (伤亡情况正在核实
when no figure was entered), no placeholders or doubled punctuation, the township once; a 续报
with only what changed since the last report sent, a 终报 that sums up, and the warnings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from dutyroom.app.compose import open_room
from dutyroom.clock import FakeClock
from dutyroom.documents.collect import draft_report
from dutyroom.documents.report import (
    ReportDraft,
    ReportKind,
    casualty_sentence,
    check_elements,
    written_report,
)
from dutyroom.models import (
    Casualties,
    Evidence,
    Incident,
    IncidentStatus,
    LogKind,
    ObligationKind,
    ObligationState,
)
from dutyroom.paper_settings import PaperSettings
from dutyroom.report_basis import ReportBasis
from dutyroom.services import DutyRoom

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 23, 9, 10, tzinfo=TZ)
FIRE = Incident(
    received_at=T0,
    occurred_at=T0 - timedelta(minutes=12),
    title="某化工有限公司爆炸事故",
    category="生产安全事故",
    subtype="危险化学品",
    township="河口镇",
    place="河口镇工业园区兴业路8号",
    unit="示范县某化工有限公司",
    reporter="张伟",
    reporter_unit="河口镇人民政府",
    summary="反应釜发生爆炸并引发火灾；",
    measures="县消防救援大队出动8车40人；\n县应急管理局派员赶赴现场。",
    id=1,
)
PAPER = PaperSettings(duty_phone="0371-12345678")


def draft(
    incident: Incident, kind: ReportKind = ReportKind.FIRST, **options: object
) -> ReportDraft:
    values: dict[str, object] = {"officer": "吴倩", "paper": PAPER, **options}
    return written_report(
        incident,
        [],
        kind,
        None,
        "示范县应急管理局",
        "王建国",
        at=T0,
        tz=TZ,
        **values,  # type: ignore[arg-type]
    )


def all_text(d: ReportDraft) -> str:
    return "\n".join((d.lead, *(f"{h}\n{text}" for h, text in d.sections)))


def test_no_figures_entered_says_they_are_being_verified_and_the_check_names_it() -> None:
    report = draft(FIRE)
    assert report.section("人员伤亡和财产损失") == "人员伤亡情况正在核实。"
    assert "伤亡情况" in check_elements(report)
    assert "暂无人员伤亡" not in all_text(report)


def test_the_officer_writing_that_nobody_was_hurt_counts_as_entered() -> None:
    report = draft(FIRE.__class__(**{**_fields(FIRE), "summary": "仓库起火，无人员伤亡。"}))
    assert report.section("人员伤亡和财产损失") == "截至目前，未造成人员伤亡。"
    assert "伤亡情况" not in check_elements(report)


def test_counts_stored_earlier_make_zeros_an_entered_figure() -> None:
    report = draft(FIRE, basis=ReportBasis(counts_recorded=True))
    assert report.section("人员伤亡和财产损失") == "截至目前，未造成人员伤亡。"


def test_only_entered_figures_in_one_sentence() -> None:
    c = Casualties(deaths=3, injured=8, serious_injuries=2, trapped=2, direct_loss_wan=120)
    assert casualty_sentence(c, entered=True) == (
        "截至目前，已造成3人死亡、8人受伤（其中重伤2人），2人被困，初步估计直接经济损失约120万元。"
    )
    assert casualty_sentence(Casualties(direct_loss_wan=5), entered=False) == (
        "人员伤亡情况正在核实，初步估计直接经济损失约5万元。"
    )
    assert casualty_sentence(c, entered=True, final=True).startswith("共造成3人死亡")


def test_no_placeholder_no_empty_section_no_doubled_punctuation() -> None:
    bare = Incident(received_at=T0, title="不明情况", summary="有人报告冒烟，")
    for kind in ReportKind:
        report = draft(bare, kind)
        text = all_text(report)
        assert all(body.strip() for _, body in report.sections)
        assert "待补充" not in text
        for pair in ("。；", "；。", "。。", "，。", "。，"):
            assert pair not in text
    assert draft(FIRE).section("已采取措施") == (
        "县消防救援大队出动8车40人。\n县应急管理局派员赶赴现场。"
    )
    assert draft(FIRE).section("简要经过") == "反应釜发生爆炸并引发火灾。"


def test_the_township_once_and_the_title_natural() -> None:
    report = draft(FIRE)
    assert report.title == "关于河口镇某化工有限公司爆炸事故的报告"
    assert report.section("基本情况") == (
        "2026年11月23日8时58分许，位于河口镇工业园区兴业路8号的示范县某化工有限公司"
        "发生危险化学品事故。"
    )
    assert report.place == "河口镇工业园区兴业路8号"
    elsewhere = draft(Incident(**{**_fields(FIRE), "place": "工业园区兴业路8号", "unit": ""}))
    assert "位于" not in elsewhere.section("基本情况")
    assert "河口镇工业园区兴业路8号发生" in elsewhere.section("基本情况")


def test_the_lead_says_when_and_from_whom_and_leaders_and_contact_follow() -> None:
    report = draft(Incident(**{**_fields(FIRE), "leaders_on_site": "副县长李强"}))
    assert report.lead == (
        "2026年11月23日9时10分，我局值班室接到河口镇人民政府张伟电话报告"
        "河口镇某化工有限公司爆炸事故情况。现将有关情况报告如下："
    )
    assert report.section("领导到位情况") == "副县长李强已赶赴现场指挥处置。"
    assert report.section("联系人") == "联系人：吴倩，联系电话：0371-12345678。"
    unset = draft(FIRE, paper=PaperSettings(), officer="")
    assert {"联系人", "值班电话"} <= set(check_elements(unset))
    assert unset.section("联系人") == ""


def _fields(incident: Incident) -> dict[str, object]:
    return {name: getattr(incident, name) for name in incident.__slots__}  # type: ignore[attr-defined]


# ------------------------------------------------------------------ a room with a history


@pytest.fixture
def room(tmp_path: Path) -> Iterator[tuple[DutyRoom, FakeClock]]:
    clock = FakeClock(T0)
    room = open_room(tmp_path, clock)
    room.bureau.set_name("示范县应急管理局")
    room.bureau.set_paper(PaperSettings(duty_phone="0371-12345678", doc_number="示应急值〔2026〕"))
    yield room, clock
    room.close()


def _receive(room: DutyRoom) -> int:
    fields = {
        k: v.isoformat() if isinstance(v, datetime) else v
        for k, v in _fields(FIRE).items()
        if k
        in (
            "title",
            "category",
            "subtype",
            "township",
            "place",
            "unit",
            "reporter",
            "reporter_unit",
            "summary",
            "measures",
            "occurred_at",
        )
    }
    incident = room.incidents.receive({**fields, "deaths": 3, "injured": 8, "trapped": 2})
    assert incident.id is not None
    return incident.id


def _report(room: DutyRoom, clock: FakeClock, iid: int, kind: ObligationKind) -> None:
    ob = next(
        o
        for o in room.incidents.obligations_of(iid)
        if o.kind is kind and o.status is ObligationState.PENDING
    )
    assert ob.id is not None
    units = "、".join(r.unit for r in ob.recipients) or "市应急管理局"
    room.incidents.report(ob.id, Evidence(ob.id, clock.now(), "传真", units, "", "吴倩"))


def test_followup_carries_only_what_changed_since_the_last_report(room) -> None:  # type: ignore[no-untyped-def]
    room, clock = room
    iid = _receive(room)
    assert "尚未报送书面首报" in draft_report(room, iid, ReportKind.FOLLOWUP).warnings[0]
    first = draft_report(room, iid)
    assert first.report_to == "市应急管理局"  # the written rule's first recipient
    assert first.doc_number == "示应急值〔2026〕1号"
    clock.advance(minutes=90)
    _report(room, clock, iid, ObligationKind.WRITTEN)
    unchanged = draft_report(room, iid, ReportKind.FOLLOWUP)
    assert any("没有新的情况" in w for w in unchanged.warnings)
    assert [h for h, _ in unchanged.sections] == ["联系人"]
    assert unchanged.doc_number == "示应急值〔2026〕2号"
    clock.advance(hours=2)
    room.log.add(
        LogKind.INSTRUCTION,
        "全力搜救被困人员",
        person="县委书记赵明",
        ref_table="incident",
        ref_id=iid,
    )
    clock.advance(hours=1)
    room.incidents.update(
        iid,
        {
            "deaths": 4,
            "trapped": 0,
            "measures": FIRE.measures + "\n市消防救援支队增援6车30人",
        },
    )
    report = draft_report(room, iid, ReportKind.FOLLOWUP)
    assert report.title == "关于河口镇某化工有限公司爆炸事故的续报一"
    assert report.warnings == ()
    assert report.lead == (
        "2026年11月23日10时40分，我局报送《关于河口镇某化工有限公司爆炸事故的报告》。"
        "现将有关进展情况续报如下："
    )
    assert report.section("最新进展") == "12时40分，县委书记赵明批示：全力搜救被困人员。"
    assert report.section("已采取措施") == "市消防救援支队增援6车30人。"
    assert report.section("人员伤亡和财产损失") == (
        "截至目前，已造成4人死亡、8人受伤。较上次报告，死亡增加1人、被困减少2人。"
    )
    assert "简要经过" not in dict(report.sections) and "基本情况" not in dict(report.sections)
    assert "反应釜" not in all_text(report)


def test_final_sums_up_and_warns_while_open(room) -> None:  # type: ignore[no-untyped-def]
    room, clock = room
    iid = _receive(room)
    room.incidents.update(iid, {"trend": "正在搜救被困人员"})
    open_final = draft_report(room, iid, ReportKind.FINAL)
    assert any("尚未终结" in w for w in open_final.warnings)
    assert "处置结果和善后" in check_elements(open_final)
    clock.advance(hours=20)
    closed = room.incidents.close(iid, "现场清理完毕；善后由河口镇负责，事故原因由县政府组织调查")
    assert closed.status is IncidentStatus.CLOSED
    final = draft_report(room, iid, ReportKind.FINAL)
    assert final.title == "关于河口镇某化工有限公司爆炸事故的终报"
    assert final.warnings == ()
    assert (
        final.lead
        == "2026年11月24日5时10分，河口镇某化工有限公司爆炸事故处置工作结束。现将有关情况终报如下："
    )
    assert final.section("人员伤亡和财产损失") == "共造成3人死亡、8人受伤，2人被困。"
    assert final.section("处置结果和善后工作") == (
        "现场清理完毕；善后由河口镇负责，事故原因由县政府组织调查。"
    )
    assert "正在搜救" not in all_text(final)  # the trend of an ended incident is not repeated
    assert [h for h, _ in final.sections] == [
        "基本情况",
        "简要经过",
        "人员伤亡和财产损失",
        "处置情况",
        "处置结果和善后工作",
        "联系人",
    ]


def test_a_second_first_report_is_warned(room) -> None:  # type: ignore[no-untyped-def]
    room, clock = room
    iid = _receive(room)
    _report(room, clock, iid, ObligationKind.WRITTEN)
    assert any("已于" in w and "报送过" in w for w in draft_report(room, iid).warnings)
