"""Plain Dutch for professional input: what kind of item it is, the family's answer, and how many wait for one.

A condition is called binding, honestly; information and advice are what they are: the family decides.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models import AdviceAnswer, AdviceKind
from ui.common.wording import fmt, format_day, word
from wijkteam import vocabulary
from wijkteam.services.dto import AdviceDoc

_CONTEXT = "AdviceWording"

#: A shape per answer, so the answer never depends on seeing colour.
ANSWER_SYMBOLS = {
    AdviceAnswer.OPEN: "○",
    AdviceAnswer.OVERGENOMEN: "✓",
    AdviceAnswer.DEELS: "◐",
    AdviceAnswer.NIET_OVERGENOMEN: "✗",
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_name(kind: AdviceKind) -> str:
    name = word(vocabulary.ADVICE_KINDS, kind)
    # A condition says on screen what it is: binding, unlike information and advice.
    return fmt(tr("%1 (bindend)"), name) if kind == AdviceKind.VOORWAARDE else name


def kind_explained(kind: AdviceKind) -> str:
    """One line under the kind, for the professional choosing it and for the family reading it."""
    return {
        AdviceKind.INFORMATIE: tr("U vertelt iets wat het gezin moet weten."),
        AdviceKind.ADVIES: tr("U raadt iets aan. Het gezin beslist zelf wat het ermee doet."),
        AdviceKind.VOORWAARDE: tr("Alleen als u een wettelijke macht hebt, zoals bij een ondertoezichtstelling (OTS). "
                                  "Het plan moet dan aan deze voorwaarde voldoen."),
    }[kind]


def answer_name(answer: AdviceAnswer) -> str:
    return word(vocabulary.ADVICE_ANSWERS, answer)


def answer_text(answer: AdviceAnswer) -> str:
    """``✓ Overgenomen``: the symbol and the word."""
    return fmt("%1 %2", ANSWER_SYMBOLS[answer], answer_name(answer))


def about_text(item: AdviceDoc) -> str:
    return fmt(tr("Over: %1"), item.section_title) if item.section_title else tr("Over: het hele plan")


def author_text(item: AdviceDoc) -> str:
    """``Van Priya Ramdin, Jeugdbescherming · 3 maart 2025``."""
    who = fmt(tr("%1, %2"), item.author_name, item.organisation) if item.organisation else item.author_name
    return fmt(tr("Van %1 · %2"), who, format_day(item.given_on))


def open_count_text(count: int, *, family: bool) -> str:
    """How many items wait for the family's answer. Empty when none do. A question, never a block."""
    if count <= 0:
        return ""
    if family:
        return tr("1 advies wacht op uw antwoord") if count == 1 else fmt(
            tr("%1 adviezen wachten op uw antwoord"), count)
    return tr("1 advies is nog niet beantwoord") if count == 1 else fmt(
        tr("%1 adviezen zijn nog niet beantwoord"), count)
