"""Plain objects that services return. They outlive the database session and carry no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from models import AdviceAnswer, AdviceKind, PlanType, Role, SectionState
from wijkteam.deadlines import DueKind


@dataclass(frozen=True)
class Actor:
    """Who is at the keyboard. Every change is recorded with this role and name."""

    role: Role
    name: str = ""

    @property
    def is_family(self) -> bool:
        return self.role == Role.GEZIN


FAMILY = Actor(Role.GEZIN, "Gezin")


@dataclass(frozen=True)
class PlanSummary:
    id: int
    plan_type: PlanType
    title: str
    family_name: str
    status: str
    created_at: datetime
    updated_at: datetime
    melding_date: date | None = None
    evaluation_date: date | None = None


@dataclass(frozen=True)
class SectionDoc:
    id: int
    key: str
    title: str
    position: int
    text: str
    done: bool
    skipped: bool
    custom: bool
    kind: str = "text"  # text, people, goals, agreements, signatures, advice
    question: str = ""
    help: str = ""
    example: str = ""
    wmo: tuple[str, ...] = ()  # letters of Wmo art. 2.3.2 lid 4 this section covers

    @property
    def state(self) -> SectionState:
        if self.done:
            return SectionState.KLAAR
        return SectionState.BEGONNEN if self.text.strip() else SectionState.LEEG


@dataclass(frozen=True)
class ParticipantDoc:
    id: int
    name: str
    role: Role
    relation: str = ""
    organisation: str = ""
    contact: str = ""
    sector: str = ""
    closeness: int = 2
    support: tuple[str, ...] = ()
    consent_named: bool = True


@dataclass(frozen=True)
class GoalDoc:
    id: int
    text: str
    position: int = 0


@dataclass(frozen=True)
class AgreementDoc:
    id: int
    what: str
    goal_id: int | None = None
    who: tuple[str, ...] = ()  # names, in the order of the plan's people
    who_ids: tuple[int, ...] = ()
    when_text: str = ""
    due_date: date | None = None
    how_we_know: str = ""
    checker: str = ""
    status: str = "nog_niet_begonnen"
    is_safety: bool = False
    position: int = 0


@dataclass(frozen=True)
class AdviceDoc:
    id: int
    kind: AdviceKind
    author_name: str
    organisation: str
    text: str
    given_on: date
    legal_basis: str = ""
    section_id: int | None = None
    section_title: str = ""  # empty: about the whole plan
    answer: AdviceAnswer = AdviceAnswer.OPEN
    reason: str = ""


@dataclass(frozen=True)
class PlanDoc:
    """The whole plan as the family would hand it over. Private notes only when the family chose to include them."""

    id: int
    plan_type: PlanType
    title: str
    family_name: str
    status: str
    created_at: datetime
    updated_at: datetime
    melding_date: date | None = None
    meeting_date: date | None = None
    meeting_place: str = ""
    evaluation_date: date | None = None
    plan_b: str = ""
    language: str = "nl"
    sections: tuple[SectionDoc, ...] = ()
    participants: tuple[ParticipantDoc, ...] = ()
    goals: tuple[GoalDoc, ...] = ()
    agreements: tuple[AgreementDoc, ...] = ()
    advice: tuple[AdviceDoc, ...] = ()
    included_private_notes: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class PlanOverview:
    """One plan in the list. ``next_*`` is empty when nothing is planned; ``deleted_at`` is set for a removed plan."""

    id: int
    plan_type: PlanType
    title: str
    family_name: str
    status: str
    updated_at: datetime
    next_date: date | None = None
    next_label: str = ""
    next_kind: DueKind | None = None
    next_what: str = ""  # for an agreement: its "wat", shortened, so a screen can phrase the label itself
    deleted_at: datetime | None = None

    def is_overdue(self, today: date) -> bool:
        return self.next_date is not None and self.next_date < today
