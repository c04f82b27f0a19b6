"""The one window of Ons Plan: the start view and the editor, one at a time.

The window owns who is at the keyboard (``session_role``) and hands it to the views. The menu "Samen" holds what the
people at the table do together; more actions can be added to ``samen_menu``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QWidget

from models import PlanType, Role
from ui.common.changes import PlanChanges, What
from ui.common.messages import open_message
from ui.common.settings import settings
from wijkteam import APP_NAME
from wijkteam.errors import UserError

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QCloseEvent

    from ui.common.session_role import SessionRole
    from ui.editor.editor_view import EditorView
    from ui.security.security_dialog import SecurityDialog
    from ui.security.vault_controller import VaultController
    from ui.start.plan_file_dialogs import PlanFileFlow
    from ui.start.start_view import StartView
    from ui.together.role_dialog import RoleDialog
    from ui.together.together_actions import TogetherActions
    from ui.window.advice_desk import AdviceDeskFlow
    from ui.window.anonymous_copy import AnonymousCopyDialog
    from wijkteam.services import Services

#: The window's size while settings hold none, within the screen; shown, it fills the screen (``show_at_start``).
DEFAULT_SIZE = (1280, 800)
#: Small enough for a 1280x720 laptop and for 200% text on a 1920x1080 screen, where Qt has 960x540 of its pixels.
MINIMUM_SIZE = (720, 480)


class MainWindow(QMainWindow):
    # Made by ``build``: the screens, and who is at the keyboard.
    session_role: SessionRole
    plan_files: PlanFileFlow
    start_view: StartView
    together: TogetherActions

    def __init__(self, services: Services, parent: QWidget | None = None, *, load_plans: bool = True,
                 build: bool = True) -> None:
        """``load_plans=False`` shows the window before the database is read; call ``show_start()`` after.

        ``build=False`` makes only the window itself, empty, so that it shows sooner; ``build()`` then makes the rest.
        """
        super().__init__(parent)
        self._services = services
        # What one screen changes, the others hear through this, instead of being told to refresh.
        self.changes = PlanChanges(self)
        self.role_dialog: RoleDialog | None = None  # the last one asked for
        self.anonymous_dialog: AnonymousCopyDialog | None = None
        self.vault: VaultController | None = None  # the passphrase and the lock; see ``attach_vault``
        self.security_dialog: SecurityDialog | None = None
        self.advice_desk: AdviceDeskFlow | None = None  # "Advies geven op een plan…", once asked for
        self._plan_title = ""
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(*MINIMUM_SIZE)
        self._editor: EditorView | None = None  # made when first needed: the start view shows sooner
        self._built = False  # ``build`` made what closing waits for (``plan_files``)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._restore_settings()
        if build:
            self.build(load_plans=load_plans)

    def build(self, *, load_plans: bool = True) -> None:
        """The start view, the menus and the actions of "Samen".

        Importing and making them takes longer than showing the window, so the start-up shows the window first
        (``build=False``) and builds it right after it is drawn; the family sees the window twice as soon.
        """
        from ui.common.screen_fonts import add_screen_fonts
        from ui.common.session_role import SessionRole
        from ui.start.plan_file_dialogs import PlanFileFlow
        from ui.start.start_view import StartView
        from ui.together.together_actions import TogetherActions

        # The fonts the PDF ships, for the family's Chinese, Hebrew or emoji on the screen too. Here, after the first
        # paint: adding them costs some 8 ms, and the empty window shows no such text.
        add_screen_fonts()
        services = self._services
        # Always the family at the start: the laptop is theirs. Anyone else switches in, deliberately.
        self.session_role = SessionRole(self)
        self.plan_files = PlanFileFlow(services, self, actor=lambda: self.session_role.actor, changes=self.changes)
        self._built = True
        self.start_view = StartView(services, plan_files=self.plan_files, load_plans=load_plans,
                                    actor=lambda: self.session_role.actor, changes=self.changes)
        # First in the stack; it shows at once unless the lock or the first start was there already (they stay).
        self.stack.insertWidget(0, self.start_view)

        self.start_view.plan_opened.connect(self.open_plan)
        self._build_menu()
        self.together = TogetherActions(self, services)
        if self.stack.currentWidget() is self.start_view:
            self.start_view.focus_first()

    @property
    def editor_view(self) -> EditorView:
        if self._editor is None:
            from ui.editor.editor_view import EditorView

            editor = EditorView(self._services, self.session_role, changes=self.changes)
            self.stack.addWidget(editor)
            editor.back_requested.connect(self._on_editor_view_back_requested)
            editor.title_changed.connect(self._on_editor_view_title_changed)
            self._restore_editor_settings(editor, self.width())
            self._editor = editor
        return self._editor

    def _open_editor(self) -> EditorView | None:
        """The editor when it is the view on screen, else None."""
        return self._editor if self._editor is not None and self.stack.currentWidget() is self._editor else None

    def show_at_start(self) -> None:
        """The first time the window fills the screen's free area; after that it opens where the family left it."""
        if settings.window_geometry is None:
            self.showMaximized()
        else:
            self.show()

    def bring_to_front(self) -> None:
        """A second start of the app lands here: show this window instead."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def attach_vault(self, vault: VaultController) -> None:
        """The lock and the passphrase: "Op slot zetten" (Ctrl+L) and "Beveiliging en reservekopie" in the menu."""
        self.vault = vault
        self.plan_menu.insertSeparator(self.quit_action)
        self.plan_menu.insertAction(self.quit_action, vault.lock_action)
        self.security_action = QAction(self.tr("&Beveiliging en reservekopie…"), self)
        self.security_action.triggered.connect(self._on_security_action_triggered)
        self.plan_menu.insertAction(self.quit_action, self.security_action)
        self.plan_menu.insertSeparator(self.quit_action)

    def default_title(self) -> str:
        return APP_NAME

    def restore_title(self) -> None:
        """The title that fits what shows: the open plan's, or the app's."""
        editor = self._open_editor()
        self.setWindowTitle(self._plan_title if editor is not None and self._plan_title else APP_NAME)

    def leave_to_start(self) -> bool:
        """Back to the list of plans, with everything saved. False when the family stays in the plan."""
        return self._leave_editor()

    def restore_backup(self, source: Path) -> None:
        if self.vault is not None:
            self.vault.restore_while_open(source)

    def open_plan(self, plan_id: int) -> None:
        self.session_role.enter_plan(plan_id)
        try:
            self.editor_view.open_plan(plan_id)
        except UserError as error:
            self.changes.announce(plan_id, What.PLANS, source=self)  # gone or unreadable: the list is out of date
            open_message(self, str(error), warning=True)
            return
        self.stack.setCurrentWidget(self.editor_view)
        self.editor_view.focus_text()

    def show_start(self) -> None:
        self.session_role.leave_plan()
        editor = self._open_editor()
        left = editor.plan_id if editor is not None else None
        self.start_view.refresh(select_plan=left)
        self.stack.setCurrentWidget(self.start_view)
        self.setWindowTitle(APP_NAME)
        if left is None:
            self.start_view.focus_first()
        else:
            self.start_view.focus_plans()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.advice_desk is not None and not self.advice_desk.close_window():
            event.ignore()  # advice on someone else's plan, not saved yet: the professional chose to stay
            return
        editor = self._open_editor()
        if editor is not None and not editor.leave():
            event.ignore()
            return
        if self._editor is not None:
            self._editor.wait_for_export()  # the PDF thread must not outlive the database
        if self._built:  # closed on the lock screen of the start, before the rest was built: no work of its own yet
            self.plan_files.background.wait()
        if self.vault is not None:
            self.vault.wait()
        self._save_settings()
        event.accept()

    def save_pending(self) -> bool:
        """Save what the family is still typing, so a dialog about the plan sees the newest text."""
        editor = self._open_editor()
        return editor is None or editor.flush()

    def open_plan_id(self) -> int | None:
        """The plan open in the editor, or None on the list of plans."""
        editor = self._open_editor()
        return editor.plan_id if editor is not None else None

    def current_plan_id(self) -> int | None:
        """The plan open in the editor, or the plan chosen in the list."""
        editor = self._open_editor()
        return editor.plan_id if editor is not None else self.start_view.current_plan_id()

    # ----------------------------------------------------------------- helpers

    def _build_menu(self) -> None:
        from ui.editor.plan_undo import grey_when_disabled
        from ui.window.language_menu import LanguageMenu

        def action(menu: QMenu, text: str, slot: Callable[[], None], keys: str = "") -> QAction:
            act = menu.addAction(text)
            if keys:
                act.setShortcut(QKeySequence(keys))
            act.triggered.connect(slot)
            return act

        # "P&lan": Alt+P already starts a persoonlijk plan on the start view.
        self.plan_menu = self.menuBar().addMenu(self.tr("P&lan"))
        self.new_family_action = action(self.plan_menu, self.tr("Nieuw &familiegroepsplan…"),
                                        self._on_new_family_action_triggered)
        self.new_personal_action = action(self.plan_menu, self.tr("Nieuw &persoonlijk plan…"),
                                          self._on_new_personal_action_triggered)
        self.plan_menu.addSeparator()
        self.open_file_action = action(self.plan_menu, self.tr("Plan&bestand openen…"),
                                       self._on_open_file_action_triggered, "Ctrl+O")
        self.save_file_action = action(self.plan_menu, self.tr("Op&slaan als planbestand…"),
                                       self._on_save_file_action_triggered, "Ctrl+Shift+S")
        self.anonymous_action = action(self.plan_menu, self.tr("&Kopie zonder namen…"),
                                       self._on_anonymous_action_triggered)
        self.deleted_action = action(self.plan_menu, self.tr("&Weggehaalde plannen…"),
                                     self._on_deleted_action_triggered)
        self.details_action = action(self.plan_menu, self.tr("&Over dit plan…"), self._on_details_action_triggered)
        self.plan_menu.addSeparator()
        self.quit_action = action(self.plan_menu, self.tr("&Afsluiten"), self._on_quit_action_triggered, "Ctrl+Q")
        self.plan_menu.aboutToShow.connect(self._on_plan_menu_about_to_show)
        self.plan_menu.aboutToHide.connect(self._on_plan_menu_about_to_hide)

        # What the people at the table do together. Other parts of the app add their actions here.
        self.samen_menu = self.menuBar().addMenu(self.tr("Sa&men"))
        self.role_action = action(self.samen_menu, self.tr("Wie zit er aan het &toetsenbord…"),
                                  self._on_role_action_triggered)
        self.samen_menu.addSeparator()
        self.advice_action = action(self.samen_menu, self.tr("&Informatie en advies"), self._on_advice_action_triggered)
        self.add_advice_action = action(self.samen_menu, self.tr("&Advies toevoegen…"),
                                        self._on_add_advice_action_triggered)
        self.advice_desk_action = action(self.samen_menu, self.tr("Advies &geven op een plan…"),
                                         self._on_advice_desk_action_triggered)
        self.samen_menu.aboutToShow.connect(self._on_samen_menu_about_to_show)
        self.language_menu = LanguageMenu(self)
        self.menuBar().addMenu(self.language_menu)
        for menu in (self.plan_menu, self.samen_menu):
            grey_when_disabled(menu)

    def _leave_editor(self) -> bool:
        """Back to the start view before something that replaces the open plan. False when the family stays."""
        editor = self._open_editor()
        if editor is not None:
            if not editor.leave():
                return False
            self.show_start()
        return True

    def _restore_settings(self) -> None:
        geometry = settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            room = self.screen().availableGeometry()
            self.resize(min(DEFAULT_SIZE[0], room.width()), min(DEFAULT_SIZE[1], room.height()))
        state = settings.window_state
        if state is not None:
            self.restoreState(state)

    @staticmethod
    def _restore_editor_settings(editor: EditorView, width: int) -> None:
        splitter = settings.editor_splitter
        if splitter is None or not editor.splitter.restoreState(splitter):
            side = editor.sidebar.width_in(width)
            editor.splitter.setSizes([side, max(1, width - side)])
        editor.panel.help_button.setChecked(settings.help_shown)

    def _save_settings(self) -> None:
        settings.window_geometry = self.saveGeometry()
        settings.window_state = self.saveState()
        if self._editor is not None:
            settings.editor_splitter = self._editor.splitter.saveState()
            settings.help_shown = self._editor.panel.help_button.isChecked()
        settings.sync()

    # ------------------------------------------------------------------- slots

    def _on_editor_view_back_requested(self) -> None:
        self.show_start()

    def _on_editor_view_title_changed(self, title: str) -> None:
        self._plan_title = title
        if self.vault is None or not self.vault.is_locked:
            self.setWindowTitle(title)

    def _on_role_action_triggered(self) -> None:
        from ui.together.role_dialog import ask_role

        self.role_dialog = ask_role(self.session_role, self)

    def _on_samen_menu_about_to_show(self) -> None:
        editor = self._open_editor()
        self.advice_action.setEnabled(editor is not None)
        self.add_advice_action.setEnabled(editor is not None and self.session_role.role == Role.PROFESSIONAL)

    def _on_advice_action_triggered(self) -> None:
        editor = self._open_editor()
        if editor is not None:
            editor.roles.show_advice()

    def _on_add_advice_action_triggered(self) -> None:
        editor = self._open_editor()
        if editor is not None and self.session_role.role == Role.PROFESSIONAL:
            editor.roles.ask_add_advice()

    def _on_advice_desk_action_triggered(self) -> None:
        from ui.window.advice_desk import AdviceDeskFlow  # a professional's task: not loaded at start-up

        if self.advice_desk is None:
            self.advice_desk = AdviceDeskFlow(self)
        self.advice_desk.start()

    def _on_quit_action_triggered(self) -> None:
        self.close()

    def _on_plan_menu_about_to_show(self) -> None:
        self.save_file_action.setEnabled(self.current_plan_id() is not None)
        self.anonymous_action.setEnabled(self.current_plan_id() is not None)
        # Making, removing and restoring plans is the family's: these steps would go in their name.
        family = self.session_role.is_family
        for family_action in (self.new_family_action, self.new_personal_action, self.deleted_action):
            family_action.setEnabled(family)
        self.details_action.setEnabled(family and self.open_plan_id() is not None)

    def _on_plan_menu_about_to_hide(self) -> None:
        # The shortcut must keep working after the menu closed; without a plan it says what to do.
        self.save_file_action.setEnabled(True)

    def _on_details_action_triggered(self) -> None:
        editor = self._open_editor()
        if editor is not None and self.open_plan_id() is not None:
            editor.edit_details()

    def _on_new_family_action_triggered(self) -> None:
        if self.session_role.is_family and self._leave_editor():
            self.start_view.ask_new_plan(PlanType.FAMILIEGROEPSPLAN)

    def _on_new_personal_action_triggered(self) -> None:
        if self.session_role.is_family and self._leave_editor():
            self.start_view.ask_new_plan(PlanType.PERSOONLIJK_PLAN)

    def _on_open_file_action_triggered(self) -> None:
        if self._leave_editor():
            self.plan_files.open_file()

    def _on_save_file_action_triggered(self) -> None:
        editor = self._open_editor()
        if editor is not None and not editor.flush():
            return  # the editor's status line says why; the file would miss the newest text
        plan_id = self.current_plan_id()
        if plan_id is None:
            open_message(self, self.tr("Kies eerst een plan in de lijst. Daarna kunt u het opslaan als planbestand."))
            return
        self.plan_files.save_plan(plan_id)

    def _on_anonymous_action_triggered(self) -> None:
        if not self.save_pending():
            return  # the editor's status line says why; the copy would miss the newest text
        plan_id = self.current_plan_id()
        if plan_id is not None:
            from ui.window.anonymous_copy import open_anonymous_copy  # not needed before the window shows

            self.anonymous_dialog = open_anonymous_copy(self, self._services, plan_id, self.session_role.actor)

    def _on_security_action_triggered(self) -> None:
        if self.vault is None:
            return
        from ui.security.security_dialog import SecurityDialog

        self.security_dialog = SecurityDialog(self, self.vault)
        from PySide6.QtCore import Qt  # see ui.common.messages: not needed before the window shows

        self.security_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.security_dialog.finished.connect(self._on_security_dialog_finished)
        self.security_dialog.open()

    def _on_security_dialog_finished(self, _result: int) -> None:
        self.security_dialog = None

    def _on_deleted_action_triggered(self) -> None:
        if self.session_role.is_family and self._leave_editor():
            self.start_view.plans.show_deleted()
