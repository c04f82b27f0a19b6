"""Advice files (``.wijkadvies``): advice a professional sends back for a family's plan. Build, read, check; no DB.

A professional gets the family's plan file, reads it without importing it (``wijkteam show-plan``), and writes advice
into an advice file (``wijkteam export-advice``); the family reads that file into their own plan. The file can only
ever add advice: it holds no plan content, no people, no agreements and no answers. A file with any key beyond the
format is refused as a whole before anything is written.

    {"format": "wijkadvies", "version": 1, "app_version", "written_at",
     "for_plan": {"fingerprint", "title"},
     "advice": [{"kind", "author_name", "organisation", "legal_basis", "section": {"key", "title"} or null,
                 "text", "given_on"}]}

The format is described once, by the pydantic models in ``wijkteam/formats/wijkadvies.py`` (the schema in
``resources/schemas/`` is generated from them); reading goes through the same strict JSON reader and careful file
reader as plan files. This module loads without pydantic: the window imports ``SUFFIX`` at start-up.

The fingerprint names the plan without carrying any of it: SHA-256 of the plan's type and the moment it was made.
Both travel unchanged through the family's export and import, and nobody can edit them; the title can change, so it
is carried for people to read and never compared.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from models import AdviceKind
from wijkteam import __version__, dates, input_files, planfile, vocabulary
from wijkteam.atomic import WriteWords, save_bytes
from wijkteam.errors import QT_TRANSLATE_NOOP, InvalidInputError
from wijkteam.formats.strict_json import Invalid, JsonWords, depth, dump_json, load_strict_json, show
from wijkteam.formats.wijkadvies_constants import ANSWER_KEYS as ANSWER_KEYS
from wijkteam.formats.wijkadvies_constants import FORMAT as FORMAT
from wijkteam.formats.wijkadvies_constants import MAX_DEPTH as MAX_DEPTH
from wijkteam.formats.wijkadvies_constants import MAX_FILE_BYTES as MAX_FILE_BYTES
from wijkteam.formats.wijkadvies_constants import MAX_ITEMS as MAX_ITEMS
from wijkteam.formats.wijkadvies_constants import MAX_TEXT_FILE_BYTES as MAX_TEXT_FILE_BYTES
from wijkteam.formats.wijkadvies_constants import SUFFIX as SUFFIX
from wijkteam.formats.wijkadvies_constants import VERSION as VERSION
from wijkteam.terminal import terminal_safe

MSG_TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors", "Dit bestand is te groot voor een adviesbestand: het mag hoogstens 5 MB zijn."
)
MSG_EMPTY = QT_TRANSLATE_NOOP("Errors", "Dit bestand is leeg, dus er staat geen advies in.")
MSG_NOT_ADVICE_FILE = QT_TRANSLATE_NOOP(
    "Errors", "Dit bestand is geen adviesbestand van Ons Plan, of het is beschadigd."
)
MSG_PLAN_FILE = QT_TRANSLATE_NOOP("Errors", "Dit is een planbestand en geen adviesbestand, dus er verandert niets.")
MSG_TRUNCATED = QT_TRANSLATE_NOOP("Errors", "Dit adviesbestand is niet compleet: het houdt te vroeg op.")
MSG_NEWER = QT_TRANSLATE_NOOP("Errors", "Dit adviesbestand is gemaakt met een nieuwere versie van Ons Plan.")
MSG_UNKNOWN_VERSION = QT_TRANSLATE_NOOP("Errors", "Dit adviesbestand heeft een versienummer dat Ons Plan niet kent.")
MSG_TOO_DEEP = QT_TRANSLATE_NOOP("Errors", "Dit adviesbestand klopt niet: er zitten te veel lagen in elkaar.")
MSG_INVALID = "Dit adviesbestand klopt niet: {detail}."
MSG_MORE_THAN_ADVICE = "Een adviesbestand mag alleen advies toevoegen, maar in dit bestand staat ook {what}: daarom " \
                       "verandert er niets."
MSG_NO_ADVICE = QT_TRANSLATE_NOOP("Errors", "Er staat geen advies in dit adviesbestand.")
MSG_OTHER_PLAN = QT_TRANSLATE_NOOP("Errors", "Dit adviesbestand hoort bij een ander plan.")
MSG_CANNOT_SAVE = "Dit advies kan niet worden bewaard: {detail}."
MSG_WRONG_KIND = QT_TRANSLATE_NOOP("Errors", "Kies informatie, advies of voorwaarde.")
MSG_NO_AUTHOR = QT_TRANSLATE_NOOP("Errors", "Vul uw naam in: advies staat altijd op naam.")
MSG_NO_TEXT = QT_TRANSLATE_NOOP("Errors", "Het advies is leeg.")
MSG_NO_LEGAL_BASIS = QT_TRANSLATE_NOOP(
    "Errors", "Een voorwaarde mag alleen met een wettelijke grond, zoals een ondertoezichtstelling. Vul die in."
)
MSG_NO_SECTION = "Dit deel staat niet in het plan: {section}. Met 'wijkteam show-plan' ziet u welke delen er zijn."
MSG_FULL = QT_TRANSLATE_NOOP(
    "Errors", "Dit adviesbestand is vol: er passen hoogstens 100 punten in. Begin een nieuw adviesbestand."
)
MSG_TEXT_FILE_TOO_BIG = QT_TRANSLATE_NOOP("Errors", "Het tekstbestand is te groot voor één advies.")
MSG_TEXT_FILE_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Errors", "Het tekstbestand kan niet worden gelezen, want de tekst is niet als UTF-8 bewaard."
)

#: Why an advice file could not be written: the sentences of every file the family saves (``wijkteam.atomic``).
WRITE_WORDS = WriteWords.naming("Het adviesbestand")


class AdviceFileError(InvalidInputError):
    """An advice file that cannot be read, is not right, or does not belong here. One Dutch sentence."""


def plan_fingerprint(plan_type: str, created_at: datetime | str) -> str:
    """The plan's name in an advice file. The moment is normalised to UTC text, as the plan file writes it."""
    moment = planfile.parse_datetime(created_at) if isinstance(created_at, str) else created_at
    text = f"wijkplan\n{plan_type}\n{planfile.datetime_text(moment)}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------------------------------------------ checks


def check_document(document: Any) -> None:
    """Check a parsed advice file completely. Raises AdviceFileError with one Dutch sentence."""
    # The header first: a plan file or a newer format should say so, not complain about fields.
    if not isinstance(document, dict):
        raise AdviceFileError(MSG_NOT_ADVICE_FILE)
    if document.get("format") == planfile.FORMAT:
        raise AdviceFileError(MSG_PLAN_FILE)
    if document.get("format") != FORMAT:
        raise AdviceFileError(MSG_NOT_ADVICE_FILE)
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise AdviceFileError(MSG_UNKNOWN_VERSION)
    if version > VERSION:
        raise AdviceFileError(MSG_NEWER)
    from wijkteam.formats import wijkadvies  # pydantic loads here, not when the window imports this module

    try:
        wijkadvies.only_advice(document)
    except wijkadvies.MoreThanAdvice as exc:
        raise AdviceFileError(MSG_MORE_THAN_ADVICE.format(what=exc.what)) from None
    if depth(document, MAX_DEPTH) > MAX_DEPTH:
        raise AdviceFileError(MSG_TOO_DEEP)
    try:
        wijkadvies.check_content(document)
    except Invalid as exc:
        raise AdviceFileError(MSG_INVALID.format(detail=exc.detail)) from None
    except wijkadvies.NoAdvice:
        raise AdviceFileError(MSG_NO_ADVICE) from None


ADVICE_FILE_WORDS = JsonWords(AdviceFileError, MAX_FILE_BYTES, MSG_TOO_BIG, MSG_EMPTY, MSG_NOT_ADVICE_FILE,
                              MSG_TRUNCATED, MSG_TOO_DEEP, MSG_INVALID)


def parse_document(data: bytes) -> dict[str, Any]:
    """Parse and check the bytes of an advice file: strict JSON as a plan file is read, in its own sentences."""
    document = load_strict_json(data, ADVICE_FILE_WORDS)
    check_document(document)
    assert isinstance(document, dict)
    return document


def _read_limited(path: Path, limit: int, too_big: str) -> bytes:
    """The one careful reader of files someone picked (``wijkteam.input_files``), with this file's limit."""
    return input_files.read_input_file(Path(path), limit, too_big=too_big, error=AdviceFileError)


def read_document(path: Path) -> dict[str, Any]:
    """Read, parse and check an advice file. Raises AdviceFileError with one Dutch sentence; writes nothing."""
    return parse_document(_read_limited(path, MAX_FILE_BYTES, MSG_TOO_BIG))


def read_text_file(path: Path) -> str:
    """The advice text from a file (``--text-file``): UTF-8, with the same size care as an advice file."""
    data = _read_limited(path, MAX_TEXT_FILE_BYTES, MSG_TEXT_FILE_TOO_BIG)
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise AdviceFileError(MSG_TEXT_FILE_NOT_UTF8) from None


# ------------------------------------------------------------------------------------------------------ writing


@dataclass(frozen=True)
class AdviceDraft:
    """One item as the professional gives it, before it is checked. ``section`` is a section key, or a title."""

    author_name: str
    text: str
    kind: str = AdviceKind.ADVIES.value
    organisation: str = ""
    legal_basis: str = ""
    section: str | None = None
    given_on: date | None = None


@dataclass(frozen=True)
class SavedAdvice:
    path: Path
    items: int
    plan_title: str


def _line(value: str) -> str:
    # As the services store a one-line field: runs of white space, line breaks included, become one space.
    return " ".join(value.split())


def _find_section(plan: dict[str, Any], wanted: str) -> dict[str, Any]:
    """By its key (what ``show-plan`` prints in brackets), or else by its title, ignoring case."""
    for section in plan["sections"]:
        if section["key"] == wanted:
            return section
    for section in plan["sections"]:
        if _line(section["title"]).casefold() == _line(wanted).casefold():
            return section
    raise AdviceFileError(MSG_NO_SECTION.format(section=show(wanted)))


def make_item(draft: AdviceDraft, plan: dict[str, Any]) -> dict[str, Any]:
    """The file's item for ``draft``, about a section of ``plan`` (the plan of a plan file). Checked as on reading."""
    # The same sentences as AdviceService.add_advice, so the professional hears what the family's app would say.
    if draft.kind not in tuple(AdviceKind):
        raise AdviceFileError(MSG_WRONG_KIND)
    if not _line(draft.author_name):
        raise AdviceFileError(MSG_NO_AUTHOR)
    if not draft.text.strip():
        raise AdviceFileError(MSG_NO_TEXT)
    legal_basis = _line(draft.legal_basis)
    if draft.kind == AdviceKind.VOORWAARDE and not legal_basis:
        raise AdviceFileError(MSG_NO_LEGAL_BASIS)
    if draft.given_on is not None and not dates.date_in_range(draft.given_on):
        raise AdviceFileError(dates.MSG_OUT_OF_RANGE)
    section = None
    if draft.section is not None and draft.section.strip():
        found = _find_section(plan, draft.section.strip())
        section = {"key": found["key"], "title": found["title"]}
    item = {
        "kind": draft.kind,
        "author_name": _line(draft.author_name),
        "organisation": _line(draft.organisation),
        "legal_basis": legal_basis,
        "section": section,
        "text": draft.text.strip(),
        "given_on": (draft.given_on or date.today()).isoformat(),
    }
    from wijkteam.formats import wijkadvies

    try:
        wijkadvies.check_item(item, "dit advies")
    except Invalid as exc:
        raise AdviceFileError(MSG_CANNOT_SAVE.format(detail=exc.detail)) from None
    return item


def new_document(plan: dict[str, Any], items: list[dict[str, Any]], *, written_at: datetime) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "written_at": planfile.datetime_text(written_at),
        "for_plan": {"fingerprint": plan_fingerprint(plan["type"], plan["created_at"]), "title": plan["title"]},
        "advice": items,
    }


def add_to_file(plan_file: Path, advice_file: Path, draft: AdviceDraft, *, now: datetime | None = None) -> SavedAdvice:
    """Add one item to ``advice_file`` for the plan in ``plan_file``: a new file, or one more item in an existing one.

    The plan file is only read. An existing advice file must be a sound one for the same plan; otherwise nothing is
    written, so a wrong name never overwrites a plan file or someone else's advice. Writing is all or nothing.
    """
    plan = planfile.read_document(Path(plan_file))["plan"]
    item = make_item(draft, plan)
    advice_file = Path(advice_file)
    items: list[dict[str, Any]] = []
    if advice_file.exists():
        existing = read_document(advice_file)
        if existing["for_plan"]["fingerprint"] != plan_fingerprint(plan["type"], plan["created_at"]):
            raise AdviceFileError(MSG_OTHER_PLAN)
        items = existing["advice"]
        if len(items) >= MAX_ITEMS:
            raise AdviceFileError(MSG_FULL)
    document = new_document(plan, [*items, item], written_at=now or datetime.now().astimezone())
    check_document(document)  # the app never writes a file it would refuse to read
    written = save_bytes(advice_file, dump_json(document), WRITE_WORDS)
    return SavedAdvice(written, len(document["advice"]), plan["title"])


# ------------------------------------------------------------------------------------------------- reading a plan

def _type_name(plan_type: str) -> str:
    name = vocabulary.label(vocabulary.PLAN_TYPES, plan_type)
    return f"{name} (Wmo)" if plan_type == "persoonlijk_plan" else name


def _kind_name(kind: str) -> str:
    name = vocabulary.label(vocabulary.ADVICE_KINDS, kind)
    return f"{name} (bindend)" if kind == "voorwaarde" else name


def _clean(text: str) -> str:
    return terminal_safe(text, keep_line_breaks=True)


def _block(text: str, indent: str = "      ") -> list[str]:
    return [indent + line if line.strip() else "" for line in _clean(text).strip().splitlines()]


_HOUSE_NAMES = {"zorgen": "Huis van zorgen", "goede_dingen": "Huis van goede dingen", "dromen": "Huis van dromen"}


def plan_as_text(document: dict[str, Any]) -> str:
    """A checked plan file as plain text, for a professional to read the family's words without importing them.

    Section keys stand in brackets: ``export-advice --section`` takes them. What is not the family's plan stays out:
    private notes they did not mark to share, a child's house kept back, the peer supporter's process notes, and the
    history.
    """
    plan = document["plan"]
    names = {person["ref"]: person["name"] for person in plan["people"]}
    titles = {section["ref"]: section["title"] for section in plan["sections"]}
    out = [f"{_type_name(plan['type'])}: {plan['title']}"]
    for label, key in (("Van", "family_name"), ("Status", "status"), ("Datum van de melding", "melding_date"),
                       ("Bijeenkomst", "meeting_date"), ("Plaats", "meeting_place"), ("Evaluatie", "evaluation_date")):
        if plan[key]:
            out.append(f"{label}: {plan[key]}")
    if plan["people"]:
        out += ["", "Mensen"]
        for person in plan["people"]:
            extra = ", ".join(part for part in (person["relation"], person["organisation"]) if part)
            out.append(f"  - {person['name']}" + (f" ({extra})" if extra else ""))
    out += ["", "Delen van het plan (de sleutel tussen [ ] kunt u gebruiken bij --section)"]
    for section in plan["sections"]:
        out.append(f"  [{section['key']}] {section['title']}" + (" (overgeslagen)" if section["skipped"] else ""))
        out += _block(section["text"])
    if plan["goals"]:
        out += ["", "Doelen"]
        out += [f"  {number}. " + " ".join(_block(goal["text"], "")) for number, goal in enumerate(plan["goals"], 1)]
    if plan["agreements"]:
        out += ["", "Afspraken"]
        for agreement in plan["agreements"]:
            out.append("  - " + " ".join(_block(agreement["what"], "")) + (" (veiligheid)" if agreement["is_safety"]
                                                                            else ""))
            who = ", ".join(names.get(ref, "?") for ref in agreement["who"])
            when = ", ".join(part for part in (agreement["when_text"], agreement["due_date"] or "") if part)
            for label, value in (("wie", who), ("wanneer", when), ("hoe weten we het", agreement["how_we_know"]),
                                 ("wie checkt", agreement["checker"])):
                if value:
                    out.append(f"      {label}: {value}")
    if plan["plan_b"].strip():
        out += ["", "Als het anders loopt", *_block(plan["plan_b"], "  ")]
    if plan["advice"]:
        out += ["", "Informatie en advies van professionals"]
        for advice in plan["advice"]:
            about = f", over '{titles.get(advice['section'], '')}'" if advice["section"] else ""
            author = ", ".join(part for part in (advice["author_name"], advice["organisation"]) if part)
            out.append(f"  - {_kind_name(advice['kind'])} van {author}, {advice['given_on']}"
                       f"{about}")
            if advice["legal_basis"]:
                out.append(f"      wettelijke grond: {advice['legal_basis']}")
            out += _block(advice["text"])
            response = advice["response"] or {"answer": "open", "reason": ""}
            answer = vocabulary.inline(vocabulary.label(vocabulary.ADVICE_ANSWERS, response["answer"]))
            out.append(f"      antwoord van het gezin: {answer}")
            out += _block(response["reason"], "        ")
    houses = [house for house in plan.get("child_houses", []) if house["shared"]]
    if houses:
        out += ["", "Drie Huizen: wat de kinderen delen"]
        for house in houses:
            drawing = " (met tekening)" if house["drawing"] else ""
            out.append(f"  - {_HOUSE_NAMES.get(house['kind'], house['kind'])} van {names.get(house['child'], '?')}"
                       f"{drawing}")
            out += _block(house["text"])
    shared = [note for note in plan.get("private_notes", []) if note["include"]]
    if shared:
        out += ["", "Notities die het gezin deelt"]
        out += [line for note in shared for line in _block(note["text"], "  ")]
    return _clean("\n".join(out)).rstrip() + "\n"
