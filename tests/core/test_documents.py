"""Documents: written-report drafts (title formula, sections, element check, .docx), and the
handover sheet and daily log as HTML."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from docx import Document
from docx.oxml.ns import qn

from dutyroom.documents import (
    DailyLog,
    LogRow,
    ReportKind,
    check_elements,
    daily_log_html,
    handover_html,
    report_html,
    written_report,
)
from dutyroom.documents.report import SECTIONS
from dutyroom.documents.report_docx import report_docx
from dutyroom.handover import Annotation, HandoverSheet
from dutyroom.models import Casualties, Incident
from dutyroom.paper_settings import PaperSettings

TZ = ZoneInfo("Asia/Shanghai")
AT = datetime(2026, 11, 23, 14, 0, tzinfo=TZ)
FULL = Incident(
    received_at=AT,
    occurred_at=datetime(2026, 11, 23, 13, 40, tzinfo=TZ),
    title="某仓储公司仓库火灾",
    township="河口镇",
    place="工业园区兴业路8号",
    unit="某仓储有限公司",
    summary="仓库起火，火势已控制。",
    casualties=Casualties(deaths=1, injured=2, direct_loss_wan=120.0),
    measures="消防救援大队出动6车30人。",
    category="生产安全事故",
    subtype="火灾",
    reporter="王强",
    reporter_unit="河口镇政府",
    trend="继续清理火场",
    requests="请求市局派员指导",
    site_contact="李明 13907310000",
    id=7,
)


def draft(incident: Incident, kind: ReportKind = ReportKind.FIRST, seq: int | None = 1) -> object:
    return written_report(incident, [], kind, seq, "示范县应急管理局", "王建国", at=AT, tz=TZ)


@pytest.mark.parametrize(
    ("kind", "seq", "title"),
    [
        (ReportKind.FIRST, 1, "关于河口镇某仓储公司仓库火灾的报告"),
        (ReportKind.FOLLOWUP, 1, "关于河口镇某仓储公司仓库火灾的续报一"),
        (ReportKind.FOLLOWUP, 2, "关于河口镇某仓储公司仓库火灾的续报二"),
        (ReportKind.FINAL, 1, "关于河口镇某仓储公司仓库火灾的终报"),
    ],
)
def test_title_follows_the_formula(kind: ReportKind, seq: int, title: str) -> None:
    report = written_report(FULL, [], kind, seq, "示范县应急管理局", "王建国", at=AT, tz=TZ)
    assert report.title == title and report.sequence == seq


def test_full_incident_has_every_section_and_nothing_missing() -> None:
    report = written_report(
        FULL,
        [],
        ReportKind.FIRST,
        None,
        "示范县应急管理局",
        "王建国",
        at=AT,
        tz=TZ,
        officer="吴倩",
        paper=PaperSettings(duty_phone="0371-12345678", report_to="市应急管理局"),
    )
    assert [h for h, _ in report.sections] == [
        h
        for h in SECTIONS
        if h not in ("最新进展", "领导到位情况", "处置情况", "处置结果和善后工作")
    ]
    assert report.section("基本情况") == (
        "2026年11月23日13时40分许，位于河口镇工业园区兴业路8号的某仓储有限公司发生火灾。"
    )
    assert report.section("人员伤亡和财产损失") == (
        "截至目前，已造成1人死亡、2人受伤，初步估计直接经济损失约120万元。"
    )
    assert report.section("发展趋势") == "继续清理火场。"
    assert report.section("请求事项") == "请求市局派员指导。"
    assert report.section("联系人") == (
        "联系人：吴倩，联系电话：0371-12345678。\n现场联系人：李明 13907310000。"
    )
    assert report.lead == (
        "2026年11月23日14时00分，我局值班室接到河口镇政府王强电话报告"
        "河口镇某仓储公司仓库火灾情况。现将有关情况报告如下："
    )
    assert check_elements(report) == []
    html = report_html(report)
    for text in (
        report.title,
        "签发人：<span class='signer'>王建国</span>",
        "一、基本情况",
        "七、联系人",
    ):
        assert text in html
    # A report goes out under the 签发人's name on the header line, not with signature blanks.
    assert "拟稿人" not in html


def test_element_check_lists_what_is_missing_and_the_text_leaves_it_out() -> None:
    bare = Incident(received_at=AT, title="不明情况")
    report = written_report(bare, [], ReportKind.FIRST, 1, "", "", at=AT, tz=TZ)
    assert check_elements(report) == [
        "报告单位",
        "签发人",
        "主送机关",
        "信息来源",
        "事发时间",
        "事发地点",
        "事件类别",
        "简要经过",
        "伤亡情况",
        "已采取措施",
        "联系人",
        "值班电话",
    ]
    assert report.sections == (("人员伤亡和财产损失", "人员伤亡情况正在核实。"),)
    assert "待补充" not in report_html(report)


def test_docx_opens_with_title_every_section_and_cjk_font(tmp_path: Path) -> None:
    report = written_report(
        FULL, [], ReportKind.FOLLOWUP, 2, "示范县应急管理局", "王建国", at=AT, tz=TZ
    )
    out = report_docx(report, tmp_path / "报告.docx")
    doc = Document(str(out))
    texts = [p.text for p in doc.paragraphs]
    assert report.title in texts
    assert texts[0] == "签发人：王建国"  # no 发文字号 set: the 签发人 alone, on the right
    for index, (heading, text) in enumerate(report.sections):
        assert f"{'一二三四五六七八'[index]}、{heading}" in texts
        assert all(line in texts for line in text.splitlines())
    title = next(p for p in doc.paragraphs if p.text == report.title)
    assert title.alignment == 1  # centred
    fonts = title.runs[0]._element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia"))
    body = next(p for p in doc.paragraphs if p.text == report.section("已采取措施"))
    assert body.runs[0]._element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋_GB2312"


def test_handover_html_has_people_clocks_equipment_and_signatures() -> None:
    sheet = HandoverSheet(
        shift_start=datetime(2026, 11, 23, 8, 30, tzinfo=TZ),
        shift_end=datetime(2026, 11, 24, 8, 30, tzinfo=TZ),
        drafted_at=AT,
        outgoing_leaders=("刘志强",),
        outgoing_officers=("吴倩",),
        incoming_leaders=("陈海燕",),
        incoming_officers=("郑凯",),
        notices="<明日>视频会商",
        annotations=(Annotation(AT, "郑凯", "补记传真号码"),),
    )
    html = handover_html(sheet, "示范县应急管理局", TZ)
    for text in (
        "交接班记录（2026年11月23日）",
        "刘志强",
        "郑凯",
        "值班电话",
        "业务系统",
        "无正在计时的报送时限",
        "接班带班领导（签名）",
        "交班值班员（签名）",
        "补记传真号码",
    ):
        assert text in html
    assert "&lt;明日&gt;视频会商" in html  # typed text is escaped


def test_daily_log_html_lists_entries_in_order_with_header() -> None:
    log = DailyLog(
        day=AT.date(),
        shift_start=datetime(2026, 11, 23, 8, 30, tzinfo=TZ),
        shift_end=datetime(2026, 11, 24, 8, 30, tzinfo=TZ),
        leaders=("刘志强",),
        officers=("吴倩",),
        entries=(LogRow(AT, "来电", "县气象局来电"),),
    )
    html = daily_log_html(log, "示范县应急管理局")
    for text in (
        "示范县应急管理局值班日志（2026年11月23日）",
        "刘志强",
        "吴倩",
        "14:00",
        "县气象局来电",
        "带班领导（签名）",
    ):
        assert text in html
