"""The ledger's narrow read gives what the whole records say, in the ledger's order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from db import SqliteStore
from dutyroom.models import (
    Anchor,
    Casualties,
    Evidence,
    Grade,
    Incident,
    IncidentStatus,
    LogEntry,
    LogKind,
    Obligation,
    ObligationKind,
    ObligationState,
)
from dutyroom.ports import LedgerIncident, LedgerObligation
from tests.db.conftest import T0

PERIOD = (T0 - timedelta(days=1), T0 + timedelta(days=1))


def add(store: SqliteStore, incident: Incident) -> int:
    incident = store.incidents.add(incident)
    assert incident.id is not None
    return incident.id


def owe(store: SqliteStore, incident_id: int, kind: ObligationKind, due: datetime) -> None:
    store.obligations.add(
        Obligation(
            incident_id=incident_id,
            rule_code=kind.value,
            kind=kind,
            anchor=Anchor.RECEIVED,
            anchor_at=T0,
            due_at=due,
        )
    )


def test_the_ledger_reads_the_columns_of_the_records_in_order(store: SqliteStore) -> None:
    later = add(store, Incident(T0 + timedelta(hours=1), "后接报"))
    first = Incident(
        T0,
        "化工厂爆炸",
        occurred_at=T0 - timedelta(minutes=20),
        category="火灾",
        subtype="工业火灾",
        township="河口镇",
        place="工业园",
        grade=Grade.LARGER,
        grade_override=Grade.MAJOR,
        casualties=Casualties(deaths=3, missing=1, injured=2),
        status=IncidentStatus.VOIDED,
        void_reason="重复接报",
        closed_at=T0 + timedelta(hours=2),
    )
    first = add(store, first)
    add(store, Incident(T0 + timedelta(days=2), "期外"))
    owe(store, later, ObligationKind.WRITTEN, T0 + timedelta(hours=2))
    owe(store, first, ObligationKind.FOLLOWUP, T0 + timedelta(hours=3))
    owe(store, first, ObligationKind.PHONE, T0 + timedelta(minutes=30))

    incidents = list(store.ledger.incidents(*PERIOD))
    assert incidents == [
        LedgerIncident(
            first,
            T0,
            T0 - timedelta(minutes=20),
            "化工厂爆炸",
            "火灾",
            "工业火灾",
            "河口镇",
            "工业园",
            Grade.LARGER,
            Grade.MAJOR,
            3,
            1,
            2,
            IncidentStatus.VOIDED,
            "重复接报",
            T0 + timedelta(hours=2),
        ),
        LedgerIncident(
            later,
            T0 + timedelta(hours=1),
            None,
            "后接报",
            "",
            "",
            "",
            "",
            Grade.GENERAL,
            None,
            0,
            0,
            0,
            IncidentStatus.OPEN,
            "",
            None,
        ),
    ]
    pending, hour = ObligationState.PENDING, timedelta(hours=1)
    assert list(store.ledger.obligations(*PERIOD)) == [
        LedgerObligation(first, ObligationKind.PHONE, pending, T0 + hour / 2, None, None),
        LedgerObligation(first, ObligationKind.FOLLOWUP, pending, T0 + 3 * hour, None, None),
        LedgerObligation(later, ObligationKind.WRITTEN, pending, T0 + 2 * hour, None, None),
    ]


def test_a_time_stored_without_offset_is_read_as_utc(store: SqliteStore) -> None:
    incident_id = add(store, Incident(T0, "旧数据"))
    owe(store, incident_id, ObligationKind.PHONE, T0 + timedelta(minutes=30))
    store.db.execute("UPDATE incident SET received_at = '2026-11-23T03:30:00'")
    store.db.execute("UPDATE obligation SET done_at = '2026-11-23T03:50:00', status = 'done'")
    [incident] = store.ledger.incidents(*PERIOD)
    [ob] = store.ledger.obligations(*PERIOD)
    assert incident.received_at == T0 and incident.received_at.tzinfo is UTC
    assert ob.done_at == T0 + timedelta(minutes=20) and ob.done_at.tzinfo is UTC


def test_the_ledger_reads_each_obligations_reports_and_the_incidents_instructions(
    store: SqliteStore,
) -> None:
    first = add(store, Incident(T0, "化工厂爆炸", reporter="张建国", reporter_unit="安监站"))
    other = add(store, Incident(T0 + timedelta(hours=1), "交通事故", received_by="吴倩"))
    owe(store, first, ObligationKind.WRITTEN, T0 + timedelta(hours=1))
    owe(store, other, ObligationKind.WRITTEN, T0 + timedelta(hours=2))
    [written, _] = store.obligations.for_received_between(*PERIOD)
    assert written.id is not None and written.incident_key == first
    later, earlier = T0 + timedelta(minutes=50), T0 + timedelta(minutes=40)
    store.obligations.add_evidence(Evidence(written.id, later, "传真", "县政府", "", "吴倩"))
    store.obligations.add_evidence(Evidence(written.id, earlier, "传真", "市应急局", "值班员", ""))
    for ref_table, ref_id, kind in (
        ("incident", other, LogKind.INSTRUCTION),
        ("incident", first, LogKind.INSTRUCTION),
        ("incident", first, LogKind.CALL_IN),  # not a 批示
        ("log_entry", first, LogKind.INSTRUCTION),  # a correction, not about the incident
    ):
        store.log.add(
            LogEntry(T0 + timedelta(minutes=ref_id), kind, f"批示{ref_id}", person="刘志强",
                     ref_table=ref_table, ref_id=ref_id)
        )  # fmt: skip
    [inc_first, inc_other] = store.ledger.incidents(*PERIOD)
    assert (inc_first.reporter, inc_first.reporter_unit) == ("张建国", "安监站")
    assert inc_other.received_by == "吴倩"
    obs = list(store.ledger.obligations(*PERIOD))
    assert obs[0].evidence == (("传真", "市应急局值班员"), ("传真", "县政府"))  # by time
    assert obs[1].evidence == ()
    items = list(store.ledger.instructions(*PERIOD))
    assert [(i.incident_id, i.content, i.person) for i in items] == [
        (first, f"批示{first}", "刘志强"),
        (other, f"批示{other}", "刘志强"),
    ]
    assert items[0].at == T0 + timedelta(minutes=first) and items[0].at.tzinfo is not None
