"""Plans that cannot be read: found, named in the list, saved as a plan file with what can be read, and removed.

The checks where dates enter (``wijkteam.dates``) keep new bad values out. A database may still hold one from before
those checks (a plan file with ``"melding_date": "9999-12-30"``, read by an older version), or a value changed by hand
or by a damaged disk (text where a date belongs). Such a plan must never lock the family out: the other plans work as
before, the list shows this one as a plan that cannot be opened, and it can still be saved and removed.

A plan is damaged when one of its stored dates or moments cannot be read as SQLAlchemy reads it, lies outside the
years a plan may use, or is missing where the table needs one, or when a choice that opening the plan relies on
(its type, a person's role, a kind of advice, an answer) is not one the app knows. The check is one query over all
tables: SQLite lets through what plainly fits, and Python looks closely at the few values left.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Date, DateTime, Table, TypeDecorator, text, update
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, SQLModel, col

from models import AdviceAnswer, AdviceKind, Change, Plan, PlanType, Role, utcnow
from wijkteam.dates import FIRST_YEAR, LAST_YEAR, stored_date, stored_moment
from wijkteam.errors import QT_TRANSLATE_NOOP, DamagedPlanError, NotFoundError, StorageError, UserError
from wijkteam.services.dto import Actor

log = logging.getLogger(__name__)

__all__ = ["DATA_ERRORS", "DamagedPlan", "DamagedPlanError", "ReadableExport", "damaged_plan_ids", "describe",
           "export_readable", "is_damaged", "set_deleted"]

#: What SQLAlchemy raises while it turns a stored value into a Python one (``date.fromisoformat`` and friends).
DATA_ERRORS = (ValueError, TypeError, OverflowError)

MSG_DAMAGED = QT_TRANSLATE_NOOP("Errors", "Dit plan kan niet open. Er staat iets in dat Ons Plan niet kan lezen.")
MSG_CANNOT_SAVE = QT_TRANSLATE_NOOP(
    "Errors", "Dit plan kan ook niet als planbestand worden bewaard. Te veel ervan is niet te lezen."
)

#: Choices that opening a plan turns into enums; an unknown one would stop it.
_CHOICES: dict[tuple[str, str], type[StrEnum]] = {
    ("plan", "plan_type"): PlanType,
    ("participant", "role"): Role,
    ("advice", "kind"): AdviceKind,
    ("advice_response", "answer"): AdviceAnswer,
}

# SQLite's GLOB has no repetition: one class per digit.
_D = "[0-9]"
_DAY = f"{_D * 4}-{_D * 2}-{_D * 2}"
_TIME = f"{_D * 2}:[0-5]{_D}:[0-5]{_D}"


@dataclass(frozen=True)
class DamagedPlan:
    """What can still be said about a damaged plan: its number and the words of its own row."""

    id: int
    title: str
    family_name: str
    plan_type: PlanType | None  # None when the type itself is what cannot be read
    deleted: bool


@dataclass(frozen=True)
class ReadableExport:
    """A damaged plan saved as a plan file: where, and how many stored values could not go along as they were."""

    path: Path
    replaced: int


# ---------------------------------------------------------------------------------------------------- finding


@dataclass(frozen=True)
class _Part:
    """A table with values to check, and how its rows reach their plan."""

    table: Table
    plan_id: str  # SQL for the plan's number
    source: str  # SQL for FROM
    columns: tuple[Column[Any], ...]


def _parts() -> Iterator[_Part]:
    for table in SQLModel.metadata.sorted_tables:
        link = _plan_link(table)
        if link is None:
            continue
        columns = tuple(c for c in table.columns if _kind(c) is not None or (table.name, c.name) in _CHOICES)
        yield _Part(table, link[0], link[1], columns)


def _kind(column: Column[Any]) -> type[Date] | type[DateTime] | None:
    """Date or DateTime for a column of days or moments (SQLModel wraps the latter in a TypeDecorator), else None."""
    kind = column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type
    if isinstance(kind, DateTime):
        return DateTime
    return Date if isinstance(kind, Date) else None


def _plan_link(table: Table) -> tuple[str, str] | None:
    """SQL for a row's plan number and the FROM it needs: the plan itself, a ``plan_id``, or one step further."""
    name = table.name
    if name == Plan.__tablename__:
        return f"{name}.id", name
    if "plan_id" in table.columns:
        return f"{name}.plan_id", name
    for key in table.foreign_keys:
        parent = key.column.table
        if "plan_id" in parent.columns:
            return (f"{parent.name}.plan_id",
                    f"{name} JOIN {parent.name} ON {parent.name}.{key.column.name} = {name}.{key.parent.name}")
    return None


def _suspicious(part: _Part, column: Column[Any]) -> str:
    """SQL that is true for a value that may not read well; Python looks closely at those.

    Cheap on purpose, as it runs over every row of the history: one range and one shape per value. Text sorts after
    every number and before every blob in SQLite, so the range also leaves out what is no text. A NULL is suspicious
    only where the table needs a value (``NOT`` of a comparison with NULL is NULL, which selects nothing).
    """
    ref = f"{part.table.name}.{column.name}"
    if (part.table.name, column.name) in _CHOICES:
        values = ", ".join(f"'{item.value}'" for item in _CHOICES[part.table.name, column.name])
        fine = f"{ref} IN ({values})"
    else:
        # The shapes SQLAlchemy writes. Days 01 to 28 exist in every month; 29 to 31 are left to Python.
        last, shape = (f"{LAST_YEAR}-12-31 23:59:59.999999", f"{_DAY} {_TIME}.{_D * 6}") \
            if _kind(column) is DateTime else (f"{LAST_YEAR}-12-31", _DAY)
        fine = (f"{ref} BETWEEN '{FIRST_YEAR}-01-01' AND '{last}' AND {ref} GLOB '{shape}' "
                f"AND substr({ref}, 6, 2) BETWEEN '01' AND '12' AND substr({ref}, 9, 2) BETWEEN '01' AND '28'")
        if _kind(column) is DateTime:
            fine += f" AND substr({ref}, 12, 2) <= '23'"
    return f"NOT ({fine})" + ("" if column.nullable else f" OR {ref} IS NULL")


def _reads_well(table: str, column: Column[Any], value: Any) -> bool:
    if value is None:
        return bool(column.nullable)
    if (table, column.name) in _CHOICES:
        return isinstance(value, str) and value in tuple(_CHOICES[table, column.name])
    if _kind(column) is DateTime:
        return stored_moment(value) is not None
    return stored_date(value) is not None


def damaged_plan_ids(connection: Connection, plan_id: int | None = None) -> set[int]:
    """The numbers of the damaged plans, removed ones too; with ``plan_id`` only that plan is looked at.

    One query for all tables: each part gives its suspicious rows as (part, plan, values...), padded to one width.
    """
    parts = [part for part in _parts() if part.columns]
    width = max(len(part.columns) for part in parts)
    selects = []
    for number, part in enumerate(parts):
        suspicious = " OR ".join(_suspicious(part, c) for c in part.columns)
        values = [f"{part.table.name}.{c.name}" for c in part.columns] + ["NULL"] * (width - len(part.columns))
        only = f" AND {part.plan_id} = :plan" if plan_id is not None else ""
        selects.append(f"SELECT {number}, {part.plan_id}, {', '.join(values)} FROM {part.source} "
                       f"WHERE ({suspicious}){only}")
    found: set[int] = set()
    for row in connection.execute(text(" UNION ALL ".join(selects)), {"plan": plan_id}):
        part = parts[row[0]]
        if row[1] in found:
            continue
        stored = row[2:2 + len(part.columns)]
        if not all(_reads_well(part.table.name, c, v) for c, v in zip(part.columns, stored, strict=True)):
            found.add(row[1])
    return found


def is_damaged(session: Session, plan_id: int) -> bool:
    return bool(damaged_plan_ids(session.connection(), plan_id))


def describe(session: Session, plan_ids: Iterable[int], *, deleted: bool | None = None) -> list[DamagedPlan]:
    """The damaged plans in ``plan_ids``, by number; ``deleted`` keeps only removed (True) or listed (False) ones.

    Read as raw values, so nothing of them has to be turned into a date.
    """
    ids = sorted(plan_ids)
    if not ids:
        return []
    marks = ", ".join(str(int(plan_id)) for plan_id in ids)
    rows = session.connection().execute(text(
        f"SELECT id, title, family_name, plan_type, deleted_at IS NOT NULL FROM plan WHERE id IN ({marks}) "
        "ORDER BY id"))
    types = {item.value: item for item in PlanType}
    result = [DamagedPlan(int(plan_id), _words(title), _words(family), types.get(kind) if isinstance(kind, str)
                          else None, bool(gone))
              for plan_id, title, family, kind, gone in rows]
    return [plan for plan in result if deleted is None or plan.deleted == deleted]


def _words(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


# --------------------------------------------------------------------------------------------------- removing


def set_deleted(session: Session, plan_id: int, actor: Actor, *, deleted: bool) -> None:
    """Remove a plan from the list, or put it back, without reading it: ``PlanService`` when the plan is damaged.

    The caller commits. Raises NotFoundError when there is no such plan (or, to remove, it is removed already).
    """
    now = utcnow()
    where = [col(Plan.id) == plan_id]
    if deleted:
        where.append(col(Plan.deleted_at).is_(None))
    changed = session.connection().execute(
        update(Plan).where(*where).values(deleted_at=now if deleted else None, updated_at=now))
    if not changed.rowcount:
        raise NotFoundError(f"Er is geen plan met nummer {plan_id}.")
    session.add(Change(plan_id=plan_id, at=now, actor_role=actor.role.value, actor_name=actor.name, entity="plan",
                       entity_id=plan_id, field="deleted", summary="Plan verwijderd" if deleted else "Plan teruggezet"))


# ----------------------------------------------------------------------------------------------------- saving


def export_readable(engine: Engine, plan_id: int, target: Path) -> ReadableExport:
    """Save a damaged plan as a plan file with everything that can be read.

    The plan's rows are copied into a database in memory, each value as it is stored, except for what cannot be
    read: a date or moment that cannot be, or lies outside the years a plan may use, is left empty, or where the
    table needs one, set to today. The ordinary export then writes the plan file from that copy, with all its checks
    and its care for private notes; the family's database is only read. Raises UserError with one Dutch sentence.
    """
    from sqlalchemy.pool import StaticPool
    from sqlmodel import create_engine

    from wijkteam.services.planfiles import PlanFileService

    memory = create_engine("sqlite://", poolclass=StaticPool, hide_parameters=True)
    try:
        SQLModel.metadata.create_all(memory)
        replaced = 0
        with engine.connect() as source, memory.begin() as copy:
            for part in _parts():
                rows = source.execute(
                    text(f"SELECT {part.table.name}.* FROM {part.source} WHERE {part.plan_id} = :plan"),
                    {"plan": plan_id},
                ).mappings().all()
                if not rows:
                    if part.table.name == Plan.__tablename__:
                        raise NotFoundError(f"Er is geen plan met nummer {plan_id}.")
                    continue
                fixed = [_readable_row(part.table, dict(row)) for row in rows]
                replaced += sum(count for _row, count in fixed)
                copy.execute(part.table.insert(), [row for row, _count in fixed])
        try:
            path = PlanFileService(memory).export_plan(plan_id, target)
        except UserError:
            raise
        except (*DATA_ERRORS, AttributeError, KeyError) as exc:
            log.warning("Plan %s cannot be saved as a plan file either (%s)", plan_id, type(exc).__name__)
            raise StorageError(MSG_CANNOT_SAVE) from None
    finally:
        memory.dispose()
    log.info("Damaged plan %s saved as a plan file; %s values could not be read", plan_id, replaced)
    return ReadableExport(path, replaced)


def _readable_row(table: Table, row: dict[str, Any]) -> tuple[dict[str, Any], int]:
    replaced = 0
    for column in table.columns:
        kind = _kind(column)
        if kind is None:
            continue
        raw = row.get(column.name)
        value: date | datetime | None
        if kind is DateTime:
            moment = stored_moment(raw)
            # Stored in UTC without a zone, as SQLite keeps it; the table wants it with its zone.
            value = moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment
        else:
            value = stored_date(raw)
        if table.name == Plan.__tablename__ and column.name == "deleted_at":
            value = None  # the copy is only made to be written: a removed plan is saved just the same
        elif value is None and raw is not None:
            replaced += 1
        if value is None and not column.nullable:
            value = datetime.now(UTC) if kind is DateTime else date.today()
            replaced += raw is None
        row[column.name] = value
    return row, replaced
