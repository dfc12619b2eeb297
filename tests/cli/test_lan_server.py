"""The LAN status server over a real socket: token, 401, 405, escaping, JSON, headless Chromium."""

from __future__ import annotations

import json
import shutil
import subprocess
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dutyroom.app.compose import read_only_status_source
from dutyroom.app.lan_server import LanServer
from dutyroom.clock import FakeClock
from dutyroom.status import status_dict
from tests.core.roster_helpers import local, make_room

TOKEN = "test-token-123"
HOSTILE = "<script>alert(1)</script>"
CLOCK = FakeClock(local(2026, 11, 23, 9, 40))


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LanServer, dict[str, Any]]]:
    path = tmp_path_factory.mktemp("lan") / "dutyroom.sqlite3"
    room = make_room(path)
    room.roster.generate(date(2026, 11, 1), date(2026, 11, 30))
    room.incidents.receive(
        {"title": HOSTILE, "deaths": 3, "township": "城关镇"}, received_by="赵晓明"
    )
    room.incidents.receive({"title": "青山乡山体滑坡", "trapped": 4}, received_by="赵晓明")
    expected = status_dict(room, CLOCK.now())
    server = LanServer(read_only_status_source(path, CLOCK), TOKEN, port=0)
    server.start()
    yield server, expected
    server.stop()
    room.close()


def request(url: str, method: str = "GET", headers: dict[str, str] | None = None) -> Any:
    req = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        return urllib.request.urlopen(req, timeout=10)
    except urllib.error.HTTPError as exc:
        return exc


def base(server: LanServer) -> str:
    return f"http://127.0.0.1:{server.port}"


def test_binds_to_loopback_on_a_free_port(served: tuple[LanServer, dict[str, Any]]) -> None:
    server, _ = served
    assert server.host == "127.0.0.1" and server.port > 0
    assert server.url == f"http://127.0.0.1:{server.port}/?token={TOKEN}"


def test_page_with_token(served: tuple[LanServer, dict[str, Any]]) -> None:
    server, _ = served
    response = request(server.url)
    assert response.status == 200
    html = response.read().decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and HOSTILE not in html
    assert "青山乡山体滑坡" in html and "数据时间：2026-11-23 09:40" in html
    assert response.headers["Content-Security-Policy"] == (
        "default-src 'none'; style-src 'unsafe-inline'"
    )
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Cache-Control"] == "no-store"


def test_api_equals_status_json(served: tuple[LanServer, dict[str, Any]]) -> None:
    server, expected = served
    response = request(f"{base(server)}/api/status", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status == 200
    assert json.loads(response.read()) == expected
    assert {ob["title"] for ob in expected["obligations"]} == {HOSTILE, "青山乡山体滑坡"}


@pytest.mark.parametrize("target", ["/", "/?token=wrong", "/api/status", "/api/status?token=x"])
def test_no_or_wrong_token_is_401(served: tuple[LanServer, dict[str, Any]], target: str) -> None:
    server, _ = served
    response = request(base(server) + target)
    assert response.status == 401
    assert "令牌" in response.read().decode()


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_writes_are_405(served: tuple[LanServer, dict[str, Any]], method: str) -> None:
    server, _ = served
    response = request(f"{server.url}", method=method)
    assert response.status == 405 and response.headers["Allow"] == "GET, HEAD"


def test_head_has_no_body(served: tuple[LanServer, dict[str, Any]]) -> None:
    server, _ = served
    response = request(server.url, method="HEAD")
    assert response.status == 200 and response.read() == b""


def test_headless_chromium_renders_the_page(
    served: tuple[LanServer, dict[str, Any]], tmp_path: Path
) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed")
    server, _ = served
    shot = tmp_path / "lan.png"
    command = [
        chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}",
        "--window-size=1280,900", server.url,
    ]  # fmt: skip
    subprocess.run(command, capture_output=True, timeout=120, check=False)
    assert shot.exists() and shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    keep = Path("/tmp/dutyroom-lan.png")
    shutil.copy(shot, keep)  # for looking at after the run
