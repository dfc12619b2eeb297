"""Confirmation and feedback helpers shared by the pages; light, so start-up can import it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ui.restyle import set_property

Confirm = Callable[[QWidget, str], bool]


def ask_confirmation(parent: QWidget, text: str) -> bool:
    """The real confirmation (modal); tests inject their own and never reach exec()."""
    from PySide6.QtWidgets import QMessageBox  # only when someone is asked

    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Confirm", "请确认"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_feedback(label: QLabel, text: str, *, error: bool) -> None:
    label.setText(text)
    set_property(label, "feedback", "error" if error else "ok")
    label.setVisible(bool(text))
