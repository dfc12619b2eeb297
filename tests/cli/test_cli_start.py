"""What every start pays in dutyroom.app.cli: few imports, and no parser for a bare `dutyroom`."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dutyroom.app import cli

ROOT = Path(__file__).resolve().parents[2]

# Imported by the handlers that need them, never by importing the command. Not contextlib:
# `typing` itself imports it on a stock Python 3.11.7, so no code of ours can keep it out (the
# check passed only where a site-packages .pth file had imported it before the test looked).
HANDLER_ONLY = (
    "argparse",
    "json",
    "hashlib",
    "socket",
    "getpass",
    "tempfile",
    "dataclasses",
    "datetime",
    "dutyroom.app.compose",
    "dutyroom.services",
)


def test_importing_the_command_imports_only_what_the_parser_needs() -> None:
    script = (
        "import sys; before = set(sys.modules); import dutyroom.app.cli; "
        "new = set(sys.modules) - before; "
        f"extra = sorted(new & set({HANDLER_ONLY!r})); assert not extra, extra"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The data folders the GUI was started on, instead of starting it."""
    calls: list[Path] = []

    def run_gui(data_dir: Path) -> int:
        calls.append(data_dir)
        return 0

    monkeypatch.setattr(cli, "run_gui", run_gui)
    monkeypatch.setattr(cli, "skip_unused_optional_imports", lambda: None)
    return calls


def test_bare_command_starts_the_gui_without_building_the_parser(
    started: list[Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def no_parser() -> None:
        raise AssertionError("parser built for a bare start")

    monkeypatch.setattr(cli, "build_parser", no_parser)
    monkeypatch.setattr(sys, "argv", ["dutyroom"])
    monkeypatch.setenv("DUTYROOM_DATA_DIR", str(tmp_path / "env"))
    assert cli.main() == 0
    assert cli.main([]) == 0
    assert started == [tmp_path / "env", tmp_path / "env"]


def test_data_dir_option_alone_starts_the_gui_there_without_the_parser(
    started: list[Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def no_parser() -> None:
        raise AssertionError("parser built for `--data-dir D`")

    monkeypatch.setattr(cli, "build_parser", no_parser)
    assert cli.main(["--data-dir", str(tmp_path)]) == 0
    assert cli.main([f"--data-dir={tmp_path}"]) == 0
    assert started == [tmp_path, tmp_path]


@pytest.mark.parametrize(
    "arguments",
    [["--data-dir", ""], ["--data-dir="], ["--data-dir", "-x"], ["--data", "D"], ["--data-dir"]],
)
def test_anything_else_goes_to_the_parser(
    started: list[Path], monkeypatch: pytest.MonkeyPatch, arguments: list[str]
) -> None:
    parsed: list[bool] = []
    build = cli.build_parser

    def spy() -> object:
        parsed.append(True)
        return build()

    monkeypatch.setattr(cli, "build_parser", spy)
    with contextlib.suppress(SystemExit):  # the parser's own verdict on a bad value
        cli.main(arguments)
    assert parsed == [True]
