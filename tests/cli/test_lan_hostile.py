"""The LAN server against clients that send garbage, never finish, or come in hundreds: every one
gets a short answer with the security headers, and the threads stay bounded."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from dutyroom.app import lan_server
from dutyroom.app.lan_server import LanServer
from dutyroom.lan_page import SECURITY_HEADERS

TOKEN = "hostile-token"


@pytest.fixture
def server() -> Iterator[LanServer]:
    served = LanServer(
        lambda: {"shift": None}, TOKEN, port=0, read_timeout=0.5, request_deadline=1.5
    )
    served.start()
    yield served
    served.stop()


def raw(server: LanServer, data: bytes, wait: float = 5.0) -> bytes:
    with socket.create_connection(("127.0.0.1", server.port), timeout=wait) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


@pytest.mark.parametrize(
    ("request_line", "status"),
    [
        (b"GARBAGE", 400),
        (b"GET", 400),
        (b"\x00\xff\xfe\x80", 400),
        (b"GET / HTTP/1.1 extra", 400),
        (b"GET / HTTP/9.9", 505),  # a well-formed line of a version the page does not speak
        (b"GET /" + b"a" * 100_000 + b" HTTP/1.1", 414),
        (b"GET /?token=" + b"a" * 9000 + b" HTTP/1.1", 414),
    ],
)
def test_a_malformed_request_gets_a_short_answer_with_the_security_headers(
    server: LanServer, request_line: bytes, status: int
) -> None:
    answer = raw(server, request_line + b"\r\n\r\n")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert status_of(answer) == status
    for name, value in SECURITY_HEADERS:
        assert f"{name}: {value}".encode() in head
    assert body.decode("utf-8").strip() and b"<" not in body  # our text, not the stdlib's page


def test_too_many_headers_is_refused(server: LanServer) -> None:
    headers = b"".join(b"X-%d: 1\r\n" % i for i in range(200))
    answer = raw(server, b"GET /healthz HTTP/1.1\r\n" + headers + b"\r\n")
    assert status_of(answer) == 431


def test_a_client_that_never_finishes_is_dropped_after_the_read_timeout(
    server: LanServer,
) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(b"GET /healthz HT")
        started = time.monotonic()
        answer = sock.recv(65536)
        waited = time.monotonic() - started
    assert answer == b"" or status_of(answer) in (400, 408)
    assert waited < 3


def test_hundreds_of_idle_sockets_hold_a_bounded_number_of_threads(server: LanServer) -> None:
    before = threading.active_count()
    idle = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(120)]
    try:
        time.sleep(0.3)
        assert threading.active_count() - before <= lan_server.WORKERS
        refused = 0
        for sock in idle[-50:]:
            sock.settimeout(2)
            try:
                answer = sock.recv(4096)
            except TimeoutError:
                continue
            if answer and status_of(answer) == 503:
                assert b"Content-Security-Policy" in answer
                refused += 1
        assert refused  # beyond the waiting room a connection is told, not left hanging
    finally:
        for sock in idle:
            sock.close()
    # Once the idle ones time out, a real request is served again.
    deadline = time.monotonic() + 20
    while True:
        answer = raw(server, b"GET /healthz HTTP/1.0\r\n\r\n")
        if status_of(answer) == 200 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert status_of(answer) == 200


def test_the_listen_backlog_takes_a_burst_of_clients() -> None:
    assert lan_server.BACKLOG >= 64


def test_twenty_concurrent_clients_are_all_served(server: LanServer) -> None:
    results: list[int] = []

    def fetch() -> None:
        results.append(status_of(raw(server, b"GET /healthz HTTP/1.0\r\n\r\n")))

    threads = [threading.Thread(target=fetch) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert results == [200] * 20


def test_a_client_trickling_bytes_is_cut_at_the_request_deadline(server: LanServer) -> None:
    """One byte every 0.2 s stays within the read timeout (0.5 s) for ever; the deadline ends it."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        started = time.monotonic()
        closed = False
        for byte in b"GET /healthz HTTP/1.1\r\nX-Slow: " + b"a" * 200:
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                closed = True
                break
            sock.settimeout(0.2)
            try:
                if sock.recv(1024) == b"":
                    closed = True
                    break
            except TimeoutError:
                pass
        waited = time.monotonic() - started
    assert closed and waited < 5
