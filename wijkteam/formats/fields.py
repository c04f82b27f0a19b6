"""The kinds of value the file formats share, as pydantic types: what is allowed, and how a refusal is said.

Each type carries its rules twice over in one place: as constraints pydantic checks and writes into the JSON Schema
(length, pattern, choices, range), and as a marker (``TextRule``, ``Shape``, ``Choice``) that ``messages`` reads to
say in Dutch what is wrong with a value. What a pattern cannot say (a date that does not exist, a moment outside the
years in UTC) is an after-validator.

The patterns are written for three regex dialects at once: pydantic's (Rust), JSON Schema's (ECMA-262) and
Python's, which the tests use through ``jsonschema``. So: explicit character classes (never ``\\s`` or ``\\d``, which
differ between them), ``\\uXXXX`` escapes, and classes that follow each other without overlap, so no dialect has to
backtrack. One difference stays: Python's ``$`` also matches before a final line break, so a Python validator lets
"x\\n" pass as one line, where ECMA-262 and the models do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, ClassVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from models import AdviceKind
from wijkteam import dates
from wijkteam.limits import MAX_LINE, MAX_TEXT

FILE_WHERE = "het bestand"
PLAN_WHERE = "het plan"


class FileModel(BaseModel):
    """One object of a file format: every key required unless it has a default, no other key, no coercion.

    ``true`` is no number, ``1`` no text and ``"1"`` no number: strict mode takes every value as it is written.
    """

    model_config = ConfigDict(strict=True, extra="forbid", use_attribute_docstrings=True)

    #: How a message names one object of this kind: "persoon" (then "persoon 4" in a list) or "het antwoord".
    LABEL: ClassVar[str]


# ------------------------------------------------------------------------------------------------------ markers


@dataclass(frozen=True)
class Choice:
    """One of a fixed set of values: the text values of an enum of ``models/enums.py``, or one constant."""

    values: tuple[str | int, ...]

    @classmethod
    def of(cls, enum: type[StrEnum], *, empty: bool = False) -> Choice:
        """``empty`` also allows "" for "not chosen"."""
        return cls(tuple(item.value for item in enum) + (("",) if empty else ()))

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        # A literal, not the enum itself: in strict mode an enum field takes only enum objects, never their text.
        return core_schema.literal_schema(list(self.values))


@dataclass(frozen=True)
class Named:
    """A kind of value used in many places: one entry in the schema's ``$defs``, which every use points at."""

    name: str
    description: str
    format: str | None = None  # JSON Schema's "format": "date" or "date-time"

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return {**handler(source), "ref": self.name}

    def __get_pydantic_json_schema__(self, schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        json_schema = handler(schema)
        definition = handler.resolve_ref_schema(json_schema)
        definition["description"] = self.description
        if self.format is not None:
            definition["format"] = self.format
        return json_schema


@dataclass(frozen=True)
class Items:
    """A list of at most ``most`` (and at least ``least``) items. Its size is checked first, then the items up to the
    first one that is wrong: a file of a hundred thousand wrong rows costs no more than one, and says so first."""

    most: int
    least: int = 0

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        schema: Any = {**handler(source), "max_length": self.most, "fail_fast": True}
        if self.least:
            schema["min_length"] = self.least
        # fail_fast stops at the first wrong item, before pydantic looks at the size: so the size goes first.
        return core_schema.no_info_before_validator_function(self._size_first, schema)

    def _size_first(self, value: Any) -> Any:
        if isinstance(value, list) and len(value) > self.most:
            raise PydanticCustomError("too_long", "too many items")
        return value


@dataclass(frozen=True)
class TextRule:
    """Text a person wrote. Which of its rules a refused value broke is said by ``messages``."""

    single_line: bool = False
    required: bool = False
    comma_free: bool = False


@dataclass(frozen=True)
class Shape:
    """Short text of a fixed shape (a date, a reference). ``expected`` follows "moet 'x' ... zijn".

    ``explain`` names the problem of a value of the right general form that is still refused (a date that does not
    exist, a year out of range), as a phrase with ``{where}`` and ``{key}``; None for "not this shape at all".
    """

    expected: str
    explain: Callable[[str], str | None] | None = None


# ---------------------------------------------------------------------------------------------- characters


def _class(chars: str) -> str:
    """Characters (and ``a-b`` ranges) as they go inside a pattern's ``[...]``, each as a ``\\uXXXX`` escape."""
    return "".join("-" if ch == "-" and 0 < i < len(chars) - 1 else f"\\u{ord(ch):04x}" for i, ch in enumerate(chars))


#: NUL breaks printing and C strings. (A lone surrogate cannot be written as UTF-8 at all; pydantic refuses it.)
NUL = "\x00"
#: Everything that ends a line somewhere: what a one-line field may not hold.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
#: Exactly what Python's ``str.isspace`` calls white space, so "empty" means what the services mean by it.
SPACE = "\t-\r\x1c- \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: White space within one line.
LINE_SPACE = "\t\x1f \xa0\u1680\u2000-\u200a\u202f\u205f\u3000"

_N, _B, _S, _LS = _class(NUL), _class(LINE_BREAKS), _class(SPACE), _class(LINE_SPACE)
TEXT_PATTERN = f"^[^{_N}]*$"
REQUIRED_TEXT_PATTERN = f"^[{_S}]*[^{_N}{_S}][^{_N}]*$"
LINE_PATTERN = f"^[^{_N}{_B}]*$"
REQUIRED_LINE_PATTERN = f"^[{_LS}]*[^{_N}{_S}][^{_N}{_B}]*$"
SUPPORT_PATTERN = f"^[{_LS}]*[^{_N}{_S},][^{_N}{_B},]*$"
#: For ``if``/``then`` in a schema: at least one character that is not white space.
NOT_BLANK_PATTERN = f"[^{_S}]"

#: The services allow a binding condition only with its legal basis; for the schema, as ``json_schema_extra``. The
#: models cannot say it, so the checks after them do.
CONDITION_NEEDS_BASIS: dict[str, Any] = {
    "if": {"properties": {"kind": {"const": AdviceKind.VOORWAARDE.value}}},
    "then": {"properties": {"legal_basis": {"pattern": NOT_BLANK_PATTERN}}},
}

FORBIDDEN = re.compile("[\x00\ud800-\udfff]")
LINE_BREAK = re.compile(f"[{LINE_BREAKS}]")

# ---------------------------------------------------------------------------------------------------- texts

Text = Annotated[str, Field(max_length=MAX_TEXT, pattern=TEXT_PATTERN), TextRule(), Named(
    "text", "Free text, any script, kept exactly as written. Line breaks allowed. Never markup: it is shown and "
    "printed as plain text.")]
RequiredText = Annotated[str, Field(max_length=MAX_TEXT, pattern=REQUIRED_TEXT_PATTERN), TextRule(required=True),
                         Named("requiredText", "Free text as 'text', with at least one character that is not white "
                               "space.")]
Line = Annotated[str, Field(max_length=MAX_LINE, pattern=LINE_PATTERN), TextRule(single_line=True),
                 Named("line", "One line of text: no line breaks.")]
RequiredLine = Annotated[str, Field(max_length=MAX_LINE, pattern=REQUIRED_LINE_PATTERN),
                         TextRule(single_line=True, required=True),
                         Named("requiredLine", "One line of text with at least one character that is not white "
                               "space.")]
# The table keeps the kinds of support comma-separated, so a comma would split one in two.
SupportKind = Annotated[str, Field(max_length=MAX_LINE, pattern=SUPPORT_PATTERN),
                        TextRule(single_line=True, required=True, comma_free=True),
                        Named("supportKind", "One kind of support, one line, not empty. No comma: the app keeps "
                              "them comma-separated.")]

# ----------------------------------------------------------------------------------------- dates and times

# The years a plan may use (wijkteam.dates): no real plan leaves them, and what is derived from them cannot overflow.
_YEARS = "(19|20|21)[0-9]{2}"
assert (dates.FIRST_YEAR, dates.LAST_YEAR) == (1900, 2199), "the patterns below spell out these years"
_OFFSET = "(Z|[+-](0[0-9]|1[0-3]):[0-5][0-9]|[+-]14:00)"  # at most 14 hours from UTC, as dates.MAX_OFFSET
_TIME = "T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,6})?"
DATE_PATTERN = f"^{_YEARS}-[0-9]{{2}}-[0-9]{{2}}$"
DATETIME_PATTERN = f"^{_YEARS}-[0-9]{{2}}-[0-9]{{2}}{_TIME}{_OFFSET}$"
# The general form, whatever the year or offset: a value of this form is a date, only not one that may be used.
_ANY_DATE = re.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ANY_DATETIME = re.compile(f"[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}{_TIME}(Z|[+-][0-9]{{2}}:[0-9]{{2}})")

OUT_OF_RANGE = f"bij {{where}} ligt '{{key}}' niet tussen de jaren {dates.FIRST_YEAR} en {dates.LAST_YEAR}"
NO_SUCH_DATE = "bij {where} is '{key}' geen bestaande datum"
NO_SUCH_MOMENT = "bij {where} is '{key}' geen bestaand tijdstip"
NO_SUCH_ZONE = ("bij {where} heeft '{key}' een tijdzone die niet bestaat: het verschil met UTC is hoogstens "
                "14 uur")


def _refuse(kind: str) -> PydanticCustomError:
    # The wording is the Dutch of ``messages``; this text only shows up in a developer's traceback.
    return PydanticCustomError(kind, kind.replace("_", " "))


def _existing_date(value: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise _refuse("no_such_date") from None
    return value


def _existing_moment(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _refuse("no_such_moment") from None
    if not dates.moment_in_range(moment):  # in UTC: 2199-12-31T23:00:00-05:00 is in 2200 already
        raise _refuse("outside_the_years")
    return value


def _date_problem(value: str) -> str | None:
    if not _ANY_DATE.fullmatch(value):
        return None
    try:
        date.fromisoformat(value)
    except ValueError:
        return NO_SUCH_DATE
    return OUT_OF_RANGE


def _moment_problem(value: str) -> str | None:
    if not _ANY_DATETIME.fullmatch(value):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return NO_SUCH_MOMENT
    if not value.endswith("Z") and int(value[-2:]) > 59:
        return NO_SUCH_MOMENT  # Python reads +05:75 as +06:15; no clock shows 75 minutes
    offset = moment.utcoffset()
    if offset is not None and abs(offset) > dates.MAX_OFFSET:
        return NO_SUCH_ZONE
    return OUT_OF_RANGE


Date = Annotated[str, Field(max_length=10, pattern=DATE_PATTERN), AfterValidator(_existing_date),
                 Shape("een datum zoals 2025-03-31", _date_problem),
                 Named("date", "A calendar date, ISO 8601: YYYY-MM-DD, in the years 1900 to 2199.", "date")]
DateTime = Annotated[str, Field(max_length=64, pattern=DATETIME_PATTERN), AfterValidator(_existing_moment),
                     Shape("een tijdstip met tijdzone zoals 2025-03-31T14:05:00+00:00", _moment_problem),
                     Named("datetime", "A moment, ISO 8601 with seconds and an offset of at most 14 hours, in the "
                           "years 1900 to 2199 (also in UTC). The app writes UTC: 2025-03-31T14:05:00.123456+00:00.",
                           "date-time")]

# ------------------------------------------------------------------------------------------- other shapes

REF_PATTERN = "^[A-Za-z][A-Za-z0-9_-]{0,39}$"
Ref = Annotated[str, Field(max_length=40, pattern=REF_PATTERN), Shape("een verwijzing zoals p1"), Named(
    "ref", "A file-local reference: p (people), s (sections), g (goals), a (agreements), adv (advice), st (process "
    "steps), n (process notes), pn (private notes), v (versions), then a number. Any name of this shape is "
    "accepted on import; the app writes these. Never a database ID.")]

