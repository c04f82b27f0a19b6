"""The first start: what the passphrase protects, the passphrase twice, and the recovery code shown once.

Three steps in one view. Nothing is stored until the recovery code is typed back: a family that stops half-way can
start again, and a family that finishes has both the passphrase and a code on paper. The same steps appear once after
an upgrade, when plans made by an earlier version are not encrypted yet.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.background import Background
from ui.common.messages import open_message
from ui.common.pdf_export import default_pdf_folder
from ui.common.theme import set_role
from ui.common.wording import fmt
from ui.security.lock_screen import ButtonRow, SecretField, centred_column
from wijkteam.errors import UserError
from wijkteam.keystore import check_new_passphrase, format_recovery_code, new_recovery_code, same_recovery_code


def _label(text: str, role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if role:
        set_role(label, role)
    return label


class RecoveryCodeBox(QFrame):
    """The code itself, large and selectable, in groups of five for typing over."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.code_label = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
        self.code_label.setFont(font)
        self.code_label.setWordWrap(True)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.addWidget(self.code_label)

    def set_code(self, code: str) -> None:
        shown = format_recovery_code(code)
        self.code_label.setText(shown)
        # Read sign by sign: a screen reader would say "K7QF3" as a word.
        self.code_label.setAccessibleName(self.tr("Herstelcode: %1").replace("%1", " ".join(shown)))


class PassphraseSteps(QWidget):
    """Choose a passphrase (twice), see the recovery code, type it back. ``finished`` carries both."""

    finished = Signal(str, str)  # passphrase, recovery code
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None, *, cancellable: bool = False) -> None:
        super().__init__(parent)
        self._code = ""
        self.pdf_job = Background(self, held_while_locked=False)  # the lock never shows over the first start
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_choose(cancellable))
        self.stack.addWidget(self._build_code())
        self.stack.addWidget(self._build_confirm())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # ------------------------------------------------------------------ building

    def _build_choose(self, cancellable: bool) -> QWidget:
        page = QWidget()
        self.intro_box = QVBoxLayout()
        self.intro_box.setSpacing(10)
        # Made before the fields, so a screen reader reads the explanation first, as the eye does.
        self.intro_labels = [_label("") for _ in range(4)]
        for label in self.intro_labels:
            self.intro_box.addWidget(label)
        self.first = SecretField(self.tr("&Kies een wachtwoord"))
        self.second = SecretField(self.tr("Typ het wachtwoord &nog een keer"))
        self.first.edit.returnPressed.connect(self.second.edit.setFocus)
        self.second.edit.returnPressed.connect(self._on_next_button_clicked)
        self.show_check = QCheckBox(self.tr("&Laat zien wat ik typ"))
        self.show_check.toggled.connect(self.first.set_visible_text)
        self.show_check.toggled.connect(self.second.set_visible_text)
        self.choose_status = _label("", "status")
        self.next_button = QPushButton(self.tr("&Verder"))
        set_role(self.next_button, "primary")
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.extra_row = QHBoxLayout()
        self.extra_row.addWidget(self.next_button)
        self.extra_row.addStretch(1)
        if cancellable:
            cancel = QPushButton(self.tr("&Annuleren"))
            cancel.clicked.connect(self.cancelled)
            self.extra_row.addWidget(cancel)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addLayout(self.intro_box)
        column.addWidget(self.first)
        column.addWidget(self.second)
        column.addWidget(self.show_check)
        column.addWidget(self.choose_status)
        column.addLayout(self.extra_row)
        column.addStretch(1)
        return page

    def _build_code(self) -> QWidget:
        page = QWidget()
        heading = _label(self.tr("Uw herstelcode"), "heading")
        explain = _label(self.tr(
            "Met deze code opent u uw plannen als u het wachtwoord vergeet. Schrijf de code op, of bewaar hem als PDF "
            "en print hem. Bewaar het papier op een veilige plek, niet bij de laptop. U ziet de code maar één keer."))
        self.code_box = RecoveryCodeBox()
        self.pdf_button = QPushButton(self.tr("Bewaar als &PDF om te printen…"))
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.code_status = _label("", "status")
        back = QPushButton(self.tr("&Terug"))
        back.clicked.connect(lambda: self._go(0))
        self.written_button = QPushButton(self.tr("Ik heb hem &opgeschreven"))
        set_role(self.written_button, "primary")
        self.written_button.clicked.connect(lambda: self._go(2))
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(heading)
        column.addWidget(explain)
        column.addWidget(self.code_box)
        column.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.code_status)
        column.addWidget(ButtonRow(back, self.written_button, stretch_after=0))
        column.addStretch(1)
        return page

    def _build_confirm(self) -> QWidget:
        page = QWidget()
        heading = _label(self.tr("Typ de herstelcode over"), "heading")
        explain = _label(self.tr("Zo weet u zeker dat u hem goed heeft opgeschreven. Streepjes en kleine letters "
                                 "mogen."))
        label = _label(self.tr("&Herstelcode"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setAccessibleName(self.tr("Herstelcode"))
        self.confirm_edit.setMaxLength(80)
        label.setBuddy(self.confirm_edit)
        self.confirm_edit.returnPressed.connect(self._on_done_button_clicked)
        self.confirm_status = _label("", "status")
        back = QPushButton(self.tr("&Terug naar de code"))
        back.clicked.connect(lambda: self._go(1))
        self.done_button = QPushButton(self.tr("&Klaar"))
        set_role(self.done_button, "primary")
        self.done_button.clicked.connect(self._on_done_button_clicked)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(heading)
        column.addWidget(explain)
        column.addWidget(label)
        column.addWidget(self.confirm_edit)
        column.addWidget(self.confirm_status)
        column.addWidget(ButtonRow(back, self.done_button, stretch_after=0))
        column.addStretch(1)
        return page

    # ------------------------------------------------------------------ public

    def set_intro(self, *texts: tuple[str, str]) -> None:
        """The words above the fields: up to four (text, role) pairs."""
        for index, label in enumerate(self.intro_labels):
            text, role = texts[index] if index < len(texts) else ("", "")
            label.setText(text)
            set_role(label, role)
            label.setVisible(bool(text))

    def add_extra_button(self, button: QPushButton) -> None:
        self.extra_row.addWidget(button)

    def reset(self) -> None:
        self._code = ""
        for field in (self.first, self.second):
            field.clear()
        self.confirm_edit.clear()
        self.show_check.setChecked(False)
        for status in (self.choose_status, self.code_status, self.confirm_status):
            self._status(status, "")
        self.set_busy(False)
        self._go(0)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.done_button.setEnabled(not busy)
        self.confirm_edit.setEnabled(not busy)
        if busy:
            self._status(self.confirm_status, text or self.tr("Even geduld: uw plannen worden beveiligd…"))

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self._status(self.confirm_status, message, warning=True)

    def focus_first(self) -> None:
        self.first.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --------------------------------------------------------------- helpers

    def _go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        focus = {0: self.first.edit, 1: self.written_button, 2: self.confirm_edit}[index]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _status(label: QLabel, text: str, *, warning: bool = False) -> None:
        label.setText(f"⚠ {text}" if warning and text else text)
        set_role(label, "status-warning" if warning else "status")

    def _ask_pdf_path(self, suggested: Path) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Herstelcode bewaren als PDF"), str(suggested),
                                                      self.tr("PDF (*.pdf)"))
        return Path(chosen) if chosen else None

    # ------------------------------------------------------------------ slots

    def _on_next_button_clicked(self) -> None:
        try:
            check_new_passphrase(self.first.text(), self.second.text())
        except UserError as error:
            self._status(self.choose_status, str(error), warning=True)
            (self.second if self.first.text() and len(self.first.text().strip()) >= 8 else self.first).edit.setFocus()
            return
        self._status(self.choose_status, "")
        if not self._code:
            self._code = new_recovery_code()
        self.code_box.set_code(self._code)
        self._go(1)

    def _on_pdf_button_clicked(self) -> None:
        target = self._ask_pdf_path(default_pdf_folder() / self.tr("Herstelcode Ons Plan.pdf"))
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        from wijkteam.recovery_pdf import write_recovery_pdf

        code = self._code

        def done(written: Path) -> None:
            self._status(self.code_status, fmt(self.tr("✓ Bewaard: %1. Print de pagina en bewaar hem goed."),
                                               str(written)))

        self._status(self.code_status, self.tr("Bezig met de PDF…"))
        self.pdf_job.run(lambda: write_recovery_pdf(code, target), done,
                         lambda error: self._status(self.code_status, str(error), warning=True))

    def _on_done_button_clicked(self) -> None:
        if not self.done_button.isEnabled():
            return
        if not same_recovery_code(self._code, self.confirm_edit.text()):
            self._status(self.confirm_status, self.tr("Deze herstelcode is niet dezelfde. Kijk nog eens goed en typ "
                                                      "hem over."), warning=True)
            self.confirm_edit.selectAll()
            return
        self.finished.emit(self.first.text(), self._code)


class FirstStartView(QWidget):
    """The first start of the app on this laptop, or the first start after an upgrade."""

    finished = Signal(str, str)
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = _label(self.tr("Welkom bij Ons Plan"), "title")
        self.steps = PassphraseSteps()
        self.steps.finished.connect(self.finished)
        self.restore_button = QPushButton(self.tr("&Reservekopie terugzetten…"))
        self.restore_button.setToolTip(self.tr("Heeft u al plannen in een reservekopie, bijvoorbeeld op een USB-stick? "
                                               "Zet die dan terug."))
        self.restore_button.clicked.connect(self.restore_requested)
        self.steps.add_extra_button(self.restore_button)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(16)
        column.addWidget(self.title_label)
        column.addWidget(self.steps, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(centred_column(content, 820))

    def prepare(self, *, upgrading: bool) -> None:
        protect = self.tr("Uw plannen gaan over u en uw gezin. Daarom zet Ons Plan ze op slot met een wachtwoord. "
                          "Alleen wie het wachtwoord weet, kan ze lezen. Ook als iemand anders de laptop gebruikt, of "
                          "als de laptop kwijt is.")
        choose = self.tr("Kies een wachtwoord van minstens 8 tekens. Een zin van een paar woorden is sterk en "
                         "makkelijk te onthouden.")
        nobody = self.tr("Let op: niemand kan uw wachtwoord terughalen, ook de makers van Ons Plan niet. Daarom krijgt "
                         "u zo ook een herstelcode.")
        if upgrading:
            self.title_label.setText(self.tr("Ons Plan zet uw plannen nu op slot"))
            first = self.tr("Deze versie van Ons Plan beveiligt uw plannen. Er gaat niets verloren.")
            self.steps.set_intro((first, "lead"), (protect, ""), (choose, ""), (nobody, "muted"))
        else:
            self.title_label.setText(self.tr("Welkom bij Ons Plan"))
            self.steps.set_intro((protect, "lead"), (choose, ""), (nobody, "muted"))
        self.restore_button.setVisible(not upgrading)
        self.steps.reset()
        self.steps.focus_first()

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.steps.set_busy(busy, text)
        self.restore_button.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.steps.show_error(message)
        self.restore_button.setEnabled(True)

    def message(self, text: str) -> None:
        open_message(self, text)
