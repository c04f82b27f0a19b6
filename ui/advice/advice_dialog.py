"""Two dialogs around professional input: a professional adds an item, and the family answers one.

Each gets a ``save`` callable that calls the service; a UserError it raises shows in the dialog and nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from models import AdviceAnswer, AdviceKind
from ui.advice.advice_wording import about_text, author_text, kind_explained, kind_name
from ui.common.dialog_parts import add_save_shortcuts, form_label, grow_to_fit, lines_height, scrolling_body, tall_combo
from ui.common.theme import RADIO_STYLE, set_role
from ui.common.wording import fmt
from wijkteam.errors import UserError
from wijkteam.services.dto import AdviceDoc, SectionDoc

KINDS = (AdviceKind.INFORMATIE, AdviceKind.ADVIES, AdviceKind.VOORWAARDE)
ANSWERS = (AdviceAnswer.OVERGENOMEN, AdviceAnswer.DEELS, AdviceAnswer.NIET_OVERGENOMEN)

#: kind, section id (None: the whole plan), text, legal basis
SaveAdvice = Callable[[AdviceKind, int | None, str, str], None]
SaveAnswer = Callable[[AdviceAnswer, str], None]


def _wrapped(text: str, role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        set_role(label, role)
    return label


def _text_field(placeholder: str, height: int) -> QTextEdit:
    field = QTextEdit()
    field.setAcceptRichText(False)
    field.setTabChangesFocus(True)
    field.setPlaceholderText(placeholder)
    field.setMinimumHeight(max(height, lines_height(field)))
    return field


class _SavingDialog(QDialog):
    """What both dialogs share: an error line, a primary button, Ctrl+Enter to save."""

    def __init__(self, title: str, save_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setStyleSheet(RADIO_STYLE)
        self.error_label = _wrapped("", "status-warning")
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        set_role(self.save_button, "primary")
        self.save_button.setDefault(True)
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        add_save_shortcuts(self, self._on_buttons_accepted)
        self.main_layout, self._foot = scrolling_body(self, (28, 20, 28, 16), 8)

    def finish_layout(self) -> None:
        self._foot.addWidget(self.error_label)
        self._foot.addWidget(self.buttons)

    def show_error(self, message: str) -> None:
        self.error_label.setText(fmt("⚠ %1", message))
        self.error_label.setVisible(True)
        grow_to_fit(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        grow_to_fit(self)

    def _on_buttons_accepted(self) -> None:
        raise NotImplementedError


class AddAdviceDialog(_SavingDialog):
    """For a professional: information, advice or a condition, about one part or the whole plan."""

    def __init__(self, save: SaveAdvice, author: str, sections: Sequence[SectionDoc],
                 section_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Advies toevoegen"), self.tr("Advies &toevoegen"), parent)
        self._save = save
        heading = _wrapped(self.tr("Advies toevoegen"), "heading")
        author_label = _wrapped(fmt(self.tr("Op naam van: %1. Met de datum van vandaag."), author), "muted")

        kind_label = _wrapped(self.tr("Wat voor soort is het?"))
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[AdviceKind, QRadioButton] = {}
        mnemonics = {AdviceKind.INFORMATIE: self.tr("&Informatie"), AdviceKind.ADVIES: self.tr("&Advies"),
                     AdviceKind.VOORWAARDE: self.tr("&Voorwaarde (bindend)")}
        kinds = QVBoxLayout()
        kinds.setSpacing(0)
        for number, kind in enumerate(KINDS):
            button = QRadioButton(mnemonics[kind])
            self.kind_group.addButton(button, number)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)
            explained = _wrapped(kind_explained(kind), "muted")
            explained.setContentsMargins(42, 0, 0, 2)
            kinds.addWidget(explained)
        self.kind_buttons[AdviceKind.ADVIES].setChecked(True)

        self.section_combo = tall_combo(QComboBox())
        self.section_combo.addItem(self.tr("Het hele plan"), None)
        for section in sections:
            self.section_combo.addItem(section.title, section.id)
        self.section_combo.setCurrentIndex(max(0, self.section_combo.findData(section_id)) if section_id else 0)

        self.text_edit = _text_field(self.tr("Schrijf in korte zinnen. Het gezin leest dit."), 120)
        self.text_edit.setFixedHeight(lines_height(self.text_edit))  # longer text scrolls inside the field
        # Wide rather than tall: the dialog must fit on a small laptop screen, also with the legal basis open.
        self.text_edit.setMinimumWidth(520)

        self.legal_box = QFrame()
        set_role(self.legal_box, "helpbox")
        self.legal_hint = _wrapped(self.tr(
            "Een voorwaarde is bindend. Schrijf op waar uw wettelijke macht vandaan komt, bijvoorbeeld een "
            "ondertoezichtstelling (OTS)."))
        self.legal_edit = QLineEdit()
        self.legal_edit.setMaxLength(500)
        self.legal_edit.setPlaceholderText(self.tr("bijvoorbeeld: ondertoezichtstelling, art. 1:255 BW"))
        legal_label = _wrapped(self.tr("&Wettelijke grond"))
        legal_label.setBuddy(self.legal_edit)
        legal_layout = QVBoxLayout(self.legal_box)
        legal_layout.setContentsMargins(16, 10, 16, 12)
        legal_layout.setSpacing(6)
        legal_layout.addWidget(self.legal_hint)
        legal_layout.addWidget(legal_label)
        legal_layout.addWidget(self.legal_edit)

        for label in (heading, author_label, kind_label):
            self.main_layout.addWidget(label)
        self.main_layout.addLayout(kinds)
        form = QFormLayout()
        form.setSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(form_label(self.tr("&Over welk deel?"), self.section_combo), self.section_combo)
        form.addRow(form_label(self.tr("&Uw tekst"), self.text_edit, top=True), self.text_edit)
        self.main_layout.addLayout(form)
        self.main_layout.addWidget(self.legal_box)
        self.finish_layout()
        self.kind_group.idToggled.connect(self._on_kind_group_id_toggled)
        self._show_legal()
        self.text_edit.setFocus()

    def kind(self) -> AdviceKind:
        return KINDS[max(self.kind_group.checkedId(), 0)]

    def _show_legal(self) -> None:
        self.legal_box.setVisible(self.kind() == AdviceKind.VOORWAARDE)
        if self.isVisible():
            grow_to_fit(self)

    def _on_kind_group_id_toggled(self, _number: int, checked: bool) -> None:
        if checked:
            self._show_legal()

    def _on_buttons_accepted(self) -> None:
        kind = self.kind()
        text = self.text_edit.toPlainText().strip()
        legal = " ".join(self.legal_edit.text().split()) if kind == AdviceKind.VOORWAARDE else ""
        if not text:
            self.show_error(self.tr("Schrijf eerst uw informatie of advies."))
            self.text_edit.setFocus()
            return
        if kind == AdviceKind.VOORWAARDE and not legal:
            self.show_error(self.tr("Vul de wettelijke grond in. Zonder wettelijke grond is het een advies."))
            self.legal_edit.setFocus()
            return
        try:
            self._save(kind, self.section_combo.currentData(), text, legal)
        except UserError as error:
            self.show_error(str(error))
            return
        self.accept()


class AnswerDialog(_SavingDialog):
    """For the family: what they do with one item, and why. The item itself stays as it was written."""

    def __init__(self, save: SaveAnswer, item: AdviceDoc, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Antwoord op advies"), self.tr("Antwoord &bewaren"), parent)
        self._save = save
        headings = {AdviceKind.INFORMATIE: self.tr("Uw antwoord op deze informatie"),
                    AdviceKind.ADVIES: self.tr("Uw antwoord op dit advies"),
                    AdviceKind.VOORWAARDE: self.tr("Uw antwoord op deze voorwaarde")}
        heading = _wrapped(headings[item.kind], "heading")
        quote = QFrame()
        set_role(quote, "helpbox")
        quote_layout = QVBoxLayout(quote)
        quote_layout.setContentsMargins(16, 10, 16, 12)
        quote_layout.setSpacing(4)
        quote_layout.addWidget(_wrapped(kind_name(item.kind), "help-heading"))
        quote_layout.addWidget(_wrapped(fmt("%1 · %2", author_text(item), about_text(item)), "muted"))
        self.item_label = _wrapped(item.text)
        self.item_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.item_label.setMinimumWidth(520)
        quote_layout.addWidget(self.item_label)

        question = _wrapped(self.tr("Wat doet u ermee?"))
        self.answer_group = QButtonGroup(self)
        self.answer_buttons: dict[AdviceAnswer, QRadioButton] = {}
        texts = {
            AdviceAnswer.OVERGENOMEN: self.tr("&Overgenomen: wij doen wat er staat"),
            AdviceAnswer.DEELS: self.tr("&Deels: wij doen een deel ervan"),
            AdviceAnswer.NIET_OVERGENOMEN: self.tr("&Niet overgenomen: wij doen het anders"),
        }
        answers = QVBoxLayout()
        answers.setSpacing(0)
        for number, answer in enumerate(ANSWERS):
            button = QRadioButton(texts[answer])
            self.answer_group.addButton(button, number)
            self.answer_buttons[answer] = button
            answers.addWidget(button)
        if item.answer in self.answer_buttons:
            self.answer_buttons[item.answer].setChecked(True)

        self.reason_edit = _text_field(self.tr("Bijvoorbeeld: oma Ria vangt de kinderen op."), 110)
        self.reason_edit.setPlainText(item.reason)
        reason_label = _wrapped(self.tr("&Waarom? Schrijf het in uw eigen woorden."))
        reason_label.setBuddy(self.reason_edit)

        self.main_layout.addWidget(heading)
        self.main_layout.addWidget(quote)
        if item.kind == AdviceKind.VOORWAARDE:
            self.binding_label = _wrapped(self.tr(
                "Dit is een voorwaarde. Een voorwaarde is bindend: die blijft gelden, ook als u het er niet mee "
                "eens bent. Schrijf op wat u ervan vindt. Dan kunt u er samen over praten."), "muted")
            self.main_layout.addWidget(self.binding_label)
        self.main_layout.addWidget(question)
        self.main_layout.addLayout(answers)
        self.main_layout.addWidget(reason_label)
        self.main_layout.addWidget(self.reason_edit)
        self.finish_layout()
        self.answer_group.idToggled.connect(self._on_answer_group_id_toggled)
        checked = self.answer_group.checkedButton()
        (checked or self.answer_buttons[AdviceAnswer.OVERGENOMEN]).setFocus()

    def answer(self) -> AdviceAnswer | None:
        number = self.answer_group.checkedId()
        return ANSWERS[number] if number >= 0 else None

    def _on_answer_group_id_toggled(self, _number: int, checked: bool) -> None:
        # The button stays on: without a choice it says what is missing (below), rather than doing nothing.
        if checked:
            self.error_label.setVisible(False)

    def _on_buttons_accepted(self) -> None:
        answer = self.answer()
        if answer is None:
            self.show_error(self.tr("Kies eerst wat u met dit advies doet."))
            return
        try:
            self._save(answer, self.reason_edit.toPlainText().strip())
        except UserError as error:
            self.show_error(str(error))
            return
        self.accept()
