"""Small pieces the dialogs for people, goals and agreements share: labels beside fields, saving and its errors."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.common.theme import set_role
from wijkteam.errors import UserError

#: As tall as the line fields of the theme, so a form reads as one even column.
FIELD_HEIGHT = 44
#: Lines a field to write in always shows.
TEXT_LINES = 6
#: The object name of the scroll area that holds a dialog's fields (see ``scrolling_body``).
BODY_NAME = "dialogBody"
#: Room left free around a dialog on the screen.
SCREEN_MARGIN = 40


def lines_height(field: QPlainTextEdit | QTextEdit, lines: int = TEXT_LINES) -> int:
    """The height of a text field that shows ``lines`` lines in its own font, however large the text is."""
    margin = field.document().documentMargin()
    return int(lines * field.fontMetrics().lineSpacing() + 2 * margin + 2 * field.frameWidth()) + 4


def scrolling_body(dialog: QDialog, margins: tuple[int, int, int, int], spacing: int) -> tuple[QVBoxLayout,
                                                                                              QVBoxLayout]:
    """The dialog's fields in a scroll area, and under it what always shows: the error sentence and the buttons.

    Returns the layout for the fields and the one for the foot. On a small screen, or with large text, the fields
    scroll inside the dialog; the dialog itself is never larger than the screen (``grow_to_fit``).
    """
    left, top, right, bottom = margins
    content = QWidget()
    content.setObjectName("scrollContent")
    body = QVBoxLayout(content)
    body.setContentsMargins(left, top, right, 8)
    body.setSpacing(spacing)
    scroll = QScrollArea()
    scroll.setObjectName(BODY_NAME)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    outer.addWidget(scroll, 1)
    foot = QVBoxLayout()
    foot.setContentsMargins(left, 4, right, bottom)
    foot.setSpacing(spacing)
    outer.addLayout(foot)
    return body, foot


def on_parent_screen(dialog: QDialog) -> QRect:
    """Put a dialog that is not shown yet on its window's screen, and return that screen's free area.

    Until it shows, a dialog lies on the first screen; a size given there changes when it moves to a screen with
    larger text (a laptop beside a large screen), so a dialog sizes itself only after this.
    """
    parent = dialog.parentWidget()
    if parent is not None:
        dialog.setScreen(parent.screen())
        dialog.move(parent.screen().availableGeometry().topLeft())  # Qt centres it over the window when it shows
    return _room(dialog)


def _room(dialog: QDialog) -> QRect:
    parent = dialog.parentWidget()
    screen = (parent or dialog).screen()
    return screen.availableGeometry()


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


def plain_label(text: str = "", name: str = "", role: str = "") -> QLabel:
    """A label that wraps and shows its text as written (never as markup: it may be someone's own words), with an
    object name for the style sheet and a theme role."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    if role:
        set_role(label, role)
    return label


def grow_to_fit(dialog: QDialog) -> None:
    """Make room for wrapped text. Qt sizes a window by its minimum size, which counts a wrapped label as one line:
    without this, a tick box or field below a two-line hint is squeezed until its text is cut off.

    Never beyond the screen: a dialog with a ``scrolling_body`` stops at the screen's edge and its fields scroll, and
    a dialog that grew past the bottom of the screen moves up."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()  # a label that just appeared counts too
    room = _room(dialog)
    scroll = dialog.findChild(QScrollArea, BODY_NAME)
    if scroll is None:
        needed = dialog.heightForWidth(dialog.width())
        width = dialog.width()
    else:
        content = scroll.widget()
        assert content is not None  # ``scrolling_body`` gave it one
        bar = scroll.verticalScrollBar().sizeHint().width()
        width = max(dialog.width(), min(content.minimumSizeHint().width() + bar, room.width() - SCREEN_MARGIN))
        inner = width - bar if content.minimumSizeHint().width() + bar > width else width
        body = content.heightForWidth(inner) if content.hasHeightForWidth() else content.sizeHint().height()
        needed = body + dialog.height() - scroll.height()
        needed = min(needed, room.height() - SCREEN_MARGIN)
    if needed > dialog.height() or width > dialog.width():
        dialog.resize(width, max(needed, dialog.height()))
    frame = dialog.frameGeometry()
    if dialog.isVisible() and not room.contains(frame):
        x = min(max(frame.x(), room.x()), room.right() - frame.width())
        y = min(max(frame.y(), room.y()), room.bottom() - frame.height())
        dialog.move(max(x, room.x()), max(y, room.y()))


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
