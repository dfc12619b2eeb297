"""The PyInstaller bundle builds from this checkout and the built programs run (issue 7).

Builds build_installer.spec into tmp (about 20 s), then runs dutyroom-cli (--version, demo, check,
status --json) on fresh data folders and starts the GUI offscreen with DUTYROOM_SMOKE_QUIT=1
(ui/first_paint.py), which quits by itself after the first frame.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import dutyroom

ROOT = Path(__file__).resolve().parents[1]
NAME = dutyroom.APP_NAME
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder app built from the checkout's spec; its folder."""
    pytest.importorskip("PyInstaller", reason="pyinstaller is not installed (pip install .[build])")
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build_installer.spec"),
        ],
        capture_output=True,
        text=True,
        cwd=work,
        timeout=900,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    folder = work / "dist" / NAME
    files = [f for f in folder.rglob("*") if f.is_file() and not f.is_symlink()]
    size = sum(f.stat().st_size for f in files) / 2**20
    print(f"bundle built in {time.monotonic() - started:.0f} s, {size:.0f} MiB")
    return folder


def run(program: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    environ.pop("DUTYROOM_DATA_DIR", None)
    return subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        cwd=program.parent,
        env=environ,
        timeout=120,
        check=False,
    )


def test_both_programs_are_in_one_folder(bundle: Path) -> None:
    assert (bundle / f"{NAME}{EXE_SUFFIX}").is_file()
    assert (bundle / f"{NAME}-cli{EXE_SUFFIX}").is_file()
    internal = bundle / "_internal"
    assert (internal / "resources" / "sounds" / "alarm.wav").is_file()
    assert not list(internal.rglob("pytest*")), "test packages must not be bundled"


def test_version(bundle: Path) -> None:
    done = run(bundle / f"{NAME}-cli{EXE_SUFFIX}", "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"dutyroom {dutyroom.__version__}"


def test_demo_check_and_status_on_a_fresh_folder(bundle: Path, tmp_path: Path) -> None:
    cli = bundle / f"{NAME}-cli{EXE_SUFFIX}"
    data = str(tmp_path / "data")
    demo = run(cli, "--data-dir", data, "demo")
    assert demo.returncode == 0, demo.stderr
    assert "已填入示范数据" in demo.stdout
    check = run(cli, "--data-dir", data, "check")
    assert check.returncode == 0, check.stderr
    assert "数据库正常" in check.stdout
    status = run(cli, "--data-dir", data, "status", "--json")
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["bureau"] == "示范县应急管理局"


def test_gui_starts_paints_and_quits_cleanly(bundle: Path, tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    assert run(bundle / f"{NAME}-cli{EXE_SUFFIX}", "--data-dir", data, "demo").returncode == 0
    gui = run(
        bundle / f"{NAME}{EXE_SUFFIX}",
        "--data-dir",
        data,
        DUTYROOM_SMOKE_QUIT="1",
        DUTYROOM_STARTUP_PROBE="1",
    )
    assert gui.returncode == 0, gui.stderr[-4000:]
    assert gui.stdout.startswith("painted "), gui.stdout + gui.stderr[-2000:]
    assert "Traceback" not in gui.stderr, gui.stderr[-4000:]


@pytest.mark.skipif(shutil.which("ldd") is None, reason="ldd (Linux) checks the trimmed libraries")
def test_no_kept_library_misses_a_trimmed_one(bundle: Path) -> None:
    """The spec drops Qt plugins and libraries we do not use; nothing left may need them."""
    internal = bundle / "_internal"
    qt_lib = internal / "PySide6" / "Qt" / "lib"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{qt_lib}"}
    missing = set()
    for library in internal.rglob("*.so*"):
        out = subprocess.run(
            ["ldd", str(library)], capture_output=True, text=True, env=env, check=False
        ).stdout
        missing |= {
            f"{library.name}: {line.strip()}" for line in out.splitlines() if "not found" in line
        }
    assert not missing, sorted(missing)
