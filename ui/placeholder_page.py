"""An honest placeholder for a page that later work fills: its title and what will be there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(
        self, object_name: str, title: str, note: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        title_label = QLabel(title, self)
        title_label.setObjectName("page_title")
        note_label = QLabel(note, self)
        note_label.setObjectName("page_note")
        note_label.setWordWrap(True)
        pending = QLabel(self.tr("此功能正在建设中，将在后续版本提供。"), self)
        pending.setObjectName("page_pending")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(title_label)
        layout.addWidget(note_label)
        layout.addWidget(pending)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
