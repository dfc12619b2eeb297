"""`dutyroom log …`: add a duty-log entry (its clocks start), complete a duty-log item's clock."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dutyroom.app.cli.common import EXIT_OK, CliError, open_room, parse_at, record_id

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from dutyroom.models import LogEntry, Obligation
    from dutyroom.services import DutyRoom


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register this area's subcommands; each parser sets `handler`."""
    log = sub.add_parser("log", help="值班日志：登记一条日志，办结预警、来文、批示的时限")
    actions = log.add_subparsers(dest="action", metavar="操作")

    add = actions.add_parser("add", help="登记一条值班日志（预警、来文、批示开始计时）")
    add.add_argument("--kind", required=True, help="类别：来电/去电/预警/来文（文电）/批示…")
    add.add_argument("--text", required=True, help="日志内容")
    add.add_argument("--at", help="日志时间（ISO-8601，默认当前时间）")
    add.add_argument("--by", default="", help="记录人")
    add.add_argument("--person", default="", help="对方人员（批示的领导、来电人等）")
    add.add_argument(
        "--incident", type=record_id, help="所涉事件编号：该事件的领导批示列入接报台账“领导批示”"
    )
    add.add_argument("--json", action="store_true", help="以 JSON 输出（键名见 README）")
    add.set_defaults(handler=cmd_add)

    report = actions.add_parser("report", help="办结一项值班日志事项的时限")
    report.add_argument(
        "obligation_id", type=record_id, help="时限编号（见 log add 或 status 的 id）"
    )
    report.add_argument("--method", required=True, help="方式：电话/短信/传真/当面…")
    report.add_argument("--to", required=True, dest="to_unit", help="告知或转发的对象/单位")
    report.add_argument("--by", required=True, help="办理人")
    report.add_argument("--at", help="办理时间（ISO-8601，默认当前时间）")
    report.add_argument("--reason", default="", help="办理时间不是当前时间时的说明")
    report.set_defaults(handler=cmd_report)


def entry_output(room: DutyRoom, entry: LogEntry) -> dict[str, object]:
    """The entry and its clocks (id, rule, due_at, state, recipients, …) as JSON data."""
    from dutyroom.incident_fields import obligation_to_dict

    tz = room.bureau.timezone()
    now = room.clock.now()
    rules = {rule.code: rule for rule in room.incidents.rules()}
    clocks = [
        {**obligation_to_dict(ob, rules.get(ob.rule_code), now, tz), "log_entry_id": entry.id}
        for ob in room.log.obligations_of(entry.id or 0)
    ]
    return {
        "id": entry.id,
        "at": entry.at.astimezone(tz).isoformat(),
        "kind": entry.kind.value,
        "content": entry.content,
        "taken_by": entry.taken_by,
        "obligations": clocks,
    }


def _print_entry(room: DutyRoom, entry: LogEntry, as_json: bool) -> None:
    import json

    data = entry_output(room, entry)
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    tz = room.bureau.timezone()
    print(f"已登记日志 #{entry.id}：{entry.at.astimezone(tz):%m-%d %H:%M} [{entry.kind.value}]")
    rules = {rule.code: rule for rule in room.incidents.rules()}
    for ob in room.log.obligations_of(entry.id or 0):
        rule = rules.get(ob.rule_code)
        due = ob.due_at.astimezone(tz)
        print(f"  时限 #{ob.id} {rule.name if rule else ob.rule_code} {due:%m-%d %H:%M}")


def cmd_add(args: argparse.Namespace, data_dir: Path) -> int:
    from dutyroom.log_clocks import parse_kind

    kind = parse_kind(args.kind)  # before opening the room: a bad kind touches nothing
    if not args.text.strip():
        raise CliError("请填写日志内容（--text）")
    room = open_room(data_dir)
    at = parse_at(args.at, room)
    ref: dict[str, Any] = {}
    if args.incident is not None:
        room.incidents.get(args.incident)  # a wrong number is refused, nothing is written
        ref = {"ref_table": "incident", "ref_id": args.incident}
    entry = room.log.add(
        kind, args.text, at=at, taken_by=args.by.strip(), person=args.person.strip(), **ref
    )
    _print_entry(room, entry, args.json)
    return EXIT_OK


def cmd_report(args: argparse.Namespace, data_dir: Path) -> int:
    import json

    from dutyroom.incident_fields import obligation_to_dict
    from dutyroom.models import Evidence

    room = open_room(data_dir)
    done_at = parse_at(args.at, room) or room.clock.now().replace(microsecond=0)
    ob: Obligation = room.log.obligation(args.obligation_id)
    if ob.log_entry_id is None:
        raise CliError(
            f"时限 #{args.obligation_id} 属于事件 #{ob.incident_id} 的报送，"
            "请用 dutyroom incident report 登记"
        )
    evidence = Evidence(
        obligation_id=args.obligation_id,
        done_at=done_at,
        method=args.method.strip(),
        to_unit=args.to_unit.strip(),
        to_person="",
        by=args.by.strip(),
    )
    met = room.log.report(args.obligation_id, evidence, reason=args.reason)
    rules = {rule.code: rule for rule in room.incidents.rules()}
    data = obligation_to_dict(
        met, rules.get(met.rule_code), room.clock.now(), room.bureau.timezone()
    )
    print(json.dumps({**data, "log_entry_id": met.log_entry_id}, ensure_ascii=False, indent=2))
    return EXIT_OK
