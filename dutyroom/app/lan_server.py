"""The LAN status page server: the standard library's ThreadingHTTPServer on its own thread.

It never touches the app's database handle: `source` (built in dutyroom/app/compose.py) reads the
status through its own read-only connection, which stop() closes and hold_database() closes
until resume_database(). The logic lives in lan_page.handle().
"""

from __future__ import annotations

import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from dutyroom.lan_page import SECURITY_HEADERS, RenderedPages, StatusSource, handle, page_url

log = logging.getLogger(__name__)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "dutyroom"
    sys_version = ""  # do not advertise the Python version

    def _answer(self) -> None:
        response = handle(
            self.command,
            self.path,
            dict(self.headers.items()),
            token=self.server.token,
            source=self.server.source,
            pages=self.server.pages,
        )
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in (*SECURITY_HEADERS, *response.headers):
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _answer

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # Unknown methods (TRACE, CONNECT, …) reach here as 501: the contract says 405.
        if code == 501:
            self._answer()
            return
        super().send_error(code, message, explain)

    def log_message(self, format: str, *args: Any) -> None:
        # Never log the query string: it carries the token.
        log.debug("lan %s %s", self.command, self.path.split("?", 1)[0])


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], token: str, source: StatusSource) -> None:
        self.token = token
        self.source = source
        self.pages = RenderedPages()
        super().__init__(address, _Handler)


class LanServer:
    """Start, stop and describe the status page server; `port` 0 picks a free port."""

    def __init__(self, source: StatusSource, token: str, *, host: str = "127.0.0.1", port: int = 0):
        if not token:
            raise ValueError("LAN status page needs a token")
        self._server = _Server((host, port), token, source)
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
