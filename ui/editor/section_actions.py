"""What the family can do with the parts of its plan: give a part its own name, skip it, move it, add an own part,
take an own empty part away, and undo or redo any of it. Each by keyboard, by the buttons under the list, and by the
list's small menu. When someone else than the family is at the keyboard, none of them can be used."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.action_button import ActionButton
from ui.common.flow_layout import FlowLayout
from ui.common.theme import set_role
from ui.common.wording import fmt
from ui.editor.plan_undo import REDO_KEYS, UNDO_KEYS, PlanUndo, grey_when_disabled
from ui.editor.section_list_model import SectionListModel
from ui.editor.undo_commands import (
    AddCommand,
    MoveCommand,
    RemoveCommand,
    RenameCommand,
    SectionHost,
    SkipCommand,
)
from wijkteam.services.dto import SectionDoc

#: The longest name a part may have; the service refuses longer ones.
MAX_TITLE = 500


def key_text(keys: list[QKeySequence]) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


class ActionHost(SectionHost, Protocol):
    @property
    def plan_id(self) -> int | None: ...

    def focus_text(self) -> None: ...


class TitleDialog(QDialog):
    """Asks for the name of a part. An empty name is not taken: the dialog says so in one sentence and stays open."""

    def __init__(self, heading: str, question: str, button_text: str, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(heading)
        self.setMinimumWidth(520)
        self.setModal(True)
        heading_label = QLabel(heading)
        set_role(heading_label, "heading")
        question_label = QLabel(question)
        question_label.setWordWrap(True)
        self.title_edit = QLineEdit(title)
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setAccessibleName(question)
        self.title_edit.selectAll()
        question_label.setBuddy(self.title_edit)
        self.message_label = QLabel(self.tr("Geef het deel een naam. Een paar woorden is genoeg."))
        set_role(self.message_label, "status-warning")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.buttons = QDialogButtonBox()
        self.ok_button: QPushButton = self.buttons.addButton(button_text, QDialogButtonBox.ButtonRole.AcceptRole)
        set_role(self.ok_button, "primary")
        self.ok_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._on_title_edit_text_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading_label)
        layout.addWidget(question_label)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.message_label)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)

    def title(self) -> str:
        return " ".join(self.title_edit.text().split())

    def accept(self) -> None:
        if not self.title():  # pressing the button (or Enter) does something: it says why it cannot go on
            self.message_label.show()
            self.title_edit.setFocus()
            return
        super().accept()

    def _on_title_edit_text_changed(self, _text: str) -> None:
        if self.title():
            self.message_label.hide()


class SectionActions(QObject):
    """The actions on the open part, with their shortcuts, and the steps they put on the plan's undo history."""

    def __init__(self, view: QWidget, host: ActionHost, model: SectionListModel, list_view: QListView,
                 undo: PlanUndo) -> None:
        super().__init__(view)
        self._view, self._host, self._model, self._list, self._undo = view, host, model, list_view, undo
        self.read_only = False  # someone else than the family is at the keyboard
        self.title_dialog: TitleDialog | None = None  # the open question for a name, if any
        self.remove_box: QMessageBox | None = None
        self.context_menu: QMenu | None = None

        self.rename_action = self._action(self.tr("&Naam veranderen…"), self.tr("Andere naam"), ["F2"],
                                          self._on_rename_action_triggered)
        self.skip_action = self._action(self.tr("Over&slaan"), self.tr("Overslaan"), ["Ctrl+Shift+O"],
                                        self._on_skip_action_triggered)
        self.up_action = self._action(self.tr("Om&hoog"), self.tr("↑ Omhoog"), ["Ctrl+Shift+Up"],
                                      self._on_up_action_triggered)
        self.down_action = self._action(self.tr("Om&laag"), self.tr("↓ Omlaag"), ["Ctrl+Shift+Down"],
                                        self._on_down_action_triggered)
        self.add_action = self._action(self.tr("&Eigen deel toevoegen…"), self.tr("+ Eigen deel"), ["Ctrl+Shift+N"],
                                       self._on_add_action_triggered)
        self.remove_action = self._action(self.tr("&Weghalen…"), self.tr("Weghalen"), [],
                                          self._on_remove_action_triggered)
        self.undo_action = self._action(self.tr("&Ongedaan maken"), self.tr("↶ Ongedaan maken"), [], undo.undo)
        self.redo_action = self._action(self.tr("&Opnieuw"), self.tr("↷ Opnieuw"), [], undo.redo)
        self.undo_action.setShortcuts(UNDO_KEYS)
        self.redo_action.setShortcuts(REDO_KEYS)
        self._tips = {
            self.rename_action: self.tr("Geef dit deel een eigen naam"),
            self.up_action: self.tr("Zet dit deel een plek hoger"),
            self.down_action: self.tr("Zet dit deel een plek lager"),
            self.add_action: self.tr("Voeg een eigen deel toe, na dit deel"),
        }
        undo.stack.indexChanged.connect(self._on_stack_index_changed)
        list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        list_view.customContextMenuRequested.connect(self._on_section_list_custom_context_menu_requested)
        self.update_state()

    # ------------------------------------------------------------------ public

    def structural_actions(self) -> list[QAction]:
        return [self.rename_action, self.skip_action, self.up_action, self.down_action, self.add_action,
                self.remove_action]

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.update_state()

    def update_state(self) -> None:
        """Enable what fits the open part, and say in words why something cannot be done."""
        section, row = self._current()
        count = self._model.rowCount()
        has = section is not None and not self.read_only
        self.rename_action.setEnabled(has)
        self.skip_action.setEnabled(has)
        self.up_action.setEnabled(has and row > 0)
        self.down_action.setEnabled(has and row < count - 1)
        self.add_action.setEnabled(self._host.plan_id is not None and not self.read_only)
        self.remove_action.setEnabled(has and section is not None and section.custom)
        skipped = section is not None and section.skipped
        self.skip_action.setText(self.tr("Toch &gebruiken") if skipped else self.tr("Over&slaan"))
        self.skip_action.setIconText(self.tr("Toch gebruiken") if skipped else self.tr("Overslaan"))
        skip_tip = (self.tr("Gebruik dit deel weer in het plan") if skipped
                    else self.tr("Sla dit deel over: het blijft bewaard, maar komt niet in de PDF"))
        self._set_tip(self.skip_action, skip_tip)
        for action, tip in self._tips.items():
            self._set_tip(action, tip)
        remove_tip = (self.tr("Haal dit eigen deel weg (alleen als het leeg is)") if self.remove_action.isEnabled()
                      else self.tr("Alleen een eigen deel kunt u weghalen. Een ander deel kunt u overslaan."))
        self.remove_action.setToolTip(remove_tip)
        if self.read_only:
            for action in self.structural_actions():
                action.setToolTip(self.tr("Alleen het gezin kan de delen van het plan veranderen."))
        self._on_stack_index_changed()

    # ----------------------------------------------------------------- helpers

    def _action(self, text: str, short: str, keys: list[str], slot: Callable[[], None]) -> QAction:
        action = QAction(text, self._view)
        action.setIconText(short)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self._view.addAction(action)
        return action

    @staticmethod
    def _set_tip(action: QAction, tip: str) -> None:
        keys = action.shortcuts()
        action.setToolTip(fmt("%1 (%2)", tip, key_text(keys)) if keys else tip)

    def _current(self) -> tuple[SectionDoc | None, int]:
        row = self._list.currentIndex().row()
        if 0 <= row < self._model.rowCount():
            return self._model.section_at(row), row
        return None, -1

    def _ask_title(self, heading: str, question: str, button: str, title: str,
                   accepted: Callable[[str], None]) -> None:
        # open(), not exec(): autosave keeps running underneath, and the answer arrives through accepted.
        dialog = TitleDialog(heading, question, button, title, self._view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: accepted(dialog.title()))
        dialog.finished.connect(self._on_title_dialog_finished)
        self.title_dialog = dialog
        dialog.open()

    def _move(self, step: int) -> None:
        section, row = self._current()
        if section is None or not 0 <= row + step < self._model.rowCount():
            return
        ref = self._undo.refs.ref(section.id)
        self._undo.stack.push(MoveCommand(self._host, ref, section.title, row, row + step))

    def _rename(self, section: SectionDoc, title: str) -> None:
        if title and title != section.title:
            ref = self._undo.refs.ref(section.id)
            self._undo.stack.push(RenameCommand(self._host, ref, section.title, title))

    def _add(self, after: SectionDoc | None, title: str) -> None:
        plan_id = self._host.plan_id
        if plan_id is None or not title:
            return
        after_ref = self._undo.refs.ref(after.id) if after else None
        self._undo.stack.push(AddCommand(self._host, self._undo.refs, plan_id, title, after_ref))
        self._host.focus_text()  # a new part is there to be written in

    def _remove(self, section: SectionDoc, row: int) -> None:
        plan_id = self._host.plan_id
        if plan_id is None:
            return
        before = self._undo.refs.ref(self._model.section_at(row - 1).id) if row > 0 else None
        self._undo.stack.push(RemoveCommand(
            self._host, self._undo.refs, plan_id, self._undo.refs.ref(section.id), section.title, before,
            skipped=section.skipped, done=section.done,
        ))

    # ------------------------------------------------------------------- slots

    def _on_rename_action_triggered(self) -> None:
        section, _row = self._current()
        if section is None:
            return
        self._ask_title(self.tr("Naam veranderen"), self.tr("Hoe wilt u dit deel &noemen?"), self.tr("&Bewaar naam"),
                        section.title, lambda title: self._rename(section, title))

    def _on_skip_action_triggered(self) -> None:
        section, _row = self._current()
        if section is not None:
            ref = self._undo.refs.ref(section.id)
            self._undo.stack.push(SkipCommand(self._host, ref, section.title, not section.skipped))

    def _on_up_action_triggered(self) -> None:
        self._move(-1)

    def _on_down_action_triggered(self) -> None:
        self._move(1)

    def _on_add_action_triggered(self) -> None:
        after, _row = self._current()
        question = (fmt(self.tr("Hoe heet het nieuwe deel? Het komt na '%1'."), after.title) if after
                    else self.tr("Hoe heet het nieuwe deel?"))
        self._ask_title(self.tr("Eigen deel toevoegen"), question, self.tr("&Toevoegen"), "",
                        lambda title: self._add(after, title))

    def _on_remove_action_triggered(self) -> None:
        self._host.save_pending()
        section, row = self._current()
        if section is None or not section.custom:
            return
        if section.text.strip():
            self._host.show_error(self.tr("Dit deel kan pas weg als het leeg is."))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Deel weghalen"),
                          fmt(self.tr("Wilt u het deel '%1' weghalen?"), section.title),
                          QMessageBox.StandardButton.NoButton, self._view)
        box.setInformativeText(self.tr("Het deel is leeg. Met Ongedaan maken (Ctrl+Z) komt het terug."))
        remove_button = box.addButton(self.tr("&Weghalen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Niet weghalen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(remove_button)  # nothing is lost: the part is empty, and undo brings it back
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._remove(section, row) if button is remove_button else None)
        box.finished.connect(self._on_remove_box_finished)
        self.remove_box = box
        box.open()

    def _on_title_dialog_finished(self, _result: int) -> None:
        self.title_dialog = None

    def _on_remove_box_finished(self, _result: int) -> None:
        self.remove_box = None

    def _on_section_list_custom_context_menu_requested(self, pos: QPoint) -> None:
        menu = QMenu(self._list)
        menu.addActions(self.structural_actions())
        menu.addSeparator()
        menu.addActions([self.undo_action, self.redo_action])
        grey_when_disabled(menu)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.destroyed.connect(self._on_context_menu_destroyed)
        self.context_menu = menu
        menu.popup(self._list.viewport().mapToGlobal(pos))

    def _on_context_menu_destroyed(self) -> None:
        self.context_menu = None

    def _on_stack_index_changed(self, *_args: object) -> None:
        stack = self._undo.stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self.undo_action):
            return  # the stack clears itself while the editor closes: nothing left to show
        # The history holds the family's own steps: only the family undoes them.
        self.undo_action.setEnabled(stack.canUndo() and not self.read_only)
        self.redo_action.setEnabled(stack.canRedo() and not self.read_only)
        undo_tip = (fmt(self.tr("Ongedaan maken: %1"), stack.undoText()) if stack.canUndo()
                    else self.tr("Er is nog niets om ongedaan te maken"))
        redo_tip = (fmt(self.tr("Opnieuw: %1"), stack.redoText()) if stack.canRedo()
                    else self.tr("Er is niets om opnieuw te doen"))
        self._set_tip(self.undo_action, undo_tip)
        self._set_tip(self.redo_action, redo_tip)


NARROW_BUTTON_STYLE = """
QPushButton { padding-left: 6px; padding-right: 6px; }
QPushButton:focus { padding-left: 5px; padding-right: 5px; }
"""


class SectionButtons(QWidget):
    """The buttons under the list. Tab reaches each of them; the tooltip says the shortcut."""

    def __init__(self, actions: SectionActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Two buttons a line where the side is wide enough, one a line with large text.
        grid = FlowLayout(self, spacing=8, uniform=True)
        grid.setContentsMargins(0, 8, 0, 0)
        self.buttons: dict[QAction, ActionButton] = {}
        order = [actions.rename_action, actions.skip_action, actions.up_action, actions.down_action,
                 actions.add_action, actions.remove_action]
        for action in order:
            button = ActionButton(action)
            # Less room beside the words than other buttons: two still fit a line beside a laptop's list of parts.
            button.setStyleSheet(NARROW_BUTTON_STYLE)
            grid.addWidget(button)
            self.buttons[action] = button

    def ordered(self) -> list[ActionButton]:
        return list(self.buttons.values())


class SkippedBar(QFrame):
    """Above a skipped part: says so in words, and offers to use it again."""

    def __init__(self, skip_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "helpbox")
        self.label = QLabel(self.tr("U slaat dit deel over. Het komt niet in de PDF. Uw tekst blijft bewaard."))
        self.label.setWordWrap(True)
        self.button = ActionButton(skip_action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
