"""The family shapes its own plan: rename, skip, move, add and remove parts. And which Wmo subjects a plan covers."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from models import PlanType, Role
from tests import dbfile
from wijkteam.errors import InvalidInputError, NotAllowedError, NotFoundError
from wijkteam.services import FAMILY, Actor, Services
from wijkteam.services.base import MSG_ONLY_FAMILY
from wijkteam.services.sections import (
    MSG_MOVE_OUT_OF_RANGE,
    MSG_REMOVE_HAS_ADVICE,
    MSG_REMOVE_NOT_EMPTY,
    MSG_REMOVE_TEMPLATE,
    MSG_SECTION_TITLE_EMPTY,
)
from wijkteam.templates import load_template
from wijkteam.wmo import plan_wmo_coverage, wmo_coverage

SUPPORTER = Actor(Role.ONDERSTEUNER, "Marieke")
PROFESSIONAL = Actor(Role.PROFESSIONAL, "Joost van Dam")
NETWORK = Actor(Role.NETWERK, "Oma Ria")
OTHERS = [SUPPORTER, PROFESSIONAL, NETWORK]


@pytest.fixture
def db_file(engine: Engine, data_dir: Path) -> Path:
    return data_dir / "wijkteam.sqlite"


def _rows(db_file: Path) -> list[tuple[object, ...]]:
    """Everything these methods may touch, straight from the file."""
    with closing(dbfile.connect(db_file)) as con:
        sections = con.execute(
            "SELECT id, plan_id, key, title, position, text, done, skipped, custom FROM section ORDER BY id"
        ).fetchall()
        changes = con.execute("SELECT id, summary FROM change ORDER BY id").fetchall()
        plans = con.execute("SELECT id, updated_at FROM plan ORDER BY id").fetchall()
    return sections + changes + plans


def _positions(services: Services, plan_id: int) -> list[int]:
    return [s.position for s in services.plans.get_plan(plan_id).sections]


def _titles(services: Services, plan_id: int) -> list[str]:
    return [s.title for s in services.plans.get_plan(plan_id).sections]


def _history(db_file: Path) -> list[str]:
    with closing(dbfile.connect(db_file)) as con:
        return [row[0] for row in con.execute("SELECT summary FROM change ORDER BY id")]


@pytest.fixture
def plan_id(services: Services) -> int:
    return services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)


# ------------------------------------------------------------------ rename


def test_rename_gives_a_part_the_familys_own_name(services: Services, plan_id: int, db_file: Path) -> None:
    section = services.plans.get_plan(plan_id).sections[1]
    services.plans.rename_section(section.id, "  Wat   willen\nwij?  ", FAMILY)
    renamed = services.plans.get_section(section.id)
    assert renamed.title == "Wat willen wij?"  # one line, spaces tidied
    assert renamed.question == section.question  # the template's question stays with the part
    assert _history(db_file)[-1] == f"'{section.title}' heet nu 'Wat willen wij?'"


def test_renaming_twice_keeps_both_steps_in_the_history(services: Services, plan_id: int, db_file: Path) -> None:
    section_id = services.plans.get_plan(plan_id).sections[0].id
    services.plans.rename_section(section_id, "Eén", FAMILY)
    services.plans.rename_section(section_id, "Twee", FAMILY)
    assert _history(db_file)[-2:] == ["'Wie deden mee' heet nu 'Eén'", "'Eén' heet nu 'Twee'"]
    services.plans.rename_section(section_id, "Twee", FAMILY)  # no change, no history
    assert len(_history(db_file)) == 3


@pytest.mark.parametrize("title", ["", "   ", "\n\t"])
def test_an_empty_name_is_refused(services: Services, plan_id: int, db_file: Path, title: str) -> None:
    section_id = services.plans.get_plan(plan_id).sections[0].id
    before = _rows(db_file)
    with pytest.raises(InvalidInputError) as raised:
        services.plans.rename_section(section_id, title, FAMILY)
    assert str(raised.value) == MSG_SECTION_TITLE_EMPTY
    assert _rows(db_file) == before


def test_a_very_long_name_is_refused(services: Services, plan_id: int, db_file: Path) -> None:
    section_id = services.plans.get_plan(plan_id).sections[0].id
    before = _rows(db_file)
    with pytest.raises(InvalidInputError, match="te lang"):
        services.plans.rename_section(section_id, "x" * 501, FAMILY)
    assert _rows(db_file) == before


# -------------------------------------------------------------------- skip


def test_a_skipped_part_keeps_its_text_and_can_come_back(services: Services, plan_id: int, db_file: Path) -> None:
    section = services.plans.get_plan(plan_id).sections[4]
    services.plans.set_section_text(section.id, "Dit houden we.", FAMILY)
    services.plans.set_section_skipped(section.id, True, FAMILY)
    skipped = services.plans.get_section(section.id)
    assert skipped.skipped and skipped.text == "Dit houden we."
    assert len(services.plans.get_plan(plan_id).sections) == len(load_template(PlanType.FAMILIEGROEPSPLAN).sections)
    assert _history(db_file)[-1] == f"'{section.title}' overgeslagen"
    services.plans.set_section_skipped(section.id, False, FAMILY)
    assert not services.plans.get_section(section.id).skipped
    assert _history(db_file)[-1] == f"'{section.title}' weer gebruikt"


# -------------------------------------------------------------------- move


def test_move_renumbers_every_part(services: Services, plan_id: int, db_file: Path) -> None:
    titles = _titles(services, plan_id)
    moving = services.plans.get_plan(plan_id).sections[5]
    services.plans.move_section(moving.id, 1, FAMILY)
    expected = titles[:1] + [titles[5]] + titles[1:5] + titles[6:]
    assert _titles(services, plan_id) == expected
    assert _positions(services, plan_id) == list(range(len(titles)))
    assert _history(db_file)[-1] == f"'{moving.title}' verplaatst naar plek 2"

    services.plans.move_section(moving.id, len(titles) - 1, FAMILY)  # to the very end
    assert _titles(services, plan_id)[-1] == moving.title
    assert _positions(services, plan_id) == list(range(len(titles)))


def test_move_tidies_gaps_in_old_positions(services: Services, plan_id: int, db_file: Path) -> None:
    # Plans from older files may have gaps or doubles in their positions; one move makes them 0..n-1 again.
    with closing(dbfile.connect(db_file)) as con:
        con.execute("UPDATE section SET position = position * 10 + 3 WHERE plan_id = ?", (plan_id,))
        con.commit()
    first = services.plans.get_plan(plan_id).sections[0]
    services.plans.move_section(first.id, 2, FAMILY)
    assert _positions(services, plan_id) == list(range(len(_titles(services, plan_id))))
    assert _titles(services, plan_id)[2] == first.title


@pytest.mark.parametrize("position", [-1, 999, True, "2", 1.5])
def test_move_to_a_place_that_does_not_exist_is_refused(
    services: Services, plan_id: int, db_file: Path, position: object
) -> None:
    section_id = services.plans.get_plan(plan_id).sections[0].id
    before = _rows(db_file)
    with pytest.raises(InvalidInputError) as raised:
        services.plans.move_section(section_id, position, FAMILY)  # type: ignore[arg-type]
    assert str(raised.value) == MSG_MOVE_OUT_OF_RANGE
    assert _rows(db_file) == before


# --------------------------------------------------------------------- add


def test_add_puts_an_own_part_where_the_family_wants_it(services: Services, plan_id: int, db_file: Path) -> None:
    sections = services.plans.get_plan(plan_id).sections
    first = services.plans.add_section(plan_id, "Onze hond Max", FAMILY, after_section_id=sections[2].id)
    second = services.plans.add_section(plan_id, "Vakantie", FAMILY)
    doc = services.plans.get_plan(plan_id)
    assert doc.sections[3].id == first and doc.sections[3].title == "Onze hond Max"
    assert doc.sections[-1].id == second
    assert _positions(services, plan_id) == list(range(len(sections) + 2))
    added = [s for s in doc.sections if s.custom]
    assert [s.key for s in added] == ["eigen-1", "eigen-2"]
    assert all(s.text == "" and not s.skipped and not s.done for s in added)
    assert added[0].question == ""  # no template question: the family's own part
    assert _history(db_file)[-1] == "Eigen deel 'Vakantie' toegevoegd"


def test_custom_keys_stay_unique_after_removing(services: Services, plan_id: int) -> None:
    one = services.plans.add_section(plan_id, "Een", FAMILY)
    two = services.plans.add_section(plan_id, "Twee", FAMILY)
    services.plans.remove_section(one, FAMILY)
    three = services.plans.add_section(plan_id, "Drie", FAMILY)
    services.plans.remove_section(two, FAMILY)
    four = services.plans.add_section(plan_id, "Vier", FAMILY)
    keys = [s.key for s in services.plans.get_plan(plan_id).sections]
    assert len(keys) == len(set(keys))
    assert services.plans.get_section(three).key != services.plans.get_section(four).key


def test_keys_are_counted_per_plan(services: Services, plan_id: int) -> None:
    other = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY)
    services.plans.add_section(plan_id, "Een", FAMILY)
    added = services.plans.add_section(other, "Ander plan", FAMILY)
    assert services.plans.get_section(added).key == "eigen-1"


def test_add_refuses_an_empty_name_and_a_part_of_another_plan(
    services: Services, plan_id: int, db_file: Path
) -> None:
    other = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY)
    foreign = services.plans.get_plan(other).sections[0].id
    before = _rows(db_file)
    with pytest.raises(InvalidInputError, match=MSG_SECTION_TITLE_EMPTY):
        services.plans.add_section(plan_id, "  ", FAMILY)
    with pytest.raises(NotFoundError, match="bestaat niet meer"):
        services.plans.add_section(plan_id, "Goed", FAMILY, after_section_id=foreign)
    with pytest.raises(NotFoundError, match="nummer 999"):
        services.plans.add_section(999, "Goed", FAMILY)
    assert _rows(db_file) == before


# ------------------------------------------------------------------ remove


def test_remove_takes_away_an_empty_own_part(services: Services, plan_id: int, db_file: Path) -> None:
    count = len(_titles(services, plan_id))
    added = services.plans.add_section(plan_id, "Later invullen", FAMILY, after_section_id=None)
    services.plans.move_section(added, 0, FAMILY)
    services.plans.remove_section(added, FAMILY)
    assert len(_titles(services, plan_id)) == count
    assert _positions(services, plan_id) == list(range(count))
    assert _history(db_file)[-1] == "Eigen deel 'Later invullen' weggehaald"
    with pytest.raises(NotFoundError):
        services.plans.get_section(added)


def test_remove_refuses_a_template_part_and_says_it_can_be_skipped(
    services: Services, plan_id: int, db_file: Path
) -> None:
    section_id = services.plans.get_plan(plan_id).sections[0].id
    before = _rows(db_file)
    with pytest.raises(InvalidInputError) as raised:
        services.plans.remove_section(section_id, FAMILY)
    assert str(raised.value) == MSG_REMOVE_TEMPLATE
    assert "overslaan" in str(raised.value)
    assert _rows(db_file) == before


def test_remove_refuses_an_own_part_with_text_or_advice(services: Services, plan_id: int, db_file: Path) -> None:
    with_text = services.plans.add_section(plan_id, "Met tekst", FAMILY)
    services.plans.set_section_text(with_text, "Niet weggooien.", FAMILY)
    with_advice = services.plans.add_section(plan_id, "Met advies", FAMILY)
    services.advice.add_advice(plan_id, PROFESSIONAL, "Denk aan de school.", section_id=with_advice)
    before = _rows(db_file)
    with pytest.raises(InvalidInputError, match=MSG_REMOVE_NOT_EMPTY):
        services.plans.remove_section(with_text, FAMILY)
    with pytest.raises(InvalidInputError, match=MSG_REMOVE_HAS_ADVICE):
        services.plans.remove_section(with_advice, FAMILY)
    assert _rows(db_file) == before


def test_a_part_that_is_gone_gives_a_sentence(services: Services, plan_id: int) -> None:
    for call in (
        lambda: services.plans.rename_section(9999, "Naam", FAMILY),
        lambda: services.plans.set_section_skipped(9999, True, FAMILY),
        lambda: services.plans.move_section(9999, 0, FAMILY),
        lambda: services.plans.remove_section(9999, FAMILY),
    ):
        with pytest.raises(NotFoundError, match="Dit deel van het plan bestaat niet meer."):
            call()


# ------------------------------------------------------------------- roles


@pytest.mark.parametrize("actor", OTHERS, ids=lambda a: a.role.value)
def test_only_the_family_shapes_the_plan(services: Services, plan_id: int, db_file: Path, actor: Actor) -> None:
    sections = services.plans.get_plan(plan_id).sections
    own = services.plans.add_section(plan_id, "Eigen deel", FAMILY)
    before = _rows(db_file)
    calls = [
        lambda: services.plans.rename_section(sections[0].id, "Anders", actor),
        lambda: services.plans.set_section_skipped(sections[0].id, True, actor),
        lambda: services.plans.move_section(sections[0].id, 3, actor),
        lambda: services.plans.add_section(plan_id, "Van iemand anders", actor),
        lambda: services.plans.remove_section(own, actor),
        lambda: services.plans.set_section_done(sections[0].id, True, actor),
    ]
    for call in calls:
        with pytest.raises(NotAllowedError) as raised:
            call()
        assert str(raised.value) == MSG_ONLY_FAMILY
    assert _rows(db_file) == before


def test_done_back_and_forth_keeps_a_true_history(services: Services, plan_id: int, db_file: Path) -> None:
    section = services.plans.get_plan(plan_id).sections[0]
    services.plans.set_section_done(section.id, True, FAMILY)
    services.plans.set_section_done(section.id, False, FAMILY)
    assert _history(db_file)[-2:] == [f"'{section.title}' klaar", f"'{section.title}' nog niet klaar"]


def test_plan_files_keep_skipped_renamed_and_own_parts(services: Services, plan_id: int, tmp_path: Path) -> None:
    sections = services.plans.get_plan(plan_id).sections
    services.plans.rename_section(sections[1].id, "Onze grote vraag", FAMILY)
    services.plans.set_section_skipped(sections[4].id, True, FAMILY)
    own = services.plans.add_section(plan_id, "Onze hond", FAMILY, after_section_id=sections[0].id)
    services.plans.set_section_text(own, "Max hoort erbij.", FAMILY)
    target = tmp_path / "plan.wijkplan"
    services.planfiles.export_plan(plan_id, target)
    again = services.plans.get_plan(services.planfiles.import_plan(target))
    shape = [(s.key, s.title, s.position, s.text, s.skipped, s.custom) for s in again.sections]
    original = [(s.key, s.title, s.position, s.text, s.skipped, s.custom)
                for s in services.plans.get_plan(plan_id).sections]
    assert shape == original


# --------------------------------------------------------------------- wmo


def test_wmo_letters_follow_text_and_skipping(services: Services) -> None:
    pid = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY)
    template = load_template(PlanType.PERSOONLIJK_PLAN)
    coverage = plan_wmo_coverage(services.plans.get_plan(pid))
    assert [s.letter for s in coverage] == list("abcdefg")
    assert [s.description for s in coverage] == [d for _letter, d in template.wmo_letters]
    assert not any(s.covered for s in coverage)

    by_key = {s.key: s for s in services.plans.get_plan(pid).sections}
    services.plans.set_section_text(by_key["situatie"].id, "Ik val vaak.", FAMILY)
    services.plans.set_section_text(by_key["eigen_bijdrage"].id, "   ", FAMILY)  # only spaces: not yet
    services.plans.set_section_text(by_key["buurt"].id, "De buurtkamer.", FAMILY)
    services.plans.set_section_skipped(by_key["buurt"].id, True, FAMILY)
    coverage = plan_wmo_coverage(services.plans.get_plan(pid))
    assert {s.letter: s.covered for s in coverage} == {
        "a": True, "b": False, "c": False, "d": False, "e": False, "f": False, "g": False
    }
    assert coverage[0].section_ids == (by_key["situatie"].id,)
    assert coverage[0].description == "wat ik nodig heb en wat ik belangrijk vind"


def test_wmo_letters_survive_renaming_and_moving(services: Services) -> None:
    pid = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY)
    by_key = {s.key: s for s in services.plans.get_plan(pid).sections}
    services.plans.rename_section(by_key["eigen_bijdrage"].id, "Wat ik zelf betaal", FAMILY)
    services.plans.move_section(by_key["eigen_bijdrage"].id, 0, FAMILY)
    services.plans.set_section_text(by_key["eigen_bijdrage"].id, "Dat lukt.", FAMILY)
    coverage = {s.letter: s.covered for s in plan_wmo_coverage(services.plans.get_plan(pid))}
    assert coverage["g"] is True


def test_no_wmo_hint_for_a_familiegroepsplan(services: Services, plan_id: int) -> None:
    doc = services.plans.get_plan(plan_id)
    for section in doc.sections:
        services.plans.set_section_text(section.id, "Tekst", FAMILY)
    assert plan_wmo_coverage(services.plans.get_plan(plan_id)) == ()
    assert wmo_coverage(PlanType.FAMILIEGROEPSPLAN, doc.sections) == ()
