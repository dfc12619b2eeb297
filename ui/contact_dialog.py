"""新增/编辑联系人: a small form; the service validates and the error shows under the form."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from dutyroom.models import Contact, ContactKind
from ui.formatting import enum_text
from ui.tr_noop import QT_TRANSLATE_NOOP

FIELDS = (
    ("name", QT_TRANSLATE_NOOP("ContactDialog", "名称")),
    ("unit", QT_TRANSLATE_NOOP("ContactDialog", "单位")),
    ("title", QT_TRANSLATE_NOOP("ContactDialog", "职务")),
    ("phone", QT_TRANSLATE_NOOP("ContactDialog", "电话")),
    ("mobile", QT_TRANSLATE_NOOP("ContactDialog", "手机")),
    ("township", QT_TRANSLATE_NOOP("ContactDialog", "乡镇")),
    ("note", QT_TRANSLATE_NOOP("ContactDialog", "备注")),
)


class ContactDialog(QDialog):
    def __init__(self, contact: Contact | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact_dialog")
        self.setWindowTitle(self.tr("编辑联系人") if contact else self.tr("新增联系人"))
        # wide enough for a unit's full name and a phone number with its extension
        self.setMinimumWidth(440)
        self._original = contact
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("contact_kind_combo")
        for kind in ContactKind:
            self.kind_combo.addItem(enum_text(kind), kind)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        form.addRow(self.tr("类别"), self.kind_combo)
        for field, label in FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"contact_{field}_edit")
            self.edits[field] = edit
            form.addRow(self.tr(label), edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("contact_error_label")
        self.error_label.setStyleSheet("color: #C62828;")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("contact_button_box")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(self.error_label)
        form.addRow(buttons)
        if contact is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(contact.kind))
            for field, edit in self.edits.items():
                edit.setText(getattr(contact, field))

    def contact(self) -> Contact:
        values: dict[str, Any] = {field: edit.text() for field, edit in self.edits.items()}
        kind = self.kind_combo.currentData()
        if self._original is not None:
            return dataclasses.replace(self._original, kind=kind, **values)
        return Contact(kind=kind, **values)


def edit_contact_dialog(parent: QWidget, contact: Contact | None) -> Contact | None:
    """The real editor (modal); tests inject their own and never reach exec()."""
    dialog = ContactDialog(contact, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.contact()
