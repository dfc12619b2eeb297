"""The composition root: QApplication, single instance, the room, error hook, style, main window."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QWidget

import dutyroom
from dutyroom.app.clean_exit import RunMarker
from dutyroom.app.compose import DatabaseDoctor, open_room
from dutyroom.app.paths import logs_dir
from dutyroom.errors import DutyRoomError
from dutyroom.services import DutyRoom
from ui.alarms import Notifier, Sound
from ui.damaged_db import check_before_open
from ui.errors_hook import ErrorHook
from ui.feedback import Confirm, ask_confirmation
from ui.first_paint import after_first_paint, watch_first_paint
from ui.formatting import core_text
from ui.instance_lock import Held, InstanceLock
from ui.main_window import MainWindow
from ui.resource_files import ResourceMissingError, resource_path
from ui.settings import LANGUAGE, AppSettings, settings_path

if TYPE_CHECKING:
    from ui.background_check import BackgroundCheck
    from ui.settings_lan_section import LanController
    from ui.single_instance import SingleInstance

log = logging.getLogger(__name__)

APP_NAME = "dutyroom"
ORG_NAME = "dutyroom"
EXIT_STORAGE_ERROR = 2
EXIT_FOLDER_IN_USE = 3  # held by a window that did not answer, or by another computer
ALARMS_FALLBACK_MS = 2000
# Windows first (the main target), then macOS, then the common Linux CJK fonts.
FONT_FAMILIES = [
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
    "sans-serif",
]
BASE_POINT_SIZE = 11
STYLE = "Fusion"

Report = Callable[[str, str], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def build_main_window(
    room: DutyRoom,
    settings: AppSettings,
    *,
    confirm: Confirm = ask_confirmation,
    notifier: Notifier | None = None,
    sound: Sound | None = None,
) -> MainWindow:
    """The wired main window (not shown); tests build it with a FakeClock room and tmp settings,
    and with fakes for the notifier and the sound. Its alarms start with `start_alarms`."""
    return MainWindow(room, settings, confirm=confirm, notifier=notifier, sound=sound)


def start_alarms(window: MainWindow) -> None:
    """After the first paint: catch up on missed deadlines, then the scheduler (70 ms import);
    then the handover reminder and the daily backup, each on its own GUI-thread scheduler."""
    try:
        window.alarms.start()
    except Exception:
        log.exception("the alarm scheduler did not start; the 1-second check still rings")
    room = window.room
    try:
        from ui.handover_reminder import install_handover_reminder

        install_handover_reminder(window, room)
    except Exception:
        log.exception("the handover reminder did not start")
    if room.data_dir is not None:
        try:
            from ui.daily_backup import DailyBackup

            backup = DailyBackup(room, window.signals, window)
            backup.failed.connect(window.statusBar().showMessage)
            backup.start()
        except Exception:
            log.exception("the daily backup did not start")


def offer_first_use(window: MainWindow) -> QWidget | None:
    """An empty database opens the 初次使用 guide over the board (not an empty board)."""
    from ui.first_use import FirstUseDialog, needs_first_use

    if not needs_first_use(window.room):
        return None

    def open_people() -> None:
        from ui.people_dialog import PeopleDialog

        people = PeopleDialog(window.room, window.signals, dialog)
        people.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        people.open()

    dialog = FirstUseDialog(window.room, window.signals, window, open_people=open_people)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def start_lan_page(room: DutyRoom, window: MainWindow) -> LanController | None:
    """The read-only LAN status page follows the setting in 设置 (off by default); its server
    reads through its own read-only connection on its own thread."""
    path = room.db_path
    if path is None:
        return None
    from ui.settings_lan_section import LanController  # after the first paint (ui/app.py run)

    def make_server(host: str, port: int, token: str) -> object:
        from dutyroom.app.compose import read_only_status_source
        from dutyroom.app.lan_server import LanServer

        return LanServer(read_only_status_source(path), token, host=host, port=port)

    lan = LanController(room, make_server, window.signals, window)
    QTimer.singleShot(0, lan.apply)
    return lan


def listen_for_later_launches(data_dir: Path, window: MainWindow) -> SingleInstance:
    """The local server a second launch on this folder asks to raise the window."""
    from ui.single_instance import SingleInstance  # QtNetwork, after the first paint

    instance = SingleInstance(data_dir)
    instance.listen()
    instance.raise_requested.connect(window.show_and_raise)
    return instance


def make_application(argv: list[str]) -> QApplication:
    """The QApplication, in the Fusion style (the same on every OS).

    A new one gets the style from its arguments, so Qt makes it without Python seeing a QStyle
    (creating QStyle's Python enums costs ~5 ms of the first frame); an existing one (tests, a
    host program) is switched to it.
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        existing.setStyle(STYLE)
        return existing
    program = argv[:1] or [APP_NAME]  # Qt reads the first argument as the program's name
    return QApplication([*program, "-style", STYLE, *argv[1:]])


def apply_appearance(app: QApplication) -> None:
    """The CJK font fallback list, the style sheet and the window icon."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    try:
        app.setStyleSheet(load_style_sheet())
        app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    except ResourceMissingError:
        log.exception("style or icon missing; continuing with the plain look")


def load_style_sheet() -> str:
    """style.qss with @ICONS@ pointing at the icons folder of whichever layout we run from."""
    icons = resource_path("icons").as_posix()
    return resource_path("style.qss").read_text(encoding="utf-8").replace("@ICONS@", icons)


# What install_translations installed last: a second call replaces the language, it does not
# stack a second one under it (Qt asks the newest translator first, then the older ones).
_INSTALLED: list[QTranslator] = []


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own strings (确定/取消 on dialogs) in the user's language; ours when a .qm exists."""
    while _INSTALLED:
        app.removeTranslator(_INSTALLED.pop())
    installed: list[QTranslator] = []
    locale = QLocale(language)
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [("qtbase", "_", qt_dir)]
    with contextlib.suppress(ResourceMissingError):
        candidates.append(("dutyroom", "_", str(resource_path("translations"))))
    for name, prefix, folder in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, prefix, folder):
            app.installTranslator(translator)
            installed.append(translator)
    _INSTALLED.extend(installed)
    return installed


def _critical_box(title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # only when something is wrong

    QMessageBox.critical(None, title, text)


def open_room_or_report(data_dir: Path, report: Report = _critical_box) -> DutyRoom | None:
    """Open the room; on failure tell the person why (in Chinese) and return None."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        return open_room(data_dir)
    except DutyRoomError as exc:
        message = core_text(exc.message)
    except OSError as exc:
        message = _tr("无法使用数据文件夹 {path}：{error}").format(path=data_dir, error=exc)
    log.error("cannot open the room in %s: %s", data_dir, message)
    report(
        _tr("无法打开值班数据"), message + "\n\n" + _tr("数据文件夹：{path}").format(path=data_dir)
    )
    return None


def run(
    data_dir: Path, argv: list[str], *, early_check: Callable[[], list[str]] | None = None
) -> int:
    """Start the GUI on `data_dir`; returns the process exit code.

    `early_check`: the result of a quick_check already running on a thread (dutyroom/app/cli
    starts it before importing Qt when the last run did not exit cleanly). None: after an unclean
    exit the check runs in line before the database is opened; after a clean one it runs on a
    thread once the window has painted (ui/background_check.py).
    """
    app = make_application(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(dutyroom.__version__)

    # Before the database: a second launch must not open it, only wake the first one up.
    lock = InstanceLock(data_dir)
    state = lock.acquire()
    settings = AppSettings(settings_path(data_dir))
    install_translations(app, settings.get(LANGUAGE))
    apply_appearance(app)  # the hand-over's message looks like the rest of the program
    if state.held in (Held.HERE, Held.ELSEWHERE):
        from ui.hand_over import hand_over  # QtNetwork: only a second launch needs it now

        return 0 if hand_over(data_dir, state) else EXIT_FOLDER_IN_USE
    if state.held is Held.UNAVAILABLE:
        from ui.hand_over import window_answers

        if window_answers(data_dir):
            return 0
    hook: ErrorHook | None = None
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        hook = ErrorHook(logs_dir(data_dir))
        hook.install()
    except OSError:
        log.exception("cannot create the log folder; errors go to stderr only")
        hook = None
    try:
        return _run_room(app, data_dir, settings, hook, early_check)
    finally:
        lock.release()
        if hook is not None:
            hook.uninstall()


def _run_room(
    app: QApplication,
    data_dir: Path,
    settings: AppSettings,
    hook: ErrorHook | None,
    early_check: Callable[[], list[str]] | None,
) -> int:
    """From the database check to the end of the event loop (run() cleans up around it)."""
    doctor, marker = DatabaseDoctor(data_dir), RunMarker(data_dir)
    checked = early_check is not None or marker.left_by_an_unclean_exit()
    problems: list[str] | None = []  # after a clean exit: nothing to look for before opening
    if early_check is not None:
        problems = early_check()  # the thread started by the command line, before Qt
    elif checked:
        problems = None  # after an unclean exit: the guard reads the file itself, in line
    if not check_before_open(doctor, problems=problems):  # damaged: restore a backup, or quit
        return EXIT_STORAGE_ERROR
    room = open_room_or_report(data_dir)
    if room is None:
        return EXIT_STORAGE_ERROR
    try:
        marker.set()
    except OSError:  # the database opened, so the folder is writable; say it and go on
        log.exception("cannot write the clean-exit marker %s", marker.path)

    window = build_main_window(room, settings)
    if hook is not None:
        hook.set_parent(window)
    # The scheduler (70 ms with its imports), the server a second launch talks to (QtNetwork)
    # and the LAN page wait for the first frame; the 1-second tick rings meanwhile, and the
    # folder's lock keeps a second launch out. The fallback covers a window that gets no paint
    # (started minimised).
    lan: list[LanController] = []
    instances: list[SingleInstance] = []
    checks: list[BackgroundCheck] = []

    def after_paint() -> None:
        if not checked:
            checks.append(start_background_check(doctor, window))
        start_alarms(window)
        instances.append(listen_for_later_launches(data_dir, window))
        controller = start_lan_page(room, window)
        if controller is not None:
            lan.append(controller)
        offer_first_use(window)

    after_first_paint(window, after_paint, fallback_ms=ALARMS_FALLBACK_MS)
    # DUTYROOM_STARTUP_PROBE / DUTYROOM_SMOKE_QUIT (ui/first_paint.py). Installed last, so its
    # filter sees the first paint first and the probe does not count the alarm start.
    watch_first_paint(window)
    if window.opens_maximised:
        window.showMaximized()
    else:
        window.show()
    try:
        return int(app.exec())
    finally:
        for instance in instances:
            instance.close()
        for controller in lan:
            controller.stop()
        settings.sync()
        room.close()
        if not any(check.problems for check in checks):
            marker.clear()  # damage found on the way keeps it: the next start checks first


def start_background_check(doctor: DatabaseDoctor, window: QWidget) -> BackgroundCheck:
    from ui.background_check import BackgroundCheck

    check = BackgroundCheck(doctor.problems, doctor.path, window)
    check.start()
    return check


if __name__ == "__main__":  # pragma: no cover - use `python -m ui`
    sys.exit(run(Path.cwd() / "data", sys.argv))
