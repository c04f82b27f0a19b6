"""Drie Huizen on paper: per child the houses they share, each a simple house in vector lines with the child's own
words written in it; a drawing is scaled into the house and the words go under it, as do words too long for a house.
A house the child keeps back is not in ``PlanDoc.child_houses`` (``services.houses``), so it cannot be printed; the
page does not even say that one is missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from itertools import groupby
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from models import HouseKind
from wijkteam import drawings
from wijkteam.errors import UserError
from wijkteam.i18n import QT_TRANSLATE_NOOP
from wijkteam.pdf.styles import BODY_WIDTH, INK, MUTED, SHADE
from wijkteam.pdf.words import fill, word
from wijkteam.pdf.writer import PlanWriter
from wijkteam.services.dto import ChildHouseDoc

HOUSE_NAMES = {
    HouseKind.ZORGEN: QT_TRANSLATE_NOOP("Pdf", "Huis van zorgen"),
    HouseKind.GOEDE_DINGEN: QT_TRANSLATE_NOOP("Pdf", "Huis van goede dingen"),
    HouseKind.DROMEN: QT_TRANSLATE_NOOP("Pdf", "Huis van dromen"),
}
GAP = 5 * mm
COLUMN = (BODY_WIDTH - 2 * GAP) / 3
ROOF = 10 * mm
#: The walls around a drawing; around words only, as high as the words need, from ``LOW_WALLS`` to ``HIGH_WALLS``.
WALLS = 30 * mm
LOW_WALLS = 14 * mm
HIGH_WALLS = 60 * mm
INSET = 3 * mm
PADDING = 2 * mm
#: Words longer than this print under the houses across the page, so a long story can run over a page.
SHORT_WORDS = 600


class HouseDrawing(Flowable):
    """One house: a roof with its name, walls with the child's drawing or words in them."""

    def __init__(self, w: PlanWriter, house: ChildHouseDoc, width: float, words: list[Flowable]) -> None:
        super().__init__()
        self.w = w
        self.house = house
        self.width = width
        self.words = words  # drawn inside the walls
        self.walls = WALLS
        self.lowest = LOW_WALLS  # the houses of one child stand equally high
        self.label_style = ParagraphStyle("house-label", parent=w.s.cell, fontSize=8, leading=9.5, alignment=1,
                                          textColor=INK, spaceBefore=0, spaceAfter=0)

    def words_height(self) -> float:
        inner = self.width - 2 * (INSET + PADDING)
        return sum(flow.wrap(inner, HIGH_WALLS)[1] for flow in self.words)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if not self.house.drawing:
            self.walls = min(HIGH_WALLS, max(self.lowest, self.words_height() + 2 * PADDING))
        self.height = ROOF + self.walls
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        width, walls = self.width, self.walls
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.1)
        canvas.setLineJoin(1)
        roof = canvas.beginPath()
        roof.moveTo(0, walls)
        roof.lineTo(width / 2, walls + ROOF)
        roof.lineTo(width, walls)
        roof.close()
        canvas.setFillColor(SHADE)
        canvas.drawPath(roof, stroke=1, fill=1)
        inset = INSET
        canvas.rect(inset, 0, width - 2 * inset, walls, stroke=1, fill=0)
        label = self.w.say(word(HOUSE_NAMES[self.house.kind]), self.label_style)
        label_width = width * 0.7
        _w, h = label.wrap(label_width, ROOF)
        label.drawOn(canvas, (width - label_width) / 2, walls + 0.8 * mm)
        if not self._picture(canvas, inset + 1.5 * mm, 1.5 * mm, width - 2 * inset - 3 * mm, walls - 3 * mm):
            top = walls - PADDING
            inner = width - 2 * (inset + PADDING)
            for flow in self.words:
                _w, h = flow.wrap(inner, HIGH_WALLS)
                top -= h
                flow.drawOn(canvas, inset + PADDING, top)
            if not self.words:
                canvas.setStrokeColor(MUTED)
                canvas.setLineWidth(0.8)
                canvas.rect(width / 2 - 3 * mm, 0, 6 * mm, 9 * mm, stroke=1, fill=0)  # a door: the house is empty
        canvas.restoreState()

    def _picture(self, canvas: Canvas, x: float, y: float, width: float, height: float) -> bool:
        data = self.house.drawing
        if not data:
            return False
        try:
            drawings.check_drawing(data)
            pixels_wide, pixels_high = drawings.size_of(data)
        except UserError:
            return False  # the services never store such a drawing; a house without it still prints
        scale = min(width / pixels_wide, height / pixels_high)
        shown_w, shown_h = pixels_wide * scale, pixels_high * scale
        canvas.drawImage(ImageReader(BytesIO(data)), x + (width - shown_w) / 2, y + (height - shown_h) / 2,
                         shown_w, shown_h, mask="auto")
        return True


def child_houses(w: PlanWriter, houses: Sequence[ChildHouseDoc]) -> list[Any]:
    """Per child a name, then their shared houses side by side, each with the child's words under it."""
    out: list[Any] = []
    if not houses:
        return out
    name_style = ParagraphStyle("house-child", parent=w.s.body, fontName=w.s.cell.fontName, spaceBefore=4,
                                spaceAfter=3)
    for _child, group in groupby(houses, key=lambda h: h.participant_id):
        row = list(group)
        title = w.text(fill(QT_TRANSLATE_NOOP("Pdf", "De huizen van %1"), w.shown_name(row[0].child_name)),
                       name_style)
        long_words = any(len(h.text) > SHORT_WORDS for h in row)
        cells: list[list[Any]] = []
        for house in row:
            words = w.text(house.text, w.s.cell) if house.text.strip() and not long_words else []
            inside = HouseDrawing(w, house, COLUMN, [] if house.drawing else words)
            if inside.words and inside.words_height() + 2 * PADDING > HIGH_WALLS:
                inside = HouseDrawing(w, house, COLUMN, [])
            cell: list[Any] = [inside]
            if not inside.words:
                cell += words
            cells.append(cell)
        houses_drawn = [cell[0] for cell in cells]
        lowest = max(house.wrap(COLUMN, HIGH_WALLS + ROOF)[1] - ROOF for house in houses_drawn)
        for drawn in houses_drawn:
            drawn.lowest = lowest
        while len(cells) < 3:
            cells.append([])
        table = Table([cells], colWidths=[COLUMN + GAP, COLUMN + GAP, COLUMN], hAlign="LEFT")
        table.setStyle(TableStyle([
            # A table's cells start in Helvetica, a font reference that is never embedded, unless told otherwise.
            ("FONTNAME", (0, 0), (-1, -1), w.s.cell.fontName),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (1, -1), GAP),
            ("RIGHTPADDING", (2, 0), (2, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        out.append(KeepTogether([*title, table]))
        if long_words:
            for house in row:
                if house.text.strip():
                    out.append(w.say(word(HOUSE_NAMES[house.kind]), w.s.cell))
                    out += w.text(house.text, w.s.body)
    return out
