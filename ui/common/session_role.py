"""Who is at the keyboard now: the family, the peer supporter or a professional, with their name.

One ``SessionRole`` lives as long as the main window and is handed to every view that calls a service, so each call
carries the person really at the keyboard. The app always starts in the family's role: the laptop is theirs.
Switching is a deliberate act through ``RoleDialog``; the names typed there are remembered for the next time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from models import Role
from ui.common.settings import settings
from ui.common.wording import fmt
from wijkteam.services import FAMILY, Actor

#: The roles someone can take at the keyboard. The network speaks through the family, so it has no role of its own.
KEYBOARD_ROLES = (Role.GEZIN, Role.ONDERSTEUNER, Role.PROFESSIONAL)


def role_name(role: Role) -> str:
    """The role as a word inside a sentence: ``gezin``, ``ondersteuner``, ``professional``."""
    return {
        Role.GEZIN: QCoreApplication.translate("SessionRole", "gezin"),
        Role.NETWERK: QCoreApplication.translate("SessionRole", "netwerk"),
        Role.ONDERSTEUNER: QCoreApplication.translate("SessionRole", "ondersteuner"),
        Role.PROFESSIONAL: QCoreApplication.translate("SessionRole", "professional"),
    }[role]


def role_title(role: Role) -> str:
    """The role as a choice: ``Gezin``, ``Ondersteuner``, ``Professional``."""
    return {
        Role.GEZIN: QCoreApplication.translate("SessionRole", "Gezin"),
        Role.NETWERK: QCoreApplication.translate("SessionRole", "Netwerk"),
        Role.ONDERSTEUNER: QCoreApplication.translate("SessionRole", "Ondersteuner"),
        Role.PROFESSIONAL: QCoreApplication.translate("SessionRole", "Professional"),
    }[role]


def role_can_do(role: Role) -> str:
    """What someone in this role can do in the app, in a few short sentences."""
    if role == Role.GEZIN:
        return QCoreApplication.translate(
            "SessionRole",
            "Het plan is van u. U schrijft en verandert de tekst, de mensen, de doelen en de afspraken. "
            "U geeft antwoord op advies.",
        )
    if role == Role.PROFESSIONAL:
        return QCoreApplication.translate(
            "SessionRole",
            "Als professional geeft u informatie en advies, op uw naam. Het gezin beslist zelf wat het "
            "ermee doet. De tekst van het plan is van het gezin: die kunt u lezen, niet veranderen.",
        )
    return QCoreApplication.translate(
        "SessionRole",
        "Als ondersteuner helpt u met het proces. De tekst van het plan is van het gezin: die kunt u "
        "lezen, niet veranderen.",
    )


def person_label(name: str, role: Role, organisation: str = "") -> str:
    """``Marieke Jansen (ondersteuner)``, ``Joost (professional, Samen Veilig)``: a person with their role."""
    organisation = organisation.strip()
    if organisation:
        return fmt(QCoreApplication.translate("SessionRole", "%1 (%2, %3)"), name, role_name(role), organisation)
    return fmt(QCoreApplication.translate("SessionRole", "%1 (%2)"), name, role_name(role))


def read_only_note(role: Role) -> str:
    """The calm line above the family's text when someone else is at the keyboard."""
    if role == Role.PROFESSIONAL:
        return QCoreApplication.translate(
            "SessionRole",
            "U kijkt mee als professional. De tekst is van het gezin: u kunt hem lezen, niet veranderen. "
            "Uw advies zet u bij Informatie en advies.",
        )
    return fmt(
        QCoreApplication.translate(
            "SessionRole", "U kijkt mee als %1. De tekst is van het gezin: u kunt hem lezen, niet veranderen."
        ),
        role_name(role),
    )


class SessionRole(QObject):
    """The current ``Actor``, and for a professional the organisation their advice is given from."""

    about_to_change = Signal()  # text still waiting to be saved must be saved as the person who typed it
    changed = Signal(object)  # the new Actor

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The family, without a name: a name remembered from an earlier time may be of another family's member. The
        # names typed before are offered again in ``RoleDialog``, never taken without asking.
        self._actor = FAMILY
        self._organisation = ""
        # The plan that was open when the person at the keyboard came (None: chosen on the start screen, which then
        # belongs to the first plan opened). The person belongs to that plan.
        self._plan_id: int | None = None
        self._open_plan: int | None = None

    @property
    def actor(self) -> Actor:
        return self._actor

    @property
    def role(self) -> Role:
        return self._actor.role

    @property
    def is_family(self) -> bool:
        return self._actor.is_family

    @property
    def organisation(self) -> str:
        return self._organisation if self.role == Role.PROFESSIONAL else ""

    def describe(self) -> str:
        """Who is at the keyboard, for the bar above the plan: ``Gezin``, ``Marieke Jansen (ondersteuner)``."""
        actor = self._actor
        if actor.is_family and actor.name in ("", FAMILY.name):
            return role_title(Role.GEZIN)
        return person_label(actor.name, actor.role, self.organisation)

    def switch_to(self, role: Role, name: str, organisation: str = "") -> None:
        """Take a new role, for the plan that is open (or, on the start screen, for the next plan opened). An empty
        family name means "Gezin"; the other roles always have a name."""
        name = " ".join(name.split())
        if role == Role.GEZIN and not name:
            name = FAMILY.name
        if not name:
            raise ValueError("every role but the family's needs a name")
        actor = Actor(role, name)
        organisation = " ".join(organisation.split()) if role == Role.PROFESSIONAL else ""
        self._remember(role, name, organisation)
        self._plan_id = self._open_plan
        if actor == self._actor and organisation == self._organisation:
            return
        self.about_to_change.emit()
        self._actor = actor
        self._organisation = organisation
        self.changed.emit(actor)

    def enter_plan(self, plan_id: int) -> None:
        """Opening a plan. Who came to the keyboard for one plan is never carried over to another, where changes
        would go on record under the wrong name: that plan starts with its family at the keyboard. The same plan
        again keeps who is there, and so does the first plan after a choice on the start screen."""
        chosen_for, self._plan_id, self._open_plan = self._plan_id, plan_id, plan_id
        if chosen_for is None or chosen_for == plan_id:
            return
        if self._actor != FAMILY or self._organisation:
            self.about_to_change.emit()
            self._actor = FAMILY
            self._organisation = ""
            self.changed.emit(FAMILY)

    def leave_plan(self) -> None:
        """Back on the start screen: a choice made now is for the next plan opened."""
        self._open_plan = None

    # ---------------------------------------------------------- remembering

    @staticmethod
    def remembered_name(role: Role) -> str:
        name = settings.role_name(role)
        return "" if role == Role.GEZIN and name == FAMILY.name else name

    @staticmethod
    def remembered_organisation() -> str:
        return settings.organisation

    @staticmethod
    def _remember(role: Role, name: str, organisation: str) -> None:
        settings.set_role_name(role, "" if role == Role.GEZIN and name == FAMILY.name else name)
        if role == Role.PROFESSIONAL:
            settings.organisation = organisation
