"""串班/代班 dialog: who gives, who takes, the days, who asked, who approved, why (all required)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.models import Person, Role, Swap, SwapKind
from ui.feedback import show_feedback
from ui.formatting import enum_text
from ui.qt_dates import to_date

PeopleOn = Callable[[date, Role], list[Person]]
Eligible = Callable[[Role], list[Person]]
Submit = Callable[[Swap], object]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class SwapDialog(QDialog):
    """Never exec()'d: the page calls open(); tests fill the fields and call submit().

    Signals:
        swap_saved(object): the Swap the service stored.
    """

    swap_saved = Signal(object)

    def __init__(
        self,
        *,
        day: date,
        role: Role,
        people_on: PeopleOn,
        eligible: Eligible,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("swap_dialog")
        self.setWindowTitle(self.tr("串班 / 代班"))
        self._people_on = people_on
        self._eligible = eligible
        self._submit = submit

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("swap_kind_combo")
        self.kind_combo.addItem(self.tr("代班（一方替另一方值班）"), SwapKind.COVER)
        self.kind_combo.addItem(self.tr("串班（两人对调日期）"), SwapKind.EXCHANGE)
        self.day_edit = self._date_edit("swap_day_edit", day)
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("swap_role_combo")
        for item in Role:
            self.role_combo.addItem(enum_text(item), item)
        self.role_combo.setCurrentIndex(list(Role).index(role))
        self.from_combo = QComboBox(self)
        self.from_combo.setObjectName("swap_from_combo")
        self.to_combo = QComboBox(self)
        self.to_combo.setObjectName("swap_to_combo")
        self.other_day_edit = self._date_edit("swap_other_day_edit", day)
        self.requested_edit = self._line("swap_requested_edit", self.tr("提出换班的人"))
        self.approved_edit = self._line("swap_approved_edit", self.tr("批准的领导"))
        self.reason_edit = self._line("swap_reason_edit", self.tr("如：出差、家中有事"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("swap_error_label")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("类型"), self.kind_combo)
        form.addRow(self.tr("日期"), self.day_edit)
        form.addRow(self.tr("岗位"), self.role_combo)
        form.addRow(self.tr("原值班人"), self.from_combo)
        form.addRow(self.tr("换为"), self.to_combo)
        self.other_day_label = QLabel(self.tr("对调日期"), self)
        form.addRow(self.other_day_label, self.other_day_edit)
        form.addRow(self.tr("申请人"), self.requested_edit)
        form.addRow(self.tr("批准人"), self.approved_edit)
        form.addRow(self.tr("理由"), self.reason_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("swap_ok_button")
        self.ok_button.setText(self.tr("确定换班"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.day_edit.dateChanged.connect(self._on_day_edit_changed)
        self.role_combo.currentIndexChanged.connect(self._on_day_edit_changed)
        self.other_day_edit.dateChanged.connect(self._on_other_day_edit_changed)
        self._on_day_edit_changed()
        self._on_kind_combo_changed()

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(_qdate(day))
        return edit

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(200)
        return edit

    # --- state -----------------------------------------------------------------------------

    def kind(self) -> SwapKind:
        return SwapKind(self.kind_combo.currentData())

    def role(self) -> Role:
        return Role(self.role_combo.currentData())

    def day(self) -> date:
        return to_date(self.day_edit.date())

    def other_day(self) -> date:
        return to_date(self.other_day_edit.date())

    def select_person(self, combo: QComboBox, name: str) -> None:
        """Tests and callers pick a person by name."""
        index = combo.findText(name)
        if index < 0:
            raise LookupError(f"{name} not offered in {combo.objectName()}")
        combo.setCurrentIndex(index)

    @staticmethod
    def _fill(combo: QComboBox, people: list[Person]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for person in people:
            combo.addItem(person.name, person.id)
        found = combo.findData(current)
        combo.setCurrentIndex(found if found >= 0 else (0 if people else -1))
        combo.blockSignals(False)

    def _on_kind_combo_changed(self) -> None:
        exchange = self.kind() is SwapKind.EXCHANGE
        self.other_day_edit.setEnabled(exchange)
        self.other_day_label.setEnabled(exchange)
        self._on_other_day_edit_changed()

    def _on_day_edit_changed(self) -> None:
        self._fill(self.from_combo, self._people_on(self.day(), self.role()))
        self._on_other_day_edit_changed()

    def _on_other_day_edit_changed(self) -> None:
        if self.kind() is SwapKind.EXCHANGE:
            # 串班: the other person is whoever holds the same role on the other day.
            people = self._people_on(self.other_day(), self.role())
        else:
            taken = {self.from_combo.itemData(i) for i in range(self.from_combo.count())}
            people = [p for p in self._eligible(self.role()) if p.id not in taken]
        self._fill(self.to_combo, people)

    # --- submit ----------------------------------------------------------------------------

    def build_swap(self) -> Swap:
        from_id = self.from_combo.currentData()
        to_id = self.to_combo.currentData()
        if from_id is None:
            raise _MissingError(self.tr("该日该岗位没有排班人员，无法换班"))
        if to_id is None:
            raise _MissingError(self.tr("请选择换为的人员"))
        exchange = self.kind() is SwapKind.EXCHANGE
        return Swap(
            kind=self.kind(),
            day=self.day(),
            role=self.role(),
            from_person_id=int(from_id),
            to_person_id=int(to_id),
            requested_by=self.requested_edit.text(),
            approved_by=self.approved_edit.text(),
            reason=self.reason_edit.text(),
            other_day=self.other_day() if exchange else None,
        )

    def submit(self) -> bool:
        """Save through the service; on a Chinese error show it here and stay open."""
        try:
            saved = self._submit(self.build_swap())
        except (DutyRoomError, _MissingError) as exc:
            show_feedback(self.error_label, getattr(exc, "message", str(exc)), error=True)
            return False
        self.swap_saved.emit(saved)
        return True

    def _on_buttons_accepted(self) -> None:
        if self.submit():
            self.accept()


class _MissingError(Exception):
    @property
    def message(self) -> str:
        return str(self.args[0])
