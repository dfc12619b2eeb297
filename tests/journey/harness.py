"""The journey tests' machinery: an Xvfb screen, the real program on it, its probe, xdotool input.

The program runs as its own process (driver.py = the `dutyroom` console script + the read-only
probe) with QT_QPA_PLATFORM=xcb on a private Xvfb screen with no window manager. Every gesture is
an X input event sent by xdotool from outside; the probe only says where widgets are. After each
gesture the tests check that the process is still alive: a crash (SIGSEGV shows as exit -11 here,
139 in a shell) fails the test with the gesture that caused it and the program's last output.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

HERE = Path(__file__).resolve().parent
DRIVER = HERE / "driver.py"
START_TIMEOUT = 40.0  # a cold start on a loaded 2-core machine, imports and first paint
WAIT_TIMEOUT = 10.0
POLL = 0.05

T = TypeVar("T")
# Lines of the program's output that say nothing about a failure (no sound device, scheduling).
NOISE = ("qt.multimedia", "PulseAudioService", "QSoundEffect", " INFO apscheduler")


def tools_missing() -> list[str]:
    return [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]


class AppDiedError(AssertionError):
    """The program under test exited (crashed) while a journey was driving it."""


def _exit_text(code: int) -> str:
    if code < 0:
        name = signal.Signals(-code).name
        return f"killed by {name} (exit {code}; a shell shows {128 - code})"
    return f"exit code {code}"


class XServer:
    """A private Xvfb screen of one size; the display number is picked by Xvfb (-displayfd)."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.display = ""
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        read_fd, write_fd = os.pipe()
        try:
            self._process = subprocess.Popen(
                [
                    "Xvfb",
                    "-displayfd",
                    str(write_fd),
                    "-screen",
                    "0",
                    f"{self.width}x{self.height}x24",
                    "-nolisten",
                    "tcp",
                    "-noreset",
                ],
                pass_fds=(write_fd,),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            os.close(write_fd)
            write_fd = -1
            number = b""
            deadline = time.monotonic() + 20
            while not number.endswith(b"\n"):
                left = deadline - time.monotonic()
                ready, _, _ = select.select([read_fd], [], [], max(left, 0))
                if not ready:
                    raise RuntimeError("Xvfb did not report its display within 20 s")
                chunk = os.read(read_fd, 16)
                if not chunk:
                    raise RuntimeError(f"Xvfb exited ({self._process.poll()}) before it was ready")
                number += chunk
            self.display = ":" + number.decode().strip()
        finally:
            os.close(read_fd)
            if write_fd >= 0:
                os.close(write_fd)

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(5)

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=15,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout


def isolated_env(home: Path, display: str | None = None) -> dict[str, str]:
    """The environment of every program a test starts: its own HOME and XDG folders, so no
    user setting (Qt's or ours) leaks in or out; the data folder is always given explicitly."""
    env = dict(os.environ)
    for name in ("DUTYROOM_DATA_DIR", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DISPLAY"):
        env.pop(name, None)
    for name, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_RUNTIME_DIR", "run"),
    ):
        folder = home / sub if sub else home
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        env[name] = str(folder)
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    if display is not None:
        env["DISPLAY"] = display
        env["QT_QPA_PLATFORM"] = "xcb"
    return env


def cli(data_dir: Path, home: Path, *args: str, stdin: str | None = None) -> str:
    """`dutyroom --data-dir D ARGS…` as a separate process (headless: no Qt); its stdout."""
    result = subprocess.run(
        [sys.executable, "-m", "dutyroom", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=isolated_env(home),
        cwd=home,  # not the checkout: `-m` would put the working folder first on sys.path
        timeout=60,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"dutyroom {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result.stdout


def cli_json(data_dir: Path, home: Path, *args: str) -> Any:
    return json.loads(cli(data_dir, home, *args, "--json"))


def read_db(data_dir: Path, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
    """A plain read-only look at the database the program is writing (WAL: readers see commits)."""
    uri = f"file:{data_dir / 'dutyroom.sqlite3'}?mode=ro"
    connection = sqlite3.connect(uri, uri=True, timeout=5)
    try:
        connection.row_factory = sqlite3.Row
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int

    @classmethod
    def of(cls, values: list[int]) -> Rect:
        return cls(*values)

    @property
    def center(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2

    def inside(self, other: Rect) -> bool:
        return (
            self.x >= other.x
            and self.y >= other.y
            and self.x + self.width <= other.x + other.width
            and self.y + self.height <= other.y + other.height
        )


class App:
    """The real program on an XServer: start, ask the probe, send input, check it is alive."""

    def __init__(self, xserver: XServer, data_dir: Path, work: Path) -> None:
        self.x = xserver
        self.data_dir = data_dir
        self.work = work
        self.home = work / "home"
        self.log_path = work / "app.log"
        self._port_file = work / "probe.port"
        self._port = 0
        self._process: subprocess.Popen[bytes] | None = None
        self.gestures: list[str] = []

    # --- process ----------------------------------------------------------------------------

    def start(self) -> None:
        env = isolated_env(self.home, self.x.display)
        env["JOURNEY_PROBE_FILE"] = str(self._port_file)
        with open(self.log_path, "wb") as log:
            self._process = subprocess.Popen(
                [sys.executable, str(DRIVER), "--data-dir", str(self.data_dir)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=self.work,
            )
        self.gestures.append("start")
        deadline = time.monotonic() + START_TIMEOUT
        while not self._port_file.exists():
            self.check_alive()
            if time.monotonic() > deadline:
                raise AssertionError(f"no probe after {START_TIMEOUT} s\n{self.output_tail()}")
            time.sleep(POLL)
        self._port = int(self._port_file.read_text())
        self.wait_for(lambda: self.window("main_window"), "the main window to show")

    def stop(self) -> None:
        process = self._process
        if process is None or process.poll() is not None:
            return
        process.terminate()  # no handler: it ends at once; its lock file stays in the tmp folder
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)

    def output_tail(self, lines: int = 30) -> str:
        """The end of the program's stdout/stderr and of its own log file."""
        parts = []
        for path in (self.log_path, self.data_dir / "logs" / "dutyroom.log"):
            try:
                text = path.read_text(errors="replace")
            except OSError:
                continue
            kept = [line for line in text.splitlines() if not any(n in line for n in NOISE)]
            parts.append(f"--- {path.name}\n" + "\n".join(kept[-lines:]))
        return "\n".join(parts) or "(no output)"

    def check_alive(self) -> None:
        """Fail with the last gesture and the program's output if the process has exited."""
        assert self._process is not None
        code = self._process.poll()
        if code is not None:
            raise AppDiedError(
                f"dutyroom died after «{self.gestures[-1]}»: {_exit_text(code)}\n"
                f"gestures: {' → '.join(self.gestures)}\nlast output:\n{self.output_tail()}"
            )

    def settle(self) -> None:
        """Two round trips through the event loop after a gesture, then the liveness check."""
        for _ in range(2):
            self.query("ping")
            time.sleep(POLL)
        self.check_alive()

    # --- the probe --------------------------------------------------------------------------

    def query(self, line: str) -> Any:
        try:
            with socket.create_connection(("127.0.0.1", self._port), timeout=10) as sock:
                sock.sendall(line.encode("utf-8") + b"\n")
                reply = sock.makefile("r", encoding="utf-8").readline()
        except OSError:
            reply = ""
        if not reply:  # the program is gone, or going: give it a moment to finish dying
            assert self._process is not None
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(3)
            self.check_alive()
            raise AssertionError(f"the probe did not answer {line!r}\n{self.output_tail()}")
        answer = json.loads(reply)
        if isinstance(answer, dict) and "error" in answer:
            raise AssertionError(f"probe: {answer['error']}")
        return answer

    def widget(self, name: str) -> dict[str, Any] | None:
        found = self.query(f"widget {name}")
        return found if found.get("found") else None

    def shown(self, name: str) -> dict[str, Any] | None:
        """The widget if it is visible and at least partly on the screen."""
        found = self.widget(name)
        return found if found and found["visible"] and found["visible_rect"] else None

    def windows(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self.query("windows")
        return result

    def window(self, name: str) -> dict[str, Any] | None:
        return next((w for w in self.windows() if w["name"] == name), None)

    def focus(self) -> str:
        widget = self.query("focus")["widget"]
        return widget["name"] if widget else ""

    def wait_for(
        self, condition: Callable[[], T | None], what: str, timeout: float = WAIT_TIMEOUT
    ) -> T:
        """Poll `condition` until it gives something truthy; the process must stay alive."""
        deadline = time.monotonic() + timeout
        while True:
            self.check_alive()
            value = condition()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"waited {timeout} s for {what} after «{self.gestures[-1]}»\n"
                    f"windows: {self.windows()}\nfocus: {self.focus()}\n{self.output_tail(15)}"
                )
            time.sleep(POLL)

    # --- input (always xdotool) -------------------------------------------------------------

    def focus_window(self, name: str) -> None:
        """No window manager: give the X input focus to the window by hand, and wait for Qt."""
        window = self.wait_for(lambda: self.window(name), f"window {name}")
        self.x.xdotool("windowfocus", "--sync", str(window["window_id"]))
        self.wait_for(
            lambda: (self.window(name) or {}).get("active"), f"window {name} to be active"
        )

    def move_to(self, x: int, y: int) -> None:
        """The pointer to (x, y). `mousemove --sync` waits for a motion, so it would hang when
        the pointer is already there (it stays where the previous test left it)."""
        where = self.x.xdotool("getmouselocation", "--shell")
        here = dict(line.split("=", 1) for line in where.split())
        if (here.get("X"), here.get("Y")) != (str(x), str(y)):
            self.x.xdotool("mousemove", "--sync", str(x), str(y))

    def click_at(self, x: int, y: int, gesture: str) -> None:
        self.gestures.append(gesture)
        self.move_to(x, y)
        self.x.xdotool("click", "1")
        self.settle()

    def click(self, name: str, timeout: float = WAIT_TIMEOUT) -> None:
        """Click the middle of the visible part of widget `name` (it must be on screen)."""
        widget = self.wait_for(
            lambda: (w := self.shown(name)) and w["enabled"] and w, f"{name} on screen", timeout
        )
        x, y = Rect.of(widget["visible_rect"]).center
        self.click_at(x, y, f"click {name} ({widget.get('text') or widget['class']})")

    def click_button(self, box: str, role: str) -> None:
        """Click the button of `role` (AcceptRole, RejectRole, YesRole, NoRole…) in `box`."""

        def find() -> dict[str, Any] | None:
            buttons = self.query(f"buttons {box}")
            for button in buttons.get("buttons", []):
                if button.get("role") == role and button["visible"] and button["visible_rect"]:
                    return dict(button)
            return None

        button = self.wait_for(find, f"the {role} button of {box}")
        x, y = Rect.of(button["visible_rect"]).center
        self.click_at(x, y, f"click {button['text']} in {box}")

    def click_item(self, view: str, text: str) -> None:
        """Click the row of item view `view` (the sidebar `nav`, …) that reads `text`."""

        def find() -> dict[str, Any] | None:
            rows = self.query(f"items {view}").get("rows", [])
            return next((row for row in rows if row["text"] == text), None)

        row = self.wait_for(find, f"{text} in {view}")
        x, y = Rect.of(row["rect"]).center
        self.click_at(x, y, f"click {text} in {view}")

    def dialogs(self, wait: float = 0.5) -> list[dict[str, Any]]:
        """The dialogs shown now, after giving a just-clicked button `wait` seconds to open one
        (a modal one is shown before its own event loop answers the probe)."""
        deadline = time.monotonic() + wait
        while True:
            shown = [w for w in self.windows() if w.get("dialog")]
            if shown or time.monotonic() > deadline:
                return shown
            time.sleep(POLL)

    def modal(self) -> dict[str, Any] | None:
        """The modal dialog in front (a QMessageBox's text included), or None."""
        found = self.query("modal")
        return found if found.get("found") and found["visible"] else None

    def focus_modal(self, timeout: float = WAIT_TIMEOUT) -> dict[str, Any]:
        """Give the modal dialog in front the keyboard, as a window manager would."""
        modal = self.wait_for(self.modal, "a modal dialog", timeout)
        self.x.xdotool("windowfocus", "--sync", str(modal["window_id"]))
        self.wait_for(
            lambda: any(w["window_id"] == modal["window_id"] and w["active"]
                        for w in self.windows()),
            "the dialog to be active",
        )  # fmt: skip
        return modal

    def answer_modal(self, answer: str) -> str:
        """Answer the modal dialog in front: "yes" clicks 是/确定, "no" clicks 否/取消, "escape"
        focuses it and presses Esc; waits until it has gone. Returns the dialog's text."""
        modal = self.focus_modal()
        if answer == "escape":
            self.key("Escape")
        else:
            roles = ("YesRole", "AcceptRole") if answer == "yes" else ("NoRole", "RejectRole")
            button = next(
                (b for b in modal["buttons"] if b.get("role") in roles and b["visible_rect"]), None
            )
            assert button is not None, f"no {roles} button in {modal}"
            x, y = Rect.of(button["visible_rect"]).center
            self.click_at(x, y, f"click {button['text']} in «{(modal.get('text') or '')[:30]}…»")
        self.wait_for(
            lambda: (self.modal() or {}).get("window_id") != modal["window_id"],
            f"the dialog to close after {answer}",
        )
        return str(modal.get("text") or modal.get("title") or "")

    def key(self, *keys: str) -> None:
        for key in keys:
            self.gestures.append(f"key {key}")
            self.x.xdotool("key", key)
            self.settle()

    def type(self, text: str) -> None:
        self.gestures.append(f"type {text!r}")
        self.x.xdotool("type", "--delay", "20", text)
        self.settle()

    def tab_to(self, name: str, limit: int = 25) -> int:
        """Press Tab until widget `name` has the focus (a date editor's sections take Tabs too);
        how many Tabs that took."""
        for count in range(limit):
            if self.focus() == name:
                return count
            self.key("Tab")
        assert self.focus() == name, f"{limit} Tabs did not reach {name} (focus: {self.focus()})"
        return limit

    def scroll_into_view(self, name: str, area: str) -> dict[str, Any]:
        """Turn the mouse wheel over scroll area `area`'s scroll bar until `name` is fully shown
        (over the bar, so no spin box or combo under the pointer takes the wheel)."""
        for _ in range(40):
            widget = self.wait_for(lambda: self.widget(name), name)
            bar = self.query(f"vscrollbar {area}")
            viewport = Rect.of(bar["viewport"])
            rect = Rect.of(widget["rect"])
            if widget["visible_rect"] and rect.inside(viewport):
                return widget
            if not bar["visible"]:
                raise AssertionError(f"{name} is not on screen and {area} cannot scroll")
            down = rect.y + rect.height > viewport.y + viewport.height
            x, y = Rect.of(bar["rect"]).center
            self.gestures.append(f"wheel {'down' if down else 'up'} over {area}")
            self.move_to(x, y)
            self.x.xdotool("click", "5" if down else "4")
            self.settle()
        raise AssertionError(f"40 wheel turns did not bring {name} into view")


def receive_incident(data_dir: Path, home: Path, minutes_ago: int = 40) -> dict[str, Any]:
    """The brief's 较大 incident: 某化工厂爆炸, 4 deaths, received `minutes_ago` minutes ago."""
    from datetime import datetime, timedelta, timezone

    received = datetime.now(timezone(timedelta(hours=8))) - timedelta(minutes=minutes_ago)
    payload = {
        "title": "某化工厂爆炸",
        "category": "事故灾难",
        "subtype": "危化品",
        "deaths": 4,
        "township": "河口镇",
        "place": "河口镇",
        "received_at": received.isoformat(timespec="seconds"),
    }
    out = cli(data_dir, home, "incident", "receive", "--json", "-", stdin=json.dumps(payload))
    result: dict[str, Any] = json.loads(out)
    return result
