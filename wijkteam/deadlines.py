"""The dates that matter in a plan: the Wmo 7-day clock, the day agreed for a familiegroepsplan, agreements that are
due, and the evaluation.

Pure logic on plain values, so the start view, a later "what is due" screen and the tests share one answer.
Dates inform and never block: a late plan may still be handed in, an overdue agreement is only a reminder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import NamedTuple, Protocol

from models import AgreementStatus, PlanStatus, PlanType
from wijkteam import vocabulary
from wijkteam.dates import add_days

#: Wmo 2015 art. 2.3.2 lid 2: the citizen may hand in a persoonlijk plan within 7 days after the melding.
PERSONAL_PLAN_DAYS = 7

#: How much of an agreement's "wat" fits in a label in a list.
SHORT_WHAT = 40

#: Agreements that need no reminder any more. "Anders gelopen" is closed too: the family already looked at it and
#: plan B took over, so calling it overdue for ever would only be noise.
_CLOSED_AGREEMENTS = frozenset({AgreementStatus.GEDAAN.value, AgreementStatus.ANDERS_GELOPEN.value})


def agreement_overdue(due_date: date | None, status: str, today: date) -> bool:
    """An agreement whose date has passed while it is still open (not done, and not "anders gelopen")."""
    return due_date is not None and due_date < today and status not in _CLOSED_AGREEMENTS


# ------------------------------------------------------------------------------------------------- the 7-day clock


def melding_deadline(melding_date: date) -> date:
    """The last day to hand in a persoonlijk plan (held at Python's last day for a date stored before the checks)."""
    return add_days(melding_date, PERSONAL_PLAN_DAYS)


def days_left(melding_date: date, today: date | None = None) -> int:
    """Days left to hand in a persoonlijk plan; 0 on the last day, negative once the 7 days have passed."""
    return (melding_deadline(melding_date) - (today or date.today())).days


def deadline_passed(melding_date: date, today: date | None = None) -> bool:
    return days_left(melding_date, today) < 0


# ------------------------------------------------------------------------------------------- the Jeugdwet term

#: Most weeks a term may be entered as (a year): far beyond any term agreed in practice.
MAX_TERM_WEEKS = 52


def term_from_weeks(offer_date: date, weeks: int) -> date:
    """The agreed day, entered as a number of weeks after the offer (Jeugdwet art. 4.1.2: "binnen een redelijke
    termijn"). Saturates at the last day Python knows, as ``add_days`` does."""
    return add_days(offer_date, 7 * max(0, weeks))


def weeks_after(offer_date: date, term_date: date) -> int | None:
    """The term in whole weeks after the offer, or None when it is no whole number of weeks (or lies before it)."""
    days = (term_date - offer_date).days
    return days // 7 if days >= 0 and days % 7 == 0 else None


def term_days_left(term_date: date, today: date | None = None) -> int:
    """Days until the day agreed for a familiegroepsplan; 0 on that day, negative after it.

    A negative number is no deadline missed: making the plan is the family's right, also after the agreed day.
    """
    return (term_date - (today or date.today())).days


# --------------------------------------------------------------------------------------------- dates that matter


class DueKind(StrEnum):
    INLEVEREN = "inleveren"  # the last day of the 7 days after the melding
    AFGESPROKEN = "afgesproken"  # the day agreed for a familiegroepsplan (Jeugdwet art. 4.1.2)
    AFSPRAAK = "afspraak"  # an agreement with a date that is not done yet
    EVALUATIE = "evaluatie"  # the plan's evaluation date


class AgreementDates(Protocol):
    """What the dates need of an agreement. ``AgreementDoc`` fits, and so does a row read for the plan list."""

    @property
    def what(self) -> str: ...

    @property
    def due_date(self) -> date | None: ...

    @property
    def status(self) -> str: ...


class PlanDates(Protocol):
    """What the dates need of a plan. ``PlanDoc`` fits."""

    @property
    def plan_type(self) -> PlanType: ...

    @property
    def status(self) -> str: ...

    @property
    def melding_date(self) -> date | None: ...

    @property
    def evaluation_date(self) -> date | None: ...

    @property
    def agreements(self) -> Sequence[AgreementDates]: ...

    @property
    def term_date(self) -> date | None: ...


@dataclass(frozen=True)
class DueDate:
    day: date
    kind: DueKind
    what: str = ""  # for an agreement: its "wat", shortened

    @property
    def label(self) -> str:
        """A plain Dutch label: ``Plan inleveren``, ``Afspraak: oma bellen``, ``Evaluatie``."""
        word = vocabulary.DUE_KINDS[self.kind]
        return f"{word}: {self.what}" if self.kind == DueKind.AFSPRAAK and self.what else word

    def is_overdue(self, today: date) -> bool:
        return self.day < today


class NextDate(NamedTuple):
    day: date
    label: str


# Same day: the deadline first, then agreements, then the evaluation (the order a family deals with them).
_KIND_ORDER = {DueKind.INLEVEREN: 0, DueKind.AFGESPROKEN: 0, DueKind.AFSPRAAK: 1, DueKind.EVALUATIE: 2}


def short_what(what: str, limit: int = SHORT_WHAT) -> str:
    """The first line of an agreement, cut at a word when it is long."""
    line = " ".join(next((part for part in what.splitlines() if part.strip()), "").split())
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] if " " in line[:limit] else line[:limit]
    return cut.rstrip(" ,.;:") + "…"


def due_dates(plan: PlanDates, today: date | None = None) -> list[DueDate]:
    """Every date that still matters in ``plan``, earliest first.

    - the last day to hand in a persoonlijk plan, while the plan is a concept and the 7 days have not passed;
    - the day agreed for a familiegroepsplan, while the plan is a concept and the day has not passed;
    - the due date of each agreement that is not done (nor "anders gelopen");
    - the evaluation date, also when it has passed: then it is time to evaluate or set a new date.

    A closed plan (afgesloten) has no dates that matter any more.
    """
    today = today or date.today()
    if plan.status == PlanStatus.AFGESLOTEN.value:
        return []
    dates: list[DueDate] = []
    if (
        plan.plan_type == PlanType.PERSOONLIJK_PLAN
        and plan.status == PlanStatus.CONCEPT.value
        and plan.melding_date is not None
        and not deadline_passed(plan.melding_date, today)
    ):
        dates.append(DueDate(melding_deadline(plan.melding_date), DueKind.INLEVEREN))
    if (
        plan.plan_type == PlanType.FAMILIEGROEPSPLAN
        and plan.status == PlanStatus.CONCEPT.value
        and plan.term_date is not None
        and term_days_left(plan.term_date, today) >= 0
    ):
        # Like the 7 days: shown until the day has come, then gone. The plan may still be made after it.
        dates.append(DueDate(plan.term_date, DueKind.AFGESPROKEN))
    dates.extend(
        DueDate(agreement.due_date, DueKind.AFSPRAAK, short_what(agreement.what))
        for agreement in plan.agreements
        if agreement.due_date is not None and agreement.status not in _CLOSED_AGREEMENTS
    )
    if plan.evaluation_date is not None:
        dates.append(DueDate(plan.evaluation_date, DueKind.EVALUATIE))
    return sorted(dates, key=lambda due: (due.day, _KIND_ORDER[due.kind]))


def next_due(plan: PlanDates, today: date | None = None) -> DueDate | None:
    """The next date that matters. Something overdue comes first: it is the earliest and the most pressing."""
    dates = due_dates(plan, today)
    return dates[0] if dates else None


def next_date(plan: PlanDates, today: date | None = None) -> NextDate | None:
    """The next date that matters with its plain Dutch label, or None when nothing is planned."""
    due = next_due(plan, today)
    return NextDate(due.day, due.label) if due else None


def overdue(plan: PlanDates, today: date | None = None) -> list[DueDate]:
    """What has passed without being done: agreements past their date and an evaluation date that has passed.

    The 7 days after a melding are left out once passed: nothing is late about it, the plan may still be handed in.
    """
    today = today or date.today()
    return [due for due in due_dates(plan, today) if due.is_overdue(today)]


@dataclass(frozen=True)
class AgreementRow:
    """An agreement's dates as read for many plans at once (fits ``AgreementDates``)."""

    what: str
    due_date: date | None
    status: str


@dataclass(frozen=True)
class PlanRow:
    """A plan's dates as read for many plans at once (fits ``PlanDates``)."""

    plan_type: PlanType
    status: str
    melding_date: date | None
    evaluation_date: date | None
    agreements: Sequence[AgreementRow] = field(default=())
    term_date: date | None = None
