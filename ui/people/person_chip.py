"""One person on the network map as a real widget: a screen reader finds only widgets, and only widgets take the
keyboard. It draws the person's mark (the shape of their group, as in the PDF), their name and their kinds of support,
inside the box the layout gives them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from models import Sector
from ui.common.theme import BORDER, FOCUS, HELP_BACKGROUND, MUTED, SURFACE, TEXT
from ui.common.wording import fmt, word
from wijkteam import network_map as nm
from wijkteam import vocabulary
from wijkteam.services.dto import ParticipantDoc

MARKS = nm.MARKS  # the same shapes as on paper
#: The same shapes as letters, for the legend under the map.
MARK_SYMBOLS: dict[Sector, str] = {Sector.GEZIN: "●", Sector.FAMILIE: "■", Sector.VRIENDEN_BUREN: "▲",
                                   Sector.SCHOOL_WERK: "◆", Sector.PROFESSIONALS: "✚"}
SUPPORT_LETTERS = nm.SUPPORT_LETTERS
#: The smallest text a label shrinks to before it is cut off with "…".
MIN_LABEL_PIXELS = 9.0

def person_words(person: ParticipantDoc, cell: nm.Cell) -> str:
    """What a screen reader says of a person: ``Oma Ria, familie, heel dichtbij``."""
    return fmt(QCoreApplication.translate("NetworkMap", "%1, %2, %3"), person.name,
               word(vocabulary.SECTORS, cell.sector).lower(), word(vocabulary.CLOSENESS, cell.closeness).lower())


def fitted_font(base: QFont, height: float, start: float | None = None) -> QFont:
    """``base`` at the largest size (at most ``start`` pixels) whose line fits ``height`` pixels."""
    font = QFont(base)
    size = start if start is not None else QFontMetricsF(base).height()
    font.setPixelSize(max(1, int(size)))
    while size > MIN_LABEL_PIXELS and QFontMetricsF(font).height() > height:
        size -= 0.5
        font.setPixelSize(max(1, int(size)))
    return font


def draw_mark(painter: QPainter, shape: str, centre: QPointF, size: float) -> None:
    """One mark, ``size`` pixels across, in the painter's pen and brush."""
    half = size / 2
    x, y = centre.x(), centre.y()
    if shape == "circle":
        painter.drawEllipse(centre, half, half)
    elif shape == "square":
        painter.drawRect(QRectF(x - half * 0.9, y - half * 0.9, half * 1.8, half * 1.8))
    elif shape == "triangle":
        painter.drawPolygon(QPolygonF([QPointF(x, y - half), QPointF(x + half, y + half * 0.8),
                                       QPointF(x - half, y + half * 0.8)]))
    elif shape == "diamond":
        painter.drawPolygon(QPolygonF([QPointF(x, y - half * 1.1), QPointF(x + half, y), QPointF(x, y + half * 1.1),
                                       QPointF(x - half, y)]))
    else:  # a cross: two bars
        t = half * 0.38
        points = [(-t, -half), (t, -half), (t, -t), (half, -t), (half, t), (t, t), (t, half), (-t, half), (-t, t),
                  (-half, t), (-half, -t), (-t, -t)]
        painter.drawPolygon(QPolygonF([QPointF(x + dx, y + dy) for dx, dy in points]))


class PersonChip(QAbstractButton):
    """One person on the map: their mark, their name (smaller or cut off to stay in their box) and their support.

    A button to a screen reader, with the person's name, group and ring as its name. The family drags it with the
    mouse, or moves it with Ctrl and the arrow keys; the plain arrow keys go to the next or previous person.
    """

    key_moved = Signal(int, int, int)  # person, step of group (-1, 0, 1), step of ring (-1 closer, 1 further)
    stepped = Signal(int, int)  # person, -1 or 1: the arrow keys go to the previous or next person
    dragging = Signal(int, QPoint)  # person, the chip's centre on the map while it is dragged
    dropped = Signal(int, QPoint)  # person, where the chip's centre was let go
    edit_requested = Signal(int)
    chosen = Signal(int)
    invite_ticked = Signal(int, bool)  # person, invited: ticked on the map by the family (``set_inviting``)

    def __init__(self, person_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.person_id = person_id
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.movable = False
        self._shape = "circle"
        self._crowded = False
        self._name = ""
        self._letters = ""
        self._invited = False
        self._press: QPoint | None = None
        self._home: QPoint | None = None  # where the chip stood when a drag began
        self.inviting = False  # the map of "Wie nodigen we uit?": a tick box instead of the support letters
        self.clicked.connect(self._on_clicked)

    def set_inviting(self, inviting: bool, invited: bool, can_tick: bool) -> None:
        """Show the tick of whom the family invites; ``can_tick``: a click, Space or Enter ticks or unticks."""
        self.inviting = inviting
        self.setCheckable(inviting and can_tick)
        self.setChecked(inviting and invited)
        self._invited = invited
        self.update()

    def show_person(self, person: ParticipantDoc, placement: nm.Placement, description: str) -> None:
        self._shape = MARKS[placement.cell.sector]
        self._crowded = placement.crowded
        self._name = person.name
        self._letters = nm.support_letters(person.support, "\u2009")  # a thin space: the letters stay together
        words = person_words(person, placement.cell)
        self.setText(person.name)
        self.setAccessibleName(words)
        self.setAccessibleDescription(description)
        tip = words if not self._letters else fmt(QCoreApplication.translate("NetworkMap", "%1 (%2)"), words,
                                                  ", ".join(word(vocabulary.SUPPORT, kind).lower()
                                                            for kind in SUPPORT_LETTERS if kind in person.support))
        self.setToolTip(tip)
        self.update()

    @property
    def is_dragged(self) -> bool:
        return self._home is not None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.size()

    # ------------------------------------------------------------------ drawing

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        focused = self.hasFocus()
        ticked = self.inviting and self._invited
        painter.setPen(QPen(QColor(FOCUS if focused or ticked else BORDER), 2.5 if focused or ticked else 1.0))
        painter.setBrush(QColor(HELP_BACKGROUND if ticked else SURFACE))
        painter.drawRoundedRect(box, 4, 4)
        height = box.height()
        mark_size = max(5.0, min(height * 0.55, 14.0))
        pen = QPen(QColor(TEXT), 1.3)
        if self._crowded:  # drawn in another group than their own, for lack of room there
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(QColor(SURFACE))
        draw_mark(painter, self._shape, QPointF(box.left() + 3 + mark_size / 2, box.center().y()), mark_size)
        text_left = box.left() + mark_size + 6
        right = box.right()
        if self.inviting:  # a tick box at the end, in place of the support letters
            side = mark_size
            tick_box = QRectF(right - 3 - side, box.center().y() - side / 2, side, side)
            painter.setPen(QPen(QColor(TEXT), 1.3))
            painter.setBrush(QColor(SURFACE))
            painter.drawRect(tick_box)
            if self._invited:
                painter.setPen(QPen(QColor(FOCUS), 2.2))
                painter.drawPolyline(QPolygonF([
                    QPointF(tick_box.left() + side * 0.2, tick_box.top() + side * 0.55),
                    QPointF(tick_box.left() + side * 0.42, tick_box.top() + side * 0.78),
                    QPointF(tick_box.left() + side * 0.82, tick_box.top() + side * 0.24)]))
            right = tick_box.left() - 2
        font, room, letters = self._fit_text(right - 3 - text_left, height - 1,
                                             "" if self.inviting else self._letters)
        if letters and room < QFontMetricsF(font).horizontalAdvance("Mmm"):
            # A small map: the name goes first; the letters are in the tooltip and what a screen reader says.
            font, room, letters = self._fit_text(right - 3 - text_left, height - 1, "")
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        name = metrics.elidedText(self._name, Qt.TextElideMode.ElideRight, max(room, 0.0))
        painter.setPen(QColor(TEXT))
        painter.drawText(QRectF(text_left, box.top(), max(room, 0.0), height),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
        if letters:
            letters_width = box.right() - 3 - text_left - room
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(box.right() - 3 - letters_width, box.top(), letters_width, height),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), letters)
        painter.end()

    def _fit_text(self, width: float, height: float, letters: str) -> tuple[QFont, float, str]:
        """The font, and the room left for the name beside the letters: a long name first gets smaller text (to
        about two thirds), and only then is cut off with "…"."""
        font = fitted_font(self.font(), height)
        smallest = max(MIN_LABEL_PIXELS, font.pixelSize() * 0.66)
        while True:
            metrics = QFontMetricsF(font)
            room = width - (metrics.horizontalAdvance(letters) + 4 if letters else 0.0)
            if metrics.horizontalAdvance(self._name) <= room or font.pixelSize() <= smallest:
                return font, room, letters
            font.setPixelSize(font.pixelSize() - 1)

    # -------------------------------------------------------------- mouse, keys

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.chosen.emit(self.person_id)
        self._press = event.position().toPoint()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is None or not self.movable:
            return
        here = event.position().toPoint()
        if self._home is None:
            if (here - self._press).manhattanLength() < QApplication.startDragDistance():
                return
            self._home = self.pos()
            self.raise_()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.move(self.mapToParent(here - self._press))
        self.dragging.emit(self.person_id, self.geometry().center())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pressed, self._press = self._press, None
        if self._home is None:
            if pressed is not None and self.isCheckable() and self.rect().contains(event.position().toPoint()):
                self.click()  # ticks or unticks whom the family invites
            event.accept()
            return
        self._home = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.dropped.emit(self.person_id, self.geometry().center())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if not self.inviting:
            self.edit_requested.emit(self.person_id)
        event.accept()

    def _on_clicked(self, checked: bool) -> None:
        if self.isCheckable():
            self._invited = checked
            self.invite_ticked.emit(self.person_id, checked)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if self._home is not None and key == Qt.Key.Key_Escape:  # a drag given up: back to where they stood
            self.move(self._home)
            self._home = self._press = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if key in steps:
            sector_step, ring_step = steps[Qt.Key(key)]
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.key_moved.emit(self.person_id, sector_step, ring_step)
            else:
                self.stepped.emit(self.person_id, 1 if sector_step + ring_step > 0 else -1)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and not event.modifiers():
            if self.isCheckable():
                self.click()
            elif not self.inviting:
                self.edit_requested.emit(self.person_id)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        event.accept()  # Space opens the person in keyPressEvent; the button's own release would click as well
