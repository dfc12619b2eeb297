"""初次使用: on an empty database, three steps instead of an empty board.

单位名称, then the people (imported from the bureau's Excel list or typed in 人员管理), then this
month's roster; or 先看示范数据 to try the program on a made-up county bureau first. Every step
goes through the room's services, each in its own transaction, so closing the guide half-way
loses nothing that was done.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.roster_service import month_range
from dutyroom.services import DutyRoom
from ui.feedback import show_feedback
from ui.formatting import core_text
from ui.room_signals import RoomSignals

ChooseFile = Callable[[QWidget, str], str]


def choose_workbook(parent: QWidget, title: str) -> str:
    """The real file dialog; tests inject their own."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", "Excel (*.xlsx *.xlsm)")
    return path


def needs_first_use(room: DutyRoom) -> bool:
    """Nobody to roster yet: a new installation (or a wiped database)."""
    return not room.people.list()


class FirstUseDialog(QDialog):
    """Non-modal; tests click its buttons through objectName."""

    def __init__(
        self,
        room: DutyRoom,
        signals: RoomSignals,
        parent: QWidget | None = None,
        *,
        choose_file: ChooseFile = choose_workbook,
        open_people: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_use_dialog")
        self.setWindowTitle(self.tr("初次使用"))
        self._room = room
        self._signals = signals
        self._choose_file = choose_file
        self._open_people = open_people

        intro = QLabel(
            self.tr("数据库是空的。三步即可开始值班；每一步都可以以后在“排班”“设置”中再改。"),
            self,
        )
        intro.setWordWrap(True)
        self.bureau_edit = QLineEdit(room.bureau.name(), self)
        self.bureau_edit.setObjectName("first_use_bureau")
        self.bureau_edit.setPlaceholderText(self.tr("如：某某县应急管理局"))
        save_name = self._button("first_use_save_bureau", self.tr("保存"), self.save_bureau)
        import_people = self._button(
            "first_use_import_people", self.tr("从Excel导入人员…"), self.import_people
        )
        type_people = self._button(
            "first_use_open_people", self.tr("逐个录入…"), self._on_type_people_clicked
        )
        type_people.setEnabled(open_people is not None)
        generate = self._button(
            "first_use_generate", self.tr("生成本月排班"), self.generate_this_month
        )
        demo = self._button("first_use_demo", self.tr("先看示范数据"), self.fill_demo)
        done = self._button("first_use_close", self.tr("开始使用"), self.accept)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("first_use_feedback")
        self.feedback.setWordWrap(True)

        steps = QGridLayout()
        steps.setVerticalSpacing(10)
        steps.addWidget(QLabel(self.tr("1. 单位名称"), self), 0, 0)
        name_row = QHBoxLayout()
        name_row.addWidget(self.bureau_edit, 1)
        name_row.addWidget(save_name)
        steps.addLayout(name_row, 0, 1)
        steps.addWidget(QLabel(self.tr("2. 值班人员"), self), 1, 0)
        people_row = QHBoxLayout()
        people_row.addWidget(import_people)
        people_row.addWidget(type_people)
        people_row.addStretch(1)
        steps.addLayout(people_row, 1, 1)
        steps.addWidget(QLabel(self.tr("3. 排班"), self), 2, 0)
        steps.addWidget(generate, 2, 1)
        steps.setColumnStretch(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(demo)
        bottom.addStretch(1)
        bottom.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(steps)
        layout.addWidget(self.feedback)
        layout.addLayout(bottom)
        self.setMinimumWidth(560)

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _report(self, text: str, *, error: bool) -> None:
        show_feedback(self.feedback, text, error=error)

    def save_bureau(self) -> bool:
        try:
            self._room.bureau.set_name(self.bureau_edit.text())
        except DutyRoomError as exc:
            self._report(core_text(exc.message), error=True)
            return False
        self._report(self.tr("已保存单位名称"), error=False)
        return True

    def import_people(self) -> bool:
        chosen = self._choose_file(self, self.tr("选择人员名单（Excel）"))
        if not chosen:
            return False
        from dutyroom.excel.transfer import apply_people_import, preview_people_import

        try:
            preview = preview_people_import(self._room, Path(chosen))
            if preview.problems:
                lines = "\n".join(core_text(str(p)) for p in preview.problems[:8])
                self._report(
                    self.tr("未导入，名单有问题：\n{lines}").format(lines=lines), error=True
                )
                return False
            apply_people_import(self._room, preview)
        except DutyRoomError as exc:
            self._report(core_text(exc.message), error=True)
            return False
        self._report(self.tr("已导入人员：新增{n}人").format(n=preview.count("add")), error=False)
        return True

    def _on_type_people_clicked(self) -> None:
        if self._open_people is not None:
            self._open_people()

    def generate_this_month(self) -> bool:
        today = self._room.today()
        start, end = month_range(today.year, today.month)
        try:
            problems = self._room.roster.generate(start, end)
        except DutyRoomError as exc:
            self._report(core_text(exc.message), error=True)
            return False
        if problems:
            text = self.tr("已生成{m}月排班，有{n}个问题，请到“排班”页查看").format(
                m=today.month, n=len(problems)
            )
        else:
            text = self.tr("已生成{m}月排班").format(m=today.month)
        self._report(text, error=bool(problems))
        return True

    def fill_demo(self) -> bool:
        from dutyroom import demo

        try:
            counts = demo.fill(self._room)
        except DutyRoomError as exc:
            self._report(core_text(exc.message), error=True)
            return False
        self.bureau_edit.setText(self._room.bureau.name())
        self._report(
            self.tr("已填入示范数据：人员{p}人，事件{i}起。").format(
                p=counts["people"], i=counts["incidents"]
            ),
            error=False,
        )
        return True
