"""The plan file format (``.wijkplan``), version 3, described once: these models check a file and write its schema.

``resources/schemas/wijkplan-3.schema.json`` is generated from ``PlanFile`` (``python -m wijkteam.formats.schemas``).
What a JSON Schema cannot say is checked after the models, in ``check_content``: references point at an item of the
right kind, and nothing is doubled. Version 2 is version 3 without ``offer_date`` and ``term_date``, version 1 is
version 2 without ``child_houses``: the same models read them.
The header, the depth and the sentences around these checks are ``wijkteam.planfile``'s, which the window imports
without loading pydantic.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any, ClassVar

from pydantic import ConfigDict, Field, ValidationError

from models import AdviceAnswer, AdviceKind, AgreementStatus, HouseKind, Phase, PlanStatus, PlanType, Role, Sector
from wijkteam.formats import messages
from wijkteam.formats.fields import (
    CONDITION_NEEDS_BASIS,
    FILE_WHERE,
    PLAN_WHERE,
    TEXT_PATTERN,
    Choice,
    Date,
    DateTime,
    FileModel,
    Items,
    Line,
    Named,
    Ref,
    RequiredLine,
    RequiredText,
    Shape,
    SupportKind,
    Text,
    TextRule,
)
from wijkteam.formats.strict_json import Invalid, show
from wijkteam.formats.wijkplan_constants import (
    FORMAT,
    HISTORY_ENTITIES,
    LIMITS,
    MAX_DRAWING_TEXT,
    MAX_NUMBER,
    MAX_SNAPSHOT,
    READABLE_VERSIONS,
    REF_PREFIXES,
    VERSION,
)

Position = Annotated[int, Field(ge=0, le=MAX_NUMBER), Named("position", "Order on screen, from 0.")]
Language = Annotated[str, Field(max_length=64, pattern="^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$"),
                     Shape("een taalcode zoals nl")]
Snapshot = Annotated[str, Field(max_length=MAX_SNAPSHOT, pattern=TEXT_PATTERN), TextRule()]


def _most(kind: str) -> Items:
    return Items(LIMITS[kind])


class Person(FileModel):
    """Someone at the table: family, network, peer supporter or professional."""

    LABEL: ClassVar[str] = "persoon"
    ref: Ref
    name: RequiredLine
    role: Annotated[str, Choice.of(Role)]
    relation: Line
    """\"oma\", \"buurvrouw\", \"mentor op school\"."""
    organisation: Line
    contact: Line
    """How to reach them."""
    sector: Annotated[str, Choice.of(Sector, empty=True)]
    """Sector of the network map; empty when not chosen."""
    closeness: Annotated[int, Field(ge=1, le=3)]
    """1 very close, 2 close, 3 further away."""
    support: Annotated[list[SupportKind], _most("support")]
    """Kinds of support, such as praktisch, gezelschap, advies, emotioneel. No comma: the app keeps them
    comma-separated."""
    consent_named: bool
    """Agreed to be named in the plan."""
    position: Position


class Section(FileModel):
    """A section of the plan in the family's words. Skipped, renamed and added sections are kept."""

    LABEL: ClassVar[str] = "deel"
    ref: Ref
    key: RequiredLine
    """Template key, or eigen-N for a section the family added."""
    title: Line
    position: Position
    text: Text
    done: bool
    skipped: bool
    custom: bool
    """Added by the family, not from the template."""
    updated_at: DateTime


class Goal(FileModel):
    """Something the family wants to reach."""

    LABEL: ClassVar[str] = "doel"
    ref: Ref
    text: Text
    position: Position


class Agreement(FileModel):
    """Who does what, when, how we know it works, who checks."""

    LABEL: ClassVar[str] = "afspraak"
    ref: Ref
    goal: Ref | None
    """Reference to a goal, or null."""
    what: Text
    who: Annotated[list[Ref], _most("who")]
    """References to people."""
    when_text: Line
    """A moment in words: \"elke woensdag\"."""
    due_date: Date | None
    how_we_know: Line
    checker: Line
    status: Annotated[str, Choice.of(AgreementStatus)]
    is_safety: bool
    """A veiligheidsafspraak."""
    position: Position


class Response(FileModel):
    """The family's answer to one advice item: their voice, kept apart from the advice."""

    LABEL: ClassVar[str] = "het antwoord"
    answer: Annotated[str, Choice.of(AdviceAnswer)]
    reason: Text
    updated_at: DateTime


class Advice(FileModel):
    """Information, advice or a condition from a professional, attributed and dated."""

    model_config = ConfigDict(json_schema_extra=CONDITION_NEEDS_BASIS)
    LABEL: ClassVar[str] = "advies"
    ref: Ref
    section: Ref | None
    """Reference to a section, or null for the whole plan."""
    kind: Annotated[str, Choice.of(AdviceKind)]
    author_name: RequiredLine
    organisation: Line
    legal_basis: Line
    """Required for a voorwaarde (condition)."""
    text: RequiredText
    given_on: Date
    created_at: DateTime
    response: Response | None
    """null: not answered yet."""


class ProcessStep(FileModel):
    """A step of the peer supporter's process guide."""

    LABEL: ClassVar[str] = "processtap"
    ref: Ref
    key: RequiredLine
    phase: Annotated[str, Choice.of(Phase)]
    done_at: DateTime | None
    done_by: Line


class ProcessNote(FileModel):
    """The peer supporter's own record of the process; never plan content."""

    LABEL: ClassVar[str] = "procesnotitie"
    ref: Ref
    phase: Annotated[str, Choice.of(Phase, empty=True)]
    author_name: Line
    text: RequiredText
    created_at: DateTime


class PrivateNote(FileModel):
    """A note from the family's own time (eigen tijd). Only in the file when the family chose so."""

    LABEL: ClassVar[str] = "eigen notitie"
    ref: Ref
    text: Text
    include: bool
    """The family marked it to include in the plan."""
    created_at: DateTime
    updated_at: DateTime


Drawing = Annotated[str, Field(max_length=MAX_DRAWING_TEXT, pattern="^[A-Za-z0-9+/]*={0,2}$"),
                    Shape("een plaatje als base64-tekst")]


class ChildHouse(FileModel):
    """One of a child's three houses (Drie Huizen). Only houses the child shares are in a file; the family's own
    export (wijkteam export --with-private) takes the kept ones along too."""

    LABEL: ClassVar[str] = "huis van een kind"
    child: Ref
    """Reference to a person: the child (of the family when the houses were made)."""
    kind: Annotated[str, Choice.of(HouseKind)]
    """zorgen, goede_dingen or dromen."""
    text: Text
    """The child's own words."""
    drawing: Drawing | None
    """A PNG or JPEG without metadata (base64), at most 3 MB, at most 1600 pixels a side; null: no drawing."""
    shared: bool
    """The child chose to put this house in the plan."""
    drawing_sha256: Annotated[str, Field(pattern="^[0-9a-f]{64}$"), Shape("een vingerafdruk van 64 tekens")] | None \
        = None
    """Only in the snapshot of a frozen version, whose drawing is null: the SHA-256 of the drawing it had. A drawing
    is carried once, with the plan; each version only says which drawing it had, so that a plan with many drawings
    and versions stays a file the app can read back."""


class Consent(FileModel):
    """One person of the family or network who agreed to a version."""

    LABEL: ClassVar[str] = "toestemming"
    person: Ref
    """Reference to a person."""
    agreed_at: DateTime


class Version(FileModel):
    """A frozen version of the plan (plan vaststellen) with who agreed to it."""

    LABEL: ClassVar[str] = "versie"
    ref: Ref
    number: Annotated[int, Field(ge=1, le=MAX_NUMBER)]
    created_at: DateTime
    snapshot: Snapshot
    """The frozen plan as the app stored it (JSON text), carried unchanged. It may be far longer than one text."""
    consents: Annotated[list[Consent], _most("consents")]


class Change(FileModel):
    """One row of the history: who (role and name) changed what, and when."""

    LABEL: ClassVar[str] = "geschiedenisregel"
    at: DateTime
    actor_role: Annotated[str, Choice.of(Role)]
    actor_name: Line
    entity: RequiredLine
    """What changed: plan, section, participant, goal, agreement, advice, advice_response, process_step,
    process_note, private_note, plan_version, or another table name."""
    entity_ref: Ref | None
    """The item that changed, or null (the plan itself, something deleted, or a private note left out)."""
    field: Line
    summary: Text
    """Plain Dutch, such as \"Tekst van 'Onze hoofdvraag' aangepast\". Never the text of a private note. It quotes
    a title or a name and never blocks an export, so it gets the wide limit."""


class Plan(FileModel):
    """The whole plan. Private notes only when the family chose to include them (wijkteam export --with-private
    takes all of them); without any, the key may be absent."""

    LABEL: ClassVar[str] = PLAN_WHERE
    type: Annotated[str, Choice.of(PlanType)]
    title: Line
    family_name: Line
    """\"Familie Yılmaz\", or the citizen's name."""
    status: Annotated[str, Choice.of(PlanStatus)]
    language: Language
    """Language code of the plan, such as nl."""
    melding_date: Date | None
    """Wmo: date of the melding (starts the 7-day clock)."""
    offer_date: Date | None = None
    """Jeugdwet art. 4.1.2: the day the family was offered the chance to make a familiegroepsplan. Since version 3;
    absent when not set."""
    term_date: Date | None = None
    """The day agreed with the jeugdhulpaanbieder or gecertificeerde instelling for the familiegroepsplan to be
    ready. Since version 3; absent when not set."""
    meeting_date: Date | None
    meeting_place: Line
    evaluation_date: Date | None
    plan_b: Text
    """What we do when things go differently."""
    created_at: DateTime
    updated_at: DateTime
    people: Annotated[list[Person], _most("people")]
    sections: Annotated[list[Section], _most("sections")]
    goals: Annotated[list[Goal], _most("goals")]
    agreements: Annotated[list[Agreement], _most("agreements")]
    advice: Annotated[list[Advice], _most("advice")]
    process_steps: Annotated[list[ProcessStep], _most("process_steps")]
    process_notes: Annotated[list[ProcessNote], _most("process_notes")]
    versions: Annotated[list[Version], _most("versions")]
    history: Annotated[list[Change], _most("history")]
    private_notes: Annotated[list[PrivateNote], _most("private_notes")] = []
    child_houses: Annotated[list[ChildHouse], _most("child_houses")] = []
    """Since version 2; absent or empty when no child has a house to share."""


class PlanFile(FileModel):
    """One whole plan (familiegroepsplan or persoonlijk plan) as UTF-8 JSON. Items point at each other with
    file-local references ("p1", "g1"), never database IDs. Beyond this schema the app also checks: every reference
    points at an item of the right kind (agreement who and version consents at people, agreement goal at goals,
    advice section at sections, history entity_ref at the list its entity names), no reference, section key,
    process step key or version number appears twice, nobody is named twice in one agreement or version, a date
    exists and a moment lies in the years 1900 to 2199 also in UTC, no text holds a lone UTF-16 surrogate, and the
    file is at most 20 MB and nests at most 8 levels."""

    model_config = ConfigDict(title=f"Ons Plan plan file (.wijkplan), version {VERSION}")
    LABEL: ClassVar[str] = FILE_WHERE
    format: Annotated[str, Choice((FORMAT,))]
    """Always \"wijkplan\"."""
    version: Annotated[int, Choice(READABLE_VERSIONS)]
    """The version of this format. Version 1 has no child_houses, versions 1 and 2 have no offer_date and no
    term_date. A newer version is refused with a clear message."""
    app_version: Line
    """The version of Ons Plan that wrote the file."""
    exported_at: DateTime
    """When the file was written. Differs between two exports of the same plan."""
    plan: Plan


# ------------------------------------------------------------------------------------------------------- checks


def check_content(document: Any) -> None:
    """Check a plan file whose header and depth are checked: the models, then what they cannot say.

    Raises Invalid with the first problem, phrased to follow "Dit planbestand klopt niet: ...".
    """
    try:
        PlanFile.model_validate(document)
    except ValidationError as exc:
        raise Invalid(messages.describe(exc, PlanFile, document)) from None
    if document["version"] == 1 and document["plan"].get("child_houses"):
        raise Invalid("een planbestand van versie 1 heeft geen huizen van kinderen")
    if document["version"] < 3 and ("offer_date" in document["plan"] or "term_date" in document["plan"]):
        raise Invalid(f"een planbestand van versie {document['version']} heeft geen datum van het aanbod")
    _check_references(document["plan"])


def _check_references(plan: dict[str, Any]) -> None:
    """What a JSON Schema cannot say: references point at something of the right kind, and nothing is doubled."""
    kinds: dict[str, str] = {}
    for kind in REF_PREFIXES:
        for item in plan.get(kind, ()):
            ref = item["ref"]
            if ref in kinds:
                raise Invalid(f"de verwijzing {show(ref)} komt twee keer voor")
            kinds[ref] = kind

    def target(ref: str | None, kind: str, where: str, key: str) -> None:
        if ref is not None and kinds.get(ref) != kind:
            raise Invalid(f"bij {where} verwijst '{key}' naar {show(ref)}, maar dat staat niet in dit plan")

    _unique((s["key"] for s in plan["sections"]), "twee delen van het plan hebben dezelfde sleutel {}")
    for number, house in enumerate(plan.get("child_houses", ()), 1):
        where = f"huis {number} van een kind"
        target(house["child"], "people", where, "child")
    _unique(((h["child"], h["kind"]) for h in plan.get("child_houses", ())),
            "een kind heeft twee huizen van dezelfde soort: {}")
    _unique((s["key"] for s in plan["process_steps"]), "twee processtappen hebben dezelfde sleutel {}")
    _unique((v["number"] for v in plan["versions"]), "twee versies hebben hetzelfde nummer {}")
    for number, agreement in enumerate(plan["agreements"], 1):
        where = f"afspraak {number}"
        target(agreement["goal"], "goals", where, "goal")
        for ref in agreement["who"]:
            target(ref, "people", where, "who")
        _unique(agreement["who"], f"bij {where} staat dezelfde persoon twee keer: {{}}")
    for number, advice in enumerate(plan["advice"], 1):
        where = f"advies {number}"
        target(advice["section"], "sections", where, "section")
        # The services allow a binding condition only with its legal basis; a file may not slip one past them.
        if advice["kind"] == AdviceKind.VOORWAARDE and not advice["legal_basis"].strip():
            raise Invalid(f"bij {where} staat een voorwaarde zonder wettelijke grond")
    for number, version in enumerate(plan["versions"], 1):
        where = f"versie {number}"
        for consent in version["consents"]:
            target(consent["person"], "people", where, "person")
        _unique((c["person"] for c in version["consents"]), f"bij {where} staat dezelfde persoon twee keer: {{}}")
    for number, change in enumerate(plan["history"], 1):
        entity_kind = HISTORY_ENTITIES.get(change["entity"])
        if entity_kind is None:
            if change["entity_ref"] is not None:
                raise Invalid(f"bij geschiedenisregel {number} hoort geen 'entity_ref'")
        else:
            target(change["entity_ref"], entity_kind, f"geschiedenisregel {number}", "entity_ref")


def _unique(values: Iterable[Any], message: str) -> None:
    seen: set[Any] = set()
    for value in values:
        if value in seen:
            raise Invalid(message.format(show(value)))
        seen.add(value)
