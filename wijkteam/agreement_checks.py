"""Is an agreement concrete? Which of wat, wie, wanneer, hoe weten we dat het lukt and wie checkt are still open.

Pure logic, no Qt: the editor shows the open parts at a glance, and the peer supporter's "maak het concreet" check asks
them as questions. It never blocks anything: an agreement may stay open for as long as the family wants.
"""

from __future__ import annotations

from enum import StrEnum

from wijkteam.services.dto import AgreementDoc


class Part(StrEnum):
    """A part of a concrete agreement, in the order people talk about them."""

    WHAT = "wat"
    WHO = "wie"
    WHEN = "wanneer"
    HOW = "hoe"
    CHECKER = "checker"


#: Short labels, to read in a list: "Nog niet ingevuld: wie, wanneer".
LABELS: dict[Part, str] = {
    Part.WHAT: "wat",
    Part.WHO: "wie",
    Part.WHEN: "wanneer",
    Part.HOW: "hoe weten we dat het lukt",
    Part.CHECKER: "wie checkt",
}

#: The same parts as the questions a peer supporter asks at the table.
QUESTIONS: dict[Part, str] = {
    Part.WHAT: "Wat gaat er gebeuren?",
    Part.WHO: "Wie doet dit?",
    Part.WHEN: "Wanneer gebeurt dit?",
    Part.HOW: "Hoe weten we dat het lukt?",
    Part.CHECKER: "Wie checkt of het gelukt is?",
}


def _blank(text: str) -> bool:
    return not text.strip()


def missing_parts(agreement: AgreementDoc) -> list[Part]:
    """The parts still open. Wanneer counts as filled by a moment in words or by a date."""
    missing: list[Part] = []
    if _blank(agreement.what):
        missing.append(Part.WHAT)
    # Names, not only ids: a plan file may carry a who-link whose person is gone.
    if not agreement.who_ids and not any(name.strip() for name in agreement.who):
        missing.append(Part.WHO)
    if _blank(agreement.when_text) and agreement.due_date is None:
        missing.append(Part.WHEN)
    if _blank(agreement.how_we_know):
        missing.append(Part.HOW)
    if _blank(agreement.checker):
        missing.append(Part.CHECKER)
    return missing


def missing_labels(agreement: AgreementDoc) -> list[str]:
    """``["wie", "wanneer"]``: short Dutch labels of what is still open."""
    return [LABELS[part] for part in missing_parts(agreement)]


def questions_for(agreement: AgreementDoc) -> list[str]:
    """``["Wie doet dit?", "Wanneer gebeurt dit?"]``: what is still open, as questions to ask the family."""
    return [QUESTIONS[part] for part in missing_parts(agreement)]


def is_concrete(agreement: AgreementDoc) -> bool:
    return not missing_parts(agreement)
