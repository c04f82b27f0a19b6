"""Versions and agreement through the services: freezing, numbering, snapshots, roles, consent, and what is due."""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from models import AdviceKind, AgreementStatus, PlanStatus, PlanType, Role
from tests import dbfile
from wijkteam import planfile
from wijkteam.deadlines import DueKind
from wijkteam.errors import InvalidInputError, NotAllowedError, NotFoundError
from wijkteam.i18n import fill
from wijkteam.services import FAMILY, Actor, Services
from wijkteam.services.versions import (
    MSG_NOT_AT_TABLE,
    MSG_NOT_LATEST,
    MSG_NOT_NAMED,
    MSG_ONLY_FAMILY_CONSENT,
    MSG_ONLY_FAMILY_FREEZE,
    MSG_UNCHANGED,
    MSG_UNREADABLE,
)

SUPPORTER = Actor(Role.ONDERSTEUNER, "Gerda")
PROFESSIONAL = Actor(Role.PROFESSIONAL, "Karin de Vries")
NETWORK = Actor(Role.NETWERK, "Oma Ria")
PRIVATE = "Alleen voor ons: we waren boos op oom Dennis."
SHARED = "Deze notitie mag mee: we willen rust."


def _plan(services: Services) -> dict[str, int]:
    plan = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, family_name="Familie Yılmaz")
    ids = {"plan": plan}
    ids["sanne"] = services.people.add_participant(plan, FAMILY, "Sanne", Role.GEZIN, relation="moeder")
    ids["ria"] = services.people.add_participant(plan, FAMILY, "Oma Ria", Role.NETWERK, relation="oma")
    ids["anon"] = services.people.add_participant(plan, FAMILY, "Buurman", Role.NETWERK, consent_named=False)
    ids["karin"] = services.people.add_participant(plan, FAMILY, "Karin", Role.PROFESSIONAL)
    ids["agreement"] = services.agreements.add_agreement(plan, FAMILY, "Oma Ria brengt Jesse naar school.",
                                                         who_ids=(ids["ria"],))
    return ids


def _section(services: Services, plan_id: int, key: str) -> int:
    return next(s.id for s in services.plans.get_plan(plan_id).sections if s.key == key)


def _dump(engine: Engine) -> str:
    """Every row of the database, to prove a refused call changed nothing at all."""
    database = engine.url.database
    assert database
    with closing(dbfile.connect(database)) as connection:
        return "\n".join(connection.iterdump())


def _sql(engine: Engine, statement: str, *parameters: object) -> None:
    database = engine.url.database
    assert database
    with closing(dbfile.connect(database)) as connection:
        connection.execute(statement, parameters)
        connection.commit()


def _history(engine: Engine) -> list[tuple[str, str, str, str]]:
    database = engine.url.database
    assert database
    with closing(dbfile.connect(database)) as connection:
        return connection.execute("SELECT actor_role, actor_name, entity, summary FROM change ORDER BY id").fetchall()


@pytest.fixture
def ids(services: Services) -> dict[str, int]:
    return _plan(services)


# ----------------------------------------------------------------------------------------------------- freezing


def test_freezing_numbers_versions_sets_the_status_and_records_history(services: Services, ids: dict[str, int],
                                                                        engine: Engine) -> None:
    plan = ids["plan"]
    assert services.versions.list_versions(plan) == []
    assert services.versions.is_draft_since_last_version(plan)
    assert services.versions.changes_since_last_version(plan) == []

    assert services.versions.freeze(plan, FAMILY) == 1
    assert services.plans.get_plan(plan).status == PlanStatus.VASTGESTELD
    assert services.versions.status(plan) == PlanStatus.VASTGESTELD
    assert not services.versions.is_draft_since_last_version(plan)

    services.plans.set_section_text(_section(services, plan, "zorgen"), "Veel ruzie.", FAMILY)
    assert services.versions.status(plan) == PlanStatus.CONCEPT
    assert services.versions.freeze(plan, FAMILY) == 2
    versions = services.versions.list_versions(plan)
    assert [v.number for v in versions] == [1, 2]
    assert versions[0].created_at <= versions[1].created_at
    assert _history(engine)[-1] == ("gezin", "Gezin", "plan_version", "Versie 2 vastgesteld")
    assert ("gezin", "Gezin", "plan_version", "Versie 1 vastgesteld") in _history(engine)


def test_freezing_an_unchanged_plan_again_is_refused(services: Services, ids: dict[str, int], engine: Engine) -> None:
    services.versions.freeze(ids["plan"], FAMILY)
    before = _dump(engine)
    with pytest.raises(InvalidInputError) as error:
        services.versions.freeze(ids["plan"], FAMILY)
    assert str(error.value) == fill(MSG_UNCHANGED, 1)
    assert _dump(engine) == before


def test_the_snapshot_is_a_plan_file_without_private_notes_unless_included(services: Services, ids: dict[str, int],
                                                                          engine: Engine) -> None:
    plan = ids["plan"]
    services.plans.add_private_note(plan, FAMILY, PRIVATE)
    services.plans.add_private_note(plan, FAMILY, SHARED, include=True)
    _sql(engine, "INSERT INTO process_note (plan_id, phase, author_name, text, created_at) "
                 "VALUES (?, '', 'Gerda', 'Het gesprek ging goed.', '2025-03-01 10:00:00')", plan)
    services.versions.freeze(plan, FAMILY)
    (version_doc,) = services.versions.list_versions(plan)
    snapshot = services.versions.snapshot(version_doc.id)
    text = json.dumps(snapshot, ensure_ascii=False)
    assert PRIVATE not in text
    assert [note["text"] for note in snapshot["private_notes"]] == [SHARED]
    assert snapshot["history"] == [] and snapshot["process_notes"] == [] and snapshot["versions"] == []
    assert snapshot["status"] == "vastgesteld"
    assert [a["what"] for a in snapshot["agreements"]] == ["Oma Ria brengt Jesse naar school."]
    # A frozen version is a plan file in its own right: the app can always read it back.
    document = planfile.new_document(snapshot, app_version="x", exported_at=version_doc.created_at)
    planfile.check_document(document)


@pytest.mark.parametrize("actor", [SUPPORTER, PROFESSIONAL, NETWORK])
def test_only_the_family_freezes_and_a_refusal_changes_nothing(services: Services, ids: dict[str, int],
                                                               engine: Engine, actor: Actor) -> None:
    before = _dump(engine)
    with pytest.raises(NotAllowedError) as error:
        services.versions.freeze(ids["plan"], actor)
    assert str(error.value) == MSG_ONLY_FAMILY_FREEZE
    assert _dump(engine) == before


def test_unknown_or_deleted_plans(services: Services, ids: dict[str, int]) -> None:
    with pytest.raises(NotFoundError):
        services.versions.freeze(999, FAMILY)
    services.plans.delete_plan(ids["plan"], FAMILY)
    with pytest.raises(NotFoundError):
        services.versions.state(ids["plan"])


# ------------------------------------------------------------------------------------------------------ consent


def test_consent_per_person(services: Services, ids: dict[str, int]) -> None:
    plan = ids["plan"]
    assert [p.name for p in services.versions.consent_people(plan)] == ["Sanne", "Oma Ria"]
    services.versions.freeze(plan, FAMILY)
    (version,) = services.versions.list_versions(plan)
    services.versions.record_consent(version.id, ids["ria"], FAMILY)
    services.versions.record_consent(version.id, ids["ria"], FAMILY)  # twice is once
    assert [(c.name, c.participant_id) for c in services.versions.consents(version.id)] == [("Oma Ria", ids["ria"])]
    services.versions.record_consent(version.id, ids["sanne"], FAMILY)
    assert [c.name for c in services.versions.list_versions(plan)[0].consents] == ["Sanne", "Oma Ria"]
    services.versions.withdraw_consent(version.id, ids["ria"], FAMILY)
    assert [c.name for c in services.versions.consents(version.id)] == ["Sanne"]
    # Recording consent is not a change to the plan: it stays vastgesteld.
    assert services.versions.status(plan) == PlanStatus.VASTGESTELD


@pytest.mark.parametrize("actor", [SUPPORTER, PROFESSIONAL, NETWORK])
def test_only_the_family_records_consent(services: Services, ids: dict[str, int], engine: Engine,
                                         actor: Actor) -> None:
    services.versions.freeze(ids["plan"], FAMILY)
    (version,) = services.versions.list_versions(ids["plan"])
    before = _dump(engine)
    for call in (services.versions.record_consent, services.versions.withdraw_consent):
        with pytest.raises(NotAllowedError) as error:
            call(version.id, ids["ria"], actor)
        assert str(error.value) == MSG_ONLY_FAMILY_CONSENT
    assert _dump(engine) == before


def test_consent_only_from_named_family_and_network_on_the_latest_version(services: Services,
                                                                          ids: dict[str, int]) -> None:
    plan = ids["plan"]
    services.versions.freeze(plan, FAMILY)
    (first,) = services.versions.list_versions(plan)
    refusals: list[tuple[Callable[[], None], str]] = [
        (lambda: services.versions.record_consent(first.id, ids["karin"], FAMILY), MSG_NOT_AT_TABLE),
        (lambda: services.versions.record_consent(first.id, ids["anon"], FAMILY), MSG_NOT_NAMED),
    ]
    other = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY)
    stranger = services.people.add_participant(other, FAMILY, "Wim", Role.GEZIN)
    refusals.append((lambda: services.versions.record_consent(first.id, stranger, FAMILY),
                     "Deze persoon staat niet in dit plan."))
    for call, message in refusals:
        with pytest.raises((InvalidInputError, NotAllowedError, NotFoundError)) as error:
            call()
        assert str(error.value) == message
    services.agreements.set_agreement_status(ids["agreement"], FAMILY, AgreementStatus.BEZIG)
    services.versions.freeze(plan, FAMILY)
    with pytest.raises(InvalidInputError) as error:
        services.versions.record_consent(first.id, ids["ria"], FAMILY)
    assert str(error.value) == MSG_NOT_LATEST
    with pytest.raises(NotFoundError):
        services.versions.record_consent(12345, ids["ria"], FAMILY)


def test_a_person_removed_from_the_plan_takes_their_consent_along(services: Services, ids: dict[str, int]) -> None:
    services.versions.freeze(ids["plan"], FAMILY)
    (version,) = services.versions.list_versions(ids["plan"])
    services.versions.record_consent(version.id, ids["ria"], FAMILY)
    services.people.remove_participant(ids["ria"], FAMILY)
    assert services.versions.consents(version.id) == []


# ------------------------------------------------------------------------------------------ what changed since


def test_changes_since_the_last_version_in_plain_dutch(services: Services, ids: dict[str, int]) -> None:
    plan = ids["plan"]
    services.versions.freeze(plan, FAMILY)
    services.plans.set_section_text(_section(services, plan, "zorgen"), "Veel ruzie thuis.", FAMILY)
    services.agreements.set_agreement_status(ids["agreement"], FAMILY, AgreementStatus.GEDAAN)
    services.people.add_participant(plan, FAMILY, "Fatima", Role.NETWERK)
    services.agreements.add_agreement(plan, FAMILY, "Fatima past op Elif op woensdag.")
    goal = services.agreements.add_goal(plan, FAMILY, "Minder ruzie.")
    assert goal
    advice = services.advice.add_advice(plan, PROFESSIONAL, "Vraag hulp bij de schulden.", kind=AdviceKind.ADVIES)
    services.plans.respond_to_advice(advice, FAMILY, "overgenomen", "Goed idee.")
    assert services.versions.changes_since_last_version(plan) == [
        "Het deel 'Onze zorgen' is aangepast.",
        "Er is een persoon bijgekomen: Fatima.",
        "Nieuw doel: Minder ruzie.",
        "Afspraak 'Oma Ria brengt Jesse naar school' staat nu op: gedaan.",
        "Nieuwe afspraak: Fatima past op Elif op woensdag.",
        "Nieuw advies van Karin de Vries.",
        "Het antwoord op het advies van Karin de Vries is nu: overgenomen.",
    ]
    state = services.versions.state(plan)
    assert state.is_draft and state.status == PlanStatus.CONCEPT and state.last_version is not None


def test_progress_and_new_advice_keep_the_plan_vastgesteld(services: Services, ids: dict[str, int]) -> None:
    plan = ids["plan"]
    services.versions.freeze(plan, FAMILY)
    services.agreements.set_agreement_status(ids["agreement"], FAMILY, AgreementStatus.GEDAAN)
    services.advice.add_advice(plan, PROFESSIONAL, "Denk aan de schoolarts.")
    state = services.versions.state(plan)
    assert state.status == PlanStatus.VASTGESTELD and not state.is_draft
    assert len(state.changes) == 2
    # Something did change, so the family may record it as a new version.
    assert services.versions.freeze(plan, FAMILY) == 2


def test_an_unreadable_snapshot_says_so_and_a_new_version_can_still_be_made(services: Services, ids: dict[str, int],
                                                                            engine: Engine) -> None:
    services.versions.freeze(ids["plan"], FAMILY)
    _sql(engine, "UPDATE plan_version SET snapshot = 'kapot'")
    state = services.versions.state(ids["plan"])
    assert state.changes == (fill(MSG_UNREADABLE, 1),) and state.is_draft
    with pytest.raises(InvalidInputError):
        services.versions.snapshot(state.last_version.id if state.last_version else 0)
    assert services.versions.freeze(ids["plan"], FAMILY) == 2


def test_after_import_elsewhere_the_plan_is_still_the_same_as_its_version(services: Services, ids: dict[str, int],
                                                                          tmp_path: Path) -> None:
    services.plans.add_private_note(ids["plan"], FAMILY, SHARED, include=True)
    services.versions.freeze(ids["plan"], FAMILY)
    target = services.planfiles.export_plan(ids["plan"], tmp_path / "plan.wijkplan", actor=FAMILY,
                                            with_private=True)
    services.agreements.add_agreement(ids["plan"], FAMILY, "Eerst nog iets in de database, zodat de IDs schuiven.")
    copy = services.planfiles.import_plan(target)
    state = services.versions.state(copy)
    assert state.changes == () and state.status == PlanStatus.VASTGESTELD
    assert [v.number for v in services.versions.list_versions(copy)] == [1]


# ------------------------------------------------------------------------------------------------------ what is due


def test_due_lists_today_and_passed_dates_across_plans(services: Services, ids: dict[str, int]) -> None:
    today = date(2025, 5, 10)
    plan = ids["plan"]
    add = services.agreements.add_agreement
    add(plan, FAMILY, "Oma belt de school.", due_date=today - timedelta(days=3))
    add(plan, FAMILY, "Papa kookt.", due_date=today)
    add(plan, FAMILY, "Nog niet.", due_date=today + timedelta(days=1))
    add(plan, FAMILY, "Al gedaan.", due_date=today - timedelta(days=5), status=AgreementStatus.GEDAAN)
    services.plans.update_plan(plan, FAMILY, evaluation_date=today - timedelta(days=1))
    wmo = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY, title="Wim",
                                     melding_date=today - timedelta(days=7))
    gone = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    add(gone, FAMILY, "Weggehaald plan.", due_date=today - timedelta(days=1))
    services.plans.delete_plan(gone, FAMILY)

    due = services.versions.due(today)
    assert [(item.plan_id, item.day, item.kind, item.what) for item in due] == [
        (plan, today - timedelta(days=3), DueKind.AFSPRAAK, "Oma belt de school."),
        (plan, today - timedelta(days=1), DueKind.EVALUATIE, ""),
        (plan, today, DueKind.AFSPRAAK, "Papa kookt."),
        (wmo, today, DueKind.INLEVEREN, ""),  # the last of the 7 days
    ]
    assert due[0].family_name == "Familie Yılmaz" and due[0].is_overdue(today) and not due[2].is_overdue(today)
    assert services.versions.due(today - timedelta(days=30)) == []
