"""Beveiliging: when the window locks itself, a new passphrase or recovery code, and the backup for a USB stick.

Every step that needs the passphrase asks it again: the laptop may be open while someone else sits at it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.background import Background
from ui.common.messages import open_message
from ui.common.pdf_export import default_pdf_folder
from ui.common.settings import LOCK_CHOICES, settings
from ui.common.theme import set_role
from ui.common.wording import fmt
from ui.security.first_start import RecoveryCodeBox
from ui.security.lock_screen import ButtonRow, SecretField, fit_to_screen
from ui.security.vault_controller import VaultController, flush_everything
from wijkteam.errors import UserError
from wijkteam.keystore import check_new_passphrase, new_recovery_code, same_recovery_code


class SecurityHost(Protocol):
    """What the dialog needs from the main window: leaving the open plan, and bringing a backup back.

    ``window()`` is Qt's own: the main window is its own top-level window, the dialog's parent.
    """

    def leave_to_start(self) -> bool: ...

    def restore_backup(self, source: Path) -> None: ...

    def window(self) -> QWidget: ...


def _label(text: str, role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if role:
        set_role(label, role)
    return label


def _status(label: QLabel, text: str, *, warning: bool = False) -> None:
    label.setText(f"⚠ {text}" if warning and text else text)
    set_role(label, "status-warning" if warning else "status")


def _scrolling(content: QWidget) -> QScrollArea:
    """Large text never pushes a dialog off the screen: it scrolls inside instead."""
    content.setObjectName("scrollContent")
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(content)
    return area


class ChangePassphraseDialog(QDialog):
    """The passphrase now, then the new one twice. The recovery code keeps working."""

    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._background = Background(self)
        self.setWindowTitle(self.tr("Wachtwoord veranderen"))
        self.current = SecretField(self.tr("Uw &wachtwoord van nu (of de herstelcode)"))
        self.new = SecretField(self.tr("&Nieuw wachtwoord"))
        self.repeat = SecretField(self.tr("Nieuw wachtwoord nog &een keer"))
        self.show_check = QCheckBox(self.tr("&Laat zien wat ik typ"))
        for field in (self.current, self.new, self.repeat):
            self.show_check.toggled.connect(field.set_visible_text)
        self.status_label = _label("", "status")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("&Veranderen"), QDialogButtonBox.ButtonRole.AcceptRole)
        set_role(self.save_button, "primary")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(12)
        column.addWidget(_label(self.tr("Kies een nieuw wachtwoord van minstens 8 tekens. Uw herstelcode blijft "
                                        "werken."), "lead"))
        for widget in (self.current, self.new, self.repeat, self.show_check, self.status_label):
            column.addWidget(widget)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(_scrolling(content), 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 70, 22)
        self.current.edit.setFocus()

    def _on_save(self) -> None:
        current, new, repeat = self.current.text(), self.new.text(), self.repeat.text()
        try:
            check_new_passphrase(new, repeat)
        except UserError as error:
            _status(self.status_label, str(error), warning=True)
            return
        self.save_button.setEnabled(False)
        _status(self.status_label, self.tr("Even geduld…"))

        def failed(error: UserError) -> None:
            self.save_button.setEnabled(True)
            _status(self.status_label, str(error), warning=True)

        self._background.run(lambda: self._controller.vault.change_passphrase(current, new, repeat),
                             lambda _r: self._on_saved(), failed)

    def _on_saved(self) -> None:
        open_message(self.parentWidget() or self, self.tr("Uw wachtwoord is veranderd. Gebruik vanaf nu het nieuwe "
                                                          "wachtwoord."))
        self.accept()


class NewRecoveryCodeDialog(QDialog):
    """The passphrase, then a new code shown once and typed back. Only then does the old code stop working."""

    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._background = Background(self)
        self._pdf_job = Background(self)  # the page to print, beside checking and saving the code
        self._code = new_recovery_code()
        self.setWindowTitle(self.tr("Nieuwe herstelcode"))
        self.stack = QStackedWidget()

        ask = QWidget()
        ask_column = QVBoxLayout(ask)
        self.current = SecretField(self.tr("Uw &wachtwoord"))
        self.current.edit.returnPressed.connect(self._on_show_code)
        self.ask_status = _label("", "status")
        ask_column.addWidget(_label(self.tr("Is uw herstelcode kwijt, of heeft iemand anders hem gezien? Maak dan een "
                                            "nieuwe. De oude werkt daarna niet meer."), "lead"))
        ask_column.addWidget(self.current)
        ask_column.addWidget(self.ask_status)
        ask_column.addStretch(1)

        show = QWidget()
        show_column = QVBoxLayout(show)
        self.code_box = RecoveryCodeBox()
        self.code_box.set_code(self._code)
        self.pdf_button = QPushButton(self.tr("Bewaar als &PDF om te printen…"))
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setAccessibleName(self.tr("Herstelcode overtypen"))
        self.confirm_edit.returnPressed.connect(self._on_save)
        confirm_label = _label(self.tr("Typ de nieuwe code &over:"))
        confirm_label.setBuddy(self.confirm_edit)
        self.show_status = _label("", "status")
        show_column.addWidget(_label(self.tr("Uw nieuwe herstelcode. Schrijf hem op, of print hem. U ziet hem maar "
                                             "één keer.")))
        show_column.addWidget(self.code_box)
        show_column.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignLeft)
        show_column.addWidget(confirm_label)
        show_column.addWidget(self.confirm_edit)
        show_column.addWidget(self.show_status)
        show_column.addStretch(1)
        self.stack.addWidget(ask)
        self.stack.addWidget(show)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = self.buttons.addButton(self.tr("&Verder"), QDialogButtonBox.ButtonRole.AcceptRole)
        set_role(self.next_button, "primary")
        self.next_button.setDefault(True)
        self.buttons.accepted.connect(self._on_next)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        self.scroll_area = _scrolling(self.stack)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 74, 24)
        self.current.edit.setFocus()

    def _on_next(self) -> None:
        if self.stack.currentIndex() == 0:
            self._on_show_code()
        else:
            self._on_save()

    def _on_show_code(self) -> None:
        secret = self.current.text()
        if not secret:
            _status(self.ask_status, self.tr("Typ eerst uw wachtwoord."), warning=True)
            return
        self.next_button.setEnabled(False)
        _status(self.ask_status, self.tr("Even geduld…"))

        def done(_result: Any) -> None:
            self.next_button.setEnabled(True)
            self.next_button.setText(self.tr("&Opslaan"))
            self.stack.setCurrentIndex(1)
            self.confirm_edit.setFocus()
            self.scroll_area.ensureWidgetVisible(self.confirm_edit)

        def failed(error: UserError) -> None:
            self.next_button.setEnabled(True)
            _status(self.ask_status, str(error), warning=True)

        self._background.run(lambda: self._controller.vault.verify(secret), done, failed)

    def _on_pdf_button_clicked(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Herstelcode bewaren als PDF"),
                                                      str(default_pdf_folder() / self.tr("Herstelcode Ons Plan.pdf")),
                                                      self.tr("PDF (*.pdf)"))
        if not chosen:
            return
        from wijkteam.recovery_pdf import write_recovery_pdf

        target = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        code = self._code
        _status(self.show_status, self.tr("Bezig met de PDF…"))
        self._pdf_job.run(lambda: write_recovery_pdf(code, target),
                          lambda written: _status(self.show_status, fmt(self.tr("✓ Bewaard: %1."), str(written))),
                          lambda error: _status(self.show_status, str(error), warning=True))

    def _on_save(self) -> None:
        if not same_recovery_code(self._code, self.confirm_edit.text()):
            _status(self.show_status, self.tr("Deze herstelcode is niet dezelfde. Kijk nog eens goed en typ hem over."),
                    warning=True)
            return
        secret = self.current.text()
        self.next_button.setEnabled(False)

        def failed(error: UserError) -> None:
            self.next_button.setEnabled(True)
            _status(self.show_status, str(error), warning=True)

        self._background.run(lambda: self._controller.vault.replace_recovery_code(secret, self._code),
                             lambda _r: self._on_saved(), failed)

    def _on_saved(self) -> None:
        open_message(self.parentWidget() or self, self.tr("Uw nieuwe herstelcode werkt nu. De oude werkt niet meer."))
        self.accept()


class SecurityDialog(QDialog):
    """One place for the lock, the passphrase, the recovery code and the backups."""

    def __init__(self, window: SecurityHost, controller: VaultController) -> None:
        super().__init__(window.window())
        self._window = window
        self._controller = controller
        self._background = Background(self)
        self.child: QDialog | None = None
        self.setWindowTitle(self.tr("Beveiliging en reservekopie"))

        self.minutes_combo = QComboBox()
        self.minutes_combo.setAccessibleName(self.tr("Op slot na"))
        for minutes in LOCK_CHOICES:
            self.minutes_combo.addItem(self.tr("%n minuten", "", minutes), minutes)
        self.minutes_combo.setCurrentIndex(LOCK_CHOICES.index(settings.lock_minutes))
        self.minutes_combo.activated.connect(self._on_minutes_combo_activated)
        minutes_label = _label(self.tr("Ons Plan gaat vanzelf op &slot als niemand het gebruikt na:"))
        minutes_label.setBuddy(self.minutes_combo)
        self.lock_button = QPushButton(self.tr("Nu op slot &zetten (Ctrl+L)"))
        self.lock_button.clicked.connect(self._on_lock_button_clicked)
        self.passphrase_button = QPushButton(self.tr("&Wachtwoord veranderen…"))
        self.passphrase_button.clicked.connect(self._on_passphrase_button_clicked)
        self.code_button = QPushButton(self.tr("Nieuwe &herstelcode maken…"))
        self.code_button.clicked.connect(self._on_code_button_clicked)
        self.backup_button = QPushButton(self.tr("Reservekopie &maken…"))
        set_role(self.backup_button, "primary")
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.restore_button = QPushButton(self.tr("Reservekopie &terugzetten…"))
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.status_label = _label("", "status")

        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(10)
        column.addWidget(_label(self.tr("Op slot"), "heading"))
        column.addWidget(_label(self.tr("Op slot ziet niemand uw plannen. U opent ze weer met uw wachtwoord.")))
        column.addWidget(minutes_label)
        column.addWidget(self.minutes_combo, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.lock_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addSpacing(8)
        column.addWidget(_label(self.tr("Wachtwoord en herstelcode"), "heading"))
        column.addWidget(_label(self.tr("Met uw wachtwoord of uw herstelcode opent u uw plannen. Niemand anders kan "
                                        "dat.")))
        column.addWidget(ButtonRow(self.passphrase_button, self.code_button))
        column.addSpacing(8)
        column.addWidget(_label(self.tr("Reservekopie"), "heading"))
        column.addWidget(_label(self.tr(
            "Een reservekopie is één bestand met al uw plannen. Het zit op slot met uw wachtwoord van nu. Bewaar het "
            "bijvoorbeeld op een USB-stick. Gaat de laptop kapot of kwijt? Dan zet u de kopie terug op een andere "
            "laptop.")))
        column.addWidget(ButtonRow(self.backup_button, self.restore_button))
        column.addWidget(self.status_label)
        column.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(_scrolling(content), 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 86, 30)

    # ------------------------------------------------------------------ slots

    def _on_minutes_combo_activated(self, index: int) -> None:
        settings.lock_minutes = int(self.minutes_combo.itemData(index))
        self._controller.apply_lock_minutes()
        _status(self.status_label, self.tr("✓ Bewaard."))

    def _on_lock_button_clicked(self) -> None:
        self.accept()
        self._controller.lock()

    def _open_child(self, dialog: QDialog) -> None:
        self.child = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_child_finished)
        dialog.open()

    def _on_child_finished(self, _result: int) -> None:
        self.child = None

    def _on_passphrase_button_clicked(self) -> None:
        self._open_child(ChangePassphraseDialog(self._controller, self))

    def _on_code_button_clicked(self) -> None:
        self._open_child(NewRecoveryCodeDialog(self._controller, self))

    def _on_backup_button_clicked(self) -> None:
        from datetime import date

        from wijkteam.backup import SUFFIX, write_backup

        suggested = default_pdf_folder() / f"Ons Plan reservekopie {date.today().isoformat()}{SUFFIX}"
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Reservekopie maken"), str(suggested),
                                                      self.tr("Reservekopie van Ons Plan (*%1)").replace("%1", SUFFIX))
        if not chosen:
            return
        target = Path(chosen) if chosen.endswith(SUFFIX) else Path(chosen + SUFFIX)
        flush_everything()
        self.backup_button.setEnabled(False)
        _status(self.status_label, self.tr("Bezig met de reservekopie…"))

        def done(result: Any) -> None:
            self.backup_button.setEnabled(True)
            _status(self.status_label, fmt(self.tr("✓ De reservekopie is bewaard: %1. Hij opent met uw wachtwoord of "
                                                   "herstelcode van nu."), str(result.path)))

        def failed(error: UserError) -> None:
            self.backup_button.setEnabled(True)
            _status(self.status_label, str(error), warning=True)

        self._background.run(lambda: write_backup(self._controller.vault, target), done, failed,
                             busy=self.tr("De reservekopie wordt gemaakt…"), title=self.tr("Reservekopie maken"))

    def _on_restore_button_clicked(self) -> None:
        source = self._controller.ask_backup_file()
        if source is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Reservekopie terugzetten"),
            self.tr("Uw plannen van nu worden vervangen door die in de reservekopie. Ze worden eerst bewaard in de map "
                    "backups. Wilt u doorgaan?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not self._window.leave_to_start():
            return
        self.accept()
        self._window.restore_backup(source)
