"""设置 › 文书设置: what the bureau prints on its papers (dutyroom/paper_settings.py) — 值班电话,
值班传真 and 值班时间 on the roster sheets, the written report's 主送机关, 签发人, 发文字号 and
紧急程度. Saved together (the core refuses them whole); a refusal is shown beside its field.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dutyroom.errors import DutyRoomError, ValidationError
from dutyroom.paper_settings import MAX_FIELD, URGENCIES, PaperSettings
from dutyroom.services import DutyRoom
from ui.feedback import show_feedback
from ui.formatting import core_text
from ui.room_signals import RoomSignals

TEXT_FIELDS = ("duty_phone", "duty_fax", "duty_hours", "report_to", "doc_number")
ERROR_FIELDS = (*TEXT_FIELDS, "urgency", "show_signer")


def _error_label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"paper_{name}_error_label")
    label.setWordWrap(True)
    label.hide()
    return label


class PaperSection(QGroupBox):
    def __init__(
        self, room: DutyRoom, signals: RoomSignals | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("文书设置"))
        self.setObjectName("paper_section")
        self._room = room
        labels = {
            "duty_phone": self.tr("值班电话"),
            "duty_fax": self.tr("值班传真"),
            "duty_hours": self.tr("值班时间"),
            "report_to": self.tr("主送机关"),
            "doc_number": self.tr("发文字号前缀"),
        }
        hints = {
            "duty_phone": self.tr("如：0731-86661234"),
            "duty_fax": self.tr("如：0731-86661235"),
            "duty_hours": self.tr("如：全天24小时值班"),
            "report_to": self.tr("留空：报送规则的第一个报送对象"),
            "doc_number": self.tr("如：X应急值〔2026〕（报告加“N号”）"),
        }
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"paper_{name}_edit")
            edit.setMaxLength(MAX_FIELD + 20)  # the core names the limit; let a paste show it
            edit.setPlaceholderText(hints[name])
            edit.returnPressed.connect(self._on_save_clicked)
            self.edits[name] = edit
        self.signer_check = QCheckBox(self.tr("书面报告标注签发人（上行文一般标注）"), self)
        self.signer_check.setObjectName("paper_show_signer_check")
        self.urgency_combo = QComboBox(self)
        self.urgency_combo.setObjectName("paper_urgency_combo")
        names = {"": self.tr("无"), "加急": self.tr("加急"), "特急": self.tr("特急")}
        for value in URGENCIES:
            self.urgency_combo.addItem(names[value], value)
        for name in ERROR_FIELDS:
            self.errors[name] = _error_label(name, self)
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.setObjectName("paper_save_button")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.feedback = _error_label("feedback", self)
        self.feedback.setObjectName("paper_feedback_label")

        hint = QLabel(
            self.tr("值班电话、传真和值班时间印在值班表、假期值班安排表上；其余用于书面报告。"),
            self,
        )
        hint.setObjectName("hint_label")
        hint.setWordWrap(True)
        form = QFormLayout()
        rows: list[tuple[str, QWidget, str]] = [
            *((labels[name], self.edits[name], name) for name in TEXT_FIELDS[:4]),
            (self.tr("签发人"), self.signer_check, "show_signer"),
            (labels["doc_number"], self.edits["doc_number"], "doc_number"),
            (self.tr("紧急程度"), self.urgency_combo, "urgency"),
        ]
        for label, widget, name in rows:
            form.addRow(label, widget)
            # Its own row under the field: hidden until the core refuses this field.
            form.addRow("", self.errors[name])
        buttons = QHBoxLayout()
        buttons.addWidget(self.feedback)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addLayout(buttons)
        if signals is not None:
            signals.changed.connect(self._on_signals_changed)
        self.load()

    # --- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        paper = self._room.bureau.paper()
        for name, edit in self.edits.items():
            edit.setText(getattr(paper, name))
        self.signer_check.setChecked(paper.show_signer)
        index = self.urgency_combo.findData(paper.urgency)
        self.urgency_combo.setCurrentIndex(max(0, index))

    def _on_signals_changed(self, topic: str) -> None:
        # Another window (or the CLI through a reload) changed them; unsaved typing is kept.
        if topic == "bureau" and not any(e.isModified() for e in self.edits.values()):
            self.load()

    def form_settings(self) -> PaperSettings:
        return PaperSettings(
            **{name: edit.text() for name, edit in self.edits.items()},
            show_signer=self.signer_check.isChecked(),
            urgency=str(self.urgency_combo.currentData() or ""),
        )

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> PaperSettings | None:
        for label in self.errors.values():
            show_feedback(label, "", error=True)
        try:
            stored = self._room.bureau.set_paper(self.form_settings())
        except ValidationError as exc:
            label = self.errors.get(exc.field, self.feedback)
            show_feedback(label, core_text(exc.message), error=True)
            widget = self.edits.get(exc.field)
            if widget is not None:
                widget.setFocus()
            return None
        except DutyRoomError as exc:
            show_feedback(self.feedback, core_text(exc.message), error=True)
            return None
        for edit in self.edits.values():
            edit.setModified(False)
        self.load()
        show_feedback(self.feedback, self.tr("已保存"), error=False)
        return stored

    def _on_save_clicked(self) -> None:
        self.save()
