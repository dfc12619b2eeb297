"""The LAN page without a server: routing, token, methods, escaping, the HTML's content."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dutyroom.lan_page import handle, page_url, qr_svg, render_html, token_ok
from dutyroom.lan_settings import new_token

TOKEN = "s3cret-token"
HOSTILE = "<script>alert(1)</script>"


def status() -> dict[str, Any]:
    person = {"name": "王建国", "phone": "13907310001"}
    shift = {
        "start": "2026-11-23T08:30:00+08:00",
        "end": "2026-11-24T08:30:00+08:00",
        "day_type": "工作日",
        "leaders": [person],
        "chiefs": [],
        "officers": [{"name": "赵<b>晓明</b>", "phone": ""}],
        "problems": ["值班员不足：需要1人"],
    }
    obligation = {
        "id": 3,
        "rule": "首报·电话",
        "kind": "phone",
        "due_at": "2026-11-23T09:30:00+08:00",
        "state": "overdue",
        "done_at": None,
        "minutes_late": 12,
        "incident_id": 7,
        "title": HOSTILE,
        "minutes_left": None,
    }
    return {
        "at": "2026-11-23T09:42:05+08:00",
        "bureau": "示范县应急管理局",
        "timezone": "Asia/Shanghai",
        "shift": shift,
        "next_shift": {**shift, "leaders": [], "problems": []},
        "obligations": [obligation],
        "holiday_data_missing": [2027],
    }


def get(target: str, headers: dict[str, str] | None = None, method: str = "GET") -> Any:
    return handle(method, target, headers or {}, token=TOKEN, source=status)


def test_page_shows_people_obligations_and_data_time() -> None:
    response = get(f"/?token={TOKEN}")
    assert response.status == 200 and response.content_type.startswith("text/html")
    html = response.body.decode()
    assert '<meta http-equiv="refresh" content="30">' in html
    assert "数据时间：2026-11-23 09:42:05" in html
    assert "王建国（13907310001）" in html and "未排" in html  # next shift has no leader
    assert "超时12分钟" in html and "首报·电话" in html and 'class="overdue"' in html
    assert "2027年法定节假日数据缺失" in html


def test_everything_is_escaped() -> None:
    html = render_html(status())
    assert HOSTILE not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html.lower()


def test_api_returns_the_status_unchanged() -> None:
    response = get("/api/status", {"Authorization": f"Bearer {TOKEN}"})
    assert response.status == 200 and response.content_type.startswith("application/json")
    assert json.loads(response.body) == status()


@pytest.mark.parametrize(
    ("target", "headers"),
    [
        ("/", {}),
        ("/?token=wrong", {}),
        ("/api/status", {"Authorization": "Bearer wrong"}),
        ("/api/status", {"Authorization": f"Basic {TOKEN}"}),
        ("/?token=", {}),
    ],
)
def test_missing_or_wrong_token_is_401(target: str, headers: dict[str, str]) -> None:
    response = get(target, headers)
    assert response.status == 401
    assert ("WWW-Authenticate", 'Bearer realm="dutyroom"') in response.headers


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"])
def test_other_methods_are_405(method: str) -> None:
    response = get(f"/api/status?token={TOKEN}", method=method)
    assert response.status == 405 and ("Allow", "GET, HEAD") in response.headers


def test_unknown_path_health_and_failing_source() -> None:
    assert get(f"/admin?token={TOKEN}").status == 404
    assert get("/healthz").status == 200

    def broken() -> dict[str, Any]:
        raise RuntimeError("database is locked")

    response = handle("GET", f"/?token={TOKEN}", {}, token=TOKEN, source=broken)
    assert response.status == 503 and "暂时无法读取" in response.body.decode()


def test_an_empty_expected_token_never_matches() -> None:
    assert not token_ok("", "token=", {})


def test_tokens_urls_and_qr() -> None:
    token = new_token()
    assert len(token) >= 32 and token != new_token()
    assert page_url("192.168.1.20", 8765, "a b") == "http://192.168.1.20:8765/?token=a%20b"
    assert page_url("::1", 80, "t").startswith("http://[::1]:80/")
    svg = qr_svg(page_url("192.168.1.20", 8765, token))
    assert svg.startswith("<svg") and "</svg>" in svg


def test_rendered_pages_render_each_status_once() -> None:
    from dutyroom.lan_page import RenderedPages

    pages = RenderedPages()
    data = status()
    html = handle("GET", f"/?token={TOKEN}", {}, token=TOKEN, source=lambda: data, pages=pages)
    again = handle("GET", f"/?token={TOKEN}", {}, token=TOKEN, source=lambda: data, pages=pages)
    assert again.body is html.body  # the same bytes, not rendered again
    plain = handle("GET", f"/?token={TOKEN}", {}, token=TOKEN, source=lambda: data)
    assert plain.body == html.body  # and the same as without the cache
    api = handle("GET", f"/api/status?token={TOKEN}", {}, token=TOKEN, source=lambda: data)
    assert pages.body("/api/status", data) == api.body
    changed = {**data, "bureau": "青山县应急管理局"}
    assert "青山县应急管理局".encode() in pages.body("/", changed)
