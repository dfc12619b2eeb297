"""A layout that lines widgets up like words and wraps them onto the next line when space runs out.

For rows of buttons whose translated labels (English is wider than Chinese) would otherwise
push a page past 1366 px: the row needs only as much width as its widest button.
`add_stretch()` pushes what follows it to the right end of its line.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # --- QLayout ---------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        # One line: what the row would like; the minimum below is what it needs.
        width = sum(i.sizeHint().width() for i in self._visible()) + self._gaps()
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return self._with_margins(size)

    # --- ours ------------------------------------------------------------------------------

    def add_stretch(self) -> None:
        """Pushes the items after it to the right end of their line (a spacer that expands)."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _gaps(self) -> int:
        return max(0, len(self._visible()) - 1) * self._spacing

    def _with_margins(self, size: QSize) -> QSize:
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._items:
            if isinstance(item, QSpacerItem):
                lines[-1].append(item)
                continue
            if item.isEmpty():
                continue
            w = item.sizeHint().width()
            if (
                lines[-1]
                and used + w > width
                and any(not isinstance(i, QSpacerItem) for i in lines[-1])
            ):
                lines.append([])
                used = 0
            lines[-1].append(item)
            used += w + self._spacing
        return lines

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = area.y()
        for line in self._lines(area.width()):
            widgets = [i for i in line if not isinstance(i, QSpacerItem)]
            if not widgets:
                continue
            height = max(i.sizeHint().height() for i in widgets)
            spacers = sum(1 for i in line if isinstance(i, QSpacerItem))
            natural = sum(i.sizeHint().width() for i in widgets)
            natural += (len(widgets) - 1) * self._spacing
            spare = max(0, area.width() - natural)
            x = area.x()
            for item in line:
                if isinstance(item, QSpacerItem):
                    x += spare // spacers if spacers else 0
                    continue
                hint = item.sizeHint()
                if move:
                    top = y + (height - hint.height()) // 2
                    size = QSize(min(hint.width(), area.width()), hint.height())
                    item.setGeometry(QRect(QPoint(x, top), size))
                x += hint.width() + self._spacing
            y += height + self._spacing
        return y - self._spacing - rect.y() + m.bottom()
