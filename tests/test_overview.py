"""The plan list of a peer supporter with a dozen families: next dates, removed plans apart, few queries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

from models import AgreementStatus, PlanType
from wijkteam.deadlines import DueKind
from wijkteam.services import FAMILY, Services
from wijkteam.services.overview import PlanOverview

TODAY = date(2025, 3, 12)


@contextmanager
def _count_selects(engine: Engine) -> Iterator[list[str]]:
    statements: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before)


def _dozen(services: Services) -> dict[str, int]:
    """Twelve plans; some with a melding, agreements or an evaluation date, some overdue."""
    ids: dict[str, int] = {}
    for number in range(12):
        kind = PlanType.PERSOONLIJK_PLAN if number % 3 == 0 else PlanType.FAMILIEGROEPSPLAN
        ids[f"plan{number}"] = services.plans.create_plan(kind, FAMILY, title=f"Plan {number}",
                                                          family_name=f"Familie {number}")
    plans, agreements = services.plans, services.agreements
    plans.update_plan(ids["plan0"], FAMILY, melding_date=TODAY - timedelta(days=5))  # due in 2 days
    plans.update_plan(ids["plan3"], FAMILY, melding_date=TODAY - timedelta(days=9))  # passed: nothing due
    agreements.add_agreement(ids["plan1"], FAMILY, "Oma haalt Elif op", due_date=TODAY - timedelta(days=4))
    agreements.add_agreement(ids["plan1"], FAMILY, "Papa belt", due_date=TODAY + timedelta(days=1))
    agreements.add_agreement(ids["plan2"], FAMILY, "Klaar", due_date=TODAY - timedelta(days=9),
                             status=AgreementStatus.GEDAAN)
    plans.update_plan(ids["plan2"], FAMILY, evaluation_date=TODAY + timedelta(days=28))
    plans.update_plan(ids["plan4"], FAMILY, evaluation_date=TODAY - timedelta(days=1))
    agreements.add_agreement(ids["plan5"], FAMILY, "Zonder datum", when_text="elke woensdag")
    return ids


def test_a_dozen_plans_each_with_the_next_date_that_matters(services: Services, engine: Engine) -> None:
    ids = _dozen(services)
    with _count_selects(engine) as statements:
        overview = services.overview.list_overview(TODAY)
    # Which plans cannot be read, the plans, then the dated agreements of all of them: never one query per plan.
    assert len(statements) <= 3
    assert len(overview) == 12
    assert all(isinstance(row, PlanOverview) for row in overview)
    by_id = {row.id: row for row in overview}

    plan0 = by_id[ids["plan0"]]
    assert (plan0.next_date, plan0.next_label, plan0.next_kind) == (TODAY + timedelta(days=2), "Plan inleveren",
                                                                    DueKind.INLEVEREN)
    assert plan0.plan_type == PlanType.PERSOONLIJK_PLAN and plan0.family_name == "Familie 0"
    assert by_id[ids["plan3"]].next_date is None

    plan1 = by_id[ids["plan1"]]
    assert (plan1.next_date, plan1.next_label) == (TODAY - timedelta(days=4), "Afspraak: Oma haalt Elif op")
    assert plan1.next_what == "Oma haalt Elif op"
    assert plan1.is_overdue(TODAY)

    plan2 = by_id[ids["plan2"]]  # the done agreement does not count; the evaluation does
    assert (plan2.next_date, plan2.next_label) == (TODAY + timedelta(days=28), "Evaluatie")
    assert not plan2.is_overdue(TODAY)
    assert by_id[ids["plan4"]].is_overdue(TODAY)
    assert by_id[ids["plan5"]].next_date is None and by_id[ids["plan5"]].next_label == ""
    assert all(row.deleted_at is None for row in overview)


def test_newest_change_comes_first(services: Services) -> None:
    first = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Eerste")
    services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Tweede")
    services.plans.update_plan(first, FAMILY, title="Eerste, net veranderd")
    assert [row.title for row in services.overview.list_overview(TODAY)] == ["Eerste, net veranderd", "Tweede"]


def test_removed_plans_leave_the_list_and_wait_in_their_own(services: Services, engine: Engine) -> None:
    ids = _dozen(services)
    services.plans.delete_plan(ids["plan1"], FAMILY)
    services.plans.delete_plan(ids["plan7"], FAMILY)
    listed = {row.id for row in services.overview.list_overview(TODAY)}
    assert len(listed) == 10 and not listed & {ids["plan1"], ids["plan7"]}

    with _count_selects(engine) as statements:
        deleted = services.overview.list_deleted()
    assert len(statements) <= 3
    assert [row.id for row in deleted] == [ids["plan7"], ids["plan1"]]  # most recently removed first
    assert all(row.deleted_at is not None for row in deleted)
    assert deleted[1].next_label.startswith("Afspraak: ")

    services.plans.restore_plan(ids["plan1"], FAMILY)
    assert ids["plan1"] in {row.id for row in services.overview.list_overview(TODAY)}
    assert [row.id for row in services.overview.list_deleted()] == [ids["plan7"]]


def test_no_plans_no_rows(services: Services) -> None:
    assert services.overview.list_overview() == []
    assert services.overview.list_deleted() == []
