"""The list of plans as a peer supporter with a dozen families needs it: who, what kind, and the next date that matters.

Two queries per list, however many plans: the plans, then the dated agreements of all of them at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlmodel import Session, col, select

from models import Agreement, Plan, PlanType
from wijkteam.deadlines import AgreementRow, PlanRow, next_due
from wijkteam.services.base import Service
from wijkteam.services.dto import PlanOverview


class OverviewService(Service):
    def list_overview(self, today: date | None = None) -> list[PlanOverview]:
        """Every plan that is not removed, newest change first, each with its next date that matters."""
        return self._list(deleted=False, today=today or date.today())

    def list_deleted(self) -> list[PlanOverview]:
        """Removed plans, most recently removed first: the way back."""
        return self._list(deleted=True, today=date.today())

    def _list(self, *, deleted: bool, today: date) -> list[PlanOverview]:
        deleted_column = col(Plan.deleted_at)
        with self._session() as session:
            plans = session.exec(
                select(Plan)
                .where(deleted_column.is_not(None) if deleted else deleted_column.is_(None))
                .order_by(deleted_column.desc() if deleted else col(Plan.updated_at).desc(), col(Plan.id).desc())
            ).all()
            agreements = self._dated_agreements(session, [plan.id for plan in plans if plan.id is not None])
        return [self._overview(plan, agreements.get(plan.id, ()), today) for plan in plans]

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
        due = next_due(PlanRow(kind, plan.status, plan.melding_date, plan.evaluation_date, agreements), today)
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
