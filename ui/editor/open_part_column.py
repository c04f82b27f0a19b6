"""The right side of the editor: the open part, with a note above it when it is skipped, and for a persoonlijk plan
the Wmo hint under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ui.editor.section_actions import SkippedBar
from ui.editor.wmo_hint import WmoHint


def _padded(widget: QWidget, left: int, top: int, right: int, bottom: int) -> QVBoxLayout:
    layout = QVBoxLayout()
    layout.setContentsMargins(left, top, right, bottom)
    layout.addWidget(widget)
    return layout


class OpenPartColumn(QWidget):
    def __init__(self, panel: QWidget, skip_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # When the window is small the open part scrolls, rather than squeezing the text field and buttons.
        panel.setObjectName("scrollContent")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(panel)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the list straight to the help and text
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Keeps the splitter from squeezing the open part below what its buttons need; the list gives way instead.
        scroll.setMinimumWidth(panel.minimumSizeHint().width() + 16)
        self.skipped_bar = SkippedBar(skip_action)
        self.skipped_bar.setVisible(False)
        self.wmo_hint = WmoHint()
        self.wmo_hint.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(_padded(self.skipped_bar, 28, 16, 28, 0))
        layout.addWidget(scroll, 1)
        layout.addLayout(_padded(self.wmo_hint, 28, 0, 28, 14))
