"""The list of plans as a peer supporter with a dozen families needs it: who, what kind, and the next date that matters.

A few queries per list, however many plans: which plans cannot be read (``damaged``), the others, then the dated
agreements of all of them at once. A plan that cannot be read is listed too, as one that cannot be opened, so one
bad value never hides the other plans, nor itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from sqlmodel import Session, col, select

from models import Agreement, Plan, PlanType
from wijkteam.deadlines import AgreementRow, PlanRow, next_due
from wijkteam.services import damaged
from wijkteam.services.base import Service, storage_errors
from wijkteam.services.damaged import DamagedPlan, ReadableExport
from wijkteam.services.dto import PlanOverview

#: Stands in for the moments of a plan that cannot be read; a screen shows no moment for such a plan.
_UNKNOWN_MOMENT = datetime(1970, 1, 1, tzinfo=UTC)


class OverviewService(Service):
    def list_overview(self, today: date | None = None) -> list[PlanOverview]:
        """Every plan that is not removed, newest change first, each with its next date that matters.

        Plans that cannot be read come first, with ``damaged`` set and no dates.
        """
        return self._list(deleted=False, today=today or date.today())

    def list_deleted(self) -> list[PlanOverview]:
        """Removed plans, most recently removed first: the way back."""
        return self._list(deleted=True, today=date.today())

    def damaged_plans(self) -> list[DamagedPlan]:
        """The plans in the list (not removed) that cannot be read, by number."""
        with self._session() as session:
            return damaged.describe(session, damaged.damaged_plan_ids(session.connection()), deleted=False)

    def is_damaged(self, plan_id: int) -> bool:
        with self._session() as session:
            return damaged.is_damaged(session, plan_id)

    def export_readable(self, plan_id: int, target: Path | str) -> ReadableExport:
        """Save a plan that cannot be read as a plan file, with everything that can be (see ``damaged``)."""
        with storage_errors():  # the same clear sentences as elsewhere for a locked or damaged database file
            return damaged.export_readable(self._engine, plan_id, Path(target))

    def _list(self, *, deleted: bool, today: date) -> list[PlanOverview]:
        deleted_column = col(Plan.deleted_at)
        with self._session() as session:
            broken = damaged.damaged_plan_ids(session.connection())
            plans = session.exec(
                select(Plan)
                .where(deleted_column.is_not(None) if deleted else deleted_column.is_(None))
                .where(col(Plan.id).not_in(broken))
                .order_by(deleted_column.desc() if deleted else col(Plan.updated_at).desc(), col(Plan.id).desc())
            ).all()
            agreements = self._dated_agreements(session, [plan.id for plan in plans if plan.id is not None])
            unreadable = damaged.describe(session, broken, deleted=deleted)
        return [self._damaged(plan) for plan in unreadable] + [
            self._overview(plan, agreements.get(plan.id, ()), today) for plan in plans]

    @staticmethod
    def _dated_agreements(session: Session, plan_ids: list[int]) -> dict[int | None, list[AgreementRow]]:
        if not plan_ids:
            return {}
        rows = session.exec(
            select(Agreement.plan_id, Agreement.what, col(Agreement.due_date), Agreement.status)
            .where(col(Agreement.plan_id).in_(plan_ids), col(Agreement.due_date).is_not(None))
        ).all()
        result: dict[int | None, list[AgreementRow]] = {}
        for plan_id, what, due_date, status in rows:
            result.setdefault(plan_id, []).append(AgreementRow(what, due_date, status))
        return result

    @staticmethod
    def _overview(plan: Plan, agreements: Sequence[AgreementRow], today: date) -> PlanOverview:
        assert plan.id is not None
        kind = PlanType(plan.plan_type)
        due = next_due(PlanRow(kind, plan.status, plan.melding_date, plan.evaluation_date, agreements,
                               term_date=plan.term_date), today)
        return PlanOverview(
            id=plan.id,
            plan_type=kind,
            title=plan.title,
            family_name=plan.family_name,
            status=plan.status,
            updated_at=plan.updated_at,
            next_date=due.day if due else None,
            next_label=due.label if due else "",
            next_kind=due.kind if due else None,
            next_what=due.what if due else "",
            deleted_at=plan.deleted_at,
        )

    @staticmethod
    def _damaged(plan: DamagedPlan) -> PlanOverview:
        return PlanOverview(
            id=plan.id,
            plan_type=plan.plan_type or PlanType.FAMILIEGROEPSPLAN,
            title=plan.title,
            family_name=plan.family_name,
            status="",
            updated_at=_UNKNOWN_MOMENT,
            deleted_at=_UNKNOWN_MOMENT if plan.deleted else None,
            damaged=True,
        )
