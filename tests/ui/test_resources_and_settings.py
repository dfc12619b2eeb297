"""Resource files resolve in every layout and are valid; preferences round-trip through the INI."""

from __future__ import annotations

import importlib.util
import wave
from pathlib import Path

import pytest
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from ui import resource_files
from ui.resource_files import ResourceMissingError, resource_path
from ui.settings import LANGUAGE, LAST_PAGE, SOUND_ON, AppSettings


@pytest.mark.parametrize("name", ["app.svg", "tray.svg", "tray-alert.svg", "chevron-down.svg"])
def test_icons_are_valid_svg(name: str) -> None:
    assert QSvgRenderer(str(resource_path("icons", name))).isValid()


def test_alarm_is_a_short_loud_16_bit_wav() -> None:
    with wave.open(str(resource_path("sounds", "alarm.wav"))) as wav:
        assert wav.getsampwidth() == 2
        assert wav.getnchannels() == 1
        seconds = wav.getnframes() / wav.getframerate()
        frames = wav.readframes(wav.getnframes())
    assert 1.2 <= seconds <= 2.0
    peak = max(
        abs(int.from_bytes(frames[i : i + 2], "little", signed=True))
        for i in range(0, len(frames), 2)
    )
    assert peak > 0.7 * 32767


def test_the_committed_alarm_is_what_the_script_makes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "make_alarm", resource_path("sounds", "make_alarm.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    made = module.main(tmp_path / "alarm.wav")
    assert made.read_bytes() == resource_path("sounds", "alarm.wav").read_bytes()


def test_style_sheet_names_the_cjk_fonts() -> None:
    text = resource_path("style.qss").read_text(encoding="utf-8")
    assert "Microsoft YaHei" in text and "WenQuanYi Micro Hei" in text


def test_a_missing_resource_says_where_it_looked() -> None:
    with pytest.raises(ResourceMissingError, match=r"nope\.svg"):
        resource_path("icons", "nope.svg")


def test_a_pyinstaller_bundle_is_searched_first(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    (tmp_path / "resources" / "icons" / "app.svg").write_text("<svg/>")
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    resource_files.resources_root.cache_clear()
    try:
        assert resource_path("icons", "app.svg") == tmp_path / "resources" / "icons" / "app.svg"
    finally:
        monkeypatch.undo()
        resource_files.resources_root.cache_clear()


def test_settings_defaults_and_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = AppSettings(path)
    assert settings.get(LANGUAGE) == "zh_CN"
    assert settings.get(SOUND_ON) is True
    settings.set(SOUND_ON, False)
    settings.set(LAST_PAGE, "page_log")
    settings.sync()
    again = AppSettings(path)
    assert again.get(SOUND_ON) is False
    assert again.get(LAST_PAGE) == "page_log"
    assert path.exists()


def test_settings_refuse_the_wrong_type(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        AppSettings(tmp_path / "s.ini").set(SOUND_ON, "yes")  # type: ignore[arg-type]


def test_geometry_without_a_saved_value_is_not_restored(qtbot, tmp_path: Path) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    assert not AppSettings(tmp_path / "s.ini").restore_geometry(widget)
