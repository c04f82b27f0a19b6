"""The left side of the editor: the parts of the plan, and the buttons to shape them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

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
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)  # titles wrap again when the list is resized
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        heading = QLabel(self.tr("&Delen van het plan"))
        set_role(heading, "muted")
        heading.setBuddy(self.list_view)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(20, 16, 8, 16)
        self._layout.setSpacing(6)
        self._layout.addWidget(heading)
        self._layout.addWidget(self.list_view, 1)

    def add_buttons(self, buttons: QWidget) -> None:
        """The buttons sit right under the list they act on."""
        self._layout.insertWidget(self._layout.indexOf(self.list_view) + 1, buttons)
