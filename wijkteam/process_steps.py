"""The peer supporter's process guide as data: the five phases of a Family Group Conference, each as concrete steps.

The keys are stored in ``ProcessStep`` rows and in plan files: never rename one. Labels may be reworded freely.
A persoonlijk plan (Wmo) walks the same phases in a smaller form: the citizen, a mantelzorger, a peer supporter,
and the municipality that decides about provisions afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from models import Phase, PlanType
from wijkteam.dates import add_days

#: The check-in comes about four weeks after the meeting (Eigen Kracht, "na de conferentie").
CHECK_IN_AFTER = timedelta(weeks=4)


@dataclass(frozen=True)
class StepDef:
    key: str
    phase: Phase
    label: str


@dataclass(frozen=True)
class PhaseDef:
    phase: Phase
    title: str
    explanation: str  # one or two B1 sentences: what happens in this phase


_V, _I, _E, _P, _U = Phase.VOORBEREIDEN, Phase.INFORMATIE, Phase.EIGEN_TIJD, Phase.PRESENTEREN, Phase.UITVOEREN

_FAMILY_STEPS = (
    StepDef("wil_plan", _V, "Het gezin wil een plan maken"),
    StepDef("netwerk", _V, "Netwerk getekend en gekozen wie we uitnodigen"),
    StepDef("hoofdvraag", _V, "Het gezin heeft de hoofdvraag in eigen woorden"),
    StepDef("datum_plaats", _V, "Datum en plaats afgesproken"),
    StepDef("informatie_gevraagd", _V, "Professionals gevraagd om informatie"),
    StepDef("informatie_gegeven", _I, "Professionals hebben informatie gegeven"),
    StepDef("eigen_tijd", _E, "Ondersteuner en professionals zijn weg; het gezin beslist zelf"),
    StepDef("gepresenteerd", _P, "Het plan is gepresenteerd"),
    StepDef("concreet", _P, "Afspraken zijn concreet gemaakt"),
    StepDef("hulp_professionals", _P, "Professionals hebben gezegd hoe zij helpen"),
    StepDef("check_in", _U, "Check-in na ongeveer vier weken"),
    StepDef("drie_maanden", _U, "Na ongeveer drie maanden: loopt het plan nog?"),
    StepDef("evaluatie", _U, "Evaluatie"),
)

# The citizen is addressed as "u": the steps are read aloud at the kitchen table with them.
_PERSONAL_STEPS = (
    StepDef("wil_plan", _V, "U wilt zelf een persoonlijk plan maken"),
    StepDef("melding", _V, "Datum van de melding bekend: u heeft 7 dagen voor het plan"),
    StepDef("netwerk", _V, "Gekozen wie meedenkt: huisgenoten, mantelzorger, netwerk"),
    StepDef("datum_plaats", _V, "Datum en plaats afgesproken om het plan te maken"),
    StepDef("informatie_gezocht", _I, "Informatie gezocht: hulp in de buurt, andere instanties, eigen bijdrage"),
    StepDef("eigen_tijd", _E, "De ondersteuner is even weg; u beslist zelf"),
    StepDef("concreet", _P, "Afspraken zijn concreet gemaakt"),
    StepDef("gegeven", _P, "Het plan is aan de gemeente gegeven"),
    StepDef("besluit", _U, "De gemeente heeft besloten over de hulp"),
    StepDef("check_in", _U, "Check-in na ongeveer vier weken"),
    StepDef("drie_maanden", _U, "Na ongeveer drie maanden: loopt het plan nog?"),
    StepDef("evaluatie", _U, "Evaluatie"),
)

_FAMILY_PHASES = (
    PhaseDef(_V, "Voorbereiden",
             "Het gezin kiest wie meedoet, wat de hoofdvraag is, en wanneer en waar de bijeenkomst is."),
    PhaseDef(_I, "Informatie delen",
             "De professionals vertellen iedereen hetzelfde: wat zij zien, hun zorgen en wat er mogelijk is."),
    PhaseDef(_E, "Eigen tijd",
             "Het gezin en het netwerk praten alleen verder. Zij maken samen het plan."),
    PhaseDef(_P, "Plan presenteren",
             "Het gezin vertelt het plan. De ondersteuner vraagt door tot elke afspraak concreet is."),
    PhaseDef(_U, "Uitvoeren en evalueren",
             "Iedereen doet wat is afgesproken. Na ongeveer vier weken kijken we samen hoe het gaat."),
)

_PERSONAL_PHASES = (
    PhaseDef(_V, "Voorbereiden", "U kiest wie meedenkt, en wanneer en waar u het plan maakt."),
    PhaseDef(_I, "Informatie zoeken", "U zoekt uit welke hulp er is: in de buurt, bij instanties, en wat het kost."),
    PhaseDef(_E, "Eigen tijd", "U denkt zelf na en beslist wat in uw plan komt."),
    PhaseDef(_P, "Plan geven", "U maakt de afspraken concreet en geeft het plan aan de gemeente."),
    PhaseDef(_U, "Uitvoeren en evalueren",
             "De gemeente beslist over de hulp. Daarna kijkt u samen hoe het gaat."),
)


def steps_for(plan_type: PlanType | str) -> tuple[StepDef, ...]:
    """The steps in the order they are walked."""
    return _PERSONAL_STEPS if PlanType(plan_type) == PlanType.PERSOONLIJK_PLAN else _FAMILY_STEPS


def phases_for(plan_type: PlanType | str) -> tuple[PhaseDef, ...]:
    return _PERSONAL_PHASES if PlanType(plan_type) == PlanType.PERSOONLIJK_PLAN else _FAMILY_PHASES


def step_for(plan_type: PlanType | str, key: str) -> StepDef | None:
    return next((step for step in steps_for(plan_type) if step.key == key), None)


def suggested_check_in(meeting_date: date | None) -> date | None:
    """About four weeks after the meeting; nothing when the meeting has no date yet."""
    return add_days(meeting_date, CHECK_IN_AFTER.days) if meeting_date else None
