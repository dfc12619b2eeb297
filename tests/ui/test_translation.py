"""The English UI: no Chinese on any page or main dialog, core messages included; the .qm is the
compiled, finished .ts; every core template has an English form with the same placeholders; the
English main window fits a 1366 px screen.

The room (tests/ui/english_room.py) has demo-like data typed in ASCII (names, places, titles,
the bureau), incidents with running obligations, a roster with problems and 2027 without holiday
data, so anything Chinese on screen is the program's own text. What may stay Chinese (DATA_*
below): the language combo's own "中文（简体）" and what the user types into the incident
form's classification combos (stored values; see their note).
"""

from __future__ import annotations

import re
import string
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QWidget

from dutyroom.clock import FakeClock
from dutyroom.messages import Text
from dutyroom.models import Role
from dutyroom.services import DutyRoom
from tests.ui.conftest import always_yes
from tests.ui.english_room import CJK, chinese_in, fill_room
from tests.ui.test_incidents import FakeNotifier, FakeSound
from ui.app import build_main_window, install_translations
from ui.formatting import core_text
from ui.main_window import MainWindow
from ui.settings import AppSettings

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
MAX_WIDTH = 1366  # the duty room's common laptop screen


def _update_script():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(TRANSLATIONS))
    try:
        import update  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(TRANSLATIONS))
    return update


def _qt_tool(name: str) -> list[str]:
    """lupdate / lrelease as update.py finds them; the test skips, with the reason, without them."""
    try:
        return list(_update_script().tool(name))
    except SystemExit as missing:
        pytest.skip(f"Qt translation tool missing: {missing}")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[list[QTranslator]]:
    previous = QLocale()
    translators = install_translations(qapp, "en")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def english_room(ui_room: DutyRoom, ui_clock: FakeClock) -> DutyRoom:
    fill_room(ui_room, ui_clock)
    return ui_room


@pytest.fixture
def notifier() -> FakeNotifier:
    return FakeNotifier()


@pytest.fixture
def english_window(
    qtbot,  # type: ignore[no-untyped-def]
    english: list[QTranslator],
    english_room: DutyRoom,
    ui_clock: FakeClock,
    app_settings: AppSettings,
    notifier: FakeNotifier,
) -> Iterator[MainWindow]:
    window = build_main_window(
        english_room, app_settings, confirm=always_yes, notifier=notifier, sound=FakeSound()
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.alarms.start(scheduler=False)  # the missed 临近 of the fire's phone report rings
    ui_clock.advance(minutes=4)
    window.tick()  # and its 紧急 (5 minutes left)
    yield window
    window.alarms.stop()


def test_english_translator_is_installed(english: list[QTranslator]) -> None:
    assert any(Path(t.filePath()).name == "dutyroom_en.qm" for t in english)
    assert QApplication.translate("Pages", "排班") == "Roster"


def test_english_navigation(english_window: MainWindow) -> None:
    window = english_window
    nav = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert nav[:3] == ["Duty desk", "Incoming reports", "Roster"]
    assert [text for text in nav if CJK.search(text)] == []
    assert window.windowTitle() == "Riverside County Emergency Management Bureau - Emergency duty"


PAGES = [
    "page_dashboard",
    "page_incidents",
    "page_roster",
    "page_log",
    "page_handover",
    "page_spotcheck",
    "page_stats",
    "page_reference",
    "page_settings",
]


@pytest.mark.parametrize("page_name", PAGES)
def test_english_page_shows_no_chinese(
    qtbot,  # type: ignore[no-untyped-def]
    english_window: MainWindow,
    page_name: str,
) -> None:
    window = english_window
    assert set(PAGES) == set(window.page_names())
    window.show_page(page_name)
    qtbot.wait(10)
    leftovers = chinese_in(window)
    assert not leftovers, "untranslated:\n" + "\n".join(leftovers)


def test_language_choice_is_saved_for_the_next_start(
    qtbot,  # type: ignore[no-untyped-def]
    main_window: MainWindow,
    app_settings: AppSettings,
) -> None:
    from ui.settings import LANGUAGE

    page = main_window.show_page("page_settings")
    combo = page.findChild(QComboBox, "language_combo")
    assert combo is not None
    assert combo.currentData() == "zh_CN"  # Chinese is the default
    combo.setCurrentIndex(combo.findData("en"))
    assert app_settings.get(LANGUAGE) == "en"
    assert AppSettings(app_settings.path).get(LANGUAGE) == "en"  # on disk, for the next start


def test_ts_is_complete_and_qm_is_its_compiled_form(tmp_path: Path) -> None:
    ts = TRANSLATIONS / "dutyroom_en.ts"
    text = ts.read_text(encoding="utf-8")
    unfinished = re.findall(
        r"<source>(.*?)</source>\s*<translation type=\"unfinished\"", text, flags=re.S
    )
    assert not unfinished, "translate these, then run resources/translations/update.py"
    assert 'type="vanished"' not in text and 'type="obsolete"' not in text
    command = _qt_tool("lrelease")
    out = tmp_path / "check.qm"
    subprocess.run([*command, "-removeidentical", str(ts), "-qm", str(out)], check=True)
    committed = TRANSLATIONS / "dutyroom_en.qm"
    assert committed.read_bytes() == out.read_bytes(), "run resources/translations/update.py"


def test_every_ui_string_is_in_the_ts() -> None:
    """lupdate over ui/ and the core's t() templates finds nothing new, and the list of core
    templates (core_templates.json) is current: a new message needs its English before merging."""
    _qt_tool("lupdate")
    _qt_tool("lrelease")
    problems = _update_script().check()
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------------------- core messages


def _core_templates() -> list[str]:
    update = _update_script()
    found = {text for path in update.core_sources() for _, _, text in update.core_messages(path)}
    return sorted(found)


def _fields(template: str) -> list[tuple[str, str]]:
    return sorted(
        (name, spec or "")
        for _, name, spec, _ in string.Formatter().parse(template)
        if name is not None
    )


def _sample(spec: str, index: int) -> object:
    """A value for a placeholder that its format spec accepts, in ASCII."""
    if "%" in spec:
        return datetime(2026, 12, 14, 2, 30, tzinfo=UTC)
    if spec.endswith(("f", "g")):
        return 1.5 + index
    if spec.endswith("d"):
        return index + 1
    return f"p{index}"


def _params(template: str) -> dict[str, object]:
    return {name: _sample(spec, i) for i, (name, spec) in enumerate(_fields(template))}


# Messages about an Excel file quote the Chinese column headings (or title) the importer looks
# for: what the file must contain, so the English keeps them in “…”.
FILE_WORDS = re.compile(r"“[^”]*”")
QUOTES_FILE_WORDS = (
    "未找到表头",
    "没有年份",
)


def _without_file_words(template: str, text: str) -> str:
    return FILE_WORDS.sub("", text) if any(k in template for k in QUOTES_FILE_WORDS) else text


def test_every_core_template_has_english_with_the_same_placeholders(
    english: list[QTranslator],
) -> None:
    assert len(_core_templates()) > 300
    wrong = []
    for template in _core_templates():
        english_text = QCoreApplication.translate("core", template)
        shown = _without_file_words(template, english_text)
        if CJK.search(shown) or _fields(english_text) != _fields(template):
            wrong.append(f"{template!r} -> {english_text!r}")
    assert not wrong, "\n".join(wrong)


def test_core_text_says_every_core_message_in_english(english: list[QTranslator]) -> None:
    """A message as the core raises it (a Text), filled with ASCII data, has no Chinese left."""
    left = []
    for template in _core_templates():
        message = Text(template, _params(template))
        assert message == template.format(**_params(template))  # the core still says it in Chinese
        shown = core_text(message)
        if CJK.search(_without_file_words(template, shown)):
            left.append(f"{template!r} -> {shown!r}")
    assert not left, "\n".join(left)


def test_stored_core_lines_are_recognised_in_english(english: list[QTranslator]) -> None:
    """What the database keeps is only the Chinese text (duty-log lines, stored rule names):
    core_text still finds the template and says it in English."""
    from ui import stored_text

    left = []
    for template in _core_templates():
        if "{" in template and stored_text._compile(template) is None:
            continue  # no Chinese between the placeholders: nothing to recognise it by
        stored = str(template.format(**_params(template)))
        shown = core_text(stored)
        if CJK.search(_without_file_words(template, shown)):
            left.append(f"{stored!r} -> {shown!r}")
    assert not left, "\n".join(left)


# ---------------------------------------------------------------------------- dialogs, errors


def _incident_ids(window: MainWindow) -> list[int]:
    return [i.id for i in window.room.incidents.open_incidents() if i.id is not None]


def _form(window: MainWindow):  # type: ignore[no-untyped-def]
    page = window.show_page("page_incidents")
    return page.open_incident(_incident_ids(window)[0])  # type: ignore[attr-defined]


def _first_pending(window: MainWindow) -> int:
    incident = _incident_ids(window)[0]
    obligations = window.room.incidents.obligations_of(incident)
    return next(o.id for o in obligations if o.done_at is None and o.id is not None)


def _correction(window: MainWindow) -> QWidget:
    page = window.show_page("page_log")
    page.table.selectRow(0)  # type: ignore[attr-defined]
    page._on_correct_clicked()  # type: ignore[attr-defined]
    return page.correction_dialog  # type: ignore[attr-defined,no-any-return]


def _draft(window: MainWindow) -> QWidget:
    from ui.report_draft_dialog import open_report_draft

    return open_report_draft(window.room, _incident_ids(window)[0], window)


def _wall(window: MainWindow) -> QWidget:
    window.toggle_wall()  # F11
    assert window.wall is not None
    window.wall.tick(window.room.clock.now())
    return window.wall


def _incident_dialog(opener: str) -> Callable[[MainWindow], QWidget]:
    def open_it(window: MainWindow) -> QWidget:
        _form(window)
        return getattr(window.page("page_incidents"), opener)()  # type: ignore[no-any-return]

    return open_it


DIALOGS: dict[str, Callable[[MainWindow], QWidget]] = {
    "people": lambda w: w.show_page("page_roster").io.open_people_dialog(),  # type: ignore[attr-defined]
    "swap": lambda w: w.show_page("page_roster").open_swap_dialog(),  # type: ignore[attr-defined]
    "day": lambda w: w.show_page("page_roster").open_day_dialog(w.room.today(), Role.OFFICER),  # type: ignore[attr-defined]
    "incident_form": _form,
    "report": lambda w: _form(w).open_report(_first_pending(w)),
    "close": _incident_dialog("open_close_dialog"),
    "received_at": _incident_dialog("open_received_at_dialog"),
    "grade": _incident_dialog("open_grade_dialog"),
    "procedure": _incident_dialog("open_procedure"),
    "history": _incident_dialog("open_history"),
    "log_correction": _correction,
    "report_draft": _draft,
    "wall_mode": _wall,
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_english_dialog_shows_no_chinese(
    qtbot,  # type: ignore[no-untyped-def]
    english_window: MainWindow,
    name: str,
) -> None:
    shown = DIALOGS[name](english_window)
    assert shown is not None
    qtbot.wait(10)
    root = shown.window()
    leftovers = chinese_in(root)
    assert not leftovers, "untranslated:\n" + "\n".join(leftovers)


def _clear_title(window: MainWindow) -> QWidget:
    form = _form(window)
    form.fields["title"].setText("")  # a title once given cannot be emptied: the core says why
    form.flush()
    return form


def _nameless_person(window: MainWindow) -> QWidget:
    dialog = DIALOGS["people"](window)
    dialog.findChild(QPushButton, "person_new_button").click()
    dialog.findChild(QPushButton, "person_save_button").click()
    return dialog


def _nameless_bureau(window: MainWindow) -> QWidget:
    page = window.show_page("page_settings")
    page.findChild(QLineEdit, "bureau_name_edit").setText("")
    page.findChild(QPushButton, "bureau_save_button").click()
    return page


def _snooze_without_reason(window: MainWindow) -> QWidget:
    from ui.alarm_banner import AlarmBanner

    banner = window.show_page("page_dashboard").findChild(AlarmBanner, "alarm_banner")
    assert banner is not None and banner.obligation_ids
    assert not banner.snooze(banner.obligation_ids[0])
    return banner


def _handover_without_name(window: MainWindow) -> QWidget:
    page = window.show_page("page_handover")
    page.findChild(QPushButton, "handover_start_button").click()
    page.findChild(QPushButton, "handover_submit_button").click()
    return page


def _empty_log_line(window: MainWindow) -> QWidget:
    page = window.show_page("page_log")
    page._on_quick_edit_return_pressed()  # type: ignore[attr-defined]
    return page


ERRORS: dict[str, Callable[[MainWindow], QWidget]] = {
    "title_cleared": _clear_title,
    "person_without_name": _nameless_person,
    "bureau_without_name": _nameless_bureau,
    "snooze_without_reason": _snooze_without_reason,
    "handover_without_name": _handover_without_name,
    "empty_log_line": _empty_log_line,
}


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_english_validation_errors_show_no_chinese(
    qtbot,  # type: ignore[no-untyped-def]
    english_window: MainWindow,
    name: str,
) -> None:
    """The core refuses the input (ValidationError, in Chinese); the UI shows it in English."""
    shown = ERRORS[name](english_window)
    qtbot.wait(10)
    leftovers = chinese_in(shown.window())
    assert not leftovers, "untranslated:\n" + "\n".join(leftovers)


def test_english_notifications_show_no_chinese(
    english_window: MainWindow, notifier: FakeNotifier
) -> None:
    assert notifier.sent, "the approaching phone report should have notified"
    assert [sent for sent in notifier.sent if CJK.search(" ".join(sent))] == []


def test_english_main_window_fits_a_1366_screen(
    qtbot,  # type: ignore[no-untyped-def]
    english_window: MainWindow,
) -> None:
    """Every page (a stacked widget is as wide as its widest page) and the incident form."""
    window = english_window
    for page in window.page_names():
        window.show_page(page)
    _form(window)
    qtbot.wait(10)
    assert window.minimumSizeHint().width() <= MAX_WIDTH
