"""What "Lees voor" reads of an item of advice: its kind, who gave it, what it is about, the text, and the family's
answer with its reason. The words of the app in the language of the screens, the written text in the plan's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from models import AdviceAnswer, AdviceKind
from ui.advice.advice_wording import about_text, answer_name, kind_name
from ui.common.screen_language import current_language
from ui.common.speech import Piece
from ui.common.wording import fmt, format_day
from wijkteam.services.dto import AdviceDoc

#: ``Piece.key`` of the professional's own text and of the family's reason.
ADVICE_TEXT = "advice"
ADVICE_REASON = "reason"


def advice_pieces(item: AdviceDoc, plan_language: str) -> list[Piece]:
    screens = current_language()
    who = item.author_name
    if item.organisation:
        who = fmt(QCoreApplication.translate("AdviceReadAloud", "%1, %2"), item.author_name, item.organisation)
    pieces = [
        Piece(fmt("%1.", kind_name(item.kind)), screens),
        Piece(fmt(QCoreApplication.translate("AdviceReadAloud", "Van %1, op %2."), who, format_day(item.given_on)),
              screens),
        Piece(fmt("%1.", about_text(item)), screens),
        Piece(item.text, plan_language, ADVICE_TEXT),
    ]
    if item.kind == AdviceKind.VOORWAARDE and item.legal_basis:
        pieces.append(Piece(fmt(QCoreApplication.translate("AdviceReadAloud", "Wettelijke grond: %1."),
                                item.legal_basis), screens))
    if item.answer == AdviceAnswer.OPEN:
        pieces.append(Piece(QCoreApplication.translate("AdviceReadAloud", "Het gezin heeft nog geen antwoord gegeven."),
                            screens))
    else:
        pieces.append(Piece(fmt(QCoreApplication.translate("AdviceReadAloud", "Antwoord van het gezin: %1."),
                                answer_name(item.answer)), screens))
        if item.reason:
            pieces.append(Piece(item.reason, plan_language, ADVICE_REASON))
    return pieces


def read_button(item: AdviceDoc) -> QPushButton:
    """The button on an item's card that reads it aloud."""
    button = QPushButton(QCoreApplication.translate("AdviceReadAloud", "Lees voor"))
    button.setAccessibleName(fmt(QCoreApplication.translate("AdviceReadAloud", "Lees voor: %1 van %2"),
                                 kind_name(item.kind).lower(), item.author_name))
    button.setToolTip(QCoreApplication.translate("AdviceReadAloud", "Lees dit punt en het antwoord voor (F9)"))
    return button
