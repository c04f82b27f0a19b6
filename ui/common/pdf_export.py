"""Names and folders for the files the family saves: a PDF, and the other files named after the plan's title.

The export itself runs off the screen's thread through ``ui.common.background``, like every slow job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths

from wijkteam.paths import with_suffix

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from wijkteam.services.export import ExportService

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def default_pdf_name(title: str) -> str:
    """A file name from the plan's title that every system accepts."""
    name = " ".join(_UNSAFE.sub(" ", title).split()).strip(" .")
    return f"{name or 'Ons plan'}.pdf"


def default_pdf_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def with_pdf_suffix(path: Path) -> Path:
    return with_suffix(path, ".pdf")


def pdf_saved_box(parent: QWidget, path: Path, open_file: Callable[[Path], None]) -> QMessageBox:
    """The calm message after a PDF was saved: where it is, and a button that opens it. Opened, not waited for."""
    # Imported here: this module is read before the window shows, and the message box's enums cost time to make.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from ui.common.theme import set_role
    from ui.common.wording import fmt

    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("PdfExport", "Afdrukken als PDF"),
        QCoreApplication.translate("PdfExport", "Het plan is opgeslagen als PDF."),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(fmt(QCoreApplication.translate("PdfExport", "U vindt het hier: %1"), str(path)))
    open_button = box.addButton(
        QCoreApplication.translate("PdfExport", "&Open de PDF"), QMessageBox.ButtonRole.AcceptRole
    )
    set_role(open_button, "primary")
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: open_file(path) if button is open_button else None)
    box.open()
    return box


def open_pdf(parent: QWidget, path: Path) -> None:
    """Open the PDF in the computer's own program; without one, say so, and where the PDF is."""
    from ui.common.messages import open_outside

    open_outside(
        parent,
        path,
        QCoreApplication.translate(
            "PdfExport", "Er is op deze computer geen programma dat een PDF opent. De PDF is wel bewaard: %1"
        ),
    )


def pdf_job(export: ExportService, plan_id: int, target: Path, check: bool) -> Path | list[str]:
    """On the exporter's thread: with ``check``, the characters no font has when there are any (the family hears of
    them first and chooses); else the PDF, written."""
    missing = export.unprintable(plan_id) if check else []
    return missing or export.export_pdf(plan_id, target)


def unprintable_box(parent: QWidget, chars: list[str], go_on: Callable[[], None]) -> QMessageBox:
    """Before printing: which characters no font can print, and the choice to print the rest or stop."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from ui.common.theme import set_role
    from ui.common.wording import fmt
    from wijkteam.pdf import characters_named  # ReportLab is loaded already: the check used it

    text = fmt(QCoreApplication.translate("PdfExport", "Deze tekens kunnen niet worden afgedrukt: %1. De rest van het "
                                                       "plan wel."),
               characters_named(chars, QCoreApplication.translate("PdfExport", "en nog %1 andere")))
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("PdfExport", "Afdrukken als PDF"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("unprintableBox")
    box.setInformativeText(QCoreApplication.translate("PdfExport", "Wilt u de PDF toch maken?"))
    print_button = box.addButton(QCoreApplication.translate("PdfExport", "&Toch afdrukken"),
                                 QMessageBox.ButtonRole.AcceptRole)
    set_role(print_button, "primary")
    stop_button = box.addButton(QCoreApplication.translate("PdfExport", "&Stoppen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(print_button)
    box.setEscapeButton(stop_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: go_on() if button is print_button else None)
    box.open()
    return box
