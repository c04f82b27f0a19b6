"""Plain objects that services return. They outlive the database session and carry no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from models import AdviceAnswer, AdviceKind, HouseKind, PlanType, Role, SectionState
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
    term_date: date | None = None


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
    items: int = 0  # the people, goals or agreements a part of that kind holds: they are its content too
    optional: str = ""  # for a part only for some: when it is ("Alleen als u een pgb wilt."); see ``templates``

    @property
    def state(self) -> SectionState:
        if self.done:
            return SectionState.KLAAR
        return SectionState.BEGONNEN if self.text.strip() or self.items else SectionState.LEEG


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
    map_slot: int | None = None  # see ``wijkteam.network_map``
    invited: bool = False  # the family invites them to its meeting (the invitation list)


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
class SignerDoc:
    """Someone who can agree to the plan (``versions.can_consent``), and the day they agreed to the printed version."""

    participant_id: int
    agreed_on: date | None = None  # None: not agreed to this version (an older one does not count)


@dataclass(frozen=True)
class PrintStateDoc:
    """What a printed plan says about itself, from the version state at the moment it is printed.

    ``is_draft`` when there is no version, or the family's content changed since the last one: then the text in print
    is a concept, and nobody has agreed to it.
    """

    is_draft: bool = True
    closed: bool = False  # "afgesloten"
    version_number: int | None = None  # the last version, also when the text changed since
    version_day: date | None = None  # the local day it was frozen
    signers: tuple[SignerDoc, ...] = ()  # in the order of the plan's people


@dataclass(frozen=True)
class ChildHouseDoc:
    """One of a child's three houses (Drie Huizen). ``drawing`` is a PNG or JPEG without metadata, or None."""

    id: int
    participant_id: int
    child_name: str
    kind: HouseKind
    text: str = ""
    drawing: bytes | None = None
    shared: bool = False


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
    offer_date: date | None = None  # Jeugdwet art. 4.1.2: the offer to make a familiegroepsplan
    term_date: date | None = None  # the day agreed for that plan to be ready ("plan klaar op")
    meeting_date: date | None = None
    meeting_place: str = ""
    evaluation_date: date | None = None
    plan_b: str = ""
    language: str = "nl"
    print_bilingual: bool = False  # the PDF's own words also in Dutch
    sections: tuple[SectionDoc, ...] = ()
    participants: tuple[ParticipantDoc, ...] = ()
    goals: tuple[GoalDoc, ...] = ()
    agreements: tuple[AgreementDoc, ...] = ()
    advice: tuple[AdviceDoc, ...] = ()
    included_private_notes: tuple[str, ...] = field(default=())
    child_houses: tuple[ChildHouseDoc, ...] = ()  # only the houses the child shares; never one kept back
    print_state: PrintStateDoc | None = None  # set for printing only; None prints as a concept


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
    damaged: bool = False  # it cannot be read (``services.damaged``): saved and removed only, no dates, never opened

    def is_overdue(self, today: date) -> bool:
        return self.next_date is not None and self.next_date < today


# The process guide and eigen tijd; imported here so these plain objects stay one block at the end of the file.
from models import Phase  # noqa: E402


@dataclass(frozen=True)
class ProcessStepDoc:
    """One step of the process guide. ``known`` is False for a step a newer app version stored."""

    key: str
    phase: Phase
    label: str
    done_at: datetime | None = None
    done_by: str = ""
    known: bool = True

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class ProcessNoteDoc:
    """The peer supporter's own record. ``phase`` is None for a note about the whole process."""

    id: int
    phase: Phase | None
    author_name: str
    text: str
    created_at: datetime


@dataclass(frozen=True)
class ConcreteCheck:
    """An agreement that is not concrete yet, with what is still open phrased as questions for the family."""

    agreement_id: int
    number: int  # 1 for the plan's first agreement
    what: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class ProcessGuideDoc:
    """Everything the process guide shows for one plan."""

    plan_id: int
    plan_type: PlanType
    steps: tuple[ProcessStepDoc, ...]
    notes: tuple[ProcessNoteDoc, ...]
    concrete: tuple[ConcreteCheck, ...]
    agreement_count: int = 0
    meeting_date: date | None = None
    check_in_date: date | None = None
    evaluation_date: date | None = None


@dataclass(frozen=True)
class PrivateNoteDoc:
    """A note the family wrote in their own time. Only the family reads it."""

    id: int
    text: str
    include: bool
    created_at: datetime
    updated_at: datetime


# Versions and follow-up ("plan vaststellen", who agreed, what is due).
from models import PlanStatus  # noqa: E402


@dataclass(frozen=True)
class ConsentDoc:
    """A named person agreed to a frozen version; the family recorded it for them at the table."""

    version_id: int
    participant_id: int
    name: str
    agreed_at: datetime


@dataclass(frozen=True)
class VersionDoc:
    """A frozen version of the plan, with who agreed to it."""

    id: int
    number: int
    created_at: datetime
    consents: tuple[ConsentDoc, ...] = ()


@dataclass(frozen=True)
class VersionState:
    """Where a plan stands: the status to show, its last version, and what changed since (plain Dutch)."""

    plan_id: int
    status: PlanStatus  # CONCEPT again once the family's content changed after the last version
    last_version: VersionDoc | None = None
    changes: tuple[str, ...] = ()
    is_draft: bool = True  # no version yet, or the family's content changed since the last one


@dataclass(frozen=True)
class DueItem:
    """A date in a plan that is today or has passed: an agreement not done yet, or the evaluation."""

    plan_id: int
    plan_title: str
    family_name: str
    day: date
    kind: DueKind
    what: str = ""  # for an agreement: its "wat", shortened

    def is_overdue(self, today: date) -> bool:
        return self.day < today
