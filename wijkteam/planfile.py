"""Plan files (``.wijkplan``): the format itself. Build, read and check; no database here.

A plan file is UTF-8 JSON: ``{"format": "wijkplan", "version": 1, "app_version", "exported_at", "plan": {...}}``.
The services map database rows to and from the plain dictionaries of this module (``services/planfiles.py``); the
format is described for people in README.md and for machines in ``resources/schemas/wijkplan-1.schema.json``.
A test holds that schema and ``PLAN_FILE`` below to the same fields, types and limits.

Reading is defensive, because a plan file comes from outside: the size is checked before a byte is read, nothing is
ever evaluated, NaN and Infinity are refused, and every field is checked against the limits the services use, so an
import can never put into the database what the app itself would not. A problem becomes one Dutch sentence.
"""

from __future__ import annotations

import errno
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from models import AdviceAnswer, AdviceKind, AgreementStatus, Phase, PlanStatus, PlanType, Role, Sector
from wijkteam import dates, input_files
from wijkteam.atomic import write_file
from wijkteam.errors import InvalidInputError, StorageError
from wijkteam.limits import MAX_LINE, MAX_TEXT

FORMAT = "wijkplan"
VERSION = 1
SUFFIX = ".wijkplan"  # for file dialogs; a file with another name is read all the same

#: Checked with ``stat`` before reading, and again while reading (a pipe or a growing file has no honest size).
MAX_FILE_BYTES = 20 * 1024 * 1024
#: The format itself nests six containers deep (file, plan, versions, version, consents, consent).
MAX_DEPTH = 8
#: A frozen version holds a whole plan as JSON text, so it may be far longer than one text field.
MAX_SNAPSHOT = 10_000_000
#: Positions and version numbers: far above any real plan, far below SQLite's 64-bit limit.
MAX_NUMBER = 1_000_000

#: Most items per list. Far above any real plan; they stop a hostile file from filling the database.
LIMITS = {
    "people": 2_000,
    "sections": 500,
    "goals": 2_000,
    "agreements": 5_000,
    "who": 2_000,
    "support": 20,
    "advice": 2_000,
    "process_steps": 500,
    "process_notes": 5_000,
    "private_notes": 5_000,
    "versions": 1_000,
    "consents": 2_000,
    "history": 100_000,
}

#: File-local references: a prefix per kind and a number, such as "p1" or "g2". Never database IDs.
REF_PREFIXES = {
    "people": "p",
    "sections": "s",
    "goals": "g",
    "agreements": "a",
    "advice": "adv",
    "process_steps": "st",
    "process_notes": "n",
    "private_notes": "pn",
    "versions": "v",
}

#: Which list a history row's ``entity_ref`` points into, by the row's ``entity`` (a table name).
#: An answer to advice is recorded under the advice it answers (see ``PlanService.respond_to_advice``).
#: Rows about the plan itself (``entity`` "plan") and about anything else carry no reference.
HISTORY_ENTITIES = {
    "participant": "people",
    "section": "sections",
    "goal": "goals",
    "agreement": "agreements",
    "advice": "advice",
    "advice_response": "advice",
    "process_step": "process_steps",
    "process_note": "process_notes",
    "private_note": "private_notes",
    "plan_version": "versions",
}

MSG_NOT_FOUND = input_files.MSG_NOT_FOUND
MSG_IS_FOLDER = input_files.MSG_IS_FOLDER
MSG_UNREADABLE = input_files.MSG_UNREADABLE
MSG_EMPTY = "Dit bestand is leeg, dus er staat geen plan in."
MSG_TOO_BIG = "Dit bestand is te groot voor een planbestand: het mag hoogstens 20 MB zijn."
MSG_NOT_UTF8 = "Dit bestand kan niet worden gelezen, want de tekst is niet als UTF-8 bewaard."
MSG_NOT_PLAN_FILE = "Dit bestand is geen planbestand van Ons Plan, of het is beschadigd."
MSG_TRUNCATED = "Dit planbestand is niet compleet: het houdt te vroeg op."
MSG_NEWER = "Dit planbestand is gemaakt met een nieuwere versie van Ons Plan."
MSG_UNKNOWN_VERSION = "Dit planbestand heeft een versienummer dat Ons Plan niet kent."
MSG_TOO_DEEP = "Dit planbestand klopt niet: er zitten te veel lagen in elkaar."
MSG_INVALID = "Dit planbestand klopt niet: {detail}."
MSG_CANNOT_EXPORT = "Dit plan kan niet als planbestand worden bewaard: {detail}."

MSG_WRITE_NO_FOLDER = "Het planbestand kan niet worden bewaard, want de map bestaat niet: {folder}."
MSG_WRITE_IS_FOLDER = "Het planbestand kan niet worden bewaard, want er staat al een map met die naam: {path}."
MSG_WRITE_DENIED = "Het planbestand kan niet worden bewaard, want u mag niet schrijven in deze map: {folder}."
MSG_WRITE_DISK_FULL = "Het planbestand kan niet worden bewaard, want de schijf is vol."
MSG_WRITE_FAILED = "Het planbestand kan niet worden bewaard in deze map: {folder}."


class PlanFileError(InvalidInputError):
    """A plan file that cannot be read or is not right. The message is one Dutch sentence."""


class _Invalid(Exception):
    """One problem in the content, phrased to follow "Dit planbestand klopt niet: ..." (no capital, no full stop)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


# --------------------------------------------------------------------------------------------- dates and times

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})")
_REF = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,39}")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}")
# NUL breaks printing and C strings; a lone surrogate cannot be written as UTF-8 at all.
_FORBIDDEN = re.compile("[\x00\ud800-\udfff]")
_LINE_BREAK = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# The years a plan may use (wijkteam.dates): no real plan leaves them, and what is derived from them cannot overflow.
_OUT_OF_RANGE = f"bij {{where}} ligt '{{key}}' niet tussen de jaren {dates.FIRST_YEAR} en {dates.LAST_YEAR}"


def date_text(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def datetime_text(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with its offset. SQLite hands back naive datetimes; the app only ever stores UTC."""
    if value is None:
        return None
    value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return value.isoformat()


def parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def parse_datetime(value: str | None) -> datetime | None:
    """An aware datetime in UTC, as the tables expect. For a checked value: one outside the range raises
    DateRangeError (one Dutch sentence), never OverflowError."""
    return dates.to_utc(datetime.fromisoformat(value)) if value is not None else None


def make_ref(kind: str, number: int) -> str:
    """The reference of the ``number``-th item (from 1) of a list, such as ``make_ref("people", 3) == "p3"``."""
    return f"{REF_PREFIXES[kind]}{number}"


# ------------------------------------------------------------------------------------------ the checks themselves


def _show(value: Any) -> str:
    """A short, harmless rendering of a value from the file for a message: no control or direction characters."""
    if isinstance(value, dict | list):
        return "een object" if isinstance(value, dict) else "een lijst"
    if not isinstance(value, str):
        return json.dumps(value)[:40]
    # repr escapes control and direction characters such as U+202E, so the message reads the same everywhere.
    return repr(value[:40]) + ("…" if len(value) > 40 else "")


def _dutch_number(number: int) -> str:
    return f"{number:,}".replace(",", ".")


class Check:
    """Checks one value of a parsed plan file. ``where`` names the object in Dutch ("persoon 4"), ``key`` the field."""

    nullable = False

    def check(self, value: Any, where: str, key: str) -> None:
        raise NotImplementedError

    def __call__(self, value: Any, where: str, key: str) -> None:
        if value is None and self.nullable:
            return
        self.check(value, where, key)


class Text(Check):
    def __init__(self, limit: int = MAX_TEXT, *, single_line: bool = False, required: bool = False,
                 nullable: bool = False) -> None:
        self.limit = min(limit, MAX_LINE) if single_line else limit
        self.single_line = single_line
        self.required = required
        self.nullable = nullable

    def check(self, value: Any, where: str, key: str) -> None:
        if not isinstance(value, str):
            raise _Invalid(f"bij {where} moet '{key}' tekst zijn")
        if len(value) > self.limit:
            raise _Invalid(f"bij {where} is '{key}' te lang, want er mogen hoogstens {_dutch_number(self.limit)} "
                           "tekens in")
        if _FORBIDDEN.search(value):
            raise _Invalid(f"bij {where} staat een teken in '{key}' dat niet mag")
        if self.single_line and _LINE_BREAK.search(value):
            raise _Invalid(f"bij {where} mag '{key}' maar één regel zijn")
        if self.required and not value.strip():
            raise _Invalid(f"bij {where} is '{key}' leeg")


class SupportKind(Text):
    """One kind of support ("praktisch"). The table keeps them comma-separated, so a comma would split one in two."""

    def __init__(self) -> None:
        super().__init__(single_line=True, required=True)

    def check(self, value: Any, where: str, key: str) -> None:
        super().check(value, where, key)
        if "," in value:
            raise _Invalid(f"bij {where} staat een komma in '{key}', en dat kan daar niet")


class Pattern(Text):
    """Short text of a fixed shape: a date, a time, a reference, a language code."""

    def __init__(self, pattern: re.Pattern[str], expected: str, *, nullable: bool = False) -> None:
        super().__init__(MAX_LINE, single_line=True, nullable=nullable)
        self.pattern = pattern
        self.expected = expected

    def check(self, value: Any, where: str, key: str) -> None:
        if not isinstance(value, str) or len(value) > 64 or not self.pattern.fullmatch(value):
            raise _Invalid(f"bij {where} moet '{key}' {self.expected} zijn")


class Date(Pattern):
    def __init__(self, *, nullable: bool = False) -> None:
        super().__init__(_DATE, "een datum zoals 2025-03-31", nullable=nullable)

    def check(self, value: Any, where: str, key: str) -> None:
        super().check(value, where, key)
        try:
            day = date.fromisoformat(value)
        except ValueError as exc:
            raise _Invalid(f"bij {where} is '{key}' geen bestaande datum") from exc
        if not dates.date_in_range(day):
            raise _Invalid(_OUT_OF_RANGE.format(where=where, key=key))


class DateTime(Pattern):
    def __init__(self, *, nullable: bool = False) -> None:
        super().__init__(_DATETIME, "een tijdstip met tijdzone zoals 2025-03-31T14:05:00+00:00", nullable=nullable)

    def check(self, value: Any, where: str, key: str) -> None:
        super().check(value, where, key)
        try:
            moment = datetime.fromisoformat(value)
        except ValueError as exc:
            raise _Invalid(f"bij {where} is '{key}' geen bestaand tijdstip") from exc
        offset = moment.utcoffset()
        if offset is not None and abs(offset) > dates.MAX_OFFSET:
            raise _Invalid(f"bij {where} heeft '{key}' een tijdzone die niet bestaat: het verschil met UTC is "
                           "hoogstens 14 uur")
        if not dates.moment_in_range(moment):
            raise _Invalid(_OUT_OF_RANGE.format(where=where, key=key))


class Ref(Pattern):
    def __init__(self, *, nullable: bool = False) -> None:
        super().__init__(_REF, "een verwijzing zoals p1", nullable=nullable)


class Integer(Check):
    def __init__(self, low: int, high: int) -> None:
        self.low = low
        self.high = high

    def check(self, value: Any, where: str, key: str) -> None:
        # bool is an int in Python, but true is no position.
        if not isinstance(value, int) or isinstance(value, bool):
            raise _Invalid(f"bij {where} moet '{key}' een heel getal zijn")
        if not self.low <= value <= self.high:
            raise _Invalid(f"bij {where} moet '{key}' tussen {self.low} en {_dutch_number(self.high)} liggen")


class Boolean(Check):
    def check(self, value: Any, where: str, key: str) -> None:
        if not isinstance(value, bool):
            raise _Invalid(f"bij {where} moet '{key}' true of false zijn")


class Choice(Check):
    """One of the text values of an enum; with ``allow_empty`` also "" (for "not filled in")."""

    def __init__(self, enum: type[StrEnum], *, allow_empty: bool = False) -> None:
        self.values = tuple(item.value for item in enum) + (("",) if allow_empty else ())

    def check(self, value: Any, where: str, key: str) -> None:
        if not isinstance(value, str) or value not in self.values:
            raise _Invalid(f"bij {where} is de waarde van '{key}' onbekend: {_show(value)}")


class Array(Check):
    """A list. Items that are objects are named "<label> <number>", nested ones also "van <parent>"."""

    def __init__(self, item: Check, max_items: int) -> None:
        self.item = item
        self.max_items = max_items

    def check(self, value: Any, where: str, key: str) -> None:
        if not isinstance(value, list):
            raise _Invalid(f"bij {where} moet '{key}' een lijst zijn")
        if len(value) > self.max_items:
            raise _Invalid(f"bij {where} staan te veel items in '{key}', want er mogen er hoogstens "
                           f"{_dutch_number(self.max_items)} in")
        for index, item in enumerate(value):
            if isinstance(self.item, Object):
                self.item(item, _inside(f"{self.item.label} {index + 1}", where), key)
            else:
                self.item(item, where, key)


class Object(Check):
    """An object with exactly these fields; the ones in ``optional`` may be left out."""

    def __init__(self, label: str, fields: dict[str, Check], *, optional: Iterable[str] = (),
                 nullable: bool = False) -> None:
        self.label = label
        self.fields = fields
        self.optional = frozenset(optional)
        self.nullable = nullable

    def check(self, value: Any, where: str, key: str) -> None:
        if not isinstance(value, dict):
            raise _Invalid(f"bij {where} moet '{key}' een object zijn")
        unknown = [name for name in value if name not in self.fields]
        if unknown:
            raise _Invalid(f"bij {where} staat een onbekend veld: {_show(unknown[0])}")
        for name, check in self.fields.items():
            if name not in value:
                if name in self.optional:
                    continue
                raise _Invalid(f"bij {where} ontbreekt '{name}'")
            check(value[name], where, name)


class _Nested(Object):
    """An object inside an object, such as the family's answer inside an advice item."""

    def __call__(self, value: Any, where: str, key: str) -> None:
        if value is None and self.nullable:
            return
        if not isinstance(value, dict):
            raise _Invalid(f"bij {where} moet '{key}' een object zijn")
        self.check(value, _inside(self.label, where), key)


FILE_WHERE = "het bestand"
PLAN_WHERE = "het plan"


def _inside(label: str, parent: str) -> str:
    """ "toestemming 1 van versie 2", but plainly "persoon 4" for what sits right in the plan."""
    return label if parent in (FILE_WHERE, PLAN_WHERE) else f"{label} van {parent}"

# The format, version 1. Keep in step with resources/schemas/wijkplan-1.schema.json (a test compares them).
LINE = Text(single_line=True)
TEXT = Text()

PERSON = Object("persoon", {
    "ref": Ref(),
    "name": Text(single_line=True, required=True),
    "role": Choice(Role),
    "relation": LINE,
    "organisation": LINE,
    "contact": LINE,
    "sector": Choice(Sector, allow_empty=True),
    "closeness": Integer(1, 3),
    "support": Array(SupportKind(), LIMITS["support"]),
    "consent_named": Boolean(),
    "position": Integer(0, MAX_NUMBER),
})
SECTION = Object("deel", {
    "ref": Ref(),
    "key": Text(single_line=True, required=True),
    "title": LINE,
    "position": Integer(0, MAX_NUMBER),
    "text": TEXT,
    "done": Boolean(),
    "skipped": Boolean(),
    "custom": Boolean(),
    "updated_at": DateTime(),
})
GOAL = Object("doel", {"ref": Ref(), "text": TEXT, "position": Integer(0, MAX_NUMBER)})
AGREEMENT = Object("afspraak", {
    "ref": Ref(),
    "goal": Ref(nullable=True),
    "what": TEXT,
    "who": Array(Ref(), LIMITS["who"]),
    "when_text": LINE,
    "due_date": Date(nullable=True),
    "how_we_know": LINE,
    "checker": LINE,
    "status": Choice(AgreementStatus),
    "is_safety": Boolean(),
    "position": Integer(0, MAX_NUMBER),
})
RESPONSE = _Nested("het antwoord", {
    "answer": Choice(AdviceAnswer),
    "reason": TEXT,
    "updated_at": DateTime(),
}, nullable=True)
ADVICE = Object("advies", {
    "ref": Ref(),
    "section": Ref(nullable=True),
    "kind": Choice(AdviceKind),
    "author_name": Text(single_line=True, required=True),
    "organisation": LINE,
    "legal_basis": LINE,
    "text": Text(required=True),
    "given_on": Date(),
    "created_at": DateTime(),
    "response": RESPONSE,
})
PROCESS_STEP = Object("processtap", {
    "ref": Ref(),
    "key": Text(single_line=True, required=True),
    "phase": Choice(Phase),
    "done_at": DateTime(nullable=True),
    "done_by": LINE,
})
PROCESS_NOTE = Object("procesnotitie", {
    "ref": Ref(),
    "phase": Choice(Phase, allow_empty=True),
    "author_name": LINE,
    "text": Text(required=True),
    "created_at": DateTime(),
})
PRIVATE_NOTE = Object("eigen notitie", {
    "ref": Ref(),
    "text": TEXT,
    "include": Boolean(),
    "created_at": DateTime(),
    "updated_at": DateTime(),
})
CONSENT = Object("toestemming", {"person": Ref(), "agreed_at": DateTime()})
VERSION_ITEM = Object("versie", {
    "ref": Ref(),
    "number": Integer(1, MAX_NUMBER),
    "created_at": DateTime(),
    "snapshot": Text(MAX_SNAPSHOT),
    "consents": Array(CONSENT, LIMITS["consents"]),
})
CHANGE = Object("geschiedenisregel", {
    "at": DateTime(),
    "actor_role": Choice(Role),
    "actor_name": LINE,
    "entity": Text(single_line=True, required=True),
    "entity_ref": Ref(nullable=True),
    "field": LINE,
    # A summary quotes a title or a name; it never blocks an export, so it gets the wide limit.
    "summary": TEXT,
})
PLAN = _Nested(PLAN_WHERE, {
    "type": Choice(PlanType),
    "title": LINE,
    "family_name": LINE,
    "status": Choice(PlanStatus),
    "language": Pattern(_LANGUAGE, "een taalcode zoals nl"),
    "melding_date": Date(nullable=True),
    "meeting_date": Date(nullable=True),
    "meeting_place": LINE,
    "evaluation_date": Date(nullable=True),
    "plan_b": TEXT,
    "created_at": DateTime(),
    "updated_at": DateTime(),
    "people": Array(PERSON, LIMITS["people"]),
    "sections": Array(SECTION, LIMITS["sections"]),
    "goals": Array(GOAL, LIMITS["goals"]),
    "agreements": Array(AGREEMENT, LIMITS["agreements"]),
    "advice": Array(ADVICE, LIMITS["advice"]),
    "process_steps": Array(PROCESS_STEP, LIMITS["process_steps"]),
    "process_notes": Array(PROCESS_NOTE, LIMITS["process_notes"]),
    "versions": Array(VERSION_ITEM, LIMITS["versions"]),
    "history": Array(CHANGE, LIMITS["history"]),
    "private_notes": Array(PRIVATE_NOTE, LIMITS["private_notes"]),
}, optional=("private_notes",))
PLAN_FILE = Object(FILE_WHERE, {
    "format": Text(single_line=True),
    "version": Integer(1, VERSION),
    "app_version": Text(single_line=True),
    "exported_at": DateTime(),
    "plan": PLAN,
})


# ------------------------------------------------------------------------------------------------ references


def _check_references(plan: dict[str, Any]) -> None:
    """What a JSON Schema cannot say: references point at something of the right kind, and nothing is doubled."""
    kinds: dict[str, str] = {}
    for kind in REF_PREFIXES:
        for item in plan.get(kind, ()):
            ref = item["ref"]
            if ref in kinds:
                raise _Invalid(f"de verwijzing {_show(ref)} komt twee keer voor")
            kinds[ref] = kind

    def target(ref: str | None, kind: str, where: str, key: str) -> None:
        if ref is not None and kinds.get(ref) != kind:
            raise _Invalid(f"bij {where} verwijst '{key}' naar {_show(ref)}, maar dat staat niet in dit plan")

    _unique((s["key"] for s in plan["sections"]), "twee delen van het plan hebben dezelfde sleutel {}")
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
            raise _Invalid(f"bij {where} staat een voorwaarde zonder wettelijke grond")
    for number, version in enumerate(plan["versions"], 1):
        where = f"versie {number}"
        for consent in version["consents"]:
            target(consent["person"], "people", where, "person")
        _unique((c["person"] for c in version["consents"]), f"bij {where} staat dezelfde persoon twee keer: {{}}")
    for number, change in enumerate(plan["history"], 1):
        entity_kind = HISTORY_ENTITIES.get(change["entity"])
        if entity_kind is None:
            if change["entity_ref"] is not None:
                raise _Invalid(f"bij geschiedenisregel {number} hoort geen 'entity_ref'")
        else:
            target(change["entity_ref"], entity_kind, f"geschiedenisregel {number}", "entity_ref")


def _unique(values: Iterable[Any], message: str) -> None:
    seen: set[Any] = set()
    for value in values:
        if value in seen:
            raise _Invalid(message.format(_show(value)))
        seen.add(value)


def _depth(value: Any) -> int:
    """How many lists and objects sit inside each other, without recursion (a hostile file may nest deeply)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Iterable[Any] = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, level + 1) for child in children if isinstance(child, dict | list))
    return deepest


# --------------------------------------------------------------------------------------------- public functions


def check_document(document: Any) -> None:
    """Check a parsed plan file completely. Raises PlanFileError with one Dutch sentence."""
    try:
        _check(document)
    except _Invalid as exc:
        raise PlanFileError(MSG_INVALID.format(detail=exc.detail)) from None


def check_export(document: dict[str, Any]) -> None:
    """Check a file about to be written: the app never writes a plan file it would refuse to read."""
    try:
        _check(document)
    except (_Invalid, PlanFileError) as exc:
        detail = exc.detail if isinstance(exc, _Invalid) else str(exc).rstrip(".")
        raise PlanFileError(MSG_CANNOT_EXPORT.format(detail=detail)) from None


def _check(document: Any) -> None:
    # The header first: a file of a newer version should say so, not complain about fields it does not know.
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise PlanFileError(MSG_NOT_PLAN_FILE)
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PlanFileError(MSG_UNKNOWN_VERSION)
    if version > VERSION:
        raise PlanFileError(MSG_NEWER)
    if _depth(document) > MAX_DEPTH:
        raise PlanFileError(MSG_TOO_DEEP)
    PLAN_FILE(document, FILE_WHERE, "")
    _check_references(document["plan"])


def new_document(plan: dict[str, Any], *, app_version: str, exported_at: datetime) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": app_version,
        "exported_at": datetime_text(exported_at),
        "plan": plan,
    }


def dump_document(document: dict[str, Any]) -> bytes:
    """The bytes of a plan file: UTF-8, every script as itself (not as \\u escapes), fields in a fixed order."""
    return (json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode("utf-8")


@dataclass(frozen=True)
class JsonWords:
    """What to say, and how large a file may be, when reading one kind of file as strict JSON."""

    error: type[Exception]
    max_bytes: int
    too_big: str
    empty: str
    not_this_kind: str
    truncated: str
    too_deep: str
    invalid: str  # with {detail}


PLAN_FILE_WORDS = JsonWords(PlanFileError, MAX_FILE_BYTES, MSG_TOO_BIG, MSG_EMPTY, MSG_NOT_PLAN_FILE, MSG_TRUNCATED,
                            MSG_TOO_DEEP, MSG_INVALID)


def load_strict_json(data: bytes, words: JsonWords) -> Any:
    """Read bytes as one JSON object: UTF-8 only, no NaN or Infinity, no key twice. One Dutch sentence otherwise."""
    if len(data) > words.max_bytes:
        raise words.error(words.too_big)
    if not data.strip():
        raise words.error(words.empty)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise words.error(MSG_NOT_UTF8)  # UTF-16, as some Windows editors save: the right text, the wrong bytes
    if not data.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{"):
        raise words.error(words.not_this_kind)  # a PDF, a photo, a letter: no need to talk about encodings
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise words.error(MSG_NOT_UTF8) from exc
    text = text.removeprefix("\ufeff")  # Windows Notepad puts a byte order mark in front; it means nothing here
    try:
        return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_object_without_doubles)
    except _Invalid as exc:
        raise words.error(words.invalid.format(detail=exc.detail)) from None
    except RecursionError:
        raise words.error(words.too_deep) from None
    except json.JSONDecodeError as exc:
        truncated = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        raise words.error(words.truncated if truncated else words.not_this_kind) from None
    except ValueError:  # a number of thousands of digits, for one
        raise words.error(words.not_this_kind) from None


def parse_document(data: bytes) -> dict[str, Any]:
    """Parse and check the bytes of a plan file. Raises PlanFileError with one Dutch sentence."""
    document = load_strict_json(data, PLAN_FILE_WORDS)
    check_document(document)
    assert isinstance(document, dict)
    return document


def _refuse_constant(name: str) -> Any:
    raise _Invalid(f"er staat {name} in, en dat is geen getal")


def _object_without_doubles(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads would silently keep the last of two equal keys; then what is read is not what is shown elsewhere.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Invalid(f"het veld {_show(key)} staat twee keer in hetzelfde object")
        result[key] = value
    return result


def read_document(path: Path) -> dict[str, Any]:
    """Read, parse and check a plan file. Raises PlanFileError with one Dutch sentence; writes nothing."""
    return parse_document(read_bytes(Path(path)))


def read_bytes(path: Path) -> bytes:
    """The bytes of a plan file, through the one careful reader (``wijkteam.input_files``): no pipes, devices or
    folders, and never more than 20 MB."""
    return input_files.read_input_file(Path(path), MAX_FILE_BYTES, too_big=MSG_TOO_BIG, error=PlanFileError)


def write_bytes(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` completely or not at all: a temporary file in the same folder, then a rename.

    An existing file at ``target`` stays as it was when anything fails. Raises StorageError with one Dutch sentence.
    """
    target = Path(target)
    folder = target.parent
    if target.is_dir():
        raise StorageError(MSG_WRITE_IS_FOLDER.format(path=target))
    if not folder.is_dir():
        raise StorageError(MSG_WRITE_NO_FOLDER.format(folder=folder))
    return write_file(target, [data], lambda exc: _write_message(exc, folder))


def _write_message(exc: OSError, folder: Path) -> str:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return MSG_WRITE_DISK_FULL
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return MSG_WRITE_DENIED.format(folder=folder)
    return MSG_WRITE_FAILED.format(folder=folder)


# ----------------------------------------------------------------------------------------------- frozen versions


def handed_over(plan: dict[str, Any]) -> dict[str, Any]:
    """The ``plan`` object of a plan file cut down to what the family hands over, for a frozen version.

    It keeps every field, so a version stays readable as a plan file, but the peer supporter's process records, the
    history and earlier versions are left empty, and of the private notes only those the family chose to include stay.
    """
    result = dict(plan)
    result.update(process_steps=[], process_notes=[], versions=[], history=[])
    result["private_notes"] = [note for note in plan.get("private_notes", []) if note["include"]]
    return result
