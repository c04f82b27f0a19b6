"""The network map on paper: vector lines and real text, from the one layout of ``wijkteam.network_map``.

Told apart in black and white: the rings by their line (heel dichtbij solid, dichtbij dashed, wat verder weg dotted),
the sectors by their name and by the shape of each mark (circle, square, triangle, diamond, cross). The names are
text in the PDF (found by search and by a screen reader), with the kinds of support as letters after them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from models import Sector
from wijkteam import network_map as nm
from wijkteam import vocabulary
from wijkteam.i18n import QT_TRANSLATE_NOOP
from wijkteam.network_map import map_person
from wijkteam.pdf.styles import BODY_WIDTH, INK, MUTED, RULE
from wijkteam.pdf.words import choice, fill, word
from wijkteam.pdf.writer import PlanWriter
from wijkteam.services.dto import ParticipantDoc

#: The line of each ring: width and dash pattern (empty: solid).
RING_LINES: dict[int, tuple[float, tuple[float, ...]]] = {1: (1.2, ()), 2: (0.9, (4, 2)), 3: (0.9, (1, 2))}
MARKS = nm.MARKS  # drawn in black on white
SUPPORT_LETTERS = nm.SUPPORT_LETTERS
MARK_SIZE = 5.0
LABEL_FONT_SIZE = 7.0
#: The smallest the map is drawn, to stay on the page of its heading; smaller, it goes to the next page whole.
SMALLEST = 105 * mm
#: Type sizes a label may shrink to, to stay in its box.
LABEL_SIZES = (7.0, 6.5, 6.0, 5.5, 5.0)


class NetworkMap(Flowable):
    """The whole map, ``diameter`` wide, with the family's name in the centre."""

    def __init__(self, w: PlanWriter, people: Sequence[ParticipantDoc], centre: str, diameter: float,
                 reserve: float = 0) -> None:
        super().__init__()
        self.reserve = reserve  # room kept under the map on its page, for its legend
        self.w = w
        self.people = list(people)
        self.centre = centre
        self.full_radius = self.radius = diameter / 2
        self.placements = nm.layout(map_person(p) for p in self.people)
        base = w.s.cell
        self.label_style = ParagraphStyle("map-label", parent=base, fontSize=LABEL_FONT_SIZE,
                                          leading=LABEL_FONT_SIZE + 1.2, spaceBefore=0, spaceAfter=0)
        self.sector_style = ParagraphStyle("map-sector", parent=base, fontSize=8, leading=9.5, textColor=MUTED)
        self.margin = 9 * mm  # room for the sector names around the circle

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """As large as it was asked for; smaller, down to ``SMALLEST``, where that keeps it and its legend on this
        page under its heading (the layout is the same at any size; the labels keep to their boxes)."""
        self.width = avail_width
        room = (avail_height - self.reserve) / 2 - self.margin
        self.radius = self.full_radius if room >= self.full_radius or room < SMALLEST / 2 else room
        self.height = 2 * (self.radius + self.margin)
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        cx, cy = self.width / 2, self.height / 2
        r = self.radius
        canvas.saveState()
        canvas.setStrokeColor(INK)
        for closeness in nm.CLOSENESS:
            width, dash = RING_LINES[closeness]
            canvas.setLineWidth(width)
            canvas.setDash(list(dash) if dash else [])
            canvas.circle(cx, cy, nm.ring_span(closeness)[1] * r, stroke=1, fill=0)
        canvas.setDash([])
        canvas.setLineWidth(0.6)
        canvas.setStrokeColor(RULE)
        for sector in nm.SECTORS:
            start, _end = nm.sector_span(sector)
            x0, y0 = nm.point(start, nm.RINGS[0])
            x1, y1 = nm.point(start, nm.RINGS[-1])
            canvas.line(cx + x0 * r, cy - y0 * r, cx + x1 * r, cy - y1 * r)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.2)
        canvas.circle(cx, cy, nm.RINGS[0] * r, stroke=1, fill=0)
        for sector in nm.SECTORS:
            self._sector_name(canvas, sector, cx, cy)
        self._label(self.w.text(self.centre, self._centred())[0], cx, cy, nm.RINGS[0] * r * 1.7)
        widths = nm.label_widths(self.placements.values())
        for person in self.people:
            placement = self.placements[person.id]
            if placement.slot is None:
                continue
            x, y = cx + placement.x * r, cy - placement.y * r
            self._mark(canvas, placement.cell.sector, x - nm.LABEL_WIDTH * r / 2 + MARK_SIZE, y,
                       dashed=placement.crowded)
            name = self.w.name(person)
            letters = nm.support_letters(person.support)
            text = f"{name} ({letters})" if letters else name
            left = x - nm.LABEL_WIDTH * r / 2 + 2.5 * MARK_SIZE  # after the mark
            width = widths[person.id] * r - 2.5 * MARK_SIZE
            flow = self._fitted(text, width, nm.LABEL_HEIGHT * r)
            self._label(flow, left + width / 2, y, width)
        canvas.restoreState()

    # ------------------------------------------------------------------ parts

    def _centred(self) -> ParagraphStyle:
        return ParagraphStyle("map-centre", parent=self.label_style, alignment=1, fontSize=8, leading=9.5)

    def _fitted(self, text: str, width: float, height: float) -> Flowable:
        """The label in the largest type that keeps it inside its box (two lines at most, as a rule)."""
        flow: Flowable | None = None
        for size in LABEL_SIZES:
            style = ParagraphStyle(f"map-label-{size}", parent=self.label_style, fontSize=size, leading=size + 1)
            flow = self.w.text(text, style, align_rtl=False)[0]
            if flow.wrap(width, height)[1] <= height:
                break
        assert flow is not None
        return flow

    def _label(self, flow: Flowable, x: float, y: float, width: float, *, centred: bool = False) -> None:
        _w, h = flow.wrap(width, 40)
        flow.drawOn(self.canv, x - width / 2, y - h / 2)

    def _sector_name(self, canvas: Canvas, sector: Sector, cx: float, cy: float) -> None:
        start, end = nm.sector_span(sector)
        x, y = nm.point((start + end) / 2, nm.RINGS[-1])
        flow = self.w.say(choice(vocabulary.SECTORS[sector]), self.sector_style)
        width = 22 * mm
        _w, h = flow.wrap(width, 30)
        px, py = cx + x * self.radius, cy - y * self.radius
        # Outside the circle, on the side the sector lies: to the left of a point on the left, and so on.
        angle = math.radians((start + end) / 2)
        px += math.sin(angle) * 8 - (width if math.sin(angle) < -0.3 else width / 2 if abs(math.sin(angle)) <= 0.3
                                     else 0)
        py += math.cos(angle) * 8 - (0 if math.cos(angle) > 0.3 else h)
        flow.drawOn(canvas, px, py)

    @staticmethod
    def _mark(canvas: Canvas, sector: Sector, x: float, y: float, *, dashed: bool) -> None:
        size = MARK_SIZE / 2
        canvas.saveState()
        canvas.setLineWidth(0.9)
        canvas.setDash([1.2, 1.2] if dashed else [])
        canvas.setFillColor("white")
        shape = MARKS[sector]
        if shape == "circle":
            canvas.circle(x, y, size, stroke=1, fill=1)
        elif shape == "square":
            canvas.rect(x - size, y - size, 2 * size, 2 * size, stroke=1, fill=1)
        else:
            path = canvas.beginPath()
            points: list[tuple[float, float]]
            if shape == "triangle":
                points = [(x, y + size * 1.2), (x + size * 1.1, y - size * 0.9), (x - size * 1.1, y - size * 0.9)]
            elif shape == "diamond":
                points = [(x, y + size * 1.3), (x + size * 1.1, y), (x, y - size * 1.3), (x - size * 1.1, y)]
            else:  # a cross: two bars
                t = size * 0.45
                points = [(x - t, y + size), (x + t, y + size), (x + t, y + t), (x + size, y + t), (x + size, y - t),
                          (x + t, y - t), (x + t, y - size), (x - t, y - size), (x - t, y - t), (x - size, y - t),
                          (x - size, y + t), (x - t, y + t)]
            path.moveTo(*points[0])
            for point in points[1:]:
                path.lineTo(*point)
            path.close()
            canvas.drawPath(path, stroke=1, fill=1)
        canvas.restoreState()


#: What each ring's line and each sector's mark look like, in words for the legend.
LINE_WORDS = {1: QT_TRANSLATE_NOOP("Pdf", "dikke lijn"), 2: QT_TRANSLATE_NOOP("Pdf", "streepjes"),
              3: QT_TRANSLATE_NOOP("Pdf", "puntjes")}
SHAPE_WORDS = {"circle": QT_TRANSLATE_NOOP("Pdf", "rondje"), "square": QT_TRANSLATE_NOOP("Pdf", "vierkant"),
               "triangle": QT_TRANSLATE_NOOP("Pdf", "driehoek"), "diamond": QT_TRANSLATE_NOOP("Pdf", "ruit"),
               "cross": QT_TRANSLATE_NOOP("Pdf", "kruis")}


def legend(w: PlanWriter) -> list[Flowable]:
    """Under the map: what the lines, the marks and the letters mean."""
    rings = "; ".join(f"{choice(vocabulary.CLOSENESS[c])}: {word(LINE_WORDS[c])}" for c in nm.CLOSENESS)
    marks = "; ".join(f"{choice(vocabulary.SECTORS[s])}: {word(SHAPE_WORDS[MARKS[s]])}" for s in nm.SECTORS)
    letters = ", ".join(f"{letter} = {choice(vocabulary.SUPPORT[kind]).lower()}"
                        for kind, letter in SUPPORT_LETTERS.items())
    return [w.say(f"{rings}.", w.s.empty), w.say(f"{marks}.", w.s.empty), w.say(f"{letters}.", w.s.empty)]


def network_map(w: PlanWriter, people: Sequence[ParticipantDoc], centre: str) -> list[Any]:
    """The map and its legend; nothing without people. Someone the map has no room for is named under it."""
    if not people:
        return []
    key = legend(w)
    below = sum(p.wrap(BODY_WIDTH, 1000 * mm)[1] + p.getSpaceBefore() + p.getSpaceAfter() for p in key)
    flow = NetworkMap(w, people, centre, diameter=BODY_WIDTH - 30 * mm, reserve=below)
    out: list[Any] = [flow, *key]
    beside = [p for p in people if flow.placements[p.id].beside]
    if beside:
        names = ", ".join(w.name(p) for p in beside)
        out += w.text(fill(QT_TRANSLATE_NOOP("Pdf", "Geen plek meer op de kaart: %1."), names), w.s.empty)
    return out
