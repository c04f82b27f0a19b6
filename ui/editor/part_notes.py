"""What stands above the family's text in some parts: a calm line when a part is only for some (the pgb part of a
persoonlijk plan), and at the top of "Veiligheidsafspraken" the safety conditions a professional set.

Under an ondertoezichtstelling (OTS) the professional may set conditions the plan must meet. They are shown here as
what they are: the professional's words, each with its legal basis, author and date, and apart from them the family's
own answer. The box only informs; it never blocks writing, marking a part ready or printing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from models import AdviceAnswer, AdviceKind
from ui.advice.advice_wording import about_text, answer_text, author_text
from ui.common.dialog_parts import plain_label
from ui.common.theme import BORDER, SURFACE, WARNING, set_role
from ui.common.wording import fmt, template_text
from wijkteam.services.dto import AdviceDoc, SectionDoc

#: The part of a familiegroepsplan where the safety conditions show (the template's key).
SAFETY_KEY = "veiligheid"

_STYLE = f"""
QFrame#conditionsBox {{ background: #FFF9EC; border: 2px solid {WARNING}; border-radius: 12px; }}
QFrame#conditionCard {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 10px; }}
QLabel#conditionText {{ font-weight: bold; }}
QFrame#familyAnswer {{ border: none; border-top: 1px solid {BORDER}; }}
"""


def safety_conditions(items: Sequence[AdviceDoc]) -> list[AdviceDoc]:
    """The conditions of a plan, in the order they were given: all of them are what the plan must meet."""
    return [item for item in items if item.kind == AdviceKind.VOORWAARDE]


class OptionalNote(QLabel):
    """"Alleen als u een pgb wilt. U mag dit deel leeg laten." in muted words: no part is ever required."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "muted")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(self.tr("Laat u dit deel leeg? Dan staat het niet in de PDF."))
        self.setVisible(False)

    def show_section(self, section: SectionDoc | None) -> None:
        when = section.optional if section is not None else ""
        self.setText(fmt(self.tr("%1 U mag dit deel leeg laten."), template_text(when)) if when else "")
        self.setVisible(bool(when))


class ConditionCard(QFrame):
    """One condition: the professional's text with who set it, when and on what legal basis; under a line, the
    family's answer in their own words."""

    def __init__(self, item: AdviceDoc, safety_section_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("conditionCard")
        self.text_label = plain_label(item.text, "conditionText")
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.author_label = plain_label(author_text(item), role="muted")
        self.legal_label = plain_label(fmt(self.tr("Wettelijke grond: %1"), item.legal_basis))
        # About another part (or the whole plan): said, so the family knows where the professional placed it.
        self.about_label = plain_label(about_text(item), role="muted")
        self.about_label.setVisible(item.section_id != safety_section_id)
        answer_box = QFrame()
        answer_box.setObjectName("familyAnswer")
        self.answer_label = plain_label(fmt(self.tr("Antwoord van het gezin: %1"), answer_text(item.answer)))
        if item.answer != AdviceAnswer.OPEN:
            font = self.answer_label.font()
            font.setBold(True)
            self.answer_label.setFont(font)
        self.reason_label = plain_label(item.reason)
        self.reason_label.setVisible(bool(item.reason.strip()))
        answer_layout = QVBoxLayout(answer_box)
        answer_layout.setContentsMargins(0, 8, 0, 0)
        answer_layout.setSpacing(2)
        answer_layout.addWidget(self.answer_label)
        answer_layout.addWidget(self.reason_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        for widget in (self.text_label, self.author_label, self.legal_label, self.about_label, answer_box):
            layout.addWidget(widget)
        self.setAccessibleName(fmt(self.tr("Voorwaarde van %1"), item.author_name))
        self.setAccessibleDescription(item.text)


class ConditionsBox(QFrame):
    """At the top of "Veiligheidsafspraken": the conditions the plan must meet. Hidden in every other part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionsBox")
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(self.tr("Voorwaarden voor de veiligheid"))
        self.heading = plain_label(self.tr("Voorwaarden waar uw plan aan moet voldoen"), role="help-heading")
        self.lead = plain_label(self.tr(
            "Een professional stelde deze voorwaarden voor de veiligheid. Dat mag alleen als de wet het toestaat. "
            "Bijvoorbeeld bij een ondertoezichtstelling (OTS). Uw eigen afspraken schrijft u hieronder."))
        self.cards: list[ConditionCard] = []
        self._cards = QVBoxLayout()
        self._cards.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.lead)
        layout.addLayout(self._cards)
        self.setVisible(False)

    def show_conditions(self, section: SectionDoc | None, items: Sequence[AdviceDoc]) -> None:
        """Show the plan's conditions when ``section`` is the safety part; else hide."""
        conditions = safety_conditions(items) if section is not None and section.key == SAFETY_KEY else []
        shown = [card.item for card in self.cards]
        if shown != conditions:
            for card in self.cards:
                self._cards.removeWidget(card)
                card.hide()
                card.deleteLater()
            self.cards = [ConditionCard(item, section.id if section else None) for item in conditions]
            for card in self.cards:
                self._cards.addWidget(card)
        self.setVisible(bool(conditions))
