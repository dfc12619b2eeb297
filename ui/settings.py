"""User preferences in QSettings (INI under the data folder): every key and default declared once.

Bureau rules and data live in the database; this file only holds what belongs to one desk and
one person: window geometry, the language, the last page, whether alarms make sound.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

T = TypeVar("T", str, bool, int)

SETTINGS_FILENAME = "settings.ini"


@dataclass(frozen=True, slots=True)
class Key(Generic[T]):
    """One preference: its QSettings name and its default (whose type is the value's type)."""

    name: str
    default: T


LANGUAGE = Key("ui/language", "zh_CN")
LAST_PAGE = Key("ui/last_page", "page_dashboard")
SOUND_ON = Key("alarms/sound_on", True)

ALL_KEYS: tuple[Key[str] | Key[bool] | Key[int], ...] = (LANGUAGE, LAST_PAGE, SOUND_ON)


def geometry_key(window_class: str) -> str:
    """Window geometry is saved per window class, like Picard does."""
    return f"geometry/{window_class}"


def state_key(window_class: str) -> str:
    """QMainWindow.saveState() (docks, toolbars), per window class."""
    return f"window_state/{window_class}"


def settings_path(data_dir: Path) -> Path:
    return data_dir / SETTINGS_FILENAME


def _to_bool(value: object) -> bool:
    # INI files give every value back as text.
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "on")


class AppSettings:
    """A typed wrapper over one QSettings INI file; tests point it into tmp_path."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        return self._path

    def get(self, key: Key[T]) -> T:
        raw = self._qsettings.value(key.name, None)
        if raw is None:
            return key.default
        if isinstance(key.default, bool):
            return _to_bool(raw)  # type: ignore[return-value]
        if isinstance(key.default, int):
            try:
                return int(str(raw))  # type: ignore[return-value]
            except (TypeError, ValueError):
                return key.default
        return str(raw)  # type: ignore[return-value]

    def set(self, key: Key[T], value: T) -> None:
        if not isinstance(value, type(key.default)):
            raise TypeError(f"{key.name} takes {type(key.default).__name__}, not {value!r}")
        self._qsettings.setValue(key.name, value)

    def reset(self, key: Key[T]) -> None:
        self._qsettings.remove(key.name)

    # --- window geometry -------------------------------------------------------------------

    def save_geometry(self, widget: QWidget) -> None:
        name = type(widget).__name__
        self._qsettings.setValue(geometry_key(name), widget.saveGeometry())
        save_state = getattr(widget, "saveState", None)
        if callable(save_state):
            self._qsettings.setValue(state_key(name), save_state())

    def restore_geometry(self, widget: QWidget) -> bool:
        """Restore a saved geometry; False when there is none (the caller picks a default size)."""
        name = type(widget).__name__
        geometry = self._qsettings.value(geometry_key(name), None)
        if not isinstance(geometry, QByteArray) or geometry.isEmpty():
            return False
        restored = widget.restoreGeometry(geometry)
        state = self._qsettings.value(state_key(name), None)
        restore_state = getattr(widget, "restoreState", None)
        if isinstance(state, QByteArray) and callable(restore_state):
            restore_state(state)
        return bool(restored)

    def sync(self) -> None:
        self._qsettings.sync()
