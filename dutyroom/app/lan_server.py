"""The LAN status page server: the standard library's HTTP server with a bounded worker pool.

It never touches the app's database handle: `source` (built in dutyroom/app/compose.py) reads the
status through its own read-only connection, which stop() closes and hold_database() closes
until resume_database(). The logic lives in lan_page.handle().

Slow or hostile clients cannot exhaust it: every socket read times out, at most WORKERS requests
are served at once and at most MAX_WAITING more wait; beyond that a connection gets a short 503
and is closed at once. Every answer, the standard library's own errors too, carries the
security headers.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

from dutyroom.lan_page import (
    SECURITY_HEADERS,
    RenderedPages,
    Response,
    StatusSource,
    error_response,
    handle,
    page_url,
)

log = logging.getLogger(__name__)

WORKERS = 8  # a bureau's leaders' screens, refreshing every few seconds
MAX_WAITING = 64
BACKLOG = 64
READ_TIMEOUT_S = 5.0  # a request line and headers arrive in well under a second on a LAN
# A whole request, however slowly its bytes trickle in (each within READ_TIMEOUT_S): a client
# sending one byte every few seconds would otherwise hold a worker for hours.
REQUEST_DEADLINE_S = 30.0
MAX_URL = 8192  # the page's own URLs are under 100 characters


def _raw(response: Response) -> bytes:
    """A whole HTTP/1.0 answer, for the accept thread (no handler object there)."""
    lines = [f"HTTP/1.0 {response.status} {error_name(response.status)}"]
    lines += [f"Content-Type: {response.content_type}", f"Content-Length: {len(response.body)}"]
    lines += [f"{name}: {value}" for name, value in (*SECURITY_HEADERS, *response.headers)]
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + response.body


def error_name(status: int) -> str:
    return BaseHTTPRequestHandler.responses.get(status, ("Error",))[0]


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "dutyroom"
    sys_version = ""  # do not advertise the Python version
    timeout = READ_TIMEOUT_S

    def setup(self) -> None:
        super().setup()
        self.request.settimeout(self.server.read_timeout)

    def handle_one_request(self) -> None:
        self.server.watch(self.request)
        try:
            super().handle_one_request()
        finally:
            self.server.unwatch(self.request)

    def _answer(self) -> None:
        if len(self.path) > MAX_URL:
            self._write(error_response(414))
            return
        response = handle(
            self.command,
            self.path,
            dict(self.headers.items()),
            token=self.server.token,
            source=self.server.source,
            pages=self.server.pages,
        )
        self._write(response)

    def _write(self, response: Response) -> None:
        # The page never speaks HTTP/0.9: a garbled request line would otherwise get a bare body.
        if self.request_version == "HTTP/0.9":
            self.request_version = "HTTP/1.0"
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in (*SECURITY_HEADERS, *response.headers):
            self.send_header(name, value)
        if response.status >= 400 and response.status not in (401, 404, 405):
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _answer

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # Unknown methods (TRACE, CONNECT, …) reach here as 501: the contract says 405.
        if code == 501 and getattr(self, "path", None) is not None:
            self._answer()
            return
        # Bad request lines (400), over-long lines (414), too many headers (431), HTTP/2+ (505):
        # our own short page with the security headers, not the standard library's.
        self.close_connection = True
        self._write(error_response(code))

    def log_message(self, format: str, *args: Any) -> None:
        # Never log the query string: it carries the token. A garbled request has no path.
        path = str(getattr(self, "path", "") or "")
        log.debug("lan %s %s", getattr(self, "command", None), path.split("?", 1)[0][:200])


class _Server(HTTPServer):
    request_queue_size = BACKLOG

    def __init__(
        self,
        address: tuple[str, int],
        token: str,
        source: StatusSource,
        read_timeout: float,
        request_deadline: float,
    ) -> None:
        self.token = token
        self.read_timeout = read_timeout
        self.request_deadline = request_deadline
        self.source = source
        self.pages = RenderedPages()
        self._pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="dutyroom-lan")
        self._slots = threading.BoundedSemaphore(WORKERS + MAX_WAITING)
        self._deadlines: dict[socket.socket, float] = {}
        self._watch_lock = threading.Lock()
        super().__init__(address, _Handler)

    def watch(self, request: socket.socket) -> None:
        with self._watch_lock:
            self._deadlines[request] = time.monotonic() + self.request_deadline

    def unwatch(self, request: socket.socket) -> None:
        with self._watch_lock:
            self._deadlines.pop(request, None)

    def service_actions(self) -> None:
        """Run by serve_forever between polls (every half second): a request past its deadline
        has its socket shut, so the blocked read returns and the worker is free again."""
        now = time.monotonic()
        with self._watch_lock:
            expired = [request for request, deadline in self._deadlines.items() if deadline < now]
        for request in expired:
            with contextlib.suppress(OSError):
                request.shutdown(socket.SHUT_RDWR)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            self._refuse(request)
            return
        try:
            self._pool.submit(self._work, request, client_address)
        except RuntimeError:  # the pool is shut down: the server is stopping
            self._slots.release()
            self.shutdown_request(request)

    def _work(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)
            self._slots.release()

    def _refuse(self, request: socket.socket) -> None:
        try:
            request.settimeout(0.5)
            request.sendall(_raw(error_response(503)))
        except OSError:
            pass
        finally:
            self.shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up or times out is routine on a LAN; nothing for stderr.
        log.debug("lan request from %s failed", client_address, exc_info=True)

    def server_close(self) -> None:
        super().server_close()
        self._pool.shutdown(wait=False, cancel_futures=True)


class LanServer:
    """Start, stop and describe the status page server; `port` 0 picks a free port."""

    def __init__(
        self,
        source: StatusSource,
        token: str,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        read_timeout: float = READ_TIMEOUT_S,
        request_deadline: float = REQUEST_DEADLINE_S,
    ):
        if not token:
            raise ValueError("LAN status page needs a token")
        self._server = _Server((host, port), token, source, read_timeout, request_deadline)
        self._thread: threading.Thread | None = None

    @property
    def host(self) -> str:
        return str(self._server.server_address[0])

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return page_url(self.host, self.port, self._server.token)

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="dutyroom-lan", daemon=True
        )
        self._thread.start()

    def serve_forever(self) -> None:
        """Serve on the calling thread (the headless `dutyroom serve`)."""
        self._server.serve_forever()

    def close(self) -> None:
        """Release the socket after serve_forever() returned on this thread (Ctrl+C)."""
        self._server.server_close()
        self.release_database()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        self.release_database()

    def release_database(self) -> None:
        """Close the source's connection, if it keeps one; a later request opens a new one."""
        self._call_source("close")

    def hold_database(self) -> None:
        """Close the source's connection and keep requests waiting until resume_database():
        a restore replaces the file meanwhile, and Windows refuses to replace an open file."""
        self._call_source("hold")

    def resume_database(self) -> None:
        self._call_source("resume")

    def _call_source(self, name: str) -> None:
        # A plain function as the source (tests) keeps no connection: nothing to do.
        method = getattr(self._server.source, name, None)
        if callable(method):
            method()
