"""The data layer through its services: create, autosave, reopen, roles, history, migrations."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from models import AdviceAnswer, AdviceKind, PlanType, Role
from tests import dbfile
from wijkteam.db import MSG_DAMAGED, MSG_NEWER, SCHEMA_HEAD, backup_database, is_plaintext, open_database
from wijkteam.errors import InvalidInputError, NotAllowedError, NotFoundError, StorageError
from wijkteam.services import FAMILY, Actor, Services
from wijkteam.templates import load_template

SUPPORTER = Actor(Role.ONDERSTEUNER, "Marieke")
PROFESSIONAL = Actor(Role.PROFESSIONAL, "Joost van Dam")
NETWORK = Actor(Role.NETWERK, "Oma Ria")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "wijkteam.sqlite"


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    engine = open_database(db_path, db_path.parent / "backups", dbfile.TEST_KEY)
    yield engine
    engine.dispose()


@pytest.fixture
def svc(engine: Engine) -> Services:
    return Services.for_engine(engine)


@pytest.mark.parametrize("plan_type", list(PlanType))
def test_new_plan_has_the_sections_of_its_template(svc: Services, plan_type: PlanType) -> None:
    plan_id = svc.plans.create_plan(plan_type)
    doc = svc.plans.get_plan(plan_id)
    template = load_template(plan_type)
    assert doc.plan_type == plan_type
    assert doc.title == template.default_title
    assert [s.title for s in doc.sections] == [t.title for t in template.sections]
    assert all(s.question for s in doc.sections)
    assert [p.id for p in svc.plans.list_plans()] == [plan_id]


def test_text_survives_reopening_the_database(svc: Services, engine: Engine, db_path: Path) -> None:
    plan_id = svc.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, family_name="Familie Kowalski")
    section = svc.plans.get_plan(plan_id).sections[1]
    text = "Hoe zorgen we dat Zofia weer naar school gaat? Zażółć gęślą jaźń. Iğdır. مرحبا بكم"
    svc.plans.set_section_text(section.id, text, FAMILY)
    engine.dispose()
    again = open_database(db_path, db_path.parent / "backups", dbfile.TEST_KEY)
    try:
        reopened = Services.for_engine(again).plans.get_plan(plan_id)
        assert reopened.sections[1].text == text
        assert reopened.family_name == "Familie Kowalski"
        assert reopened.sections[1].state.value == "begonnen"
    finally:
        again.dispose()


def test_text_survives_a_killed_process(db_path: Path, engine: Engine, svc: Services) -> None:
    plan_id = svc.plans.create_plan(PlanType.PERSOONLIJK_PLAN)
    section_id = svc.plans.get_plan(plan_id).sections[0].id
    engine.dispose()
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from wijkteam.db import open_database
        from wijkteam.services import FAMILY, Services
        path = Path({str(db_path)!r})
        services = Services.for_engine(open_database(path, path.parent / "backups", {dbfile.TEST_KEY!r}))
        services.plans.set_section_text({section_id}, "Ik ben Wim en ik woon in Zwolle.", FAMILY)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode == -9, result.stderr
    again = open_database(db_path, db_path.parent / "backups", dbfile.TEST_KEY)
    try:
        assert Services.for_engine(again).plans.get_section(section_id).text == "Ik ben Wim en ik woon in Zwolle."
    finally:
        again.dispose()


def _family_words(db_path: Path) -> list[tuple[object, ...]]:
    con = dbfile.connect(db_path)
    try:
        rows: list[tuple[object, ...]] = []
        for table in ("plan", "section", "goal", "agreement", "participant", "advice_response", "private_note"):
            rows += con.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
        return rows
    finally:
        con.close()


@pytest.mark.parametrize("actor", [SUPPORTER, PROFESSIONAL, NETWORK], ids=lambda a: a.role.value)
def test_no_other_role_can_change_the_familys_words(svc: Services, db_path: Path, actor: Actor) -> None:
    plan_id = svc.plans.create_plan(PlanType.FAMILIEGROEPSPLAN)
    section_id = svc.plans.get_plan(plan_id).sections[1].id
    svc.plans.set_section_text(section_id, "Onze eigen woorden.", FAMILY)
    person = svc.people.add_participant(plan_id, FAMILY, "Sanne", Role.GEZIN)
    goal = svc.agreements.add_goal(plan_id, FAMILY, "Rust thuis.")
    advice = svc.advice.add_advice(plan_id, PROFESSIONAL, "Een advies.")
    before = _family_words(db_path)

    attempts = [
        lambda: svc.plans.set_section_text(section_id, "Andere woorden.", actor),
        lambda: svc.plans.set_section_done(section_id, True, actor),
        lambda: svc.plans.update_plan(plan_id, actor, title="Een andere titel"),
        lambda: svc.people.add_participant(plan_id, actor, "Iemand", Role.NETWERK),
        lambda: svc.agreements.add_goal(plan_id, actor, "Een doel van een ander."),
        lambda: svc.agreements.add_agreement(plan_id, actor, "Iets", goal_id=goal, who_ids=(person,)),
        lambda: svc.plans.respond_to_advice(advice, actor, AdviceAnswer.OVERGENOMEN),
        lambda: svc.plans.add_private_note(plan_id, actor, "Geheim"),
        lambda: svc.plans.delete_plan(plan_id, actor),
        lambda: svc.plans.create_plan(PlanType.PERSOONLIJK_PLAN, actor),
    ]
    for attempt in attempts:
        with pytest.raises(NotAllowedError, match="Alleen het gezin"):
            attempt()
    assert _family_words(db_path) == before


def test_advice_is_attributed_and_answered_by_the_family(svc: Services) -> None:
    plan_id = svc.plans.create_plan(PlanType.FAMILIEGROEPSPLAN)
    section = svc.plans.get_plan(plan_id).sections[8]
    with pytest.raises(NotAllowedError):
        svc.advice.add_advice(plan_id, FAMILY, "Het gezin geeft zichzelf geen advies.")
    with pytest.raises(InvalidInputError, match="wettelijke grond"):
        svc.advice.add_advice(plan_id, PROFESSIONAL, "Geen ruzie.", kind=AdviceKind.VOORWAARDE)
    advice_id = svc.advice.add_advice(
        plan_id, PROFESSIONAL, "Geen ruzie waar de kinderen bij zijn.", kind=AdviceKind.VOORWAARDE,
        organisation="Samen Veilig", legal_basis="OTS", section_id=section.id,
    )
    item = svc.plans.get_plan(plan_id).advice[0]
    assert (item.author_name, item.organisation, item.kind, item.answer) == (
        "Joost van Dam", "Samen Veilig", AdviceKind.VOORWAARDE, AdviceAnswer.OPEN)
    assert item.section_title == section.title
    svc.plans.respond_to_advice(advice_id, FAMILY, AdviceAnswer.DEELS, "Oma neemt de kinderen mee.")
    item = svc.plans.get_plan(plan_id).advice[0]
    assert (item.answer, item.reason, item.text) == (
        AdviceAnswer.DEELS, "Oma neemt de kinderen mee.", "Geen ruzie waar de kinderen bij zijn.")


def test_history_records_who_changed_what_and_folds_typing(svc: Services, db_path: Path) -> None:
    plan_id = svc.plans.create_plan(PlanType.FAMILIEGROEPSPLAN)
    section_id = svc.plans.get_plan(plan_id).sections[1].id
    for text in ("H", "Ho", "Hoe", "Hoe zorgen we"):
        svc.plans.set_section_text(section_id, text, FAMILY)
    svc.advice.add_advice(plan_id, PROFESSIONAL, "Advies.")
    svc.process.add_note(plan_id, SUPPORTER, "Iedereen is uitgenodigd.")
    con = dbfile.connect(db_path)
    rows = con.execute("SELECT actor_role, actor_name, entity, field FROM change ORDER BY id").fetchall()
    con.close()
    assert rows == [
        ("gezin", "Gezin", "plan", ""),
        ("gezin", "Gezin", "section", "text"),
        ("professional", "Joost van Dam", "advice", ""),
        ("ondersteuner", "Marieke", "process_note", ""),
    ]


def test_private_notes_stay_out_unless_the_family_includes_them(svc: Services) -> None:
    plan_id = svc.plans.create_plan(PlanType.FAMILIEGROEPSPLAN)
    svc.plans.add_private_note(plan_id, FAMILY, "Alleen voor ons.")
    svc.plans.add_private_note(plan_id, FAMILY, "Dit mag iedereen lezen.", include=True)
    assert svc.plans.get_plan(plan_id).included_private_notes == ("Dit mag iedereen lezen.",)


def test_bad_input_gets_a_dutch_sentence_and_changes_nothing(svc: Services, db_path: Path) -> None:
    plan_id = svc.plans.create_plan(PlanType.FAMILIEGROEPSPLAN)
    section_id = svc.plans.get_plan(plan_id).sections[0].id
    before = _family_words(db_path)
    with pytest.raises(InvalidInputError, match="te lang"):
        svc.plans.set_section_text(section_id, "x" * 300_000, FAMILY)
    with pytest.raises(InvalidInputError, match="niet bekend"):
        svc.plans.create_plan("vakantieplan")
    with pytest.raises(InvalidInputError, match="naam"):
        svc.people.add_participant(plan_id, FAMILY, "   ", Role.NETWERK)
    with pytest.raises(NotFoundError, match="nummer 999"):
        svc.plans.get_plan(999)
    assert _family_words(db_path) == before
    svc.plans.set_section_text(section_id, "met\x00nul", FAMILY)
    assert svc.plans.get_section(section_id).text == "metnul"


def test_deleted_plan_can_be_brought_back(svc: Services) -> None:
    plan_id = svc.plans.create_plan(PlanType.PERSOONLIJK_PLAN)
    svc.plans.delete_plan(plan_id, FAMILY)
    assert svc.plans.list_plans() == []
    svc.plans.restore_plan(plan_id, FAMILY)
    assert [p.id for p in svc.plans.list_plans()] == [plan_id]


# ------------------------------------------------------------------ migrations


def test_empty_database_migrates_to_head_and_matches_the_models(engine: Engine, db_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    import models.tables  # noqa: F401 - the tables load lazily: whatever ran before in this process must not matter

    con = dbfile.connect(db_path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    con.close()
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert diff == []


def test_schema_head_constant_matches_alembic() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from wijkteam.paths import migrations_dir

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    assert ScriptDirectory.from_config(cfg).get_heads() == [SCHEMA_HEAD]


def test_database_newer_than_the_app_is_refused_unchanged(engine: Engine, db_path: Path) -> None:
    engine.dispose()
    con = dbfile.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(StorageError) as caught:
        open_database(db_path, db_path.parent / "backups", dbfile.TEST_KEY)
    assert str(caught.value) == MSG_NEWER
    assert db_path.read_bytes() == before


def test_damaged_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "wijkteam.sqlite"
    path.write_bytes(b"dit is geen database" * 100)
    with pytest.raises(StorageError) as caught:
        open_database(path, tmp_path / "backups", dbfile.TEST_KEY)
    assert str(caught.value) == MSG_DAMAGED
    assert path.read_bytes() == b"dit is geen database" * 100


@pytest.mark.parametrize("fixture", sorted((Path(__file__).parent / "fixtures").glob("schema_*.sqlite")),
                         ids=lambda path: path.stem)
def test_a_database_of_every_earlier_version_opens_with_its_data(tmp_path: Path, fixture: Path) -> None:
    """A file made by an earlier version of the app (each schema it shipped) is encrypted, migrated to today's
    schema, and keeps its plans and people."""
    from wijkteam.keystore import new_recovery_code
    from wijkteam.paths import AppPaths
    from wijkteam.vault import Vault, VaultState

    paths = AppPaths(tmp_path / "data", tmp_path / "logs")
    paths.data_dir.mkdir()
    paths.database.write_bytes(fixture.read_bytes())
    vault = Vault(paths)
    assert vault.state == VaultState.PLAINTEXT
    vault.create(dbfile.TEST_PASSPHRASE, new_recovery_code())  # an earlier version's file: encrypted first
    assert not is_plaintext(paths.database)
    engine = open_database(paths.database, paths.backups, vault.key)
    try:
        services = Services.for_engine(engine)
        plans = services.plans.list_plans()
        assert [p.plan_type for p in plans] == [PlanType.FAMILIEGROEPSPLAN, PlanType.PERSOONLIJK_PLAN]
        people = services.people.list_people(plans[0].id)
        assert people and all(p.name for p in people)
    finally:
        engine.dispose()
    con = dbfile.connect(paths.database, vault.key)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
    finally:
        con.close()


def test_backup_is_a_complete_copy(svc: Services, db_path: Path) -> None:
    plan_id = svc.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, family_name="Familie Öztürk")
    copy = backup_database(db_path, db_path.parent / "backups", "test", dbfile.TEST_KEY)
    assert not is_plaintext(copy)
    con = dbfile.connect(copy)
    assert con.execute("SELECT family_name FROM plan WHERE id = ?", (plan_id,)).fetchone() == ("Familie Öztürk",)
    con.close()


def test_missing_migrations_blame_the_installation_not_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wijkteam.db

    monkeypatch.setattr(wijkteam.db, "migrations_dir", lambda: tmp_path / "weg")
    with pytest.raises(StorageError) as caught:
        open_database(tmp_path / "data" / "wijkteam.sqlite", tmp_path / "backups", dbfile.TEST_KEY)
    assert str(caught.value) == wijkteam.db.MSG_BROKEN_INSTALL
