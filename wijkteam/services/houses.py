"""A child's three houses (Drie Huizen): het huis van zorgen, van goede dingen en van dromen.

The child writes with the family at the keyboard, so only the family changes a house. Per house the child chooses
whether it goes into the plan (``shared``); a house kept back is read by the family alone and never leaves the app:
not in the PDF, a plan file, an advice file or a frozen version. Every other role reads only the shared houses.
The history says that a house changed, never what the child wrote.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from models import ChildHouse, HouseKind, Participant, Role, utcnow
from wijkteam.drawings import check_drawing
from wijkteam.errors import QT_TRANSLATE_NOOP, InvalidInputError, NotFoundError
from wijkteam.services.base import Service, clean_text, require_family
from wijkteam.services.dto import Actor, ChildHouseDoc

MSG_HOUSE_GONE = QT_TRANSLATE_NOOP("Errors", "Dit huis bestaat niet meer.")
MSG_NOT_A_CHILD = QT_TRANSLATE_NOOP("Errors", "Alleen iemand van het gezin kan eigen huizen krijgen.")

#: In the order they are shown and printed.
KINDS: tuple[HouseKind, ...] = (HouseKind.ZORGEN, HouseKind.GOEDE_DINGEN, HouseKind.DROMEN)


def house_rows(session: Session, plan_id: int | None, *, kept_too: bool = False) -> list[tuple[ChildHouse, str]]:
    """The plan's houses with the child's name, per child in the order of the plan's people, then zorgen, goede
    dingen, dromen. Only the shared ones unless ``kept_too``: every way out of the app starts here."""
    query = (
        select(ChildHouse, Participant.name)
        .join(Participant, col(Participant.id) == col(ChildHouse.participant_id))
        .where(ChildHouse.plan_id == plan_id)
    )
    if not kept_too:
        query = query.where(col(ChildHouse.shared).is_(True))
    rows = session.exec(query.order_by(col(Participant.position), col(Participant.id))).all()
    order = {kind.value: index for index, kind in enumerate(KINDS)}
    people: dict[int, int] = {}
    for house, _name in rows:
        people.setdefault(house.participant_id, len(people))
    return sorted(((house, name) for house, name in rows),
                  key=lambda row: (people[row[0].participant_id], order.get(row[0].kind, len(order))))


def house_doc(house: ChildHouse, child_name: str) -> ChildHouseDoc:
    assert house.id is not None
    return ChildHouseDoc(
        id=house.id,
        participant_id=house.participant_id,
        child_name=child_name,
        kind=HouseKind(house.kind),
        text=house.text,
        drawing=house.drawing,
        shared=house.shared,
    )


class HouseService(Service):
    def list_houses(self, plan_id: int, actor: Actor) -> list[ChildHouseDoc]:
        """The family sees every house; everyone else only what the child shares."""
        with self._session() as session:
            self._plan(session, plan_id)
            rows = house_rows(session, plan_id, kept_too=actor.role == Role.GEZIN)
            return [house_doc(house, name) for house, name in rows]

    def add_child(self, plan_id: int, participant_id: int, actor: Actor) -> list[int]:
        """Give one of the family three empty houses (kept back until the child chooses). Returns their IDs."""
        require_family(actor)
        with self._session() as session:
            plan = self._plan(session, plan_id)
            person = session.get(Participant, participant_id)
            if person is None or person.plan_id != plan_id:
                raise NotFoundError(MSG_HOUSE_GONE)
            if person.role != Role.GEZIN:
                raise InvalidInputError(MSG_NOT_A_CHILD)
            have = {h.kind: h for h in self._houses_of(session, participant_id)}
            added = False
            for kind in KINDS:
                if kind.value not in have:
                    house = ChildHouse(plan_id=plan_id, participant_id=participant_id, kind=kind.value)
                    session.add(house)
                    have[kind.value] = house
                    added = True
            if added:
                session.flush()
                self._record(session, plan, actor, "child_house", None, "",
                             f"Drie Huizen voor {person.name} gemaakt", fold=False)
                session.commit()
            return [have[kind.value].id for kind in KINDS if have[kind.value].id is not None]  # type: ignore[misc]

    def remove_child(self, plan_id: int, participant_id: int, actor: Actor) -> None:
        """Take away a child's three houses, with their words and drawings."""
        require_family(actor)
        with self._session() as session:
            plan = self._plan(session, plan_id)
            houses = [h for h in self._houses_of(session, participant_id) if h.plan_id == plan_id]
            if not houses:
                return
            for house in houses:
                session.delete(house)
            person = session.get(Participant, participant_id)
            self._record(session, plan, actor, "child_house", None, "",
                         f"Drie Huizen van {person.name if person else 'een kind'} weggehaald", fold=False)
            session.commit()

    def update_text(self, house_id: int, text: str, actor: Actor) -> None:
        """Called as the child types (debounced). Cheap when nothing changed."""
        require_family(actor)
        text = clean_text(text, what="De tekst in het huis")
        with self._session() as session:
            house = self._house(session, house_id)
            if house.text == text:
                return
            house.text = text
            self._save(session, house, actor, "text", "aangepast")

    def set_drawing(self, house_id: int, drawing: bytes | None, actor: Actor) -> None:
        """A drawing as the window re-encoded it (see ``wijkteam.drawings``), or None to take it away.

        A drawing that is too big, broken or still carries metadata is refused with one sentence, changing nothing.
        """
        require_family(actor)
        if drawing is not None:
            check_drawing(drawing)
            drawing = bytes(drawing)
        with self._session() as session:
            house = self._house(session, house_id)
            if house.drawing == drawing:
                return
            house.drawing = drawing
            self._save(session, house, actor, "drawing",
                       "tekening toegevoegd" if drawing is not None else "tekening weggehaald", fold=False)

    def set_shared(self, house_id: int, shared: bool, actor: Actor) -> None:
        """The child's choice: does this house go into the plan that others see?"""
        require_family(actor)
        with self._session() as session:
            house = self._house(session, house_id)
            if house.shared == bool(shared):
                return
            house.shared = bool(shared)
            self._save(session, house, actor, "shared",
                       "komt in het plan" if shared else "blijft buiten het plan", fold=False)

    # ----------------------------------------------------------------- helpers

    def _save(self, session: Session, house: ChildHouse, actor: Actor, field: str, what: str, *,
              fold: bool = True) -> None:
        plan = self._plan(session, house.plan_id)
        house.updated_at = utcnow()
        session.add(house)
        person = session.get(Participant, house.participant_id)
        name = person.name if person else ""
        summary = f"{_HOUSE_NAMES.get(house.kind, 'Huis')} van {name}: {what}"
        self._record(session, plan, actor, "child_house", house.id, field, summary, fold=fold)
        session.commit()

    @staticmethod
    def _house(session: Session, house_id: int) -> ChildHouse:
        house = session.get(ChildHouse, house_id)
        if house is None:
            raise NotFoundError(MSG_HOUSE_GONE)
        return house

    @staticmethod
    def _houses_of(session: Session, participant_id: int) -> Sequence[ChildHouse]:
        return session.exec(select(ChildHouse).where(ChildHouse.participant_id == participant_id)).all()


# The history is stored in Dutch, as every other summary (see ``Service._record``).
_HOUSE_NAMES = {
    HouseKind.ZORGEN.value: "Huis van zorgen",
    HouseKind.GOEDE_DINGEN.value: "Huis van goede dingen",
    HouseKind.DROMEN.value: "Huis van dromen",
}
