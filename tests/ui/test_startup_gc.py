"""The collector paused for the GUI's start: back on afterwards, never switched on by mistake."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from dutyroom import cli, startup_gc


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    yield
    startup_gc.resume()
    gc.enable()


def test_pause_and_resume() -> None:
    startup_gc.pause()
    assert not gc.isenabled() and startup_gc.paused()
    startup_gc.resume()
    assert gc.isenabled() and not startup_gc.paused()


def test_a_collector_switched_off_elsewhere_stays_off() -> None:
    gc.disable()
    startup_gc.pause()
    startup_gc.resume()
    assert not gc.isenabled()


def test_the_gui_starts_with_it_paused_and_ends_with_it_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import ui.app

    seen: list[bool] = []

    def run(data_dir: Path, argv: list[str], *, early_check: object = None) -> int:
        seen.append(gc.isenabled())
        return 2  # refused before the first paint: nobody else resumes it

    monkeypatch.setattr(ui.app, "run", run)
    assert cli.run_gui(tmp_path) == 2
    assert seen == [False] and gc.isenabled()
