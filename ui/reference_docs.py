"""The 预案与文件, 报告流程 and 部门报告分工 tabs of 通讯录与资料."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError
from dutyroom.reference import (
    DOCUMENT_CATEGORIES,
    ProcedureStep,
    ReferenceDocument,
    ReportingDuty,
)
from dutyroom.services import DutyRoom
from ui.feedback import Confirm, show_feedback
from ui.formatting import core_text
from ui.tr_noop import QT_TRANSLATE_NOOP

PathChooser = Callable[[QWidget, str, str], str | None]
OpenUrl = Callable[[QUrl], object]


def choose_any_file(parent: QWidget, title: str, _suggested: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, title, "", QCoreApplication.translate("ReferenceDocs", "所有文件 (*)")
    )
    return path or None


def _feedback(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def _table(name: str, headers: Sequence[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(
        [QCoreApplication.translate("ReferenceDocs", h) for h in headers]
    )
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _button(parent: QWidget, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(lambda _=False: slot())
    return button


class DocumentsTab(QWidget):
    """Plans and documents: add a file (the service copies it into the data folder), open it."""

    def __init__(
        self,
        room: DutyRoom,
        *,
        confirm: Confirm,
        choose_file: PathChooser | None,
        open_url: OpenUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documents_tab")
        self._room = room
        self._confirm = confirm
        self._choose_file = choose_file or choose_any_file
        self._open_url = open_url
        self.table = _table(
            "documents_table",
            (
                QT_TRANSLATE_NOOP("ReferenceDocs", "名称"),
                QT_TRANSLATE_NOOP("ReferenceDocs", "类别"),
                QT_TRANSLATE_NOOP("ReferenceDocs", "文件"),
                QT_TRANSLATE_NOOP("ReferenceDocs", "添加时间"),
                QT_TRANSLATE_NOOP("ReferenceDocs", "备注"),
            ),
            self,
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("document_title_edit")
        self.title_edit.setPlaceholderText(self.tr("资料名称（留空则用文件名）"))
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("document_category_combo")
        for category in DOCUMENT_CATEGORIES:  # shown in the UI language, stored as the core's word
            self.category_combo.addItem(core_text(category), category)
        self.feedback = _feedback(self, "documents_feedback_label")
        row = QHBoxLayout()
        row.addWidget(self.title_edit, 1)
        row.addWidget(self.category_combo)
        row.addWidget(_button(self, "document_add_button", self.tr("添加文件…"), self.add_file))
        row.addWidget(_button(self, "document_open_button", self.tr("打开"), self.open_selected))
        row.addWidget(
            _button(self, "document_delete_button", self.tr("删除"), self.delete_selected)
        )
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.feedback)
        layout.addWidget(self.table, 1)
        self._documents: list[ReferenceDocument] = []
        self.reload()

    def reload(self) -> None:
        tz = self._room.bureau.timezone()
        self._documents = self._room.directory.documents()
        self.table.setRowCount(len(self._documents))
        for r, doc in enumerate(self._documents):
            added = doc.added_at.astimezone(tz).strftime("%Y-%m-%d") if doc.added_at else ""
            values = (doc.title, core_text(doc.category), doc.file, added, doc.note)
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def _selected(self) -> ReferenceDocument | None:
        row = self.table.currentRow()
        return self._documents[row] if 0 <= row < len(self._documents) else None

    def add_file(self) -> None:
        chosen = self._choose_file(self, self.tr("选择预案或文件"), "")
        if not chosen:
            return
        title = self.title_edit.text().strip() or Path(chosen).stem
        try:
            saved = self._room.directory.add_document(
                title, str(self.category_combo.currentData()), Path(chosen)
            )
        except DutyRoomError as exc:
            show_feedback(self.feedback, core_text(exc.message), error=True)
            return
        self.title_edit.clear()
        show_feedback(self.feedback, self.tr("已添加：{t}").format(t=saved.title), error=False)

    def open_selected(self) -> None:
        doc = self._selected()
        if doc is None:
            show_feedback(self.feedback, self.tr("请先选择一份资料"), error=True)
            return
        try:
            path = self._room.directory.document_path(doc)
        except DutyRoomError as exc:
            show_feedback(self.feedback, core_text(exc.message), error=True)
            return
        self._open_url(QUrl.fromLocalFile(str(path)))

    def delete_selected(self) -> None:
        doc = self._selected()
        if doc is None or doc.id is None:
            return
        if self._confirm(self, self.tr("删除“{t}”及其文件副本？").format(t=doc.title)):
            self._room.directory.delete_document(doc.id)


class _EditableTable(QWidget):
    """A table edited in place, with add/remove row and 保存 (the service validates)."""

    HEADERS: tuple[str, ...] = ()
    NAME = ""

    def __init__(self, room: DutyRoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._room = room
        self.table = _table(f"{self.NAME}_table", self.HEADERS, self)
        self.feedback = _feedback(self, f"{self.NAME}_feedback_label")
        row = QHBoxLayout()
        row.addWidget(_button(self, f"{self.NAME}_add_button", self.tr("添加一行"), self.add_row))
        row.addWidget(
            _button(self, f"{self.NAME}_remove_button", self.tr("删除所选行"), self.remove_row)
        )
        row.addStretch(1)
        row.addWidget(_button(self, f"{self.NAME}_save_button", self.tr("保存"), self.save))
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.feedback)
        layout.addWidget(self.table, 1)
        self.reload()

    def rows(self) -> list[list[str]]:
        result = []
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c) for c in range(self.table.columnCount())]
            result.append([_stored_text(cell) for cell in cells])
        return result

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, _shown_item(value))

    def add_row(self) -> None:
        self.table.insertRow(self.table.rowCount())

    def remove_row(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def save(self) -> bool:
        try:
            self._store(self.rows())
        except DutyRoomError as exc:
            show_feedback(self.feedback, core_text(exc.message), error=True)
            return False
        show_feedback(self.feedback, self.tr("已保存"), error=False)
        return True

    def reload(self) -> None:
        raise NotImplementedError

    def _store(self, rows: list[list[str]]) -> None:
        raise NotImplementedError


def _shown_item(value: str) -> QTableWidgetItem:
    """A cell showing `value` in the UI language (the default checklist is the core's words);
    the stored text rides along, so an unedited cell is saved as it was."""
    item = QTableWidgetItem(core_text(value))
    item.setData(Qt.ItemDataRole.UserRole, value)
    return item


def _stored_text(cell: QTableWidgetItem | None) -> str:
    if cell is None:
        return ""
    stored = cell.data(Qt.ItemDataRole.UserRole)
    if isinstance(stored, str) and cell.text() == core_text(stored):
        return stored
    return cell.text()


class ProcedureTab(_EditableTable):
    HEADERS = (
        QT_TRANSLATE_NOOP("ReferenceDocs", "环节"),
        QT_TRANSLATE_NOOP("ReferenceDocs", "步骤"),
    )
    NAME = "procedure"

    def reload(self) -> None:
        self.set_rows([[s.stage, s.text] for s in self._room.directory.procedure()])

    def _store(self, rows: list[list[str]]) -> None:
        steps = [ProcedureStep(stage, text, i) for i, (stage, text) in enumerate(rows)]
        self._room.directory.set_procedure(steps)


class DutiesTab(_EditableTable):
    HEADERS = (
        QT_TRANSLATE_NOOP("ReferenceDocs", "事件类别"),
        QT_TRANSLATE_NOOP("ReferenceDocs", "报送部门"),
        QT_TRANSLATE_NOOP("ReferenceDocs", "联系方式"),
        QT_TRANSLATE_NOOP("ReferenceDocs", "备注"),
    )
    NAME = "duties"

    def reload(self) -> None:
        self.set_rows(
            [
                [d.event_kind, d.department, d.contact, d.note]
                for d in self._room.directory.reporting_duties()
            ]
        )

    def _store(self, rows: list[list[str]]) -> None:
        duties = [ReportingDuty(k, d, c, n, i) for i, (k, d, c, n) in enumerate(rows)]
        self._room.directory.set_reporting_duties(duties)
