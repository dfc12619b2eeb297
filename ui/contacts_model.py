"""The 通讯录 table: the contacts a search returned, columns described as data."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from dutyroom.models import Contact, ContactKind
from ui.formatting import enum_text
from ui.tr_noop import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("ContactsModel", "名称"), "name"),
    (QT_TRANSLATE_NOOP("ContactsModel", "类别"), "kind"),
    (QT_TRANSLATE_NOOP("ContactsModel", "单位"), "unit"),
    (QT_TRANSLATE_NOOP("ContactsModel", "职务"), "title"),
    (QT_TRANSLATE_NOOP("ContactsModel", "电话"), "phone"),
    (QT_TRANSLATE_NOOP("ContactsModel", "手机"), "mobile"),
    (QT_TRANSLATE_NOOP("ContactsModel", "乡镇"), "township"),
    (QT_TRANSLATE_NOOP("ContactsModel", "备注"), "note"),
)


def number_of(contact: Contact) -> str:
    """The number to copy: the duty line (电话) first, the mobile otherwise."""
    return contact.phone or contact.mobile


class ContactsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._contacts: list[Contact] = []

    def set_contacts(self, contacts: Sequence[Contact]) -> None:
        self.beginResetModel()
        self._contacts = list(contacts)
        self.endResetModel()

    def contact(self, row: int) -> Contact | None:
        return self._contacts[row] if 0 <= row < len(self._contacts) else None

    def contacts(self) -> list[Contact]:
        return list(self._contacts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("ContactsModel", COLUMNS[section][0])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        contact = self._contacts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = getattr(contact, COLUMNS[index.column()][1])
            return enum_text(value) if isinstance(value, ContactKind) else str(value)
        return None
