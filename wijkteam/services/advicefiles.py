"""Advice files into the family's plan: only advice items are added, all of them or none.

The format lives in ``wijkteam.formats.wijkadvies`` (read by ``wijkteam.advicefile``). Each item goes through
``AdviceService.add_advice`` with a professional actor named after the item's author, so a file passes the very same
checks and leaves the same history as advice typed in the app. ``add_advice`` commits per item; here its sessions
join one outer transaction instead, so a file whose fifth item fails leaves no trace of the first four.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, col, select

from models import Advice, Plan, Role, Section
from wijkteam import advicefile
from wijkteam.errors import QT_TRANSLATE_NOOP, InvalidInputError, NotFoundError
from wijkteam.formats.strict_json import show
from wijkteam.planfile import parse_date
from wijkteam.services import damaged
from wijkteam.services.advice import AdviceService
from wijkteam.services.base import Service, storage_errors
from wijkteam.services.dto import Actor

log = logging.getLogger(__name__)

MSG_UNKNOWN_SECTION = "Dit adviesbestand gaat over een deel dat niet in uw plan staat: {section}."
MSG_NO_PLAN = QT_TRANSLATE_NOOP(
    "Errors", "Er is hier geen plan waar dit adviesbestand bij hoort. Lees het plan eerst in, of noem het plannummer."
)
MSG_ALREADY_THERE = QT_TRANSLATE_NOOP(
    "Errors", "Het advies in dit bestand staat al in uw plan: het is eerder ingelezen."
)


@dataclass(frozen=True)
class AdviceImport:
    """What an import did: items added, items skipped because the plan already held them, and who wrote them."""

    plan_id: int
    added: int
    already_there: int
    authors: tuple[str, ...]  # "Joost van Dam (Samen Veilig)", each once, in file order


def _joined(connection: Connection) -> Callable[[], Engine]:
    """A bind for a service whose sessions join ``connection``'s open transaction.

    A Session on a Connection that is already in a transaction does not commit it ("conservative_savepoint", the
    SQLAlchemy default): ``add_advice``'s commit only flushes, and the transaction here decides. ``Service`` accepts a
    callable for its engine; a Connection serves a Session just as well.
    """
    return cast("Callable[[], Engine]", lambda: connection)


def _line(value: str) -> str:
    return " ".join(value.split())


def _signature(kind: str, author: str, organisation: str, legal_basis: str, text: str, given_on: Any,
               section_key: str | None) -> tuple[Any, ...]:
    # Compared as add_advice stores them: one-line fields with their white space folded, the text stripped.
    return (kind, _line(author), _line(organisation), _line(legal_basis), text.replace("\x00", "").strip(),
            given_on, section_key)


class AdviceFileService(Service):
    def find_plan(self, source: Path | str) -> int:
        """The plan an advice file was written for, found by its fingerprint among the plans in this app."""
        document = advicefile.read_document(Path(source))
        wanted = document["for_plan"]["fingerprint"]
        with self._session() as session:
            broken = damaged.damaged_plan_ids(session.connection())
            for plan in session.exec(select(Plan).where(col(Plan.deleted_at).is_(None), col(Plan.id).not_in(broken))):
                if advicefile.plan_fingerprint(plan.plan_type, plan.created_at) == wanted:
                    assert plan.id is not None
                    return plan.id
        raise NotFoundError(MSG_NO_PLAN)

    def import_advice(self, plan_id: int, source: Path | str) -> AdviceImport:
        """Add the advice in an advice file to the family's plan ``plan_id``, in one transaction.

        Refused with one Dutch sentence (AdviceFileError, InvalidInputError, NotFoundError), and nothing changes, when
        the file is not a sound advice file, carries anything besides advice, belongs to another plan, or points at a
        section the plan does not have. Items the plan already holds (the same file read twice, or a file the
        professional added to) are skipped; a file with nothing new is refused.
        """
        document = advicefile.read_document(Path(source))
        with storage_errors(), self._engine.connect() as connection, connection.begin():
            with Session(connection) as session:
                if damaged.is_damaged(session, plan_id):
                    raise damaged.DamagedPlanError(damaged.MSG_DAMAGED)
                plan = self._plan(session, plan_id)
                if advicefile.plan_fingerprint(plan.plan_type, plan.created_at) != document["for_plan"]["fingerprint"]:
                    raise advicefile.AdviceFileError(advicefile.MSG_OTHER_PLAN)
                sections = {s.key: s.id for s in session.exec(select(Section).where(Section.plan_id == plan_id))}
                keys = {section_id: key for key, section_id in sections.items()}
                seen = {
                    _signature(a.kind, a.author_name, a.organisation, a.legal_basis, a.text, a.given_on,
                               keys.get(a.section_id) if a.section_id is not None else None)
                    for a in session.exec(select(Advice).where(Advice.plan_id == plan_id))
                }
            for item in document["advice"]:
                if item["section"] is not None and item["section"]["key"] not in sections:
                    raise InvalidInputError(MSG_UNKNOWN_SECTION.format(section=show(item["section"]["title"]
                                                                                     or item["section"]["key"])))
            service = AdviceService(_joined(connection))
            added = 0
            authors: dict[str, None] = {}  # a dict keeps file order; a set would not
            for item in document["advice"]:
                key = item["section"]["key"] if item["section"] is not None else None
                given_on = parse_date(item["given_on"])
                signature = _signature(item["kind"], item["author_name"], item["organisation"], item["legal_basis"],
                                       item["text"], given_on, key)
                if signature in seen:
                    continue
                seen.add(signature)
                service.add_advice(
                    plan_id,
                    Actor(Role.PROFESSIONAL, item["author_name"]),
                    item["text"],
                    kind=item["kind"],
                    organisation=item["organisation"],
                    legal_basis=item["legal_basis"],
                    section_id=sections[key] if key is not None else None,
                    given_on=given_on,
                )
                added += 1
                author = _line(item["author_name"])
                organisation = _line(item["organisation"])
                authors[f"{author} ({organisation})" if organisation else author] = None
            if not added:
                raise InvalidInputError(MSG_ALREADY_THERE)
        log.info("Advice file read into plan %s: %s added, %s already there", plan_id, added,
                 len(document["advice"]) - added)
        return AdviceImport(plan_id, added, len(document["advice"]) - added, tuple(authors))
