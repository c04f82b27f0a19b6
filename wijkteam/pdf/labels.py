"""The Dutch words of the printed plan. The words for choices and dates come from ``wijkteam.vocabulary``, the one
place for them; only what is said on paper alone (the law lines) lives here."""

from __future__ import annotations

from models import PlanType
from wijkteam import vocabulary

MONTHS = vocabulary.MONTHS
#: On paper the kind of plan names its law: a persoonlijk plan belongs to the Wmo.
PLAN_TYPE_LABELS = {
    PlanType.FAMILIEGROEPSPLAN: vocabulary.PLAN_TYPES[PlanType.FAMILIEGROEPSPLAN],
    PlanType.PERSOONLIJK_PLAN: vocabulary.PLAN_TYPES[PlanType.PERSOONLIJK_PLAN] + " (Wmo)",
}
LAW_LINES = {
    PlanType.FAMILIEGROEPSPLAN: "Een plan van het gezin en de mensen om hen heen, volgens de Jeugdwet.",
    PlanType.PERSOONLIJK_PLAN: "Een plan in mijn eigen woorden, volgens de Wmo 2015 (artikel 2.3.2).",
}
ROLE_LABELS = vocabulary.ROLES
AGREEMENT_STATUS_LABELS = vocabulary.AGREEMENT_STATUSES
ADVICE_KIND_LABELS = vocabulary.ADVICE_KINDS
ANSWER_LABELS = vocabulary.ADVICE_ANSWERS
SECTOR_LABELS = vocabulary.SECTORS
CLOSENESS_LABELS = vocabulary.CLOSENESS
NOT_NAMED = "(naam niet genoemd)"


dutch_date = vocabulary.dutch_date
status_label = vocabulary.label
