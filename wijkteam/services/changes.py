"""What another program changed: a cheap fingerprint of the plans and the advice, for the window to compare.

The command line may add a plan (``import``) or advice (``import-advice``) while the window is open. SQLite keeps both
safe; the window only needs to notice, without a restart. Two counts and two highest numbers are enough for that and
cost next to nothing to read.
"""

from __future__ import annotations

from sqlmodel import col, func, select

from models import Advice, Plan
from wijkteam.services.base import Service


class ChangeService(Service):
    def signature(self) -> tuple[int, int, int, int]:
        """(plans not removed, highest plan number, advice items, highest advice number)."""
        with self._session() as session:
            plans, last_plan = session.exec(
                select(func.count(col(Plan.id)), func.coalesce(func.max(col(Plan.id)), 0))
                .where(col(Plan.deleted_at).is_(None))
            ).one()
            advice, last_advice = session.exec(
                select(func.count(col(Advice.id)), func.coalesce(func.max(col(Advice.id)), 0))
            ).one()
        return int(plans or 0), int(last_plan or 0), int(advice or 0), int(last_advice or 0)

    def advice_count(self, plan_id: int) -> int:
        with self._session() as session:
            return int(session.exec(select(func.count(col(Advice.id))).where(col(Advice.plan_id) == plan_id)).one())
