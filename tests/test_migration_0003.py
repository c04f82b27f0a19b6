"""Revision 0003: every persoonlijk plan gains the new parts of the whole list, at sensible places, while not a byte of
what the family wrote changes; plans gain the two Jeugdwet dates, empty."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection

from models import PlanType
from wijkteam.db import _alembic_config
from wijkteam.services import Services

OLD_PERSONAL = [
    ("over_mij", "Over mij", "Ik ben Wim.\r\nMelding op 3 november.  "),
    ("situatie", "Mijn situatie", "Sinds mijn val loop ik slecht. Ik wil zelf koken — écht."),
    ("bereiken", "Wat wil ik bereiken", ""),
    ("zelf", "Wat kan ik zelf", "أستطيع أن ألبس نفسي."),
    ("eigen-1", "Mijn tuin", "De volkstuin is twee kilometer verder."),
    ("netwerk", "Mijn mantelzorgers en netwerk", "Anja doet boodschappen."),
    ("mantelzorger", "Wat Anja nodig heeft", "Een weekend vrij."),  # renamed by the family
    ("buurt", "Hulp in de buurt", ""),
    ("andere_hulp", "Andere hulp en instanties", "Fysiotherapie."),
    ("eigen_bijdrage", "Eigen bijdrage", "Hoeveel?"),
    ("ondersteuning", "Welke hulp past bij mij", "Een scootmobiel."),
    ("natura_pgb", "Zorg in natura of pgb", "Zorg in natura."),
    ("geholpen", "Wie hielp mij", ""),
    ("handtekening", "Handtekening en datum", "Wim de Vries"),
]
OLD_FAMILY = [("deelnemers", "Wie deden mee", "Mama en oma."), ("veiligheid", "Veiligheidsafspraken", "Oma belt.")]
SECTION_COLUMNS = "id, plan_id, key, title, position, text, done, skipped, custom, updated_at"


@pytest.fixture()
def connection(tmp_path: Path) -> Iterator[Connection]:
    engine = create_engine(f"sqlite:///{tmp_path / 'plans.sqlite'}")
    with engine.connect() as conn:
        yield conn
    engine.dispose()


def _upgrade(connection: Connection, revision: str) -> None:
    from alembic import command

    command.upgrade(_alembic_config(connection), revision)
    connection.commit()


def _add_plan(connection: Connection, plan_type: str, sections: list[tuple[str, str, str]]) -> int:
    plan_id = connection.execute(text(
        "INSERT INTO plan (plan_type, title, family_name, status, language, print_bilingual, meeting_place, plan_b, "
        "created_at, updated_at) VALUES (:type, 'Mijn plan', 'Wim', 'vastgesteld', 'nl', 0, '', 'Plan B.', "
        "'2026-11-01 10:00:00.000000', '2026-11-02 10:00:00.000000') RETURNING id"), {"type": plan_type}).scalar_one()
    for position, (key, title, body) in enumerate(sections):
        connection.execute(text(
            "INSERT INTO section (plan_id, key, title, position, text, done, skipped, custom, updated_at) "
            "VALUES (:plan, :key, :title, :position, :text, :done, :skipped, :custom, '2026-11-01 10:00:00.000000')"),
            {"plan": plan_id, "key": key, "title": title, "position": position, "text": body,
             "done": bool(body), "skipped": key == "buurt", "custom": key.startswith("eigen-")})
    return plan_id


def _sections(connection: Connection, plan_id: int) -> list[Any]:
    return list(connection.execute(text(
        f"SELECT {SECTION_COLUMNS} FROM section WHERE plan_id = :plan ORDER BY position, id"), {"plan": plan_id}))


def test_every_persoonlijk_plan_gains_the_new_parts_and_keeps_every_byte(connection: Connection) -> None:
    _upgrade(connection, "0002")
    personal = _add_plan(connection, "persoonlijk_plan", OLD_PERSONAL)
    family = _add_plan(connection, "familiegroepsplan", OLD_FAMILY)
    connection.commit()
    before = {row.id: row for row in _sections(connection, personal)}
    family_before = _sections(connection, family)
    plan_before = connection.execute(text("SELECT * FROM plan ORDER BY id")).all()

    _upgrade(connection, "head")

    after = _sections(connection, personal)
    # Every old part as it was, byte for byte, except its place in the order.
    for row in after:
        if row.id in before:
            old = before[row.id]
            assert (row.key, row.title, row.text, row.done, row.skipped, row.custom, row.updated_at) == (
                old.key, old.title, old.text, old.done, old.skipped, old.custom, old.updated_at)
    assert {row.id for row in after} >= set(before)
    assert [row.position for row in after] == list(range(len(after)))
    assert [row.key for row in after] == [
        "over_mij", "situatie", "bereiken", "zelf", "eigen-1", "netwerk", "mantelzorger", "buurt", "andere_hulp",
        "eigen_bijdrage", "ondersteuning", "verwachting", "aanbieders", "natura_pgb", "pgb", "geholpen",
        "handtekening"]
    new = {row.key: row for row in after if row.id not in before}
    assert {key: (row.title, row.text, row.done, row.skipped, row.custom) for key, row in new.items()} == {
        "verwachting": ("Wat verwacht ik van de hulp", "", 0, 0, 0),
        "aanbieders": ("Zorgverleners en aanbieders", "", 0, 0, 0),
        "pgb": ("Als ik een pgb wil", "", 0, 0, 0),
    }
    # A familiegroepsplan keeps its parts as they were, places too; no plan's own words change.
    assert _sections(connection, family) == family_before
    plan_after = connection.execute(text("SELECT * FROM plan ORDER BY id")).mappings().all()
    for old_row, new_row in zip(plan_before, plan_after, strict=True):
        assert dict(old_row._mapping) == {k: v for k, v in new_row.items() if k not in ("offer_date", "term_date")}
        assert (new_row["offer_date"], new_row["term_date"]) == (None, None)

    # The app reads the upgraded plan: the new parts come with their questions, the pgb part says it is optional.
    services = Services.for_engine(connection.engine)
    doc = services.plans.get_plan(personal)
    assert doc.plan_type == PlanType.PERSOONLIJK_PLAN
    pgb = next(s for s in doc.sections if s.key == "pgb")
    assert pgb.optional and "pgb" in pgb.question
    assert services.plans.get_plan(family).offer_date is None


def test_a_plan_without_the_usual_anchors_still_gets_every_part(connection: Connection) -> None:
    _upgrade(connection, "0002")
    plan_id = _add_plan(connection, "persoonlijk_plan", [("over_mij", "Over mij", "Ik."), ("eigen-1", "Eigen", "")])
    connection.commit()
    _upgrade(connection, "head")
    assert [row.key for row in _sections(connection, plan_id)] == [
        "over_mij", "eigen-1", "verwachting", "aanbieders", "pgb"]


def test_downgrade_takes_only_the_empty_new_parts_away(connection: Connection) -> None:
    _upgrade(connection, "0002")
    plan_id = _add_plan(connection, "persoonlijk_plan", OLD_PERSONAL)
    connection.commit()
    _upgrade(connection, "head")
    connection.execute(text("UPDATE section SET text = 'Ik ken Petra.' WHERE key = 'aanbieders'"))
    connection.commit()
    from alembic import command

    command.downgrade(_alembic_config(connection), "0002")
    connection.commit()
    keys = [row.key for row in _sections(connection, plan_id)]
    assert "aanbieders" in keys and "verwachting" not in keys and "pgb" not in keys
