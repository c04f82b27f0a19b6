"""The Dutch words of the printed plan. The words for choices and dates come from ``wijkteam.vocabulary``, the one
place for them; only what is said on paper alone (the law lines) lives here."""

from __future__ import annotations

from models import PlanType
from wijkteam import vocabulary
from wijkteam.i18n import QT_TRANSLATE_NOOP
from wijkteam.pdf.words import choice, word

MONTHS = vocabulary.MONTHS
#: On paper the kind of plan names its law: a persoonlijk plan belongs to the Wmo.
PLAN_TYPE_LABELS = {
    PlanType.FAMILIEGROEPSPLAN: vocabulary.PLAN_TYPES[PlanType.FAMILIEGROEPSPLAN],
    PlanType.PERSOONLIJK_PLAN: vocabulary.PLAN_TYPES[PlanType.PERSOONLIJK_PLAN] + " (Wmo)",
}
LAW_LINES = {
    PlanType.FAMILIEGROEPSPLAN: QT_TRANSLATE_NOOP("Pdf", "Een plan van het gezin en de mensen om hen heen, volgens de "
                                                         "Jeugdwet."),
    PlanType.PERSOONLIJK_PLAN: QT_TRANSLATE_NOOP("Pdf", "Een plan in mijn eigen woorden, volgens de Wmo 2015 "
                                                        "(artikel 2.3.2)."),
}
ROLE_LABELS = vocabulary.ROLES
AGREEMENT_STATUS_LABELS = vocabulary.AGREEMENT_STATUSES
ADVICE_KIND_LABELS = vocabulary.ADVICE_KINDS
ANSWER_LABELS = vocabulary.ADVICE_ANSWERS
NOT_NAMED = QT_TRANSLATE_NOOP("Pdf", "(naam niet genoemd)")


def plan_type_label(kind: PlanType | str) -> str:
    """``Familiegroepsplan``, ``Persoonlijk plan (Wmo)``, in the plan's language."""
    try:
        plan_type = PlanType(kind)
    except ValueError:
        return word(QT_TRANSLATE_NOOP("Pdf", "Plan"))
    law = " (Wmo)" if plan_type == PlanType.PERSOONLIJK_PLAN else ""
    return choice(vocabulary.PLAN_TYPES[plan_type]) + law


def law_line(kind: PlanType | str) -> str:
    try:
        return word(LAW_LINES[PlanType(kind)])
    except ValueError:
        return ""


dutch_date = vocabulary.dutch_date
status_label = vocabulary.label
