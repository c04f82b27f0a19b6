"""What every service shares: short sessions, clear storage errors, role checks and the change history."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col, select

from models import Change, Plan, Role, utcnow
from wijkteam.db import storage_message
from wijkteam.errors import QT_TRANSLATE_NOOP, InvalidInputError, NotAllowedError, NotFoundError, StorageError
from wijkteam.limits import MAX_LINE, MAX_TEXT
from wijkteam.services.dto import Actor

#: Typing in one field by one person within this window is one history row, not one per keystroke.
FOLD_WINDOW = timedelta(minutes=10)

__all__ = ["MAX_LINE", "MAX_TEXT", "Service", "clean_text", "parse_enum", "require_family", "require_role"]

MSG_ONLY_FAMILY = QT_TRANSLATE_NOOP("Errors", "Alleen het gezin kan de tekst van het plan veranderen.")
MSG_ONLY_PROFESSIONAL = QT_TRANSLATE_NOOP("Errors", "Alleen een professional kan advies of informatie toevoegen.")
MSG_ONLY_SUPPORTER = QT_TRANSLATE_NOOP("Errors", "Alleen de ondersteuner schrijft notities over het proces.")


@contextmanager
def storage_errors() -> Iterator[None]:
    """Turn SQLite errors a user can act on into one Dutch sentence; let bugs through."""
    try:
        yield
    except DBAPIError as exc:
        message = storage_message(exc)
        if message is None:
            raise
        raise StorageError(message) from exc


def clean_text(value: str, *, what: str, limit: int = MAX_TEXT, single_line: bool = False) -> str:
    """Check text from a person. NUL characters are dropped: they break printing and mean nothing to anyone."""
    if not isinstance(value, str):
        raise InvalidInputError(f"{what} moet tekst zijn.")
    value = value.replace("\x00", "")
    if single_line:
        value = " ".join(value.split())
        limit = min(limit, MAX_LINE)
    if len(value) > limit:
        raise InvalidInputError(f"{what} is te lang: maximaal {limit:,} tekens.".replace(",", "."))
    return value


def parse_enum(enum: Any, value: Any, what: str) -> Any:
    try:
        return enum(value)
    except ValueError as exc:
        raise InvalidInputError(f"{what} is niet bekend: {value!r}.") from exc


def require_family(actor: Actor) -> None:
    if actor.role != Role.GEZIN:
        raise NotAllowedError(MSG_ONLY_FAMILY)


def require_role(actor: Actor, role: Role, message: str) -> None:
    if actor.role != role:
        raise NotAllowedError(message)


class Service:
    def __init__(self, engine: Engine | Callable[[], Engine]) -> None:
        # A callable opens the database on first use (see ``facade.LazyEngine``).
        self._engine_source = engine

    @property
    def _engine(self) -> Engine:
        source = self._engine_source
        return source if isinstance(source, Engine) else source()

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with storage_errors(), Session(self._engine, expire_on_commit=False) as session:
            yield session

    @staticmethod
    def _plan(session: Session, plan_id: int) -> Plan:
        plan = session.get(Plan, plan_id)
        if plan is None or plan.deleted_at is not None:
            raise NotFoundError(f"Er is geen plan met nummer {plan_id}.")
        return plan

    @staticmethod
    def _record(
        session: Session,
        plan: Plan,
        actor: Actor,
        entity: str,
        entity_id: int | None,
        field: str,
        summary: str,
        *,
        fold: bool = True,
    ) -> None:
        """Add a history row, or fold it into the last one when the same person keeps typing in the same field.

        ``fold=False`` for a step that can go back and forth (a tick box, a move, a consent): a folded row would keep
        its first summary ("afgevinkt") while the box is empty again.
        """
        now = utcnow()
        plan.updated_at = now
        session.add(plan)
        newest = select(Change).where(Change.plan_id == plan.id).order_by(col(Change.id).desc()).limit(1)
        last = session.exec(newest).first() if fold else None
        if (
            last is not None
            and last.entity == entity
            and last.entity_id == entity_id
            and last.field == field
            and last.actor_role == actor.role.value
            and last.actor_name == actor.name
            and now - last.at < FOLD_WINDOW
        ):
            last.at = now
            session.add(last)
            return
        assert plan.id is not None
        session.add(
            Change(
                plan_id=plan.id,
                at=now,
                actor_role=actor.role.value,
                actor_name=actor.name,
                entity=entity,
                entity_id=entity_id,
                field=field,
                summary=summary,
            )
        )
