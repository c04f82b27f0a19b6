"""Wis definitief: a plan erased for good, with everything in it, from the database file itself.

Removing a plan (``PlanService.delete_plan``) only moves it out of sight, so it can come back. Erasing is the family's
choice to make it gone: the rows go (their children with them, through the foreign keys), SQLite's ``secure_delete``
(set on every connection) overwrites the freed space, and a checkpoint empties the WAL, which could still hold old
pages. Copies made before (``backups/``, a USB stick) still hold the plan: ``backups_before`` tells how many, so the
window can say so honestly.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete
from sqlmodel import col, func, select

from models import Change, Plan, Role
from wijkteam.errors import QT_TRANSLATE_NOOP, NotFoundError
from wijkteam.services.base import Service, require_role
from wijkteam.services.dto import Actor

log = logging.getLogger(__name__)

MSG_ONLY_FAMILY_ERASE = QT_TRANSLATE_NOOP("Errors", "Alleen het gezin kan een plan definitief wissen.")
MSG_NO_PLAN = QT_TRANSLATE_NOOP("Errors", "Er is geen plan met nummer %1.")


@dataclass(frozen=True)
class ErasedPlan:
    plan_id: int
    rows: int  # history rows that went with it: a measure of how much was there


class EraseService(Service):
    def copies_before(self) -> int:
        """How many copies in ``backups/`` beside the database were made before now: they may hold an erased plan."""
        return backups_before(Path(str(self._engine.url.database)).parent / "backups")

    def erase_plan(self, plan_id: int, actor: Actor) -> ErasedPlan:
        """Erase the plan, also one removed already. Only the family; raises NotFoundError or NotAllowedError."""
        require_role(actor, Role.GEZIN, MSG_ONLY_FAMILY_ERASE)
        with self._session() as session:
            # Plain SQL, not the row as an object: a plan whose stored values cannot be read must be erasable too.
            if session.exec(select(col(Plan.id)).where(col(Plan.id) == plan_id)).first() is None:
                raise NotFoundError(MSG_NO_PLAN, plan_id)
            rows = session.exec(select(func.count()).select_from(Change).where(col(Change.plan_id) == plan_id)).one()
            session.exec(delete(Plan).where(col(Plan.id) == plan_id))
            session.commit()
        with self._session() as session:
            # The WAL may still hold the pages as they were before; fold them into the file and empty it.
            session.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        log.info("Plan %s erased for good", plan_id)
        return ErasedPlan(plan_id, int(rows))


def backups_before(backups: Path) -> int:
    """How many copies in ``backups/`` were made before now: they may still hold an erased plan."""
    if not backups.is_dir():
        return 0
    return sum(1 for _ in backups.glob("*.sqlite"))
