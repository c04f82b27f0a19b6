"""Versions and follow-up: "plan vaststellen", who agreed, what changed since, which dates are due, and a calendar.

A frozen version is a snapshot of the plan in the plan-file format (``planfile.handed_over``): the format is versioned
and checked, so a version frozen today can still be read by a later app, and it travels inside plan files as it is.
The snapshot holds what the family hands over: no process records, no history, and only the private notes the family
chose to include.

``Plan.status`` says "vastgesteld" from the first freeze on; whether the plan is a concept again is computed on
read, by comparing the plan with its last snapshot (``plan_diff``). Only a change to the family's content counts:
marking an agreement done or new advice from a professional does not ask everyone to agree again.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from models import (
    Agreement,
    Participant,
    Plan,
    PlanStatus,
    PlanType,
    PlanVersion,
    Role,
    VersionConsent,
    utcnow,
)
from wijkteam import __version__, ics, plan_diff, planfile
from wijkteam.atomic import WriteWords, save_bytes
from wijkteam.deadlines import AgreementRow, PlanRow, due_dates
from wijkteam.errors import QT_TRANSLATE_NOOP, InvalidInputError, NotAllowedError, NotFoundError
from wijkteam.i18n import ERRORS, fill, translate
from wijkteam.services import damaged
from wijkteam.services.base import Service, require_role
from wijkteam.services.dto import Actor, ConsentDoc, DueItem, ParticipantDoc, VersionDoc, VersionState
from wijkteam.services.people import participant_doc
from wijkteam.services.planfiles import PlanFileService
from wijkteam.services.plans import PlanService

log = logging.getLogger(__name__)

MSG_ONLY_FAMILY_FREEZE = QT_TRANSLATE_NOOP("Errors", "Alleen het gezin kan het plan vaststellen.")
MSG_ONLY_FAMILY_CONSENT = QT_TRANSLATE_NOOP("Errors", "Alleen het gezin kan invullen wie akkoord is met het plan.")
MSG_CLOSED = QT_TRANSLATE_NOOP("Errors", "Dit plan is afgesloten, dus het kan niet meer worden vastgesteld.")
MSG_UNCHANGED = QT_TRANSLATE_NOOP(
    "Errors", "Het plan is niet veranderd sinds versie %1, dus een nieuwe versie is niet nodig.")
MSG_CANNOT_FREEZE = "Dit plan kan nu niet worden vastgesteld, want een deel ervan klopt niet: {detail}."
MSG_NO_VERSION = QT_TRANSLATE_NOOP("Errors", "Deze versie van het plan bestaat niet.")
MSG_NOT_LATEST = QT_TRANSLATE_NOOP("Errors", "Akkoord geven kan alleen bij de nieuwste versie van het plan.")
MSG_NOT_IN_PLAN = QT_TRANSLATE_NOOP("Errors", "Deze persoon staat niet in dit plan.")
MSG_NOT_AT_TABLE = QT_TRANSLATE_NOOP(
    "Errors", "Alleen mensen van het gezin en het netwerk geven hun akkoord op het plan."
)
MSG_NOT_NAMED = QT_TRANSLATE_NOOP(
    "Errors", "Deze persoon staat niet met naam in het plan. Een akkoord op naam kan dan niet."
)
MSG_UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors", "Versie %1 kan niet worden gelezen. Wat er sindsdien veranderde, is dus niet te zeggen.")
MSG_NO_DATES = QT_TRANSLATE_NOOP("Errors", "Er staan geen datums in dit plan die in een agenda kunnen.")
MSG_CALENDAR_FILE = QT_TRANSLATE_NOOP("Errors", "Het agendabestand")

#: Roles of people who agree to the plan: the family and their network. Professionals and the peer supporter are at
#: the table too, but the plan is not theirs to agree to.
CONSENTING_ROLES = frozenset({Role.GEZIN.value, Role.NETWERK.value})


def can_consent(person: ParticipantDoc | Participant) -> bool:
    """Whether someone can agree to the plan: family or network, and named in the plan with their consent."""
    return person.role in CONSENTING_ROLES and person.consent_named




class VersionService(Service):
    def __init__(self, engine: Engine | Callable[[], Engine]) -> None:
        super().__init__(engine)
        self._plans = PlanService(engine)

    # ---------------------------------------------------------------------------------------------------- reading

    def list_versions(self, plan_id: int) -> list[VersionDoc]:
        """Every frozen version of the plan, the first one first, each with who agreed to it."""
        with self._session() as session:
            self._plan(session, plan_id)
            versions = self._versions(session, plan_id)
            consents = self._consents(session, [v.id for v in versions if v.id is not None])
            return [self._version_doc(v, consents.get(v.id or 0, [])) for v in versions]

    def consents(self, version_id: int) -> list[ConsentDoc]:
        """Who agreed to this version, in the order of the plan's people."""
        with self._session() as session:
            self._version(session, version_id)
            return self._consents(session, [version_id]).get(version_id, [])

    def consent_people(self, plan_id: int) -> list[ParticipantDoc]:
        """The people who can agree to the plan: family and network who agreed to be named in it."""
        with self._session() as session:
            self._plan(session, plan_id)
            return [participant_doc(p) for p in self._people(session, plan_id) if can_consent(p)]

    def snapshot(self, version_id: int) -> dict[str, Any]:
        """The frozen plan: the ``plan`` object of a plan file. Raises InvalidInputError when it cannot be read."""
        with self._session() as session:
            version = self._version(session, version_id)
            content = self._read_snapshot(version)
        if content is None:
            raise InvalidInputError(MSG_UNREADABLE, version.number)
        return content

    def state(self, plan_id: int) -> VersionState:
        """The status to show, the last version and what changed since, in one look at the database."""
        with self._session() as session:
            plan = self._plan(session, plan_id)
            versions = self._versions(session, plan_id)
            if not versions:
                return VersionState(plan_id, PlanStatus(plan.status))
            last = versions[-1]
            assert last.id is not None
            consents = self._consents(session, [last.id]).get(last.id, [])
            before = self._read_snapshot(last)
            if before is None:
                # In the language of the screens, like the other lines of what changed.
                differences = [plan_diff.Difference(fill(translate(ERRORS, MSG_UNREADABLE), last.number))]
            else:
                differences = plan_diff.differences(before, self._current(session, plan))
        is_draft = any(d.kind == plan_diff.DiffKind.CONTENT for d in differences)
        if plan.status == PlanStatus.AFGESLOTEN.value:
            status = PlanStatus.AFGESLOTEN
        else:
            status = PlanStatus.CONCEPT if is_draft else PlanStatus.VASTGESTELD
        return VersionState(plan_id, status, self._version_doc(last, consents), tuple(d.text for d in differences),
                            is_draft)

    def status(self, plan_id: int) -> PlanStatus:
        """"concept" again once the family changed the plan after its last version; see ``state``."""
        return self.state(plan_id).status

    def is_draft_since_last_version(self, plan_id: int) -> bool:
        """True when there is no version yet, or the family's content changed since the last one."""
        return self.state(plan_id).is_draft

    def changes_since_last_version(self, plan_id: int) -> list[str]:
        """What changed since the last version, one plain Dutch sentence each; empty without a version."""
        return list(self.state(plan_id).changes)

    # ----------------------------------------------------------------------------------------------- the family

    def freeze(self, plan_id: int, actor: Actor) -> int:
        """"Plan vaststellen": store the plan as it is now as a new version, and return its number."""
        require_role(actor, Role.GEZIN, MSG_ONLY_FAMILY_FREEZE)
        with self._session() as session:
            plan = self._plan(session, plan_id)
            if plan.status == PlanStatus.AFGESLOTEN.value:
                raise InvalidInputError(MSG_CLOSED)
            versions = self._versions(session, plan_id)
            last = versions[-1] if versions else None
            # Set before the snapshot is made, so the version says what it is. Not stored when refused below.
            plan.status = PlanStatus.VASTGESTELD.value
            current = self._current(session, plan)
            if last is not None:
                before = self._read_snapshot(last)
                if before is not None and not plan_diff.differences(before, current):
                    raise InvalidInputError(MSG_UNCHANGED, last.number)
            number = (last.number if last else 0) + 1
            now = utcnow()
            document = planfile.new_document(plan_diff.drawings_as_fingerprints(current), app_version=__version__,
                                             exported_at=now)
            try:
                planfile.check_export(document)  # a version the app could not read back is no version
            except planfile.PlanFileError as exc:
                raise InvalidInputError(MSG_CANNOT_FREEZE.format(detail=str(exc).rstrip("."))) from exc
            version = PlanVersion(plan_id=plan_id, number=number, created_at=now, snapshot=_compact(document))
            session.add(version)
            session.flush()
            self._record(session, plan, actor, "plan_version", version.id, "", f"Versie {number} vastgesteld")
            session.commit()
            log.info("Plan %s: version %s frozen", plan_id, number)
            return number

    def record_consent(self, version_id: int, participant_id: int, actor: Actor) -> None:
        """Record that a named person agrees to what concerns them in this version.

        The family's role records it on their behalf, at the kitchen table, as the person says so: the laptop is
        the family's, and a network member has no role of their own at the keyboard. The peer supporter and
        professionals are refused: agreeing to the plan is not theirs to record. Recording it twice changes nothing.
        """
        require_role(actor, Role.GEZIN, MSG_ONLY_FAMILY_CONSENT)
        with self._session() as session:
            version, plan, person = self._consent_target(session, version_id, participant_id)
            if self._consent(session, version_id, participant_id) is not None:
                return
            session.add(VersionConsent(version_id=version_id, participant_id=participant_id, agreed_at=utcnow()))
            self._record(session, plan, actor, "plan_version", version.id, "consent",
                         f"{person.name} is akkoord met versie {version.number}", fold=False)
            session.commit()

    def withdraw_consent(self, version_id: int, participant_id: int, actor: Actor) -> None:
        """Take a tick away again: a slip of the finger, or someone who changed their mind."""
        require_role(actor, Role.GEZIN, MSG_ONLY_FAMILY_CONSENT)
        with self._session() as session:
            version, plan, person = self._consent_target(session, version_id, participant_id)
            consent = self._consent(session, version_id, participant_id)
            if consent is None:
                return
            session.delete(consent)
            self._record(session, plan, actor, "plan_version", version.id, "consent",
                         f"{person.name} is niet meer akkoord met versie {version.number}", fold=False)
            session.commit()

    # ------------------------------------------------------------------------------------------------- follow-up

    def due(self, today: date) -> list[DueItem]:
        """What is due today or has passed, across all plans, earliest first. Two queries, however many plans.

        The same dates as the plan list (``deadlines.due_dates``): agreements not done, the evaluation, and the last
        day to hand in a persoonlijk plan. The check-in after four weeks is only a suggestion in the calendar.
        """
        with self._session() as session:
            broken = damaged.damaged_plan_ids(session.connection())  # named apart: ``overview.damaged_plans``
            plans = session.exec(select(Plan).where(col(Plan.deleted_at).is_(None), col(Plan.id).not_in(broken))
                                 .order_by(col(Plan.id))).all()
            rows = session.exec(
                select(Agreement.plan_id, Agreement.what, col(Agreement.due_date), Agreement.status)
                .where(col(Agreement.plan_id).in_([p.id for p in plans]), col(Agreement.due_date) <= today)
                .order_by(col(Agreement.position), col(Agreement.id))
            ).all()
        agreements: dict[int, list[AgreementRow]] = {}
        for plan_id, what, due_date, status in rows:
            agreements.setdefault(plan_id, []).append(AgreementRow(what, due_date, status))
        items: list[DueItem] = []
        for plan in plans:
            assert plan.id is not None
            dates = PlanRow(PlanType(plan.plan_type), plan.status, plan.melding_date, plan.evaluation_date,
                               agreements.get(plan.id, ()), term_date=plan.term_date)
            items.extend(
                DueItem(plan.id, plan.title, plan.family_name, due.day, due.kind, due.what)
                for due in due_dates(dates, today)
                if due.day <= today
            )
        return sorted(items, key=lambda item: (item.day, item.plan_id))

    def calendar(self, plan_id: int, now: datetime | None = None) -> str:
        """The plan's dates as iCalendar text. Raises InvalidInputError when there is no date to put in."""
        plan = self._plans.get_plan(plan_id)
        events = ics.plan_events(plan)
        if not events:
            raise InvalidInputError(MSG_NO_DATES)
        return ics.calendar_text(events, now=now or utcnow(), name=f"Ons Plan: {ics.plan_name(plan)}")

    def export_ics(self, plan_id: int, target: Path | str, now: datetime | None = None) -> Path:
        """Write the calendar file completely or not at all. Raises UserError with one Dutch sentence."""
        data = self.calendar(plan_id, now).encode("utf-8")
        return save_bytes(Path(target), data, WriteWords.naming(MSG_CALENDAR_FILE))

    # ---------------------------------------------------------------------------------------------------- helpers

    @staticmethod
    def _current(session: Session, plan: Plan) -> dict[str, Any]:
        """The plan now, in the form of a snapshot. One mapping to plan-file form, shared with plan files."""
        return planfile.handed_over(PlanFileService._plan_content(session, plan, with_private=True))

    @staticmethod
    def _read_snapshot(version: PlanVersion) -> dict[str, Any] | None:
        """The frozen plan, or None when the stored text is no plan (it may come from a damaged plan file)."""
        try:
            plan: dict[str, Any] = planfile.parse_document(version.snapshot.encode("utf-8"))["plan"]
        except (planfile.PlanFileError, UnicodeEncodeError):
            log.warning("Snapshot of version %s cannot be read", version.id)
            return None
        return plan

    @staticmethod
    def _versions(session: Session, plan_id: int) -> list[PlanVersion]:
        return list(session.exec(
            select(PlanVersion).where(PlanVersion.plan_id == plan_id)
            .order_by(col(PlanVersion.number), col(PlanVersion.id))
        ).all())

    @staticmethod
    def _people(session: Session, plan_id: int) -> list[Participant]:
        return list(session.exec(
            select(Participant).where(Participant.plan_id == plan_id)
            .order_by(col(Participant.position), col(Participant.id))
        ).all())

    @staticmethod
    def _version(session: Session, version_id: int) -> PlanVersion:
        version = session.get(PlanVersion, version_id)
        if version is None:
            raise NotFoundError(MSG_NO_VERSION)
        return version

    @staticmethod
    def _consent(session: Session, version_id: int, participant_id: int) -> VersionConsent | None:
        return session.exec(select(VersionConsent).where(
            VersionConsent.version_id == version_id, VersionConsent.participant_id == participant_id
        )).first()

    def _consent_target(self, session: Session, version_id: int,
                        participant_id: int) -> tuple[PlanVersion, Plan, Participant]:
        version = self._version(session, version_id)
        plan = self._plan(session, version.plan_id)
        if self._versions(session, version.plan_id)[-1].id != version.id:
            raise InvalidInputError(MSG_NOT_LATEST)
        person = session.get(Participant, participant_id)
        if person is None or person.plan_id != plan.id:
            raise NotFoundError(MSG_NOT_IN_PLAN)
        if person.role not in CONSENTING_ROLES:
            raise NotAllowedError(MSG_NOT_AT_TABLE)
        if not person.consent_named:
            raise InvalidInputError(MSG_NOT_NAMED)
        return version, plan, person

    def _consents(self, session: Session, version_ids: list[int]) -> dict[int, list[ConsentDoc]]:
        if not version_ids:
            return {}
        rows = session.exec(
            select(VersionConsent, Participant)
            .join(Participant, col(Participant.id) == col(VersionConsent.participant_id))
            .where(col(VersionConsent.version_id).in_(version_ids))
            .order_by(col(Participant.position), col(Participant.id))
        ).all()
        result: dict[int, list[ConsentDoc]] = {}
        for consent, person in rows:
            assert person.id is not None
            result.setdefault(consent.version_id, []).append(
                ConsentDoc(consent.version_id, person.id, person.name, consent.agreed_at))
        return result

    @staticmethod
    def _version_doc(version: PlanVersion, consents: list[ConsentDoc]) -> VersionDoc:
        assert version.id is not None
        return VersionDoc(version.id, version.number, version.created_at, tuple(consents))


def _compact(document: dict[str, Any]) -> str:
    # Stored, not read by people: no indentation, but every script as itself, as in a plan file.
    return json.dumps(document, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
