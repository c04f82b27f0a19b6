"""The network map of "Ons netwerk": the map, a way to add someone, what the lines and marks mean, and the moves.

A move goes to the services as the person at the keyboard, through the plan's undo history ("Verplaatsen van Oma
Ria"), so Ctrl+Z puts the person back. The list of people under the map is the plain alternative with the same
edits: ``connect_people`` keeps the two in step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.common.session_role import SessionRole
from ui.common.theme import set_role
from ui.common.wording import fmt, word
from ui.people.network_map_view import NetworkMapView
from ui.people.person_chip import MARK_SYMBOLS, SUPPORT_LETTERS, PersonChip, person_words
from wijkteam import network_map as nm
from wijkteam import vocabulary
from wijkteam.errors import UserError
from wijkteam.services import Services

if TYPE_CHECKING:
    from ui.people.people_editor import PeopleEditor

#: The map's height, as a part of its width, and its limits in pixels: it fits the part and leaves the list in sight.
HEIGHT_PER_WIDTH = 0.78
MIN_HEIGHT, MAX_HEIGHT = 340, 660
#: At most this part of the window's height.
WINDOW_PART = 0.78


class MovePersonCommand(QUndoCommand):
    """A person moved on the map; undo puts them back in their group and ring, on the very place they stood (when
    nobody took it since), and redo on the place the move gave them."""

    def __init__(self, panel: NetworkMapPanel, services: Services, person_id: int, name: str,
                 old: tuple[str, int, int | None], new: tuple[str, int, int | None]) -> None:
        super().__init__(fmt(QCoreApplication.translate("NetworkMap", "Verplaatsen van %1"), name))
        self._panel, self._services, self._person_id = panel, services, person_id
        self._old, self._new = old, new

    def redo(self) -> None:
        slot = self._panel.place(self, self._services, self._person_id, *self._new)
        self._new = (*self._new[:2], slot)

    def undo(self) -> None:
        self._panel.place(self, self._services, self._person_id, *self._old)


class NetworkMapPanel(QWidget):
    changed = Signal()  # someone moved: the list and the other screens read again
    failed = Signal(str)  # the Dutch sentence of a refusal
    said = Signal(str)  # a calm sentence for the status line
    add_requested = Signal(object)  # the nm.Cell to put a new person in, or None
    edit_requested = Signal(int)
    chosen = Signal(int)

    def __init__(self, session_role: SessionRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session_role = session_role
        self._services: Services | None = None
        self._plan_id: int | None = None
        self._centre = ""
        self._read_only = False
        self._stack = QUndoStack(self)  # the plan's own history replaces it in the editor (``set_undo_stack``)

        self.heading = QLabel(self.tr("Netwerkcirkel"))
        set_role(self.heading, "heading")
        self.add_button = QPushButton(self.tr("Persoon toevoegen op de kaart"))
        self.add_button.setToolTip(self.tr("Of dubbelklik op een lege plek in de kaart"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.view = NetworkMapView()
        self.view.setMinimumHeight(MIN_HEIGHT)
        self.view.move_requested.connect(self.move_person)
        self.view.said.connect(self.said)
        self.view.edit_requested.connect(self._on_view_edit_requested)
        self.view.add_requested.connect(self._on_view_add_requested)
        self.view.chosen.connect(self.chosen)
        self.hint = QLabel()
        set_role(self.hint, "muted")
        self.hint.setWordWrap(True)
        self.legend = QLabel(legend_text())
        set_role(self.legend, "muted")
        self.legend.setWordWrap(True)
        for label in (self.heading, self.hint, self.legend):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # As tall as its lines at the width it gets: capped at its size hint (Maximum), a legend of five lines in
        # Polish at 200% text showed four. The map's view is of fixed height, so nothing stretches it either.
        self.legend.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.view)
        layout.addWidget(self.legend)
        self._update_state()

    # ------------------------------------------------------------------ public

    def set_plan(self, services: Services, plan_id: int, centre: str) -> None:
        self._services, self._plan_id, self._centre = services, plan_id, centre

    def set_undo_stack(self, stack: QUndoStack) -> None:
        self._stack = stack

    def reload(self) -> None:
        # Hidden, the map may still hold a plan opened before: it reads again when "Ons netwerk" opens.
        if self._services is None or self._plan_id is None or self.isHidden():
            return
        try:
            people = self._services.people.list_people(self._plan_id)
        except UserError as error:
            self.failed.emit(str(error))
            return
        self.view.show_people(people, self._centre)
        self._chain_chips()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_state()

    def focus_chain(self) -> list[QWidget]:
        return [self.add_button]  # the people follow it, in reading order (``_chain_chips``)

    def move_person(self, person_id: int, cell: nm.Cell) -> None:
        """Move someone to ``cell`` as the person at the keyboard, as one step of the plan's history."""
        if self._services is None or self._plan_id is None:
            return
        if not self._session_role.is_family:
            self.said.emit(self.tr("Alleen het gezin kan mensen verplaatsen."))
            self.view.show_people(self.view.people(), self._centre)
            return
        person = next((p for p in self.view.people() if p.id == person_id), None)
        if person is None:
            return
        # The place as it shows now (also for someone placed before the map kept places).
        shown = nm.stored_slots(nm.map_person(p) for p in self.view.people())[person_id]
        self._stack.push(MovePersonCommand(self, self._services, person_id, person.name,
                                           (person.sector, person.closeness, shown),
                                           (cell.sector.value, cell.closeness, None)))

    def place(self, command: QUndoCommand, services: Services, person_id: int, sector: str, closeness: int,
              slot: int | None = None) -> int | None:
        """Store a person's group and ring, on ``slot`` when it is free (a step of the history, done or undone),
        show the result, and return the place they got."""
        try:
            services.people.update_participant(person_id, self._session_role.actor, sector=sector,
                                               closeness=closeness, map_slot=slot)
        except UserError as error:
            command.setObsolete(True)  # the step leaves the history: it cannot be done now
            self.failed.emit(str(error))
            self.reload()
            return None
        self.reload()
        self.changed.emit()
        person = next((p for p in self.view.people() if p.id == person_id), None)
        if person is None:
            return None
        cell = self.view.cell_of(person_id)
        self.said.emit(fmt(self.tr("%1 staat nu bij %2, %3."), person.name,
                           word(vocabulary.SECTORS, cell.sector).lower(),
                           word(vocabulary.CLOSENESS, cell.closeness).lower()))
        return person.map_slot

    # ----------------------------------------------------------------- helpers

    def _chain_chips(self) -> None:
        # Tab goes from the button to each person in reading order, then on to the list under the map.
        chips = self.view.chips()
        after = self.add_button.nextInFocusChain()
        while isinstance(after, PersonChip) and after is not self.add_button:
            after = after.nextInFocusChain()
        previous: QWidget = self.add_button
        for chip in chips:
            QWidget.setTabOrder(previous, chip)
            previous = chip
        if chips and after is not None and after is not self.add_button:
            QWidget.setTabOrder(previous, after)

    def _update_state(self) -> None:
        movable = not self._read_only and self._session_role.is_family
        self.view.set_movable(movable)
        self.add_button.setEnabled(movable)
        self.hint.setText(
            self.tr("Sleep iemand naar een andere ring of groep. Of kies iemand en gebruik Ctrl en de pijltjes.")
            if movable else self.tr("U kunt de kaart bekijken. Alleen het gezin kan mensen verplaatsen."))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_height()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # As wide as the part, and not taller than most of the window: the whole map in sight at once.
        tallest = min(MAX_HEIGHT, max(MIN_HEIGHT, int(self.window().height() * WINDOW_PART)))
        height = min(max(int(self.width() * HEIGHT_PER_WIDTH), MIN_HEIGHT), tallest)
        if self.view.height() != height:
            self.view.setFixedHeight(height)

    # ------------------------------------------------------------------- slots

    def _on_add_button_clicked(self) -> None:
        if not self._read_only:
            self.add_requested.emit(None)

    def _on_view_add_requested(self, cell: nm.Cell | None) -> None:
        if not self._read_only:
            self.add_requested.emit(cell)

    def _on_view_edit_requested(self, person_id: int) -> None:
        if not self._read_only:
            self.edit_requested.emit(person_id)


def legend_text() -> str:
    """What the lines, marks and letters of the map mean, in words."""
    rings = fmt(QCoreApplication.translate("NetworkMap", "Dikke lijn: %1. Streepjes: %2. Puntjes: %3."),
                *(word(vocabulary.CLOSENESS, c).lower() for c in nm.CLOSENESS))
    marks = "   ".join(f"{MARK_SYMBOLS[s]} {word(vocabulary.SECTORS, s)}" for s in nm.SECTORS)
    letters = ", ".join(f"{letter} = {word(vocabulary.SUPPORT, kind).lower()}" for kind, letter in
                        SUPPORT_LETTERS.items())
    return f"{rings}\n{marks}\n{letters}"


def connect_people(panel: NetworkMapPanel, people: PeopleEditor) -> None:
    """The map and the list show the same people: a change in one shows in the other."""
    panel.changed.connect(people.reload)
    people.changed.connect(panel.reload)
    panel.add_requested.connect(people.add_person)
    panel.edit_requested.connect(people.edit_person)
    panel.chosen.connect(people.select_id)


__all__ = ["MovePersonCommand", "NetworkMapPanel", "connect_people", "legend_text", "person_words"]
