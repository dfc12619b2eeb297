"""The bureau's own settings (name, time zone, grading switches), kept in the database record."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dutyroom import paper_settings
from dutyroom.errors import ValidationError
from dutyroom.events import Events
from dutyroom.messages import t
from dutyroom.paper_settings import PaperSettings
from dutyroom.ports import Store
from dutyroom.text import has_control

DEFAULT_NAME = t("应急管理局值班室")
DEFAULT_TIMEZONE = "Asia/Shanghai"
MAX_NAME_LENGTH = 60


class BureauService:
    """The zone and the grading switch are read on every receipt, save and repaint: they are
    read from storage once and kept until a "bureau" event says the record changed (every
    writer of bureau settings emits it; this service hears it before any view, having
    subscribed when the room was built)."""

    def __init__(self, store: Store, events: Events) -> None:
        self._store = store
        self._events = events
        self._tz: ZoneInfo | None = None
        self._count_missing: bool | None = None
        events.subscribe(self._on_event)

    def _on_event(self, topic: str) -> None:
        if topic == "bureau":
            self._forget()

    def _forget(self) -> None:
        self._tz = None
        self._count_missing = None

    def name(self) -> str:
        return self._store.settings.get("bureau_name") or DEFAULT_NAME

    def set_name(self, name: str) -> None:
        cleaned = " ".join(name.split())
        if not cleaned:
            raise ValidationError("bureau_name", t("单位名称不能为空"))
        if len(cleaned) > MAX_NAME_LENGTH:
            raise ValidationError(
                "bureau_name",
                t("单位名称过长（最多{name_length}个字）", name_length=MAX_NAME_LENGTH),
            )
        if has_control(cleaned):
            raise ValidationError("bureau_name", t("单位名称含有不可见的控制字符"))
        self._store.settings.set("bureau_name", cleaned)
        self._events.emit("bureau")

    def timezone_name(self) -> str:
        return self._store.settings.get("timezone") or DEFAULT_TIMEZONE

    def timezone(self) -> ZoneInfo:
        if self._tz is None:
            self._tz = _zone(self.timezone_name(), DEFAULT_TIMEZONE)
        return self._tz

    def set_timezone(self, name: str) -> None:
        cleaned = name.strip()
        try:
            if not cleaned or cleaned.startswith(("/", ".")):
                raise ZoneInfoNotFoundError(cleaned)
            ZoneInfo(cleaned)
        except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
            raise ValidationError(
                "timezone", t("无法识别的时区：{value}", value=cleaned or t("（空）"))
            ) from exc
        self._store.settings.set("timezone", cleaned)
        self._events.emit("bureau")

    def count_missing_as_deaths(self) -> bool:
        if self._count_missing is None:
            self._count_missing = self._store.settings.get("count_missing_as_deaths", "1") == "1"
        return self._count_missing

    def set_count_missing_as_deaths(self, value: bool) -> None:
        self._store.settings.set("count_missing_as_deaths", "1" if value else "0")
        self._events.emit("bureau")

    def paper(self) -> PaperSettings:
        """值班电话/传真, 值班时间 and the written report's header elements."""
        return paper_settings.read(self._store.settings.all())

    def set_paper(self, settings: PaperSettings) -> PaperSettings:
        """Store all of them at once (validated first, so nothing is half-written)."""
        clean = paper_settings.cleaned(settings)
        with self._store.atomic():
            for key, value in paper_settings.to_pairs(clean).items():
                self._store.settings.set(key, value)
        self._events.emit("bureau")
        return clean


def _zone(name: str, fallback: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return ZoneInfo(fallback)
