"""A row with things at its start and buttons at its end, that puts the buttons on a line of their own when the row is
too narrow for both.

``Dit deel is klaar ... [← Vorig deel] [Volgend deel →]`` fits one line in Dutch; in Polish at 200% text it is wider
than a laptop's screen, and a plain row would make the whole window wider than the screen. This row then puts the
buttons on a second line, still at its end. One item may take the room left on its line (a status that wraps).
Right to left (Arabic), start and end change sides, as in a plain row.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayoutItem, QWidget, QWidgetItem

from ui.common.flow_layout import ArrangedLayout


class WrapRow(ArrangedLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._start: list[QLayoutItem] = []
        self._end: list[QLayoutItem] = []
        self._fill: QLayoutItem | None = None  # among the start items: takes the room left on its line
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # ------------------------------------------------------------------ filling

    def add_start(self, widget: QWidget, *, fill: bool = False, index: int | None = None) -> None:
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        self._start.insert(len(self._start) if index is None else index, item)
        if fill:
            self._fill = item
        self.invalidate()

    def add_end(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._end.append(QWidgetItem(widget))
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._start.append(item)

    def count(self) -> int:
        return len(self._start) + len(self._end)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        items = self._start + self._end
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        if 0 <= index < len(self._start):
            item = self._start.pop(index)
        elif 0 <= index - len(self._start) < len(self._end):
            item = self._end.pop(index - len(self._start))
        else:
            return None
        if item is self._fill:
            self._fill = None
        self.invalidate()
        return item

    # ------------------------------------------------------------------ sizes

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation.Horizontal

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """All on one line, as it looks where there is room."""
        shown = self._shown(self._start) + self._shown(self._end)
        width = self._width(shown, hint=True)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """As wide as the wider of the two lines."""
        start, end = self._shown(self._start), self._shown(self._end)
        width = max(self._width(start, hint=False), self._width(end, hint=True))
        height = max((item.minimumSize().height() for item in start + end), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    # ------------------------------------------------------------------ placing

    @staticmethod
    def _shown(items: list[QLayoutItem]) -> list[QLayoutItem]:
        return [item for item in items if not item.isEmpty()]

    def _width(self, items: list[QLayoutItem], *, hint: bool) -> int:
        """Side by side: at their hints (the filling item at its smallest), or all at their smallest."""
        widths = [(item.sizeHint() if hint and item is not self._fill else item.minimumSize()).width()
                  for item in items]
        return sum(widths) + self.spacing() * max(0, len(items) - 1)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        start, end = self._shown(self._start), self._shown(self._end)
        end_width = self._width(end, hint=True)
        one_line = self._width(start + end, hint=True) <= area.width()  # the filling item at its smallest
        start_room = area.width() - (end_width + self.spacing() if one_line and end else 0)
        start_sizes = self._sizes(start, start_room)
        end_sizes = [item.sizeHint() for item in end]
        lines = [list(zip(start, start_sizes, strict=True)) + list(zip(end, end_sizes, strict=True))] if one_line \
            else [list(zip(start, start_sizes, strict=True)), list(zip(end, end_sizes, strict=True))]
        y = area.y()
        for number, line in enumerate(line for line in lines if line):
            height = max(size.height() for _, size in line)
            if number:
                y += self.spacing()
            if move:
                self._place_line(line, area, y, height, end)
            y += height
        return y - rect.y() + margins.bottom()

    def _sizes(self, start: list[QLayoutItem], room: int) -> list[QSize]:
        """What each start item gets: its hint; the filling item the room the others leave, at least its minimum."""
        others = sum(item.sizeHint().width() for item in start if item is not self._fill)
        sizes = []
        for item in start:
            if item is self._fill:
                width = max(item.minimumSize().width(), room - others - self.spacing() * (len(start) - 1))
                height = item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
                sizes.append(QSize(width, max(height, item.minimumSize().height())))
            else:
                sizes.append(item.sizeHint())
        return sizes

    def _place_line(self, line: list[tuple[QLayoutItem, QSize]], area: QRect, y: int, height: int,
                    end: list[QLayoutItem]) -> None:
        x = area.x()
        x_end = area.right() + 1 - self._width([item for item, _ in line if item in end], hint=True)
        for item, size in line:
            if item in end and x < x_end:
                x = x_end
            self._place(item, area, QRect(QPoint(x, y + (height - size.height()) // 2), size))
            x += size.width() + self.spacing()
