"""Goals and agreements: wat, wie, wanneer, hoe weten we dat het lukt, wie checkt. Family content."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from models import Agreement, AgreementPerson, AgreementStatus, Goal, Participant
from wijkteam import vocabulary
from wijkteam.dates import check_optional_date
from wijkteam.errors import InvalidInputError, NotFoundError
from wijkteam.services.base import Service, clean_text, parse_enum, require_family
from wijkteam.services.dto import Actor

_LINE_FIELDS = {"when_text": "Wanneer", "how_we_know": "Hoe weten we dat het lukt", "checker": "Wie checkt"}
_AGREEMENT_FIELDS = {"what", "goal_id", "who_ids", "due_date", "status", "is_safety", *_LINE_FIELDS}


def _goal_text(text: str) -> str:
    text = clean_text(text, what="Het doel").strip()
    if not text:
        raise InvalidInputError("Schrijf op wat u wilt bereiken.")
    return text


def _check_agreement_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Check every given field before anything is written. Links to goals and people are checked in the session."""
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in _AGREEMENT_FIELDS:
            raise InvalidInputError(f"Dit onderdeel van een afspraak bestaat niet: {name}.")
        if name == "what":
            value = clean_text(value, what="De afspraak").strip()
            if not value:
                raise InvalidInputError("Schrijf op wat er gaat gebeuren.")
        elif name == "goal_id":
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise InvalidInputError("Kies een doel uit de lijst.")
        elif name == "who_ids":
            if isinstance(value, str | bytes) or not all(
                isinstance(v, int) and not isinstance(v, bool) for v in value
            ):
                raise InvalidInputError("Kies de mensen uit de lijst.")
            value = tuple(dict.fromkeys(value))
        elif name == "due_date":
            # A datetime is a date too, but would be stored with a time nobody chose; refused, as a year past 2199.
            value = check_optional_date(value)
        elif name == "status":
            value = parse_enum(AgreementStatus, value, "De stand van de afspraak").value
        elif name == "is_safety":
            if not isinstance(value, bool):
                raise InvalidInputError("Kies of dit een veiligheidsafspraak is: ja of nee.")
        else:
            value = clean_text(value, what=_LINE_FIELDS[name], single_line=True).strip()
        values[name] = value
    return values


class AgreementService(Service):
    # ------------------------------------------------------------------- goals

    def add_goal(self, plan_id: int, actor: Actor, text: str) -> int:
        require_family(actor)
        text = _goal_text(text)
        with self._session() as session:
            plan = self._plan(session, plan_id)
            count = len(session.exec(select(Goal.id).where(Goal.plan_id == plan_id)).all())
            goal = Goal(plan_id=plan_id, text=text, position=count)
            session.add(goal)
            session.flush()
            self._record(session, plan, actor, "goal", goal.id, "", "Doel toegevoegd")
            session.commit()
            assert goal.id is not None
            return goal.id

    def update_goal(self, goal_id: int, actor: Actor, text: str) -> None:
        require_family(actor)
        text = _goal_text(text)
        with self._session() as session:
            goal = self._goal(session, goal_id)
            if goal.text == text:
                return
            plan = self._plan(session, goal.plan_id)
            goal.text = text
            session.add(goal)
            self._record(session, plan, actor, "goal", goal.id, "text", "Doel aangepast")
            session.commit()

    def remove_goal(self, goal_id: int, actor: Actor) -> None:
        """Take a goal out. Its agreements stay, without a goal: the family decides what becomes of them."""
        require_family(actor)
        with self._session() as session:
            goal = self._goal(session, goal_id)
            plan = self._plan(session, goal.plan_id)
            # Set by hand, not left to the foreign keys: the result must not depend on a connection setting.
            for agreement in session.exec(select(Agreement).where(Agreement.goal_id == goal_id)).all():
                agreement.goal_id = None
                session.add(agreement)
            session.delete(goal)
            session.flush()
            self._renumber(self._goals(session, goal.plan_id))
            self._record(session, plan, actor, "goal", goal_id, "removed", "Doel weggehaald")
            session.commit()

    def move_goal(self, goal_id: int, actor: Actor, step: int) -> None:
        """Move a goal up (step -1) or down (step 1). At either end nothing happens."""
        require_family(actor)
        with self._session() as session:
            goal = self._goal(session, goal_id)
            plan = self._plan(session, goal.plan_id)
            goals = self._goals(session, goal.plan_id)
            self._renumber(goals)
            if self._swap(goals, goal, step):
                self._record(session, plan, actor, "goal", goal.id, "position", "Volgorde van de doelen aangepast")
                session.commit()

    # -------------------------------------------------------------- agreements

    def add_agreement(
        self,
        plan_id: int,
        actor: Actor,
        what: str,
        *,
        goal_id: int | None = None,
        who_ids: tuple[int, ...] = (),
        when_text: str = "",
        due_date: date | None = None,
        how_we_know: str = "",
        checker: str = "",
        status: AgreementStatus | str = AgreementStatus.NOG_NIET_BEGONNEN,
        is_safety: bool = False,
    ) -> int:
        require_family(actor)
        values = _check_agreement_fields(
            {
                "what": what, "goal_id": goal_id, "who_ids": who_ids, "when_text": when_text, "due_date": due_date,
                "how_we_know": how_we_know, "checker": checker, "status": status, "is_safety": is_safety,
            }
        )
        who = values.pop("who_ids")
        with self._session() as session:
            plan = self._plan(session, plan_id)
            self._check_links(session, plan_id, values.get("goal_id"), who)
            count = len(session.exec(select(Agreement.id).where(Agreement.plan_id == plan_id)).all())
            agreement = Agreement(plan_id=plan_id, position=count, **values)
            session.add(agreement)
            session.flush()
            assert agreement.id is not None
            for pid in who:
                session.add(AgreementPerson(agreement_id=agreement.id, participant_id=pid))
            self._record(session, plan, actor, "agreement", agreement.id, "", "Afspraak toegevoegd")
            session.commit()
            return agreement.id

    def update_agreement(self, agreement_id: int, actor: Actor, **fields: Any) -> None:
        """Change some parts of an agreement; the others stay. ``who_ids`` replaces the whole list of people."""
        require_family(actor)
        values = _check_agreement_fields(fields)
        who: tuple[int, ...] | None = values.pop("who_ids", None)
        with self._session() as session:
            agreement = self._agreement(session, agreement_id)
            plan = self._plan(session, agreement.plan_id)
            self._check_links(session, agreement.plan_id, values.get("goal_id"), who or ())
            changed = False
            for name, value in values.items():
                if getattr(agreement, name) != value:
                    setattr(agreement, name, value)
                    changed = True
            if who is not None:
                links = session.exec(select(AgreementPerson).where(AgreementPerson.agreement_id == agreement_id)).all()
                if {link.participant_id for link in links} != set(who):
                    for link in links:
                        session.delete(link)
                    session.flush()
                    for pid in who:
                        session.add(AgreementPerson(agreement_id=agreement_id, participant_id=pid))
                    changed = True
            if not changed:
                return
            session.add(agreement)
            # A field of its own, so that changes are not folded into "toegevoegd" (see ``Service._record``).
            self._record(session, plan, actor, "agreement", agreement.id, "details", "Afspraak aangepast")
            session.commit()

    def set_agreement_status(self, agreement_id: int, actor: Actor, status: AgreementStatus | str) -> None:
        require_family(actor)
        value = AgreementStatus(_check_agreement_fields({"status": status})["status"])
        with self._session() as session:
            agreement = self._agreement(session, agreement_id)
            if agreement.status == value.value:
                return
            plan = self._plan(session, agreement.plan_id)
            agreement.status = value.value
            session.add(agreement)
            # For the history: "Afspraak staat nu op: gedaan".
            summary = f"Afspraak staat nu op: {vocabulary.inline(vocabulary.AGREEMENT_STATUSES[value])}"
            self._record(session, plan, actor, "agreement", agreement.id, "status", summary)
            session.commit()

    def remove_agreement(self, agreement_id: int, actor: Actor) -> None:
        require_family(actor)
        with self._session() as session:
            agreement = self._agreement(session, agreement_id)
            plan = self._plan(session, agreement.plan_id)
            for link in session.exec(select(AgreementPerson).where(AgreementPerson.agreement_id == agreement_id)).all():
                session.delete(link)
            session.flush()  # the links first: deleting the agreement could take them along before the session does
            session.delete(agreement)
            session.flush()
            self._renumber(self._agreements(session, agreement.plan_id))
            self._record(session, plan, actor, "agreement", agreement_id, "removed", "Afspraak weggehaald")
            session.commit()

    def move_agreement(self, agreement_id: int, actor: Actor, step: int) -> None:
        """Move an agreement up (-1) or down (1) among the agreements of the same goal, as the family sees them."""
        require_family(actor)
        with self._session() as session:
            agreement = self._agreement(session, agreement_id)
            plan = self._plan(session, agreement.plan_id)
            rows = self._agreements(session, agreement.plan_id)
            self._renumber(rows)
            group = [a for a in rows if a.goal_id == agreement.goal_id]
            if self._swap(group, agreement, step):
                summary = "Volgorde van de afspraken aangepast"
                self._record(session, plan, actor, "agreement", agreement.id, "position", summary)
                session.commit()

    # ----------------------------------------------------------------- helpers

    @staticmethod
    def _goal(session: Session, goal_id: int) -> Goal:
        goal = session.get(Goal, goal_id)
        if goal is None:
            raise NotFoundError("Dit doel staat niet meer in het plan.")
        return goal

    @staticmethod
    def _agreement(session: Session, agreement_id: int) -> Agreement:
        agreement = session.get(Agreement, agreement_id)
        if agreement is None:
            raise NotFoundError("Deze afspraak staat niet meer in het plan.")
        return agreement

    @staticmethod
    def _goals(session: Session, plan_id: int) -> list[Goal]:
        return list(
            session.exec(select(Goal).where(Goal.plan_id == plan_id).order_by(col(Goal.position), col(Goal.id))).all()
        )

    @staticmethod
    def _agreements(session: Session, plan_id: int) -> list[Agreement]:
        return list(
            session.exec(
                select(Agreement)
                .where(Agreement.plan_id == plan_id)
                .order_by(col(Agreement.position), col(Agreement.id))
            ).all()
        )

    @staticmethod
    def _check_links(session: Session, plan_id: int, goal_id: int | None, who: Iterable[int]) -> None:
        if goal_id is not None:
            goal = session.get(Goal, goal_id)
            if goal is None or goal.plan_id != plan_id:
                raise NotFoundError("Dat doel hoort niet bij dit plan.")
        for pid in who:
            person = session.get(Participant, pid)
            if person is None or person.plan_id != plan_id:
                raise NotFoundError("Die persoon hoort niet bij dit plan.")

    @staticmethod
    def _renumber(rows: Sequence[Goal | Agreement]) -> None:
        """Positions 0, 1, 2 … in the current order, so that the next one added lands at the end."""
        for position, row in enumerate(rows):
            if row.position != position:
                row.position = position

    @staticmethod
    def _swap(rows: Sequence[Goal | Agreement], row: Goal | Agreement, step: int) -> bool:
        """Swap places with the neighbour in ``rows``, which are numbered already."""
        if step not in (-1, 1):
            raise InvalidInputError("Een doel of afspraak schuift één plek op of neer.")
        index = next(i for i, r in enumerate(rows) if r.id == row.id)
        other = index + step
        if not 0 <= other < len(rows):
            return False
        rows[index].position, rows[other].position = rows[other].position, rows[index].position
        return True
