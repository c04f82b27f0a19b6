"""Only the family role changes the family's content, whatever screen a call comes from; every change has a name.

These tests go through the services directly, so a mistake in a screen can never write as the family.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from models import AdviceAnswer, AgreementStatus, PlanType, Role
from tests import dbfile
from wijkteam.errors import NotAllowedError
from wijkteam.services import FAMILY, Actor, Services

OTHERS = [
    Actor(Role.ONDERSTEUNER, "Marieke Jansen"),
    Actor(Role.PROFESSIONAL, "Priya Ramdin"),
    Actor(Role.NETWERK, "Oma Ria"),
]


@dataclass(frozen=True)
class Plan:
    id: int
    section: int
    custom_section: int
    person: int
    goal: int
    agreement: int
    advice: int


@pytest.fixture
def plan(services: Services) -> Plan:
    plans = services.plans
    pid = plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    section = plans.get_plan(pid).sections[1].id
    plans.set_section_text(section, "Hoe zorgen we dat het thuis weer fijn wordt?", FAMILY)
    custom = plans.add_section(pid, "Onze eigen vragen", FAMILY)
    person = services.people.add_participant(pid, FAMILY, "Ria Bakker", Role.NETWERK)
    goal = services.agreements.add_goal(pid, FAMILY, "Minder ruzie thuis")
    agreement = services.agreements.add_agreement(pid, FAMILY, "Oma belt op zondag", goal_id=goal, who_ids=(person,))
    advice = services.advice.add_advice(pid, Actor(Role.PROFESSIONAL, "Joost van Dam"), "Bel het buurtteam.")
    return Plan(pid, section, custom, person, goal, agreement, advice)


def _everything(data_dir: Path) -> list[tuple[Any, ...]]:
    with closing(dbfile.connect(data_dir / "wijkteam.sqlite")) as con:
        tables = [name for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        rows: list[tuple[Any, ...]] = []
        for table in tables:
            rows += [(table, *row) for row in con.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()]
        return rows


#: Every call that changes the family's content, as (name, call with the given actor).
FAMILY_CALLS: list[tuple[str, Callable[[Services, Plan, Actor], object]]] = [
    ("create_plan", lambda s, p, a: s.plans.create_plan(PlanType.PERSOONLIJK_PLAN, a)),
    ("update_plan", lambda s, p, a: s.plans.update_plan(p.id, a, plan_b="Iets anders", evaluation_date=date.today())),
    ("set_section_text", lambda s, p, a: s.plans.set_section_text(p.section, "Mijn woorden", a)),
    ("set_section_done", lambda s, p, a: s.plans.set_section_done(p.section, True, a)),
    ("rename_section", lambda s, p, a: s.plans.rename_section(p.section, "Andere naam", a)),
    ("set_section_skipped", lambda s, p, a: s.plans.set_section_skipped(p.section, True, a)),
    ("move_section", lambda s, p, a: s.plans.move_section(p.section, 0, a)),
    ("add_section", lambda s, p, a: s.plans.add_section(p.id, "Nog een deel", a)),
    ("remove_section", lambda s, p, a: s.plans.remove_section(p.custom_section, a)),
    ("respond_to_advice", lambda s, p, a: s.plans.respond_to_advice(p.advice, a, AdviceAnswer.OVERGENOMEN, "Ja")),
    ("add_private_note", lambda s, p, a: s.plans.add_private_note(p.id, a, "Alleen voor ons")),
    ("delete_plan", lambda s, p, a: s.plans.delete_plan(p.id, a)),
    ("restore_plan", lambda s, p, a: s.plans.restore_plan(p.id, a)),
    ("add_participant", lambda s, p, a: s.people.add_participant(p.id, a, "Buurvrouw Fatima", Role.NETWERK)),
    ("update_participant", lambda s, p, a: s.people.update_participant(p.person, a, relation="tante")),
    ("remove_participant", lambda s, p, a: s.people.remove_participant(p.person, a)),
    ("add_goal", lambda s, p, a: s.agreements.add_goal(p.id, a, "Een ander doel")),
    ("update_goal", lambda s, p, a: s.agreements.update_goal(p.goal, a, "Veranderd doel")),
    ("move_goal", lambda s, p, a: s.agreements.move_goal(p.goal, a, 1)),
    ("remove_goal", lambda s, p, a: s.agreements.remove_goal(p.goal, a)),
    ("add_agreement", lambda s, p, a: s.agreements.add_agreement(p.id, a, "Iets nieuws")),
    ("update_agreement", lambda s, p, a: s.agreements.update_agreement(p.agreement, a, what="Anders")),
    ("set_agreement_status", lambda s, p, a: s.agreements.set_agreement_status(p.agreement, a,
                                                                               AgreementStatus.GEDAAN)),
    ("move_agreement", lambda s, p, a: s.agreements.move_agreement(p.agreement, a, 1)),
    ("remove_agreement", lambda s, p, a: s.agreements.remove_agreement(p.agreement, a)),
]


@pytest.mark.parametrize("actor", OTHERS, ids=lambda a: a.role.value)
def test_no_role_but_the_family_changes_family_content(services: Services, plan: Plan, data_dir: Path,
                                                       actor: Actor) -> None:
    before = _everything(data_dir)
    for name, call in FAMILY_CALLS:
        with pytest.raises(NotAllowedError) as refused:
            call(services, plan, actor)
        assert str(refused.value) == "Alleen het gezin kan de tekst van het plan veranderen.", name
    assert _everything(data_dir) == before


def test_the_family_may_do_each_of_them(services: Services, plan: Plan) -> None:
    # The refusals above come from the role, not from calls that would fail anyway.
    sanne = Actor(Role.GEZIN, "Sanne")
    for _name, call in FAMILY_CALLS:
        call(services, plan, sanne)


def test_each_change_is_recorded_with_role_and_name(services: Services, plan: Plan, data_dir: Path) -> None:
    services.plans.set_section_text(plan.section, "In onze woorden", Actor(Role.GEZIN, "Kemal"))
    services.advice.add_advice(plan.id, Actor(Role.PROFESSIONAL, "Priya Ramdin"), "Denk aan school.")
    with closing(dbfile.connect(data_dir / "wijkteam.sqlite")) as con:
        rows = con.execute("SELECT actor_role, actor_name, entity FROM change ORDER BY id DESC LIMIT 2").fetchall()
    assert rows == [("professional", "Priya Ramdin", "advice"), ("gezin", "Kemal", "section")]
