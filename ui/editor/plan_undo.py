"""One undo history per open plan: typing and changes to the parts, undone in the order they happened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QTextDocument,
    QUndoStack,
)
from PySide6.QtWidgets import QMenu, QTextEdit

from ui.common.wording import fmt
from ui.editor.undo_commands import SectionHost, SectionRefs, TextCommand

UNDO_KEYS = [QKeySequence("Ctrl+Z")]
#: The grey of a push button that cannot be used (see the theme), for menu items that cannot be used.
DISABLED_TEXT = "#80878C"
REDO_KEYS = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]


def grey_when_disabled(menu: QMenu) -> None:
    """The app's palette gives disabled text the normal colour; in a menu a family must see what cannot be chosen."""
    palette = menu.palette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    menu.setPalette(palette)


def _matches(event: QKeyEvent, keys: list[QKeySequence], standard: QKeySequence.StandardKey) -> bool:
    pressed = QKeySequence(event.keyCombination())
    return event.matches(standard) or any(pressed == key for key in keys)


class PlanUndo(QObject):
    """Holds the QUndoStack of the open plan, and brings each part's own text undo into it."""

    stepped = Signal(str)  # a sentence for the status line after an undo or redo

    def __init__(self, host: SectionHost, moved_document: Callable[[int, int], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.stack = QUndoStack(self)
        self.refs = SectionRefs(moved_document)  # an own part came back with a new id

    def reset(self) -> None:
        """A new plan opens: its history starts empty. Must run before the old documents go."""
        self.stack.clear()
        self.refs.clear()

    def track(self, section_id: int, document: QTextDocument) -> None:
        ref = self.refs.ref(section_id)
        # The ref, not the id: an own part that is taken away and brought back gets a new id, and keeps this document.
        document.undoCommandAdded.connect(lambda: self.stack.push(TextCommand(self._host, ref, document)))

    def undo(self) -> None:
        if self.stack.canUndo():
            self._step(self.stack.undoText(), self.stack.undo, self.tr("Ongedaan gemaakt: %1"))

    def redo(self) -> None:
        if self.stack.canRedo():
            self._step(self.stack.redoText(), self.stack.redo, self.tr("Opnieuw gedaan: %1"))

    def _step(self, text: str, step: Callable[[], None], sentence: str) -> None:
        count = self.stack.count()
        step()
        if self.stack.count() == count:  # a refused step leaves the history and has said why already
            self.stepped.emit(fmt(sentence, text))


class TextUndoFilter(QObject):
    """Sends Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) in the text field to the plan's history instead of the field's own.

    QTextEdit claims these keys before any shortcut can see them. Without this filter it would undo only its own
    document, and the plan's history would lose count.
    """

    def __init__(self, undo: PlanUndo, undo_action: QAction, redo_action: QAction,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._undo = undo
        self._undo_action = undo_action
        self._redo_action = redo_action
        self._text_edit: QTextEdit | None = None

    def watch(self, text_edit: QTextEdit) -> None:
        self._text_edit = text_edit
        text_edit.installEventFilter(self)
        text_edit.viewport().installEventFilter(self)  # a right click arrives there, the menu key at the field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            undo = _matches(event, UNDO_KEYS, QKeySequence.StandardKey.Undo)
            redo = not undo and _matches(event, REDO_KEYS, QKeySequence.StandardKey.Redo)
            if not (undo or redo):
                return False
            if kind == QEvent.Type.KeyPress:
                (self._undo.undo if undo else self._undo.redo)()
            event.accept()  # the key comes back as a KeyPress, and lands above
            return True
        if kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent) and self._text_edit is not None:
            self._show_menu(self._text_edit, event)
            return True
        return False

    def _show_menu(self, text_edit: QTextEdit, event: QContextMenuEvent) -> None:
        # The field's own menu, with its undo and redo swapped for the plan's.
        menu = text_edit.createStandardContextMenu(event.pos())
        for name, action in (("edit-undo", self._undo_action), ("edit-redo", self._redo_action)):
            own = next((a for a in menu.actions() if a.objectName() == name), None)
            if own is not None:
                menu.insertAction(own, action)
                menu.removeAction(own)
        grey_when_disabled(menu)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
