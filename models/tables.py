"""SQLModel tables of Ons Plan.

The voices at the table are kept apart in the data itself:

* the family's content lives in ``Plan`` (title, dates), ``Section``, ``Goal``, ``Agreement``, ``Participant`` and
  ``AdviceResponse``; only the family role may change these rows (enforced in the services);
* professionals' input lives in ``Advice`` and carries its author, organisation and date;
* the peer supporter's process records live in ``ProcessNote`` and ``ProcessStep``;
* ``PrivateNote`` holds the family's notes from their own time (eigen tijd); they never leave the app unless the
  family marks one to include;
* ``ChildHouse`` holds a child's own words and drawing in one of the three houses (Drie Huizen); the child decides
  per house with ``shared`` whether it goes into the plan, and a house kept back never leaves the app;
* ``Change`` records who (role and name) changed what.

Enumerated values are stored as their text value (see ``models.enums``), so plan files and old databases keep working
when Python names change. Times are aware datetimes in UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Column, ForeignKey, Integer, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


def _fk(target: str, nullable: bool = False, ondelete: str = "CASCADE") -> Column[int]:
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


class Plan(SQLModel, table=True):
    __tablename__ = "plan"

    id: int | None = Field(default=None, primary_key=True)
    plan_type: str = Field(index=True)  # PlanType
    title: str = ""
    family_name: str = ""  # "Familie Yılmaz", or the citizen's name
    status: str = Field(default="concept", sa_column_kwargs={"server_default": "concept"})  # PlanStatus
    language: str = Field(default="nl", sa_column_kwargs={"server_default": "nl"})
    # The PDF's own words also in Dutch, beside those in the plan's language: the municipality reads Dutch.
    print_bilingual: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    melding_date: date | None = None  # Wmo: date of the melding, starts the 7-day clock
    # Jeugdwet art. 4.1.2: the day the family was offered the chance to make a familiegroepsplan, and the day agreed
    # with the jeugdhulpaanbieder or gecertificeerde instelling for the plan to be ready. A right, not a duty.
    offer_date: date | None = None
    term_date: date | None = None
    meeting_date: date | None = None
    meeting_place: str = ""
    evaluation_date: date | None = None
    plan_b: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    deleted_at: datetime | None = None  # soft delete, so a deleted plan can be brought back


class Participant(SQLModel, table=True):
    __tablename__ = "participant"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(sa_column=_fk("plan.id"))
    name: str
    role: str  # Role
    relation: str = ""  # "oma", "buurvrouw", "mentor op school"
    organisation: str = ""  # for professionals
    contact: str = ""  # phone, e-mail, address: how to reach them
    sector: str = ""  # Sector, for the network map
    closeness: int = 2  # 1 = very close, 2 = close, 3 = further away
    support: str = ""  # comma-separated: praktisch, gezelschap, advies, emotioneel
    consent_named: bool = True  # agreed to be named in the plan
    position: int = 0
    map_slot: int | None = None  # their place in their part of the network map (``wijkteam.network_map``)
    invited: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})  # to the family's meeting


class Section(SQLModel, table=True):
    """A section of the plan with the family's own text. Family content."""

    __tablename__ = "section"
    __table_args__ = (UniqueConstraint("plan_id", "key", name="uq_section_plan_key"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(sa_column=_fk("plan.id"))
    key: str  # template key, or "eigen-N" for a section the family added
    title: str  # the family may rename it
    position: int = 0
    text: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    done: bool = False  # the family marked it "klaar"
    skipped: bool = False
    custom: bool = False  # added by the family, not from the template
    updated_at: datetime = Field(default_factory=utcnow)


class Goal(SQLModel, table=True):
    __tablename__ = "goal"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(sa_column=_fk("plan.id"))
    text: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    position: int = 0


class Agreement(SQLModel, table=True):
    """Wie doet wat, wanneer, hoe weten we dat het lukt, wie checkt. Family content."""

    __tablename__ = "agreement"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(sa_column=_fk("plan.id"))
    goal_id: int | None = Field(default=None, sa_column=_fk("goal.id", nullable=True, ondelete="SET NULL"))
    what: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    when_text: str = ""  # a moment in words: "elke woensdag", "voor de zomer"
    due_date: date | None = None
    how_we_know: str = ""
    checker: str = ""  # wie checkt
    status: str = "nog_niet_begonnen"  # AgreementStatus
    is_safety: bool = False  # a veiligheidsafspraak
    position: int = 0


class AgreementPerson(SQLModel, table=True):
    """Who carries out an agreement: one or more people of the plan."""

    __tablename__ = "agreement_person"

    agreement_id: int = Field(sa_column=Column(Integer, ForeignKey("agreement.id", ondelete="CASCADE"),
                                               primary_key=True))
    participant_id: int = Field(sa_column=Column(Integer, ForeignKey("participant.id", ondelete="CASCADE"),
                                                 primary_key=True))


class Advice(SQLModel, table=True):
    """Information, advice or a condition from a professional. Never family content, never a gate."""

    __tablename__ = "advice"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(sa_column=_fk("plan.id"))
    section_id: int | None = Field(default=None, sa_column=_fk("section.id", nullable=True, ondelete="SET NULL"))
    kind: str = "advies"  # AdviceKind
    author_name: str
    organisation: str = ""
    legal_basis: str = ""  # required for a condition, e.g. "ondertoezichtstelling (OTS), art. 1:255 BW"
    text: str = Field(sa_column=Column(Text, nullable=False))
    given_on: date
    created_at: datetime = Field(default_factory=utcnow)


class AdviceResponse(SQLModel, table=True):
    """The family's answer to one advice item. Family content, kept apart from the advice itself."""

    __tablename__ = "advice_response"

    id: int | None = Field(default=None, primary_key=True)
    advice_id: int = Field(sa_column=Column(Integer, ForeignKey("advice.id", ondelete="CASCADE"),
                                            nullable=False, unique=True))
    answer: str = "open"  # AdviceAnswer
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    updated_at: datetime = Field(default_factory=utcnow)


class ProcessStep(SQLModel, table=True):
    """A step of the peer supporter's process guide, ticked off with the family."""

    __tablename__ = "process_step"
    __table_args__ = (UniqueConstraint("plan_id", "key", name="uq_process_step_plan_key"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(sa_column=_fk("plan.id"))
    key: str
    phase: str  # Phase
    done_at: datetime | None = None
    done_by: str = ""


class ProcessNote(SQLModel, table=True):
    """The peer supporter's own record of the process. Never plan content."""

    __tablename__ = "process_note"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(sa_column=_fk("plan.id"))
    phase: str = ""  # Phase
    author_name: str
    text: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class PrivateNote(SQLModel, table=True):
    """The family's notes from their own time. Stays in the app unless ``include`` is set by the family."""

    __tablename__ = "private_note"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(sa_column=_fk("plan.id"))
    text: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    include: bool = False
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ChildHouse(SQLModel, table=True):
    """One of a child's three houses (zorgen, goede dingen, dromen). Family content, written with the child.

    The child is one of the plan's people (role gezin), not a name of its own: renaming the child renames the houses,
    and removing the child from the plan removes their houses with them. ``shared`` is off until the child chooses:
    a house kept back stays out of every PDF and file, like a private note.
    """

    __tablename__ = "child_house"
    __table_args__ = (UniqueConstraint("participant_id", "kind", name="uq_child_house_child_kind"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(sa_column=_fk("plan.id"))
    participant_id: int = Field(sa_column=_fk("participant.id"))
    kind: str  # HouseKind
    text: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    # PNG or JPEG without metadata (``wijkteam.drawings``), at most a few MB; None: no drawing.
    drawing: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    shared: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    updated_at: datetime = Field(default_factory=utcnow)


class PlanVersion(SQLModel, table=True):
    """A frozen version of the plan ("plan vaststellen"), stored as a JSON snapshot."""

    __tablename__ = "plan_version"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(sa_column=_fk("plan.id"))
    number: int
    created_at: datetime = Field(default_factory=utcnow)
    snapshot: str = Field(sa_column=Column(Text, nullable=False))


class VersionConsent(SQLModel, table=True):
    """A named person agrees to what concerns them in a frozen version."""

    __tablename__ = "version_consent"
    __table_args__ = (UniqueConstraint("version_id", "participant_id", name="uq_consent_version_person"),)

    id: int | None = Field(default=None, primary_key=True)
    version_id: int = Field(sa_column=_fk("plan_version.id"))
    participant_id: int = Field(sa_column=_fk("participant.id"))
    agreed_at: datetime = Field(default_factory=utcnow)


class Change(SQLModel, table=True):
    """History: who (role and name) changed what. Typing in one field is folded into one row per few minutes."""

    __tablename__ = "change"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(sa_column=_fk("plan.id"))
    at: datetime = Field(default_factory=utcnow, index=True)
    actor_role: str  # Role
    actor_name: str = ""
    entity: str  # table name
    entity_id: int | None = None
    field: str = ""
    summary: str = ""  # plain Dutch: "Tekst van 'Onze hoofdvraag' aangepast"
