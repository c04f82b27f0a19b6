"""One private note of the family, as a card: the text, "ook in het plan zetten", and a way to throw it away."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ui.common import theme
from ui.common.theme import set_role

NOTE_POINT_SIZE = theme.BASE_POINT_SIZE + 2
MIN_LINES = 6  # fewer, and a family loses sight of what they just typed
MAX_LINES = 10


class NoteRef:
    """Which stored note a card is, and whether it goes into the plan.

    Plain Python, not Qt: the autosave's writer thread reads it, and sets the id once it stored a new note.
    """

    __slots__ = ("include", "note_id")

    def __init__(self, note_id: int | None, include: bool) -> None:
        self.note_id = note_id
        self.include = include


class PrivateNoteCard(QFrame):
    """A note is stored only once it has words (``note_id`` stays None until then), so an empty card costs nothing.

    The card does not save anything itself: the screen around it decides when, so one saver serves all cards.
    """

    text_edited = Signal()
    include_toggled = Signal(bool)
    delete_requested = Signal()
    left = Signal()  # the text field lost focus: a good moment to save at once

    def __init__(self, note_id: int | None = None, text: str = "", include: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = NoteRef(note_id, include)
        set_role(self, "card")

        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        font = QFont(self.text_edit.font())
        font.setPointSizeF(NOTE_POINT_SIZE)
        self.text_edit.setFont(font)
        self.text_edit.setPlaceholderText(self.tr("Schrijf hier wat u wilt onthouden."))
        self.text_edit.setAccessibleName(self.tr("Eigen notitie"))
        self.text_edit.setPlainText(text)
        self.text_edit.textChanged.connect(self._on_text_edit_text_changed)
        self.text_edit.installEventFilter(self)

        # No Alt+letter keys here: every card has the same controls, Tab reaches them.
        self.include_check = QCheckBox(self.tr("Ook in het plan zetten"))
        self.include_check.setChecked(include)
        self.include_check.toggled.connect(self._on_include_check_toggled)
        self.include_hint = QLabel()
        set_role(self.include_hint, "muted")
        self.include_hint.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("Weggooien"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete_requested)

        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        bottom.addWidget(self.include_check)
        bottom.addWidget(self.include_hint, 1)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.text_edit)
        layout.addLayout(bottom)
        self._show_include_hint()
        self.setFocusProxy(self.text_edit)
        self._fit_height()

    # ------------------------------------------------------------------ public

    @property
    def note_id(self) -> int | None:
        return self.ref.note_id

    @note_id.setter
    def note_id(self, note_id: int | None) -> None:
        self.ref.note_id = note_id

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def include(self) -> bool:
        return self.include_check.isChecked()

    def set_include_quietly(self, include: bool) -> None:
        """Put the tick back as stored, after the service refused a change, without asking to store it again."""
        self.include_check.blockSignals(True)
        self.include_check.setChecked(include)
        self.include_check.blockSignals(False)
        self.ref.include = include
        self._show_include_hint()

    # ----------------------------------------------------------------- helpers

    def _show_include_hint(self) -> None:
        if self.include():
            self.include_hint.setText(self.tr("Deze notitie komt in het plan, ook op papier."))
        else:
            self.include_hint.setText(self.tr("Alleen voor u. Deze notitie komt niet in het plan."))

    def _fit_height(self) -> None:
        """As tall as the text, within limits: a short note stays six lines, so several fit on one screen."""
        layout = self.text_edit.document().documentLayout()
        lines = int(layout.documentSize().height())  # a plain text layout counts lines, wrapped ones included
        lines = min(max(lines, MIN_LINES), MAX_LINES)
        margins = self.text_edit.contentsMargins()
        extra = 2 * int(self.text_edit.document().documentMargin()) + margins.top() + margins.bottom() + 4
        self.text_edit.setFixedHeight(lines * self.text_edit.fontMetrics().lineSpacing() + extra)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.text_edit:
            if event.type() == QEvent.Type.FocusOut:
                self.left.emit()
            elif event.type() == QEvent.Type.Resize:
                self._fit_height()  # another width wraps the text into another number of lines
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------- slots

    def _on_text_edit_text_changed(self) -> None:
        self._fit_height()
        self.text_edited.emit()

    def _on_include_check_toggled(self, checked: bool) -> None:
        self.ref.include = checked
        self._show_include_hint()
        self.include_toggled.emit(checked)
