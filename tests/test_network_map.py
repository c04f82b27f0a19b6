"""The network map's layout, without Qt: no two labels overlap, and moving one person moves nobody else."""

from __future__ import annotations

import math
import random
from itertools import combinations

import pytest

from models import Role, Sector
from wijkteam import network_map as nm
from wijkteam.network_map import Cell, MapPerson


def _random_people(rng: random.Random, count: int, *, sectors: tuple[str, ...] = (*nm.SECTORS, "")) -> list[MapPerson]:
    return [MapPerson(id=number + 1, role=rng.choice(list(Role)), sector=rng.choice(sectors),
                      closeness=rng.choice(nm.CLOSENESS)) for number in range(count)]


def _with_stored_slots(people: list[MapPerson]) -> list[MapPerson]:
    stored = nm.stored_slots(people)
    return [MapPerson(p.id, p.role, p.sector, p.closeness, stored[p.id]) for p in people]


def _boxes_overlap(a: nm.Placement, b: nm.Placement) -> bool:
    return abs(a.x - b.x) < nm.LABEL_WIDTH and abs(a.y - b.y) < nm.LABEL_HEIGHT


def test_no_two_slots_of_the_map_overlap_and_each_lies_in_its_own_cell() -> None:
    every = [slot for cell_slots in nm.slots().values() for slot in cell_slots]
    assert nm.capacity() == len(every) >= 70
    for a, b in combinations(every, 2):
        assert abs(a.x - b.x) >= nm.LABEL_WIDTH + nm.GAP or abs(a.y - b.y) >= nm.LABEL_HEIGHT + nm.GAP, (a, b)
    for slot in every:
        radius = math.hypot(slot.x, slot.y)
        inner, outer = nm.ring_span(slot.cell.closeness)
        assert inner <= radius <= outer
        angle = math.degrees(math.atan2(slot.x, -slot.y)) % 360  # clockwise from the top
        start, end = nm.sector_span(slot.cell.sector)
        assert start <= angle <= end
        for dx in (-nm.LABEL_WIDTH / 2, nm.LABEL_WIDTH / 2):  # the whole label inside the circle
            for dy in (-nm.LABEL_HEIGHT / 2, nm.LABEL_HEIGHT / 2):
                assert math.hypot(slot.x + dx, slot.y + dy) <= 1.0
        nearest = (min(max(0.0, slot.x - nm.LABEL_WIDTH / 2), slot.x + nm.LABEL_WIDTH / 2),
                   min(max(0.0, slot.y - nm.LABEL_HEIGHT / 2), slot.y + nm.LABEL_HEIGHT / 2))
        assert math.hypot(*nearest) > nm.RINGS[0]  # clear of the family's name in the centre
    # Every cell has room for several people; the family's own ring for a household.
    assert min(len(s) for s in nm.slots().values()) >= 3
    assert len(nm.slots()[Cell(Sector.GEZIN, 1)]) >= 5


@pytest.mark.parametrize("seed", range(20))
def test_forty_people_anywhere_never_overlap(seed: int) -> None:
    rng = random.Random(seed)
    people = _random_people(rng, 40)
    placed = nm.layout(people)
    assert sorted(placed) == [p.id for p in people]
    assert not any(p.beside for p in placed.values())
    for a, b in combinations(placed.values(), 2):
        assert not _boxes_overlap(a, b), (a, b)
    for person in people:  # only someone whose own cell is full stands elsewhere, and keeps their own words
        placement = placed[person.id]
        assert placement.cell == nm.cell_of(person)
        if not placement.crowded:
            assert placement.slot is not None and placement.slot.cell == placement.cell


def test_forty_people_in_one_cell_still_never_overlap() -> None:
    people = [MapPerson(i, Role.NETWERK, Sector.FAMILIE, 1) for i in range(1, 41)]
    placed = nm.layout(people)
    room = len(nm.slots()[Cell(Sector.FAMILIE, 1)])
    assert sum(not p.crowded for p in placed.values()) == room
    crowded = [p for p in placed.values() if p.crowded]
    assert len(crowded) == 40 - room and not any(p.beside for p in crowded)
    # The first to go elsewhere stays in the family's sector, in the nearest ring.
    first = placed[room + 1]
    assert first.slot is not None and first.slot.cell == Cell(Sector.FAMILIE, 2)
    for a, b in combinations(placed.values(), 2):
        assert not _boxes_overlap(a, b)


@pytest.mark.parametrize("seed", range(20))
def test_moving_one_person_moves_nobody_else(seed: int) -> None:
    rng = random.Random(seed)
    people = _with_stored_slots(_random_people(rng, rng.randint(2, 40), sectors=nm.SECTORS))
    before = nm.layout(people)
    mover = rng.choice(people)
    target = Cell(rng.choice(nm.SECTORS), rng.choice(nm.CLOSENESS))
    slot = nm.free_slot(people, mover.id, target)
    moved = [MapPerson(p.id, p.role, target.sector, target.closeness, slot) if p.id == mover.id else p
             for p in people]
    after = nm.layout(moved)
    for person in people:
        if person.id != mover.id and not before[person.id].crowded:
            assert (after[person.id].x, after[person.id].y) == (before[person.id].x, before[person.id].y)
    assert after[mover.id].cell == target
    if slot is not None:
        assert not after[mover.id].crowded


def test_someone_new_moves_nobody_else_and_takes_a_free_place() -> None:
    rng = random.Random(3)
    people = _with_stored_slots(_random_people(rng, 25, sectors=nm.SECTORS))
    before = nm.layout(people)
    newcomer = MapPerson(100, Role.NETWERK, Sector.VRIENDEN_BUREN, 2)
    after = nm.layout([*people, newcomer])
    assert all((after[p.id].x, after[p.id].y) == (before[p.id].x, before[p.id].y) for p in people)
    assert not any(_boxes_overlap(after[100], after[p.id]) for p in people)


def test_the_same_people_always_stand_in_the_same_places_whatever_their_order() -> None:
    people = _random_people(random.Random(9), 30)
    assert nm.layout(people) == nm.layout(list(reversed(people)))


def test_without_a_sector_the_role_says_where_and_odd_closeness_counts_as_close() -> None:
    assert nm.cell_of(MapPerson(1, Role.GEZIN)) == Cell(Sector.GEZIN, 2)
    assert nm.cell_of(MapPerson(2, Role.PROFESSIONAL, closeness=1)) == Cell(Sector.PROFESSIONALS, 1)
    assert nm.cell_of(MapPerson(3, Role.NETWERK, closeness=9)) == Cell(Sector.VRIENDEN_BUREN, 2)
    assert nm.cell_of(MapPerson(4, Role.ONDERSTEUNER, sector="onbekend")) == Cell(Sector.VRIENDEN_BUREN, 2)


def test_beyond_the_maps_room_people_are_listed_beside_it() -> None:
    people = [MapPerson(i, Role.NETWERK, nm.SECTORS[i % 5], 1 + i % 3) for i in range(1, nm.capacity() + 4)]
    placed = nm.layout(people)
    beside = [p for p in placed.values() if p.beside]
    assert len(beside) == 3
    assert all(p.x > 1.0 for p in beside)
    for a, b in combinations(placed.values(), 2):
        assert not _boxes_overlap(a, b)


def test_a_stored_slot_that_no_longer_fits_its_cell_is_placed_again() -> None:
    people = [MapPerson(1, Role.NETWERK, Sector.FAMILIE, 1, slot=999), MapPerson(2, Role.NETWERK, Sector.FAMILIE, 1,
                                                                                slot=0)]
    placed = nm.layout(people)
    assert placed[2].slot is not None and placed[2].slot.index == 0
    assert placed[1].slot is not None and placed[1].slot.index == 1
    assert nm.stored_slots(people) == {1: 1, 2: 0}


@pytest.mark.parametrize("seed", range(10))
def test_labels_grow_into_free_room_and_still_overlap_nothing(seed: int) -> None:
    placed = nm.layout(_random_people(random.Random(seed), 40))
    widths = nm.label_widths(placed.values())
    assert all(nm.LABEL_WIDTH <= w <= nm.LABEL_WIDTH * nm.MAX_LABEL_GROWTH for w in widths.values())
    boxes = {pid: (p.x - nm.LABEL_WIDTH / 2, p.x - nm.LABEL_WIDTH / 2 + widths[pid], p.y) for pid, p in placed.items()}
    for (a, (a0, a1, ay)), (b, (b0, b1, by)) in combinations(boxes.items(), 2):
        if abs(ay - by) < nm.LABEL_HEIGHT:
            assert a1 <= b0 or b1 <= a0, (a, b)
    for pid, (_left, right, y) in boxes.items():  # grown, a label stays inside the circle
        assert widths[pid] == nm.LABEL_WIDTH or math.hypot(right, abs(y) + nm.LABEL_HEIGHT / 2) <= 1.0 + 1e-9
    # With room beside them, most names get more than their box.
    assert sum(w > nm.LABEL_WIDTH * 1.2 for w in widths.values()) >= 10
