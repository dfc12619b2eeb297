"""书面报告 draft from an incident: choose 首报/续报/终报, see what the element check finds missing,
save the .docx (Word/WPS is what bureaus edit and send) and/or print it on A4."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dutyroom.documents import ReportDraft, ReportKind, check_elements, report_html
from dutyroom.errors import DutyRoomError
from dutyroom.services import DutyRoom
from ui.formatting import core_text, enum_text
from ui.print_preview import PrintHtml, PrintJob, preview_print, safe_file_name

PathChooser = Callable[[QWidget, str, str], str | None]


def choose_docx_path(parent: QWidget, title: str, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "Word 文档 (*.docx)")
    return path or None


class ReportDraftDialog(QDialog):
    def __init__(
        self,
        room: DutyRoom,
        incident_id: int,
        parent: QWidget | None = None,
        *,
        choose_save: PathChooser = choose_docx_path,
        print_html: PrintHtml = preview_print,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("report_draft_dialog")
        self.setWindowTitle(self.tr("书面报告草稿"))
        self.setMinimumWidth(560)
        self._room = room
        self._incident_id = incident_id
        self._choose_save = choose_save
        self._print_html = print_html
        self.draft: ReportDraft | None = None
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("report_kind_combo")
        for kind in ReportKind:
            self.kind_combo.addItem(enum_text(kind), kind)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("report_title_label")
        self.title_label.setWordWrap(True)
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("report_missing_label")
        self.missing_label.setWordWrap(True)
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("report_warnings_label")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color:#E65100; font-weight:bold;")
        self.feedback = QLabel(self)
        self.feedback.setObjectName("report_feedback_label")
        self.feedback.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存为Word…"), self)
        self.save_button.setObjectName("report_save_docx_button")
        self.print_button = QPushButton(self.tr("打印"), self)
        self.print_button.setObjectName("report_print_button")
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.reject)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.save_button, self.print_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.title_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.feedback)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        from dutyroom.documents.collect import draft_report

        kind = ReportKind(self.kind_combo.currentData())
        try:
            self.draft = draft_report(self._room, self._incident_id, kind)
        except DutyRoomError as exc:
            self.draft = None
            self.feedback.setText(core_text(exc.message))
            return
        self.title_label.setText(self.draft.title)
        self.warnings_label.setText("\n".join("⚠ " + core_text(w) for w in self.draft.warnings))
        self.warnings_label.setVisible(bool(self.draft.warnings))
        missing = check_elements(self.draft)
        self.missing_label.setText(
            self.tr("尚缺要素：{m}（已从正文略去；补全后再作为书面报告报送）").format(
                m=self.tr("、").join(core_text(m) for m in missing)
            )
            if missing
            else self.tr("要素齐全")
        )
        color = "#C62828" if missing else "#2E7D32"
        self.missing_label.setStyleSheet(f"color:{color}; font-weight:bold;")

    def missing(self) -> list[str]:
        return check_elements(self.draft) if self.draft else []

    def _on_kind_combo_changed(self, _index: int) -> None:
        self.refresh()

    def _on_save_clicked(self) -> Path | None:
        if self.draft is None:
            return None
        chosen = self._choose_save(
            self, self.tr("保存书面报告"), f"{safe_file_name(self.draft.title)}.docx"
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".docx":
            path = path.with_name(path.name + ".docx")
        from dutyroom.documents.report_docx import report_docx

        try:
            saved = report_docx(self.draft, path)
        except (DutyRoomError, OSError) as exc:
            self.feedback.setText(self.tr("保存失败：{e}").format(e=exc))
            return None
        self.feedback.setText(self.tr("已保存：{p}").format(p=saved))
        return saved

    def _on_print_clicked(self) -> None:
        if self.draft is not None:
            job = PrintJob(report_html(self.draft), self.draft.bureau, self.draft.title)
            self._print_html(self, job)


def open_report_draft(
    room: DutyRoom, incident_id: int, parent: QWidget | None, **options: object
) -> ReportDraftDialog:
    """Open (non-modal) the draft dialog of an incident; `options` reach the dialog (tests)."""
    dialog = ReportDraftDialog(room, incident_id, parent, **options)  # type: ignore[arg-type]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def report_draft_button(room: DutyRoom, parent: QWidget, form: object) -> QPushButton:
    """书面报告… for the incident form's toolbar: the draft of the incident the form shows
    (`form.incident`)."""
    # A fixed context: parent.tr() would look the text up under the parent's class at run time.
    button = QPushButton(QCoreApplication.translate("ReportDraftDialog", "书面报告…"), parent)
    button.setObjectName("report_draft_button")

    def on_clicked() -> None:
        current = getattr(getattr(form, "incident", None), "id", None)
        if current is not None:
            open_report_draft(room, current, parent)

    button.clicked.connect(on_clicked)
    return button
