"""Advice files (.wijkadvies): the whole flow through the CLI, refused files that change nothing, and the schema."""

from __future__ import annotations

import copy
import json
import re
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema
import pytest

from models import AdviceAnswer, AdviceKind, PlanType
from tests import dbfile
from tests.cli import run
from wijkteam import advicefile
from wijkteam.advicefile import AdviceDraft, AdviceFileError, add_to_file
from wijkteam.db import open_database
from wijkteam.demo import add_demo_plans
from wijkteam.errors import StorageError, UserError
from wijkteam.keystore import KEY_FILENAME
from wijkteam.limits import MAX_LINE, MAX_TEXT
from wijkteam.services import FAMILY, Services
from wijkteam.services.advice import AdviceService
from wijkteam.services.advicefiles import MSG_ALREADY_THERE, MSG_NO_PLAN

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "advicefiles"
MINIMAL_PLAN = ROOT / "tests" / "fixtures" / "planfiles" / "minimal.wijkplan"
SCHEMA = ROOT / "resources" / "schemas" / "wijkadvies-1.schema.json"
OTS = "Ondertoezichtstelling (OTS), art. 1:255 BW"


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def dump(database: Path) -> list[str]:
    """Every row of every table, to prove a refused import changed nothing."""
    con = dbfile.connect(database)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def validator() -> jsonschema.Draft202012Validator:
    schema = load(SCHEMA)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


# ------------------------------------------------------------------------------------------------ the whole flow


def test_family_professional_family_through_the_cli(tmp_path: Path) -> None:
    family, professional = tmp_path / "gezin", tmp_path / "professional"
    plan_file, advice_file = tmp_path / "ons plan.wijkplan", tmp_path / "advies.wijkadvies"
    engine = open_database(family / "wijkteam.sqlite", family / "backups", dbfile.key_for(family / "wijkteam.sqlite"))
    assert add_demo_plans(Services.for_engine(engine)) == [1, 2]  # in-process: the CLI's demo is tested elsewhere
    engine.dispose()
    assert run("export", "1", str(plan_file), data_dir=family).returncode == 0

    # The professional's own data folder stays as the app leaves it (no key file put there first).
    shown = run("show-plan", str(plan_file), data_dir=professional, key_file=False)
    assert shown.returncode == 0
    assert "[veiligheid] Veiligheidsafspraken" in shown.stdout and "Samen weer rust thuis" in shown.stdout
    first = run("export-advice", str(plan_file), str(advice_file), "--name", "Joost van Dam", "--organisation",
                "Samen Veilig", "--kind", "advies", "--section", "veiligheid", "--text",
                "Spreek af wie de kinderen ophaalt als het thuis onrustig wordt.", data_dir=professional,
                key_file=False)
    assert first.returncode == 0, first.stderr
    text_file = tmp_path / "voorwaarde.txt"
    text_file.write_text("Elif en Jesse zijn nooit bij een ruzie.\nBel bij een ruzie Fatima.", encoding="utf-8")
    second = run("export-advice", str(plan_file), str(advice_file), "--name", "Joost van Dam", "--organisation",
                 "Samen Veilig", "--kind", "voorwaarde", "--legal-basis", OTS, "--text-file", str(text_file),
                 "--date", "2025-03-31", data_dir=professional, key_file=False)
    assert second.returncode == 0, second.stderr
    assert "(nu 2 punten)" in second.stdout
    # Reading a plan and writing advice left the professional's own plans alone: no database was even made.
    assert not (professional / "wijkteam.sqlite").exists()
    assert [e.message for e in validator().iter_errors(load(advice_file))] == []
    assert load(advice_file)["advice"][1]["given_on"] == "2025-03-31"

    # Without a plan number the app finds the plan the file was written for.
    imported = run("import-advice", str(advice_file), data_dir=family)
    assert imported.returncode == 0, imported.stderr
    assert "Aan plan 1 toegevoegd" in imported.stdout
    assert "2 punten" in imported.stdout and "Joost van Dam (Samen Veilig)" in imported.stdout
    again = run("import-advice", "1", str(advice_file), data_dir=family)
    assert (again.returncode, again.stderr.strip()) == (1, MSG_ALREADY_THERE)
    wrong = run("import-advice", "2", str(advice_file), data_dir=family)
    assert (wrong.returncode, wrong.stderr.strip()) == (1, advicefile.MSG_OTHER_PLAN)

    engine = open_database(family / "wijkteam.sqlite", family / "backups", dbfile.key_for(family / "wijkteam.sqlite"))
    try:
        services = Services.for_engine(engine)
        assert [plan.id for plan in services.plans.list_plans()] == [1, 2]  # no plan added: only advice
        new = [a for a in services.plans.get_plan(1).advice if a.organisation == "Samen Veilig"]
        assert not [a for a in services.plans.get_plan(2).advice if a.organisation == "Samen Veilig"]
    finally:
        engine.dispose()
    new.sort(key=lambda a: a.kind.value)  # the plan lists advice by date; the condition was dated earlier
    assert [(a.kind, a.author_name, a.section_title, a.legal_basis, a.answer) for a in new] == [
        (AdviceKind.ADVIES, "Joost van Dam", "Veiligheidsafspraken", "", AdviceAnswer.OPEN),
        (AdviceKind.VOORWAARDE, "Joost van Dam", "", OTS, AdviceAnswer.OPEN),
    ]
    assert new[1].text == text_file.read_text(encoding="utf-8") and new[1].given_on == date(2025, 3, 31)
    con = dbfile.connect(family / "wijkteam.sqlite")
    try:
        history = con.execute("SELECT actor_role, actor_name FROM change WHERE entity = 'advice' "
                              "ORDER BY id DESC LIMIT 2").fetchall()
    finally:
        con.close()
    assert history == [("professional", "Joost van Dam")] * 2


# ------------------------------------------------------------------------------------------ in-process set-up


class Home:
    """A family's data folder: plan 1 from ``minimal.wijkplan``, plan 2 a fresh familiegroepsplan."""

    def __init__(self, folder: Path, template: Path) -> None:
        folder.mkdir(parents=True)
        self.database = folder / "wijkteam.sqlite"
        shutil.copyfile(template, self.database)
        shutil.copyfile(template.parent / KEY_FILENAME, folder / KEY_FILENAME)  # the key that opens the copy
        self.engine = open_database(self.database, folder / "backups", dbfile.key_for(self.database))
        self.services = Services.for_engine(self.engine)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sjabloon")
    engine = open_database(folder / "wijkteam.sqlite", folder / "backups", dbfile.key_for(folder / "wijkteam.sqlite"))
    services = Services.for_engine(engine)
    assert services.planfiles.import_plan(MINIMAL_PLAN) == 1
    assert services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Ander plan") == 2
    engine.dispose()  # the last connection folds the WAL into the file, so one file copy holds everything
    return folder / "wijkteam.sqlite"


@pytest.fixture
def home(tmp_path: Path, template: Path) -> Iterator[Home]:
    data = Home(tmp_path / "thuis", template)
    yield data
    data.engine.dispose()


def minimal() -> dict[str, Any]:
    return load(FIXTURES / "minimal.wijkadvies")


def write(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_minimal_fixture_is_read_in(home: Home) -> None:
    result = home.services.advicefiles.import_advice(1, FIXTURES / "minimal.wijkadvies")
    assert (result.added, result.already_there, result.authors) == (2, 0, ("Sevda Koç (Sociaal Team Deventer)",))
    advice = home.services.plans.get_plan(1).advice
    assert [(a.kind, a.section_title, a.answer) for a in advice] == [
        (AdviceKind.INFORMATIE, "Over mij", AdviceAnswer.OPEN), (AdviceKind.ADVIES, "", AdviceAnswer.OPEN)]


# ---------------------------------------------------------------------------------------------- refused files


def _with(change: Callable[[dict[str, Any]], None]) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        document = minimal()
        change(document)
        return write(path, document)

    return make


def _raw(data: bytes) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        path.write_bytes(data)
        return path

    return make


def _item(**fields: Any) -> Callable[[dict[str, Any]], None]:
    return lambda document: document["advice"][0].update(fields)


def _fixture(name: str) -> Callable[[Path], Path]:
    return lambda _path: FIXTURES / name


GOOD = (FIXTURES / "minimal.wijkadvies").read_bytes()
MORE = "mag alleen advies toevoegen"
REFUSED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "plan content": (_fixture("plan-content.wijkadvies"), MORE + ", maar in dit bestand staat ook het veld 'sections'"),
    "an answer": (_fixture("answered.wijkadvies"), "ook een antwoord op advies"),
    "an answer field": (_with(_item(answer="overgenomen")), "ook een antwoord op advies"),
    "people": (_with(lambda d: d.update(people=[{"name": "Oma"}])), MORE),
    "agreements": (_with(lambda d: d.update(agreements=[])), MORE),
    "the plan itself": (_with(lambda d: d.update(plan={"title": "Nieuw"})), MORE),
    "a plan field": (_with(lambda d: d["for_plan"].update(status="vastgesteld")), MORE),
    "section text": (_with(lambda d: d["advice"][0]["section"].update(text="Nieuwe tekst")), MORE),
    "an item id": (_with(_item(ref="adv1")), MORE),
    "a plan file": (lambda _path: MINIMAL_PLAN, advicefile.MSG_PLAN_FILE),
    "another format": (_with(lambda d: d.update(format="wijkagenda")), advicefile.MSG_NOT_ADVICE_FILE),
    "a newer version": (_with(lambda d: d.update(version=2)), advicefile.MSG_NEWER),
    "version as text": (_with(lambda d: d.update(version="1")), advicefile.MSG_UNKNOWN_VERSION),
    "truncated": (_fixture("truncated.wijkadvies"), advicefile.MSG_TRUNCATED),
    "not JSON": (_raw(b"Beste familie, hierbij mijn advies."), advicefile.MSG_NOT_ADVICE_FILE),
    "a list": (_raw(b"[1, 2]"), advicefile.MSG_NOT_ADVICE_FILE),
    "empty": (_raw(b" \n"), advicefile.MSG_EMPTY),
    "Latin-1": (_raw(GOOD.decode("utf-8").encode("latin-1")), "niet als UTF-8"),
    "UTF-16": (_raw(GOOD.decode("utf-8").encode("utf-16")), "niet als UTF-8"),
    "oversized": (_raw(b"{" + b" " * advicefile.MAX_FILE_BYTES + b"}"), advicefile.MSG_TOO_BIG),
    "NaN": (_raw(GOOD.replace(b'"version": 1', b'"version": NaN')), "NaN"),
    "a doubled key": (_raw(GOOD.replace(b'"version": 1', b'"version": 1, "version": 1')), "twee keer"),
    "nested too deep": (_with(lambda d: d["advice"][0].update(section={"key": [[["x"]]], "title": ""})),
                        advicefile.MSG_TOO_DEEP),
    "too many items": (_with(lambda d: d.update(advice=d["advice"] * 51)), "hoogstens 100"),
    "no items": (_with(lambda d: d.update(advice=[])), advicefile.MSG_NO_ADVICE),
    "items not a list": (_with(lambda d: d.update(advice={"0": 1})), "moet 'advice' een lijst zijn"),
    "an item not an object": (_with(lambda d: d.update(advice=["advies"])), "een object zijn"),
    "text too long": (_with(_item(text="a" * (MAX_TEXT + 1))), "te lang"),
    "name too long": (_with(_item(author_name="a" * (MAX_LINE + 1))), "te lang"),
    "NUL in text": (_with(_item(text="goed\x00advies")), "een teken in 'text' dat niet mag"),
    "lone surrogate": (_raw(GOOD.replace(b"De gemeente", b"\\ud800De gemeente")), "dat niet mag"),
    "line break in name": (_with(_item(author_name="Sevda\nKoç")), "maar één regel"),
    "empty text": (_with(_item(text="  \n ")), "is 'text' leeg"),
    "no author": (_with(_item(author_name=" ")), "is 'author_name' leeg"),
    "condition without basis": (_with(_item(kind="voorwaarde", legal_basis=" ")), "zonder wettelijke grond"),
    "unknown kind": (_with(_item(kind="bevel")), "onbekend"),
    "date that does not exist": (_with(_item(given_on="2025-02-30")), "geen bestaande datum"),
    "missing date": (_with(lambda d: d["advice"][0].pop("given_on")), "ontbreekt 'given_on'"),
    "bad fingerprint": (_with(lambda d: d["for_plan"].update(fingerprint="abc")), "'fingerprint'"),
    "unknown section": (_with(lambda d: d["advice"][1].update(section={"key": "geheim", "title": "Geheim"})),
                        "over een deel dat niet in uw plan staat: 'Geheim'"),
    "another plan": (_with(lambda d: d["for_plan"].update(fingerprint="0" * 64)), advicefile.MSG_OTHER_PLAN),
    "a folder": (lambda path: path.parent, "map"),
    "no such file": (lambda path: path, "bestaat niet"),
}


@pytest.mark.parametrize("make", REFUSED.values(), ids=REFUSED.keys())
def test_refused_files_change_nothing(home: Home, tmp_path: Path, make: tuple[Callable[[Path], Path], str]) -> None:
    build, expected = make
    source = build(tmp_path / "advies.wijkadvies")
    before = dump(home.database)
    with pytest.raises(UserError) as caught:
        home.services.advicefiles.import_advice(1, source)
    message = str(caught.value)
    assert expected in message
    # One Dutch sentence: a capital, one full stop at the end, no line break, nothing of Python in it.
    assert message[0].isupper() and message.endswith(".") and "\n" not in message and "Error" not in message
    assert dump(home.database) == before


def test_content_changes_are_refused_even_beside_good_advice(home: Home) -> None:
    before = dump(home.database)
    with pytest.raises(AdviceFileError, match="mag alleen advies toevoegen"):
        home.services.advicefiles.import_advice(1, FIXTURES / "plan-content.wijkadvies")
    assert dump(home.database) == before
    assert home.services.plans.get_plan(1).sections[0].text == "Ik ben Meryem. Ik woon in Deventer."


def test_advice_for_another_plan_is_refused(home: Home) -> None:
    before = dump(home.database)
    with pytest.raises(AdviceFileError, match="^Dit adviesbestand hoort bij een ander plan.$"):
        home.services.advicefiles.import_advice(2, FIXTURES / "minimal.wijkadvies")
    assert dump(home.database) == before


def test_a_failure_halfway_leaves_no_item_behind(home: Home, monkeypatch: pytest.MonkeyPatch) -> None:
    real = AdviceService.add_advice
    calls: list[int] = []

    def second_fails(self: AdviceService, *args: Any, **kwargs: Any) -> int:
        calls.append(1)
        if len(calls) == 2:
            raise StorageError("Uw plannen kunnen niet worden bewaard, want de schijf is vol.")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(AdviceService, "add_advice", second_fails)
    before = dump(home.database)
    with pytest.raises(StorageError):
        home.services.advicefiles.import_advice(1, FIXTURES / "minimal.wijkadvies")
    assert len(calls) == 2
    assert dump(home.database) == before


def test_an_added_to_file_brings_only_the_new_items(home: Home, tmp_path: Path) -> None:
    document = minimal()
    first = write(tmp_path / "eerst.wijkadvies", {**document, "advice": document["advice"][:1]})
    assert home.services.advicefiles.import_advice(1, first).added == 1
    result = home.services.advicefiles.import_advice(1, FIXTURES / "minimal.wijkadvies")
    assert (result.added, result.already_there) == (1, 1)
    assert len(home.services.plans.get_plan(1).advice) == 2


def test_the_fingerprint_survives_the_familys_export_and_import(home: Home, tmp_path: Path) -> None:
    home.services.plans.update_plan(1, FAMILY, title="Een nieuwe titel")  # a renamed plan is still the same plan
    exported = home.services.planfiles.export_plan(1, tmp_path / "plan.wijkplan")
    copy_id = home.services.planfiles.import_plan(exported)
    assert home.services.advicefiles.import_advice(copy_id, FIXTURES / "minimal.wijkadvies").added == 2


# ------------------------------------------------------------------------------------- the professional's side


def draft(**fields: Any) -> AdviceDraft:
    return AdviceDraft(**{"author_name": "Sevda Koç", "text": "Vraag naar de boodschappendienst.", **fields})


def test_made_files_match_the_schema_and_grow_by_one_item(tmp_path: Path) -> None:
    target = tmp_path / "advies.wijkadvies"
    add_to_file(MINIMAL_PLAN, target, draft(section="Over mij", given_on=date(2025, 5, 6)))
    saved = add_to_file(MINIMAL_PLAN, target, draft(kind="voorwaarde", legal_basis=OTS, organisation=" Team  Oost "))
    assert saved.items == 2 and saved.plan_title == "Weer zelf naar de markt"
    document = load(target)
    assert [e.message for e in validator().iter_errors(document)] == []
    assert document["advice"][0]["section"] == {"key": "over_mij", "title": "Over mij"}
    assert document["advice"][1]["organisation"] == "Team Oost"
    assert document["for_plan"]["fingerprint"] == minimal()["for_plan"]["fingerprint"]


@pytest.mark.parametrize(("fields", "expected"), [
    ({"kind": "voorwaarde"}, advicefile.MSG_NO_LEGAL_BASIS),
    ({"kind": "bevel"}, advicefile.MSG_WRONG_KIND),
    ({"section": "geheim"}, "Dit deel staat niet in het plan: 'geheim'."),
    ({"text": " "}, advicefile.MSG_NO_TEXT),
    ({"text": "a" * (MAX_TEXT + 1)}, "te lang"),
])
def test_the_professional_hears_what_is_wrong_before_anything_is_written(
    tmp_path: Path, fields: dict[str, Any], expected: str
) -> None:
    target = tmp_path / "advies.wijkadvies"
    with pytest.raises(AdviceFileError, match=re.escape(expected)):
        add_to_file(MINIMAL_PLAN, target, draft(**fields))
    assert not target.exists()


def test_a_wrong_target_is_never_overwritten(tmp_path: Path) -> None:
    plan_copy = shutil.copyfile(MINIMAL_PLAN, tmp_path / "plan.wijkplan")
    with pytest.raises(AdviceFileError, match=advicefile.MSG_PLAN_FILE):
        add_to_file(MINIMAL_PLAN, plan_copy, draft())
    assert plan_copy.read_bytes() == MINIMAL_PLAN.read_bytes()
    other = write(tmp_path / "ander.wijkadvies", {**minimal(), "for_plan": {"fingerprint": "1" * 64, "title": ""}})
    with pytest.raises(AdviceFileError, match=advicefile.MSG_OTHER_PLAN):
        add_to_file(MINIMAL_PLAN, other, draft())


def test_show_plan_keeps_private_notes_and_terminal_codes_out() -> None:
    document = load(MINIMAL_PLAN)
    plan = document["plan"]
    plan["sections"][0]["text"] = "Ik ben Meryem.\x1b[2J\r Ik woon in Deventer."
    plan["private_notes"] = [
        {"ref": "pn1", "text": "GEHEIM-7f", "include": False, "created_at": plan["created_at"],
         "updated_at": plan["created_at"]},
        {"ref": "pn2", "text": "Mag iedereen lezen.", "include": True, "created_at": plan["created_at"],
         "updated_at": plan["created_at"]},
    ]
    text = advicefile.plan_as_text(document)
    assert "[over_mij] Over mij" in text and "Mag iedereen lezen." in text
    assert "GEHEIM-7f" not in text and "\x1b" not in text and "\r" not in text


# --------------------------------------------------------------------------------------------------- the schema


def test_the_schema_is_the_one_the_model_generates_and_refuses_more_than_advice() -> None:
    from wijkteam.formats import schemas

    schema = load(SCHEMA)
    assert schema == schemas.schema_of(schemas.SCHEMAS[SCHEMA.name]), (
        f"{SCHEMA.name} differs from its model; write it again with: {schemas.REGENERATE}")
    assert schema["properties"]["version"]["const"] == advicefile.VERSION
    assert schema["properties"]["advice"]["maxItems"] == advicefile.MAX_ITEMS
    assert validator().is_valid(minimal())
    for name in ("plan-content.wijkadvies", "answered.wijkadvies"):
        assert not validator().is_valid(load(FIXTURES / name))
    condition = copy.deepcopy(minimal())
    condition["advice"][0].update(kind="voorwaarde", legal_basis="")
    assert not validator().is_valid(condition)


# ------------------------------------------------------------------------------------------------- the window


def test_the_family_reads_an_advice_file_from_the_window(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.advice.advice_file_dialogs import AdviceFileFlow

    plan_id = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    plan_file = services.planfiles.export_plan(plan_id, tmp_path / "plan.wijkplan")
    target = tmp_path / "advies.wijkadvies"
    add_to_file(plan_file, target, draft(section="veiligheid", organisation="Samen Veilig"))
    add_to_file(plan_file, target, draft(kind="informatie", text="Het buurtteam heeft een schuldhulpmaatje."))
    window = QWidget()
    qtbot.addWidget(window)
    flow = AdviceFileFlow(services, window)
    flow._ask_open_path = lambda _folder: target  # type: ignore[method-assign]
    with qtbot.waitSignal(flow.advice_imported) as signal:
        flow.import_file(plan_id)
    assert signal.args == [plan_id, 2]
    assert flow.message_box is not None and "Er zijn 2 punten toegevoegd van Sevda Koç" in flow.message_box.text()

    flow.import_file(plan_id)  # the same file again: refused, and said so
    assert flow.message_box is not None and flow.message_box.text() == MSG_ALREADY_THERE


def test_an_advice_file_for_no_plan_here_is_refused_without_a_number(tmp_path: Path, demo_dir: Path) -> None:
    family, professional = demo_dir, tmp_path / "ander-gezin"
    assert run("export", "1", str(tmp_path / "plan.wijkplan"), data_dir=family).returncode == 0
    advice_file = tmp_path / "advies.wijkadvies"
    made = run("export-advice", str(tmp_path / "plan.wijkplan"), str(advice_file), "--name", "Joost van Dam",
               "--text", "Een advies.", data_dir=family)
    assert made.returncode == 0, made.stderr
    assert run("demo", data_dir=professional).returncode == 0  # other plans, made at another moment
    result = run("import-advice", str(advice_file), data_dir=professional)
    assert (result.returncode, result.stderr.strip()) == (1, MSG_NO_PLAN)
