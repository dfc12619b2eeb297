"""The DutyRoom facade builds the services the first page does not need on first use only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dutyroom.app.compose import open_room
from dutyroom.directory import DirectoryService
from dutyroom.ledger import LedgerService
from dutyroom.people_service import PeopleService
from dutyroom.spot_checks import SpotCheckService
from dutyroom.stats import Stats, StatsService, month_period

ROOT = Path(__file__).resolve().parents[2]

LAZY_MODULES = (
    "dutyroom.stats",
    "dutyroom.spot_checks",
    "dutyroom.directory",
    "dutyroom.contact_search",
    "dutyroom.ledger",
    "dutyroom.people_service",
)
LAZY_SERVICES = {
    "people": PeopleService,
    "ledger": LedgerService,
    "spot_checks": SpotCheckService,
    "stats": StatsService,
    "directory": DirectoryService,
}


def run_python(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )


def test_importing_the_composition_root_imports_no_lazy_service_module() -> None:
    script = (
        "import sys; import dutyroom.app.compose; "
        f"loaded = [m for m in {LAZY_MODULES!r} if m in sys.modules]; "
        "assert not loaded, loaded"
    )
    result = run_python(script)
    assert result.returncode == 0, result.stderr


def test_opening_a_room_builds_no_lazy_service(tmp_path: Path) -> None:
    script = (
        "import sys; from pathlib import Path; from dutyroom.app.compose import open_room; "
        f"room = open_room(Path({str(tmp_path)!r})); room.today(); room.roster.now_and_next(); "
        f"loaded = [m for m in {LAZY_MODULES!r} if m in sys.modules]; "
        "assert not loaded, loaded; "
        f"built = [n for n in {sorted(LAZY_SERVICES)!r} if n in vars(room)]; "
        "assert not built, built"
    )
    result = run_python(script)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("name", sorted(LAZY_SERVICES))
def test_lazy_service_is_built_once_with_its_type(tmp_path: Path, name: str) -> None:
    room = open_room(tmp_path)
    service = getattr(room, name)
    assert isinstance(service, LAZY_SERVICES[name])
    assert getattr(room, name) is service


def test_lazy_services_work(tmp_path: Path) -> None:
    room = open_room(tmp_path)
    assert room.people.list() == []
    assert room.ledger.search("事故") == []
    start, end = month_period(room.today(), room.bureau.timezone())
    assert room.spot_checks.between(start, end) == []
    assert isinstance(room.stats.period(start, end), Stats)
    assert room.directory.contacts() == []
    assert room.directory.documents_dir == tmp_path / "documents"


def test_a_late_built_service_still_announces_its_writes(tmp_path: Path) -> None:
    from dutyroom.models import Person, Role

    room = open_room(tmp_path)
    heard: list[str] = []
    room.events.subscribe(heard.append)  # subscribed before the service exists
    room.people.add(Person(id=None, name="赵晓明", roles=(Role.OFFICER,)))
    assert "people" in heard
