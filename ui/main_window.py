"""The main window: top bar, left navigation over lazily built pages, status bar, tray, one tick."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.services import DutyRoom
from ui.alarms import AlarmController, Notifier, PlyerNotifier, QtSound, Sound
from ui.duty_watcher import DutyWatcher
from ui.feedback import Confirm, ask_confirmation
from ui.formatting import core_text, enum_text, long_date, people_text
from ui.page_context import PageContext
from ui.pages import PageSpec, page_specs
from ui.resource_files import ResourceMissingError, resource_path
from ui.room_signals import RoomSignals
from ui.settings import LAST_PAGE, AppSettings
from ui.top_bar import TopBar

if TYPE_CHECKING:
    from ui.wall_mode import WallWindow

log = logging.getLogger(__name__)

TICK_MS = 1000
DEFAULT_SIZE = (1366, 860)
MAXIMISE_UP_TO = (
    1920,
    1080,
)  # the duty-room screens (1366×768 first); larger ones get DEFAULT_SIZE


def load_icon(name: str) -> QIcon:
    try:
        return QIcon(str(resource_path("icons", name)))
    except ResourceMissingError:
        log.warning("icon %s missing", name)
        return QIcon()


def _end_of_next_month(day: date) -> date:
    first_of_next = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
    return (first_of_next + timedelta(days=32)).replace(day=1) - timedelta(days=1)


class MainWindow(QMainWindow):
    """Signals:
    page_shown(str): the objectName of the page that became current.
    incident_received(int): F2 or 新接报 stored a new incident (its id); the form is open.
    """

    page_shown = Signal(str)
    incident_received = Signal(int)

    def __init__(
        self,
        room: DutyRoom,
        settings: AppSettings,
        *,
        confirm: Confirm = ask_confirmation,
        notifier: Notifier | None = None,
        sound: Sound | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.tray: QSystemTrayIcon | None = None
        self.last_receive_ms = 0.0
        self._room = room
        self._settings = settings
        self._tz = room.bureau.timezone()
        self._shown_day: date | None = None
        self.signals = RoomSignals(room.events, self)
        self.watcher = DutyWatcher(room.roster, room.clock, self._tz, self)
        self._specs: list[PageSpec] = page_specs()
        self.alarms = AlarmController(
            room,
            notifier or PlyerNotifier(lambda: self.tray),
            sound or QtSound(),
            room.clock,
            signals=self.signals,
            raise_window=self.show_and_raise,
            parent=self,
        )
        self._pages: dict[str, QWidget] = {}
        self._switching = False

        self.setWindowIcon(load_icon("app.svg"))
        # Each widget is made inside its final parent, as on the 值班台 (ui/dashboard.py): a
        # reparent makes Qt resolve font, palette and style sheet again.
        central = QWidget(self)
        central.setObjectName("central")
        body = QWidget(central)
        body.setObjectName("body")
        self.top_bar = TopBar(central)
        self.nav = QListWidget(body)
        self.nav.setObjectName("nav")
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for number, spec in enumerate(self._specs, start=1):
            self.nav.addItem(spec.title)
            self.nav.item(number - 1).setToolTip(f"{spec.title}  (Ctrl+{number})")
        self.pages = QStackedWidget(body)
        self._context = PageContext(
            room,
            self.signals,
            self.watcher,
            settings,
            confirm,
            receive_incident=self.receive_incident,
            alarms=self.alarms,
            officer=self.officer_name,
            parent=self.pages,
        )
        self.pages.setObjectName("pages")
        self._build_central(central, body)
        self._build_status_bar()
        self.tray = self._build_tray()

        for number, spec in enumerate(self._specs[:9], start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda name=spec.object_name: self.show_page(name))
        receive = QShortcut(QKeySequence(Qt.Key.Key_F2), self)
        receive.setObjectName("receive_shortcut")
        receive.setContext(Qt.ShortcutContext.ApplicationShortcut)
        receive.activated.connect(self._on_receive_activated)
        wall = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        wall.setObjectName("wall_shortcut")
        wall.setContext(Qt.ShortcutContext.ApplicationShortcut)
        wall.activated.connect(self.toggle_wall)
        self.wall: WallWindow | None = None

        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.signals.changed.connect(self._on_signals_changed)
        self.watcher.status_changed.connect(self._on_watcher_status_changed)

        self._timer = QTimer(self)
        self._timer.setObjectName("tick_timer")
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

        self._refresh_bureau()
        self.watcher.refresh()
        self.tick()
        self.opens_maximised = False
        if not settings.restore_geometry(self):
            self._resize_to_default()
        last = settings.get(LAST_PAGE)
        self.show_page(last if last in self.page_names() else self._specs[0].object_name)
        self._timer.start()

    # --- construction ----------------------------------------------------------------------

    def _build_central(self, central: QWidget, body: QWidget) -> None:
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.top_bar)
        column.addWidget(body, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        self.db_label = QLabel(self)
        self.db_label.setObjectName("status_db_label")
        path = self._room.db_path
        self.db_label.setText(self.tr("数据文件：{path}").format(path=path or self.tr("（内存）")))
        self.duty_label = QLabel(self)
        self.duty_label.setObjectName("status_duty_label")
        bar = self.statusBar()
        bar.setObjectName("status_bar")
        bar.addWidget(self.duty_label, 1)
        bar.addPermanentWidget(self.db_label)

    def _build_tray(self) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None  # offscreen, bare X servers, some Linux desktops
        tray = QSystemTrayIcon(load_icon("tray.svg"), self)
        tray.setObjectName("tray_icon")
        menu = QMenu(self)
        menu.addAction(self.tr("显示主窗口"), self.show_and_raise)
        menu.addSeparator()
        menu.addAction(self.tr("退出"), self.close)
        tray.setContextMenu(menu)
        tray.activated.connect(self._on_tray_activated)
        tray.show()
        return tray

    def _resize_to_default(self) -> None:
        """First start: the whole screen on a duty-room PC's screen (up to 1920×1080: at
        1366×768 every pixel of height goes to the clocks); a comfortable size on a bigger one.
        After that the window comes back as it was left (geometry saved on close)."""
        available = self.screen().availableGeometry()
        if available.width() <= MAXIMISE_UP_TO[0] and available.height() <= MAXIMISE_UP_TO[1]:
            self.opens_maximised = True
            self.setGeometry(available)  # also where no window manager obeys "maximised"
            return
        width = min(DEFAULT_SIZE[0], available.width())
        height = min(DEFAULT_SIZE[1], available.height())
        self.resize(width, height)

    # --- pages -----------------------------------------------------------------------------

    def page_names(self) -> list[str]:
        return [spec.object_name for spec in self._specs]

    @property
    def room(self) -> DutyRoom:
        return self._room

    def page(self, object_name: str) -> QWidget | None:
        """The page if it has been built (pages are built on first visit)."""
        return self._pages.get(object_name)

    def current_page_name(self) -> str:
        current = self.pages.currentWidget()
        return current.objectName() if current is not None else ""

    def show_page(self, object_name: str) -> QWidget:
        row = self.page_names().index(object_name)
        if self.nav.currentRow() != row:
            self._switching = True  # the program's switch (F2…) never waits for a question
            try:
                self.nav.setCurrentRow(row)  # → _on_nav_current_row_changed
            finally:
                self._switching = False
        else:
            self._show_row(row)
        return self._pages[object_name]

    def _leave_allowed(self, page: QWidget | None) -> bool:
        """A page with unsaved edits (设置's rules) may ask before the officer leaves it."""
        ask = getattr(page, "leave_allowed", None)
        return ask is None or bool(ask())

    def _on_nav_current_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self._specs):
            return
        current = self.pages.currentWidget()
        if not self._switching and current is not None and not self._leave_allowed(current):
            back = self.page_names().index(current.objectName())
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(back)
            self.nav.blockSignals(False)
            return
        self._show_row(row)

    def _show_row(self, row: int) -> None:
        spec = self._specs[row]
        page = self._pages.get(spec.object_name)
        if page is None:
            page = spec.build(self._context)
            page.setObjectName(spec.object_name)
            self._pages[spec.object_name] = page
            # Ticked before the stack polishes it: its countdown states then cost no repolish.
            self._tick_page(page, self._room.clock.now())
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.page_shown.emit(spec.object_name)

    # --- incidents -------------------------------------------------------------------------

    def officer_name(self) -> str:
        """The first duty officer of the running shift (cached by the watcher: no database)."""
        officers = tuple(getattr(self.watcher.current, "officers", ()) or ())
        return officers[0].name if officers else ""

    def _on_receive_activated(self) -> None:
        self.receive_incident()

    def receive_incident(self) -> int | None:
        """F2: store the incident FIRST (its clocks run from now), then open its form."""
        elapsed = QElapsedTimer()
        elapsed.start()
        before = self.current_page_name()
        if self.page("page_incidents") is not None:
            # Shown before the write, so the views it hides (the board) catch up when they are
            # seen again instead of during F2. Not on the first F2, when the page is still to
            # be built: the clock must not wait for that.
            self.show_page("page_incidents")
        try:
            incident = self._room.incidents.receive({}, received_by=self.officer_name())
        except DutyRoomError as exc:
            if before:
                self.show_page(before)
            self.statusBar().showMessage(
                self.tr("接报失败：{error}").format(error=core_text(exc.message))
            )
            return None
        assert incident.id is not None
        page = self.show_page("page_incidents")
        opener = getattr(page, "open_incident", None)
        if callable(opener):
            opener(incident.id, focus=True)
        self.last_receive_ms = elapsed.nsecsElapsed() / 1e6
        self.incident_received.emit(incident.id)
        return incident.id

    # --- data ------------------------------------------------------------------------------

    def _refresh_bureau(self) -> None:
        name = self._room.bureau.name()
        self.top_bar.set_bureau_name(name)
        self.setWindowTitle(self.tr("{name} - 应急值守").format(name=name))
        self._tz = self._room.bureau.timezone()
        self._refresh_day(self._room.clock.now().astimezone(self._tz).date())

    def _refresh_day(self, today: date) -> None:
        self._shown_day = today
        info = self._room.calendar.info(today)
        text = f"{long_date(today)} · {enum_text(info.day_type)}"
        if info.name:
            text += self.tr("（{name}）").format(name=core_text(info.name))
        calendar = self._room.calendar
        years = calendar.missing_years(today.replace(day=1), _end_of_next_month(today))
        warning = core_text(calendar.missing_message(years))
        self.top_bar.set_day(text, f"⚠ {warning}" if warning else "")

    def _on_signals_changed(self, topic: str) -> None:
        if topic == "bureau":
            self._refresh_bureau()
            self.watcher.set_timezone(self._tz)
            self.watcher.refresh()  # the shift times move with the zone
        elif topic == "calendar":
            self._refresh_day(self._room.clock.now().astimezone(self._tz).date())
            self.watcher.refresh()  # the day type (and 双带双值) may have changed
        elif topic in ("roster", "people"):
            self.watcher.refresh()

    def _on_watcher_status_changed(self) -> None:
        status = self.watcher.current
        if self.watcher.error:
            text = self.tr("当前值班：{error}").format(error=self.watcher.error)
        elif status is None:
            text = ""
        else:
            text = self.tr("当前值班　带班领导：{leaders}　值班员：{officers}").format(
                leaders=people_text(status.leaders, phones=False, empty=self.tr("未排")),
                officers=people_text(status.officers, phones=False, empty=self.tr("未排")),
            )
        self.duty_label.setText(text)

    # --- the tick --------------------------------------------------------------------------

    def _on_timer_timeout(self) -> None:
        self.tick()

    def tick(self, now: datetime | None = None) -> None:
        """Once a second: clock text, the date at midnight, the shift boundary. No database."""
        now = now or self._room.clock.now()
        local = now.astimezone(self._tz)
        self.top_bar.show_time(local)
        if local.date() != self._shown_day:
            self._refresh_day(local.date())  # once a day: the calendar is cached in memory
        self.watcher.tick(now)
        self.alarms.tick(now)
        current = self.pages.currentWidget()
        if current is not None:
            self._tick_page(current, now)
        if self.wall is not None and self.wall.isVisible():
            self.wall.tick(now)

    @staticmethod
    def _tick_page(page: QWidget, now: datetime) -> None:
        tick = getattr(page, "tick", None)
        if callable(tick):
            tick(now)

    # --- window ----------------------------------------------------------------------------

    def toggle_wall(self) -> None:
        """F11: the full-screen status board (built on first use); F11 or Esc leaves it."""
        if self.wall is not None and self.wall.isVisible():
            self.wall.close()
            return
        if self.wall is None:
            from ui.wall_mode import WallWindow  # on first F11: not at start-up

            self.wall = WallWindow(self._room, self.signals, self.watcher, self)
        self.wall.reload()
        self.wall.fit_to(self.screen().geometry())  # also where no window manager obeys
        self.wall.showFullScreen()
        self.wall.raise_()
        self.wall.activateWindow()

    def show_and_raise(self) -> None:
        """A second launch or the tray asked for the window: bring it to the front."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_and_raise()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(self._leave_allowed(page) for page in self._pages.values()):
            event.ignore()
            return
        # The page is remembered here, not on each switch: a QSettings write is a file write on
        # the next event-loop turn (23 ms of every F2 on the bench's disk).
        self._settings.set(LAST_PAGE, self.current_page_name() or self._specs[0].object_name)
        self._settings.save_geometry(self)
        self._settings.sync()
        self._timer.stop()
        self.alarms.stop()
        if self.wall is not None:
            self.wall.close()
        for timer in self.findChildren(QTimer):  # e.g. a form's draft timer: the room closes next
            timer.stop()
        if self.tray is not None:
            self.tray.hide()
        self.signals.detach()
        event.accept()
