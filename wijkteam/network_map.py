"""Where each person of the network stands on the network map (netwerkcirkel): a pure function, no Qt, no ReportLab.

The family (or the citizen) is the centre. Around it three rings of closeness (1 = heel dichtbij, inside) and five
sectors, clockwise from the top: gezin, familie, vrienden en buren, school en werk, professionals. Each (sector, ring)
is a *cell* with a fixed list of *slots*: points whose label boxes (``LABEL_WIDTH`` x ``LABEL_HEIGHT``) overlap no
other slot's box anywhere on the map, and stay inside the circle. A person takes one slot, so no two labels ever
overlap, whatever the number of people, up to the map's room (``capacity()``, far more than 40).

Stable: a person keeps the slot stored with them (``MapPerson.slot``). Moving one person gives that person a free slot
in the new cell (``free_slot``) and touches nobody else. People without a stored slot (added before the map, or
through the table) take the free slots of their cell in the order of their number, after everyone with a slot; the
services store those slots at the first change, so from then on nobody moves but the person moved.

A full cell does not overlap: its next person goes to the nearest free slot of the same sector (other rings first,
then the other sectors) and is marked ``crowded``; the map draws them as such, their words (name, sector, closeness)
stay true. Beyond the map's room people are listed beside it (``beside``), never drawn over someone else.

Coordinates are those of a screen: the centre at (0, 0), the outer ring at radius 1, x to the right, y downwards. A
renderer scales them (and flips y for paper, whose y goes up).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from models import Role, Sector

#: The sectors, clockwise from the top, each an equal part of the circle.
SECTORS: tuple[Sector, ...] = (Sector.GEZIN, Sector.FAMILIE, Sector.VRIENDEN_BUREN, Sector.SCHOOL_WERK,
                               Sector.PROFESSIONALS)
#: Radii: the centre (the family), then the outer edge of closeness 1, 2 and 3.
RINGS: tuple[float, float, float, float] = (0.13, 0.5, 0.76, 1.0)
CLOSENESS = (1, 2, 3)
#: The room of one person's mark and label, as a box centred on its slot (in units of the outer radius).
LABEL_WIDTH = 0.26
LABEL_HEIGHT = 0.07
#: How each sector's people are marked, on screen and on paper alike: told apart by shape, not only by colour.
MARKS: dict[Sector, str] = {Sector.GEZIN: "circle", Sector.FAMILIE: "square", Sector.VRIENDEN_BUREN: "triangle",
                            Sector.SCHOOL_WERK: "diamond", Sector.PROFESSIONALS: "cross"}
#: One letter per kind of support, after a person's name; the legend says what each means.
SUPPORT_LETTERS = {"praktisch": "P", "gezelschap": "G", "advies": "A", "emotioneel": "E"}
#: Space kept free between two boxes.
GAP = 0.01
_DEGREES = 360.0 / len(SECTORS)
#: Where the slots of one row of a cell are tried, as a part of the label's width (smaller: denser, slower).
_STEP = 0.2


@dataclass(frozen=True)
class Cell:
    sector: Sector
    closeness: int


@dataclass(frozen=True)
class Slot:
    cell: Cell
    index: int
    x: float
    y: float


@dataclass(frozen=True)
class MapPerson:
    """What the map needs of a person: sector and closeness as stored (a sector may be empty), and their slot."""

    id: int
    role: Role
    sector: str = ""
    closeness: int = 2
    slot: int | None = None


class Placed(Protocol):
    """A person as the services hold or hand them out (a table row or a ``ParticipantDoc``)."""

    @property
    def id(self) -> int | None: ...

    @property
    def role(self) -> str: ...

    @property
    def sector(self) -> str: ...

    @property
    def closeness(self) -> int: ...

    @property
    def map_slot(self) -> int | None: ...


def map_person(person: Placed) -> MapPerson:
    assert person.id is not None
    return MapPerson(person.id, Role(person.role), person.sector, person.closeness, person.map_slot)


@dataclass(frozen=True)
class Placement:
    person_id: int
    cell: Cell  # where the person belongs, as stored (or as their role suggests without a sector)
    slot: Slot | None  # None: no room left on the map, listed beside it
    crowded: bool = False  # drawn in another cell than their own, for lack of room there
    x: float = 0.0
    y: float = 0.0

    @property
    def beside(self) -> bool:
        return self.slot is None


def sector_span(sector: Sector) -> tuple[float, float]:
    """The sector's start and end angle in degrees, clockwise from the top (0 = up, 90 = right)."""
    start = SECTORS.index(sector) * _DEGREES
    return start, start + _DEGREES


def ring_span(closeness: int) -> tuple[float, float]:
    """Inner and outer radius of the ring of this closeness (1, 2 or 3)."""
    return RINGS[closeness - 1], RINGS[closeness]


def point(angle: float, radius: float) -> tuple[float, float]:
    """Screen coordinates of an angle (degrees clockwise from the top) at a radius."""
    rad = math.radians(angle)
    return radius * math.sin(rad), -radius * math.cos(rad)


def support_letters(support: Iterable[str], separator: str = " ") -> str:
    """``P A``: the letters of someone's kinds of support, in the legend's order."""
    given = set(support)
    return separator.join(letter for kind, letter in SUPPORT_LETTERS.items() if kind in given)


def cell_of(person: MapPerson) -> Cell:
    """The person's cell. Without a sector the role tells where they stand; closeness outside 1-3 counts as 2."""
    try:
        sector = Sector(person.sector)
    except ValueError:
        sector = {Role.GEZIN: Sector.GEZIN, Role.PROFESSIONAL: Sector.PROFESSIONALS}.get(person.role,
                                                                                       Sector.VRIENDEN_BUREN)
    closeness = person.closeness if person.closeness in CLOSENESS else 2
    return Cell(sector, closeness)


def cell_at(x: float, y: float) -> Cell | None:
    """The cell under a point of the map (a drop): the angle gives the sector, the distance the ring. None in the
    centre and outside the outer ring, where a dropped person stays where they were."""
    radius = math.hypot(x, y)
    if radius < RINGS[0] or radius > RINGS[-1]:
        return None
    angle = math.degrees(math.atan2(x, -y)) % 360.0
    sector = SECTORS[min(int(angle // _DEGREES), len(SECTORS) - 1)]
    closeness = next(c for c in CLOSENESS if radius <= RINGS[c])
    return Cell(sector, closeness)


def _overlaps(x: float, y: float, placed: Sequence[tuple[float, float]]) -> bool:
    return any(abs(px - x) < LABEL_WIDTH + GAP and abs(py - y) < LABEL_HEIGHT + GAP for px, py in placed)


def _inside_circle(x: float, y: float) -> bool:
    """The whole box inside the outer ring, and clear of the centre, where the family's name stands."""
    inside = all(math.hypot(x + dx, y + dy) <= RINGS[-1]
                 for dx in (-LABEL_WIDTH / 2, LABEL_WIDTH / 2) for dy in (-LABEL_HEIGHT / 2, LABEL_HEIGHT / 2))
    nearest_x = min(max(0.0, x - LABEL_WIDTH / 2), x + LABEL_WIDTH / 2)
    nearest_y = min(max(0.0, y - LABEL_HEIGHT / 2), y + LABEL_HEIGHT / 2)
    return inside and math.hypot(nearest_x, nearest_y) >= RINGS[0] + GAP


@functools.cache
def slots() -> dict[Cell, tuple[Slot, ...]]:
    """Every cell's slots, in the order they are given out: inner rows first, then clockwise along each row.

    Made once, in a fixed order (rings inside out, sectors clockwise), by trying points along rows inside each cell
    and keeping those whose box is clear of every box kept before: so no two slots of the whole map overlap.
    """
    placed: list[tuple[float, float]] = []
    table: dict[Cell, tuple[Slot, ...]] = {}
    for closeness in CLOSENESS:
        inner, outer = ring_span(closeness)
        rows = max(1, int((outer - inner) / (LABEL_HEIGHT + GAP)))
        for sector in SECTORS:
            cell = Cell(sector, closeness)
            start, end = sector_span(sector)
            found: list[Slot] = []
            for row in range(rows):
                radius = inner + (row + 0.5) * (outer - inner) / rows
                step = math.degrees(LABEL_WIDTH * _STEP / radius)
                angle = start + step
                while angle < end - step:
                    x, y = point(angle, radius)
                    if _inside_circle(x, y) and not _overlaps(x, y, placed):
                        placed.append((x, y))
                        found.append(Slot(cell, len(found), x, y))
                    angle += step
            table[cell] = tuple(found)
    return table


def capacity() -> int:
    """How many people the map holds without listing anyone beside it."""
    return sum(len(cell_slots) for cell_slots in slots().values())


def _search_order(cell: Cell) -> list[Cell]:
    """Where a person of a full cell goes: the same sector first (nearest ring first), then the sectors beside it."""
    order: list[Cell] = []
    start = SECTORS.index(cell.sector)
    for distance in range(len(SECTORS)):
        for turn in ((0,) if distance == 0 else (distance, -distance)):
            sector = SECTORS[(start + turn) % len(SECTORS)]
            rings = sorted(CLOSENESS, key=lambda c: (abs(c - cell.closeness), c))
            order += [Cell(sector, c) for c in rings if Cell(sector, c) not in order]
    return order


def layout(people: Iterable[MapPerson]) -> dict[int, Placement]:
    """Each person's place on the map, by their number."""
    table = slots()
    everyone = sorted(people, key=lambda p: p.id)
    taken: set[tuple[Cell, int]] = set()
    result: dict[int, Placement] = {}
    # First whoever has a slot of their own cell (the first by number, should two ever claim the same one).
    for person in everyone:
        cell = cell_of(person)
        cell_slots = table[cell]
        if person.slot is not None and 0 <= person.slot < len(cell_slots) and (cell, person.slot) not in taken:
            taken.add((cell, person.slot))
            slot = cell_slots[person.slot]
            result[person.id] = Placement(person.id, cell, slot, False, slot.x, slot.y)
    # Then the others, in the order of their number.
    beside = 0
    for person in everyone:
        if person.id in result:
            continue
        cell = cell_of(person)
        placement = None
        for candidate in _search_order(cell):
            index = _first_free(table[candidate], candidate, taken)
            if index is not None:
                taken.add((candidate, index))
                slot = table[candidate][index]
                placement = Placement(person.id, cell, slot, candidate != cell, slot.x, slot.y)
                break
        if placement is None:  # the map is full: in a list beside it, one under the other
            placement = Placement(person.id, cell, None, True, RINGS[-1] + 0.15 + LABEL_WIDTH / 2,
                                  -RINGS[-1] + beside * (LABEL_HEIGHT + GAP))
            beside += 1
        result[person.id] = placement
    return result


def _first_free(cell_slots: Sequence[Slot], cell: Cell, taken: set[tuple[Cell, int]]) -> int | None:
    return next((slot.index for slot in cell_slots if (cell, slot.index) not in taken), None)


def free_slot(people: Iterable[MapPerson], person_id: int, cell: Cell) -> int | None:
    """The slot ``person_id`` gets when moved to ``cell``: the first one nobody else stands on; None when the cell is
    full (the person is then placed as ``crowded``, see ``layout``)."""
    others = [p for p in people if p.id != person_id]
    taken = {(placement.slot.cell, placement.slot.index) for placement in layout(others).values()
             if placement.slot is not None}
    return _first_free(slots()[cell], cell, taken)


#: How far a label may grow to the right into free room, as a part of its box's width.
MAX_LABEL_GROWTH = 2.4


def label_widths(placements: Iterable[Placement]) -> dict[int, float]:
    """How wide each person's label may be drawn: its box, grown to the right into room nobody else uses (up to the
    next label on that height, the centre or the edge of the circle), so names are cut short less often. Boxes that
    grow this way still overlap nothing: each stops before whatever lies to its right."""
    placed = [p for p in placements if p.slot is not None]
    widths: dict[int, float] = {}
    for p in placed:
        left, top, bottom = p.x - LABEL_WIDTH / 2, p.y - LABEL_HEIGHT / 2, p.y + LABEL_HEIGHT / 2
        far = max(abs(top), abs(bottom))
        limit = math.sqrt(max(0.0, RINGS[-1] ** 2 - far**2))  # the circle's edge at this height
        near = min(abs(top), abs(bottom)) if top * bottom > 0 else 0.0
        if near < RINGS[0] and p.x < 0:  # left of the centre, on its height: up to the family's name
            limit = min(limit, -math.sqrt(RINGS[0] ** 2 - near**2) - GAP)
        for q in placed:
            if q is not p and abs(q.y - p.y) < LABEL_HEIGHT + GAP and q.x > p.x:
                limit = min(limit, q.x - LABEL_WIDTH / 2 - GAP)
        widths[p.person_id] = max(LABEL_WIDTH, min(limit - left, LABEL_WIDTH * MAX_LABEL_GROWTH))
    return widths


def is_free(others: Iterable[MapPerson], cell: Cell, index: int) -> bool:
    """Whether slot ``index`` of ``cell`` exists and nobody of ``others`` stands on it."""
    if not 0 <= index < len(slots()[cell]):
        return False
    return all(p.slot is None or (p.slot.cell, p.slot.index) != (cell, index) for p in layout(others).values())


def stored_slots(people: Iterable[MapPerson]) -> dict[int, int | None]:
    """The slot to store for each person so that the map stays as it is now: their slot when it is in their own cell,
    None for someone crowded elsewhere or beside the map (placed again at each look, after everyone else)."""
    return {pid: (p.slot.index if p.slot is not None and not p.crowded else None) for pid, p in layout(people).items()}
