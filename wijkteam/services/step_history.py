"""History rows that are never folded into the row before.

``Service._record`` folds a burst of typing into one row. A tick box that goes back and forth must not be folded: the
folded row would keep the first summary ("afgevinkt") while the box is now empty again.
"""

from __future__ import annotations

from sqlmodel import Session

from models import Change, Plan, utcnow
from wijkteam.services.dto import Actor


def record_each(session: Session, plan: Plan, actor: Actor, entity: str, entity_id: int | None, field: str,
                summary: str) -> None:
    now = utcnow()
    plan.updated_at = now
    session.add(plan)
    assert plan.id is not None
    session.add(Change(plan_id=plan.id, at=now, actor_role=actor.role.value, actor_name=actor.name, entity=entity,
                       entity_id=entity_id, field=field, summary=summary))
