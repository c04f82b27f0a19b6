"""The people around the plan: family, network, peer supporter and professionals. Family content."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from models import AgreementPerson, Participant, Role, Sector, VersionConsent
from wijkteam.errors import InvalidInputError, NotFoundError
from wijkteam.network_map import MapPerson, cell_of, free_slot, is_free, map_person, stored_slots
from wijkteam.services.base import Service, clean_text, parse_enum, require_family
from wijkteam.services.dto import Actor, ParticipantDoc

#: The kinds of support of the network map. Others are accepted: the family may name support in its own words.
SUPPORT_KINDS = ("praktisch", "gezelschap", "advies", "emotioneel")

_TEXT_FIELDS = {"relation": "De relatie", "organisation": "De organisatie", "contact": "Hoe iemand bereikbaar is"}
_FIELDS = {"name", "role", "sector", "closeness", "support", "consent_named", "invited", "map_slot", *_TEXT_FIELDS}


def _check_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Check every given field before anything is written, and return the values as stored."""
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in _FIELDS:
            raise InvalidInputError(f"Dit gegeven over een persoon bestaat niet: {name}.")
        if name == "name":
            value = clean_text(value, what="De naam", single_line=True).strip()
            if not value:
                raise InvalidInputError("Vul een naam in.")
        elif name == "role":
            value = parse_enum(Role, value, "De rol").value
        elif name == "sector":
            value = parse_enum(Sector, value, "De groep").value if value else ""
        elif name == "closeness":
            if isinstance(value, bool) or value not in (1, 2, 3):
                raise InvalidInputError("Kies hoe dichtbij iemand staat: 1, 2 of 3.")
        elif name == "support":
            value = _support_text(value)
        elif name == "consent_named":
            if not isinstance(value, bool):
                raise InvalidInputError("Kies of iemand met naam in het plan mag: ja of nee.")
        elif name == "map_slot":
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                raise InvalidInputError("Deze plek op de netwerkkaart bestaat niet.")
        elif name == "invited":
            if not isinstance(value, bool):
                raise InvalidInputError("Kies of u iemand uitnodigt: ja of nee.")
        else:
            value = clean_text(value, what=_TEXT_FIELDS[name], single_line=True).strip()
        values[name] = value
    return values


def _support_text(support: Any) -> str:
    if isinstance(support, str) or not all(isinstance(s, str) for s in support):
        raise InvalidInputError("Geef de soorten steun als een lijstje woorden.")
    kinds = [clean_text(s, what="De steun", single_line=True).strip() for s in support]
    # Stored comma-separated: a comma inside one kind would split it in two.
    if any("," in kind for kind in kinds):
        raise InvalidInputError("Een soort steun mag geen komma bevatten.")
    return ",".join(dict.fromkeys(kind for kind in kinds if kind))


def participant_doc(person: Participant) -> ParticipantDoc:
    assert person.id is not None
    return ParticipantDoc(
        id=person.id,
        name=person.name,
        role=Role(person.role),
        relation=person.relation,
        organisation=person.organisation,
        contact=person.contact,
        sector=person.sector,
        closeness=person.closeness,
        support=tuple(s for s in person.support.split(",") if s),
        consent_named=person.consent_named,
        map_slot=person.map_slot,
        invited=person.invited,
    )


class PeopleService(Service):
    # ----------------------------------------------------------------- reading

    def list_people(self, plan_id: int) -> list[ParticipantDoc]:
        """The plan's people in the family's order. Reading is open to everyone at the table."""
        with self._session() as session:
            self._plan(session, plan_id)
            return [participant_doc(p) for p in self._people(session, plan_id)]

    # ------------------------------------------------------------ family edits

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
        values = _check_fields(
            {
                "name": name, "role": role, "relation": relation, "organisation": organisation, "contact": contact,
                "sector": sector, "closeness": closeness, "support": support, "consent_named": consent_named,
            }
        )
        with self._session() as session:
            plan = self._plan(session, plan_id)
            count = len(session.exec(select(Participant.id).where(Participant.plan_id == plan_id)).all())
            person = Participant(plan_id=plan_id, position=count, **values)
            session.add(person)
            session.flush()
            self._settle_map(session, plan_id)  # the newcomer takes a free place; nobody else moves
            self._record(session, plan, actor, "participant", person.id, "", f"{person.name} toegevoegd")
            session.commit()
            assert person.id is not None
            return person.id

    def update_participant(self, participant_id: int, actor: Actor, **fields: Any) -> None:
        """Change some of a person's details; the others stay as they are. Their place in the list stays too."""
        require_family(actor)
        values = _check_fields(fields)
        with self._session() as session:
            person = self._person(session, participant_id)
            plan = self._plan(session, person.plan_id)
            wanted_slot = values.pop("map_slot", None)
            if all(getattr(person, name) == value for name, value in values.items()):
                return
            cell = cell_of(MapPerson(participant_id, Role(values.get("role", person.role)),
                                     values.get("sector", person.sector), values.get("closeness", person.closeness)))
            moves = cell != cell_of(map_person(person))
            if moves:
                self._settle_map(session, person.plan_id)  # everyone's place as it shows now, before the move
            for name, value in values.items():
                setattr(person, name, value)
            if moves:
                others = [map_person(p) for p in self._people(session, person.plan_id) if p.id != participant_id]
                # A place asked for (undo puts someone back where they stood) when nobody stands there now.
                person.map_slot = (wanted_slot if wanted_slot is not None and is_free(others, cell, wanted_slot)
                                   else free_slot(others, participant_id, cell))
            session.add(person)
            # A field of its own, so that changes are not folded into "toegevoegd" (see ``Service._record``).
            summary = f"Gegevens van {person.name} aangepast"
            self._record(session, plan, actor, "participant", person.id, "details", summary)
            session.commit()

    def remove_participant(self, participant_id: int, actor: Actor) -> None:
        """Take a person out of the plan. Their agreements stay; only the link to this person goes.

        Their consent to frozen versions goes too: it belongs to a person who is no longer in the plan.
        """
        require_family(actor)
        with self._session() as session:
            person = self._person(session, participant_id)
            plan = self._plan(session, person.plan_id)
            name = person.name
            # Deleted by hand, not left to the foreign keys: the result must not depend on a connection setting.
            for link in session.exec(
                select(AgreementPerson).where(AgreementPerson.participant_id == participant_id)
            ).all():
                session.delete(link)
            for consent in session.exec(
                select(VersionConsent).where(VersionConsent.participant_id == participant_id)
            ).all():
                session.delete(consent)
            session.flush()  # the links first: deleting the person could take them along before the session does
            session.delete(person)
            session.flush()
            # Close the gap, so that the next person added lands at the end.
            for position, other in enumerate(self._people(session, plan.id or 0)):
                if other.position != position:
                    other.position = position
                    session.add(other)
            summary = f"{name} weggehaald uit het plan"
            self._record(session, plan, actor, "participant", participant_id, "removed", summary)
            session.commit()

    # ----------------------------------------------------------------- the network map

    def _settle_map(self, session: Session, plan_id: int) -> list[Participant]:
        """Store everyone's place on the map as it shows now, so a later change moves only the person changed."""
        people = self._people(session, plan_id)
        stored = stored_slots(map_person(p) for p in people)
        for person in people:
            if person.map_slot != stored[person.id or 0]:
                person.map_slot = stored[person.id or 0]
                session.add(person)
        return people

    # ----------------------------------------------------------------- helpers

    @staticmethod
    def _person(session: Session, participant_id: int) -> Participant:
        person = session.get(Participant, participant_id)
        if person is None:
            raise NotFoundError("Deze persoon staat niet meer in het plan.")
        return person

    @staticmethod
    def _people(session: Session, plan_id: int) -> list[Participant]:
        return list(
            session.exec(
                select(Participant)
                .where(Participant.plan_id == plan_id)
                .order_by(col(Participant.position), col(Participant.id))
            ).all()
        )
