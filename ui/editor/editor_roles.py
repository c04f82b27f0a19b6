"""Pieces that keep the editor in step with who is at the keyboard, and that give advice its place beside the plan."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QModelIndex, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QListView, QStackedWidget, QWidget

from models import Role
from ui.advice.advice_panel import AdvicePanel
from ui.common.changes import PlanChanges
from ui.common.session_role import SessionRole, read_only_note
from ui.editor.plan_undo import REDO_KEYS, UNDO_KEYS
from ui.together.role_dialog import RoleDialog, ask_role
from wijkteam.services import Actor, Services
from wijkteam.services.dto import PlanDoc, SectionDoc

if TYPE_CHECKING:
    from ui.editor.editor_top_bar import EditorTopBar
    from ui.editor.open_part_column import OpenPartColumn
    from ui.editor.section_actions import SectionActions
    from ui.editor.section_panel import SectionPanel

_STANDARD = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class EditorHost(Protocol):
    """What the roles need from the editor: its pieces on screen, the part that is open, and saving."""

    @property
    def top_bar(self) -> EditorTopBar: ...

    @property
    def panel(self) -> SectionPanel: ...

    @property
    def section_list(self) -> QListView: ...

    @property
    def section_actions(self) -> SectionActions: ...

    @property
    def open_part(self) -> OpenPartColumn: ...

    @property
    def plan_id(self) -> int | None: ...

    def current_section(self) -> SectionDoc | None: ...

    def flush(self) -> bool: ...

    def focus_text(self) -> None: ...


class UndoKeyGuard(QObject):
    """While the family's text is only for reading, Ctrl+Z and Ctrl+Y in the text field do nothing.

    The plan's own undo filter sends these keys straight to the plan's history, past the disabled undo action; the
    family's steps must not be undone by someone else. Installed after that filter, so Qt asks this one first.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self.active or event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        if any(event.matches(key) for key in _STANDARD) or any(pressed == key for key in UNDO_KEYS + REDO_KEYS):
            event.accept()
            return True
        return False


class EditorSide(QStackedWidget):
    """The right side of the editor: the open part, or in its place the information and advice of professionals."""

    def __init__(self, open_part: QWidget, advice_panel: AdvicePanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_part = open_part
        self.advice_panel = advice_panel
        self.addWidget(open_part)
        self.addWidget(advice_panel)

    def advice_shown(self) -> bool:
        return self.currentWidget() is self.advice_panel

    def show_advice(self) -> None:
        self.setCurrentWidget(self.advice_panel)

    def show_part(self) -> None:
        self.setCurrentWidget(self.open_part)


class EditorRoles(QObject):
    """Keeps the editor in step with who is at the keyboard, and shows the advice of professionals beside the plan.

    For anyone but the family every part of the plan is only for reading. Advice shows as a count of open questions
    in the top bar, as a note on each part it is about, and in full in the advice panel.
    """

    def __init__(self, view: QWidget, editor: EditorHost, services: Services, session_role: SessionRole,
                 changes: PlanChanges | None = None) -> None:
        super().__init__(view)
        self._view = view
        self._editor = editor
        self._session_role = session_role
        self.advice_panel = AdvicePanel(services, session_role, changes=changes)
        self.side = EditorSide(editor.open_part, self.advice_panel)
        self.role_dialog: RoleDialog | None = None
        self.undo_key_guard = UndoKeyGuard(self)
        editor.panel.text_edit.installEventFilter(self.undo_key_guard)  # after the plan's own filter: asked first

        editor.top_bar.role_bar.switch_requested.connect(self._on_role_bar_switch_requested)
        editor.top_bar.advice_button.clicked.connect(self._on_advice_button_clicked)
        editor.panel.advice_requested.connect(self._on_panel_advice_requested)
        editor.panel.add_advice_requested.connect(self._on_panel_add_advice_requested)
        editor.section_list.clicked.connect(self._on_section_list_clicked)
        self.advice_panel.back_requested.connect(self._on_advice_panel_back_requested)
        self.advice_panel.items_changed.connect(self._on_advice_panel_items_changed)
        editor.top_bar.keyboard_question.answered.connect(self._on_keyboard_question_answered)
        session_role.about_to_change.connect(self._on_session_role_about_to_change)
        session_role.changed.connect(self._on_session_role_changed)

    # ------------------------------------------------------------------ public

    def open_plan(self, plan: PlanDoc) -> None:
        self.side.show_part()
        self.advice_panel.set_plan(plan.id, plan.sections)
        self.advice_panel.reload()
        self._editor.top_bar.keyboard_question.ask(plan)

    def apply_role(self) -> None:
        read_only = not self._session_role.is_family
        editor = self._editor
        editor.panel.set_read_only(read_only, read_only_note(self._session_role.role) if read_only else "")
        editor.section_actions.set_read_only(read_only)
        editor.top_bar.details_button.setVisible(not read_only)  # the plan's own details are the family's too
        self.undo_key_guard.active = read_only
        if editor.plan_id is not None:
            editor.panel.set_status("" if read_only else self.tr("Uw tekst wordt vanzelf bewaard."))
        self.show_counts()

    def show_counts(self) -> None:
        """The open questions in the top bar, and the note on the open part. Read from what the panel holds."""
        panel, editor = self.advice_panel, self._editor
        editor.top_bar.show_open_questions(panel.open_count(), family=self._session_role.is_family)
        section = editor.current_section()
        can_add = section is not None and self._session_role.role == Role.PROFESSIONAL
        editor.panel.show_advice(panel.count_for(section.id) if section else 0, can_add=can_add)
        editor.open_part.show_notes(section, panel.items)  # the safety conditions, from what the panel holds

    def show_advice(self, section_id: int | None = None) -> None:
        """Put the information and advice in place of the open part; only about ``section_id`` if given."""
        if self._editor.plan_id is None:
            return
        self._editor.flush()
        self.advice_panel.set_filter(section_id)
        self.side.show_advice()
        self.advice_panel.focus_first()

    def show_part(self) -> bool:
        """Back from the advice to the open part. False when the part was already in view."""
        if not self.side.advice_shown():
            return False
        self.side.show_part()
        self._editor.focus_text()
        return True

    def ask_add_advice(self) -> None:
        """A professional adds advice: about the part the panel shows, or else the open part."""
        section = None if self.side.advice_shown() else self._editor.current_section()
        self.advice_panel.ask_add(section.id if section else None)

    # ------------------------------------------------------------------- slots

    def _on_role_bar_switch_requested(self) -> None:
        self.role_dialog = ask_role(self._session_role, self._view.window())

    def _on_advice_button_clicked(self) -> None:
        self.show_advice()

    def _on_panel_advice_requested(self) -> None:
        section = self._editor.current_section()
        self.show_advice(section.id if section else None)

    def _on_panel_add_advice_requested(self) -> None:
        self.ask_add_advice()

    def _on_section_list_clicked(self, _index: QModelIndex) -> None:
        self.side.show_part()  # also a click on the part that was already chosen

    def _on_advice_panel_back_requested(self) -> None:
        self.show_part()

    def _on_advice_panel_items_changed(self) -> None:
        self.show_counts()

    def _on_keyboard_question_answered(self) -> None:
        self._editor.focus_text()

    def _on_session_role_about_to_change(self) -> None:
        # What the family typed is saved as the family, before anyone else takes the keyboard.
        self._editor.flush()
        self._editor.panel.flush()

    def _on_session_role_changed(self, _actor: Actor) -> None:
        self.apply_role()
