"""The part "Informatie en advies": everything professionals said about the plan, each with the family's answer.

Items are cards rather than rows of a table: their text is long and wraps, and each card carries its own answer
button, which a keyboard reaches with Tab. A plan holds a handful of items, so a card per item stays light.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from models import AdviceAnswer, AdviceKind, Role
from ui.advice.advice_dialog import AddAdviceDialog, AnswerDialog
from ui.advice.advice_read_aloud import read_button
from ui.advice.advice_wording import about_text, answer_text, author_text, kind_name, open_count_text
from ui.common.changes import PlanChange, PlanChanges, What, own_changes
from ui.common.dialog_parts import plain_label
from ui.common.session_role import SessionRole
from ui.common.theme import BORDER, MUTED, SURFACE, TEXT, WARNING, set_role
from ui.common.wording import fmt
from wijkteam.errors import UserError
from wijkteam.services import Actor, Services
from wijkteam.services.dto import AdviceDoc, SectionDoc

_STYLE = f"""
QFrame#adviceCard {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 12px; }}
QFrame#adviceCard[kind="voorwaarde"] {{ border: 2px solid {WARNING}; }}
QLabel#kindBadge {{ font-weight: bold; color: {TEXT}; background: #EEF4F1; border-radius: 6px; padding: 3px 10px; }}
QLabel#kindBadge[kind="voorwaarde"] {{ color: {WARNING}; background: #FFF4DB; border: 1px solid #EBD3A0; }}
QLabel#adviceText {{ font-size: 14pt; }}
QFrame#answerBox {{ border: none; border-top: 1px solid {BORDER}; }}
QLabel#answerOpen {{ color: {MUTED}; font-style: italic; }}
"""


def _polish(widget: QWidget, kind: AdviceKind) -> None:
    widget.setProperty("kind", kind.value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class AdviceCard(QFrame):
    """One item: its kind, who gave it and when, what part it is about, the text, and the family's answer."""

    answer_requested = Signal(int)
    read_requested = Signal(int)  # "Lees voor"

    def __init__(self, item: AdviceDoc, *, family: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("adviceCard")
        _polish(self, item.kind)
        self.kind_label = plain_label(kind_name(item.kind), "kindBadge")
        self.kind_label.setWordWrap(False)  # a badge in one piece
        self.kind_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        _polish(self.kind_label, item.kind)
        self.about_label = plain_label(about_text(item), role="muted")
        self.about_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.author_label = plain_label(author_text(item), role="muted")
        self.text_label = plain_label(item.text, "adviceText")
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.legal_label = plain_label(fmt(self.tr("Wettelijke grond: %1"), item.legal_basis))
        self.legal_label.setVisible(item.kind == AdviceKind.VOORWAARDE and bool(item.legal_basis))

        answered = item.answer != AdviceAnswer.OPEN
        answer_box = QFrame()
        answer_box.setObjectName("answerBox")
        self.answer_label = plain_label(fmt(self.tr("Antwoord van het gezin: %1"), answer_text(item.answer)),
                                   "" if answered else "answerOpen")
        if answered:
            font = self.answer_label.font()
            font.setBold(True)
            self.answer_label.setFont(font)
        self.reason_label = plain_label(item.reason)
        self.reason_label.setVisible(answered and bool(item.reason))
        self.answer_button: QPushButton | None = None
        answer_row = QHBoxLayout()
        answer_row.setSpacing(12)
        answer_texts = QVBoxLayout()
        answer_texts.setSpacing(2)
        answer_texts.addWidget(self.answer_label)
        answer_texts.addWidget(self.reason_label)
        answer_row.addLayout(answer_texts, 1)
        if family:
            button = QPushButton(self.tr("Antwoord veranderen…") if answered else self.tr("Antwoord geven…"))
            if not answered:
                set_role(button, "primary")
            button.setAccessibleName(fmt(self.tr("Antwoord op %1 van %2"), kind_name(item.kind).lower(),
                                         item.author_name))
            button.setAccessibleDescription(item.text)  # the text itself is not a Tab stop
            button.clicked.connect(self._on_answer_button_clicked)
            answer_row.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
            self.answer_button = button
        answer_layout = QVBoxLayout(answer_box)
        answer_layout.setContentsMargins(0, 10, 0, 0)
        answer_layout.addLayout(answer_row)

        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addStretch(1)
        top.addWidget(self.about_label, 1)
        self.read_button = read_button(item)
        self.read_button.clicked.connect(self._on_read_button_clicked)
        top.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.author_label)
        layout.addWidget(self.text_label)
        layout.addWidget(self.legal_label)
        layout.addWidget(answer_box)

    def _on_answer_button_clicked(self) -> None:
        self.answer_requested.emit(self.item.id)

    def _on_read_button_clicked(self) -> None:
        self.read_requested.emit(self.item.id)


class AdvicePanel(QWidget):
    """Reads the plan's items through the services; the family answers, a professional adds. Nothing here blocks."""

    back_requested = Signal()
    items_changed = Signal()  # read again: the editor updates its count and the notes on the parts
    read_requested = Signal(int)  # "Lees voor" on an item

    def __init__(self, services: Services, session_role: SessionRole, parent: QWidget | None = None, *,
                 changes: PlanChanges | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session_role = session_role
        # Advice also comes in from an advice file or the command line: then the panel reads it again.
        self._changes = own_changes(changes, self)
        self._changes.changed.connect(self._on_changes_changed)
        self._plan_id: int | None = None
        self._sections: list[SectionDoc] = []
        self._filter: int | None = None
        self.items: list[AdviceDoc] = []
        self.cards: list[AdviceCard] = []
        self.dialog: QDialog | None = None
        self.setStyleSheet(_STYLE)

        self.back_button = QPushButton(self.tr("← Terug naar het plan"))
        self.back_button.setToolTip(self.tr("Terug naar het deel dat open stond (Esc)"))
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.add_button = QPushButton(self.tr("+ Advies toevoegen…"))
        set_role(self.add_button, "primary")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.heading = plain_label(self.tr("Informatie en advies"), role="section-title")
        self.lead = plain_label(self.tr(
            "Hier staat wat professionals over het plan zeggen, op naam en met datum. Het gezin beslist zelf wat "
            "het met advies doet. Bij elk punt geeft het een antwoord. Advies houdt niets tegen."), role="muted")
        self.count_label = plain_label("", role="question")
        self.filter_label = plain_label("")
        self.show_all_button = QPushButton(self.tr("Toon al het advies"))
        self.show_all_button.clicked.connect(self._on_show_all_button_clicked)
        self.status_label = plain_label("", role="status-warning")
        self.status_label.setVisible(False)
        self.empty_label = plain_label("", role="empty")

        self._cards_layout = QVBoxLayout()
        self._cards_layout.setSpacing(14)
        content = QWidget()
        content.setObjectName("scrollContent")
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(28, 4, 28, 20)
        content_layout.addWidget(self.empty_label)
        content_layout.addLayout(self._cards_layout)
        content_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(content)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label, 1)
        filter_row.addWidget(self.show_all_button)
        header = QVBoxLayout()
        header.setContentsMargins(28, 20, 28, 8)
        header.setSpacing(8)
        header.addLayout(buttons)
        header.addWidget(self.heading)
        header.addWidget(self.lead)
        header.addWidget(self.count_label)
        header.addLayout(filter_row)
        header.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.scroll_area, 1)
        session_role.changed.connect(self._on_session_role_changed)

    # ------------------------------------------------------------------ public

    def set_plan(self, plan_id: int, sections: Sequence[SectionDoc]) -> None:
        self._plan_id = plan_id
        self._sections = list(sections)
        self._filter = None

    def set_sections(self, sections: Sequence[SectionDoc]) -> None:
        self._sections = list(sections)

    def set_filter(self, section_id: int | None) -> None:
        """Show only the items about one part, or (None) all of them."""
        self._filter = section_id
        self._render()

    def reload(self) -> None:
        """Read the items again. A refusal to read shows as a sentence; the old items stay in view."""
        if self._plan_id is None:
            return
        try:
            self.items = self._services.advice.list_advice(self._plan_id)
        except UserError as error:
            self._show_status(str(error))
            return
        self._show_status("")
        self._render()
        self.items_changed.emit()

    def open_count(self) -> int:
        return sum(1 for item in self.items if item.answer == AdviceAnswer.OPEN)

    def count_for(self, section_id: int) -> int:
        return sum(1 for item in self.items if item.section_id == section_id)

    def ask_add(self, section_id: int | None = None) -> None:
        """Open "Advies toevoegen" for a professional; about ``section_id``, or the part the panel shows."""
        plan_id = self._plan_id
        if plan_id is None or self.dialog is not None or self._session_role.role != Role.PROFESSIONAL:
            return
        actor, organisation = self._session_role.actor, self._session_role.organisation
        author = fmt(self.tr("%1, %2"), actor.name, organisation) if organisation else actor.name

        def save(kind: AdviceKind, about: int | None, text: str, legal_basis: str) -> None:
            self._services.advice.add_advice(plan_id, actor, text, kind=kind, organisation=organisation,
                                             legal_basis=legal_basis, section_id=about)

        chosen = section_id if section_id is not None else self._filter
        self._open(AddAdviceDialog(save, author, self._sections, chosen, self))

    def ask_answer(self, advice_id: int) -> None:
        item = next((i for i in self.items if i.id == advice_id), None)
        if item is None or self.dialog is not None or not self._session_role.is_family:
            return
        actor = self._session_role.actor

        def save(answer: AdviceAnswer, reason: str) -> None:
            self._services.plans.respond_to_advice(advice_id, actor, answer, reason)

        self._open(AnswerDialog(save, item, self))

    def focus_first(self) -> None:
        """Put the keyboard on the first item that waits for an answer, and scroll it into view."""
        waiting = next((c for c in self.cards if c.answer_button is not None and c.item.answer == AdviceAnswer.OPEN),
                       None)
        if waiting is not None and waiting.answer_button is not None:
            self.scroll_area.ensureWidgetVisible(waiting, 0, 0)
            waiting.answer_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        target = self.add_button if self.add_button.isVisible() else self.back_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----------------------------------------------------------------- helpers

    def _open(self, dialog: QDialog) -> None:
        # open(), not exec(): autosave keeps running underneath, and the result arrives through finished.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _show_status(self, message: str) -> None:
        self.status_label.setText(fmt("⚠ %1", message) if message else "")
        self.status_label.setVisible(bool(message))

    def _render(self) -> None:
        family = self._session_role.is_family
        professional = self._session_role.role == Role.PROFESSIONAL
        self.add_button.setVisible(professional)
        count = self.open_count()
        self.count_label.setText(open_count_text(count, family=family) if count else (
            self.tr("Alles is beantwoord.") if self.items else ""))
        self.count_label.setVisible(bool(self.count_label.text()))
        title = next((s.title for s in self._sections if s.id == self._filter), "")
        if self._filter is not None and not title:
            self._filter = None  # the part is gone: show everything
        self.filter_label.setText(fmt(self.tr("U ziet alleen het advies over: %1"), title) if title else "")
        self.filter_label.setVisible(bool(title))
        self.show_all_button.setVisible(bool(title))

        for card in self.cards:
            self._cards_layout.removeWidget(card)
            card.hide()  # at once: deleteLater waits for the event loop, and the old card must not show till then
            card.deleteLater()
        shown = [i for i in self.items if self._filter is None or i.section_id == self._filter]
        self.cards = []
        for item in shown:
            card = AdviceCard(item, family=family)
            card.answer_requested.connect(self._on_card_answer_requested)
            card.read_requested.connect(self.read_requested)
            self._cards_layout.addWidget(card)
            self.cards.append(card)
        if professional:
            empty = self.tr("Er is nog geen informatie of advies. Voeg het toe met de knop hierboven.")
        else:
            empty = self.tr("Er is nog geen informatie of advies van professionals bij dit plan.")
        self.empty_label.setText(empty)
        self.empty_label.setVisible(not shown)

    # ------------------------------------------------------------------- slots

    def _on_back_button_clicked(self) -> None:
        self.back_requested.emit()

    def _on_add_button_clicked(self) -> None:
        self.ask_add()

    def _on_show_all_button_clicked(self) -> None:
        self.set_filter(None)

    def _on_session_role_changed(self, _actor: Actor) -> None:
        if self.dialog is not None:
            self.dialog.reject()  # a dialog of the role that just left must not save under the new one
        self._render()

    def _on_dialog_finished(self, result: int) -> None:
        self.dialog = None
        if result == QDialog.DialogCode.Accepted:
            self.reload()
            if self._plan_id is not None:
                self._changes.announce(self._plan_id, What.ADVICE, source=self)

    def _on_changes_changed(self, change: PlanChange) -> None:
        if not change.made_by(self) and change.touches(What.ADVICE) and change.about(self._plan_id):
            self.reload()

    def _on_card_answer_requested(self, advice_id: int) -> None:
        self.ask_answer(advice_id)
