"""Advice through the services: listed with the family's answers, open questions, and who may add or answer."""

from __future__ import annotations

from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from models import AdviceAnswer, AdviceKind, PlanType, Role
from tests import dbfile
from wijkteam.errors import InvalidInputError, NotAllowedError, NotFoundError
from wijkteam.services import FAMILY, Actor, Services

PROFESSIONAL = Actor(Role.PROFESSIONAL, "Priya Ramdin")
SUPPORTER = Actor(Role.ONDERSTEUNER, "Marieke Jansen")
NETWORK = Actor(Role.NETWERK, "Oma Ria")


@pytest.fixture
def plan_id(services: Services) -> int:
    return services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, family_name="Familie Yılmaz")


def _rows(data_dir: Path) -> list[tuple[Any, ...]]:
    with closing(dbfile.connect(data_dir / "wijkteam.sqlite")) as con:
        rows: list[tuple[Any, ...]] = []
        for table in ("advice", "advice_response", "change"):
            rows += [(table, *row) for row in con.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()]
        return rows


def test_list_advice_keeps_author_section_and_answer(services: Services, plan_id: int) -> None:
    zorgen = next(s for s in services.plans.get_plan(plan_id).sections if s.key == "zorgen")
    first = services.advice.add_advice(plan_id, PROFESSIONAL, "Zorg dat de kinderen niet bij ruzies zijn.",
                                       kind=AdviceKind.VOORWAARDE, organisation="Jeugdbescherming",
                                       legal_basis="ondertoezichtstelling (OTS), art. 1:255 BW",
                                       section_id=zorgen.id, given_on=date(2025, 3, 1))
    second = services.advice.add_advice(plan_id, PROFESSIONAL, "Het buurtteam helpt met geldzaken.",
                                        kind="informatie", given_on=date(2025, 3, 2))
    services.plans.respond_to_advice(first, FAMILY, AdviceAnswer.DEELS, "Oma Ria vangt de kinderen op.")

    items = services.advice.list_advice(plan_id)
    assert [a.id for a in items] == [first, second]
    condition, info = items
    assert condition.kind == AdviceKind.VOORWAARDE
    assert (condition.author_name, condition.organisation) == ("Priya Ramdin", "Jeugdbescherming")
    assert condition.legal_basis.startswith("ondertoezichtstelling")
    assert (condition.section_id, condition.section_title) == (zorgen.id, zorgen.title)
    assert (condition.answer, condition.reason) == (AdviceAnswer.DEELS, "Oma Ria vangt de kinderen op.")
    assert info.section_id is None and info.section_title == ""  # about the whole plan
    assert info.answer == AdviceAnswer.OPEN
    # The same items as the whole plan shows them.
    assert tuple(items) == services.plans.get_plan(plan_id).advice


def test_open_questions_are_the_unanswered_items(services: Services, plan_id: int) -> None:
    ids = [services.advice.add_advice(plan_id, PROFESSIONAL, f"Advies {n}") for n in range(3)]
    assert [a.id for a in services.advice.open_questions(plan_id)] == ids
    services.plans.respond_to_advice(ids[1], FAMILY, AdviceAnswer.NIET_OVERGENOMEN, "Dat past niet bij ons.")
    assert [a.id for a in services.advice.open_questions(plan_id)] == [ids[0], ids[2]]
    services.plans.respond_to_advice(ids[0], FAMILY, AdviceAnswer.OVERGENOMEN)
    services.plans.respond_to_advice(ids[2], FAMILY, "deels")
    assert services.advice.open_questions(plan_id) == []


def test_advice_of_another_or_missing_plan(services: Services, plan_id: int) -> None:
    other = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY)
    services.advice.add_advice(other, PROFESSIONAL, "Alleen voor het andere plan.")
    assert services.advice.list_advice(plan_id) == []
    with pytest.raises(NotFoundError):
        services.advice.list_advice(9999)
    services.plans.delete_plan(other, FAMILY)
    with pytest.raises(NotFoundError):
        services.advice.open_questions(other)


@pytest.mark.parametrize("actor", [FAMILY, SUPPORTER, NETWORK], ids=lambda a: a.role.value)
def test_only_a_professional_adds_advice(services: Services, plan_id: int, data_dir: Path, actor: Actor) -> None:
    before = _rows(data_dir)
    with pytest.raises(NotAllowedError) as refused:
        services.advice.add_advice(plan_id, actor, "Een goed idee.")
    assert str(refused.value) == "Alleen een professional kan advies of informatie toevoegen."
    assert _rows(data_dir) == before


def test_a_condition_needs_a_legal_basis(services: Services, plan_id: int, data_dir: Path) -> None:
    before = _rows(data_dir)
    with pytest.raises(InvalidInputError) as refused:
        services.advice.add_advice(plan_id, PROFESSIONAL, "De kinderen slapen thuis.", kind=AdviceKind.VOORWAARDE,
                                   legal_basis="   ")
    assert "wettelijke grond" in str(refused.value)
    with pytest.raises(InvalidInputError):
        services.advice.add_advice(plan_id, Actor(Role.PROFESSIONAL, "  "), "Zonder naam.")
    with pytest.raises(InvalidInputError):
        services.advice.add_advice(plan_id, PROFESSIONAL, "  \n ")
    assert _rows(data_dir) == before


def test_adding_advice_is_in_the_history_with_role_and_name(services: Services, plan_id: int,
                                                            data_dir: Path) -> None:
    services.advice.add_advice(plan_id, PROFESSIONAL, "Bel het buurtteam.", kind=AdviceKind.INFORMATIE)
    with closing(dbfile.connect(data_dir / "wijkteam.sqlite")) as con:
        last = con.execute("SELECT actor_role, actor_name, entity, summary FROM change ORDER BY id DESC").fetchone()
    assert last == ("professional", "Priya Ramdin", "advice", "Informatie toegevoegd")


@pytest.mark.parametrize("actor", [PROFESSIONAL, SUPPORTER, NETWORK], ids=lambda a: a.role.value)
def test_only_the_family_answers(services: Services, plan_id: int, data_dir: Path, actor: Actor) -> None:
    advice = services.advice.add_advice(plan_id, PROFESSIONAL, "Maak een rooster voor school.")
    services.plans.respond_to_advice(advice, FAMILY, AdviceAnswer.DEELS, "Alleen op maandag.")
    before = _rows(data_dir)
    with pytest.raises(NotAllowedError) as refused:
        services.plans.respond_to_advice(advice, actor, AdviceAnswer.OVERGENOMEN, "Ik vind het goed.")
    assert str(refused.value) == "Alleen het gezin kan de tekst van het plan veranderen."
    assert _rows(data_dir) == before
    assert services.advice.list_advice(plan_id)[0].reason == "Alleen op maandag."


def test_the_family_answer_is_recorded_with_its_name(services: Services, plan_id: int, data_dir: Path) -> None:
    advice = services.advice.add_advice(plan_id, PROFESSIONAL, "Maak een rooster voor school.")
    services.plans.respond_to_advice(advice, Actor(Role.GEZIN, "Sanne"), AdviceAnswer.OVERGENOMEN, "Goed plan.")
    with closing(dbfile.connect(data_dir / "wijkteam.sqlite")) as con:
        last = con.execute("SELECT actor_role, actor_name, entity FROM change ORDER BY id DESC").fetchone()
    assert last == ("gezin", "Sanne", "advice_response")
