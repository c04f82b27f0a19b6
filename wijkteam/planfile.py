"""Plan files (``.wijkplan``): read, check and write one. No database here.

A plan file is UTF-8 JSON: ``{"format": "wijkplan", "version": 3, "app_version", "exported_at", "plan": {...}}``.
The format is described once, by the pydantic models in ``wijkteam/formats/wijkplan.py``; the JSON Schema in
``resources/schemas/wijkplan-3.schema.json`` is generated from them. The services map database rows to and from the
plain dictionaries this module reads and writes (``services/planfiles.py``).

Reading is defensive, because a plan file comes from outside: the size is checked before a byte is read
(``wijkteam.input_files``), the JSON is read strictly (``formats.strict_json``), the header and the depth are checked
before the content, and every field is checked against the limits the services use, so an import can never put into
the database what the app itself would not. A problem becomes one Dutch sentence.

This module loads without pydantic (the window imports ``SUFFIX`` at start-up); the models load at the first check.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from wijkteam import dates, input_files
from wijkteam.atomic import WriteWords, save_bytes
from wijkteam.errors import QT_TRANSLATE_NOOP, InvalidInputError
from wijkteam.formats.strict_json import MSG_NOT_UTF8 as MSG_NOT_UTF8
from wijkteam.formats.strict_json import Invalid, JsonWords, depth, dump_json, load_strict_json
from wijkteam.formats.wijkplan_constants import FORMAT as FORMAT
from wijkteam.formats.wijkplan_constants import HISTORY_ENTITIES as HISTORY_ENTITIES
from wijkteam.formats.wijkplan_constants import LIMITS as LIMITS
from wijkteam.formats.wijkplan_constants import MAX_DEPTH as MAX_DEPTH
from wijkteam.formats.wijkplan_constants import MAX_FILE_BYTES as MAX_FILE_BYTES
from wijkteam.formats.wijkplan_constants import MAX_NUMBER as MAX_NUMBER
from wijkteam.formats.wijkplan_constants import MAX_SNAPSHOT as MAX_SNAPSHOT
from wijkteam.formats.wijkplan_constants import REF_PREFIXES as REF_PREFIXES
from wijkteam.formats.wijkplan_constants import SUFFIX as SUFFIX
from wijkteam.formats.wijkplan_constants import VERSION as VERSION

MSG_NOT_FOUND = input_files.MSG_NOT_FOUND
MSG_IS_FOLDER = input_files.MSG_IS_FOLDER
MSG_UNREADABLE = input_files.MSG_UNREADABLE
MSG_EMPTY = QT_TRANSLATE_NOOP("Errors", "Dit bestand is leeg, dus er staat geen plan in.")
MSG_TOO_BIG = QT_TRANSLATE_NOOP("Errors", "Dit bestand is te groot voor een planbestand: het mag hoogstens 20 MB zijn.")
MSG_NOT_PLAN_FILE = QT_TRANSLATE_NOOP("Errors", "Dit bestand is geen planbestand van Ons Plan, of het is beschadigd.")
MSG_TRUNCATED = QT_TRANSLATE_NOOP("Errors", "Dit planbestand is niet compleet: het houdt te vroeg op.")
MSG_NEWER = QT_TRANSLATE_NOOP("Errors", "Dit planbestand is gemaakt met een nieuwere versie van Ons Plan.")
MSG_UNKNOWN_VERSION = QT_TRANSLATE_NOOP("Errors", "Dit planbestand heeft een versienummer dat Ons Plan niet kent.")
MSG_TOO_DEEP = QT_TRANSLATE_NOOP("Errors", "Dit planbestand klopt niet: er zitten te veel lagen in elkaar.")
MSG_INVALID = "Dit planbestand klopt niet: {detail}."
MSG_CANNOT_EXPORT = "Dit plan kan niet als planbestand worden bewaard: {detail}."

#: Why a plan file could not be written, in the sentences every file the family saves uses (``wijkteam.atomic``).
WRITE_WORDS = WriteWords.naming("Het planbestand")
MSG_WRITE_NO_FOLDER = WRITE_WORDS.no_folder
MSG_WRITE_IS_FOLDER = WRITE_WORDS.is_folder
MSG_WRITE_DENIED = WRITE_WORDS.denied
MSG_WRITE_DISK_FULL = WRITE_WORDS.disk_full
MSG_WRITE_FAILED = WRITE_WORDS.failed


class PlanFileError(InvalidInputError):
    """A plan file that cannot be read or is not right. The message is one Dutch sentence."""


PLAN_FILE_WORDS = JsonWords(PlanFileError, MAX_FILE_BYTES, MSG_TOO_BIG, MSG_EMPTY, MSG_NOT_PLAN_FILE, MSG_TRUNCATED,
                            MSG_TOO_DEEP, MSG_INVALID)


# --------------------------------------------------------------------------------------------- dates and times


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


# ------------------------------------------------------------------------------------------------------ checks


def check_document(document: Any) -> None:
    """Check a parsed plan file completely. Raises PlanFileError with one Dutch sentence."""
    try:
        _check(document)
    except Invalid as exc:
        raise PlanFileError(MSG_INVALID.format(detail=exc.detail)) from None


def check_export(document: dict[str, Any]) -> None:
    """Check a file about to be written: the app never writes a plan file it would refuse to read."""
    try:
        _check(document)
    except (Invalid, PlanFileError) as exc:
        detail = exc.detail if isinstance(exc, Invalid) else str(exc).rstrip(".")
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
    # Then the depth, before anything walks the content.
    if depth(document, MAX_DEPTH) > MAX_DEPTH:
        raise PlanFileError(MSG_TOO_DEEP)
    from wijkteam.formats import wijkplan  # pydantic loads here, not when the window imports this module

    wijkplan.check_content(document)


# ---------------------------------------------------------------------------------------------- reading, writing


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
    return dump_json(document)


def parse_document(data: bytes) -> dict[str, Any]:
    """Parse and check the bytes of a plan file. Raises PlanFileError with one Dutch sentence."""
    document = load_strict_json(data, PLAN_FILE_WORDS)
    check_document(document)
    assert isinstance(document, dict)
    return document


def read_document(path: Path) -> dict[str, Any]:
    """Read, parse and check a plan file. Raises PlanFileError with one Dutch sentence; writes nothing."""
    return parse_document(read_bytes(Path(path)))


def read_bytes(path: Path) -> bytes:
    """The bytes of a plan file, through the one careful reader (``wijkteam.input_files``): no pipes, devices or
    folders, and never more than 20 MB."""
    return input_files.read_input_file(Path(path), MAX_FILE_BYTES, too_big=MSG_TOO_BIG, error=PlanFileError)


def write_bytes(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` completely or not at all (``wijkteam.atomic``): an existing file stays as it was
    when anything fails. Raises StorageError with one Dutch sentence about the plan file."""
    return save_bytes(Path(target), data, WRITE_WORDS)


# ----------------------------------------------------------------------------------------------- frozen versions


def handed_over(plan: dict[str, Any]) -> dict[str, Any]:
    """The ``plan`` object of a plan file cut down to what the family hands over, for a frozen version.

    It keeps every field, so a version stays readable as a plan file, but the peer supporter's process records, the
    history and earlier versions are left empty, and of the private notes only those the family chose to include stay.
    """
    result = dict(plan)
    result.update(process_steps=[], process_notes=[], versions=[], history=[])
    result["private_notes"] = [note for note in plan.get("private_notes", []) if note["include"]]
    if "child_houses" in plan:
        # A house the child keeps back is never frozen into a version, not even for the family's own copy.
        result["child_houses"] = [house for house in plan["child_houses"] if house["shared"]]
    return result
