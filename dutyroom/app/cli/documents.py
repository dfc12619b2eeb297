"""`dutyroom` subcommands of the documents work: print (PDF), export (Excel), report, handover.

Only the `print` handlers import Qt (ui.printing, QPrinter renders the PDF); everything else here
stays Qt-free, and every heavy import sits inside its handler so `status` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dutyroom.app.cli.common import EXIT_OK, CliError, open_room, record_id
from dutyroom.app.cli.leaders import add_export_stats_parser

if TYPE_CHECKING:
    import argparse
    from datetime import date


def _day(text: str) -> date:
    from datetime import date

    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise CliError(f"无法识别的日期：{text}（应为 YYYY-MM-DD，如 2026-11-23）") from exc


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register this area's subcommands; each parser sets `handler`."""
    printing = sub.add_parser("print", help="打印为 PDF（A4）：交接班记录、值班日志")
    p_actions = printing.add_subparsers(dest="action", metavar="动作")
    p_handover = p_actions.add_parser("handover", help="交接班记录 PDF")
    p_handover.add_argument("--shift", required=True, help="班次开始的日期（YYYY-MM-DD）")
    p_handover.add_argument("--pdf", type=Path, required=True, help="PDF 文件路径")
    p_handover.set_defaults(handler=cmd_print_handover)
    p_log = p_actions.add_parser("daily-log", help="值班日志 PDF")
    p_log.add_argument("--date", required=True, help="值班日期（YYYY-MM-DD）")
    p_log.add_argument("--pdf", type=Path, required=True, help="PDF 文件路径")
    p_log.set_defaults(handler=cmd_print_daily_log)

    export = sub.add_parser("export", help="导出 Excel：值班日志、接报台账、统计")
    e_actions = export.add_subparsers(dest="action", metavar="动作")
    e_log = e_actions.add_parser("daily-log", help="值班日志工作簿")
    e_log.add_argument("--date", required=True, help="值班日期（YYYY-MM-DD）")
    e_log.add_argument("--out", type=Path, required=True, help=".xlsx 文件路径")
    e_log.set_defaults(handler=cmd_export_daily_log)
    e_ledger = e_actions.add_parser("ledger", help="接报台账（按接报日期）")
    e_ledger.add_argument("--from", dest="start", required=True, help="起始日期（含）")
    e_ledger.add_argument("--to", dest="end", required=True, help="结束日期（含）")
    e_ledger.add_argument("--out", type=Path, required=True, help=".xlsx 文件路径")
    e_ledger.set_defaults(handler=cmd_export_ledger)
    add_export_stats_parser(e_actions)

    report = sub.add_parser("report", help="书面报告草稿")
    r_actions = report.add_subparsers(dest="action", metavar="动作")
    draft = r_actions.add_parser("draft", help="由事件生成书面报告草稿（.docx）")
    draft.add_argument("incident_id", type=record_id, help="事件编号")
    draft.add_argument("--kind", choices=("首报", "续报", "终报"), default="首报")
    draft.add_argument("--sequence", type=int, help="续报序号（默认：下一次）")
    draft.add_argument("--signer", default="", help="签发人（默认：当前带班领导）")
    draft.add_argument("--out", type=Path, required=True, help=".docx 文件路径")
    draft.set_defaults(handler=cmd_report_draft)

    handover = sub.add_parser("handover", help="交接班记录")
    h_actions = handover.add_subparsers(dest="action", metavar="动作")
    show = h_actions.add_parser("show", help="查看某班次的交接班记录（未提交时显示草稿）")
    show.add_argument("--shift", required=True, help="班次开始的日期（YYYY-MM-DD）")
    show.add_argument("--json", action="store_true", help="以 JSON 输出")
    show.set_defaults(handler=cmd_handover_show)


def _fresh(out: Path) -> Path:
    if out.exists() and out.is_dir():
        raise CliError(f"输出路径是一个文件夹：{out}")
    return out


def cmd_print_handover(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.documents.collect import handover_sheet
    from dutyroom.documents.handover_doc import handover_html, page_header, state_text
    from ui.printing import html_to_pdf  # Qt renders the PDF (QPrinter)

    room = open_room(data_dir)
    sheet, state, status = handover_sheet(room, _day(args.shift))
    bureau = room.bureau.name()
    html = handover_html(sheet, bureau, room.bureau.timezone(), status, room.record_line())
    pages = html_to_pdf(html, _fresh(args.pdf), header=page_header(bureau, status))
    print(f"已生成交接班记录（{state}，{state_text(status)}）：{args.pdf}（{pages}页）")
    return EXIT_OK


def cmd_print_daily_log(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.documents.collect import collect_daily_log
    from dutyroom.documents.daily import daily_log_html
    from ui.printing import html_to_pdf  # Qt renders the PDF (QPrinter)

    room = open_room(data_dir)
    log = collect_daily_log(room, _day(args.date))
    html = daily_log_html(log, room.bureau.name(), room.record_line())
    pages = html_to_pdf(html, _fresh(args.pdf), header=room.bureau.name())
    print(f"已生成值班日志：{args.pdf}（{pages}页，{len(log.entries)}条记录）")
    return EXIT_OK


def cmd_export_daily_log(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.documents.collect import collect_daily_log
    from dutyroom.excel.daily_log import write_daily_workbook

    room = open_room(data_dir)
    log = collect_daily_log(room, _day(args.date))
    write_daily_workbook(_fresh(args.out), [log], room.bureau.name())
    print(f"已导出值班日志：{args.out}（{len(log.entries)}条记录，{len(log.incidents)}起事件）")
    return EXIT_OK


def cmd_export_ledger(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.excel.ledger import write_ledger
    from dutyroom.ledger_rows import collect_ledger_rows

    start, end = _day(args.start), _day(args.end)
    if end < start:
        raise CliError("结束日期不能早于起始日期")
    room = open_room(data_dir)
    rows = collect_ledger_rows(room, start, end)
    bureau = room.bureau.name()
    write_ledger(_fresh(args.out), rows, bureau=bureau, start=start, end=end)
    print(f"已导出接报台账：{args.out}（{len(rows)}起事件）")
    return EXIT_OK


def cmd_report_draft(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.documents.collect import draft_report
    from dutyroom.documents.report import ReportKind, check_elements
    from dutyroom.documents.report_docx import report_docx

    room = open_room(data_dir)
    draft = draft_report(
        room, args.incident_id, ReportKind(args.kind), sequence=args.sequence, signer=args.signer
    )
    report_docx(draft, _fresh(args.out))
    print(f"已生成书面报告草稿《{draft.title}》：{args.out}")
    for warning in draft.warnings:
        print(f"注意：{warning}", file=sys.stderr)
    missing = check_elements(draft)
    if missing:
        print(
            f"警告：报告缺少要素：{'、'.join(missing)}（已从正文略去；补全后方可作为报送凭证）",
            file=sys.stderr,
        )
    return EXIT_OK


def _jsonable(value: Any) -> Any:
    from datetime import datetime

    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def cmd_handover_show(args: argparse.Namespace, data_dir: Path) -> int:
    import json
    from dataclasses import asdict

    from dutyroom.documents.collect import handover_sheet
    from dutyroom.documents.handover_doc import as_of, clock_text, state_text

    room = open_room(data_dir)
    sheet, state, status = handover_sheet(room, _day(args.shift))
    if args.json:
        data = {"state": state, "status": asdict(status), **asdict(sheet)}
        print(json.dumps(data, ensure_ascii=False, indent=2, default=_jsonable))
        return EXIT_OK
    tz = room.bureau.timezone()
    lines = [
        f"交接班记录 {sheet.shift_start.astimezone(tz):%Y-%m-%d %H:%M}（{state}）",
        f"状态：{state_text(status)}",
        *(
            [f"提交：{status.submitted_by} {status.submitted_at.astimezone(tz):%m-%d %H:%M}"]
            if status.submitted_at
            else []
        ),
        *(
            [f"接班确认：{status.accepted_by} {status.accepted_at.astimezone(tz):%m-%d %H:%M}"]
            if status.accepted_at
            else []
        ),
        f"交班：{'、'.join(sheet.outgoing) or '（未排班）'}",
        f"接班：{'、'.join(sheet.incoming) or '（未排班）'}",
        f"本班事件：{len(sheet.incidents)}起",
        *(f"  #{i.incident_id} {i.title}（{i.grade}，{i.status}）" for i in sheet.incidents),
        f"正在计时：{len(sheet.clocks)}项",
        *(
            f"  #{c.incident_id} {c.incident_title}「{c.rule}」时限 "
            f"{c.due_at.astimezone(tz):%m-%d %H:%M}，{clock_text(c, as_of(sheet, tz))}"
            for c in sheet.clocks
        ),
        *(f"领导批示：{text}" for text in sheet.instructions),
        "设备：" + "、".join(f"{e.name}{e.status}" for e in sheet.equipment),
        *(f"  {e.name}：{e.remark}" for e in sheet.faults() if e.remark),
        *([f"未办结事项：{sheet.unfinished}"] if sheet.unfinished else []),
    ]
    print("\n".join(lines))
    return EXIT_OK
