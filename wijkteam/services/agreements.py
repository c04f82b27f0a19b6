"""Goals and agreements: wat, wie, wanneer, hoe weten we dat het lukt, wie checkt. Family content."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from models import Agreement, AgreementPerson, AgreementStatus, Goal, Participant
from wijkteam.errors import NotFoundError
from wijkteam.services.base import Service, clean_text, parse_enum, require_family
from wijkteam.services.dto import Actor


class AgreementService(Service):
    def add_goal(self, plan_id: int, actor: Actor, text: str) -> int:
        require_family(actor)
        text = clean_text(text, what="Het doel")
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
        what = clean_text(what, what="De afspraak")
        status_value = parse_enum(AgreementStatus, status, "De stand van de afspraak")
        with self._session() as session:
            plan = self._plan(session, plan_id)
            if goal_id is not None:
                goal = session.get(Goal, goal_id)
                if goal is None or goal.plan_id != plan_id:
                    raise NotFoundError("Dat doel hoort niet bij dit plan.")
            for pid in who_ids:
                person = session.get(Participant, pid)
                if person is None or person.plan_id != plan_id:
                    raise NotFoundError("Die persoon hoort niet bij dit plan.")
            count = len(session.exec(select(Agreement.id).where(Agreement.plan_id == plan_id)).all())
            agreement = Agreement(
                plan_id=plan_id,
                goal_id=goal_id,
                what=what,
                when_text=clean_text(when_text, what="Wanneer", single_line=True),
                due_date=due_date,
                how_we_know=clean_text(how_we_know, what="Hoe weten we dat het lukt", single_line=True),
                checker=clean_text(checker, what="Wie checkt", single_line=True),
                status=status_value.value,
                is_safety=is_safety,
                position=count,
            )
            session.add(agreement)
            session.flush()
            assert agreement.id is not None
            for pid in dict.fromkeys(who_ids):
                session.add(AgreementPerson(agreement_id=agreement.id, participant_id=pid))
            self._record(session, plan, actor, "agreement", agreement.id, "", "Afspraak toegevoegd")
            session.commit()
            return agreement.id
