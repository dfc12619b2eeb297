"""Pick who holds one role on one day: a checkbox per eligible person; saved as a manual edit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.models import Person, Role
from ui.feedback import show_feedback
from ui.formatting import core_text, enum_text
from ui.screen_fit import fit_to_screen

SetDay = Callable[[date, Role, list[int]], object]


class DayPickerDialog(QDialog):
    """Signals:
    day_saved(): the day was written (the page reloads on the "roster" event anyway).
    """

    day_saved = Signal()

    def __init__(
        self,
        *,
        day: date,
        role: Role,
        eligible: Sequence[Person],
        chosen: Sequence[int],
        minimum: int,
        set_day: SetDay,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("day_picker_dialog")
        self._day = day
        self._role = role
        self._set_day = set_day
        self.setWindowTitle(
            self.tr("{m}月{d}日 {role}").format(m=day.month, d=day.day, role=enum_text(role))
        )
        hint = QLabel(
            self.tr("勾选本日{role}（至少{n}人）；保存后记为手工调整，重新生成时保留。").format(
                role=enum_text(role), n=minimum
            ),
            self,
        )
        hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("day_picker_list")
        for person in eligible:
            phone = person.mobile or person.office_phone
            item = QListWidgetItem(f"{person.name}  {phone}".strip(), self.list)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("day_picker_error_label")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("day_picker_save")
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(360, 420))

    def set_checked(self, names: Sequence[str]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            name = item.text().split()[0]
            state = Qt.CheckState.Checked if name in names else Qt.CheckState.Unchecked
            item.setCheckState(state)

    def chosen_ids(self) -> list[int]:
        ids = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def submit(self) -> bool:
        try:
            self._set_day(self._day, self._role, self.chosen_ids())
        except DutyRoomError as exc:
            show_feedback(self.error_label, core_text(exc.message), error=True)
            return False
        self.day_saved.emit()
        return True

    def _on_buttons_accepted(self) -> None:
        if self.submit():
            self.accept()
