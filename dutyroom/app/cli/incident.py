"""`dutyroom incident …`: receive, update, show, report, close, void incidents as JSON (README)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dutyroom.app.cli.common import EXIT_OK, CliError, open_room, parse_at, record_id

if TYPE_CHECKING:
    import argparse

    from dutyroom.models import Incident
    from dutyroom.services import DutyRoom


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register this area's subcommands; each parser sets `handler`."""
    incident = sub.add_parser("incident", help="接报：新建、修改、查看、报送、终结、作废事件")
    actions = incident.add_subparsers(dest="action", metavar="操作")

    receive = actions.add_parser("receive", help="从 JSON 新建事件（接报时间默认为当前时间）")
    receive.add_argument("--json", required=True, metavar="FILE|-", help="JSON 文件，- 为标准输入")
    receive.set_defaults(handler=cmd_receive)

    update = actions.add_parser("update", help="用 JSON 修改事件字段（等级与时限随之更新）")
    update.add_argument("id", type=record_id, help="事件编号")
    update.add_argument("--json", required=True, metavar="FILE|-", help="JSON 文件，- 为标准输入")
    update.set_defaults(handler=cmd_update)

    show = actions.add_parser("show", help="查看事件及其报送时限")
    show.add_argument("id", type=record_id, help="事件编号")
    show.add_argument("--json", action="store_true", help="以 JSON 输出（键名见 README）")
    show.set_defaults(handler=cmd_show)

    report = actions.add_parser("report", help="登记一项报送（完成报送时限）")
    report.add_argument("obligation_id", type=record_id, help="报送时限编号（见 show 输出的 id）")
    report.add_argument("--method", required=True, help="报送方式：电话/传真/系统/专网…")
    report.add_argument(
        "--to", required=True, dest="to_unit", help="接收单位（同时报多个单位用“、”分隔）"
    )
    report.add_argument("--by", required=True, help="报送人")
    report.add_argument("--person", default="", help="接收人")
    report.add_argument("--number", default="", help="对方电话或传真号")
    report.add_argument("--document", default="", help="书面报告的文件")
    report.add_argument("--at", help="报送时间（ISO-8601，默认当前时间）")
    report.add_argument("--reason", default="", help="报送时间不是当前时间时的说明")
    report.set_defaults(handler=cmd_report)

    close = actions.add_parser("close", help="终结事件（较大及以上将产生终报时限）")
    close.add_argument("id", type=record_id, help="事件编号")
    close.add_argument("--note", required=True, help="终结说明")
    close.set_defaults(handler=cmd_close)

    stable = actions.add_parser(
        "stable", help="标记灾情稳定（自然灾害）：停止每日续报，开始核报时限"
    )
    stable.add_argument("id", type=record_id, help="事件编号")
    stable.add_argument("--at", help="灾情稳定时间（ISO-8601，默认当前时间）")
    stable.set_defaults(handler=cmd_stable)

    void = actions.add_parser("void", help="作废事件（误报、重复接报）：保留记录，取消其报送时限")
    void.add_argument("id", type=record_id, help="事件编号")
    void.add_argument("--reason", required=True, help="作废原因")
    void.set_defaults(handler=cmd_void)


def read_fields(source: str) -> dict[str, Any]:
    """The JSON object in a file or on stdin ("-"); a Chinese CliError for anything else."""
    import json

    if source == "-":
        text = sys.stdin.read()
        where = "标准输入"
    else:
        path = Path(source)
        where = str(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError as exc:
            raise CliError(f"找不到文件：{path}") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"无法读取文件：{path}（{exc}）") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(
            f"{where}中的 JSON 格式有误：第{exc.lineno}行第{exc.colno}列（{exc.msg}）"
        ) from exc
    except RecursionError as exc:
        raise CliError(f"{where}中的 JSON 嵌套过深，不是事件字段") from exc
    except ValueError as exc:  # a number of thousands of digits (int_max_str_digits)
        raise CliError(f"{where}中的 JSON 含有位数过多的数字") from exc
    if not isinstance(data, dict):
        raise CliError(f"{where}中的 JSON 应为一个对象（{{…}}），键为事件字段")
    from dutyroom.errors import ValidationError
    from dutyroom.incident_fields import check_json_types

    try:
        check_json_types(data)
    except ValidationError as exc:
        raise CliError(f"{where}：{exc}") from exc
    return data


def emit(room: DutyRoom, incident: Incident) -> None:
    import json

    from dutyroom.incident_fields import incident_output

    assert incident.id is not None
    data = incident_output(
        incident,
        room.incidents.obligations_of(incident.id),
        room.incidents.rules(),
        room.clock.now(),
        room.bureau.timezone(),
    )
    print(json.dumps(data, ensure_ascii=False, indent=2))


def cmd_receive(args: argparse.Namespace, data_dir: Path) -> int:
    fields = read_fields(args.json)  # before opening the room: bad input touches nothing
    room = open_room(data_dir)
    emit(room, room.incidents.receive(fields, received_by=str(fields.get("received_by") or "")))
    return EXIT_OK


def cmd_update(args: argparse.Namespace, data_dir: Path) -> int:
    fields = read_fields(args.json)
    room = open_room(data_dir)
    emit(room, room.incidents.update(args.id, fields))
    return EXIT_OK


def cmd_show(args: argparse.Namespace, data_dir: Path) -> int:
    room = open_room(data_dir)
    incident = room.incidents.get(args.id)
    if args.json:
        emit(room, incident)
    else:
        print(show_text(room, incident))
    return EXIT_OK


def show_text(room: DutyRoom, incident: Incident) -> str:
    from dutyroom.incident_fields import obligation_to_dict
    from dutyroom.status import KIND_LABELS, STATE_LABELS

    assert incident.id is not None
    tz = room.bureau.timezone()
    received = incident.received_at.astimezone(tz)
    lines = [
        f"#{incident.id} {incident.title or '（无标题）'}  [{incident.effective_grade.value}]",
        f"接报时间：{received:%Y-%m-%d %H:%M}  地点：{incident.place or '—'}",
    ]
    figures = [
        f"受害森林面积：{incident.forest_area_ha:g}公顷" if incident.forest_area_ha else "",
        f"震级：{incident.magnitude:g}级" if incident.magnitude else "",
    ]
    if any(figures):
        lines.append("  ".join(f for f in figures if f))
    lines.append(f"定级依据：{incident.grade_override_reason or incident.grade_reason or '—'}")
    if incident.voided_at is not None:
        voided = incident.voided_at.astimezone(tz)
        lines.append(f"已作废：{voided:%Y-%m-%d %H:%M}，原因：{incident.void_reason}")
    if incident.stable_at is not None:
        lines.append(f"灾情稳定：{incident.stable_at.astimezone(tz):%Y-%m-%d %H:%M}")
    rules = {rule.code: rule for rule in room.incidents.rules()}
    now = room.clock.now()
    open_states = ("pending", "warning", "critical", "overdue")
    for ob in room.incidents.obligations_of(incident.id):
        data = obligation_to_dict(ob, rules.get(ob.rule_code), now, tz)
        late = f"，迟{data['minutes_late']}分钟" if data["minutes_late"] else ""
        missing = "、".join(ob.missing_units())
        lines.append(
            f"  #{data['id']} {data['rule']}（{KIND_LABELS.get(data['kind'], data['kind'])}）"
            f" 时限 {data['due_at'][5:16].replace('T', ' ')}"
            f" [{STATE_LABELS[data['state']]}{late}]"
            + (f" 未报：{missing}" if data["state"] in open_states and missing else "")
        )
    return "\n".join(lines)


def cmd_report(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.models import Evidence

    room = open_room(data_dir)
    done_at = parse_at(args.at, room) or room.clock.now().replace(microsecond=0)
    if room.log.obligation(args.obligation_id).log_entry_id is not None:
        raise CliError(
            f"时限 #{args.obligation_id} 属于值班日志事项（预警、来文、批示），不是事件的报送；"
            "请用 dutyroom log report 登记"
        )
    evidence = Evidence(
        obligation_id=args.obligation_id,
        done_at=done_at,
        method=args.method.strip(),
        to_unit=args.to_unit.strip(),
        to_person=args.person.strip(),
        by=args.by.strip(),
        to_number=args.number.strip(),
        document=args.document.strip(),
    )
    done = room.incidents.report(args.obligation_id, evidence, reason=args.reason)
    emit(room, room.incidents.get(done.incident_key))
    return EXIT_OK


def cmd_close(args: argparse.Namespace, data_dir: Path) -> int:
    room = open_room(data_dir)
    emit(room, room.incidents.close(args.id, args.note))
    return EXIT_OK


def cmd_stable(args: argparse.Namespace, data_dir: Path) -> int:
    room = open_room(data_dir)
    emit(room, room.incidents.mark_stable(args.id, parse_at(args.at, room)))
    return EXIT_OK


def cmd_void(args: argparse.Namespace, data_dir: Path) -> int:
    room = open_room(data_dir)
    emit(room, room.incidents.void(args.id, args.reason))
    return EXIT_OK
