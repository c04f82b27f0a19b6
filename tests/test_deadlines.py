"""The dates that matter in a plan: the 7-day clock, agreements that are due, the evaluation. No database, no Qt."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from models import AgreementStatus, PlanStatus, PlanType
from wijkteam.deadlines import (
    DueKind,
    NextDate,
    days_left,
    deadline_passed,
    due_dates,
    melding_deadline,
    next_date,
    next_due,
    overdue,
    short_what,
)
from wijkteam.services.dto import AgreementDoc, PlanDoc

TODAY = date(2025, 3, 12)
MOMENT = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def _plan(
    plan_type: PlanType = PlanType.FAMILIEGROEPSPLAN,
    *,
    status: PlanStatus = PlanStatus.CONCEPT,
    melding: date | None = None,
    evaluation: date | None = None,
    agreements: tuple[AgreementDoc, ...] = (),
) -> PlanDoc:
    return PlanDoc(1, plan_type, "Ons plan", "Familie Yılmaz", status.value, MOMENT, MOMENT,
                   melding_date=melding, evaluation_date=evaluation, agreements=agreements)


def _agreement(what: str, due: date | None, status: AgreementStatus = AgreementStatus.NOG_NIET_BEGONNEN,
               number: int = 1) -> AgreementDoc:
    return AgreementDoc(number, what, due_date=due, status=status.value)


# ------------------------------------------------------------------------------------------------- the 7-day clock


def test_the_seventh_day_after_the_melding_is_the_last_day() -> None:
    melding = date(2025, 3, 5)
    assert melding_deadline(melding) == date(2025, 3, 12)
    assert days_left(melding, date(2025, 3, 5)) == 7
    assert days_left(melding, date(2025, 3, 12)) == 0  # day 7: still on time
    assert not deadline_passed(melding, date(2025, 3, 12))
    assert days_left(melding, date(2025, 3, 13)) == -1  # day 8: passed
    assert deadline_passed(melding, date(2025, 3, 13))


def test_the_clock_reads_today_when_no_day_is_given() -> None:
    assert days_left(date.today()) == 7


@pytest.mark.parametrize(("melding", "expected"), [
    (date(2025, 3, 5), NextDate(date(2025, 3, 12), "Plan inleveren")),  # day 7
    (date(2025, 3, 6), NextDate(date(2025, 3, 13), "Plan inleveren")),
    (date(2025, 3, 4), None),  # day 8: the 7 days have passed; a late plan may still be given, nothing is due
])
def test_a_persoonlijk_plan_in_concept_is_due_seven_days_after_the_melding(
    melding: date, expected: NextDate | None
) -> None:
    assert next_date(_plan(PlanType.PERSOONLIJK_PLAN, melding=melding), TODAY) == expected


def test_no_melding_date_means_no_clock() -> None:
    assert next_date(_plan(PlanType.PERSOONLIJK_PLAN), TODAY) is None
    assert due_dates(_plan(PlanType.PERSOONLIJK_PLAN), TODAY) == []


def test_the_clock_stops_once_the_plan_is_no_longer_a_concept() -> None:
    plan = _plan(PlanType.PERSOONLIJK_PLAN, status=PlanStatus.VASTGESTELD, melding=TODAY)
    assert next_date(plan, TODAY) is None


def test_a_familiegroepsplan_has_no_melding_clock() -> None:
    assert next_date(_plan(PlanType.FAMILIEGROEPSPLAN, melding=TODAY), TODAY) is None


# --------------------------------------------------------------------------------------------- dates that matter


def test_the_earliest_open_agreement_is_next_and_done_ones_are_ignored() -> None:
    plan = _plan(agreements=(
        _agreement("Oma haalt Elif op", TODAY + timedelta(days=9), number=1),
        _agreement("Papa belt de schuldhulp", TODAY + timedelta(days=2), number=2),
        _agreement("Jesse gaat naar de mentor", TODAY - timedelta(days=5), AgreementStatus.GEDAAN, number=3),
        _agreement("Samen naar de dokter", TODAY - timedelta(days=1), AgreementStatus.ANDERS_GELOPEN, number=4),
        _agreement("Een keer per week samen eten", None, number=5),
    ))
    assert next_date(plan, TODAY) == NextDate(TODAY + timedelta(days=2), "Afspraak: Papa belt de schuldhulp")
    assert [due.what for due in due_dates(plan, TODAY)] == ["Papa belt de schuldhulp", "Oma haalt Elif op"]
    assert overdue(plan, TODAY) == []


def test_an_overdue_agreement_comes_first_and_is_listed_as_overdue() -> None:
    late = _agreement("Buurvrouw Fatima belt", TODAY - timedelta(days=3), AgreementStatus.BEZIG)
    plan = _plan(evaluation=TODAY + timedelta(days=20), agreements=(late,))
    due = next_due(plan, TODAY)
    assert due is not None and due.kind == DueKind.AFSPRAAK and due.is_overdue(TODAY)
    assert [d.label for d in overdue(plan, TODAY)] == ["Afspraak: Buurvrouw Fatima belt"]


def test_the_evaluation_date_counts_and_stays_until_it_is_dealt_with() -> None:
    plan = _plan(evaluation=TODAY + timedelta(days=30))
    assert next_date(plan, TODAY) == NextDate(TODAY + timedelta(days=30), "Evaluatie")
    passed = _plan(evaluation=TODAY - timedelta(days=1))
    assert next_date(passed, TODAY) == NextDate(TODAY - timedelta(days=1), "Evaluatie")
    assert [d.kind for d in overdue(passed, TODAY)] == [DueKind.EVALUATIE]


def test_due_today_is_not_overdue() -> None:
    plan = _plan(agreements=(_agreement("Oma bellen", TODAY),))
    assert next_date(plan, TODAY) == NextDate(TODAY, "Afspraak: Oma bellen")
    assert overdue(plan, TODAY) == []


def test_on_the_same_day_the_deadline_comes_before_an_agreement_and_the_evaluation() -> None:
    melding = TODAY - timedelta(days=7)
    plan = _plan(PlanType.PERSOONLIJK_PLAN, melding=melding, evaluation=TODAY,
                 agreements=(_agreement("Anja doet boodschappen", TODAY),))
    assert [d.kind for d in due_dates(plan, TODAY)] == [DueKind.INLEVEREN, DueKind.AFSPRAAK, DueKind.EVALUATIE]


def test_a_passed_melding_is_not_overdue() -> None:
    plan = _plan(PlanType.PERSOONLIJK_PLAN, melding=TODAY - timedelta(days=30))
    assert overdue(plan, TODAY) == []


def test_a_closed_plan_has_nothing_due() -> None:
    plan = _plan(status=PlanStatus.AFGESLOTEN, evaluation=TODAY - timedelta(days=3),
                 agreements=(_agreement("Oma bellen", TODAY - timedelta(days=1)),))
    assert next_date(plan, TODAY) is None
    assert overdue(plan, TODAY) == []


def test_a_long_agreement_is_shortened_for_the_label() -> None:
    assert short_what("Oma bellen") == "Oma bellen"
    assert short_what("\n  Eerste regel  \nTweede regel") == "Eerste regel"
    shortened = short_what("Jesse gaat elke dag naar school en belt zijn mentor als het niet lukt")
    assert shortened == "Jesse gaat elke dag naar school en belt…"
    assert len(shortened) <= 41
    assert short_what("x" * 60) == "x" * 40 + "…"
    plan = _plan(agreements=(_agreement("", TODAY),))
    assert next_date(plan, TODAY) == NextDate(TODAY, "Afspraak")
