"""The Dutch words of the printed plan: dates, plan types, roles, answers and agreement statuses."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from models import AdviceAnswer, AdviceKind, PlanType, Role

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

PLAN_TYPE_LABELS = {
    PlanType.FAMILIEGROEPSPLAN: "Familiegroepsplan",
    PlanType.PERSOONLIJK_PLAN: "Persoonlijk plan (Wmo)",
}
LAW_LINES = {
    PlanType.FAMILIEGROEPSPLAN: "Een plan van het gezin en de mensen om hen heen, volgens de Jeugdwet.",
    PlanType.PERSOONLIJK_PLAN: "Een plan in mijn eigen woorden, volgens de Wmo 2015 (artikel 2.3.2).",
}
ROLE_LABELS = {
    Role.GEZIN: "Gezin",
    Role.NETWERK: "Netwerk",
    Role.ONDERSTEUNER: "Ondersteuner",
    Role.PROFESSIONAL: "Professional",
}
AGREEMENT_STATUS_LABELS = {
    "nog_niet_begonnen": "Nog niet begonnen",
    "bezig": "Bezig",
    "gedaan": "Gedaan",
    "anders_gelopen": "Anders gelopen",
}
ADVICE_KIND_LABELS = {
    AdviceKind.INFORMATIE: "Informatie",
    AdviceKind.ADVIES: "Advies",
    AdviceKind.VOORWAARDE: "Voorwaarde",
}
ANSWER_LABELS = {
    AdviceAnswer.OVERGENOMEN: "Overgenomen",
    AdviceAnswer.DEELS: "Deels overgenomen",
    AdviceAnswer.NIET_OVERGENOMEN: "Niet overgenomen",
    AdviceAnswer.OPEN: "Nog niet beantwoord",
}
SECTOR_LABELS = {
    "gezin": "Gezin",
    "familie": "Familie",
    "vrienden_buren": "Vrienden en buren",
    "school_werk": "School en werk",
    "professionals": "Professionals",
}
CLOSENESS_LABELS = {1: "Heel dichtbij", 2: "Dichtbij", 3: "Wat verder weg"}
NOT_NAMED = "(naam niet genoemd)"


def dutch_date(value: date) -> str:
    """``3 november 2026``, the same on every machine whatever its locale."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def status_label(labels: Mapping[str, str], status: str) -> str:
    """The label for ``status``, or an unknown status made readable: ``op_pauze`` becomes ``Op pauze``."""
    return labels.get(status, status.replace("_", " ").capitalize())
