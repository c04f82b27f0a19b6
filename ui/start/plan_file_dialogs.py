"""Plan files from the window: open a ``.wijkplan`` as a new plan, and save a plan as one.

The family decides whether their private notes go along; the question defaults to no. Only the family is asked:
another role at the keyboard saves the plan without the notes the family keeps to itself, and the service refuses
them anyway. Every question that needs a file dialog goes through a small overridable method, so tests can answer it
without a real dialog. Reading and writing the file run off the screen's thread (``background``): a large plan
never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.background import Background
from ui.common.changes import PlanChanges, What, own_changes
from ui.common.dialog_parts import grow_to_fit
from ui.common.messages import open_message, open_saved
from ui.common.pdf_export import default_pdf_name
from ui.common.settings import settings
from ui.common.theme import set_role
from ui.common.wording import fmt
from wijkteam.errors import DamagedPlanError, UserError
from wijkteam.paths import with_suffix
from wijkteam.planfile import SUFFIX
from wijkteam.services import Actor, Services

if TYPE_CHECKING:
    from wijkteam.services.damaged import ReadableExport


def default_plan_file_name(title: str) -> str:
    """A file name from the plan's title that every system accepts: ``Ons gezinsplan.wijkplan``."""
    return str(Path(default_pdf_name(title)).with_suffix(SUFFIX))


def with_plan_file_suffix(path: Path) -> Path:
    return with_suffix(path, SUFFIX)


class PrivateNotesDialog(QDialog):
    """Asks, before saving a plan file, whether the family's own notes go along. No, unless they tick the box."""

    def __init__(self, plan_title: str, note_count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Opslaan als planbestand"))
        self.setModal(True)
        self.setMinimumWidth(600)
        heading = QLabel(self.tr("Eigen notities meenemen?"))
        set_role(heading, "heading")
        plan_label = QLabel(fmt(self.tr("U bewaart het plan „%1” als planbestand."), plan_title))
        plan_label.setTextFormat(Qt.TextFormat.PlainText)
        plan_label.setWordWrap(True)
        explain = QLabel(self.tr("In dit plan staan %n eigen notities. Die zijn alleen van u. "
                                 "Ze gaan niet mee in het bestand, tenzij u dat hieronder kiest.", "", note_count))
        explain.setWordWrap(True)
        self.private_check = QCheckBox(self.tr("Ja, mijn eigen &notities meenemen"))
        self.private_check.setChecked(False)
        advice = QLabel(self.tr("Alleen doen als u dat zelf wilt. Iedereen die het bestand krijgt, kan ze lezen."))
        set_role(advice, "muted")
        advice.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.next_button: QPushButton = self.buttons.addButton(
            self.tr("&Kies waar u het bewaart…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        set_role(self.next_button, "primary")
        self.next_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        for widget in (heading, plan_label, explain, self.private_check, advice):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        grow_to_fit(self)  # wrapped sentences count as one line until the width is known

    def with_private(self) -> bool:
        return self.private_check.isChecked()


class PlanFileFlow(QObject):
    """Opening and saving plan files, shared by the start view and the window's menu."""

    plan_imported = Signal(int)
    plan_saved = Signal(str)

    def __init__(self, services: Services, parent: QWidget, *, actor: Callable[[], Actor],
                 changes: PlanChanges | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._window = parent
        self._actor = actor  # who is at the keyboard now; asked again at the moment of writing
        self._changes = own_changes(changes, self)
        self.background = Background(self)
        self.question_dialog: PrivateNotesDialog | None = None  # the open question about private notes, if any
        self.done_box: QMessageBox | None = None

    # ------------------------------------------------------------------ public

    def open_file(self) -> None:
        """Ask for a plan file and add it as a new plan. Nothing changes when the file is refused."""
        if self.background.busy:
            return
        path = self._ask_open_path(settings.plan_file_folder)
        if path is None:
            return
        settings.plan_file_folder = path.parent

        def done(plan_id: int) -> None:
            self._changes.announce(plan_id, What.PLANS, source=self)
            self.plan_imported.emit(plan_id)

        self.background.run(lambda: self._services.planfiles.import_plan(path), done, self._show_error,
                            busy=self.tr("Het planbestand wordt gelezen…"), title=self.tr("Planbestand openen"),
                            over=self._window)

    def save_plan(self, plan_id: int) -> None:
        """Ask the family about private notes (only when there are any), then where to save, then write the file."""
        if self.background.busy:
            return
        actor = self._actor()
        try:
            plan = self._services.plans.get_plan(plan_id)
            # Only the family may even count its notes. Those marked to include are part of the plan and go along
            # anyway; the question is only about the others.
            notes = self._services.private_notes.list_notes(plan_id, actor) if actor.is_family else []
        except DamagedPlanError:
            self.save_damaged_plan(plan_id)
            return
        except UserError as error:
            open_message(self._window, str(error), warning=True)
            return
        note_count = sum(not note.include for note in notes)
        if not note_count:
            self._save(plan_id, plan.title, with_private=False)
            return
        dialog = PrivateNotesDialog(plan.title, note_count, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # open(), not exec(): the window keeps running, and the answer arrives through accepted.
        dialog.accepted.connect(lambda: self._save(plan_id, plan.title, with_private=dialog.with_private()))
        dialog.finished.connect(self._on_question_dialog_finished)
        self.question_dialog = dialog
        dialog.open()

    def save_damaged_plan(self, plan_id: int) -> None:
        """Save a plan that cannot be read, with everything that can be: the way to keep its words before removing it.

        No question about private notes: only the notes the family marked to include go along.
        """
        try:
            title = next((plan.title for plan in self._services.overview.damaged_plans() if plan.id == plan_id), "")
        except UserError as error:
            open_message(self._window, str(error), warning=True)
            return
        chosen = self._ask_save_path(settings.plan_file_folder / default_plan_file_name(title))
        if chosen is None:
            return
        target = with_plan_file_suffix(chosen)

        def done(saved: ReadableExport) -> None:
            settings.plan_file_folder = saved.path.parent
            extra = self.tr("Open het bestand met „Planbestand openen…” om verder te gaan met het plan.")
            if saved.replaced:
                extra = self.tr("Datums die niet te lezen waren, zijn leeg gelaten of op vandaag gezet.") + " " + extra
            self._show_saved(saved.path, with_private=False, extra=extra)
            self.plan_saved.emit(str(saved.path))

        self.background.run(lambda: self._services.overview.export_readable(plan_id, target), done,
                            self._show_error, busy=self.tr("Het plan wordt bewaard als planbestand…"),
                            title=self.tr("Opslaan als planbestand"), over=self._window)

    # ------------------------------------------------------ overridable asks

    def _ask_open_path(self, folder: Path) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self._window, self.tr("Planbestand openen"), str(folder), self._file_filter()
        )
        return Path(chosen) if chosen else None

    def _ask_save_path(self, suggested: Path) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Opslaan als planbestand"), str(suggested), self._file_filter()
        )
        return Path(chosen) if chosen else None

    # ----------------------------------------------------------------- helpers

    def _file_filter(self) -> str:
        return fmt(self.tr("Ons Plan-bestand (*%1)"), SUFFIX)

    def _show_error(self, error: UserError) -> None:
        open_message(self._window, str(error), warning=True)

    def _save(self, plan_id: int, title: str, *, with_private: bool) -> None:
        chosen = self._ask_save_path(settings.plan_file_folder / default_plan_file_name(title))
        if chosen is None:
            return
        target = with_plan_file_suffix(chosen)
        actor = self._actor()  # the person at the keyboard when the file is written; the service checks the role

        def done(written: Path) -> None:
            settings.plan_file_folder = written.parent
            self._show_saved(written, with_private=with_private)
            self.plan_saved.emit(str(written))

        self.background.run(
            lambda: self._services.planfiles.export_plan(plan_id, target, actor=actor, with_private=with_private),
            done, self._show_error, busy=self.tr("Het plan wordt bewaard als planbestand…"),
            title=self.tr("Opslaan als planbestand"), over=self._window)

    def _show_saved(self, path: Path, *, with_private: bool, extra: str = "") -> None:
        if not self._actor().is_family:
            notes = self.tr("De eigen notities van het gezin zitten er niet in.")
        elif with_private:
            notes = self.tr("Uw eigen notities zitten erin.")
        else:
            notes = self.tr("Uw eigen notities zitten er niet in.")
        if extra:
            notes = f"{extra}\n\n{notes}"
        box = open_saved(self._window, self.tr("Planbestand bewaard"), self.tr("Het plan is bewaard als planbestand."),
                         path, notes)
        box.finished.connect(self._on_done_box_finished)
        self.done_box = box

    # ------------------------------------------------------------------- slots

    def _on_question_dialog_finished(self, _result: int) -> None:
        self.question_dialog = None

    def _on_done_box_finished(self, _result: int) -> None:
        self.done_box = None
