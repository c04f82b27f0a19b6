"""The right side of the editor: the open part, with a note above it when it is skipped, and for a persoonlijk plan
the Wmo hint under it. Above the family's text, a calm line when a part is only for some, and in the safety part of a
familiegroepsplan the conditions the plan must meet (``ui.editor.part_notes``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ui.editor.part_notes import ConditionsBox, OptionalNote
from ui.editor.section_actions import SkippedBar
from ui.editor.section_panel import SectionPanel
from ui.editor.wmo_hint import WmoHint
from wijkteam.services.dto import AdviceDoc, SectionDoc


def _padded(widget: QWidget, left: int, top: int, right: int, bottom: int) -> QVBoxLayout:
    layout = QVBoxLayout()
    layout.setContentsMargins(left, top, right, bottom)
    layout.addWidget(widget)
    return layout


class OpenPartColumn(QWidget):
    def __init__(self, panel: SectionPanel, skip_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # When the window is small the open part scrolls, rather than squeezing the text field and buttons.
        panel.setObjectName("scrollContent")
        scroll = self.scroll_area = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(panel)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the list straight to the help and text
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Keeps the splitter from squeezing the open part below what its buttons need; the list gives way instead.
        # The lists under the text change what that is, so it follows them.
        self._panel = panel
        self._fit_width()
        panel.installEventFilter(self)
        self.skipped_bar = SkippedBar(skip_action)
        self.skipped_bar.setVisible(False)
        self.wmo_hint = WmoHint()
        self.wmo_hint.setVisible(False)
        self.optional_note = OptionalNote()
        self.conditions_box = ConditionsBox()
        # Beside "Hulp en voorbeeld": a line of its own would push "Volgend deel" off a laptop's screen.
        panel.help_row.insertWidget(panel.help_row.count(), self.optional_note, 1)  # what is left of the line
        panel.notes_slot.addWidget(self.conditions_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(_padded(self.skipped_bar, 28, 16, 28, 0))
        layout.addWidget(scroll, 1)
        layout.addLayout(_padded(self.wmo_hint, 28, 0, 28, 14))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._panel and event.type() == QEvent.Type.LayoutRequest:
            self._fit_width()
        return super().eventFilter(watched, event)

    def _fit_width(self) -> None:
        needed = self._panel.minimumSizeHint().width() + self.scroll_area.verticalScrollBar().sizeHint().width() + 2
        if needed != self.scroll_area.minimumWidth():
            self.scroll_area.setMinimumWidth(needed)
            # A splitter keeps its sizes when a side needs more: ask it again, it gives from the list of parts.
            holder: QWidget | None = self
            while holder is not None and not isinstance(holder.parentWidget(), QSplitter):
                holder = holder.parentWidget()
            if holder is not None:
                splitter = holder.parentWidget()
                assert isinstance(splitter, QSplitter)
                if holder.width() < holder.minimumSizeHint().width():
                    splitter.setSizes(splitter.sizes())
                # The splitter does not pass a smaller minimum on by itself: without this the window stays as wide
                # as the widest part ever shown (the map of the network in English at 200% text), wider than the
                # screen.
                splitter.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # The subjects of the hint, unfolded, take at most a quarter of the height; more of them scroll.
        self.wmo_hint.details.setMaximumHeight(max(60, event.size().height() // 4))

    def show_notes(self, section: SectionDoc | None, advice: Sequence[AdviceDoc]) -> None:
        """The line of a part only for some, and the safety conditions when the safety part is open."""
        self.optional_note.show_section(section)
        self.conditions_box.show_conditions(section, advice)

    def show_top(self) -> None:
        """A part opens at its title, not where the last part was scrolled to or where its cursor is."""
        self.scroll_area.verticalScrollBar().setValue(0)
