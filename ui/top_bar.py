"""The band across the top of the main window: bureau name, date and day type, live clock."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.formatting import clock_text


class TopBar(QFrame):
    """Shows text it is given; MainWindow decides what and when (no service calls in here)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("top_bar")
        self.setFrameShape(QFrame.Shape.NoFrame)

        self.bureau_label = QLabel(self)
        self.bureau_label.setObjectName("bureau_name_label")
        self.date_label = QLabel(self)
        self.date_label.setObjectName("date_label")
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("calendar_warning_label")
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        self.clock_label = QLabel("--:--:--", self)
        self.clock_label.setObjectName("clock_label")
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        # The date and a calendar warning share a line: the height below is the clocks'.
        day = QHBoxLayout()
        day.setSpacing(14)
        day.addWidget(self.date_label)
        day.addWidget(self.warning_label, 1)
        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(self.bureau_label)
        left.addLayout(day)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 6, 24, 6)
        layout.addLayout(left, 1)
        layout.addWidget(self.clock_label)

    def set_bureau_name(self, name: str) -> None:
        self.bureau_label.setText(name)

    def set_day(self, text: str, warning: str = "") -> None:
        self.date_label.setText(text)
        self.warning_label.setText(warning)
        self.warning_label.setVisible(bool(warning))

    def show_time(self, local_now: datetime) -> None:
        self.clock_label.setText(clock_text(local_now))
