"""Plain Dutch for the people, goals and agreements of a plan: roles, groups, closeness, support and status."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from models import AgreementStatus, Role, Sector
from ui.common.wording import fmt, format_day, word
from wijkteam import vocabulary
from wijkteam.agreement_checks import Part, missing_parts
from wijkteam.deadlines import agreement_overdue
from wijkteam.services.dto import AgreementDoc


def role_names() -> dict[Role, str]:
    return {role: word(vocabulary.ROLES, role) for role in Role}


def sector_names() -> dict[Sector, str]:
    return {sector: word(vocabulary.SECTORS, sector) for sector in Sector}


def closeness_names() -> dict[int, str]:
    return {closeness: word(vocabulary.CLOSENESS, closeness) for closeness in vocabulary.CLOSENESS}


def support_names() -> dict[str, str]:
    """The four kinds of support of the network map, by their stored value."""
    return {kind: word(vocabulary.SUPPORT, kind) for kind in vocabulary.SUPPORT}


#: A shape per status, like the states of the parts, so the status never depends on seeing colour.
STATUS_SYMBOLS = {
    AgreementStatus.NOG_NIET_BEGONNEN: "○",
    AgreementStatus.BEZIG: "◐",
    AgreementStatus.GEDAAN: "✓",
    AgreementStatus.ANDERS_GELOPEN: "↷",
}
MISSING_SYMBOL = "✎"
SAFETY_SYMBOL = "⚑"


def status_names() -> dict[AgreementStatus, str]:
    return {status: word(vocabulary.AGREEMENT_STATUSES, status) for status in AgreementStatus}


def status_text(status: str) -> str:
    """``◐ Bezig``; an unknown status from a newer plan file is shown as it is stored."""
    try:
        value = AgreementStatus(status)
    except ValueError:
        return vocabulary.label(vocabulary.AGREEMENT_STATUSES, status)
    return f"{STATUS_SYMBOLS[value]} {word(vocabulary.AGREEMENT_STATUSES, value)}"


def part_names() -> dict[Part, str]:
    return {
        Part.WHAT: QCoreApplication.translate("PlanParts", "wat"),
        Part.WHO: QCoreApplication.translate("PlanParts", "wie"),
        Part.WHEN: QCoreApplication.translate("PlanParts", "wanneer"),
        Part.HOW: QCoreApplication.translate("PlanParts", "hoe weten we dat het lukt"),
        Part.CHECKER: QCoreApplication.translate("PlanParts", "wie checkt"),
    }


def missing_text(agreement: AgreementDoc) -> str:
    """``✎ Nog niet ingevuld: wie, wanneer``, or an empty string when everything is there."""
    parts = missing_parts(agreement)
    if not parts:
        return ""
    names = part_names()
    return fmt(
        QCoreApplication.translate("PlanParts", "%1 Nog niet ingevuld: %2"),
        MISSING_SYMBOL,
        ", ".join(names[p] for p in parts),
    )


def when_text(agreement: AgreementDoc, today: date | None = None) -> str:
    """The moment in words and the date, as far as the family filled them in; a date that passed while the agreement
    is still open says "voorbij" (in words, not only in colour)."""
    parts = [agreement.when_text.strip()]
    if agreement.due_date is not None:
        day = format_day(agreement.due_date)
        if is_overdue(agreement, today):
            day = fmt(QCoreApplication.translate("PlanParts", "%1, voorbij"), day)
        parts.append(day)
    return " · ".join(p for p in parts if p)


def is_overdue(agreement: AgreementDoc, today: date | None = None) -> bool:
    return agreement_overdue(agreement.due_date, agreement.status, today or date.today())
