"""The people around the plan: family, network, peer supporter and professionals. Family content."""

from __future__ import annotations

from sqlmodel import select

from models import Participant, Role, Sector
from wijkteam.errors import InvalidInputError
from wijkteam.services.base import Service, clean_text, parse_enum, require_family
from wijkteam.services.dto import Actor


class PeopleService(Service):
    def add_participant(
        self,
        plan_id: int,
        actor: Actor,
        name: str,
        role: Role | str,
        *,
        relation: str = "",
        organisation: str = "",
        contact: str = "",
        sector: Sector | str = "",
        closeness: int = 2,
        support: tuple[str, ...] = (),
        consent_named: bool = True,
    ) -> int:
        require_family(actor)
        name = clean_text(name, what="De naam", single_line=True).strip()
        if not name:
            raise InvalidInputError("Vul een naam in.")
        role_value = parse_enum(Role, role, "De rol")
        sector_value = parse_enum(Sector, sector, "De groep").value if sector else ""
        if closeness not in (1, 2, 3):
            raise InvalidInputError("Kies hoe dichtbij iemand staat: 1, 2 of 3.")
        with self._session() as session:
            plan = self._plan(session, plan_id)
            count = len(session.exec(select(Participant.id).where(Participant.plan_id == plan_id)).all())
            person = Participant(
                plan_id=plan_id,
                name=name,
                role=role_value.value,
                relation=clean_text(relation, what="De relatie", single_line=True),
                organisation=clean_text(organisation, what="De organisatie", single_line=True),
                contact=clean_text(contact, what="Het contact", single_line=True),
                sector=sector_value,
                closeness=closeness,
                support=",".join(clean_text(s, what="De steun", single_line=True) for s in support),
                consent_named=consent_named,
                position=count,
            )
            session.add(person)
            session.flush()
            self._record(session, plan, actor, "participant", person.id, "", f"{name} toegevoegd")
            session.commit()
            assert person.id is not None
            return person.id
