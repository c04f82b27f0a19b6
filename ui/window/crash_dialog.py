"""What a person sees when something goes wrong: a calm Dutch sentence, never a bare traceback."""

from __future__ import annotations

import contextlib
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.common import autosave
from ui.common.dialog_parts import grow_to_fit
from ui.common.wording import fmt


def _ensure_application() -> QApplication:
    # The crash hook may fire before the window exists; a dialog needs an application.
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    return QApplication(sys.argv[:1])


class CrashDialog(QDialog):
    """Says what of the family's text is really stored, and lets a helper copy the technical details.

    The first sentence comes from the autosave's registry and follows it while the dialog is open: text that still
    waited is handed to the writer when the dialog opens, and the sentence changes once it is stored.
    """

    def __init__(self, text: str, crash_file: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._details_text = text
        self.setWindowTitle(self.tr("Er ging iets mis"))
        self.setMinimumWidth(620)

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setProperty("role", "question")
        advice = self.tr("U kunt Ons Plan opnieuw starten. Gebeurt het vaker? Geef de details aan wie u helpt.")
        if crash_file:
            advice += " " + fmt(self.tr("De details staan ook in dit bestand: %1"), crash_file)
        self.advice_label = QLabel(advice)
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_button = QPushButton(self.tr("&Details tonen"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._on_details_button_toggled)
        self.copy_button = QPushButton(self.tr("&Kopieer details"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.details = QPlainTextEdit(text)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Technische details"))
        self.details.setMinimumHeight(220)
        self.details.setVisible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)

        top = QHBoxLayout()
        top.addWidget(icon)
        text_column = QVBoxLayout()
        text_column.addWidget(self.message_label)
        text_column.addWidget(self.advice_label)
        text_column.addStretch(1)
        top.addLayout(text_column, 1)
        row = QHBoxLayout()
        row.addWidget(self.details_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 20)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addLayout(row)
        self.close_button.setFocus()
        self._show_what_is_saved()
        changes = autosave.changes()
        if changes is not None:
            changes.connect(self._show_what_is_saved)
        with contextlib.suppress(Exception):  # whatever broke, the dialog must still show
            autosave.save_all_now()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        grow_to_fit(self)  # wrapped sentences count as one line until the width is known

    def _show_what_is_saved(self) -> None:
        try:
            saved = autosave.summary()
        except Exception:  # a dialog about an error must never fail itself
            saved = ""
        self.message_label.setText(" ".join(part for part in (self.tr("Er ging iets mis in Ons Plan."), saved)
                                            if part))

    def _on_details_button_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("&Details verbergen") if shown else self.tr("&Details tonen"))
        self.adjustSize()

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._details_text)
        self.copy_button.setText(self.tr("Gekopieerd"))


def show_crash_dialog(text: str, crash_file: str | None) -> None:
    _ensure_application()
    dialog = CrashDialog(text, crash_file)
    dialog.exec()


def show_error(message: str, parent: QWidget | None = None) -> None:
    """One clear Dutch sentence, for example when the plans cannot be opened. Waits until it is closed."""
    _ensure_application()
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Messages", "Ons Plan"), message,
                      QMessageBox.StandardButton.Ok, parent)
    box.exec()
