"""The plan open for writing: the list of parts on the left, the open part on the right, saving as the family types.

Every change goes to the services as the person at the keyboard (``SessionRole``); ``EditorRoles`` keeps the plan
only for reading for anyone but the family, and puts the advice of professionals beside the plan.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox, QSplitter, QVBoxLayout, QWidget

from ui.common.autosave import AutoSaver
from ui.common.background import Background
from ui.common.changes import PlanChanges, What, own_changes
from ui.common.messages import open_message
from ui.common.pdf_export import default_pdf_name, open_pdf, pdf_job, pdf_saved_box, unprintable_box, with_pdf_suffix
from ui.common.session_role import SessionRole
from ui.common.settings import settings
from ui.editor.editor_roles import EditorRoles
from ui.editor.editor_top_bar import EditorTopBar
from ui.editor.open_part_column import OpenPartColumn
from ui.editor.plan_details import PlanDetailsDialog, open_plan_details
from ui.editor.plan_undo import PlanUndo, TextUndoFilter
from ui.editor.read_aloud import EditorReadAloud
from ui.editor.section_actions import SectionActions, SectionButtons
from ui.editor.section_documents import SectionDocuments
from ui.editor.section_list_model import SectionListModel
from ui.editor.section_panel import SectionPanel
from ui.editor.section_sidebar import SectionSidebar
from ui.editor.undo_commands import DoneCommand
from wijkteam.errors import UserError
from wijkteam.services import Actor, Services
from wijkteam.services.dto import PlanDoc, SectionDoc
from wijkteam.wmo import wmo_coverage

if TYPE_CHECKING:
    from wijkteam.services.plans import PlanService


class EditorView(QWidget):
    back_requested = Signal()
    title_changed = Signal(str)

    def __init__(self, services: Services, session_role: SessionRole, parent: QWidget | None = None, *,
                 changes: PlanChanges | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.session_role = session_role
        self.changes = own_changes(changes, self)  # what the family changes here, the other screens hear
        self.details_dialog: PlanDetailsDialog | None = None  # "Over dit plan", while it is open
        self._plan: PlanDoc | None = None
        self._loading = False
        self.pdf_done_box: QMessageBox | None = None
        self.unprintable_box: QMessageBox | None = None

        self.top_bar = EditorTopBar(session_role)
        self.top_bar.back_button.clicked.connect(self._on_back_button_clicked)
        self.top_bar.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.top_bar.details_button.clicked.connect(self.edit_details)

        self.model = SectionListModel(self)
        self.sidebar = SectionSidebar(self.model)
        self.section_list = self.sidebar.list_view
        self.section_list.selectionModel().currentChanged.connect(self._on_section_list_current_changed)
        self.section_list.activated.connect(self._on_section_list_activated)
        self.model.dataChanged.connect(self._on_model_changed)
        self.model.modelReset.connect(self._on_model_changed)

        self.panel = SectionPanel(session_role)
        self.panel.done_toggled.connect(self._on_panel_done_toggled)
        self.panel.previous_requested.connect(self._on_panel_previous_requested)
        self.panel.next_requested.connect(self._on_panel_next_requested)
        self.panel.text_edit.textChanged.connect(self._on_text_edit_text_changed)

        self.undo = PlanUndo(self, self._on_undo_document_moved, self)
        self.undo.stepped.connect(self._on_undo_stepped)
        self.undo.stack.indexChanged.connect(self._on_undo_stack_index_changed)
        for saved, what in ((self.panel.people_editor.changed, What.PEOPLE),
                            (self.panel.goals_editor.changed, What.GOALS_AGREEMENTS),
                            (self.panel.agreements_editor.changed, What.GOALS_AGREEMENTS),
                            (self.panel.follow_up.saved, What.DETAILS)):
            saved.connect(partial(self._announce, what))
        for kind, rows in (("people", self.panel.people_editor), ("goals", self.panel.goals_editor),
                           ("agreements", self.panel.agreements_editor)):
            rows.changed.connect(partial(self._on_rows_changed, kind))
        self.panel.set_undo_stack(self.undo.stack)  # a move on the map, a house's choice: undone like any other step
        self.panel.network_map.changed.connect(partial(self._announce, What.PEOPLE))
        self.documents = SectionDocuments(self, self.undo.track)
        self.section_actions = SectionActions(self, self, self.model, self.section_list, self.undo)
        self.section_buttons = SectionButtons(self.section_actions)
        self.sidebar.add_buttons(self.section_buttons)
        undo_action, redo_action = self.section_actions.undo_action, self.section_actions.redo_action
        undo_button, redo_button = self.top_bar.set_undo_actions(undo_action, redo_action)
        self.undo_filter = TextUndoFilter(self.undo, undo_action, redo_action, self)
        self.undo_filter.watch(self.panel.text_edit)
        self.open_part = OpenPartColumn(self.panel, self.section_actions.skip_action)
        self.skipped_bar = self.open_part.skipped_bar
        self.wmo_hint = self.open_part.wmo_hint
        self.roles = EditorRoles(self, self, services, session_role, self.changes)
        self.advice_panel = self.roles.advice_panel

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.roles.side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 920])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.splitter, 1)

        # Left to right, top to bottom: the bar, the list and its buttons, then the open part.
        chain = [self.top_bar.back_button, undo_button, redo_button, self.top_bar.pdf_button,
                 self.top_bar.role_bar.switch_button, self.top_bar.details_button, self.top_bar.advice_button,
                 self.section_list, *self.section_buttons.ordered(),
                 self.skipped_bar.button, self.panel.help_button]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

        # Who typed is taken when they type: the writer may store it after someone else took the keyboard.
        self.autosaver = AutoSaver(self._save_text, self, capture=lambda: self.actor)
        self.autosaver.saving.connect(self._on_autosaver_saving)
        self.autosaver.saved.connect(self._on_autosaver_saved)
        self.autosaver.failed.connect(self._on_autosaver_failed)
        self.autosaver.waiting.connect(self._on_autosaver_waiting)
        self.panel.text_edit.installEventFilter(self)
        self.exporter = Background(self)  # the PDF: ReportLab takes a moment, the window keeps responding
        self.exporter.ended.connect(self._on_exporter_ended)
        self._add_shortcuts()
        self.read_aloud = EditorReadAloud(self, self)  # "Lees voor" and F9
        self.roles.apply_role()

    # ------------------------------------------------------------------ public

    @property
    def plan_id(self) -> int | None:
        return self._plan.id if self._plan else None

    @property
    def actor(self) -> Actor:
        """Who is at the keyboard: every call that changes the plan goes as this person."""
        return self.session_role.actor

    def open_plan(self, plan_id: int) -> None:
        """Show a plan from the start. Raises UserError when it cannot be read."""
        self.flush()
        plan = self._services.plans.get_plan(plan_id)
        self._forget_documents()
        self._plan = plan
        self.panel.bind_plan(self._services, plan.id)
        self.top_bar.show_plan(plan)
        self.model.set_sections(self._with_waiting_text(plan.sections))
        self.panel.set_status(self.tr("Uw tekst wordt vanzelf bewaard.") if self.session_role.is_family else "")
        self.panel.setEnabled(self.model.rowCount() > 0)
        self.roles.open_plan(plan)
        if self.model.rowCount():
            self._go_to_row(0)
        self.title_changed.emit(plan.title)

    def current_section(self) -> SectionDoc | None:
        row = self.section_list.currentIndex().row()
        return self.model.section_at(row) if 0 <= row < self.model.rowCount() else None

    def flush(self) -> bool:
        """Store the family's text and plan B now. True when both are stored; else the status line says why."""
        # Both savers run, so a refused plan B does not keep the family's text from being saved.
        saved_text = self.autosaver.flush()
        saved_plan_b = self.panel.flush()
        return saved_text and saved_plan_b

    # ------------------------------------------- what the undo steps need

    @property
    def plans(self) -> PlanService:
        return self._services.plans

    def save_pending(self) -> bool:
        return self.flush()

    def reload_sections(self, focus_id: int | None) -> None:
        """Read the parts again after a change to their shape, and open ``focus_id`` (or stay where the family was)."""
        if self._plan is None:
            return
        row = self.section_list.currentIndex().row()
        current = self.current_section()
        try:
            sections = self._services.plans.get_plan(self._plan.id).sections
        except UserError as error:
            self.show_error(str(error))
        else:
            self.model.replace_sections(self._with_waiting_text(sections))
            self.advice_panel.set_sections(sections)
        for wanted in (focus_id, current.id if current else None):
            if wanted is not None and self.model.row_of(wanted) >= 0:
                row = self.model.row_of(wanted)
                break
        row = min(max(row, 0), self.model.rowCount() - 1)
        if row < 0:
            return
        if row == self.section_list.currentIndex().row():
            self._show_row(row)  # same row, new title or state
        else:
            self._go_to_row(row)
        self.section_actions.update_state()

    def open_section(self, section_id: int) -> None:
        row = self.model.row_of(section_id)
        if row >= 0 and row != self.section_list.currentIndex().row():
            self._go_to_row(row)

    def section_title(self, section_id: int) -> str:
        row = self.model.row_of(section_id)
        return self.model.section_at(row).title if row >= 0 else ""

    def show_error(self, message: str) -> None:
        self.panel.set_status(f"⚠ {message}", warning=True)

    def leave(self) -> bool:
        """Save what waits before the plan is closed. If saving fails, the family decides whether to leave anyway.

        Leaving anyway forgets text the services refused; text that waits for a busy database is still saved in the
        background, as long as the app runs.
        """
        if self.flush():
            return True
        if self._confirm_leave_unsaved():
            self.autosaver.discard()
            self.panel.follow_up.autosaver.discard()
            return True
        return False

    def wait_for_export(self) -> None:
        self.exporter.wait()

    def focus_text(self) -> None:
        self.panel.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------ overridable asks

    def _confirm_leave_unsaved(self) -> bool:
        if self.autosaver.busy or self.panel.follow_up.autosaver.busy:
            question = self.tr("Uw laatste tekst is nog niet bewaard: een ander programma gebruikt de plannen. "
                               "Wilt u toch stoppen? Als u Ons Plan sluit, bent u die tekst misschien kwijt.")
        else:
            question = self.tr("Uw laatste tekst kon niet worden bewaard. Wilt u toch stoppen? "
                               "Dan bent u die tekst kwijt.")
        answer = QMessageBox.question(
            self,
            self.tr("Tekst niet bewaard"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_pdf_path(self, suggested: Path) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Plan opslaan als PDF"), str(suggested), self.tr("PDF (*.pdf)")
        )
        return Path(chosen) if chosen else None

    def _open_file(self, path: Path) -> None:
        open_pdf(self, path)

    def edit_details(self) -> None:
        """'Over dit plan': the family changes the plan's name, title, dates or place."""
        self.details_dialog = open_plan_details(self, self._services, self)

    def show_details(self) -> None:
        """The plan's name, title, dates or place changed (``ui.editor.plan_details``): show them, same part open."""
        if self._plan is not None:
            self._plan = self._services.plans.get_plan(self._plan.id)
            self.top_bar.show_plan(self._plan)
            self.panel.follow_up.reload()
            self.title_changed.emit(self._plan.title)

    # ----------------------------------------------------------------- helpers

    def _add_shortcuts(self) -> None:
        def action(keys: list[str], slot: Callable[[], None]) -> QAction:
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.next_action = action(["Ctrl+PgDown", "Alt+Down"], self._on_next_action_triggered)
        self.previous_action = action(["Ctrl+PgUp", "Alt+Up"], self._on_previous_action_triggered)
        self.help_action = action(["F1"], self._on_help_action_triggered)
        self.pdf_action = action(["Ctrl+P"], self._on_pdf_button_clicked)
        self.back_action = action(["Esc", "Alt+Left"], self._on_back_action_triggered)

    def _on_rows_changed(self, kind: str) -> None:
        # People, goals and agreements are what such a part holds: with one of them it is no longer "nog leeg".
        for section in self.model.sections():
            if section.kind == kind:
                try:
                    items = self._services.plans.get_section(section.id).items
                except UserError:
                    continue  # the part is gone: the list hears of it with the next reload
                if items != section.items:
                    self.model.update_section(section.id, items=items)

    def _announce(self, *what: What) -> None:
        if self._plan is not None:
            self.changes.announce(self._plan.id, *what, source=self)

    def _save_text(self, section_id: int, text: str, actor: Actor) -> None:
        self._services.plans.set_section_text(section_id, text, actor)  # on the autosave's writer thread

    def _with_waiting_text(self, sections: Sequence[SectionDoc]) -> list[SectionDoc]:
        # Text still waiting for a busy database is newer than what is stored: show that, so it is not lost.
        result = []
        for section in sections:
            waiting = self.autosaver.waiting_text(section.id)
            result.append(section if waiting is None else replace(section, text=waiting))
        return result

    def _forget_documents(self) -> None:
        self.autosaver.discard()
        self.undo.reset()  # its steps point at the documents that go now
        self._loading = True
        try:
            # The editor must never keep showing a document that is about to be deleted.
            self.panel.text_edit.setDocument(QTextDocument(self.panel.text_edit))
        finally:
            self._loading = False
        self.documents.forget()

    def _go_to_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.section_list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _show_row(self, row: int) -> None:
        section = self.model.section_at(row)
        document = self.documents.document_for(section, self.font())
        self._loading = True
        try:
            self.panel.show_section(section, document, row, self.model.rowCount())
        finally:
            self._loading = False
        cursor = self.panel.text_edit.textCursor()
        if not cursor.hasSelection() and cursor.position() == 0:
            cursor.movePosition(cursor.MoveOperation.End)
            self.panel.text_edit.setTextCursor(cursor)
        self.skipped_bar.setVisible(section.skipped)
        self.open_part.show_top()
        self.section_actions.update_state()
        self.roles.show_counts()

    def _start_export(self) -> None:
        if self._plan is None or self.exporter.busy:
            return
        if not self.flush():
            return  # the status line says why; printing now would miss the newest text
        chosen = self._ask_pdf_path(settings.pdf_folder / default_pdf_name(self._plan.title))
        if chosen is None:
            return
        target = with_pdf_suffix(chosen)
        settings.pdf_folder = target.parent
        self._run_export(self._plan.id, target, True)

    def _run_export(self, plan_id: int, target: Path, check: bool) -> None:
        self.panel.set_status(self.tr("Bezig met de PDF…"))
        self.exporter.run(lambda: pdf_job(self._services.export, plan_id, target, check),
                          lambda result: self._on_exporter_done(result, plan_id, target), self._on_exporter_failed,
                          busy=self.tr("Het plan wordt klaargemaakt als PDF…"), title=self.tr("Afdrukken als PDF"))

    # ------------------------------------------------------------------- slots

    def _on_section_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # The part being left is saved now, so nothing waits on a timer for a hidden part; the window does not wait.
        self.autosaver.save_now()
        if current.isValid():
            self.roles.side.show_part()  # choosing a part shows it, also from the advice
            self._show_row(current.row())

    def _on_text_edit_text_changed(self) -> None:
        section = self.current_section()
        if self._loading or section is None or self.panel.text_edit.isReadOnly():
            return
        document = self.panel.text_edit.document()
        self.autosaver.schedule(section.id, document.toPlainText)

    def _on_autosaver_saving(self) -> None:
        self.panel.set_status(self.tr("Bezig met bewaren…"))

    def _on_autosaver_saved(self, section_id: int, text: str) -> None:
        self.model.update_section(section_id, text=text)
        self._announce(What.SECTIONS)
        # Typing on, the text is stored every second while more waits.
        self.panel.set_status(self.tr("Bezig met bewaren…") if self.autosaver.pending else self.tr("✓ Bewaard"))

    def _on_autosaver_failed(self, message: str) -> None:
        self.panel.set_status(f"⚠ {message}", warning=True)

    def _on_autosaver_waiting(self, sentence: str) -> None:
        self.panel.set_status(sentence)  # calm, not a warning: nothing is wrong with the text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Leaving the field (or the window) saves at once: the family may close the laptop right after.
        if watched is self.panel.text_edit and event.type() == QEvent.Type.FocusOut:
            self.autosaver.save_now()
        return super().eventFilter(watched, event)

    def _on_panel_done_toggled(self, done: bool) -> None:
        section = self.current_section()
        if section is None:
            return
        count = self.undo.stack.count()
        self.undo.stack.push(DoneCommand(self, self.undo.refs.ref(section.id), section.title, done))
        if self.undo.stack.count() > count:
            self.panel.set_status(self.tr("✓ Bewaard"))
        else:
            self.panel.set_done(not done)  # refused: the status line says why

    def _on_section_list_activated(self, _index: QModelIndex) -> None:
        self.roles.side.show_part()
        self.focus_text()  # Enter in the list: start writing in that part

    def _on_model_changed(self, *_args: object) -> None:
        # From what the editor holds, never from the database: the list is updated on each autosave.
        if self._plan is not None:
            self.wmo_hint.show_subjects(wmo_coverage(self._plan.plan_type, self.model.sections()))

    def _on_undo_document_moved(self, old_id: int, new_id: int) -> None:
        self.documents.move(old_id, new_id)

    def _on_undo_stepped(self, sentence: str) -> None:
        self.panel.set_status(sentence)

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        if self.undo.stack.count():  # not the history emptied for another plan: a step done, undone or redone
            self._announce(What.SECTIONS)

    def _on_panel_previous_requested(self) -> None:
        self._go_to_row(self.section_list.currentIndex().row() - 1)

    def _on_panel_next_requested(self) -> None:
        self._go_to_row(self.section_list.currentIndex().row() + 1)

    def _on_next_action_triggered(self) -> None:
        self._step_with_keyboard(1)

    def _on_previous_action_triggered(self) -> None:
        self._step_with_keyboard(-1)

    def _step_with_keyboard(self, step: int) -> None:
        self._go_to_row(self.section_list.currentIndex().row() + step)
        # From "klaar" or a button, the keys to the next part mean: write there. In the list they only browse.
        if not self.section_list.hasFocus():
            self.focus_text()

    def _on_help_action_triggered(self) -> None:
        self.panel.toggle_help()

    def _on_back_button_clicked(self) -> None:
        if self.leave():
            self.back_requested.emit()

    def _on_back_action_triggered(self) -> None:
        # Esc in the advice goes back to the plan first: one step back at a time.
        if not self.roles.show_part():
            self._on_back_button_clicked()

    def _on_pdf_button_clicked(self) -> None:
        self._start_export()

    def _on_exporter_ended(self) -> None:
        self.panel.set_status("")

    def _on_exporter_done(self, written: Path | list[str], plan_id: int, target: Path) -> None:
        if isinstance(written, list):  # characters no font has: named first
            self.unprintable_box = unprintable_box(self, written, lambda: self._run_export(plan_id, target, False))
            return
        # Through a lambda: a test puts its own _open_file in place to see what would be opened.
        self.pdf_done_box = pdf_saved_box(self, written, lambda path: self._open_file(path))
        self.pdf_done_box.finished.connect(self._on_pdf_done_box_finished)

    def _on_pdf_done_box_finished(self, _result: int) -> None:
        self.pdf_done_box = None

    def _on_exporter_failed(self, error: UserError) -> None:
        open_message(self, str(error), warning=True)
