"""Professional input: information, advice and conditions. Attributed and dated; never a gate, never family text.

Reading advice is open to every role: the family, the peer supporter and professionals all see the same
information, each with the family's answer. Only a professional adds an item; only the family answers one
(``PlanService.respond_to_advice``).
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from models import Advice, AdviceAnswer, AdviceKind, AdviceResponse, Role, Section
from wijkteam.dates import check_optional_date
from wijkteam.errors import InvalidInputError, NotFoundError
from wijkteam.services.base import MSG_ONLY_PROFESSIONAL, Service, clean_text, require_role
from wijkteam.services.dto import Actor, AdviceDoc


class AdviceService(Service):
    # ----------------------------------------------------------------- reading

    def list_advice(self, plan_id: int) -> list[AdviceDoc]:
        """Every item of the plan, oldest first, each with the family's answer (``AdviceAnswer.OPEN`` if none)."""
        with self._session() as session:
            self._plan(session, plan_id)
            return self._docs(session, plan_id)

    def open_questions(self, plan_id: int) -> list[AdviceDoc]:
        """The items the family has not answered yet. They ask for an answer; they never hold anything up."""
        return [doc for doc in self.list_advice(plan_id) if doc.answer == AdviceAnswer.OPEN]

    # ----------------------------------------------------------- professionals

    def add_advice(
        self,
        plan_id: int,
        actor: Actor,
        text: str,
        *,
        kind: AdviceKind | str = AdviceKind.ADVIES,
        organisation: str = "",
        legal_basis: str = "",
        section_id: int | None = None,
        given_on: date | None = None,
    ) -> int:
        require_role(actor, Role.PROFESSIONAL, MSG_ONLY_PROFESSIONAL)
        try:
            kind_value = AdviceKind(kind)
        except ValueError as exc:
            raise InvalidInputError("Kies informatie, advies of voorwaarde.") from exc
        author = clean_text(actor.name, what="De naam", single_line=True).strip()
        if not author:
            raise InvalidInputError("Vul uw naam in: advies staat altijd op naam.")
        text = clean_text(text, what="Het advies").strip()
        if not text:
            raise InvalidInputError("Het advies is leeg.")
        legal_basis = clean_text(legal_basis, what="De wettelijke grond", single_line=True).strip()
        if kind_value == AdviceKind.VOORWAARDE and not legal_basis:
            raise InvalidInputError(
                "Een voorwaarde mag alleen met een wettelijke grond, zoals een ondertoezichtstelling. Vul die in."
            )
        given_on = check_optional_date(given_on)
        with self._session() as session:
            plan = self._plan(session, plan_id)
            if section_id is not None:
                section = session.get(Section, section_id)
                if section is None or section.plan_id != plan_id:
                    raise NotFoundError("Dat deel hoort niet bij dit plan.")
            advice = Advice(
                plan_id=plan_id,
                section_id=section_id,
                kind=kind_value.value,
                author_name=author,
                organisation=clean_text(organisation, what="De organisatie", single_line=True),
                legal_basis=legal_basis,
                text=text,
                given_on=given_on or date.today(),
            )
            session.add(advice)
            session.flush()
            self._record(session, plan, actor, "advice", advice.id, "", f"{kind_value.value.capitalize()} toegevoegd")
            session.commit()
            assert advice.id is not None
            return advice.id

    # ----------------------------------------------------------------- helpers

    @staticmethod
    def _docs(session: Session, plan_id: int) -> list[AdviceDoc]:
        rows = session.exec(
            select(Advice).where(Advice.plan_id == plan_id).order_by(col(Advice.given_on), col(Advice.id))
        ).all()
        ids = [a.id for a in rows]
        responses = {
            r.advice_id: r
            for r in session.exec(select(AdviceResponse).where(col(AdviceResponse.advice_id).in_(ids))).all()
        }
        section_ids = {a.section_id for a in rows if a.section_id is not None}
        titles = {
            s.id: s.title for s in session.exec(select(Section).where(col(Section.id).in_(section_ids))).all()
        }
        docs = []
        for advice in rows:
            assert advice.id is not None
            response = responses.get(advice.id)
            docs.append(AdviceDoc(
                id=advice.id,
                kind=AdviceKind(advice.kind),
                author_name=advice.author_name,
                organisation=advice.organisation,
                text=advice.text,
                given_on=advice.given_on,
                legal_basis=advice.legal_basis,
                section_id=advice.section_id,
                section_title=titles.get(advice.section_id, "") if advice.section_id is not None else "",
                answer=AdviceAnswer(response.answer) if response else AdviceAnswer.OPEN,
                reason=response.reason if response else "",
            ))
        return docs
