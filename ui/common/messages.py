"""Messages inside the running app. They open without blocking, so typing and autosave carry on underneath."""

from __future__ import annotations

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
