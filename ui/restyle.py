"""Dynamic properties that style.qss selects on (``QLabel[state="overdue"]``), changed safely."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def set_property(widget: QWidget, name: str, value: str) -> bool:
    """Set `name` to `value` and make the style sheet notice; False if it already was `value`.

    The style re-reads the rules only for a widget it has already polished: one that has not been
    shown yet picks the property up when it is, so building a page costs no repolish (and does not
    touch QStyle, whose Python enums take ~5 ms to create, before the first frame).
    """
    if widget.property(name) == value:
        return False
    widget.setProperty(name, value)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
    return True
