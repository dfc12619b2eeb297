"""The core half of the 1-second tick: timers for 200 open obligations (no database, no Qt).

Target: well under 2 ms per tick. Run: python -m bench.ticks [obligations] [ticks]
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dutyroom.models import Anchor, Obligation, ObligationKind
from dutyroom.obligations import timer
from dutyroom.rules import DEFAULT_RULES

T0 = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)


def open_obligations(count: int) -> list[Obligation]:
    """Deadlines spread from an hour overdue to a day ahead, so every state is exercised."""
    return [
        Obligation(
            incident_id=i // 3 + 1,
            rule_code="first_phone",
            kind=ObligationKind.PHONE,
            anchor=Anchor.RECEIVED,
            anchor_at=T0,
            due_at=T0 + timedelta(minutes=(i * 7) % 1500 - 60),
            id=i + 1,
        )
        for i in range(count)
    ]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    ticks = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    obligations = open_obligations(count)
    rules = {rule.code: rule for rule in DEFAULT_RULES}
    wall, cpu = [], []
    now = T0
    for _ in range(ticks):
        now += timedelta(seconds=1)
        began_wall, began_cpu = time.perf_counter(), time.process_time()
        # What the board does each second: look up each obligation's thresholds, compute its
        # timer, and order the cards by urgency.
        timers = []
        for ob in obligations:
            rule = rules[ob.rule_code]
            timers.append(timer(ob, now, rule.warn_minutes, rule.critical_minutes))
        timers.sort(key=lambda t: t.seconds_left)
        wall.append((time.perf_counter() - began_wall) * 1000)
        cpu.append((time.process_time() - began_cpu) * 1000)
    print(f"{count} open obligations, {ticks} ticks")
    print(
        f"  wall: mean {statistics.mean(wall):.3f} ms, p99 {sorted(wall)[int(ticks * 0.99)]:.3f} ms"
    )
    print(f"  cpu:  mean {statistics.mean(cpu):.3f} ms per tick (target < 2 ms)")


if __name__ == "__main__":
    main()
