"""Advice files from the window: the family reads a ``.wijkadvies`` from a professional into their open plan.

``AdviceFileFlow`` does the work; the menu "Samen" offers it as "Adviesbestand inlezen…". The file dialog goes
through ``ask_advice_file`` (a module function) and ``AdviceFileFlow._ask_open_path`` (a method), so tests can
answer it without a real dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.advice.advice_wording import advice_counts
from ui.common.changes import PlanChanges, What, own_changes
from ui.common.messages import open_message
from ui.common.settings import settings
from ui.common.wording import fmt
from wijkteam.advicefile import SUFFIX
from wijkteam.errors import UserError
from wijkteam.services import Services

if TYPE_CHECKING:
    from wijkteam.services.advicefiles import AdviceImport


def ask_advice_file(parent: QWidget, folder: Path) -> Path | None:
    """The open-file dialog for an advice file; None when the family cancels."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("AdviceFileFlow", "Adviesbestand inlezen"),
        str(folder),
        fmt(QCoreApplication.translate("AdviceFileFlow", "Adviesbestand (*%1)"), SUFFIX),
    )
    return Path(chosen) if chosen else None


def done_text(result: AdviceImport) -> str:
    """What the family reads after an import: how many items, from whom, and that answering is theirs."""
    text = fmt(advice_counts().added(result.added), ", ".join(result.authors))
    if result.already_there:
        text += " " + advice_counts().already_there(result.already_there)
    return (
        text
        + " "
        + QCoreApplication.translate(
            "AdviceFileFlow", "U kunt op elk punt antwoorden: overgenomen, deels of niet overgenomen."
        )
    )


class AdviceFileFlow(QObject):
    """Reading an advice file into one plan. Nothing changes when the file is refused."""

    advice_imported = Signal(int, int)  # plan ID, items added

    def __init__(self, services: Services, parent: QWidget, *, changes: PlanChanges | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._window = parent
        self._changes = own_changes(changes, self)
        self.message_box: QMessageBox | None = None  # the last message shown, for tests and for closing

    def import_file(self, plan_id: int) -> None:
        path = self._ask_open_path(settings.advice_file_folder)
        if path is None:
            return
        settings.advice_file_folder = path.parent
        try:
            result = self._services.advicefiles.import_advice(plan_id, path)
        except UserError as error:
            self.message_box = open_message(self._window, str(error), warning=True)
            return
        self._changes.announce(plan_id, What.ADVICE, source=self)
        self.message_box = open_message(self._window, done_text(result))
        self.advice_imported.emit(plan_id, result.added)

    def _ask_open_path(self, folder: Path) -> Path | None:
        return ask_advice_file(self._window, folder)
