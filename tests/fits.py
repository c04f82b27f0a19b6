"""What a person sees of a window: every control inside it, no text cut short, nothing drawn over something else.

``problems(window)`` lists, in plain words, what does not fit in a window or dialog as it is on its screen:

- the window is larger than the screen's free area (or its smallest size is);
- a control that shows lies partly outside its window, or outside the part of a parent that shows, when no scroll
  area holds it (inside a scroll area it can be scrolled to);
- two controls of one layout lie over each other;
- a label's text is wider than the label and does not wrap, or wraps to more lines than the label is tall;
- a button is narrower than its text;
- a text field to write in shows fewer than ``MIN_LINES`` lines;
- a column of a table is narrower than its heading.

Lists and tables (item views), text fields and the inner parts of Qt's own controls (the arrows of a date field) are
checked as one control, not inside.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

MIN_LINES = 6
#: Rounding of fractional text widths; anything more is text that does not show.
SLACK = 2

#: Controls checked as one piece: their insides are Qt's own.
_WHOLE = (QAbstractItemView, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QCalendarWidget, QLineEdit,
          QTabBar, QScrollBar)


def name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    text = text or widget.accessibleName() or widget.objectName()
    text = " ".join(text.split())
    return f"{type(widget).__name__} {text[:50]!r}" if text else type(widget).__name__


def _showing(widget: QWidget, window: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if child.isWindow() or not child.isVisible() or child.width() <= 0 or child.height() <= 0:
            continue
        found.append(child)
        if not isinstance(child, _WHOLE) or isinstance(child, QScrollArea):
            found.extend(_showing(child, window))
    return found


def _scrolls(widget: QWidget) -> bool:
    """The widget is the viewport of a scroll area: what it cuts off can be scrolled to."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def _cut_by(widget: QWidget, window: QWidget) -> QWidget | None:
    """The first parent that hides part of the widget without letting it scroll, if any.

    A scroll area lets its content scroll only in the directions its scroll bars may show: content wider than a
    scroll area without a sideways scroll bar is cut off too."""
    rect = QRect(widget.rect())
    current = widget
    while current is not window:
        parent = current.parentWidget()
        if parent is None:
            return None
        if _scrolls(parent):
            area = parent.parentWidget()
            assert isinstance(area, QAbstractScrollArea)
            off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            inner = QRect(rect).translated(current.pos())
            if area.horizontalScrollBarPolicy() == off and inner.right() > parent.width() + SLACK:
                return area
            if area.verticalScrollBarPolicy() == off and inner.bottom() > parent.height() + SLACK:
                return area
            return None
        rect.translate(current.pos())
        if not parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
            return parent
        rect = rect.intersected(parent.rect())
        current = parent
    return None


def _in_layout(layout: QLayout | None, widget: QWidget) -> bool:
    if layout is None:
        return False
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            return True
        if item.layout() is not None and _in_layout(item.layout(), widget):
            return True
    return False


def _text_width(label: QLabel) -> int:
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text)
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        return int(doc.idealWidth())
    if label.buddy() is not None:  # "&Zoeken:" shows as "Zoeken:" with a line under the Z
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    metrics = label.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def _label_problem(label: QLabel) -> str | None:
    if not label.text().strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect()
    room.adjust(label.margin(), label.margin(), -label.margin(), -label.margin())
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"{name(label)}: text needs {needed} px height, has {label.height()}"
        return None
    needed = _text_width(label)
    if needed > room.width() + SLACK:
        return f"{name(label)}: text is cut short ({needed} px wide, room for {room.width()})"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text().strip():
        return None
    needed = button.sizeHint().width()
    if needed > button.width() + SLACK:
        return f"{name(button)}: text is cut short ({needed} px wide, room for {button.width()})"
    return None


def _field_problem(field: QPlainTextEdit | QTextEdit) -> str | None:
    if field.isReadOnly():
        return None
    lines = field.viewport().height() / field.fontMetrics().lineSpacing()
    if lines < MIN_LINES - 0.25:
        return f"{name(field)}: shows {lines:.1f} lines of text, fewer than {MIN_LINES}"
    return None


def _columns_problem(table: QTableView) -> list[str]:
    header = table.horizontalHeader()
    if not header.isVisible():
        return []
    model = table.model()
    found = []
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        # The heading's text with the padding of the style around it, and the arrow of the order it is sorted by.
        arrow = 20 if header.isSortIndicatorShown() and header.sortIndicatorSection() == column else 0
        needed = header.fontMetrics().horizontalAdvance(text) + 16 + arrow
        if text and header.sectionSize(column) < needed:
            found.append(f"{name(table)}: column {text!r} is {header.sectionSize(column)} px, its heading {needed}")
    if table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        columns = header.length() - header.offset()
        if columns > table.viewport().width() + SLACK:
            found.append(f"{name(table)}: its columns are {columns} px wide, it shows {table.viewport().width()}")
    return found


def _overlaps(widgets: list[QWidget]) -> list[str]:
    found: list[str] = []
    by_parent: dict[int, list[QWidget]] = {}
    for widget in widgets:
        parent = widget.parentWidget()
        if parent is not None and _in_layout(parent.layout(), widget):
            by_parent.setdefault(id(parent), []).append(widget)
    for siblings in by_parent.values():
        for index, first in enumerate(siblings):
            for second in siblings[index + 1:]:
                overlap = first.geometry().intersected(second.geometry())
                if overlap.width() > SLACK and overlap.height() > SLACK:
                    found.append(f"{name(first)} and {name(second)} lie over each other")
    return found


def problems(window: QWidget) -> list[str]:
    """What does not fit in ``window`` (a shown window or dialog), each in one line; empty when everything fits."""
    found: list[str] = []
    screen = window.screen()
    room = screen.availableGeometry()
    frame = window.frameGeometry()
    if frame.width() > room.width() + SLACK or frame.height() > room.height() + SLACK:
        found.append(f"{name(window)} is {frame.width()}x{frame.height()}, the screen has {room.width()}x"
                     f"{room.height()}")
    elif not room.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(frame):
        found.append(f"{name(window)} lies partly off the screen ({frame} on {room})")
    smallest = window.minimumSize().expandedTo(window.minimumSizeHint() if window.layout() is not None else
                                               window.minimumSize())
    if smallest.width() > room.width() or smallest.height() > room.height():
        found.append(f"{name(window)} cannot be smaller than {smallest.width()}x{smallest.height()}")
    widgets = _showing(window, window)
    for widget in widgets:
        parent = _cut_by(widget, window)
        if parent is not None:
            where = "its window" if parent is window else name(parent)
            found.append(f"{name(widget)} lies partly outside {where}")
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            problem = _field_problem(widget)
        else:
            problem = None
        if problem:
            found.append(problem)
        if isinstance(widget, QTableView):
            found.extend(_columns_problem(widget))
    found.extend(_overlaps(widgets))
    return found
