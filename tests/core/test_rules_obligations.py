"""Reporting rules as data, obligations planned from an incident, and timer states at `now`."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dutyroom.errors import ValidationError
from dutyroom.grading import regrade
from dutyroom.models import (
    Anchor,
    Casualties,
    Condition,
    Evidence,
    Grade,
    Incident,
    IncidentStatus,
    Obligation,
    ObligationKind,
    ObligationState,
    Rule,
)
from dutyroom.obligations import (
    Plan,
    complete,
    minutes_late,
    next_midnight,
    offset_minutes,
    plan,
    sequence_label,
    state_at,
    timer,
)
from dutyroom.rules import (
    DEFAULT_RULES,
    PRESETS,
    rule_from_dict,
    rule_to_dict,
    validate_rules,
)

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 10, 2, 14, 0, tzinfo=TZ)
S = ObligationState
MIN = timedelta(minutes=1)
RULES = {r.code: r for r in DEFAULT_RULES}


def make(deaths: int = 0, category: str = "事故灾难", **kwargs: Any) -> Incident:
    """Incident 1 (a 生产安全事故 unless told otherwise) received at T0, graded from its deaths."""
    return regrade(
        Incident(
            received_at=T0,
            id=1,
            casualties=Casualties(deaths=deaths),
            category=category,
            **kwargs,
        )
    )


class Repo:
    """Applies plans the way the obligations repository does: ids on add, status on cancel."""

    def __init__(self) -> None:
        self.obs: list[Obligation] = []

    def apply(self, p: Plan) -> None:
        for ob, reason in p.cancel:
            i = self.obs.index(ob)
            self.obs[i] = dataclasses.replace(ob, status=S.CANCELLED, cancelled_reason=reason)
        for ob in p.add:
            self.obs.append(dataclasses.replace(ob, id=len(self.obs) + 1))

    def run(self, incident: Incident, now: datetime, previous: Incident | None = None) -> Plan:
        p = plan(incident, DEFAULT_RULES, self.obs, now, TZ, previous=previous)
        self.apply(p)
        return p

    def pending(self, code: str | None = None) -> list[Obligation]:
        return [o for o in self.obs if o.status is S.PENDING and code in (None, o.rule_code)]

    def do(self, code: str, at: datetime) -> Obligation:
        """Report to every recipient of the rule's pending obligation at `at`."""
        (ob,) = self.pending(code)
        done = ob
        for unit in ob.missing_units() or ("市应急管理局",):
            done = complete(done, dataclasses.replace(evidence(at, ob.id or 0), to_unit=unit))
        self.obs[self.obs.index(ob)] = done
        return done


def evidence(at: datetime, ob_id: int = 1) -> Evidence:
    return Evidence(
        ob_id, at, method="电话", to_unit="市应急管理局", to_person="王科长", by="李值班"
    )


def codes(obs: Sequence[Obligation]) -> list[str]:
    return sorted(o.rule_code for o in obs)


# ---------------------------------------------------------------------------- rules


def test_every_default_rule_names_its_source_and_the_first_waves_codes_remain() -> None:
    assert all(r.source.strip() for r in DEFAULT_RULES)
    codes_ = [r.code for r in DEFAULT_RULES]
    assert len(set(codes_)) == len(codes_)
    first_wave = {"first_phone", "first_written", "general_written", "followup", "supplementary"}
    assert first_wave | {"final"} <= set(codes_)
    assert all((r.warn_minutes, r.critical_minutes) == (10, 5) for r in DEFAULT_RULES)
    validate_rules(DEFAULT_RULES)


@pytest.mark.parametrize(
    ("preset", "code", "offset"),
    [
        ("国家规定（默认）", "general_written", 120),  # Decree 493 art. 11
        ("宝鸡（一般3小时）", "general_written", 180),  # the 宝鸡 work plan
        ("河南", "first_phone_major", 15),
        ("河南", "first_written_major", 35),
        ("河南", "first_written", 60),
        ("河南", "general_written", 360),
        ("武汉", "general_written", 120),
        ("武汉", "first_written", 60),
        ("武汉", "first_written_major", 30),
    ],
)
def test_presets(preset: str, code: str, offset: int) -> None:
    rules = {r.code: r for r in PRESETS[preset]}
    assert rules[code].offset_minutes == offset
    assert rules[code].source
    validate_rules(PRESETS[preset])


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": " "}, "name"),
        ({"offset_minutes": -1}, "offset_minutes"),
        ({"warn_minutes": 4}, "warn_minutes"),
        ({"repeat_minutes": 0}, "repeat_minutes"),
        ({"repeat_minutes_major": -5}, "repeat_minutes_major"),
        ({"applies": "sometimes"}, "applies"),
        ({"recipients": ("市应急管理局", " ")}, "recipients"),
        ({"recipients": ("市应急管理局", "市应急管理局")}, "recipients"),
        ({"working_days": -1}, "working_days"),
        ({"anchor": Anchor.RECEIVED}, "anchor"),  # a series runs from the previous report
        ({"subject": "天气"}, "subject"),
        ({"condition": Condition(also_flags=("重要",))}, "condition"),
        ({"condition": Condition(states=("asleep",))}, "condition"),
        ({"condition": Condition(min_grade=Grade.MAJOR, max_grade=Grade.LARGER)}, "condition"),
        ({"condition": Condition(categories=("火灾",), not_categories=("火灾",))}, "condition"),
    ],
)
def test_validate_rules_rejects(change: dict[str, Any], field: str) -> None:
    bad = dataclasses.replace(RULES["followup"], **change)
    with pytest.raises(ValidationError) as err:
        validate_rules([RULES["first_phone"], bad])
    assert err.value.field == field
    assert err.value.message


def test_validate_rules_rejects_duplicate_codes() -> None:
    with pytest.raises(ValidationError, match="重复"):
        validate_rules([RULES["first_phone"], RULES["first_phone"]])


@pytest.mark.parametrize("rule", DEFAULT_RULES, ids=lambda r: r.code)
def test_rule_dict_round_trip_through_json(rule: Rule) -> None:
    assert rule_from_dict(json.loads(json.dumps(rule_to_dict(rule)))) == rule


def test_rule_from_dict_reports_missing_field() -> None:
    data = rule_to_dict(RULES["final"])
    del data["anchor"]
    with pytest.raises(ValidationError, match="anchor"):
        rule_from_dict(data)


# ---------------------------------------------------------------------------- timer state

DUE = T0 + 30 * MIN
PENDING = Obligation(1, "first_phone", ObligationKind.PHONE, Anchor.RECEIVED, T0, DUE, id=1)


@pytest.mark.parametrize(
    ("now", "state"),
    [
        (DUE - 10 * MIN - timedelta(seconds=1), S.PENDING),
        (DUE - 10 * MIN, S.WARNING),
        (DUE - 5 * MIN - timedelta(seconds=1), S.WARNING),
        (DUE - 5 * MIN, S.CRITICAL),
        (DUE, S.CRITICAL),
        (DUE + timedelta(microseconds=1), S.OVERDUE),
        (DUE + timedelta(seconds=1), S.OVERDUE),
        (DUE + timedelta(days=3), S.OVERDUE),
    ],
)
def test_state_at_exact_boundaries(now: datetime, state: ObligationState) -> None:
    assert state_at(PENDING, now) is state


def test_state_at_custom_thresholds_and_stored_states() -> None:
    assert state_at(PENDING, DUE - 20 * MIN, warn_minutes=20, critical_minutes=15) is S.WARNING
    done = dataclasses.replace(PENDING, status=S.DONE, done_at=DUE, minutes_late=0)
    late = dataclasses.replace(done, done_at=DUE + MIN, minutes_late=1)
    cancelled = dataclasses.replace(PENDING, status=S.CANCELLED)
    far = DUE + timedelta(days=1)
    assert (state_at(done, far), state_at(late, far), state_at(cancelled, far)) == (
        S.DONE,
        S.DONE_LATE,
        S.CANCELLED,
    )


@pytest.mark.parametrize(
    ("now", "seconds", "state"),
    [
        (DUE - 90 * MIN, 5400, S.PENDING),
        (DUE - timedelta(seconds=1.5), 1, S.CRITICAL),
        (DUE, 0, S.CRITICAL),
        (DUE + timedelta(seconds=0.5), -1, S.OVERDUE),
        (DUE + 2 * MIN, -120, S.OVERDUE),
    ],
)
def test_timer(now: datetime, seconds: int, state: ObligationState) -> None:
    t = timer(PENDING, now)
    assert (t.obligation, t.state, t.seconds_left) == (PENDING, state, seconds)


@pytest.mark.parametrize(
    ("delay", "late"),
    [
        (timedelta(minutes=-5), 0),
        (timedelta(0), 0),
        (timedelta(seconds=1), 1),
        (timedelta(seconds=60), 1),
        (timedelta(seconds=61), 2),
        (timedelta(hours=2), 120),
    ],
)
def test_minutes_late(delay: timedelta, late: int) -> None:
    assert minutes_late(DUE, DUE + delay) == late


def test_sequence_labels() -> None:
    assert [sequence_label(n) for n in (1, 2, 10, 11, 19, 20)] == [
        "一",
        "二",
        "十",
        "十一",
        "十九",
        "20",
    ]


# ---------------------------------------------------------------------------- completion


def test_complete_on_time_and_late() -> None:
    on_time = complete(PENDING, evidence(DUE))
    assert (on_time.status, on_time.done_at, on_time.minutes_late) == (S.DONE, DUE, 0)
    late = complete(PENDING, evidence(DUE + timedelta(minutes=7, seconds=1)))
    assert late.minutes_late == 8
    assert state_at(late, DUE + timedelta(days=30)) is S.DONE_LATE


@pytest.mark.parametrize(
    ("blank", "message"),
    [("method", "请填写报送方式"), ("to_unit", "请填写报送单位"), ("by", "请填写报送人")],
)
def test_complete_requires_evidence(blank: str, message: str) -> None:
    blanked: dict[str, Any] = {blank: "  "}
    with pytest.raises(ValidationError) as err:
        complete(PENDING, dataclasses.replace(evidence(DUE), **blanked))
    assert (err.value.field, err.value.message) == (blank, message)


@pytest.mark.parametrize("status", [S.DONE, S.CANCELLED])
def test_complete_only_pending(status: ObligationState) -> None:
    with pytest.raises(ValidationError, match="该时限已完成或已取消"):
        complete(dataclasses.replace(PENDING, status=status), evidence(DUE))


# ---------------------------------------------------------------------------- planning


def dues(repo: Repo) -> dict[str, datetime]:
    return {o.rule_code: o.due_at for o in repo.pending()}


def test_general_accident_gets_a_written_report_in_2_hours_and_a_daily_followup() -> None:
    repo = Repo()
    p = repo.run(make(deaths=1), T0)
    assert codes(p.add) == ["followup", "general_written"]
    ob = next(o for o in p.add if o.rule_code == "general_written")
    assert (ob.anchor_at, ob.due_at, ob.created_at, ob.incident_id) == (T0, T0 + 120 * MIN, T0, 1)
    assert [r.unit for r in ob.recipients] == ["市应急管理局", "县人民政府总值班室"]
    assert dues(repo)["followup"] == T0 + 1440 * MIN
    assert repo.run(make(deaths=1), T0 + MIN).add == ()  # idempotent


@pytest.mark.parametrize(
    "incident",
    [make(deaths=3), make(sensitive=True), make(near_miss=True), make(grade_override=Grade.LARGER)],
    ids=["较大", "敏感", "较大涉险", "人工定级"],
)
def test_major_incident_gets_first_reports(incident: Incident) -> None:
    repo = Repo()
    repo.run(incident, T0)
    got = dues(repo)
    assert got["first_phone"] == T0 + 30 * MIN
    assert got["first_written"] == T0 + 60 * MIN
    assert "general_written" not in got
    assert got["followup"] == T0 + 1440 * MIN  # 令第21号: every open accident, daily


def test_followup_every_12_hours_for_major_grade() -> None:
    repo = Repo()
    repo.run(make(deaths=10), T0)
    (ob,) = repo.pending("followup")
    assert (ob.anchor, ob.anchor_at, ob.due_at, ob.sequence) == (
        Anchor.PREVIOUS,
        T0,
        T0 + 720 * MIN,
        1,
    )


def test_occurred_anchor_and_its_fallback() -> None:
    major = Condition(min_grade=Grade.LARGER)
    rule = Rule(
        "occ", "事发起算", ObligationKind.PHONE, "once", Anchor.OCCURRED, 45, condition=major
    )
    with_time = make(deaths=3, occurred_at=T0 - 90 * MIN)
    (ob,) = plan(with_time, [rule], [], T0, TZ).add
    assert (ob.anchor_at, ob.due_at) == (T0 - 90 * MIN, T0 - 45 * MIN)
    assert plan(with_time, [rule], [], T0, TZ).overdue_on_arrival(T0) == (ob,)
    (fallback,) = plan(make(deaths=3), [rule], [], T0, TZ).add
    assert fallback.anchor_at == T0


def test_disabled_rules_are_ignored_and_id_is_required() -> None:
    off = {"general_written", "followup"}
    rules = [dataclasses.replace(r, enabled=r.code not in off) for r in DEFAULT_RULES]
    assert plan(make(), rules, [], T0, TZ).add == ()
    with pytest.raises(ValueError):
        plan(dataclasses.replace(make(), id=None), DEFAULT_RULES, [], T0, TZ)


def test_corrected_receipt_time_or_changed_rule_cancels_and_replaces() -> None:
    repo = Repo()
    repo.run(make(deaths=3), T0)
    corrected = dataclasses.replace(make(deaths=3), received_at=T0 - 20 * MIN)
    p = repo.run(corrected, T0 + MIN)
    assert {o.rule_code: r for o, r in p.cancel} == {
        "first_phone": "首报·电话起算时间已更正，重新计时",
        "first_written": "首报·书面起算时间已更正，重新计时",
        "followup": "续报起算时间已更正，重新计时",
    }
    assert dues(repo)["first_phone"] == T0 + 10 * MIN
    # An edited rule never re-times what it already made: it applies to new obligations only.
    strict = [
        dataclasses.replace(r, offset_minutes=15) if r.code == "first_phone" else r
        for r in DEFAULT_RULES
    ]
    kept = plan(corrected, strict, repo.obs, T0 + 2 * MIN, TZ)
    assert kept.empty and dues(repo)["first_phone"] == T0 + 10 * MIN
    (fresh,) = [o for o in plan(make(deaths=3), strict, [], T0, TZ).add if o.kind.value == "phone"]
    assert fresh.due_at == T0 + 15 * MIN


def test_other_incidents_obligations_are_not_touched() -> None:
    foreign = dataclasses.replace(PENDING, incident_id=2)
    p = plan(make(), DEFAULT_RULES, [foreign], T0, TZ)
    assert p.cancel == () and codes(p.add) == ["followup", "general_written"]


def test_grade_rising_late_adds_overdue_first_reports_and_cancels_general() -> None:
    repo = Repo()
    repo.run(make(deaths=1), T0)
    now = T0 + timedelta(hours=2)
    p = repo.run(make(deaths=3), now, previous=make(deaths=1))
    assert codes(p.add) == ["first_phone", "first_written"]
    assert codes(p.overdue_on_arrival(now)) == ["first_phone", "first_written"]
    assert [(o.rule_code, r) for o, r in p.cancel] == [
        ("general_written", "事件按较大及以上报送，不再适用一般·书面时限")
    ]
    assert state_at(repo.pending("first_written")[0], now) is S.OVERDUE


def test_grade_rising_after_general_report_was_sent_keeps_it_done() -> None:
    repo = Repo()
    repo.run(make(deaths=1), T0)
    sent = repo.do("general_written", T0 + 100 * MIN)
    p = repo.run(make(deaths=4), T0 + 5 * 60 * MIN, previous=make(deaths=1))
    assert sent in repo.obs
    # The written report already sent restarts the daily 续报 clock: the old one is replaced.
    assert [(o.rule_code, r) for o, r in p.cancel] == [("followup", "已有新的报送，续报重新计时")]
    assert {"first_phone", "first_written", "supplementary"} <= set(codes(p.add))
    # The 续报 clock runs from the written report already sent.
    (followup,) = repo.pending("followup")
    assert followup.anchor_at == T0 + 100 * MIN


def test_grade_falling_cancels_pending_and_keeps_done() -> None:
    repo = Repo()
    repo.run(make(deaths=3), T0)
    phoned = repo.do("first_phone", T0 + 20 * MIN)
    p = repo.run(make(deaths=2), T0 + 40 * MIN)
    reasons = {o.rule_code: r for o, r in p.cancel}
    assert reasons == {"first_written": "等级调整为一般，不再适用首报·书面时限"}
    assert phoned in repo.obs
    # Nothing written was sent yet, so the 一般 written report is owed from 接报.
    assert codes(p.add) == ["general_written"]
    assert p.add[0].due_at == T0 + 120 * MIN
    assert repo.pending("followup")  # an open accident keeps its daily 续报


def test_grade_falling_after_written_report_adds_no_general_report() -> None:
    repo = Repo()
    repo.run(make(deaths=3), T0)
    repo.do("first_phone", T0 + 20 * MIN)
    repo.do("first_written", T0 + 50 * MIN)
    p = repo.run(make(deaths=2), T0 + 90 * MIN)
    # No 一般·书面: the same units already have it in writing. The 续报 runs from that report.
    assert codes(p.add) == ["followup"] and p.add[0].anchor_at == T0 + 50 * MIN
    assert [(o.rule_code, r) for o, r in p.cancel] == [("followup", "已有新的报送，续报重新计时")]


def test_followup_series() -> None:
    repo = Repo()
    repo.run(make(deaths=5), T0)
    repo.do("first_phone", T0 + 10 * MIN)
    repo.do("first_written", T0 + 50 * MIN)
    p = repo.run(make(deaths=5), T0 + 50 * MIN)
    # Re-anchored at the written report: the old one is cancelled, never re-timed.
    assert [(o.anchor_at, r) for o, r in p.cancel] == [(T0, "已有新的报送，续报重新计时")]
    (first,) = p.add
    assert (first.sequence, first.anchor_at, first.due_at) == (1, T0 + 50 * MIN, T0 + 1490 * MIN)
    done_at = T0 + 20 * 60 * MIN
    repo.do("followup", done_at)
    (second,) = repo.run(make(deaths=5), done_at).add
    assert (second.sequence, second.anchor_at, second.due_at) == (2, done_at, done_at + 1440 * MIN)
    assert repo.run(make(deaths=5), done_at + MIN).add == ()


def test_followup_interval_shrinks_when_grade_rises_to_major() -> None:
    repo = Repo()
    repo.run(make(deaths=5), T0)
    now = T0 + 3 * 60 * MIN
    p = repo.run(make(deaths=12), now, previous=make(deaths=5))
    ((old, reason),) = p.cancel
    assert old.rule_code == "followup" and reason == "等级调整为重大，续报间隔改为12小时"
    (new,) = repo.pending("followup")
    assert (new.anchor_at, new.due_at) == (T0, T0 + 720 * MIN)


def test_supplementary_on_casualty_change_due_at_local_midnight() -> None:
    repo = Repo()
    repo.run(make(deaths=1), T0)
    repo.do("general_written", T0 + 60 * MIN)
    now = datetime(2026, 10, 3, 23, 59, tzinfo=TZ)
    (supp,) = [o for o in repo.run(make(deaths=2), now, previous=make(deaths=1)).add
               if o.rule_code == "supplementary"]  # fmt: skip
    assert supp.kind is ObligationKind.SUPPLEMENTARY
    assert (supp.anchor_at, supp.due_at) == (now, datetime(2026, 10, 4, 0, 0, tzinfo=TZ))
    # One pending 补报 at a time.
    assert repo.run(make(deaths=1), now + MIN, previous=make(deaths=2)).add == ()


def test_supplementary_midnight_is_local_even_when_now_is_utc() -> None:
    now = datetime(2026, 10, 3, 17, 0, tzinfo=ZoneInfo("UTC"))  # 01:00 on 10-04 in Shanghai
    assert next_midnight(now, TZ) == datetime(2026, 10, 5, 0, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    ("subtype", "days", "expected"),
    [
        ("", 29, True),
        ("", 31, False),
        ("道路交通", 6, True),
        ("道路交通", 8, False),
        ("火灾", 8, False),
    ],
)
def test_supplementary_window(subtype: str, days: int, expected: bool) -> None:
    done = dataclasses.replace(PENDING, status=S.DONE, done_at=T0 + MIN, minutes_late=0)
    old, new = make(deaths=1, subtype=subtype), make(deaths=2, subtype=subtype)
    p = plan(new, [RULES["supplementary"]], [done], T0 + timedelta(days=days), TZ, previous=old)
    assert bool(p.add) is expected


def test_no_supplementary_before_anything_was_reported() -> None:
    repo = Repo()
    repo.run(make(deaths=1), T0)
    assert codes(repo.run(make(deaths=2), T0 + 5 * MIN, previous=make(deaths=1)).add) == []


def test_closing_a_major_incident_adds_final_and_ends_followups() -> None:
    repo = Repo()
    repo.run(make(deaths=3), T0)
    repo.do("first_phone", T0 + 10 * MIN)
    repo.do("first_written", T0 + 40 * MIN)
    repo.run(make(deaths=3), T0 + 40 * MIN)
    closed_at = T0 + timedelta(days=2)
    closed = make(deaths=3, status=IncidentStatus.CLOSED, closed_at=closed_at)
    p = repo.run(closed, closed_at, previous=make(deaths=3))
    assert [(o.rule_code, r) for o, r in p.cancel] == [("followup", "事件已终结")]
    (final,) = p.add
    assert (final.kind, final.anchor_at, final.due_at) == (
        ObligationKind.FINAL,
        closed_at,
        closed_at + 60 * MIN,
    )
    assert repo.run(closed, closed_at + MIN).add == ()


def test_closing_a_general_incident_adds_no_final() -> None:
    closed = make(deaths=1, status=IncidentStatus.CLOSED, closed_at=T0 + MIN)
    assert codes(plan(closed, DEFAULT_RULES, [], T0 + MIN, TZ).add) == ["general_written"]


def test_offset_minutes() -> None:
    f = RULES["followup"]
    assert [offset_minutes(f, g) for g in Grade] == [1440, 1440, 720, 720]
    assert offset_minutes(RULES["first_phone"], Grade.GRAVE) == 30


# ---------------------------------------------------------------------------- invariants

_edit = st.one_of(
    st.tuples(st.just("deaths"), st.integers(0, 40)),
    st.tuples(st.just("sensitive"), st.booleans()),
    st.tuples(st.just("near_miss"), st.booleans()),
    st.tuples(st.just("report"), st.just(0)),
    st.tuples(st.just("close"), st.just(0)),
)


def expected_offset(ob: Obligation, incident: Incident) -> timedelta:
    rule = RULES[ob.rule_code]
    if rule.code == "supplementary":
        return next_midnight(ob.anchor_at, TZ) - ob.anchor_at
    return timedelta(minutes=offset_minutes(rule, incident.effective_grade, ob.sequence))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_edit, st.integers(0, 600)), max_size=25))
def test_edits_never_change_done_obligations_and_pending_follow_their_rule(
    edits: list[tuple[tuple[str, Any], int]],
) -> None:
    repo, incident, now = Repo(), make(), T0
    repo.run(incident, now)
    for (action, value), minutes in edits:
        now += minutes * MIN
        done_before = {o.id: o for o in repo.obs if o.status is S.DONE}
        previous: Incident | None = incident
        if action == "report" and repo.pending():
            ob = min(repo.pending(), key=lambda o: o.due_at)
            unit = (ob.missing_units() or ("市应急管理局",))[0]
            met = complete(ob, dataclasses.replace(evidence(now, ob.id or 0), to_unit=unit))
            repo.obs[repo.obs.index(ob)] = met
            previous = None
        elif action == "close" and incident.status is IncidentStatus.OPEN:
            incident = dataclasses.replace(incident, status=IncidentStatus.CLOSED, closed_at=now)
        elif action == "deaths" and incident.status is IncidentStatus.OPEN:
            incident = regrade(dataclasses.replace(incident, casualties=Casualties(deaths=value)))
        elif action in ("sensitive", "near_miss") and incident.status is IncidentStatus.OPEN:
            incident = dataclasses.replace(incident, **{action: value})
        repo.run(incident, now, previous=previous)
        for ob in done_before.values():
            assert ob in repo.obs
        pending = repo.pending()
        assert len({o.rule_code for o in pending}) == len(pending)  # one live per rule
        for ob in pending:
            assert ob.due_at - ob.anchor_at == expected_offset(ob, incident)
        if incident.status is IncidentStatus.CLOSED:
            assert not repo.pending("followup")
        # Re-planning with no change is a no-op.
        assert plan(incident, DEFAULT_RULES, repo.obs, now, TZ).empty
