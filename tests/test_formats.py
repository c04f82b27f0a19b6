"""The file formats as pydantic models: strict, in the order a person reads, one schema generated from each, and one
way to say why a file could not be written."""

from __future__ import annotations

import copy
import errno
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from wijkteam import advicefile, atomic, planfile
from wijkteam.errors import StorageError
from wijkteam.formats import fields, messages, schemas, wijkadvies, wijkplan
from wijkteam.formats.strict_json import Invalid
from wijkteam.pdf.errors import WRITE_WORDS as PDF_WORDS
from wijkteam.pdf.errors import PdfError

ROOT = Path(__file__).resolve().parents[1]
HARD = ROOT / "tests" / "fixtures" / "planfiles" / "hard-content.wijkplan"
MINIMAL_ADVICE = ROOT / "tests" / "fixtures" / "advicefiles" / "minimal.wijkadvies"
PLAN = "Dit planbestand klopt niet: "


def _document(path: Path = HARD) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _refusal(document: Any) -> str:
    with pytest.raises(planfile.PlanFileError) as caught:
        planfile.check_document(document)
    return str(caught.value)


def _edit(*changes: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    document = _document()
    for change in changes:
        change(document)
    return document


def _person(index: int, **fields_: Any) -> Callable[[dict[str, Any]], None]:
    return lambda document: document["plan"]["people"][index].update(fields_)


# --------------------------------------------------------------------------------------------------- strictness


@pytest.mark.parametrize(("change", "sentence"), [
    (_person(3, name=4), "bij persoon 4 moet 'name' tekst zijn"),
    (_person(0, closeness=True), "bij persoon 1 moet 'closeness' een heel getal zijn"),
    (_person(0, closeness="2"), "bij persoon 1 moet 'closeness' een heel getal zijn"),
    (_person(0, closeness=2.0), "bij persoon 1 moet 'closeness' een heel getal zijn"),
    (_person(0, consent_named=1), "bij persoon 1 moet 'consent_named' true of false zijn"),
    (_person(0, consent_named="true"), "bij persoon 1 moet 'consent_named' true of false zijn"),
    (_person(0, support="praktisch"), "bij persoon 1 moet 'support' een lijst zijn"),
    (_person(0, role=["gezin"]), "bij persoon 1 is de waarde van 'role' onbekend: een lijst"),
    (_person(1, nickname="Oma"), "bij persoon 2 staat een onbekend veld: 'nickname'"),
    (lambda d: d["plan"]["people"][5].pop("position"), "bij persoon 6 ontbreekt 'position'"),
    (lambda d: d["plan"]["advice"][2].update(response={"answer": "deels", "reason": "", "updated_at": None}),
     "bij het antwoord van advies 3 moet 'updated_at' een tijdstip met tijdzone zoals 2025-03-31T14:05:00+00:00 zijn"),
    (lambda d: d["plan"]["versions"][0]["consents"][1].update(agreed_at="2025-03-01"),
     "bij toestemming 2 van versie 1 moet 'agreed_at' een tijdstip met tijdzone zoals 2025-03-31T14:05:00+00:00 zijn"),
    (lambda d: d["plan"].update(melding_date=20250301),
     "bij het plan moet 'melding_date' een datum zoals 2025-03-31 zijn"),
    (lambda d: d["plan"]["agreements"][0].update(who=["p1", 1]),
     "bij afspraak 1 moet 'who' een verwijzing zoals p1 zijn"),
    (lambda d: d["plan"]["sections"][0].update(updated_at="2025-03-01T09:15:00+05:75"),
     "bij deel 1 is 'updated_at' geen bestaand tijdstip"),
    (lambda d: d.update(app_version=None), "bij het bestand moet 'app_version' tekst zijn"),
])
def test_no_coercion_and_no_other_keys(change: Callable[[dict[str, Any]], None], sentence: str) -> None:
    """A ``true`` is no number, a number no text, "2" no number; a missing or extra key is refused."""
    assert _refusal(_edit(change)) == PLAN + sentence + "."


def test_a_value_a_lax_reader_would_accept_is_not_changed_on_the_way_in() -> None:
    # The models only check: what the services get is the very dictionary read from the file.
    document = _document()
    before = copy.deepcopy(document)
    planfile.check_document(document)
    assert document == before and "private_notes" in document["plan"]
    document["plan"]["private_notes"] = None
    assert _refusal(document) == PLAN + "bij het plan moet 'private_notes' een lijst zijn."
    minimal = _document(ROOT / "tests" / "fixtures" / "planfiles" / "minimal.wijkplan")
    assert "private_notes" not in minimal["plan"]  # the one key that may be left out
    planfile.check_document(minimal)
    assert "private_notes" not in minimal["plan"]


# ------------------------------------------------------------------------------------------------ reading order


@pytest.mark.parametrize(("changes", "sentence"), [
    # An unknown key before the declared ones, also when the declared one comes first in the file.
    ((_person(0, name=None), _person(0, zz=1)), "bij persoon 1 staat een onbekend veld: 'zz'"),
    # The declared keys in their order, not in the order pydantic happens to report them.
    ((_person(0, position=-1), _person(0, name="")), "bij persoon 1 is 'name' leeg"),
    # Earlier items before later ones, and a whole list before what is in it.
    ((_person(4, role="koning"), _person(1, role="keizer")),
     "bij persoon 2 is de waarde van 'role' onbekend: 'keizer'"),
    ((_person(0, role="koning"), lambda d: d["plan"].update(people=d["plan"]["people"] * 400)),
     "bij het plan staan te veel items in 'people', want er mogen er hoogstens 2.000 in"),
    # The models before the references, the plan's fields before its lists.
    ((lambda d: d["plan"]["agreements"][0].update(who=["p99"]), lambda d: d["plan"].update(title=7)),
     "bij het plan moet 'title' tekst zijn"),
])
def test_the_first_problem_is_the_first_a_reader_meets(changes: tuple[Callable[[dict[str, Any]], None], ...],
                                                       sentence: str) -> None:
    assert _refusal(_edit(*changes)) == PLAN + sentence + "."


def test_a_list_stops_at_its_first_wrong_item() -> None:
    """A hostile file of many wrong rows costs the reading of one: pydantic stops at the first wrong item."""
    document = _document()
    document["plan"]["history"] = [{"at": 1, "actor_role": 2, "summary": 3}] * 50_000
    with pytest.raises(ValidationError) as caught:
        wijkplan.PlanFile.model_validate(document)
    assert len(caught.value.errors()) < 10
    assert _refusal(document) == PLAN + ("bij geschiedenisregel 1 moet 'at' een tijdstip met tijdzone zoals "
                                         "2025-03-31T14:05:00+00:00 zijn.")


def test_an_object_with_a_great_many_unknown_keys_costs_the_reading_of_a_few(monkeypatch: pytest.MonkeyPatch) -> None:
    document = _edit(_person(0, name=None), lambda d: d["plan"]["people"][2].update({f"k{i}": 0 for i in range(5_000)}))
    looked_at: list[object] = []
    real = messages._reading_order
    monkeypatch.setattr(messages, "_reading_order", lambda *args: looked_at.append(args) or real(*args))
    assert _refusal(document) == PLAN + "bij persoon 1 moet 'name' tekst zijn."
    document["plan"]["people"][0]["name"] = "Oma"
    assert _refusal(document) == PLAN + "bij persoon 3 staat een onbekend veld: 'k0'."
    assert len(looked_at) < 200
    # The shortened copy keeps every object of the formats whole: none has that many fields.
    models = [wijkplan.PlanFile, wijkplan.Plan, *[m for m in vars(wijkplan).values()
                                                   if isinstance(m, type) and issubclass(m, fields.FileModel)]]
    assert max(len(model.model_fields) for model in models) < messages._MOST_KEYS // 2


def test_header_then_depth_then_content() -> None:
    deep = _edit(_person(0, support=[[[[[[[["x"]]]]]]]]), _person(0, zz=1))
    assert _refusal(deep) == planfile.MSG_TOO_DEEP
    assert _refusal({**deep, "version": planfile.VERSION + 1}) == planfile.MSG_NEWER
    assert _refusal({**deep, "format": "wijkadvies"}) == planfile.MSG_NOT_PLAN_FILE


def test_an_advice_item_is_checked_as_dit_advies_before_it_is_written() -> None:
    item = {"kind": "advies", "author_name": "Sevda Koç", "organisation": "", "legal_basis": "",
            "section": {"key": "over_mij", "title": 3}, "text": "Goed.", "given_on": "2025-05-06"}
    with pytest.raises(Invalid) as caught:
        wijkadvies.check_item(item, "dit advies")
    assert caught.value.detail == "bij het deel van dit advies moet 'title' tekst zijn"


def test_an_advice_file_says_no_items_only_when_nothing_else_is_wrong() -> None:
    document = _document(MINIMAL_ADVICE)
    document["advice"] = []
    with pytest.raises(advicefile.AdviceFileError, match=f"^{advicefile.MSG_NO_ADVICE}$"):
        advicefile.check_document(document)
    document["written_at"] = "gisteren"
    with pytest.raises(advicefile.AdviceFileError, match="bij het bestand moet 'written_at' een tijdstip"):
        advicefile.check_document(document)


# ------------------------------------------------------------------------------------------------------ schemas


def test_the_committed_schemas_are_the_generated_ones() -> None:
    assert schemas.stale() == [], f"write the schemas again with: {schemas.REGENERATE}"
    for name, model in schemas.SCHEMAS.items():
        schema = json.loads((schemas.folder() / name).read_text(encoding="utf-8"))
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["title"].startswith("Ons Plan ") and schema["additionalProperties"] is False
        assert schema["required"] == [name for name, info in model.model_fields.items() if info.is_required()]


def test_the_check_names_a_stale_schema_and_how_to_write_it_again(tmp_path: Path) -> None:
    schemas.write(tmp_path)
    assert schemas.stale(tmp_path) == []
    target = tmp_path / "wijkplan-3.schema.json"
    target.write_text(target.read_text(encoding="utf-8").replace('"maxItems": 500', '"maxItems": 501'),
                      encoding="utf-8")
    (tmp_path / "wijkadvies-1.schema.json").unlink()
    assert schemas.stale(tmp_path) == ["wijkplan-3.schema.json", "wijkadvies-1.schema.json"]
    result = subprocess.run([sys.executable, "-m", "wijkteam.formats.schemas", "--check"], capture_output=True,
                            text=True, timeout=60)
    assert (result.returncode, result.stderr) == (0, ""), result.stderr  # the committed ones are fine


def test_the_schema_holds_the_limits_of_the_models() -> None:
    schema = schemas.schema_of(wijkplan.PlanFile)
    plan = schema["$defs"]["Plan"]["properties"]
    assert {key: plan[key]["maxItems"] for key in planfile.LIMITS if key in plan} == {
        key: limit for key, limit in planfile.LIMITS.items() if key in plan}
    assert "private_notes" not in schema["$defs"]["Plan"]["required"]
    assert schema["$defs"]["Person"]["properties"]["role"]["enum"] == ["gezin", "netwerk", "ondersteuner",
                                                                         "professional"]
    assert schema["$defs"]["line"]["maxLength"] == 500 and schema["$defs"]["text"]["maxLength"] == 200_000
    assert schemas.schema_of(wijkadvies.AdviceFile)["properties"]["advice"]["minItems"] == 1


# The patterns are the models' own (Rust regex) and the schema's (read here by Python's re, as jsonschema does).
SAMPLES: dict[str, list[str]] = {
    "line": ["", "Oma Fatma", " \t ", "a\x1fb", "a\xa0b", "a\nb", "a\rb", "a\x85b", "a\u2028b", "a\x0bb", "a\x00b",
             "\x1c", "ż" * 500, "ż" * 501],
    "requiredLine": ["x", " x ", "", "   ", "\t", "\xa0\u3000", "\x1f", "\u2028", "a\nb", " \x00"],
    "text": ["", "a\nb\r\nc", "\x1c\x1d", "a\x00", "ı" * 200_000],
    "requiredText": ["x", "\n x \n", "", " \n\t", "\x1c\x1f", "\u200b", "a\x00"],
    "supportKind": ["praktisch", " advies", "", " ", "a,b", "a\nb"],
    "date": ["2025-03-31", "1900-01-01", "2199-12-31", "1899-12-31", "2200-01-01", "2025-3-31", "٢٠٢٥-٠٣-٣١",
             "2025-03-31 "],
    "datetime": ["2025-03-31T14:05:00+00:00", "2025-03-31T14:05:00.123456Z", "2025-03-31T14:05:00+14:00",
                 "2025-03-31T14:05:00+14:01", "2025-03-31T14:05:00-13:59", "2025-03-31T14:05:00",
                 "2025-03-31T14:05+00:00", "9999-12-31T23:59:59-23:59"],
    "ref": ["p1", "adv12", "x_y-z", "1p", "p 1", "p" * 40, "p" * 41, ""],
}


@pytest.mark.parametrize("name", SAMPLES)
def test_a_pattern_means_the_same_to_the_models_and_to_the_schema(name: str) -> None:
    definition = schemas.schema_of(wijkplan.PlanFile)["$defs"][name]
    adapter = TypeAdapter(
        {"line": fields.Line, "requiredLine": fields.RequiredLine, "text": fields.Text,
         "requiredText": fields.RequiredText, "supportKind": fields.SupportKind, "date": fields.Date,
         "datetime": fields.DateTime, "ref": fields.Ref}[name], config={"strict": True})
    for value in SAMPLES[name]:
        by_model = _accepts(adapter.validate_python, value)
        by_schema = len(value) <= definition["maxLength"] and re.search(definition["pattern"], value) is not None
        assert by_model == by_schema, (name, value)


def _accepts(validate: Callable[[Any], Any], value: Any) -> bool:
    try:
        validate(value)
    except ValueError:
        return False
    return True


# ------------------------------------------------------------------------------------------------------ writing


def _fail(where: str, error: OSError) -> Callable[..., Any]:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise error

    return fail


@pytest.mark.parametrize(("where", "error", "reason"), [
    ("mkstemp", FileNotFoundError(errno.ENOENT, "No such file or directory"), "no_folder"),
    ("mkstemp", NotADirectoryError(errno.ENOTDIR, "Not a directory"), "no_folder"),
    ("mkstemp", PermissionError(errno.EACCES, "Permission denied"), "denied"),
    ("mkstemp", OSError(errno.EROFS, "Read-only file system"), "denied"),
    ("replace", OSError(errno.ENOSPC, "No space left on device"), "disk_full"),
    ("replace", IsADirectoryError(errno.EISDIR, "Is a directory"), "is_folder"),
    ("replace", PermissionError(errno.EACCES, "Permission denied"), "in_use"),
    ("replace", OSError(errno.EIO, "Input/output error"), "failed"),
])
def test_every_file_the_family_saves_says_why_from_one_map(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, error: OSError, reason: str
) -> None:
    target = tmp_path / "uit.bestand"
    target.write_bytes(b"oud")
    monkeypatch.setattr(atomic.tempfile if where == "mkstemp" else atomic.os, where, _fail(where, error))
    for words, kind in ((planfile.WRITE_WORDS, StorageError), (advicefile.WRITE_WORDS, StorageError),
                        (PDF_WORDS, PdfError)):
        with pytest.raises(kind) as caught:
            atomic.save_bytes(target, b"nieuw", words, error=kind)
        assert str(caught.value) == getattr(words, reason).format(folder=tmp_path, path=target)
        assert caught.value.__cause__ is error
    assert target.read_bytes() == b"oud" and sorted(p.name for p in tmp_path.iterdir()) == ["uit.bestand"]


def test_the_sentences_name_the_file_and_are_one_sentence_each() -> None:
    words = atomic.WriteWords.naming("Het agendabestand")
    for sentence in vars(words).values():
        filled = sentence.format(folder=Path("/map"), path=Path("/map/x.ics"))
        assert filled.startswith("Het agendabestand kan niet worden bewaard") and filled.count(".") <= 3
        assert filled.endswith(".") and ". " not in filled
    assert planfile.MSG_WRITE_NO_FOLDER == ("Het planbestand kan niet worden bewaard, want de map bestaat niet: "
                                            "{folder}.")
