"""Small pieces the dialogs for people, goals and agreements share: labels beside fields, saving and its errors."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QWidget

from wijkteam.errors import UserError

#: As tall as the line fields of the theme, so a form reads as one even column.
FIELD_HEIGHT = 44


def form_label(text: str, field: QWidget, *, top: bool = False) -> QLabel:
    """A label that sits level with a one-line field, or at the top of a taller one, and jumps to it (Alt+letter)."""
    label = QLabel(text)
    label.setBuddy(field)
    if top:
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 8, 0, 0)
    else:
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        label.setMinimumHeight(FIELD_HEIGHT)
    return label


def grow_to_fit(dialog: QDialog) -> None:
    """Make room for wrapped text. Qt sizes a window by its minimum size, which counts a wrapped label as one line:
    without this, a tick box or field below a two-line hint is squeezed until its text is cut off."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()  # a label that just appeared counts too
    needed = dialog.heightForWidth(dialog.width())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


def tall_combo(combo: QComboBox) -> QComboBox:
    combo.setMinimumHeight(FIELD_HEIGHT)
    return combo


def add_save_shortcuts(dialog: QDialog, save: Callable[[], None]) -> None:
    """Ctrl+Enter saves from anywhere, also from a field where Enter starts a new line."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.activated.connect(save)


def show_form_error(dialog: QDialog, label: QLabel, message: str) -> None:
    """One Dutch sentence above the buttons; the dialog grows so nothing below it is cut off."""
    label.setText(f"⚠ {message}")
    label.setVisible(True)
    grow_to_fit(dialog)


def save_then_accept(dialog: QDialog, save: Callable[[], None], show_error: Callable[[str], None]) -> None:
    """Save, then close. A refusal shows its sentence and the dialog stays open with everything the family typed."""
    try:
        save()
    except UserError as error:
        show_error(str(error))
        return
    dialog.accept()
