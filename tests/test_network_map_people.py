"""The network map through the services: a person moved to another ring or sector takes a free place there, nobody
else moves, it is on record, and only the family can do it."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from models import PlanType, Role, Sector
from tests import dbfile
from wijkteam import network_map as nm
from wijkteam.errors import InvalidInputError, NotAllowedError
from wijkteam.network_map import map_person
from wijkteam.services import FAMILY, Actor, Services

PEOPLE = [("Sanne", Role.GEZIN, Sector.GEZIN, 1), ("Kemal", Role.GEZIN, Sector.GEZIN, 1),
          ("Oma Ria", Role.NETWERK, Sector.FAMILIE, 1), ("Oom Dennis", Role.NETWERK, Sector.FAMILIE, 2),
          ("Buurvrouw Fatima", Role.NETWERK, Sector.VRIENDEN_BUREN, 2), ("Meester Dekker", Role.NETWERK,
                                                                         Sector.SCHOOL_WERK, 3),
          ("Priya", Role.PROFESSIONAL, Sector.PROFESSIONALS, 3)]


def _plan(services: Services) -> int:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, family_name="Familie Yılmaz")
    for name, role, sector, closeness in PEOPLE:
        services.people.add_participant(pid, FAMILY, name, role, sector=sector, closeness=closeness)
    return pid


def _places(services: Services, pid: int) -> dict[str, tuple[float, float]]:
    people = services.people.list_people(pid)
    placed = nm.layout(map_person(p) for p in people)
    return {p.name: (placed[p.id].x, placed[p.id].y) for p in people}


def _id(services: Services, pid: int, name: str) -> int:
    return next(p.id for p in services.people.list_people(pid) if p.name == name)


def test_everyone_added_has_a_place_of_their_own(services: Services) -> None:
    pid = _plan(services)
    people = services.people.list_people(pid)
    assert all(p.map_slot is not None for p in people)
    placed = nm.layout(map_person(p) for p in people)
    assert len({(q.slot.cell, q.slot.index) for q in placed.values() if q.slot}) == len(PEOPLE)
    assert not any(q.crowded for q in placed.values())


def test_moving_someone_moves_nobody_else_and_is_on_record(services: Services, data_dir: Path) -> None:
    pid = _plan(services)
    before = _places(services, pid)
    dennis = _id(services, pid, "Oom Dennis")
    services.people.update_participant(dennis, FAMILY, closeness=1)  # came closer
    after = _places(services, pid)
    assert after["Oom Dennis"] != before["Oom Dennis"]
    assert {n: xy for n, xy in after.items() if n != "Oom Dennis"} == {
        n: xy for n, xy in before.items() if n != "Oom Dennis"}
    moved = next(p for p in services.people.list_people(pid) if p.id == dennis)
    assert nm.cell_of(map_person(moved)) == nm.Cell(Sector.FAMILIE, 1)
    with closing(dbfile.connect(data_dir / "wijkteam.sqlite")) as con:
        assert con.execute("SELECT actor_role, summary FROM change WHERE entity = 'participant' AND entity_id = ? "
                           "ORDER BY id DESC", (dennis,)).fetchone() == ("gezin", "Gegevens van Oom Dennis aangepast")


def test_people_from_before_the_map_keep_their_places_at_the_first_move(services: Services, data_dir: Path) -> None:
    pid = _plan(services)
    with closing(dbfile.connect(data_dir / "wijkteam.sqlite")) as con:  # as a database of the first version holds them
        con.execute("UPDATE participant SET map_slot = NULL")
        con.commit()
    before = _places(services, pid)
    services.people.update_participant(_id(services, pid, "Buurvrouw Fatima"), FAMILY, sector=Sector.FAMILIE)
    after = _places(services, pid)
    assert {n: xy for n, xy in after.items() if n != "Buurvrouw Fatima"} == {
        n: xy for n, xy in before.items() if n != "Buurvrouw Fatima"}
    assert all(p.map_slot is not None for p in services.people.list_people(pid))


def test_a_change_that_is_not_a_move_keeps_the_place(services: Services) -> None:
    pid = _plan(services)
    ria = _id(services, pid, "Oma Ria")
    slot = next(p.map_slot for p in services.people.list_people(pid) if p.id == ria)
    services.people.update_participant(ria, FAMILY, relation="oma van moederskant", support=("praktisch",))
    assert next(p.map_slot for p in services.people.list_people(pid) if p.id == ria) == slot


@pytest.mark.parametrize("actor", [Actor(Role.ONDERSTEUNER, "Marieke"), Actor(Role.PROFESSIONAL, "Priya")])
def test_only_the_family_moves_people_on_its_map(services: Services, actor: Actor) -> None:
    pid = _plan(services)
    before = services.people.list_people(pid)
    with pytest.raises(NotAllowedError):
        services.people.update_participant(_id(services, pid, "Oom Dennis"), actor, closeness=3)
    assert services.people.list_people(pid) == before


def test_a_place_asked_for_is_given_when_free_and_a_bad_one_is_refused(services: Services) -> None:
    pid = _plan(services)
    dennis = _id(services, pid, "Oom Dennis")
    ria = next(p for p in services.people.list_people(pid) if p.name == "Oma Ria")
    # Ria's place in the first ring is taken: Dennis gets another one there.
    services.people.update_participant(dennis, FAMILY, closeness=1, map_slot=ria.map_slot)
    moved = next(p for p in services.people.list_people(pid) if p.id == dennis)
    assert moved.map_slot is not None and moved.map_slot != ria.map_slot
    services.people.update_participant(dennis, FAMILY, closeness=2, map_slot=4)  # free: that one
    assert next(p.map_slot for p in services.people.list_people(pid) if p.id == dennis) == 4
    before = services.people.list_people(pid)
    for bad in (-1, True, "3"):
        with pytest.raises(InvalidInputError):
            services.people.update_participant(dennis, FAMILY, closeness=3, map_slot=bad)
    assert services.people.list_people(pid) == before
