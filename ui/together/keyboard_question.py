"""Right after a plan opens: who of this plan's people is at the keyboard?

A row in the bar above the plan, never a dialog in the way: the family can start typing at once, as "Gezin". The
choice is among the people of this plan only (its family members, its supporters and professionals), and the one
chosen last time for this plan is offered first. What is remembered is a number (who in which plan), never a name.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from models import Role
from ui.common.session_role import KEYBOARD_ROLES, SessionRole, person_label
from ui.common.settings import settings
from ui.common.theme import set_role
from wijkteam.services import FAMILY, Actor
from wijkteam.services.dto import ParticipantDoc, PlanDoc

# Stands for "the family together" in the list: no one person of the family in particular.
WHOLE_FAMILY = 0


class KeyboardQuestion(QFrame):
    """``Wie zit er aan het toetsenbord? [Ria (gezin) ▾] [Dat ben ik] [Niet nu]``."""

    answered = Signal()

    def __init__(self, session_role: SessionRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session_role = session_role
        self._plan_id: int | None = None
        self._people: dict[int, ParticipantDoc] = {}
        self._asking = False
        set_role(self, "hint")
        self.question_label = QLabel(self.tr("Wie zit er aan het toetsenbord?"))
        self.question_label.setWordWrap(True)  # two lines on a 1280x720 laptop, beside the buttons of the bar
        self.person_combo = QComboBox()
        self.person_combo.setAccessibleName(self.tr("Wie zit er aan het toetsenbord?"))
        # A long name does not push the buttons off a narrow window: the list that opens shows it whole.
        self.person_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person_combo.setMinimumContentsLength(14)
        self.question_label.setBuddy(self.person_combo)
        self.confirm_button = QPushButton(self.tr("&Ja, dat ben ik"))
        self.confirm_button.setToolTip(self.tr("Wat u verandert, komt op uw naam"))
        self.later_button = QPushButton(self.tr("Niet nu"))
        self.later_button.setToolTip(self.tr("U blijft aan het toetsenbord als gezin. Wisselen kan altijd."))
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.later_button.clicked.connect(self._on_later_button_clicked)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.question_label)
        layout.addWidget(self.person_combo)
        layout.addWidget(self.confirm_button)
        layout.addWidget(self.later_button)
        layout.addStretch(1)
        session_role.changed.connect(self._on_session_role_changed)
        self.hide()

    def ask(self, plan: PlanDoc) -> None:
        """Ask for ``plan`` when nobody in particular is at the keyboard yet; else there is nothing to ask."""
        self._plan_id = plan.id
        self._people = {p.id: p for p in plan.participants if p.role in KEYBOARD_ROLES}
        if not self._people or self._session_role.actor != FAMILY:
            self.hide()
            return
        combo = self.person_combo
        combo.clear()
        combo.addItem(self.tr("Het gezin samen"), WHOLE_FAMILY)
        # The family's own people first, then who helps: the laptop is theirs.
        ordered = sorted(self._people.values(), key=lambda p: (KEYBOARD_ROLES.index(p.role), p.name.casefold()))
        for person in ordered:
            organisation = person.organisation if person.role == Role.PROFESSIONAL else ""
            combo.addItem(person_label(person.name, person.role, organisation), person.id)
        last = settings.keyboard_person(plan.id)
        index = combo.findData(last) if last in self._people else -1
        combo.setCurrentIndex(max(index, 0))
        self.show()

    def _on_confirm_button_clicked(self) -> None:
        chosen = self.person_combo.currentData()
        plan_id = self._plan_id
        self._asking = True  # the role's change below is this answer, not someone else's switch
        try:
            person = self._people.get(chosen) if isinstance(chosen, int) else None
            if person is None:
                self._session_role.switch_to(Role.GEZIN, "")
            else:
                self._session_role.switch_to(person.role, person.name, person.organisation)
        finally:
            self._asking = False
        if plan_id is not None:
            settings.set_keyboard_person(plan_id, person.id if person is not None else WHOLE_FAMILY)
        self.hide()
        self.answered.emit()

    def _on_later_button_clicked(self) -> None:
        self.hide()
        self.answered.emit()

    def _on_session_role_changed(self, actor: Actor) -> None:
        if not self._asking and actor != FAMILY:
            self.hide()  # chosen through "Wisselen…": the question is answered
