"""The parts of one plan as a list: each part's title, and whether it is still empty, begun, done or skipped."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from models import SectionState
from ui.common import theme
from ui.common.wording import STATE_SYMBOLS, state_name, template_text
from wijkteam.services.dto import SectionDoc

SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3
SKIPPED_ROLE = Qt.ItemDataRole.UserRole + 4
CUSTOM_ROLE = Qt.ItemDataRole.UserRole + 5

#: A skipped part is drawn lighter, and says "overgeslagen" in words: colour alone would not tell everyone.
SKIPPED_TEXT = "#5F6B73"
SKIPPED_SYMBOL = "⤼"

_Index = QModelIndex | QPersistentModelIndex


class SectionListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sections: list[SectionDoc] = []

    def set_sections(self, sections: list[SectionDoc]) -> None:
        self.beginResetModel()
        self._sections = list(sections)
        self.endResetModel()

    def replace_sections(self, sections: list[SectionDoc]) -> None:
        """Take the parts as stored again. The same parts in the same order only repaint: the list keeps its place."""
        if [s.id for s in sections] != [s.id for s in self._sections]:
            self.set_sections(sections)
            return
        for row, section in enumerate(sections):
            if section != self._sections[row]:
                self._sections[row] = section
                self.dataChanged.emit(self.index(row), self.index(row))

    def sections(self) -> list[SectionDoc]:
        return list(self._sections)

    def section_at(self, row: int) -> SectionDoc:
        return self._sections[row]

    def row_of(self, section_id: int) -> int:
        return next((i for i, s in enumerate(self._sections) if s.id == section_id), -1)

    def update_section(self, section_id: int, **changes: Any) -> None:
        """Keep the list in step with what the family just typed or ticked, without asking the database again."""
        row = self.row_of(section_id)
        if row < 0:
            return
        self._sections[row] = replace(self._sections[row], **changes)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sections)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sections):
            return None
        section = self._sections[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return template_text(section.title)
        if role == SECTION_ID_ROLE:
            return section.id
        if role == STATE_ROLE:
            return section.state
        if role == SKIPPED_ROLE:
            return section.skipped
        if role == CUSTOM_ROLE:
            return section.custom
        if role == STATE_TEXT_ROLE:
            return " · ".join(self._state_words(section, with_symbol=True))
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return ", ".join([template_text(section.title), *self._state_words(section, with_symbol=False)])
        return None

    def _state_words(self, section: SectionDoc, *, with_symbol: bool) -> list[str]:
        if section.skipped:
            words = [f"{SKIPPED_SYMBOL} {self.tr('overgeslagen')}" if with_symbol else self.tr("overgeslagen")]
        else:
            state = state_name(section.state)
            words = [f"{STATE_SYMBOLS[section.state]} {state}" if with_symbol else state]
        if section.custom:
            words.append(self.tr("eigen deel"))
        return words


class SectionItemDelegate(QStyledItemDelegate):
    """The title (wrapped, never cut off), and below it a symbol with the state in words."""

    PADDING = 12
    GAP = 2
    MARKER = 6  # the bar that marks the open part

    def _fonts(self, option: QStyleOptionViewItem, index: _Index) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setItalic(bool(index.data(SKIPPED_ROLE)))
        state = QFont(option.font)
        state.setPointSizeF(max(option.font.pointSizeF() - 1.5, 9.0))
        return title, state

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else option.rect.width()
        return max(width - 2 * self.PADDING - self.MARKER, 80)

    def _title_rect(self, font: QFont, width: int, title: str) -> QRect:
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        return QFontMetrics(font).boundingRect(QRect(0, 0, width, 10_000), int(flags), title)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        title_font, state_font = self._fonts(option, index)
        width = self._text_width(option)
        title_height = self._title_rect(title_font, width, str(index.data())).height()
        height = title_height + QFontMetrics(state_font).height() + self.GAP + 2 * self.PADDING
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if selected:
            painter.fillRect(rect, QColor(theme.SELECTION))
            # A bar marks the open part, so it does not rely on the fill colour alone.
            painter.fillRect(QRect(rect.left(), rect.top(), self.MARKER - 1, rect.height()), QColor(theme.FOCUS))
        else:
            painter.setPen(QPen(QColor("#EFEAE2")))
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        title_font, state_font = self._fonts(option, index)
        inner = rect.adjusted(self.PADDING + self.MARKER, self.PADDING, -self.PADDING, -self.PADDING)
        title = str(index.data())
        skipped = bool(index.data(SKIPPED_ROLE))
        title_rect = self._title_rect(title_font, inner.width(), title).translated(inner.topLeft())
        painter.setFont(title_font)
        painter.setPen(QColor(SKIPPED_TEXT if skipped else theme.TEXT))
        painter.drawText(title_rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), title)
        done = index.data(STATE_ROLE) == SectionState.KLAAR and not skipped
        painter.setFont(state_font)
        painter.setPen(QColor(theme.DONE if done else SKIPPED_TEXT if skipped else theme.MUTED))
        state_rect = QRect(inner.left(), title_rect.bottom() + 1 + self.GAP, inner.width(),
                           QFontMetrics(state_font).height())
        painter.drawText(state_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         str(index.data(STATE_TEXT_ROLE)))
        if focused:
            pen = QPen(QColor(theme.FOCUS))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()
