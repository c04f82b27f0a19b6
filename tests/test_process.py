"""The process guide through its service: steps, the peer supporter's notes, and the "maak het concreet" check."""

from __future__ import annotations

from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from models import Phase, PlanType, Role
from tests import dbfile
from wijkteam.errors import InvalidInputError, NotAllowedError
from wijkteam.process_steps import phases_for, step_for, steps_for, suggested_check_in
from wijkteam.services import FAMILY, Actor, Services

SUPPORTER = Actor(Role.ONDERSTEUNER, "Marieke")
PROFESSIONAL = Actor(Role.PROFESSIONAL, "Joost van Dam")
NETWORK = Actor(Role.NETWERK, "Oma Ria")


@pytest.fixture
def db_path(data_dir: Path, services: Services) -> Path:
    return data_dir / "wijkteam.sqlite"


@pytest.fixture
def plan_id(services: Services) -> int:
    return services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)


def _dump(db_path: Path) -> list[str]:
    with closing(dbfile.connect(db_path)) as con:
        return list(con.iterdump())


def _history(db_path: Path) -> list[tuple[str, str, str, str]]:
    with closing(dbfile.connect(db_path)) as con:
        return con.execute("SELECT actor_role, actor_name, entity, summary FROM change ORDER BY id").fetchall()


# ------------------------------------------------------------------ the step list as data


def test_every_plan_type_walks_all_five_phases_with_unique_keys() -> None:
    for plan_type in PlanType:
        steps = steps_for(plan_type)
        assert len({s.key for s in steps}) == len(steps)
        assert [p.phase for p in phases_for(plan_type)] == list(Phase)
        # Walking order: phases never go back.
        order = [list(Phase).index(s.phase) for s in steps]
        assert order == sorted(order) and set(order) == set(range(5))
    assert step_for(PlanType.FAMILIEGROEPSPLAN, "hoofdvraag") is not None
    assert step_for(PlanType.PERSOONLIJK_PLAN, "hoofdvraag") is None  # a persoonlijk plan has no hoofdvraag
    assert step_for(PlanType.PERSOONLIJK_PLAN, "gegeven") is not None


def test_check_in_is_suggested_four_weeks_after_the_meeting() -> None:
    assert suggested_check_in(date(2026, 3, 6)) == date(2026, 4, 3)
    assert suggested_check_in(None) is None


# ------------------------------------------------------------------ steps


def test_a_new_plan_has_all_steps_open_and_no_rows(services: Services, plan_id: int, db_path: Path) -> None:
    steps = services.process.list_steps(plan_id)
    assert [s.key for s in steps] == [s.key for s in steps_for(PlanType.FAMILIEGROEPSPLAN)]
    assert not any(s.done for s in steps)
    with closing(dbfile.connect(db_path)) as con:
        assert con.execute("SELECT COUNT(*) FROM process_step").fetchone() == (0,)


def test_supporter_ticks_and_opens_a_step_again(services: Services, plan_id: int, db_path: Path) -> None:
    services.process.set_step_done(plan_id, "datum_plaats", True, SUPPORTER)
    step = next(s for s in services.process.list_steps(plan_id) if s.key == "datum_plaats")
    assert step.done and step.done_by == "Marieke" and step.phase == Phase.VOORBEREIDEN
    services.process.set_step_done(plan_id, "datum_plaats", True, SUPPORTER)  # again: nothing new
    services.process.set_step_done(plan_id, "datum_plaats", False, SUPPORTER)
    step = next(s for s in services.process.list_steps(plan_id) if s.key == "datum_plaats")
    assert not step.done and step.done_by == ""
    # One row per tick, never folded: the summary must stay true when a box goes back and forth.
    assert _history(db_path)[-2:] == [
        ("ondersteuner", "Marieke", "process_step", "Stap afgevinkt: Datum en plaats afgesproken"),
        ("ondersteuner", "Marieke", "process_step", "Stap weer open: Datum en plaats afgesproken"),
    ]


def test_the_family_may_tick_steps_too(services: Services, plan_id: int, db_path: Path) -> None:
    # During eigen tijd the supporter is out of the room: the family ticks that step themselves.
    services.process.set_step_done(plan_id, "eigen_tijd", True, FAMILY)
    step = next(s for s in services.process.list_steps(plan_id) if s.key == "eigen_tijd")
    assert step.done and step.done_by == "Gezin"
    assert _history(db_path)[-1][:3] == ("gezin", "Gezin", "process_step")


@pytest.mark.parametrize("actor", [PROFESSIONAL, NETWORK])
def test_professionals_and_network_cannot_tick(services: Services, plan_id: int, db_path: Path,
                                              actor: Actor) -> None:
    before = _dump(db_path)
    with pytest.raises(NotAllowedError) as error:
        services.process.set_step_done(plan_id, "datum_plaats", True, actor)
    assert str(error.value) == "Alleen de ondersteuner of het gezin kan een stap afvinken."
    assert _dump(db_path) == before


def test_an_unknown_step_is_refused(services: Services, plan_id: int, db_path: Path) -> None:
    before = _dump(db_path)
    with pytest.raises(InvalidInputError):
        services.process.set_step_done(plan_id, "hoofdvraag-x", True, SUPPORTER)
    assert _dump(db_path) == before
    # A persoonlijk plan has no hoofdvraag step.
    personal = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY)
    before = _dump(db_path)
    with pytest.raises(InvalidInputError):
        services.process.set_step_done(personal, "hoofdvraag", True, SUPPORTER)
    assert _dump(db_path) == before


def test_a_step_from_a_newer_version_stays_visible(services: Services, plan_id: int, db_path: Path) -> None:
    with closing(dbfile.connect(db_path)) as con:
        con.execute("INSERT INTO process_step (plan_id, key, phase, done_by) VALUES (?, 'tolk', 'informatie', '')",
                    (plan_id,))
        con.commit()
    steps = services.process.list_steps(plan_id)
    keys = [s.key for s in steps]
    assert keys.index("tolk") == keys.index("informatie_gegeven") + 1
    assert not steps[keys.index("tolk")].known
    services.process.set_step_done(plan_id, "tolk", True, SUPPORTER)
    assert next(s for s in services.process.list_steps(plan_id) if s.key == "tolk").done


# ------------------------------------------------------------------ notes


def test_supporter_notes_per_phase(services: Services, plan_id: int) -> None:
    services.process.add_note(plan_id, SUPPORTER, "Oma komt ook.", phase=Phase.VOORBEREIDEN)
    services.process.add_note(plan_id, SUPPORTER, "  Over het geheel.  ")
    notes = services.process.list_notes(plan_id)
    assert [(n.phase, n.author_name, n.text) for n in notes] == [
        (Phase.VOORBEREIDEN, "Marieke", "Oma komt ook."), (None, "Marieke", "Over het geheel.")]


@pytest.mark.parametrize("actor", [FAMILY, PROFESSIONAL, NETWORK])
def test_only_the_supporter_writes_process_notes(services: Services, plan_id: int, db_path: Path,
                                                actor: Actor) -> None:
    before = _dump(db_path)
    with pytest.raises(NotAllowedError):
        services.process.add_note(plan_id, actor, "Mag niet.")
    assert _dump(db_path) == before


def test_empty_note_and_unknown_phase_are_refused(services: Services, plan_id: int, db_path: Path) -> None:
    before = _dump(db_path)
    with pytest.raises(InvalidInputError):
        services.process.add_note(plan_id, SUPPORTER, "   ")
    with pytest.raises(InvalidInputError):
        services.process.add_note(plan_id, SUPPORTER, "Tekst", phase="koffie")
    assert _dump(db_path) == before


# ------------------------------------------------------------------ maak het concreet


def test_concreet_check_asks_questions_and_never_edits(services: Services, plan_id: int, db_path: Path) -> None:
    ria = services.people.add_participant(plan_id, FAMILY, "Ria", Role.NETWERK)
    agreements = services.agreements
    agreements.add_agreement(plan_id, FAMILY, "Oma brengt Jesse naar school.", who_ids=(ria,), when_text="maandag",
                             how_we_know="Jesse is op tijd.", checker="Sanne")
    second = agreements.add_agreement(plan_id, FAMILY, "Huiswerkplek zoeken.", due_date=date(2026, 5, 1))
    before = _dump(db_path)
    checks = services.process.concrete_questions(plan_id)
    assert [(c.agreement_id, c.number, c.what) for c in checks] == [(second, 2, "Huiswerkplek zoeken.")]
    assert checks[0].questions == ("Wie doet dit?", "Hoe weten we dat het lukt?", "Wie checkt of het gelukt is?")
    assert _dump(db_path) == before


def test_the_guide_reads_everything_at_once(services: Services, plan_id: int) -> None:
    services.plans.update_plan(plan_id, FAMILY, meeting_date=date(2026, 3, 6), evaluation_date=date(2026, 6, 1))
    services.process.set_step_done(plan_id, "wil_plan", True, SUPPORTER)
    services.process.add_note(plan_id, SUPPORTER, "Goed begin.", phase=Phase.VOORBEREIDEN)
    services.agreements.add_agreement(plan_id, FAMILY, "Bellen.")
    guide = services.process.guide(plan_id)
    assert guide.plan_type == PlanType.FAMILIEGROEPSPLAN
    assert [s.key for s in guide.steps if s.done] == ["wil_plan"]
    assert [n.text for n in guide.notes] == ["Goed begin."]
    assert guide.agreement_count == 1 and len(guide.concrete) == 1
    assert (guide.meeting_date, guide.check_in_date, guide.evaluation_date) == (
        date(2026, 3, 6), date(2026, 4, 3), date(2026, 6, 1))


def test_the_guide_changes_no_family_content(services: Services, plan_id: int, db_path: Path) -> None:
    """Everything the supporter does here lands in process tables and the history, nowhere else."""
    services.agreements.add_agreement(plan_id, FAMILY, "Bellen.")
    with closing(dbfile.connect(db_path)) as con:
        family_tables = ("section", "goal", "agreement", "agreement_person", "participant", "advice_response")
        before = {t: con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in family_tables}
    services.process.set_step_done(plan_id, "concreet", True, SUPPORTER)
    services.process.add_note(plan_id, SUPPORTER, "Afspraken doorgelopen.", phase=Phase.PRESENTEREN)
    services.process.concrete_questions(plan_id)
    with closing(dbfile.connect(db_path)) as con:
        after = {t: con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in family_tables}
    assert after == before
    assert {row[2] for row in _history(db_path) if row[0] == "ondersteuner"} == {"process_step", "process_note"}
