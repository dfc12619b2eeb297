"""The built wheel works outside the checkout: commands run and resources are found inside it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from this checkout, installed (without its dependencies) into a folder."""
    source = tmp_path_factory.mktemp("source")
    wheels = tmp_path_factory.mktemp("wheels")
    target = tmp_path_factory.mktemp("site")
    # Build from a copy: setuptools writes build/ and *.egg-info next to the sources.
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for name in ("dutyroom", "db", "ui", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "-w", str(wheels), str(source)],
        check=True,
        cwd=wheels,
        timeout=300,
    )
    (wheel,) = wheels.glob("dutyroom-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "dutyroom/resources/sounds/alarm.wav" in names
    assert not [n for n in names if n.startswith(("resources/", "tests/"))]
    subprocess.run(
        [*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True, timeout=300
    )
    return target


def run_installed(target: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DUTYROOM_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def test_installed_commands_and_resources(installed: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    demo = run_installed(installed, tmp_path, "-m", "dutyroom", "--data-dir", str(data), "demo")
    assert demo.returncode == 0, demo.stderr
    status = run_installed(
        installed, tmp_path, "-m", "dutyroom", "--data-dir", str(data), "status", "--json"
    )
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["shift"]["leaders"]
    probe = run_installed(
        installed,
        tmp_path,
        "-c",
        "import dutyroom, ui.resource_files as r; "
        "print(dutyroom.__file__); print(r.resource_path('sounds', 'alarm.wav')); "
        "print(r.resource_path('icons', 'app.svg'))",
    )
    assert probe.returncode == 0, probe.stderr
    for line in probe.stdout.splitlines():
        assert Path(line).resolve().is_relative_to(installed.resolve()), line
