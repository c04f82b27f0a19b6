"""Put the plan's dates in a calendar: save an ``.ics`` file the family opens with the calendar on their computer or
phone. The file holds the agreements with a date that are not done yet, a check-in after about four weeks, and the
evaluation; the family decides where it goes, as with every file that leaves the app.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.common.messages import open_message
from ui.common.pdf_export import default_pdf_name
from ui.common.settings import settings
from ui.common.wording import fmt
from wijkteam.errors import UserError
from wijkteam.paths import with_suffix
from wijkteam.services import Services

SUFFIX = ".ics"

AskPath = Callable[[QWidget, Path], Path | None]


def default_calendar_name(title: str) -> str:
    """``Ons gezinsplan - datums.ics``: the plan's title, safe on every system, and what the file holds."""
    return Path(default_pdf_name(title)).stem + QCoreApplication.translate("CalendarExport", " - datums") + SUFFIX


def with_calendar_suffix(path: Path) -> Path:
    return with_suffix(path, SUFFIX)


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CalendarExport", "Datums in uw agenda zetten"),
        str(suggested),
        fmt(QCoreApplication.translate("CalendarExport", "Agendabestand (*%1)"), SUFFIX),
    )
    return Path(chosen) if chosen else None


def export_calendar(services: Services, plan_id: int, parent: QWidget, *,
                    ask_path: AskPath = ask_save_path) -> Path | None:
    """Ask where to save, write the calendar file, and say how to use it. Returns the file, or None.

    A plan without dates says so before asking for a file name; every problem is one Dutch sentence in a message.
    ``ask_path`` is the question for the file name; tests answer it without a real file dialog.
    """
    try:
        plan = services.plans.get_plan(plan_id)
        services.versions.calendar(plan_id)  # cheap, and tells before the file dialog when there are no dates
    except UserError as error:
        open_message(parent, str(error), warning=True)
        return None
    chosen = ask_path(parent, settings.calendar_folder / default_calendar_name(plan.title))
    if chosen is None:
        return None
    try:
        written = services.versions.export_ics(plan_id, with_calendar_suffix(chosen))
    except UserError as error:
        open_message(parent, str(error), warning=True)
        return None
    settings.calendar_folder = written.parent
    open_message(parent, fmt(QCoreApplication.translate("CalendarExport",
        "De datums staan in het bestand %1. Open dat bestand met de agenda op uw computer of telefoon. "
        "Dan staan de afspraken en de evaluatie in uw agenda."), written.name))
    return written
