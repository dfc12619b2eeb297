"""Style properties: set before the first show or after it, the style sheet follows either way."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from ui.restyle import set_property

SHEET = 'QLabel[state="red"] { color: #ff0000; } QLabel[state="blue"] { color: #0000ff; }'


def _colour(label: QLabel) -> str:
    return label.palette().color(QPalette.ColorRole.WindowText).name()


def test_a_property_set_before_the_first_show_is_styled_when_shown(qtbot) -> None:
    parent = QWidget()
    parent.setStyleSheet(SHEET)
    qtbot.addWidget(parent)
    label = QLabel("12:00", parent)
    assert set_property(label, "state", "red")
    assert not set_property(label, "state", "red")  # unchanged: nothing to do
    parent.show()
    qtbot.waitExposed(parent)
    assert _colour(label) == "#ff0000"


def test_a_property_changed_on_a_shown_widget_is_restyled_at_once(qtbot) -> None:
    parent = QWidget()
    parent.setStyleSheet(SHEET)
    qtbot.addWidget(parent)
    label = QLabel("12:00", parent)
    set_property(label, "state", "red")
    parent.show()
    qtbot.waitExposed(parent)
    assert set_property(label, "state", "blue")
    assert _colour(label) == "#0000ff"
