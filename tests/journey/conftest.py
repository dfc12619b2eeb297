"""Fixtures of the journey tests: one Xvfb screen per size, a demo data folder per test, the
real program on that screen (killed in teardown), and a screenshot when a test fails."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.journey.harness import App, XServer, cli, receive_incident, tools_missing

SIZES = [(1366, 768), (1920, 1080)]


@dataclass(frozen=True)
class Template:
    """A data folder with `dutyroom demo` and the brief's 较大 incident, copied for each test."""

    data_dir: Path
    home: Path
    incident: dict[str, Any]

    def obligation_id(self, kind: str) -> int:
        return int(next(o["id"] for o in self.incident["obligations"] if o["kind"] == kind))


@pytest.fixture(scope="session", params=SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def xserver(request: pytest.FixtureRequest) -> Iterator[XServer]:
    missing = tools_missing()
    if missing:
        pytest.skip(
            f"journey tests need {' and '.join(missing)} (Debian: apt install xvfb xdotool)"
        )
    width, height = request.param
    server = XServer(width, height)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    if tools_missing():
        pytest.skip("journey tests need Xvfb and xdotool")
    root = tmp_path_factory.mktemp("journey-template")
    data_dir, home = root / "data", root / "home"
    cli(data_dir, home, "demo")
    incident = receive_incident(data_dir, home, minutes_ago=40)
    return Template(data_dir, home, incident)


@pytest.fixture
def data_dir(tmp_path: Path, template: Template) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(template.data_dir, copy)
    return copy


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        item.stash[_FAILED] = report.failed


_FAILED = pytest.StashKey[bool]()


@pytest.fixture
def app(
    request: pytest.FixtureRequest, xserver: XServer, data_dir: Path, tmp_path: Path
) -> Iterator[App]:
    """The real program on the test's screen, with its window focused."""
    application = App(xserver, data_dir, tmp_path)
    try:
        application.start()
        application.focus_window("main_window")
        yield application
    finally:
        if request.node.stash.get(_FAILED, False) and shutil.which("import"):
            shot = tmp_path / "failure.png"
            subprocess.run(
                ["import", "-display", xserver.display, "-window", "root", str(shot)],
                timeout=20,
                check=False,
            )
            print(f"screenshot of the failure: {shot}\nprogram output: {application.log_path}")
        application.stop()
