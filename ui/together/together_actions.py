"""The menu "Samen": the process guide, eigen tijd, versions, advice files, the calendar and what is due.

Each dialog is self-contained; this module only finds the plan it is about and who is at the keyboard. The dialogs
are imported when first opened, so they add nothing to the time before the window shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from ui.common.changes import PlanChanges
from ui.common.messages import open_message
from ui.common.session_role import SessionRole
from wijkteam.services import Services
from wijkteam.services.dto import DueItem

if TYPE_CHECKING:
    from ui.advice.advice_file_dialogs import AdviceFileFlow


class TogetherHost(Protocol):
    """What the menu "Samen" needs from the main window: the menu, who is at the keyboard, and the plan it is about.

    ``window()`` is Qt's own: the main window is its own top-level window, the parent of every dialog opened here.
    """

    @property
    def samen_menu(self) -> QMenu: ...

    @property
    def session_role(self) -> SessionRole: ...

    @property
    def changes(self) -> PlanChanges: ...

    def save_pending(self) -> bool: ...

    def current_plan_id(self) -> int | None: ...

    def open_plan(self, plan_id: int) -> None: ...

    def window(self) -> QWidget: ...


class TogetherActions(QObject):
    def __init__(self, host: TogetherHost, services: Services) -> None:
        window = host.window()
        super().__init__(window)
        self._host = host
        self._window = window
        self._services = services
        self.dialog: QDialog | None = None  # the dialog open now, for tests and to keep it alive
        menu = host.samen_menu
        menu.addSeparator()
        self.process_action = self._add(self.tr("&Procesgids…"), self._on_process_action_triggered)
        self.eigen_tijd_action = self._add(self.tr("&Eigen tijd…"), self._on_eigen_tijd_action_triggered)
        self.versions_action = self._add(self.tr("&Versies en instemming…"), self._on_versions_action_triggered)
        menu.addSeparator()
        self._advice_files: AdviceFileFlow | None = None
        # &b: &A is "Advies toevoegen".
        self.advice_file_action = self._add(self.tr("Advies&bestand inlezen…"), self._on_advice_file_action_triggered)
        self.advice_file_action.setStatusTip(self.tr("Voeg advies toe dat een professional u als bestand gaf."))
        self.calendar_action = self._add(self.tr("A&genda opslaan (.ics)…"), self._on_calendar_action_triggered)
        self.due_action = self._add(self.tr("Wat moet &nu gebeuren?"), self._on_due_action_triggered)
        menu.aboutToShow.connect(self._on_menu_about_to_show)

    @property
    def advice_files(self) -> AdviceFileFlow:
        if self._advice_files is None:
            from ui.advice.advice_file_dialogs import AdviceFileFlow

            # The advice panel of the open plan hears the new advice through the window's changes.
            self._advice_files = AdviceFileFlow(self._services, self._window, changes=self._host.changes)
        return self._advice_files

    def show_due_if_any(self, today: date | None = None) -> None:
        """At start-up: when a date has passed or is today, say what is due. Never blocks the start."""
        from ui.together.due_dialog import due_items

        items = due_items(self._services, today or date.today())
        if items:
            self._show_due(today or date.today(), items)

    # ----------------------------------------------------------------- helpers

    def _add(self, text: str, slot: Callable[[], None]) -> QAction:
        action = self._host.samen_menu.addAction(text)
        action.triggered.connect(slot)
        return action

    def _plan_id(self) -> int | None:
        """The open or chosen plan, with the newest text saved; None (after saying why) when there is none."""
        if not self._host.save_pending():
            return None
        plan_id = self._host.current_plan_id()
        if plan_id is None:
            open_message(self._window, self.tr("Kies eerst een plan in de lijst, of open een plan."))
        return plan_id

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _show_due(self, today: date, items: list[DueItem]) -> None:
        from ui.together.due_dialog import DueDialog

        dialog = DueDialog(self._services, today, self._window, items=items)
        dialog.open_plan_requested.connect(self._host.open_plan)
        self._open(dialog)

    # ------------------------------------------------------------------- slots

    def _on_menu_about_to_show(self) -> None:
        has_plan = self._host.current_plan_id() is not None
        for action in (self.process_action, self.eigen_tijd_action, self.versions_action, self.calendar_action):
            action.setEnabled(has_plan)
        self.advice_file_action.setEnabled(has_plan and self._host.session_role.is_family)

    def _on_process_action_triggered(self) -> None:
        plan_id = self._plan_id()
        if plan_id is not None:
            from ui.together.process_guide import ProcessGuideDialog

            self._open(ProcessGuideDialog(self._services, plan_id, self._host.session_role.actor, self._window,
                                          changes=self._host.changes))

    def _on_eigen_tijd_action_triggered(self) -> None:
        plan_id = self._plan_id()
        if plan_id is not None:
            from ui.together.eigen_tijd import EigenTijdDialog

            self._open(EigenTijdDialog(self._services, plan_id, self._host.session_role.actor, self._window,
                                       changes=self._host.changes))

    def _on_versions_action_triggered(self) -> None:
        plan_id = self._plan_id()
        if plan_id is not None:
            from ui.together.versions_dialog import VersionsDialog

            self._open(VersionsDialog(self._services, plan_id, self._host.session_role.actor, self._window,
                                      changes=self._host.changes))

    def _on_calendar_action_triggered(self) -> None:
        plan_id = self._plan_id()
        if plan_id is not None:
            from ui.together.calendar_export import export_calendar

            export_calendar(self._services, plan_id, self._window)

    def _on_due_action_triggered(self) -> None:
        from ui.together.due_dialog import due_items

        today = date.today()
        self._show_due(today, due_items(self._services, today))

    def _on_advice_file_action_triggered(self) -> None:
        plan_id = self._plan_id()
        if plan_id is not None:
            self.advice_files.import_file(plan_id)

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
