"""Professional input: information, advice and conditions. Attributed and dated; never a gate, never family text."""

from __future__ import annotations

from datetime import date

from models import Advice, AdviceKind, Role, Section
from wijkteam.errors import InvalidInputError, NotFoundError
from wijkteam.services.base import MSG_ONLY_PROFESSIONAL, Service, clean_text, require_role
from wijkteam.services.dto import Actor


class AdviceService(Service):
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
