"""The left side of the editor: the parts of the plan, and the buttons to shape them.

On a short screen (a laptop, or large text) the side scrolls as a whole once the list is down to a few parts, rather
than squeezing its buttons over each other.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QListView, QScrollArea, QVBoxLayout, QWidget

from ui.common.theme import set_role
from ui.editor.section_list_model import SectionItemDelegate, SectionListModel


class SectionSidebar(QWidget):
    def __init__(self, model: SectionListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_view = QListView()
        self.list_view.setModel(model)
        self.list_view.setItemDelegate(SectionItemDelegate(self.list_view))
        self.list_view.setAccessibleName(self.tr("Delen van het plan"))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setMinimumWidth(240)
        self.list_view.setMinimumHeight(3 * self.list_view.fontMetrics().lineSpacing() * 2)  # about three parts
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)  # titles wrap again when the list is resized
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        heading = QLabel(self.tr("&Delen van het plan"))
        set_role(heading, "muted")
        heading.setBuddy(self.list_view)
        content = QWidget()
        content.setObjectName("scrollContent")
        self._layout = QVBoxLayout(content)
        self._layout.setContentsMargins(20, 16, 8, 16)
        self._layout.setSpacing(6)
        self._layout.addWidget(heading)
        self._layout.addWidget(self.list_view, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def width_in(self, width: int) -> int:
        """The list's share of a window ``width`` wide: a quarter at most, and never under what its buttons need (on
        a small screen with large text the open part keeps the room its words need)."""
        return max(self.minimumSizeHint().width(), min(360, width // 4))

    def add_buttons(self, buttons: QWidget) -> None:
        """The buttons sit right under the list they act on."""
        self._layout.insertWidget(self._layout.indexOf(self.list_view) + 1, buttons)
        # As wide as the buttons need, with room for the scroll bar: the splitter never cuts them off.
        content = self._layout.parentWidget()
        assert content is not None
        needed = content.minimumSizeHint().width() + self.scroll_area.verticalScrollBar().sizeHint().width()
        self.scroll_area.setMinimumWidth(needed)
