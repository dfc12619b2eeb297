"""Everything fits 1366×768 with a Windows taskbar (728 px of height), in Chinese and English.

Each dialog is built with the program's look (style sheet and fonts: they decide the sizes) on
demo data, then asked for its minimum size, the size it takes on a 1366×728 work area, and
whether its buttons are on screen. Pages are asked how wide they must be: the main window gives
them 1366 less the navigation bar.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, QSize
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from dutyroom import demo
from dutyroom.models import Role
from dutyroom.services import DutyRoom
from ui.app import apply_appearance, install_translations
from ui.flow_layout import FlowLayout
from ui.room_signals import RoomSignals
from ui.screen_fit import FRAME, SMALL_SCREEN, client_limit, fit_to_screen

LIMIT = client_limit(SMALL_SCREEN)  # 1350 × 688: a framed dialog on 1366×768 with a taskbar
NAV_WIDTH = 176  # style.qss: QListWidget#nav
PAGE_WIDTH = SMALL_SCREEN.width() - NAV_WIDTH


@pytest.fixture
def look(qapp: QApplication) -> Iterator[None]:
    """The program's style sheet and fonts, undone afterwards (later tests expect plain ones)."""
    old_font, old_sheet = qapp.font(), qapp.styleSheet()
    apply_appearance(qapp)
    yield
    qapp.setStyleSheet(old_sheet)
    qapp.setFont(old_font)


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication, look: None) -> Iterator[str]:
    previous = QLocale()
    translators = install_translations(qapp, request.param) if request.param == "en" else []
    yield str(request.param)
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def demo_room(ui_room: DutyRoom) -> DutyRoom:
    demo.fill(ui_room)
    return ui_room


def _fits(dialog: QWidget) -> QSize:
    """The dialog can shrink to a small screen, and is no larger than one when fitted to it."""
    dialog.ensurePolished()
    minimum = dialog.minimumSizeHint()
    assert minimum.height() <= LIMIT.height(), minimum
    assert minimum.width() <= LIMIT.width(), minimum
    size = fit_to_screen(
        dialog, dialog.size().expandedTo(dialog.sizeHint()), available=SMALL_SCREEN
    )
    assert size.height() + FRAME.height() <= SMALL_SCREEN.height()
    assert size.width() + FRAME.width() <= SMALL_SCREEN.width()
    return size


def _buttons_on_screen(qtbot, dialog: QDialog, box_name: str) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox, box_name)
    assert box is not None, box_name
    dialog.show()
    qtbot.waitExposed(dialog)
    assert box.isVisible()
    bottom = box.mapTo(dialog, box.rect().bottomLeft()).y()
    assert bottom <= dialog.height()  # inside the window, so above the taskbar


# --- the shared pieces ---------------------------------------------------------------------


def test_fit_to_screen_caps_a_large_wish_to_the_work_area(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    size = fit_to_screen(widget, QSize(2000, 1200), available=SMALL_SCREEN)
    assert size == QSize(1366 - FRAME.width(), 728 - FRAME.height())
    assert widget.size() == size
    small = fit_to_screen(widget, QSize(400, 300), available=QRect(0, 0, 1920, 1040))
    assert small == QSize(400, 300)


def test_a_flow_layout_wraps_when_narrow_and_needs_only_its_widest_item(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=8)
    buttons = [QPushButton(f"button number {n}", host) for n in range(6)]
    for button in buttons[:3]:
        flow.addWidget(button)
    flow.add_stretch()
    for button in buttons[3:]:
        flow.addWidget(button)
    widest = max(b.sizeHint().width() for b in buttons)
    assert flow.minimumSize().width() == widest
    one_line = flow.heightForWidth(flow.sizeHint().width())
    assert one_line == max(b.sizeHint().height() for b in buttons)
    assert flow.heightForWidth(widest) > 3 * one_line  # one button a line
    host.resize(flow.sizeHint().width() + 200, one_line)
    host.show()
    qtbot.waitExposed(host)
    # on one line, the stretch pushes the last three to the right edge
    assert buttons[-1].geometry().right() == host.width() - 1
    assert buttons[2].geometry().right() < buttons[3].geometry().left() - 8


# --- dialogs -------------------------------------------------------------------------------


def test_the_people_dialog_fits_with_its_close_button_in_view(
    qtbot, demo_room: DutyRoom, language: str
) -> None:  # type: ignore[no-untyped-def]
    from ui.people_dialog import PeopleDialog

    dialog = PeopleDialog(demo_room, RoomSignals(demo_room.events))
    qtbot.addWidget(dialog)
    _fits(dialog)
    size = dialog.fit(available=SMALL_SCREEN)
    assert size.height() <= 688  # it was the full 768 px, its buttons under the taskbar
    _buttons_on_screen(qtbot, dialog, "people_button_box")
    # every column of the people table is in view: no sideways scroll in either language
    assert dialog.table.horizontalScrollBar().maximum() == 0
    with qtbot.waitSignal(dialog.rejected):
        dialog.button_box.button(QDialogButtonBox.StandardButton.Close).click()


@pytest.mark.parametrize("name", ["swap", "day"])
def test_roster_dialogs_fit(qtbot, demo_room: DutyRoom, language: str, name: str) -> None:  # type: ignore[no-untyped-def]
    from ui.roster_page import RosterPage

    page = RosterPage(demo_room, RoomSignals(demo_room.events))
    qtbot.addWidget(page)
    day = demo_room.today()
    dialog = (
        page.open_swap_dialog(day) if name == "swap" else page.open_day_dialog(day, Role.OFFICER)
    )
    _fits(dialog)
    dialog.reject()


def test_the_import_preview_fits(qtbot, demo_room: DutyRoom, language: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dutyroom.excel import transfer
    from ui.import_preview_dialog import ImportPreviewDialog

    today = demo_room.today()
    path = transfer.export_roster(demo_room, today.year, today.month, tmp_path / "roster.xlsx")
    dialog = ImportPreviewDialog(demo_room, path)
    qtbot.addWidget(dialog)
    _fits(dialog)


def test_the_contact_dialog_is_wide_enough_for_a_unit_and_fits(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    from ui.contact_dialog import ContactDialog

    dialog = ContactDialog(None)
    qtbot.addWidget(dialog)
    _fits(dialog)
    assert dialog.minimumWidth() >= 440  # it opened 216 px wide: unit names did not fit
    _buttons_on_screen(qtbot, dialog, "contact_button_box")


def test_the_log_correction_and_report_draft_fit(qtbot, demo_room: DutyRoom, language: str) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta

    from ui.log_correction import CorrectionDialog
    from ui.report_draft_dialog import ReportDraftDialog

    now = demo_room.clock.now()
    entry = demo_room.log.entries(now - timedelta(days=2), now + timedelta(days=1))[0]
    assert isinstance(now, datetime)
    correction = CorrectionDialog(demo_room, entry, "孙丽娟")
    qtbot.addWidget(correction)
    _fits(correction)
    incident = demo_room.incidents.open_incidents()[0]
    assert incident.id is not None
    draft = ReportDraftDialog(demo_room, incident.id)
    qtbot.addWidget(draft)
    _fits(draft)


def test_the_print_preview_opens_large_but_within_the_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from ui.roster_print import fit_preview

    printer = QPrinter()
    dialog = QPrintPreviewDialog(printer)
    qtbot.addWidget(dialog)
    fit_preview(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() - FRAME.width()
    assert dialog.height() <= screen.height() - FRAME.height()
    assert dialog.width() >= min(1200, screen.width() - FRAME.width())


# --- pages ---------------------------------------------------------------------------------


def _page_fits(page: QWidget) -> None:
    page.ensurePolished()
    inner = page.widget() if hasattr(page, "widget") and callable(page.widget) else None
    needed = (inner or page).minimumSizeHint().width()
    assert needed <= PAGE_WIDTH, f"{page.objectName()} needs {needed} px of {PAGE_WIDTH}"


def test_the_roster_page_fits_and_its_side_panel_shows_every_fairness_column(
    qtbot, demo_room: DutyRoom, language: str
) -> None:  # type: ignore[no-untyped-def]
    from ui.roster_page import RosterPage

    page = RosterPage(demo_room, RoomSignals(demo_room.events))
    qtbot.addWidget(page)
    _page_fits(page)  # the action buttons wrap in English instead of widening the window
    page.resize(PAGE_WIDTH, 600)
    page.show()
    qtbot.waitExposed(page)
    side = page.side
    assert side.width() >= side.needed_width()
    side.setCurrentWidget(page.fairness_table)
    qtbot.wait(10)
    assert page.fairness_table.horizontalScrollBar().maximum() == 0  # 周末 was cut at 1366
    # no tab title is squeezed (问题 (n), 公平性): the tab bar needs no scroll buttons
    assert side.tabBar().sizeHint().width() <= side.width()
    header = page.table.horizontalHeader()
    for column in range(page.model.columnCount() - 1):
        assert header.sectionSize(column) >= header.sectionSizeHint(column)


@pytest.mark.parametrize(
    "page_name", ["page_spotcheck", "page_stats", "page_handover", "page_log", "page_settings"]
)
def test_the_other_pages_fit_1366(
    qtbot, demo_room: DutyRoom, language: str, page_name: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow
    from ui.settings import AppSettings

    window = MainWindow(demo_room, AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    page = window.show_page(page_name)
    _page_fits(page)


def test_the_spot_check_form_is_whole_without_scrolling(
    qtbot, demo_room: DutyRoom, language: str
) -> None:  # type: ignore[no-untyped-def]
    from ui.spotcheck_page import SpotCheckPage

    page = SpotCheckPage(demo_room, RoomSignals(demo_room.events))
    qtbot.addWidget(page)
    page.resize(PAGE_WIDTH, 608)  # 728 less the top bar and the status bar
    page.show()
    qtbot.waitExposed(page)
    assert not page.save_button.visibleRegion().isEmpty()


# --- wall mode -----------------------------------------------------------------------------


def _wall(qtbot, main_window, screen: QRect):  # type: ignore[no-untyped-def]
    """A wall window of a screen's size (offscreen, full screen would snap to the fake screen)."""
    from ui.wall_mode import WallWindow

    wall = WallWindow(main_window.room, main_window.signals, main_window.watcher)
    qtbot.addWidget(wall)
    wall.fit_to(screen)
    wall.show()
    qtbot.waitExposed(wall)
    return wall


def test_wall_rows_grow_into_a_1080_screen_and_stay_on_it(
    qtbot, main_window, ui_room: DutyRoom, look: None
) -> None:  # type: ignore[no-untyped-def]
    demo.fill(ui_room)
    wall = _wall(qtbot, main_window, QRect(0, 0, 1920, 1080))
    qtbot.wait(50)  # rebuilt rows are shown by a queued call
    assert wall.rows, "the demo has running deadlines"
    assert wall.row_text_size() > wall._base  # few rows: larger than the base text
    assert wall.findChild(QLabel, f"wall_detail_{wall.rows[0].item.obligation.id}") is not None
    wall.layout().activate()
    frame = wall.rows_frame.geometry()
    assert frame.bottom() > 1080 * 0.8  # the lower third is no longer empty
    assert wall.minimumSizeHint().height() <= 1080
    assert wall.minimumSizeHint().width() <= 1920
    wall.fit_to(QRect(0, 0, 1366, 768))
    qtbot.wait(50)
    wall.layout().activate()
    assert wall.minimumSizeHint().height() <= 768
    assert wall.minimumSizeHint().width() <= 1366
    wall.close()


def test_many_wall_rows_fall_back_to_base_size_and_say_how_many_are_hidden(
    qtbot, main_window, ui_room: DutyRoom, look: None
) -> None:  # type: ignore[no-untyped-def]
    demo.fill(ui_room)
    for n in range(12):
        fields = {"title": f"测试事件{n}号道路塌方", "category": "自然灾害", "deaths": n % 4}
        ui_room.incidents.receive(fields)
    wall = _wall(qtbot, main_window, QRect(0, 0, 1366, 768))
    qtbot.wait(50)
    wall.layout().activate()
    assert len(wall.rows) < len(wall._items)
    assert wall.row_text_size() < wall._base * 1.2
    assert wall.more_label.isVisibleTo(wall)
    assert wall.minimumSizeHint().height() <= 768
    wall.close()


def test_the_dashboard_with_log_item_clocks_fits_1366_and_shows_them_at_768(
    qtbot, demo_room: DutyRoom, language: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from dutyroom.models import LogKind
    from ui.log_clock_dialog import LogClockDialog
    from ui.log_clock_panel import LogClockPanel
    from ui.main_window import MainWindow
    from ui.settings import AppSettings

    demo_room.log.add(LogKind.WARNING, "县气象台发布暴雨橙色预警，请各乡镇做好防范")
    demo_room.log.add(LogKind.INSTRUCTION, "县长批示：全力做好河口镇仓库火灾善后工作")
    window = MainWindow(demo_room, AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.resize(SMALL_SCREEN.size())
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("page_dashboard")
    _page_fits(page)
    panel = page.findChild(LogClockPanel, "log_clock_panel")
    assert panel is not None and len(panel.rows) == 4
    # The page is a scroll area's content: what must not happen is a sideways scroll bar (two
    # clocks with their whole entry text once needed 1362 px of the 1189 there are).
    from PySide6.QtWidgets import QScrollArea

    scroll = page.findChild(QScrollArea, "dashboard_scroll")
    assert scroll is not None
    qtbot.waitUntil(lambda: scroll.widget().width() > 0)
    page.board.tick(demo_room.clock.now())  # as the 1-second timer does
    bar = scroll.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() == 0, timeout=2000)  # once the layout has settled
    # Above the incidents' cards, whole inside the window: not scrolled out of sight.
    top = panel.mapTo(window, panel.rect().topLeft()).y()
    bottom = panel.mapTo(window, panel.rect().bottomLeft()).y()
    assert top > 0 and bottom < SMALL_SCREEN.height() - 200, (top, bottom)
    dialog = LogClockDialog(demo_room, panel.rows[0].item, officer="孙丽娟")
    qtbot.addWidget(dialog)
    _fits(dialog)
    _buttons_on_screen(qtbot, dialog, "log_clock_buttons")


def test_the_rule_editor_fits_without_scrolling_and_its_section_fits_the_page(
    qtbot, demo_room: DutyRoom, language: str
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QScrollArea

    from ui.rule_dialog import RuleDialog
    from ui.settings_rules_section import RulesSection

    rules = demo_room.incidents.rules()
    general = next(r for r in rules if r.code == "general_written")
    dialog = RuleDialog(general, [r for r in rules if r is not general], new=False)
    qtbot.addWidget(dialog)
    _fits(dialog)
    fit_to_screen(dialog, QSize(1040, 660), available=SMALL_SCREEN)  # what it asks for
    _buttons_on_screen(qtbot, dialog, "rule_dialog_buttons")
    QApplication.processEvents()
    scroll = dialog.findChild(QScrollArea, "rule_dialog_scroll")
    assert scroll is not None
    assert scroll.verticalScrollBar().maximum() == 0  # every field in view at once
    section = RulesSection(demo_room, RoomSignals(demo_room.events))
    qtbot.addWidget(section)
    section.ensurePolished()
    assert section.minimumSizeHint().width() <= PAGE_WIDTH - 2 * 28  # the page's margins
