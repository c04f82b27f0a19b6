"""Plan files (.wijkplan): round trips, hard content, private notes, refused files, the schema, and the CLI."""

from __future__ import annotations

import copy
import errno
import json
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from sqlalchemy.engine import Engine

from models import PlanType
from tests import dbfile
from tests.cli import run
from wijkteam import planfile
from wijkteam.db import open_database
from wijkteam.demo import FAMILIE_TEXTS, PERSOONLIJK_TEXTS, add_demo_plans
from wijkteam.errors import InvalidInputError, NotFoundError, StorageError
from wijkteam.keystore import KEY_FILENAME
from wijkteam.planfile import PlanFileError
from wijkteam.services import FAMILY, Services
from wijkteam.services.base import MAX_LINE, MAX_TEXT
from wijkteam.services.planfiles import PlanFileService

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "planfiles"
HARD = FIXTURES / "hard-content.wijkplan"
SCHEMA = ROOT / "resources" / "schemas" / "wijkplan-3.schema.json"
SECRET = "Alleen voor ons: oma weet nog niets van de schulden. GEHEIM-91c2"


class DataDir:
    """One data folder with its database open, as the app would have it; started from a copy of ``template``."""

    def __init__(self, folder: Path, template: Path | None = None) -> None:
        self.database = folder / "wijkteam.sqlite"
        if template is not None:
            folder.mkdir(parents=True)
            shutil.copyfile(template, self.database)
            shutil.copyfile(template.parent / KEY_FILENAME, folder / KEY_FILENAME)  # the key that opens the copy
        self.engine: Engine = open_database(self.database, folder / "backups", dbfile.key_for(self.database))
        self.services = Services.for_engine(self.engine)

    def content(self) -> list[str]:
        """Every row of every table, to prove a refused import changed nothing."""
        con = dbfile.connect(self.database)
        try:
            return list(con.iterdump())
        finally:
            con.close()


def _template(folder: Path, *, demo: bool) -> Path:
    data = DataDir(folder)
    if demo:
        assert add_demo_plans(data.services) == [1, 2]
    data.engine.dispose()  # the last connection folds the WAL into the file, so one file copy holds everything
    return data.database


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Databases made once per module: making the demo plans takes longer than all the checks of an import."""
    root = tmp_path_factory.mktemp("sjablonen")
    return {"demo": _template(root / "demo", demo=True), "empty": _template(root / "leeg", demo=False)}


@pytest.fixture
def home(tmp_path: Path, templates: dict[str, Path]) -> Iterator[DataDir]:
    """A data folder holding the two demo plans, 1 (familiegroepsplan) and 2 (persoonlijk plan)."""
    data = DataDir(tmp_path / "thuis", templates["demo"])
    yield data
    data.engine.dispose()


@pytest.fixture
def elsewhere(tmp_path: Path, templates: dict[str, Path]) -> Iterator[DataDir]:
    """Another, empty data folder: the family's plan on someone else's laptop."""
    data = DataDir(tmp_path / "elders", templates["empty"])
    yield data
    data.engine.dispose()


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def without(document: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key not in keys}


def hard_document() -> dict[str, Any]:
    return load(HARD)


def _bytes_without_time(path: Path) -> list[bytes]:
    return [line for line in path.read_bytes().split(b"\n") if not line.startswith(b'  "exported_at": ')]


# ------------------------------------------------------------------------------------------------- round trips


def test_demo_plans_survive_export_import_export_through_two_data_dirs(
    home: DataDir, elsewhere: DataDir, tmp_path: Path
) -> None:
    for plan_id, texts in zip((1, 2), (FAMILIE_TEXTS, PERSOONLIJK_TEXTS), strict=True):
        first = home.services.planfiles.export_plan(plan_id, tmp_path / f"eerst-{plan_id}.wijkplan")
        new_id = elsewhere.services.planfiles.import_plan(first)
        second = elsewhere.services.planfiles.export_plan(new_id, tmp_path / f"daarna-{plan_id}.wijkplan")

        before, after = load(first), load(second)
        assert without(before, "exported_at") == without(after, "exported_at")
        assert _bytes_without_time(first) == _bytes_without_time(second)
        # Nothing dropped: the same rows in the new database, every text of the demo in the file.
        doc_home, doc_elsewhere = home.services.plans.get_plan(plan_id), elsewhere.services.plans.get_plan(new_id)
        for name in ("sections", "participants", "goals", "agreements", "advice"):
            assert len(getattr(doc_home, name)) == len(getattr(doc_elsewhere, name)) > 0, name
        assert [a.who for a in doc_home.agreements] == [a.who for a in doc_elsewhere.agreements]
        assert [(a.answer, a.reason) for a in doc_home.advice] == [(a.answer, a.reason) for a in doc_elsewhere.advice]
        assert set(texts.values()) <= {s["text"] for s in before["plan"]["sections"]}
        assert before["plan"]["history"] and before["plan"]["process_notes"]


def test_file_holds_no_database_ids_only_local_references(home: DataDir, tmp_path: Path) -> None:
    plan = load(home.services.planfiles.export_plan(2, tmp_path / "plan.wijkplan"))["plan"]
    assert [p["ref"] for p in plan["people"]] == [f"p{i}" for i in range(1, len(plan["people"]) + 1)]
    assert [s["ref"] for s in plan["sections"]][:2] == ["s1", "s2"]
    assert plan["agreements"][0]["who"] == ["p1"] and plan["agreements"][0]["goal"] == "g1"
    assert not any(key in json.dumps(plan) for key in ('"id"', '"plan_id"', '"goal_id"', '"entity_id"'))


def test_hard_content_imports_as_plain_text_and_exports_unchanged(home: DataDir, tmp_path: Path) -> None:
    original = hard_document()
    plan_id = home.services.planfiles.import_plan(HARD)

    doc = home.services.plans.get_plan(plan_id, include_private=True, actor=FAMILY)
    source = original["plan"]
    assert doc.title == source["title"] and "<img src='/etc/passwd'/>" in doc.title and "\u202e" in doc.title
    assert [s.text for s in doc.sections] == [s["text"] for s in source["sections"]]
    assert max(len(s.text) for s in doc.sections) == 100_000
    assert {s.key for s in doc.sections if s.skipped} == {"zorgen"}
    assert {s.key for s in doc.sections if s.custom} == {"eigen-1"}
    assert [p.name for p in doc.participants] == [p["name"] for p in source["people"]]
    assert doc.participants[0].support == tuple(source["people"][0]["support"])
    assert [a.reason for a in doc.advice][:2] == [a["response"]["reason"] for a in source["advice"][:2]]
    for needle in ("Zażółć gęślą jaźń", "Iğdır ılık İstanbul", "نريد أن يعود الهدوء إلى البيت", "<font name=x>"):
        assert needle in doc.plan_b

    again = load(home.services.planfiles.export_plan(plan_id, tmp_path / "weer.wijkplan", actor=FAMILY,
                                                     with_private=True))
    # A version 1 file is read, and written again as the current version with the same content.
    assert again["version"] == planfile.VERSION
    assert without(again, "exported_at", "app_version", "version") == \
        without(original, "exported_at", "app_version", "version")


def test_times_with_another_offset_keep_the_same_moment(home: DataDir, tmp_path: Path) -> None:
    document = hard_document()
    document["plan"]["created_at"] = "2025-03-01T11:15:00+02:00"
    source = tmp_path / "offset.wijkplan"
    source.write_text(json.dumps(document), encoding="utf-8")
    plan_id = home.services.planfiles.import_plan(source)
    exported = load(home.services.planfiles.export_plan(plan_id, tmp_path / "uit.wijkplan"))
    assert exported["plan"]["created_at"] == "2025-03-01T09:15:00+00:00"
    assert datetime.fromisoformat(exported["exported_at"]).utcoffset() is not None


def test_texts_right_at_the_limits_are_accepted(home: DataDir, tmp_path: Path) -> None:
    document = hard_document()
    document["plan"]["title"] = "ż" * MAX_LINE
    document["plan"]["sections"][0]["text"] = "ı" * MAX_TEXT
    source = tmp_path / "grens.wijkplan"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    doc = home.services.plans.get_plan(home.services.planfiles.import_plan(source))
    assert len(doc.title) == MAX_LINE and len(doc.sections[0].text) == MAX_TEXT


# ----------------------------------------------------------------------------------------------- private notes


def test_private_notes_leave_only_with_the_flag(home: DataDir, elsewhere: DataDir, tmp_path: Path) -> None:
    """Notes the family marked to include are part of the plan; the others leave only with the flag."""
    plan_id = 1
    home.services.plans.add_private_note(plan_id, FAMILY, "Alleen voor ons: " + SECRET)
    home.services.plans.add_private_note(plan_id, FAMILY, "Voor het plan.", include=True)

    plain = home.services.planfiles.export_plan(plan_id, tmp_path / "gewoon.wijkplan")
    assert b"GEHEIM-91c2" not in plain.read_bytes()
    assert [n["text"] for n in load(plain)["plan"]["private_notes"]] == ["Voor het plan."]
    # The history says the other note was made, but no longer points at it.
    rows = [c for c in load(plain)["plan"]["history"] if c["entity"] == "private_note"]
    assert [c["entity_ref"] is None for c in rows] == [True, False]

    full = home.services.planfiles.export_plan(plan_id, tmp_path / "alles.wijkplan", actor=FAMILY,
                                               with_private=True)
    notes = load(full)["plan"]["private_notes"]
    assert [n["text"] for n in notes] == ["Alleen voor ons: " + SECRET, "Voor het plan."]
    assert [n["include"] for n in notes] == [False, True]

    new_id = elsewhere.services.planfiles.import_plan(full)
    again = load(elsewhere.services.planfiles.export_plan(new_id, tmp_path / "weer.wijkplan", actor=FAMILY,
                                                          with_private=True))
    assert without(again, "exported_at") == without(load(full), "exported_at")
    assert b"GEHEIM-91c2" not in elsewhere.services.planfiles.export_plan(
        new_id, tmp_path / "weer-gewoon.wijkplan").read_bytes()


# ------------------------------------------------------------------------------------------------- the schema


def _validator() -> jsonschema.Draft202012Validator:
    schema = load(SCHEMA)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_exported_files_and_the_fixture_match_the_json_schema(home: DataDir, tmp_path: Path) -> None:
    validator = _validator()
    for plan_id in (1, 2):
        home.services.plans.add_private_note(plan_id, FAMILY, SECRET)
        for with_private in (False, True):
            target = tmp_path / f"plan-{plan_id}-{with_private}.wijkplan"
            home.services.planfiles.export_plan(plan_id, target, actor=FAMILY, with_private=with_private)
            errors = [error.message for error in validator.iter_errors(load(target))]
            assert errors == []
    assert [error.message for error in validator.iter_errors(hard_document())] == []


def test_schema_refuses_what_the_checker_refuses() -> None:
    validator = _validator()
    for mutate in (_set("plan", "people", 0, "role", "koning"), _delete("plan", "title"),
                   _set("plan", "title", "twee\nregels"), _set("plan", "people", 0, "extra", 1),
                   _set("plan", "sections", 0, "updated_at", "2025-03-01T09:15:00")):
        document = hard_document()
        mutate(document)
        assert not validator.is_valid(document)
        with pytest.raises(PlanFileError):
            planfile.check_document(document)


def test_the_schema_is_the_one_the_models_generate() -> None:
    from wijkteam.formats import schemas

    assert load(SCHEMA) == schemas.schema_of(schemas.SCHEMAS[SCHEMA.name]), (
        f"{SCHEMA.name} differs from its model; write it again with: {schemas.REGENERATE}")


# ---------------------------------------------------------------------------------------------- refused files


def _set(*path_and_value: Any) -> Callable[[dict[str, Any]], None]:
    *path, key, value = path_and_value

    def mutate(document: dict[str, Any]) -> None:
        node: Any = document
        for step in path:
            node = node[step]
        node[key] = value

    return mutate


def _delete(*path: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        node: Any = document
        for step in path[:-1]:
            node = node[step]
        del node[path[-1]]

    return mutate


def _many(key: str, count: int, make: Callable[[int], dict[str, Any]]) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        document["plan"][key] = [make(i) for i in range(count)]
        document["plan"]["history"] = []
        document["plan"]["agreements"] = []
        document["plan"]["advice"] = []
        document["plan"]["versions"] = []

    return mutate


def _person(i: int) -> dict[str, Any]:
    return {"ref": f"p{i + 1}", "name": f"Persoon {i}", "role": "netwerk", "relation": "", "organisation": "",
            "contact": "", "sector": "", "closeness": 2, "support": [], "consent_named": True, "position": i}


def _section(i: int) -> dict[str, Any]:
    return {"ref": f"s{i + 1}", "key": f"eigen-{i}", "title": "", "position": i, "text": "", "done": False,
            "skipped": False, "custom": True, "updated_at": "2025-03-01T09:15:00+00:00"}


def _json(mutate: Callable[[dict[str, Any]], None]) -> Callable[[], bytes]:
    def make() -> bytes:
        document = copy.deepcopy(_HARD_CACHE.setdefault("doc", hard_document()))
        mutate(document)
        return json.dumps(document, ensure_ascii=False).encode("utf-8")

    return make


def _raw(data: bytes) -> Callable[[], bytes]:
    return lambda: data


def _text_edit(old: str, new: str) -> Callable[[], bytes]:
    def make() -> bytes:
        text = HARD.read_text(encoding="utf-8")
        assert old in text
        return text.replace(old, new, 1).encode("utf-8")

    return make


def _nested(depth: int) -> Callable[[], bytes]:
    def make() -> bytes:
        text = HARD.read_text(encoding="utf-8")
        return text.replace('"support": []', '"support": ' + "[" * depth + "]" * depth, 1).encode("utf-8")

    return make


_HARD_CACHE: dict[str, dict[str, Any]] = {}
_PLAN = "Dit planbestand klopt niet: "

REFUSED: list[tuple[str, Callable[[], bytes], str]] = [
    ("empty", _raw(b""), planfile.MSG_EMPTY),
    ("only-spaces", _raw(b"  \n\t "), planfile.MSG_EMPTY),
    ("not-json", _raw(b"Dit is een brief, geen plan."), planfile.MSG_NOT_PLAN_FILE),
    ("pdf-bytes", _raw(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), planfile.MSG_NOT_PLAN_FILE),
    ("zip-bytes", _raw(b"PK\x03\x04\x14\x00\x00\x00"), planfile.MSG_NOT_PLAN_FILE),
    ("latin-1-with-bom", lambda: b"\xef\xbb\xbf" + HARD.read_text(encoding="utf-8").replace("ż", "é").encode(
        "latin-1", "replace"), planfile.MSG_NOT_UTF8),
    ("truncated-half", lambda: HARD.read_bytes()[: HARD.stat().st_size // 2], planfile.MSG_TRUNCATED),
    ("truncated-end", lambda: HARD.read_bytes().rstrip()[:-3], planfile.MSG_TRUNCATED),
    ("latin-1", lambda: HARD.read_text(encoding="utf-8").replace("ż", "é").encode("latin-1", "replace"),
     planfile.MSG_NOT_UTF8),
    ("utf-16", lambda: HARD.read_text(encoding="utf-8").encode("utf-16"), planfile.MSG_NOT_UTF8),
    ("top-level-list", _raw(b"[]"), planfile.MSG_NOT_PLAN_FILE),
    ("wrong-format", _json(_set("format", "ander-formaat")), planfile.MSG_NOT_PLAN_FILE),
    ("no-format", _json(_delete("format")), planfile.MSG_NOT_PLAN_FILE),
    ("newer-version", _json(_set("version", planfile.VERSION + 1)),
     "Dit planbestand is gemaakt met een nieuwere versie van Ons Plan."),
    ("version-as-text", _json(_set("version", "1")), planfile.MSG_UNKNOWN_VERSION),
    ("version-zero", _json(_set("version", 0)), planfile.MSG_UNKNOWN_VERSION),
    ("version-true", _json(_set("version", True)), planfile.MSG_UNKNOWN_VERSION),
    ("plan-missing", _json(_delete("plan")), _PLAN + "bij het bestand ontbreekt 'plan'."),
    ("plan-is-text", _json(_set("plan", "plan")), _PLAN + "bij het bestand moet 'plan' een object zijn."),
    ("title-missing", _json(_delete("plan", "title")), _PLAN + "bij het plan ontbreekt 'title'."),
    ("title-null", _json(_set("plan", "title", None)), _PLAN + "bij het plan moet 'title' tekst zijn."),
    ("history-missing", _json(_delete("plan", "history")), "ontbreekt 'history'"),
    ("name-missing", _json(_delete("plan", "people", 2, "name")), _PLAN + "bij persoon 3 ontbreekt 'name'."),
    ("name-blank", _json(_set("plan", "people", 0, "name", "   ")), _PLAN + "bij persoon 1 is 'name' leeg."),
    ("closeness-text", _json(_set("plan", "people", 0, "closeness", "1")), "'closeness' een heel getal"),
    ("closeness-float", _json(_set("plan", "people", 0, "closeness", 1.0)), "'closeness' een heel getal"),
    ("closeness-4", _json(_set("plan", "people", 0, "closeness", 4)), "'closeness' tussen 1 en 3"),
    ("position-bool", _json(_set("plan", "goals", 0, "position", True)), "bij doel 1 moet 'position'"),
    ("position-negative", _json(_set("plan", "goals", 0, "position", -1)), "bij doel 1 moet 'position'"),
    ("done-as-text", _json(_set("plan", "sections", 0, "done", "ja")), "'done' true of false"),
    ("who-not-a-list", _json(_set("plan", "agreements", 0, "who", "p1")), "'who' een lijst"),
    ("unknown-key-plan", _json(_set("plan", "eval", "__import__('os')")), "onbekend veld: 'eval'"),
    ("unknown-key-person", _json(_set("plan", "people", 0, "id", 7)), "bij persoon 1 staat een onbekend veld"),
    ("unknown-role", _json(_set("plan", "people", 0, "role", "koning")), "'role' onbekend: 'koning'"),
    ("unknown-type", _json(_set("plan", "type", "zorgplan")), "'type' onbekend"),
    ("unknown-status", _json(_set("plan", "status", "goedgekeurd")), "'status' onbekend"),
    ("unknown-sector", _json(_set("plan", "people", 0, "sector", "kerk")), "'sector' onbekend"),
    ("unknown-kind", _json(_set("plan", "advice", 1, "kind", "bevel")), "bij advies 2 is de waarde van 'kind'"),
    ("unknown-answer", _json(_set("plan", "advice", 0, "response", "answer", "ja")),
     _PLAN + "bij het antwoord van advies 1 is de waarde van 'answer' onbekend: 'ja'."),
    ("unknown-phase", _json(_set("plan", "process_steps", 0, "phase", "nazorg")), "'phase' onbekend"),
    ("unknown-agreement-status", _json(_set("plan", "agreements", 0, "status", "klaar")), "'status' onbekend"),
    ("enum-as-number", _json(_set("plan", "people", 0, "role", 1)), "'role' onbekend: 1"),
    ("dangling-who", _json(_set("plan", "agreements", 0, "who", ["p1", "p99"])),
     _PLAN + "bij afspraak 1 verwijst 'who' naar 'p99', maar dat staat niet in dit plan."),
    ("who-points-at-goal", _json(_set("plan", "agreements", 0, "who", ["g1"])), "verwijst 'who' naar 'g1'"),
    ("dangling-goal", _json(_set("plan", "agreements", 0, "goal", "g9")), "verwijst 'goal' naar 'g9'"),
    ("dangling-section", _json(_set("plan", "advice", 0, "section", "s99")), "verwijst 'section' naar 's99'"),
    ("dangling-consent", _json(_set("plan", "versions", 0, "consents", 0, "person", "p42")),
     "bij versie 1 verwijst 'person' naar 'p42'"),
    ("dangling-history", _json(_set("plan", "history", 1, "entity_ref", "s77")), "verwijst 'entity_ref'"),
    ("history-wrong-kind", _json(_set("plan", "history", 1, "entity_ref", "p1")), "verwijst 'entity_ref'"),
    ("history-ref-for-plan", _json(_set("plan", "history", 0, "entity_ref", "p1")), "hoort geen 'entity_ref'"),
    ("ref-with-space", _json(_set("plan", "people", 0, "ref", "p 1")), "'ref' een verwijzing"),
    ("duplicate-ref", _json(_set("plan", "people", 1, "ref", "p1")), "de verwijzing 'p1' komt twee keer voor"),
    ("duplicate-ref-across-kinds", _json(_set("plan", "goals", 0, "ref", "p1")), "komt twee keer voor"),
    ("duplicate-section-key", _json(_set("plan", "sections", 1, "key", "deelnemers")), "dezelfde sleutel"),
    ("duplicate-step-key", _json(_set("plan", "process_steps", 1, "key", "netwerk_getekend")), "dezelfde sleutel"),
    ("duplicate-version-number", _json(_set("plan", "versions", 1, "number", 1)), "hetzelfde nummer"),
    ("duplicate-who", _json(_set("plan", "agreements", 0, "who", ["p1", "p1"])), "dezelfde persoon twee keer"),
    ("duplicate-consent", _json(_set("plan", "versions", 0, "consents", 1, "person", "p1")),
     "dezelfde persoon twee keer"),
    ("duplicate-json-key", _text_edit('"title": ', '"title": "eerst", "title": '), "staat twee keer"),
    ("condition-without-basis", _json(_set("plan", "advice", 0, "legal_basis", " ")),
     "voorwaarde zonder wettelijke grond"),
    ("comma-in-support", _json(_set("plan", "people", 0, "support", ["praktisch,emotioneel"])), "komma"),
    ("nan", _text_edit('"closeness": 2', '"closeness": NaN'), "NaN"),
    ("infinity", _text_edit('"closeness": 2', '"closeness": -Infinity'), "-Infinity"),
    ("giant-number", _text_edit('"closeness": 2', '"closeness": ' + "9" * 5000), planfile.MSG_NOT_PLAN_FILE),
    ("huge-number", _json(_set("plan", "goals", 0, "position", 2**70)), "'position' tussen"),
    ("text-too-long", _json(_set("plan", "sections", 0, "text", "a" * (MAX_TEXT + 1))),
     _PLAN + "bij deel 1 is 'text' te lang, want er mogen hoogstens 200.000 tekens in."),
    ("line-too-long", _json(_set("plan", "title", "a" * (MAX_LINE + 1))), "'title' te lang"),
    ("line-break-in-line", _json(_set("plan", "people", 0, "name", "Sanne\nBakker")), "maar één regel"),
    ("nul-in-text", _json(_set("plan", "plan_b", "vóór\x00na")), "teken in 'plan_b' dat niet mag"),
    ("nul-in-line", _text_edit('"key": "hoofdvraag"', '"key": "hoofd\\u0000vraag"'), "dat niet mag"),
    ("lone-surrogate", _text_edit('"key": "hoofdvraag"', '"key": "hoofd\\ud800vraag"'), "dat niet mag"),
    ("bad-date", _json(_set("plan", "meeting_date", "2025-02-30")), "geen bestaande datum"),
    ("dutch-date", _json(_set("plan", "meeting_date", "01-03-2025")), "'meeting_date' een datum"),
    ("arabic-digits-date", _json(_set("plan", "meeting_date", "٢٠٢٥-٠٣-٠١")), "'meeting_date' een datum"),
    ("time-without-offset", _json(_set("plan", "created_at", "2025-03-01T09:15:00")), "met tijdzone"),
    ("language-script", _json(_set("plan", "language", "<script>")), "'language' een taalcode"),
    ("too-many-sections", _json(_many("sections", planfile.LIMITS["sections"] + 1, _section)),
     _PLAN + "bij het plan staan te veel items in 'sections', want er mogen er hoogstens 500 in."),
    ("too-many-people", _json(_many("people", planfile.LIMITS["people"] + 1, _person)), "te veel items in 'people'"),
    ("too-deep", _nested(20), planfile.MSG_TOO_DEEP),
    ("far-too-deep", _nested(200_000), planfile.MSG_TOO_DEEP),
]


@pytest.mark.parametrize(("make", "expected"), [(make, expected) for _, make, expected in REFUSED],
                         ids=[name for name, _, _ in REFUSED])
def test_broken_or_hostile_file_is_refused_and_changes_nothing(
    home: DataDir, tmp_path: Path, make: Callable[[], bytes], expected: str
) -> None:
    before = home.content()
    source = tmp_path / "kapot.wijkplan"
    source.write_bytes(make())

    with pytest.raises(InvalidInputError) as caught:
        home.services.planfiles.import_plan(source)

    message = str(caught.value)
    assert expected in message
    assert message[0].isupper() and message.endswith(".") and "\n" not in message
    assert "Traceback" not in message and "Error" not in message
    assert home.content() == before


def test_the_hand_made_fixture_itself_is_accepted() -> None:
    planfile.check_document(hard_document())


@pytest.mark.parametrize("name", ["truncated.wijkplan", "latin1.wijkplan", "newer-version.wijkplan",
                                  "dangling-who.wijkplan", "not-a-plan.wijkplan"])
def test_broken_files_kept_apart_are_refused(home: DataDir, name: str) -> None:
    before = home.content()
    with pytest.raises(PlanFileError):
        home.services.planfiles.import_plan(FIXTURES / name)
    assert home.content() == before


def test_file_over_the_size_limit_is_refused_before_reading(
    home: DataDir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "groot.wijkplan"
    with source.open("wb") as handle:
        handle.truncate(planfile.MAX_FILE_BYTES + 1)  # sparse: large on paper, nothing to read
    opened: list[Path] = []
    original_open = Path.open

    def spy(self: Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(self)
        return original_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)
    with pytest.raises(PlanFileError, match="te groot"):
        home.services.planfiles.import_plan(source)
    assert source not in opened


def test_missing_path_folder_and_unreadable_file_are_refused(
    home: DataDir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = home.content()
    with pytest.raises(PlanFileError, match="bestaat niet"):
        home.services.planfiles.import_plan(tmp_path / "nergens.wijkplan")
    with pytest.raises(PlanFileError, match="map en geen bestand"):
        home.services.planfiles.import_plan(tmp_path)

    locked = tmp_path / "op-slot.wijkplan"
    locked.write_bytes(HARD.read_bytes())

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)  # chmod means nothing to root, so say no the way the OS would
    with pytest.raises(PlanFileError) as caught:
        home.services.planfiles.import_plan(locked)
    assert str(caught.value) == f"Het bestand kan niet worden gelezen: {locked}."
    assert home.content() == before


def test_import_is_all_or_nothing(home: DataDir, monkeypatch: pytest.MonkeyPatch) -> None:
    before = home.content()

    def fail_late(*args: Any) -> None:
        raise StorageError("De schijf is vol.")  # as if the disk filled up after most rows were written

    monkeypatch.setattr(PlanFileService, "_write_history", staticmethod(fail_late))
    with pytest.raises(StorageError):
        home.services.planfiles.import_plan(HARD)
    assert home.content() == before
    assert [p.id for p in home.services.plans.list_plans()] == [1, 2]


def test_imported_plan_gets_new_ids_beside_existing_plans(home: DataDir, tmp_path: Path) -> None:
    plan_id = home.services.planfiles.import_plan(HARD)
    assert plan_id == 3
    assert [p.plan_type for p in home.services.plans.list_plans()] == [
        PlanType.FAMILIEGROEPSPLAN, PlanType.PERSOONLIJK_PLAN, PlanType.FAMILIEGROEPSPLAN]
    # The same file twice is simply two plans.
    assert home.services.planfiles.import_plan(HARD) == 4


# ------------------------------------------------------------------------------------------------------ export


def test_export_of_an_unknown_plan_is_refused(home: DataDir, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="Er is geen plan met nummer 42."):
        home.services.planfiles.export_plan(42, tmp_path / "x.wijkplan")
    assert list(tmp_path.glob("*.wijkplan")) == []


def test_export_to_a_missing_folder_or_onto_a_folder_is_refused(home: DataDir, tmp_path: Path) -> None:
    plan_id = 1
    with pytest.raises(StorageError, match="de map bestaat niet"):
        home.services.planfiles.export_plan(plan_id, tmp_path / "nergens" / "plan.wijkplan")
    assert not (tmp_path / "nergens").exists()
    (tmp_path / "map.wijkplan").mkdir()
    with pytest.raises(StorageError, match="een map met die naam"):
        home.services.planfiles.export_plan(plan_id, tmp_path / "map.wijkplan")


@pytest.mark.parametrize(
    ("where", "error", "expected"),
    [
        ("mkstemp", PermissionError(errno.EACCES, "Permission denied"), "u mag niet schrijven in deze map"),
        ("replace", OSError(errno.ENOSPC, "No space left on device"), "de schijf is vol"),
        ("replace", OSError(errno.EIO, "Input/output error"), "kan niet worden bewaard in deze map"),
    ],
)
def test_failed_export_leaves_nothing_behind_and_an_old_file_as_it_was(
    home: DataDir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, error: OSError, expected: str
) -> None:
    plan_id = 1
    folder = tmp_path / "uit"
    folder.mkdir()
    target = folder / "plan.wijkplan"
    target.write_bytes(b"oude versie")

    def fail(*args: Any, **kwargs: Any) -> Any:
        raise error

    from wijkteam import atomic  # the one careful writer of every file the app saves

    monkeypatch.setattr(atomic.tempfile if where == "mkstemp" else atomic.os, where, fail)
    with pytest.raises(StorageError) as caught:
        home.services.planfiles.export_plan(plan_id, target)
    assert expected in str(caught.value) and str(caught.value).endswith(".")
    assert sorted(p.name for p in folder.iterdir()) == ["plan.wijkplan"]
    assert target.read_bytes() == b"oude versie"


def test_export_refuses_to_write_a_file_it_could_not_read_back(home: DataDir, tmp_path: Path) -> None:
    # The services never store this, but an older app or a hand-edited database might.
    con = dbfile.connect(home.database)
    with con:
        con.execute("UPDATE participant SET name = 'Sanne\nBakker' WHERE plan_id = 1 AND position = 0")
    con.close()
    with pytest.raises(PlanFileError) as caught:
        home.services.planfiles.export_plan(1, tmp_path / "plan.wijkplan")
    assert str(caught.value) == (
        "Dit plan kan niet als planbestand worden bewaard: bij persoon 1 mag 'name' maar één regel zijn."
    )
    assert list(tmp_path.glob("*.wijkplan")) == []


def test_export_replaces_an_old_file_whole(home: DataDir, tmp_path: Path) -> None:
    plan_id = 2
    target = tmp_path / "plan.wijkplan"
    target.write_bytes(b"x" * 1_000_000)
    home.services.planfiles.export_plan(plan_id, target)
    assert load(target)["plan"]["type"] == "persoonlijk_plan"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["plan.wijkplan"]


def test_file_is_utf8_with_every_script_as_itself(home: DataDir, tmp_path: Path) -> None:
    data = home.services.planfiles.export_plan(1, tmp_path / "plan.wijkplan").read_bytes()
    assert "Familie Yılmaz".encode() in data and "Łukasz Nowak".encode() in data
    assert b"\\u" not in data
    document = json.loads(data.decode("utf-8"))
    assert (document["format"], document["version"]) == ("wijkplan", planfile.VERSION)
    assert document["plan"]["meeting_date"].count("-") == 2 and len(document["plan"]["meeting_date"]) == 10


# --------------------------------------------------------------------------------------------------------- CLI


def _copy_of(template: Path, folder: Path) -> Path:
    folder.mkdir()
    shutil.copyfile(template, folder / "wijkteam.sqlite")
    shutil.copyfile(template.parent / KEY_FILENAME, folder / KEY_FILENAME)
    return folder


def _rows(folder: Path) -> list[str]:
    con = dbfile.connect(folder / "wijkteam.sqlite")
    try:
        return list(con.iterdump())
    finally:
        con.close()


# Each command is a whole process start (about a second), so these tests run few of them; the checks themselves are
# tested in-process above.


def test_cli_export_with_and_without_private_notes_then_import_elsewhere(
    tmp_path: Path, templates: dict[str, Path]
) -> None:
    home = DataDir(tmp_path / "thuis", templates["demo"])
    try:
        home.services.plans.add_private_note(1, FAMILY, SECRET)
    finally:
        home.engine.dispose()
    plain, full = tmp_path / "gewoon.wijkplan", tmp_path / "alles.wijkplan"

    exported = run("export", "1", str(plain), data_dir=home.database.parent)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == f"Plan 1 is bewaard als planbestand: {plain}"
    with_private = run("export", "1", str(full), "--with-private", data_dir=home.database.parent)
    assert with_private.returncode == 0 and "met de eigen notities" in with_private.stdout
    assert b"GEHEIM-91c2" not in plain.read_bytes()
    assert b"GEHEIM-91c2" in full.read_bytes()

    other = _copy_of(templates["empty"], tmp_path / "elders")
    imported = run("import", str(plain), data_dir=other)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == "1\n"
    check = DataDir(other)
    try:
        assert check.services.plans.get_plan(1).title == "Samen weer rust thuis"
    finally:
        check.engine.dispose()


def test_cli_refuses_a_broken_file_with_one_sentence_and_exit_1(tmp_path: Path, templates: dict[str, Path]) -> None:
    data = _copy_of(templates["demo"], tmp_path / "thuis")
    before = _rows(data)
    for path, message in (
        (FIXTURES / "truncated.wijkplan", planfile.MSG_TRUNCATED),
        (tmp_path / "bestaat-niet.wijkplan", f"Het bestand bestaat niet: {tmp_path / 'bestaat-niet.wijkplan'}."),
    ):
        result = run("import", str(path), data_dir=data)
        assert result.returncode == 1
        assert result.stdout == ""
        assert result.stderr.strip() == message
    assert _rows(data) == before


def test_cli_export_to_a_missing_folder_exits_1_and_writes_nothing(tmp_path: Path, templates: dict[str, Path]) -> None:
    data = _copy_of(templates["demo"], tmp_path / "thuis")
    target = tmp_path / "bestaat-niet" / "plan.wijkplan"
    result = run("export", "1", str(target), data_dir=data)
    assert result.returncode == 1
    assert result.stderr.strip() == planfile.MSG_WRITE_NO_FOLDER.format(folder=target.parent)
    assert not target.parent.exists()


@pytest.mark.parametrize(
    "args",
    [("import",), ("export", "1"), ("export", "een", "x.wijkplan"), ("import", "a.wijkplan", "b.wijkplan"),
     ("export", "1", "x.wijkplan", "--private")],
)
def test_cli_wrong_usage_exits_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = run(*args, data_dir=tmp_path)
    assert result.returncode == 2
    assert "--help" in result.stderr and "usage" not in result.stderr.lower()
    assert not (tmp_path / "wijkteam.sqlite").exists()


def test_the_minimal_example_imports_and_exports_unchanged(home: DataDir, tmp_path: Path) -> None:
    original = load(FIXTURES / "minimal.wijkplan")
    plan_id = home.services.planfiles.import_plan(FIXTURES / "minimal.wijkplan")
    assert home.services.plans.get_plan(plan_id).agreements[0].who == ("Meryem Demir",)
    again = load(home.services.planfiles.export_plan(plan_id, tmp_path / "weer.wijkplan"))
    # A version 1 file is read, and written again as the current version with the same content.
    assert again["version"] == planfile.VERSION
    assert without(again, "exported_at", "app_version", "version") == \
        without(original, "exported_at", "app_version", "version")
