"""The words of Ons Plan for every choice, and its dates and plurals: one place for the PDF, the diff, the history,
the command line and the screens, so the same thing is called the same everywhere.

Every word is a Dutch label as it starts a line ("Nog niet beantwoord"); ``inline`` gives it as it stands inside a
sentence ("nog niet beantwoord"). The words are marked with ``QT_TRANSLATE_NOOP(CONTEXT, ...)``, so Qt's translation
tools find them here; the screens show them in the family's language with
``QCoreApplication.translate(CONTEXT, word)``, while the printed plan, the history and the command line use the Dutch
as it is. No Qt here: the marker is a plain function with Qt's name (``wijkteam.i18n``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from models import AdviceAnswer, AdviceKind, AgreementStatus, PlanStatus, PlanType, Role, SectionState, Sector
from wijkteam.i18n import QT_TRANSLATE_NOOP

#: The translation context of every word below.
CONTEXT = "Vocabulary"


PLAN_TYPES: Mapping[str, str] = {
    PlanType.FAMILIEGROEPSPLAN: QT_TRANSLATE_NOOP("Vocabulary", "Familiegroepsplan"),
    PlanType.PERSOONLIJK_PLAN: QT_TRANSLATE_NOOP("Vocabulary", "Persoonlijk plan"),
}
PLAN_STATUSES: Mapping[str, str] = {
    PlanStatus.CONCEPT: QT_TRANSLATE_NOOP("Vocabulary", "Concept"),
    PlanStatus.VASTGESTELD: QT_TRANSLATE_NOOP("Vocabulary", "Vastgesteld"),
    PlanStatus.AFGESLOTEN: QT_TRANSLATE_NOOP("Vocabulary", "Afgesloten"),
}
ROLES: Mapping[str, str] = {
    Role.GEZIN: QT_TRANSLATE_NOOP("Vocabulary", "Gezin"),
    Role.NETWERK: QT_TRANSLATE_NOOP("Vocabulary", "Netwerk"),
    Role.ONDERSTEUNER: QT_TRANSLATE_NOOP("Vocabulary", "Ondersteuner"),
    Role.PROFESSIONAL: QT_TRANSLATE_NOOP("Vocabulary", "Professional"),
}
SECTORS: Mapping[str, str] = {
    Sector.GEZIN: QT_TRANSLATE_NOOP("Vocabulary", "Gezin"),
    Sector.FAMILIE: QT_TRANSLATE_NOOP("Vocabulary", "Familie"),
    Sector.VRIENDEN_BUREN: QT_TRANSLATE_NOOP("Vocabulary", "Vrienden en buren"),
    Sector.SCHOOL_WERK: QT_TRANSLATE_NOOP("Vocabulary", "School en werk"),
    Sector.PROFESSIONALS: QT_TRANSLATE_NOOP("Vocabulary", "Professionals"),
}
#: For a person without a sector, in a list grouped by sector.
OTHERS = QT_TRANSLATE_NOOP("Vocabulary", "Anderen")
CLOSENESS: Mapping[int, str] = {
    1: QT_TRANSLATE_NOOP("Vocabulary", "Heel dichtbij"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "Dichtbij"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "Wat verder weg"),
}
#: The four kinds of support of the network map, by their stored value.
SUPPORT: Mapping[str, str] = {
    "praktisch": QT_TRANSLATE_NOOP("Vocabulary", "Praktisch"),
    "gezelschap": QT_TRANSLATE_NOOP("Vocabulary", "Gezelschap"),
    "advies": QT_TRANSLATE_NOOP("Vocabulary", "Advies"),
    "emotioneel": QT_TRANSLATE_NOOP("Vocabulary", "Emotioneel"),
}
AGREEMENT_STATUSES: Mapping[str, str] = {
    AgreementStatus.NOG_NIET_BEGONNEN: QT_TRANSLATE_NOOP("Vocabulary", "Nog niet begonnen"),
    AgreementStatus.BEZIG: QT_TRANSLATE_NOOP("Vocabulary", "Bezig"),
    AgreementStatus.GEDAAN: QT_TRANSLATE_NOOP("Vocabulary", "Gedaan"),
    AgreementStatus.ANDERS_GELOPEN: QT_TRANSLATE_NOOP("Vocabulary", "Anders gelopen"),
}
ADVICE_KINDS: Mapping[str, str] = {
    AdviceKind.INFORMATIE: QT_TRANSLATE_NOOP("Vocabulary", "Informatie"),
    AdviceKind.ADVIES: QT_TRANSLATE_NOOP("Vocabulary", "Advies"),
    AdviceKind.VOORWAARDE: QT_TRANSLATE_NOOP("Vocabulary", "Voorwaarde"),
}
#: "de informatie van …", "het advies van …", "de voorwaarde van …": the kind inside a sentence, with its article.
ADVICE_KINDS_WITH_ARTICLE: Mapping[str, str] = {
    AdviceKind.INFORMATIE: QT_TRANSLATE_NOOP("Vocabulary", "de informatie"),
    AdviceKind.ADVIES: QT_TRANSLATE_NOOP("Vocabulary", "het advies"),
    AdviceKind.VOORWAARDE: QT_TRANSLATE_NOOP("Vocabulary", "de voorwaarde"),
}
ADVICE_ANSWERS: Mapping[str, str] = {
    AdviceAnswer.OPEN: QT_TRANSLATE_NOOP("Vocabulary", "Nog niet beantwoord"),
    AdviceAnswer.OVERGENOMEN: QT_TRANSLATE_NOOP("Vocabulary", "Overgenomen"),
    AdviceAnswer.DEELS: QT_TRANSLATE_NOOP("Vocabulary", "Deels overgenomen"),
    AdviceAnswer.NIET_OVERGENOMEN: QT_TRANSLATE_NOOP("Vocabulary", "Niet overgenomen"),
}
SECTION_STATES: Mapping[str, str] = {
    SectionState.LEEG: QT_TRANSLATE_NOOP("Vocabulary", "Nog leeg"),
    SectionState.BEGONNEN: QT_TRANSLATE_NOOP("Vocabulary", "Begonnen"),
    SectionState.KLAAR: QT_TRANSLATE_NOOP("Vocabulary", "Klaar"),
}
#: What a date in the plan is for (``wijkteam.deadlines.DueKind``).
DUE_KINDS: Mapping[str, str] = {
    "inleveren": QT_TRANSLATE_NOOP("Vocabulary", "Plan inleveren"),
    "afgesproken": QT_TRANSLATE_NOOP("Vocabulary", "Afgesproken datum voor het plan"),
    "afspraak": QT_TRANSLATE_NOOP("Vocabulary", "Afspraak"),
    "evaluatie": QT_TRANSLATE_NOOP("Vocabulary", "Evaluatie"),
}

MONTHS = (
    QT_TRANSLATE_NOOP("Vocabulary", "januari"),
    QT_TRANSLATE_NOOP("Vocabulary", "februari"),
    QT_TRANSLATE_NOOP("Vocabulary", "maart"),
    QT_TRANSLATE_NOOP("Vocabulary", "april"),
    QT_TRANSLATE_NOOP("Vocabulary", "mei"),
    QT_TRANSLATE_NOOP("Vocabulary", "juni"),
    QT_TRANSLATE_NOOP("Vocabulary", "juli"),
    QT_TRANSLATE_NOOP("Vocabulary", "augustus"),
    QT_TRANSLATE_NOOP("Vocabulary", "september"),
    QT_TRANSLATE_NOOP("Vocabulary", "oktober"),
    QT_TRANSLATE_NOOP("Vocabulary", "november"),
    QT_TRANSLATE_NOOP("Vocabulary", "december"),
)


def label(words: Mapping[Any, str], value: object) -> str:
    """The word for ``value``; a value this version does not know (from a newer plan file) is made readable:
    ``op_pauze`` becomes ``Op pauze``."""
    key = getattr(value, "value", value)
    if isinstance(key, str | int) and not isinstance(key, bool) and key in words:
        return words[key]
    return str(key).replace("_", " ").capitalize()


def inline(word: str) -> str:
    """A label as it stands inside a sentence: ``Nog niet beantwoord`` becomes ``nog niet beantwoord``.

    Only the first letter changes, so a name inside the label keeps its capital.
    """
    return word[:1].lower() + word[1:]


def dutch_date(day: date) -> str:
    """``3 november 2026``, the same on every machine whatever its language settings."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def count(number: int, one: str, many: str) -> str:
    """``1 dag``, ``3 dagen``, ``0 dagen``: the number with the word in the form Dutch uses for it."""
    return f"{number} {one if number == 1 else many}"
