"""One part of the plan, open for writing: its title, the question, help on request, and the family's own text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.theme import BASE_POINT_SIZE, set_role
from ui.wording import fmt
from wijkteam.services.dto import SectionDoc

TEXT_POINT_SIZE = BASE_POINT_SIZE + 2


def text_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSize(TEXT_POINT_SIZE)
    return font


class FamilyTextEdit(QTextEdit):
    """Plain text only, each paragraph in its own direction.

    A QTextEdit rather than a QPlainTextEdit: the plain-text layout keeps every paragraph left-aligned, so an Arabic
    paragraph would start on the wrong side. This one aligns Arabic to the right and Dutch to the left, per paragraph.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)  # pasted text arrives without fonts and colours
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)


class HelpBox(QFrame):
    """Help and an example, in a calm box that only shows when asked for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "helpbox")
        self.help_heading = QLabel(self.tr("Hulp"))
        set_role(self.help_heading, "help-heading")
        self.help_label = QLabel()
        self.example_heading = QLabel(self.tr("Voorbeeld"))
        set_role(self.example_heading, "help-heading")
        self.example_label = QLabel()
        italic = QFont(self.example_label.font())
        italic.setItalic(True)
        self.example_label.setFont(italic)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(4)
        for label in (self.help_label, self.example_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.help_heading)
        layout.addWidget(self.help_label)
        layout.addSpacing(8)
        layout.addWidget(self.example_heading)
        layout.addWidget(self.example_label)

    def show_section(self, section: SectionDoc) -> None:
        self.help_label.setText(section.help)
        self.example_label.setText(section.example)
        for widget, text in ((self.help_heading, section.help), (self.help_label, section.help),
                             (self.example_heading, section.example), (self.example_label, section.example)):
            widget.setVisible(bool(text))


class SectionPanel(QWidget):
    done_toggled = Signal(bool)
    previous_requested = Signal()
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.position_label = QLabel()
        set_role(self.position_label, "muted")
        self.title_label = QLabel()
        set_role(self.title_label, "section-title")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label = QLabel()
        set_role(self.question_label, "question")
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)

        self.help_button = QPushButton(self.tr("&Hulp en voorbeeld"))
        self.help_button.setCheckable(True)
        self.help_button.setToolTip(self.tr("Toon of verberg hulp en een voorbeeld (F1)"))
        self.help_button.toggled.connect(self._on_help_button_toggled)
        self.help_box = HelpBox()
        self.help_box.setVisible(False)

        self.text_edit = FamilyTextEdit()
        self.text_edit.setFont(text_font(self.font()))
        self.text_edit.setPlaceholderText(self.tr("Schrijf hier in uw eigen woorden."))
        # Tab moves on to the next control; families rarely need a tab character, but always need the keyboard.
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(180)

        self.done_check = QCheckBox(self.tr("Dit deel is &klaar"))
        self.done_check.toggled.connect(self._on_done_check_toggled)
        self.status_label = QLabel()
        set_role(self.status_label, "status")
        self.status_label.setWordWrap(True)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.previous_button = QPushButton(self.tr("← Vorig deel"))
        self.previous_button.setToolTip(self.tr("Vorig deel (Ctrl+PgUp)"))
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.next_button = QPushButton(self.tr("Volgend deel →"))
        self.next_button.setToolTip(self.tr("Volgend deel (Ctrl+PgDown)"))
        self.next_button.clicked.connect(self._on_next_button_clicked)

        help_row = QHBoxLayout()
        help_row.addWidget(self.help_button)
        help_row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        bottom.addWidget(self.done_check)
        bottom.addStretch(1)
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(10)
        layout.addWidget(self.position_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.question_label)
        layout.addLayout(help_row)
        layout.addWidget(self.help_box)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(bottom)

        self.setTabOrder(self.help_button, self.text_edit)
        self.setTabOrder(self.text_edit, self.done_check)
        self.setTabOrder(self.done_check, self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)

    def show_section(self, section: SectionDoc, document: QTextDocument, row: int, count: int) -> None:
        self.position_label.setText(fmt(self.tr("Deel %1 van %2"), row + 1, count))
        self.title_label.setText(section.title)
        self.question_label.setText(section.question)
        self.question_label.setVisible(bool(section.question))
        self.help_box.show_section(section)
        self.help_button.setEnabled(bool(section.help or section.example))
        self.help_box.setVisible(self.help_button.isChecked() and self.help_button.isEnabled())
        self.text_edit.setDocument(document)
        self.text_edit.setAccessibleName(fmt(self.tr("Uw tekst bij: %1"), section.title))
        self.text_edit.setAccessibleDescription(section.question)
        self.done_check.blockSignals(True)
        self.done_check.setChecked(section.done)
        self.done_check.blockSignals(False)
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < count - 1)

    def set_done(self, done: bool) -> None:
        self.done_check.blockSignals(True)
        self.done_check.setChecked(done)
        self.done_check.blockSignals(False)

    def set_status(self, text: str, *, warning: bool = False) -> None:
        self.status_label.setText(text)
        set_role(self.status_label, "status-warning" if warning else "status")

    def toggle_help(self) -> None:
        if self.help_button.isEnabled():
            self.help_button.toggle()

    def _on_help_button_toggled(self, shown: bool) -> None:
        self.help_box.setVisible(shown)

    def _on_done_check_toggled(self, checked: bool) -> None:
        self.done_toggled.emit(checked)

    def _on_previous_button_clicked(self) -> None:
        self.previous_requested.emit()

    def _on_next_button_clicked(self) -> None:
        self.next_requested.emit()
