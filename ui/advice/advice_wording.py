"""Plain Dutch for professional input: what kind of item it is, the family's answer, and how many wait for one.

A condition is called binding, honestly; information and advice are what they are: the family decides.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QObject

from models import AdviceAnswer, AdviceKind
from ui.common.wording import fmt, format_day, word
from wijkteam import vocabulary
from wijkteam.services.dto import AdviceDoc

#: A shape per answer, so the answer never depends on seeing colour.
ANSWER_SYMBOLS = {
    AdviceAnswer.OPEN: "○",
    AdviceAnswer.OVERGENOMEN: "✓",
    AdviceAnswer.DEELS: "◐",
    AdviceAnswer.NIET_OVERGENOMEN: "✗",
}


class AdviceCounts(QObject):
    """Texts with a count about advice (see ``ui.common.wording.Counts`` for why they sit in a class)."""

    def waiting(self, count: int) -> str:
        return self.tr("%n adviezen wachten op uw antwoord", "", count)

    def unanswered(self, count: int) -> str:
        return self.tr("%n adviezen zijn nog niet beantwoord", "", count)

    def added(self, count: int) -> str:
        """%1 is who gave them."""
        return self.tr("Er zijn %n punten toegevoegd van %1.", "", count)

    def already_there(self, count: int) -> str:
        return self.tr("%n punten stonden al in uw plan. Die zijn niet nog een keer toegevoegd.", "", count)


@cache
def advice_counts() -> AdviceCounts:
    return AdviceCounts()


def kind_name(kind: AdviceKind) -> str:
    name = word(vocabulary.ADVICE_KINDS, kind)
    # A condition says on screen what it is: binding, unlike information and advice.
    return (
        fmt(QCoreApplication.translate("AdviceWording", "%1 (bindend)"), name)
        if kind == AdviceKind.VOORWAARDE
        else name
    )


def kind_explained(kind: AdviceKind) -> str:
    """One line under the kind, for the professional choosing it and for the family reading it."""
    return {
        AdviceKind.INFORMATIE: QCoreApplication.translate("AdviceWording", "U vertelt iets wat het gezin moet weten."),
        AdviceKind.ADVIES: QCoreApplication.translate(
            "AdviceWording", "U raadt iets aan. Het gezin beslist zelf wat het ermee doet."
        ),
        AdviceKind.VOORWAARDE: QCoreApplication.translate(
            "AdviceWording",
            "Alleen als u een wettelijke macht hebt, zoals bij een ondertoezichtstelling (OTS). "
            "Het plan moet dan aan deze voorwaarde voldoen.",
        ),
    }[kind]


def answer_name(answer: AdviceAnswer) -> str:
    return word(vocabulary.ADVICE_ANSWERS, answer)


def answer_text(answer: AdviceAnswer) -> str:
    """``✓ Overgenomen``: the symbol and the word."""
    return fmt("%1 %2", ANSWER_SYMBOLS[answer], answer_name(answer))


def about_text(item: AdviceDoc) -> str:
    return (
        fmt(QCoreApplication.translate("AdviceWording", "Over: %1"), item.section_title)
        if item.section_title
        else QCoreApplication.translate("AdviceWording", "Over: het hele plan")
    )


def author_text(item: AdviceDoc) -> str:
    """``Van Priya Ramdin, Jeugdbescherming · 3 maart 2025``."""
    who = (
        fmt(QCoreApplication.translate("AdviceWording", "%1, %2"), item.author_name, item.organisation)
        if item.organisation
        else item.author_name
    )
    return fmt(QCoreApplication.translate("AdviceWording", "Van %1 · %2"), who, format_day(item.given_on))


def open_count_text(count: int, *, family: bool) -> str:
    """How many items wait for the family's answer. Empty when none do. A question, never a block."""
    if count <= 0:
        return ""
    if family:
        return advice_counts().waiting(count)
    return advice_counts().unanswered(count)
