"""Messages inside the running app. They open without blocking, so typing and autosave carry on underneath."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def open_message(parent: QWidget, text: str, *, warning: bool = False) -> QMessageBox:
    from PySide6.QtCore import Qt  # not at import: the window shows before Qt's enums are made (20 ms)

    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, QCoreApplication.translate("Messages", "Ons Plan"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("messageBox")
    box.open()
    return box


def open_outside(parent: QWidget, path: Path, no_program: str) -> None:
    """Hand ``path`` (a PDF, a folder) to the computer's own program; without one, say ``no_program`` (with ``%1``
    for where it is) instead of doing nothing."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from ui.common.wording import fmt

    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        open_message(parent, fmt(no_program, str(path)), warning=True)


def open_saved(parent: QWidget, title: str, text: str, path: Path, details: str = "") -> QMessageBox:
    """"Bewaard": where the file is (folder and name), any ``details`` under it, and a button that opens the folder."""
    from PySide6.QtCore import Qt

    from ui.common.wording import fmt

    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("messageBox")
    place = fmt(QCoreApplication.translate("Messages", "Map: %1\nNaam: %2"), path.parent, path.name)
    box.setInformativeText(f"{place}\n\n{details}" if details else place)
    folder_button = box.addButton(QCoreApplication.translate("Messages", "Open de &map"),
                                  QMessageBox.ButtonRole.ActionRole)
    no_program = QCoreApplication.translate("Messages", "Er is op deze computer geen programma dat mappen laat zien. "
                                                        "Het bestand staat in deze map: %1")
    folder_button.clicked.connect(lambda: open_outside(parent, path.parent, no_program))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
