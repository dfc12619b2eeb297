"""The read-only LAN status page: routing, the token check and the HTML, with no server and no db.

`handle()` turns a request (method, target, headers) into a `Response`; lan_server.py only moves
bytes. Everything shown is HTML-escaped; nothing here can change data.
"""

from __future__ import annotations

import hmac
import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import escape
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from dutyroom.status import STATE_LABELS

REFRESH_SECONDS = 30
READ_METHODS = ("GET", "HEAD")
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    # No script, no frames, no outside requests: the page is text and inline style only.
    ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Cache-Control", "no-store"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
)
StatusSource = Callable[[], dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


def page_url(host: str, port: int, token: str) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/?token={quote(token)}"


def qr_svg(url: str) -> str:
    """The URL as a QR code in SVG (segno), for 设置 to show next to the address."""
    import segno

    svg: str = segno.make(url, error="m").svg_inline(scale=4)
    return svg


def token_ok(expected: str, query: str, headers: Mapping[str, str]) -> bool:
    """Token from `?token=` or `Authorization: Bearer …`; compared in constant time."""
    offered = parse_qs(query).get("token", [""])[0]
    auth = next((v for k, v in headers.items() if k.lower() == "authorization"), "")
    if not offered and auth.lower().startswith("bearer "):
        offered = auth[7:].strip()
    return bool(expected) and hmac.compare_digest(offered.encode(), expected.encode())


# Messages for the answers the server gives before a request reaches handle().
ERROR_TEXT = {
    400: "请求格式错误",
    408: "请求超时",
    413: "请求过大",
    414: "网址过长",
    431: "请求头过大",
    503: "服务器繁忙，请稍后刷新",
    505: "不支持的 HTTP 版本",
}


def error_response(status: int) -> Response:
    return _text(status, ERROR_TEXT.get(status, "请求无法处理"))


def _text(status: int, message: str, *extra: tuple[str, str]) -> Response:
    body = (message + "\n").encode("utf-8")
    return Response(status, "text/plain; charset=utf-8", body, extra)


def render(path: str, data: dict[str, Any]) -> bytes:
    """The body for "/" (the HTML page) or "/api/status" (the JSON)."""
    if path == "/api/status":
        return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    return render_html(data).encode("utf-8")


class RenderedPages:
    """The bodies of the latest status, each rendered once per status object.

    The server's source hands out the same dict until the data or the second changes, so most
    requests send bytes rendered before. The dict is held, so its id cannot be reused meanwhile.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._data: dict[str, Any] | None = None
        self._bodies: dict[str, bytes] = {}

    def body(self, path: str, data: dict[str, Any]) -> bytes:
        with self._lock:
            if data is not self._data:
                self._data, self._bodies = data, {}
            found = self._bodies.get(path)
            if found is None:
                found = self._bodies[path] = render(path, data)
            return found


def handle(
    method: str,
    target: str,
    headers: Mapping[str, str],
    *,
    token: str,
    source: StatusSource,
    pages: RenderedPages | None = None,
) -> Response:
    """Answer one request; a failing `source` becomes a 503 with a short message. With `pages`,
    a status already rendered is not rendered again."""
    if method not in READ_METHODS:
        return _text(405, "只读页面：仅支持 GET 与 HEAD", ("Allow", "GET, HEAD"))
    parts = urlsplit(target)
    if parts.path == "/healthz":
        return _text(200, "ok")
    if parts.path not in ("/", "/api/status"):
        return _text(404, "页面不存在")
    if not token_ok(token, parts.query, headers):
        return _text(401, "需要有效的访问令牌", ("WWW-Authenticate", 'Bearer realm="dutyroom"'))
    try:
        data = source()
    except Exception as exc:  # the page says the data is unavailable rather than dropping
        return _text(503, f"暂时无法读取值班数据：{exc}")
    body = render(parts.path, data) if pages is None else pages.body(parts.path, data)
    if parts.path == "/api/status":
        return Response(200, "application/json; charset=utf-8", body)
    return Response(200, "text/html; charset=utf-8", body)


# ---------------------------------------------------------------------------- HTML

_STYLE = """
body{font-family:"Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei",sans-serif;margin:0;
background:#f4f5f7;color:#1d2129}
header{background:#1f3a5f;color:#fff;padding:12px 20px}
header h1{font-size:20px;margin:0}
header p{margin:4px 0 0;font-size:14px;opacity:.85}
main{padding:12px 20px;display:grid;gap:12px}
section{background:#fff;border-radius:6px;padding:12px 16px;box-shadow:0 1px 2px #0002}
h2{font-size:16px;margin:0 0 8px}
table{border-collapse:collapse;width:100%;font-size:15px}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e5e6eb}
.overdue{background:#fde2e1;color:#a8071a;font-weight:bold}
.critical{background:#ffe7ba}.warning{background:#fff7e6}
.warn{color:#a8071a}.muted{color:#86909c}
"""


def _people(people: list[dict[str, str]]) -> str:
    if not people:
        return '<span class="warn">未排</span>'
    return "、".join(
        escape(p["name"]) + (f"（{escape(p['phone'])}）" if p.get("phone") else "") for p in people
    )


def _shift(title: str, shift: dict[str, Any]) -> str:
    span = f"{shift['start'][5:16].replace('T', ' ')} → {shift['end'][5:16].replace('T', ' ')}"
    rows = [
        f"<tr><th>带班领导</th><td>{_people(shift['leaders'])}</td></tr>",
        f"<tr><th>值班员</th><td>{_people(shift['officers'])}</td></tr>",
    ]
    if shift.get("chiefs"):
        rows.insert(1, f"<tr><th>值班长</th><td>{_people(shift['chiefs'])}</td></tr>")
    problems = "".join(f'<p class="warn">！{escape(p)}</p>' for p in shift["problems"])
    return (
        f"<section><h2>{escape(title)}　{escape(span)}（{escape(shift['day_type'])}）</h2>"
        f"<table>{''.join(rows)}</table>{problems}</section>"
    )


def _obligation_row(ob: dict[str, Any]) -> str:
    state = str(ob["state"])
    if state == "overdue":
        left = f"超时{ob['minutes_late']}分钟"
    else:
        left = f"剩余{ob['minutes_left']}分钟"
    # A duty-log item's clock (预警, 来文, 批示) has no incident: its entry is named instead.
    subject = f"#{ob['incident_id']}" if ob.get("incident_id") is not None else "值班日志"
    cells = (
        f"{subject} {ob['title'] or '（无标题）'}",
        str(ob["rule"]),
        str(ob["due_at"])[5:16].replace("T", " "),
        STATE_LABELS.get(state, state),
        left,
    )
    tds = "".join(f"<td>{escape(c)}</td>" for c in cells)
    return f'<tr class="{escape(state)}">{tds}</tr>'


def _obligations(obligations: list[dict[str, Any]]) -> str:
    if not obligations:
        return '<section><h2>未完成的报送时限</h2><p class="muted">无</p></section>'
    # Overdue first, then by due time: what needs doing now sits at the top.
    ordered = sorted(obligations, key=lambda ob: (ob["state"] != "overdue", ob["due_at"]))
    head = "<tr><th>事件</th><th>规则</th><th>时限</th><th>状态</th><th>剩余</th></tr>"
    body = "".join(_obligation_row(ob) for ob in ordered)
    return (
        f"<section><h2>未完成的报送时限（{len(obligations)}项）</h2>"
        f"<table>{head}{body}</table></section>"
    )


def render_html(data: dict[str, Any], *, refresh: int = REFRESH_SECONDS) -> str:
    """The page: on duty now and next, open obligations; reloads itself every `refresh` s."""
    at = str(data["at"])[:19].replace("T", " ")
    missing = "".join(
        f'<p class="warn">注意：{int(year)}年法定节假日数据缺失</p>'
        for year in data.get("holiday_data_missing", [])
    )
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta http-equiv="refresh" content="{int(refresh)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(str(data['bureau']))} 值班状态</title><style>{_STYLE}</style></head>"
        f"<body><header><h1>{escape(str(data['bureau']))} 值班状态</h1>"
        f"<p>数据时间：{escape(at)}（每{int(refresh)}秒自动刷新；只读）</p></header><main>"
        f"{_shift('当前班次', data['shift'])}{_shift('下一班次', data['next_shift'])}"
        f"{_obligations(data['obligations'])}{missing}</main></body></html>"
    )
