"""The network map in the window: the family in the centre, three rings of closeness, five groups around it, and each
person as a chip the family can drag to another ring or group, or move with Ctrl and the arrow keys.

Rings, lines and names are drawn in a QGraphicsScene from ``wijkteam.network_map.layout``, the one layout the PDF
draws as well. The people are real widgets on the view (``PersonChip``), not graphics items: a screen reader finds
only widgets, and only widgets take the keyboard. Told apart without colour, as on paper: the rings by their line
(solid, dashes, dots), the groups by their name and the shape of each mark.

The scene is in pixels, with the centre of the map at (0, 0): it is drawn again at each new size, so that text keeps
its own size in pixels and fits the boxes of the layout.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QTextOption,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
    QWidget,
)

from models import Sector
from ui.common.theme import FOCUS, HELP_BACKGROUND, MUTED, SURFACE, TEXT
from ui.common.wording import fmt, word
from ui.people.person_chip import MIN_LABEL_PIXELS, SUPPORT_LETTERS, PersonChip
from wijkteam import network_map as nm
from wijkteam import vocabulary
from wijkteam.services.dto import ParticipantDoc

#: The line of each ring: width in pixels and pen style.
RING_PENS = {1: (2.2, Qt.PenStyle.SolidLine), 2: (1.6, Qt.PenStyle.DashLine), 3: (2.0, Qt.PenStyle.DotLine)}
#: A soft tint per ring, from the theme's calm greens; the lines still tell them apart in grey.
RING_FILLS = {1: "#EAF2EE", 2: "#F3F7F5", 3: SURFACE}
CENTRE_FILL = "#D8E8E0"
SECTOR_LINE = "#B9B0A3"
#: Room between the circle and the names of the groups around it.
NAME_GAP = 8.0



class NetworkMapView(QGraphicsView):
    """The map of one plan's people. Moves are asked for (``move_requested``); the owner stores them and shows the
    people again with ``show_people``."""

    move_requested = Signal(int, object)  # person, the nm.Cell to move to
    said = Signal(str)  # a calm sentence for the status line (a move that cannot be made, and why)
    edit_requested = Signal(int)
    add_requested = Signal(object)  # the nm.Cell of an empty place double-clicked, or None
    chosen = Signal(int)
    invite_ticked = Signal(int, bool)  # person, invited: ticked on the map (``set_inviting``)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the people take the keyboard, not the picture
        self.setBackgroundBrush(QBrush(QColor(SURFACE)))
        self.setAccessibleName(QCoreApplication.translate("NetworkMap", "Netwerkcirkel"))
        self._people: list[ParticipantDoc] = []
        self._placements: dict[int, nm.Placement] = {}
        self._centre = ""
        self._movable = False
        self._inviting: bool | None = None  # None: the plain map; else whether the family may tick
        self._radius = 100.0
        self._name_width = 100.0
        self._chips: dict[int, PersonChip] = {}
        self._highlight: QGraphicsPathItem | None = None

    # ------------------------------------------------------------------ public

    def show_people(self, people: Sequence[ParticipantDoc], centre: str) -> None:
        self._people = list(people)
        self._centre = centre
        self._placements = nm.layout(nm.map_person(p) for p in self._people)
        ids = {p.id for p in self._people}
        for person_id in [i for i in self._chips if i not in ids]:
            self._chips.pop(person_id).deleteLater()
        for person in self._people:
            if person.id not in self._chips:
                self._chips[person.id] = self._new_chip(person.id)
        self._describe_chips()
        self._draw()

    def set_movable(self, movable: bool) -> None:
        self._movable = movable
        self._describe_chips()

    def set_inviting(self, can_tick: bool) -> None:
        """The map of "Wie nodigen we uit?": each person with a tick box; ``can_tick`` for the family only."""
        self._inviting = can_tick
        self._describe_chips()

    def people(self) -> list[ParticipantDoc]:
        return list(self._people)

    def chip(self, person_id: int) -> PersonChip:
        return self._chips[person_id]

    def chips(self) -> list[PersonChip]:
        """The people in reading order: group by group clockwise from the top, each from the inside out."""
        def order(person: ParticipantDoc) -> tuple[int, int, int, int]:
            placement = self._placements[person.id]
            index = placement.slot.index if placement.slot is not None and not placement.crowded else 10_000
            return nm.SECTORS.index(placement.cell.sector), placement.cell.closeness, index, person.id
        return [self._chips[p.id] for p in sorted(self._people, key=order)]

    def cell_of(self, person_id: int) -> nm.Cell:
        return self._placements[person_id].cell

    def scene_point(self, x: float, y: float) -> QPointF:
        """The point of the scene at map coordinates (the centre at 0, 0; the outer ring at radius 1)."""
        return QPointF(x * self._radius, y * self._radius)

    def drop_person(self, person_id: int, point: QPointF) -> None:
        """A person let go at ``point`` of the scene: moved to the cell there, if it is another one."""
        cell = nm.cell_at(point.x() / self._radius, point.y() / self._radius)
        self._show_highlight(None)
        if not self._movable or cell is None or person_id not in self._placements \
                or cell == self._placements[person_id].cell:
            self._place_chips()  # back where they stood
            return
        self.move_requested.emit(person_id, cell)

    def key_move(self, person_id: int, sector_step: int, ring_step: int) -> None:
        person = next((p for p in self._people if p.id == person_id), None)
        if person is None:
            return
        if not self._movable:
            self.said.emit(QCoreApplication.translate("NetworkMap", "Alleen het gezin kan mensen verplaatsen."))
            return
        cell = self._placements[person_id].cell
        closeness = cell.closeness + ring_step
        if closeness < 1:
            self.said.emit(fmt(QCoreApplication.translate("NetworkMap", "%1 staat al heel dichtbij."), person.name))
            return
        if closeness > 3:
            self.said.emit(fmt(QCoreApplication.translate("NetworkMap", "%1 staat al het verst weg."), person.name))
            return
        sector = nm.SECTORS[(nm.SECTORS.index(cell.sector) + sector_step) % len(nm.SECTORS)]
        self.move_requested.emit(person_id, nm.Cell(sector, closeness))

    # ----------------------------------------------------------------- drawing

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._draw()

    def _name_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(10, min(int(QFontMetricsF(self.font()).height() * 0.8), int(self._radius * 0.055))))
        return font

    def _fit_radius(self) -> None:
        size = self.viewport().size()
        self._radius = max(40.0, min(size.width(), size.height()) / 2 - 4)
        metrics = QFontMetricsF(self._name_font())
        names = [word(vocabulary.SECTORS, s) for s in nm.SECTORS]
        # A long name of a group wraps in two lines beside the circle; the room for it is kept on both sides.
        widest = max(max(metrics.horizontalAdvance(part) for part in name.split(" ")) for name in names)
        wrap = max(widest, metrics.horizontalAdvance(max(names, key=len)) * 0.6)
        side = wrap + NAME_GAP + 6
        below = 2 * metrics.lineSpacing() + NAME_GAP + 4
        self._radius = max(40.0, min(size.width() / 2 - side, size.height() / 2 - below))
        self._name_width = wrap

    def _draw(self) -> None:
        scene = self.scene()
        scene.clear()
        self._highlight = None
        self._fit_radius()
        size = self.viewport().size()
        scene.setSceneRect(QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height()))
        radius = self._radius
        for closeness in reversed(nm.CLOSENESS):
            outer = nm.ring_span(closeness)[1] * radius
            scene.addEllipse(QRectF(-outer, -outer, 2 * outer, 2 * outer), QPen(Qt.PenStyle.NoPen),
                             QBrush(QColor(RING_FILLS[closeness])))
        line = QPen(QColor(SECTOR_LINE), 1.0)
        for sector in nm.SECTORS:
            start, _end = nm.sector_span(sector)
            x0, y0 = nm.point(start, nm.RINGS[0])
            x1, y1 = nm.point(start, nm.RINGS[-1])
            scene.addLine(x0 * radius, y0 * radius, x1 * radius, y1 * radius, line)
        for closeness in nm.CLOSENESS:
            width, style = RING_PENS[closeness]
            pen = QPen(QColor(TEXT), width, style)
            outer = nm.ring_span(closeness)[1] * radius
            scene.addEllipse(QRectF(-outer, -outer, 2 * outer, 2 * outer), pen)
        inner = nm.RINGS[0] * radius
        scene.addEllipse(QRectF(-inner, -inner, 2 * inner, 2 * inner), QPen(QColor(TEXT), 2.2),
                         QBrush(QColor(CENTRE_FILL)))
        self._draw_centre(inner)
        for sector in nm.SECTORS:
            self._draw_sector_name(sector)
        self._place_chips()

    def _draw_centre(self, inner: float) -> None:
        if not self._centre:
            return
        item = QGraphicsTextItem()
        option = QTextOption(Qt.AlignmentFlag.AlignCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        item.document().setDefaultTextOption(option)
        item.document().setDocumentMargin(0)
        item.setDefaultTextColor(QColor(TEXT))
        width = inner * 1.8
        font = QFont(self.font())
        font.setBold(True)
        size = min(QFontMetricsF(font).height(), inner * 0.5)
        # The largest text with which the name (on two lines at most) stays inside the centre circle.
        while True:
            font.setPixelSize(max(1, int(size)))
            item.setFont(font)
            item.setPlainText(self._centre)
            item.setTextWidth(width)
            bounds = item.boundingRect()
            if bounds.height() <= inner * 1.5 or size <= MIN_LABEL_PIXELS:
                break
            size -= 0.5
        item.setPos(-width / 2, -bounds.height() / 2)
        self.scene().addItem(item)

    def _draw_sector_name(self, sector: Sector) -> None:
        start, end = nm.sector_span(sector)
        middle = (start + end) / 2
        item = QGraphicsTextItem()
        item.document().setDocumentMargin(0)
        item.setDefaultTextColor(QColor(MUTED))
        item.setFont(self._name_font())
        item.setPlainText(word(vocabulary.SECTORS, sector))
        if item.boundingRect().width() > self._name_width + 1:
            item.setTextWidth(self._name_width + 1)
        bounds = item.boundingRect()
        x, y = nm.point(middle, 1.0)
        px, py = x * (self._radius + NAME_GAP), y * (self._radius + NAME_GAP)
        sine, cosine = math.sin(math.radians(middle)), math.cos(math.radians(middle))
        # Beside the circle, on the side the group lies: to the right of a point on the right, under the bottom.
        left = px if sine > 0.3 else px - bounds.width() if sine < -0.3 else px - bounds.width() / 2
        top = py - bounds.height() / 2 if abs(cosine) < 0.95 else (py if cosine < 0 else py - bounds.height())
        item.setPos(left, top)
        self.scene().addItem(item)

    def _place_chips(self) -> None:
        radius = self._radius
        box = max(12, int(nm.LABEL_WIDTH * radius) - 2)
        height = max(8, int(nm.LABEL_HEIGHT * radius))
        widths = nm.label_widths(self._placements.values())  # grown into free room, so fewer names are cut short
        for person in self._people:
            chip = self._chips[person.id]
            placement = self._placements[person.id]
            if chip.is_dragged:
                continue
            if placement.beside:  # no room left on the map: the table beside it has every person
                chip.setVisible(False)
                continue
            centre = self.mapFromScene(QPointF(placement.x * radius, placement.y * radius))
            width = max(box, int(widths[person.id] * radius) - 2)
            chip.setGeometry(QRect(centre.x() - box // 2, centre.y() - height // 2, width, height))
            chip.setVisible(True)

    def _show_highlight(self, cell: nm.Cell | None) -> None:
        if self._highlight is not None:
            self.scene().removeItem(self._highlight)
            self._highlight = None
        if cell is None:
            return
        inner, outer = (r * self._radius for r in nm.ring_span(cell.closeness))
        start, end = nm.sector_span(cell.sector)
        path = QPainterPath()
        # Qt's angles run counter-clockwise from three o'clock; the map's clockwise from the top.
        box_outer = QRectF(-outer, -outer, 2 * outer, 2 * outer)
        box_inner = QRectF(-inner, -inner, 2 * inner, 2 * inner)
        path.arcMoveTo(box_outer, 90 - start)
        path.arcTo(box_outer, 90 - start, -(end - start))
        path.arcTo(box_inner, 90 - end, end - start)
        path.closeSubpath()
        pen = QPen(QColor(FOCUS), 2.5, Qt.PenStyle.DashLine)
        fill = QColor(HELP_BACKGROUND)
        fill.setAlpha(160)
        self._highlight = self.scene().addPath(path, pen, QBrush(fill))

    # ----------------------------------------------------------------- helpers

    def _new_chip(self, person_id: int) -> PersonChip:
        chip = PersonChip(person_id, self.viewport())
        chip.key_moved.connect(self.key_move)
        chip.stepped.connect(self._on_chip_stepped)
        chip.dragging.connect(self._on_chip_dragging)
        chip.dropped.connect(self._on_chip_dropped)
        chip.edit_requested.connect(self.edit_requested)
        chip.chosen.connect(self.chosen)
        chip.invite_ticked.connect(self.invite_ticked)
        chip.show()
        return chip

    def _describe_chips(self) -> None:
        how = (QCoreApplication.translate("NetworkMap", "Verplaats met Ctrl en de pijltjes. Enter: aanpassen.")
               if self._movable else "")
        for person in self._people:
            chip = self._chips[person.id]
            chip.movable = self._movable
            chip.setCursor(Qt.CursorShape.OpenHandCursor if self._movable else Qt.CursorShape.ArrowCursor)
            placement = self._placements.get(person.id)
            if placement is None:
                continue
            parts = []
            letters = [word(vocabulary.SUPPORT, kind).lower() for kind in SUPPORT_LETTERS if kind in person.support]
            if letters:
                parts.append(fmt(QCoreApplication.translate("NetworkMap", "Steun: %1."), ", ".join(letters)))
            if how:
                parts.append(how)
            if self._inviting is not None:
                parts.append(QCoreApplication.translate("NetworkMap", "Uitgenodigd.") if person.invited
                              else QCoreApplication.translate("NetworkMap", "Niet uitgenodigd."))
                if self._inviting:
                    parts.append(QCoreApplication.translate("NetworkMap", "Spatie: vinkje aan of uit."))
                chip.set_inviting(True, person.invited, self._inviting)
            chip.show_person(person, placement, " ".join(parts))

    def _on_chip_stepped(self, person_id: int, step: int) -> None:
        chips = self.chips()
        index = next((i for i, c in enumerate(chips) if c.person_id == person_id), -1)
        if chips and index >= 0:
            chips[(index + step) % len(chips)].setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_chip_dragging(self, _person_id: int, centre: QPoint) -> None:
        point = self.mapToScene(centre)
        self._show_highlight(nm.cell_at(point.x() / self._radius, point.y() / self._radius))

    def _on_chip_dropped(self, person_id: int, centre: QPoint) -> None:
        self.drop_person(person_id, self.mapToScene(centre))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if not self._movable:
            return
        point = self.mapToScene(event.position().toPoint())
        self.add_requested.emit(nm.cell_at(point.x() / self._radius, point.y() / self._radius))
