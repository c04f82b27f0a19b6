"""People, goals and agreements through their services, and the check of what an agreement still misses."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from models import AgreementStatus, PlanType, Role, Sector
from tests import dbfile
from wijkteam.agreement_checks import Part, is_concrete, missing_labels, missing_parts, questions_for
from wijkteam.errors import InvalidInputError, NotAllowedError, NotFoundError, UserError
from wijkteam.services import FAMILY, Actor, Services
from wijkteam.services.dto import AgreementDoc

SUPPORTER = Actor(Role.ONDERSTEUNER, "Marieke")
PROFESSIONAL = Actor(Role.PROFESSIONAL, "Joost van Dam")
NETWORK = Actor(Role.NETWERK, "Oma Ria")


@pytest.fixture
def db_path(data_dir: Path, services: Services) -> Path:
    return data_dir / "wijkteam.sqlite"


@pytest.fixture
def plan_id(services: Services) -> int:
    return services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)


def _rows(db_path: Path) -> list[tuple[Any, ...]]:
    """Everything the family owns in the people, goals and agreements, plus the history."""
    with closing(dbfile.connect(db_path)) as con:
        rows: list[tuple[Any, ...]] = []
        for table in ("participant", "goal", "agreement", "agreement_person", "change"):
            rows += [(table, *row) for row in con.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()]
        return rows


def _history(db_path: Path) -> list[tuple[str, str]]:
    with closing(dbfile.connect(db_path)) as con:
        return con.execute("SELECT entity, summary FROM change ORDER BY id").fetchall()


def _names(services: Services, plan_id: int) -> list[str]:
    return [p.name for p in services.people.list_people(plan_id)]


# ---------------------------------------------------------------------- people


def test_family_lists_changes_and_removes_people(services: Services, plan_id: int) -> None:
    people = services.people
    sanne = people.add_participant(plan_id, FAMILY, "Sanne Bakker", Role.GEZIN, relation="moeder")
    ria = people.add_participant(plan_id, FAMILY, "Ria Bakker", Role.NETWERK, relation="oma")
    ayse = people.add_participant(plan_id, FAMILY, "Ayşe Yılmaz", Role.NETWERK)
    assert _names(services, plan_id) == ["Sanne Bakker", "Ria Bakker", "Ayşe Yılmaz"]

    people.update_participant(
        ria, FAMILY, relation="oma (moeder van Sanne)", closeness=1, sector=Sector.FAMILIE,
        support=("praktisch", "emotioneel"), consent_named=False, contact="030-2345678",
    )
    changed = people.list_people(plan_id)[1]
    assert (changed.name, changed.relation, changed.closeness, changed.sector) == (
        "Ria Bakker", "oma (moeder van Sanne)", 1, "familie")
    assert changed.support == ("praktisch", "emotioneel")
    assert (changed.consent_named, changed.contact) == (False, "030-2345678")
    assert _names(services, plan_id) == ["Sanne Bakker", "Ria Bakker", "Ayşe Yılmaz"]  # the place stays

    people.update_participant(ayse, FAMILY, role=Role.PROFESSIONAL, organisation="Buurtteam", name="Ayşe Y.")
    assert services.people.list_people(plan_id)[2].role == Role.PROFESSIONAL

    people.remove_participant(sanne, FAMILY)
    assert _names(services, plan_id) == ["Ria Bakker", "Ayşe Y."]
    people.add_participant(plan_id, FAMILY, "Fatima El Amrani", Role.NETWERK)
    assert _names(services, plan_id) == ["Ria Bakker", "Ayşe Y.", "Fatima El Amrani"]  # new people come last
    assert _names(services, plan_id) == [p.name for p in services.plans.get_plan(plan_id).participants]


def test_removing_a_person_keeps_their_agreements(services: Services, plan_id: int) -> None:
    ria = services.people.add_participant(plan_id, FAMILY, "Ria", Role.NETWERK)
    dennis = services.people.add_participant(plan_id, FAMILY, "Dennis", Role.NETWERK)
    agreement = services.agreements.add_agreement(plan_id, FAMILY, "Samen naar school.", who_ids=(ria, dennis))

    services.people.remove_participant(ria, FAMILY)
    doc = services.plans.get_plan(plan_id).agreements[0]
    assert (doc.id, doc.who, doc.who_ids) == (agreement, ("Dennis",), (dennis,))

    services.people.remove_participant(dennis, FAMILY)
    doc = services.plans.get_plan(plan_id).agreements[0]
    assert (doc.what, doc.who_ids) == ("Samen naar school.", ())
    assert Part.WHO in missing_parts(doc)


def test_people_of_another_plan_stay_apart(services: Services, plan_id: int) -> None:
    other = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY)
    services.people.add_participant(other, FAMILY, "Wim", Role.GEZIN)
    services.people.add_participant(plan_id, FAMILY, "Sanne", Role.GEZIN)
    assert _names(services, plan_id) == ["Sanne"]
    assert _names(services, other) == ["Wim"]
    with pytest.raises(NotFoundError, match="nummer 999"):
        services.people.list_people(999)


# ------------------------------------------------------------ goals and agreements


def test_goals_change_move_and_go_while_their_agreements_stay(services: Services, plan_id: int) -> None:
    agree = services.agreements
    school = agree.add_goal(plan_id, FAMILY, "Jesse gaat naar school.")
    rust = agree.add_goal(plan_id, FAMILY, "Rust thuis.")
    agreement = agree.add_agreement(plan_id, FAMILY, "Oma brengt Jesse.", goal_id=school)

    agree.update_goal(school, FAMILY, "Jesse gaat elke dag naar school.")
    agree.move_goal(rust, FAMILY, -1)
    agree.move_goal(rust, FAMILY, -1)  # already first: nothing happens
    assert [g.text for g in services.plans.get_plan(plan_id).goals] == [
        "Rust thuis.", "Jesse gaat elke dag naar school."]

    agree.remove_goal(school, FAMILY)
    plan = services.plans.get_plan(plan_id)
    assert [g.id for g in plan.goals] == [rust]
    assert [(a.id, a.goal_id) for a in plan.agreements] == [(agreement, None)]
    assert agree.add_goal(plan_id, FAMILY, "Nieuw doel.") == services.plans.get_plan(plan_id).goals[-1].id


def test_agreements_change_in_every_part(services: Services, plan_id: int) -> None:
    agree = services.agreements
    goal = agree.add_goal(plan_id, FAMILY, "Rust thuis.")
    sanne = services.people.add_participant(plan_id, FAMILY, "Sanne", Role.GEZIN)
    kemal = services.people.add_participant(plan_id, FAMILY, "Kemal", Role.GEZIN)
    agreement = agree.add_agreement(plan_id, FAMILY, "Praten over geld.")
    assert missing_labels(services.plans.get_plan(plan_id).agreements[0]) == [
        "wie", "wanneer", "hoe weten we dat het lukt", "wie checkt"]

    agree.update_agreement(
        agreement, FAMILY, what="Praten over geld als de kinderen slapen.", goal_id=goal, who_ids=(kemal, sanne),
        when_text="vanaf nu", due_date=date(2026, 3, 1), how_we_know="Geen ruzie meer.", checker="oma Ria",
        status=AgreementStatus.BEZIG, is_safety=True,
    )
    doc = services.plans.get_plan(plan_id).agreements[0]
    assert (doc.what, doc.goal_id, doc.who, doc.when_text, doc.due_date) == (
        "Praten over geld als de kinderen slapen.", goal, ("Sanne", "Kemal"), "vanaf nu", date(2026, 3, 1))
    assert (doc.how_we_know, doc.checker, doc.status, doc.is_safety) == ("Geen ruzie meer.", "oma Ria", "bezig", True)
    assert is_concrete(doc)

    agree.update_agreement(agreement, FAMILY, who_ids=(sanne,), goal_id=None, due_date=None)
    doc = services.plans.get_plan(plan_id).agreements[0]
    assert (doc.who_ids, doc.goal_id, doc.due_date, doc.when_text) == ((sanne,), None, None, "vanaf nu")

    agree.set_agreement_status(agreement, FAMILY, "gedaan")
    assert services.plans.get_plan(plan_id).agreements[0].status == "gedaan"
    agree.remove_agreement(agreement, FAMILY)
    assert services.plans.get_plan(plan_id).agreements == ()


def test_agreements_move_within_their_goal(services: Services, plan_id: int) -> None:
    agree = services.agreements
    goal = agree.add_goal(plan_id, FAMILY, "Doel.")
    first = agree.add_agreement(plan_id, FAMILY, "Een", goal_id=goal)
    loose = agree.add_agreement(plan_id, FAMILY, "Los")
    second = agree.add_agreement(plan_id, FAMILY, "Twee", goal_id=goal)
    agree.move_agreement(second, FAMILY, -1)
    in_goal = [a.id for a in services.plans.get_plan(plan_id).agreements if a.goal_id == goal]
    assert in_goal == [second, first]
    agree.move_agreement(loose, FAMILY, 1)  # alone without a goal: stays
    assert [a.id for a in services.plans.get_plan(plan_id).agreements if a.goal_id is None] == [loose]


# ------------------------------------------------------------ roles and input


@pytest.mark.parametrize("actor", [SUPPORTER, PROFESSIONAL, NETWORK], ids=lambda a: a.role.value)
def test_only_the_family_changes_people_goals_and_agreements(
    services: Services, plan_id: int, db_path: Path, actor: Actor
) -> None:
    person = services.people.add_participant(plan_id, FAMILY, "Sanne", Role.GEZIN)
    goal = services.agreements.add_goal(plan_id, FAMILY, "Rust thuis.")
    agreement = services.agreements.add_agreement(plan_id, FAMILY, "Iets", goal_id=goal, who_ids=(person,))
    before = _rows(db_path)
    agree, people = services.agreements, services.people
    attempts: list[Callable[[], object]] = [
        lambda: people.update_participant(person, actor, name="Iemand anders"),
        lambda: people.remove_participant(person, actor),
        lambda: agree.update_goal(goal, actor, "Een doel van een ander."),
        lambda: agree.remove_goal(goal, actor),
        lambda: agree.move_goal(goal, actor, 1),
        lambda: agree.update_agreement(agreement, actor, what="Iets anders"),
        lambda: agree.set_agreement_status(agreement, actor, AgreementStatus.GEDAAN),
        lambda: agree.remove_agreement(agreement, actor),
        lambda: agree.move_agreement(agreement, actor, 1),
    ]
    for attempt in attempts:
        with pytest.raises(NotAllowedError, match="Alleen het gezin"):
            attempt()
    assert _rows(db_path) == before
    # Reading is open to everyone at the table.
    assert _names(services, plan_id) == ["Sanne"]


def test_bad_input_gets_one_dutch_sentence_and_changes_nothing(
    services: Services, plan_id: int, db_path: Path
) -> None:
    other_plan = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY)
    stranger = services.people.add_participant(other_plan, FAMILY, "Wim", Role.GEZIN)
    strange_goal = services.agreements.add_goal(other_plan, FAMILY, "Zijn doel.")
    person = services.people.add_participant(plan_id, FAMILY, "Sanne", Role.GEZIN)
    goal = services.agreements.add_goal(plan_id, FAMILY, "Rust thuis.")
    agreement = services.agreements.add_agreement(plan_id, FAMILY, "Iets", who_ids=(person,))
    before = _rows(db_path)
    people, agree = services.people, services.agreements
    attempts: list[tuple[Callable[[], object], type[UserError], str]] = [
        (lambda: people.update_participant(person, FAMILY, name="   "), InvalidInputError, "Vul een naam in."),
        (lambda: people.update_participant(person, FAMILY, closeness=5), InvalidInputError, "hoe dichtbij"),
        (lambda: people.update_participant(person, FAMILY, role="koning"), InvalidInputError, "niet bekend"),
        (lambda: people.update_participant(person, FAMILY, sector="dorp"), InvalidInputError, "niet bekend"),
        (lambda: people.update_participant(person, FAMILY, support=("a,b",)), InvalidInputError, "komma"),
        (lambda: people.update_participant(person, FAMILY, consent_named="ja"), InvalidInputError, "ja of nee"),
        (lambda: people.update_participant(person, FAMILY, shoe_size=42), InvalidInputError, "bestaat niet"),
        (lambda: people.update_participant(person, FAMILY, name="x" * 600), InvalidInputError, "te lang"),
        (lambda: people.update_participant(9999, FAMILY, name="X"), NotFoundError, "niet meer in het plan"),
        (lambda: people.remove_participant(9999, FAMILY), NotFoundError, "niet meer in het plan"),
        (lambda: agree.update_goal(goal, FAMILY, "  "), InvalidInputError, "wilt bereiken"),
        (lambda: agree.update_goal(9999, FAMILY, "Doel"), NotFoundError, "niet meer in het plan"),
        (lambda: agree.move_goal(goal, FAMILY, 3), InvalidInputError, "één plek"),
        (lambda: agree.add_goal(plan_id, FAMILY, ""), InvalidInputError, "wilt bereiken"),
        (lambda: agree.add_agreement(plan_id, FAMILY, " "), InvalidInputError, "gaat gebeuren"),
        (lambda: agree.update_agreement(agreement, FAMILY, what=""), InvalidInputError, "gaat gebeuren"),
        (lambda: agree.update_agreement(agreement, FAMILY, goal_id=strange_goal), NotFoundError, "dit plan"),
        (lambda: agree.update_agreement(agreement, FAMILY, who_ids=(stranger,)), NotFoundError, "dit plan"),
        (lambda: agree.update_agreement(agreement, FAMILY, who_ids="1"), InvalidInputError, "uit de lijst"),
        (lambda: agree.update_agreement(agreement, FAMILY, due_date="morgen"), InvalidInputError, "datum"),
        (lambda: agree.update_agreement(agreement, FAMILY, due_date=datetime(2026, 1, 1)), InvalidInputError,
         "datum"),
        (lambda: agree.update_agreement(agreement, FAMILY, status="klaar"), InvalidInputError, "niet bekend"),
        (lambda: agree.update_agreement(agreement, FAMILY, is_safety=1), InvalidInputError, "ja of nee"),
        (lambda: agree.update_agreement(agreement, FAMILY, color="rood"), InvalidInputError, "bestaat niet"),
        (lambda: agree.set_agreement_status(agreement, FAMILY, "klaar"), InvalidInputError, "niet bekend"),
        (lambda: agree.remove_agreement(9999, FAMILY), NotFoundError, "niet meer in het plan"),
    ]
    for attempt, error, words in attempts:
        with pytest.raises(error, match=words) as caught:
            attempt()
        sentence = str(caught.value)
        assert sentence.endswith(".") and "\n" not in sentence and sentence[0].isupper()
    assert _rows(db_path) == before


def test_history_says_in_plain_dutch_what_changed(services: Services, plan_id: int, db_path: Path) -> None:
    people, agree = services.people, services.agreements
    ria = people.add_participant(plan_id, FAMILY, "Ria", Role.NETWERK)
    people.update_participant(ria, FAMILY, relation="oma")
    people.update_participant(ria, FAMILY, relation="oma")  # nothing changed: no row
    goal = agree.add_goal(plan_id, FAMILY, "Rust.")
    agree.update_goal(goal, FAMILY, "Rust thuis.")
    agreement = agree.add_agreement(plan_id, FAMILY, "Oma komt eten.", goal_id=goal, who_ids=(ria,))
    agree.update_agreement(agreement, FAMILY, when_text="elke zondag")
    agree.set_agreement_status(agreement, FAMILY, AgreementStatus.GEDAAN)
    agree.remove_agreement(agreement, FAMILY)
    agree.remove_goal(goal, FAMILY)
    people.remove_participant(ria, FAMILY)
    assert _history(db_path)[1:] == [
        ("participant", "Ria toegevoegd"),
        ("participant", "Gegevens van Ria aangepast"),
        ("goal", "Doel toegevoegd"),
        ("goal", "Doel aangepast"),
        ("agreement", "Afspraak toegevoegd"),
        ("agreement", "Afspraak aangepast"),
        ("agreement", "Afspraak staat nu op: gedaan"),
        ("agreement", "Afspraak weggehaald"),
        ("goal", "Doel weggehaald"),
        ("participant", "Ria weggehaald uit het plan"),
    ]


# ------------------------------------------------------------------- checks


def _agreement(**fields: Any) -> AgreementDoc:
    return AgreementDoc(id=1, what=fields.pop("what", "Oma brengt Jesse naar school."), **fields)


def test_checks_name_what_an_agreement_still_misses() -> None:
    bare = _agreement()
    assert missing_parts(bare) == [Part.WHO, Part.WHEN, Part.HOW, Part.CHECKER]
    assert missing_labels(bare) == ["wie", "wanneer", "hoe weten we dat het lukt", "wie checkt"]
    assert questions_for(bare) == [
        "Wie doet dit?", "Wanneer gebeurt dit?", "Hoe weten we dat het lukt?", "Wie checkt of het gelukt is?"]
    assert not is_concrete(bare)

    dated = _agreement(who=("Ria",), who_ids=(3,), due_date=date(2026, 5, 1), how_we_know="Jesse is er.",
                       checker="Sanne")
    assert missing_parts(dated) == [] and is_concrete(dated)
    in_words = _agreement(who_ids=(3,), when_text="elke maandag")
    assert missing_labels(in_words) == ["hoe weten we dat het lukt", "wie checkt"]
    blank = _agreement(what="  ", when_text="  ", checker=" ", how_we_know="\n")
    assert missing_parts(blank) == [Part.WHAT, Part.WHO, Part.WHEN, Part.HOW, Part.CHECKER]
    assert questions_for(blank)[0] == "Wat gaat er gebeuren?"
