"""The roster page's file work: Excel export and import (with preview), printing, people dialog.

File choosers and the printer are injectable so tests never open a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from dutyroom.errors import DutyRoomError
from dutyroom.services import DutyRoom
from ui.formatting import core_text
from ui.people_dialog import PeopleDialog
from ui.room_signals import RoomSignals
from ui.roster_ops import MonthData
from ui.roster_print import RosterSheet, print_with_preview, sheet_of
from ui.tr_noop import QT_TRANSLATE_NOOP

PathChooser = Callable[[QWidget, str, str], str | None]
Printer = Callable[[QWidget, RosterSheet], object]
Say = Callable[[str, bool], None]
EXCEL_FILTER = QT_TRANSLATE_NOOP("RosterIO", "Excel 工作簿 (*.xlsx)")

__all__ = ["Printer", "RosterIO", "choose_open_path", "choose_save_path", "print_with_preview"]


def choose_save_path(parent: QWidget, title: str, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, _tr_filter())
    return path or None


def choose_open_path(parent: QWidget, title: str, _suggested: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", _tr_filter())
    return path or None


def _tr_filter() -> str:
    return QCoreApplication.translate("RosterIO", EXCEL_FILTER)


class RosterIO:
    """Holds the dialogs it opens (import_dialog, people_dialog) so tests can reach them."""

    def __init__(
        self,
        room: DutyRoom,
        parent: QWidget,
        *,
        signals: RoomSignals,
        say: Say,
        choose_save: PathChooser = choose_save_path,
        choose_open: PathChooser = choose_open_path,
        print_html: Printer = print_with_preview,
    ) -> None:
        self._room = room
        self._parent = parent
        self._signals = signals
        self._say = say
        self._choose_save = choose_save
        self._choose_open = choose_open
        self._print_html = print_html
        self.import_dialog: QWidget | None = None
        self.people_dialog: PeopleDialog | None = None

    def _tr(self, text: str) -> str:
        return QCoreApplication.translate("RosterIO", text)

    def export_month(self, month: tuple[int, int]) -> Path | None:
        year, number = month
        suggested = self._tr("{bureau}值班表{year}-{month:02d}.xlsx").format(
            bureau=self._room.bureau.name(), year=year, month=number
        )
        chosen = self._choose_save(self._parent, self._tr("导出排班表"), suggested)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        from dutyroom.excel import transfer  # openpyxl only when a workbook is written

        try:
            saved = transfer.export_roster(self._room, year, number, path)
        except DutyRoomError as exc:
            self._say(core_text(exc.message), True)
            return None
        self._say(self._tr("已导出：{path}").format(path=saved), False)
        return saved

    def import_file(self, month: tuple[int, int]) -> QWidget | None:
        chosen = self._choose_open(self._parent, self._tr("导入排班表"), "")
        if not chosen:
            return None
        from ui.import_preview_dialog import ImportPreviewDialog

        dialog = ImportPreviewDialog(self._room, Path(chosen), self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._on_import_dialog_imported)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _on_import_dialog_imported(self, result: object) -> None:
        days = getattr(result, "days", 0)
        created = getattr(result, "people_created", 0)
        text = self._tr("已导入 {d} 天排班").format(d=days)
        if created:
            text += self._tr("，新建人员 {n} 人").format(n=created)
        self._say(text, False)

    def print_month(self, data: MonthData) -> None:
        """The month as posted: the same content as the workbook (dutyroom.roster_paper)."""
        from dutyroom.roster_paper import month_paper

        try:
            sheet = sheet_of(month_paper(self._room, data.year, data.month))
            self._print_html(self._parent, sheet)
        except (OSError, DutyRoomError) as exc:
            self._say(self._tr("打印失败：{e}").format(e=exc), True)

    def open_people_dialog(self) -> PeopleDialog:
        dialog = PeopleDialog(self._room, self._signals, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.people_dialog = dialog
        dialog.open()
        return dialog
