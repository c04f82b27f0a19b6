"""A push button that follows a QAction: its words, tooltip and whether it can be used.

A push button rather than a QToolButton: the theme gives push buttons their focus ring and a clearly greyed look when
they cannot be used, and a family must be able to see both.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget


class ActionButton(QPushButton):
    def __init__(self, action: QAction, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self._text = text  # fixed words; otherwise the action's short text
        self.clicked.connect(self._on_clicked)
        action.changed.connect(self._on_action_changed)
        self._on_action_changed()

    def _on_clicked(self) -> None:
        self.action.trigger()

    def _on_action_changed(self) -> None:
        self.setText(self._text or self.action.iconText())
        self.setToolTip(self.action.toolTip())
        self.setAccessibleName(self.action.text().replace("&", "").replace("…", ""))
        self.setAccessibleDescription(self.action.toolTip())
        self.setEnabled(self.action.isEnabled())
