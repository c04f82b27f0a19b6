"""The advice file format (``.wijkadvies``), version 1, described once: these models check a file and write its schema.

``resources/schemas/wijkadvies-1.schema.json`` is generated from ``AdviceFile``
(``python -m wijkteam.formats.schemas``). The header, the depth and the sentences around these checks are
``wijkteam.advicefile``'s, which the window imports without loading pydantic.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

from pydantic import ConfigDict, Field, ValidationError

from models import AdviceKind
from wijkteam.formats import messages
from wijkteam.formats.fields import (
    CONDITION_NEEDS_BASIS,
    FILE_WHERE,
    Choice,
    Date,
    DateTime,
    FileModel,
    Items,
    Line,
    RequiredLine,
    RequiredText,
    Shape,
)
from wijkteam.formats.strict_json import Invalid, show
from wijkteam.formats.wijkadvies_constants import ANSWER_KEYS, FORMAT, MAX_ITEMS, VERSION


class MoreThanAdvice(Exception):  # noqa: N818 - what the file holds, not an error of the code
    """The file carries something besides advice; ``what`` names it ("het veld 'sections'")."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


class NoAdvice(Exception):  # noqa: N818 - what the file holds, not an error of the code
    """The file holds no advice at all."""


class SectionRef(FileModel):
    """The section the item is about. The key is compared; the title is there for people, since the family may
    rename a section."""

    LABEL: ClassVar[str] = "het deel"
    key: RequiredLine
    title: Line


class ForPlan(FileModel):
    """The plan this advice belongs to. Only the fingerprint is compared; the title is there for people."""

    LABEL: ClassVar[str] = "het plan"
    fingerprint: Annotated[str, Field(max_length=64, pattern="^[0-9a-f]{64}$"), Shape("64 tekens uit 0-9 en a-f")]
    """SHA-256 (lower-case hex) of the UTF-8 text "wijkplan\\n" + the plan's type + "\\n" + its created_at as the
    plan file writes it (ISO 8601 in UTC). Both survive the family's export and import unchanged."""
    title: Line
    """The plan's title when the advice was written."""


class AdviceItem(FileModel):
    """Information, advice or a condition from a professional, attributed and dated. The family answers it in their
    own app."""

    model_config = ConfigDict(json_schema_extra=CONDITION_NEEDS_BASIS)
    LABEL: ClassVar[str] = "advies"
    kind: Annotated[str, Choice.of(AdviceKind)]
    author_name: RequiredLine
    organisation: Line
    legal_basis: Line
    """Required for a voorwaarde (condition)."""
    section: SectionRef | None
    """null: about the whole plan."""
    text: RequiredText
    given_on: Date


class AdviceFile(FileModel):
    """Advice from a professional for one family's plan, as UTF-8 JSON. It can only add advice: no plan content,
    people, agreements or answers, and no key beyond this schema. Beyond this schema the app also checks: the file is
    at most 5 MB and nests at most 4 levels, a date exists and a moment lies in the years 1900 to 2199 also in UTC,
    no text holds a lone UTF-16 surrogate, the fingerprint matches the plan it is read into, and every section key
    exists in that plan."""

    model_config = ConfigDict(title="Ons Plan advice file (.wijkadvies), version 1")
    LABEL: ClassVar[str] = FILE_WHERE
    format: Annotated[str, Choice((FORMAT,))]
    """Always "wijkadvies"."""
    version: Annotated[int, Choice((VERSION,))]
    """The version of this format. A newer version is refused with a clear message."""
    app_version: Line
    """The version of Ons Plan that wrote the file."""
    written_at: DateTime
    """When the last item was added."""
    for_plan: ForPlan
    advice: Annotated[list[AdviceItem], Items(MAX_ITEMS, least=1)]
    """The items, in the order they were added."""


def only_advice(document: dict[str, Any]) -> None:
    """Refuse every key the format does not know, at every level it has (MoreThanAdvice). Runs before the other
    checks, so a file that tries to carry plan content is named for what it is, not for a field that happens to be
    missing."""
    parts: list[tuple[Any, type[FileModel]]] = [(document, AdviceFile), (document.get("for_plan"), ForPlan)]
    items = document.get("advice")
    for item in items if isinstance(items, list) else ():
        parts.append((item, AdviceItem))
        if isinstance(item, dict):
            parts.append((item.get("section"), SectionRef))
    for value, model in parts:
        if not isinstance(value, dict):
            continue  # the models say what is wrong with it
        for key in value:
            if key in ANSWER_KEYS:
                raise MoreThanAdvice("een antwoord op advies")
            if key not in model.model_fields:
                raise MoreThanAdvice(f"het veld {show(key)}")


def check_content(document: Any) -> None:
    """Check an advice file whose header, keys and depth are checked. Raises Invalid, or NoAdvice for no items."""
    try:
        AdviceFile.model_validate(document)
    except ValidationError as exc:
        problem = messages.first_error(exc, AdviceFile, document)
        if problem.error["type"] == "too_short" and tuple(problem.error["loc"]) == ("advice",):
            raise NoAdvice from None
        raise Invalid(messages.phrase(problem, AdviceFile)) from None
    for number, item in enumerate(document["advice"], 1):
        # The services allow a binding condition only with its legal basis; a file may not slip one past them.
        if item["kind"] == AdviceKind.VOORWAARDE and not item["legal_basis"].strip():
            raise Invalid(f"bij advies {number} staat een voorwaarde zonder wettelijke grond")


def check_item(item: dict[str, Any], where: str) -> None:
    """Check one item about to be written, named ``where`` ("dit advies"). Raises Invalid."""
    try:
        AdviceItem.model_validate(item)
    except ValidationError as exc:
        raise Invalid(messages.describe(exc, AdviceItem, item, where)) from None
