"""A row of buttons that continues on the next line when the window is too narrow for all of them.

A plain row of buttons is as wide as all its buttons together: with large text it makes the whole window wider than
the screen, or it is cut off at the right. This row wraps instead, as words do. One item may fill what is left of its
line (a note that wraps, beside the buttons). Right to left (Arabic) the row starts at the right, as a plain row does.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget, QWidgetItem


class ArrangedLayout(QLayout):
    """A layout that places its items itself (``_arrange``), as high as they need at the width it has."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (with ``move``); the height they take."""
        raise NotImplementedError

    def _place(self, item: QLayoutItem, area: QRect, place: QRect) -> None:
        """``place`` as seen left to right; right to left (Arabic) mirrored in ``area``."""
        parent = self.parentWidget()
        direction = parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
        item.setGeometry(QStyle.visualRect(direction, area, place))


class FlowLayout(ArrangedLayout):
    """``uniform``: every button as wide as the widest, so that two lines of them read as a grid, and the buttons
    share the width of the line they are on."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12, *, uniform: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._fill: QLayoutItem | None = None
        self._uniform = uniform
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 - as QBoxLayout
        """As in a plain row; with a ``stretch`` the widget fills what is left of its line."""
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        self._items.insert(max(0, min(index, len(self._items))), item)
        if stretch:
            self._fill = item
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        item = self._items.pop(index) if 0 <= index < len(self._items) else None
        if item is not None and item is self._fill:
            self._fill = None
        return item

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """All on one line, as it looks where there is room."""
        shown = self._shown()
        width = sum(self._hint(item).width() for item in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """As wide as the widest button: the others go to the next lines."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _hint(self, item: QLayoutItem) -> QSize:
        hint = item.sizeHint()
        if self._uniform:
            hint.setWidth(max(other.sizeHint().width() for other in self._shown()))
        return hint

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        shown = self._shown()
        if not shown:
            return 0
        width = self._hint(shown[0]).width() if self._uniform else 0
        per_line = max(1, (area.width() + self.spacing()) // (width + self.spacing())) if width else 0
        if per_line:  # the buttons of a line share its width
            width = (area.width() - self.spacing() * (min(per_line, len(shown)) - 1)) // min(per_line, len(shown))
        lines: list[list[tuple[QLayoutItem, QRect]]] = [[]]
        x = area.x()
        for item in shown:
            hint = self._hint(item)
            if per_line:
                hint.setWidth(width)
            fill = item is self._fill
            needed = item.minimumSize().width() if fill else hint.width()
            if x > area.x() and x + needed > area.right() + 1:
                x = area.x()
                lines.append([])
            if fill:  # what is left of the line, and as high as its words need there
                hint.setWidth(max(needed, area.right() + 1 - x))
                if item.hasHeightForWidth():
                    hint.setHeight(max(item.minimumSize().height(), item.heightForWidth(hint.width())))
            lines[-1].append((item, QRect(QPoint(x, 0), hint)))
            x += hint.width() + self.spacing()
        y = area.y()
        for number, line in enumerate(lines):
            height = max(place.height() for _, place in line)
            if number:
                y += self.spacing()
            if move:
                for item, place in line:  # in the middle of its line, as in a plain row
                    place.moveTop(y + (height - place.height()) // 2)
                    self._place(item, area, place)
            y += height
        return y - rect.y() + margins.bottom()
