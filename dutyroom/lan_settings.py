"""The bureau's choices for the LAN status page (局域网只读状态页): on or off, address, port, token.

Off by default and bound to this PC only (127.0.0.1) until the bureau opens it to the network: a
duty room's status is not for every machine on the LAN unless someone chose so.
"""

from __future__ import annotations

from dataclasses import dataclass

from dutyroom.errors import ValidationError
from dutyroom.events import Events
from dutyroom.messages import t
from dutyroom.ports import Store

ENABLED, BIND, PORT, TOKEN = "lan_enabled", "lan_bind", "lan_port", "lan_token"
DEFAULT_BIND, DEFAULT_PORT = "127.0.0.1", 8765
ALL_INTERFACES = "0.0.0.0"


def new_token() -> str:
    """A fresh access token for the page's address (URL-safe, 192 bits)."""
    import secrets  # not at import: hashlib's 4 ms stay off the start path

    return secrets.token_urlsafe(24)


@dataclass(frozen=True, slots=True)
class LanChoices:
    enabled: bool
    bind: str
    port: int
    token: str  # "" until the page is first set up


class LanSettingsService:
    def __init__(self, store: Store, events: Events) -> None:
        self._store = store
        self._events = events

    def choices(self) -> LanChoices:
        settings = self._store.settings
        port_text = settings.get(PORT) or ""
        port = (
            int(port_text) if port_text.isdigit() and 0 < int(port_text) < 65536 else DEFAULT_PORT
        )
        return LanChoices(
            (settings.get(ENABLED) or "0") == "1",
            (settings.get(BIND) or "").strip() or DEFAULT_BIND,
            port,
            settings.get(TOKEN) or "",
        )

    def ensure_token(self) -> LanChoices:
        """The choices, with a token made and stored the first time (so the address is stable)."""
        choices = self.choices()
        if choices.token:
            return choices
        token = new_token()
        self._store.settings.set(TOKEN, token)
        return LanChoices(choices.enabled, choices.bind, choices.port, token)

    def save(self, choices: LanChoices) -> None:
        if not 0 < choices.port < 65536:
            raise ValidationError(PORT, t("端口应在1到65535之间"))
        if not choices.token:
            raise ValidationError(TOKEN, t("访问令牌不能为空"))
        with self._store.atomic():
            settings = self._store.settings
            settings.set(ENABLED, "1" if choices.enabled else "0")
            settings.set(BIND, choices.bind.strip() or DEFAULT_BIND)
            settings.set(PORT, str(choices.port))
            settings.set(TOKEN, choices.token)
        self._events.emit("bureau")  # the GUI's LAN controller applies the new choice
