"""The Jeugdwet helper in the core: the offer to make a familiegroepsplan and the day agreed for it (art. 4.1.2), the
days left as a right and never a duty, and the whole persoonlijk-plan list in the template."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from models import PlanStatus, PlanType, Role
from wijkteam import plan_diff, planfile
from wijkteam.deadlines import (
    DueKind,
    PlanRow,
    due_dates,
    next_date,
    overdue,
    term_days_left,
    term_from_weeks,
    weeks_after,
)
from wijkteam.errors import InvalidInputError, NotAllowedError
from wijkteam.services import FAMILY, Actor, Services
from wijkteam.services.plans import MSG_TERM_BEFORE_OFFER
from wijkteam.templates import load_template
from wijkteam.wmo import wmo_coverage

TODAY = date(2026, 12, 2)


# ------------------------------------------------------------------------------------------------ the template


def test_the_persoonlijk_plan_asks_what_the_citizen_expects_whom_they_know_and_the_pgb_questions() -> None:
    template = load_template(PlanType.PERSOONLIJK_PLAN)
    keys = [s.key for s in template.sections]
    texts = {s.key: " ".join((s.title, s.question, s.help, s.example)).lower() for s in template.sections}
    assert "verwacht" in texts["verwachting"] and "merkt" in texts["verwachting"]
    assert "zorgverleners" in texts["aanbieders"] and "aanbieder" in texts["aanbieders"]
    assert "waarom" in texts["aanbieders"]
    pgb = texts["pgb"]
    assert "waarom wilt u een pgb" in pgb and "wie gaat de zorg geven" in pgb and "budget" in pgb
    assert "budgetbeheer" in pgb
    # In a sensible order: expectations and providers after the help that fits, the pgb part right after the choice.
    assert keys.index("ondersteuning") + 1 == keys.index("verwachting")
    assert keys.index("verwachting") + 1 == keys.index("aanbieders")
    assert keys.index("natura_pgb") + 1 == keys.index("pgb")
    assert template.section("pgb").optional == "Alleen als u een pgb wilt."  # type: ignore[union-attr]
    assert not template.section("verwachting").optional  # type: ignore[union-attr]
    # Every part a new plan has, with its help and example.
    assert all(s.help and s.example for s in template.sections if s.key in ("verwachting", "aanbieders", "pgb"))


def test_the_wmo_hint_still_sees_a_to_g_with_the_new_parts(services: Services) -> None:
    plan_id = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN)
    doc = services.plans.get_plan(plan_id)
    assert [s.key for s in doc.sections][-4:] == ["natura_pgb", "pgb", "geholpen", "handtekening"]
    for section in doc.sections:
        services.plans.set_section_text(section.id, "Iets.", FAMILY)
    coverage = wmo_coverage(PlanType.PERSOONLIJK_PLAN, services.plans.get_plan(plan_id).sections)
    assert [s.letter for s in coverage] == list("abcdefg") and all(s.covered for s in coverage)


# ----------------------------------------------------------------------------------------------- pure logic


def test_a_term_in_weeks_after_the_offer() -> None:
    assert term_from_weeks(date(2026, 11, 30), 6) == date(2027, 1, 11)
    assert term_from_weeks(date(9999, 12, 1), 10) == date(9999, 12, 31)  # saturates, never raises
    assert weeks_after(date(2026, 11, 30), date(2027, 1, 11)) == 6
    assert weeks_after(date(2026, 11, 30), date(2027, 1, 12)) is None
    assert weeks_after(date(2026, 11, 30), date(2026, 11, 1)) is None


@pytest.mark.parametrize(("term", "left"),
                         [(TODAY + timedelta(days=10), 10), (TODAY, 0), (TODAY - timedelta(days=1), -1)])
def test_days_left_to_the_agreed_day(term: date, left: int) -> None:
    assert term_days_left(term, TODAY) == left


def _family(term: date | None, status: str = PlanStatus.CONCEPT.value) -> PlanRow:
    return PlanRow(PlanType.FAMILIEGROEPSPLAN, status, None, None, term_date=term)


def test_the_agreed_day_is_a_date_that_matters_until_it_has_come_then_it_goes_quietly() -> None:
    ahead = _family(TODAY + timedelta(days=5))
    assert next_date(ahead, TODAY) == (TODAY + timedelta(days=5), "Afgesproken datum voor het plan")
    assert [d.kind for d in due_dates(_family(TODAY), TODAY)] == [DueKind.AFGESPROKEN]
    # After the day: no reminder and nothing overdue. The plan may still be made.
    passed = _family(TODAY - timedelta(days=1))
    assert due_dates(passed, TODAY) == [] and overdue(passed, TODAY) == []
    # A plan that is agreed (vastgesteld), a persoonlijk plan, or no agreed day: nothing.
    assert due_dates(_family(TODAY + timedelta(days=5), PlanStatus.VASTGESTELD.value), TODAY) == []
    assert due_dates(PlanRow(PlanType.PERSOONLIJK_PLAN, "concept", None, None, term_date=TODAY), TODAY) == []
    assert due_dates(_family(None), TODAY) == []


# ------------------------------------------------------------------------------------------------- services


def test_the_family_sets_the_offer_and_the_agreed_day_and_the_history_says_so(services: Services) -> None:
    offer, term = TODAY - timedelta(days=7), TODAY + timedelta(days=35)
    plan_id = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, offer_date=offer, term_date=term)
    doc = services.plans.get_plan(plan_id)
    assert (doc.offer_date, doc.term_date) == (offer, term)
    services.plans.update_plan(plan_id, FAMILY, term_date=term + timedelta(days=7))
    assert services.plans.get_plan(plan_id).term_date == term + timedelta(days=7)
    summary = next(p for p in services.plans.list_plans() if p.id == plan_id)
    assert summary.term_date == term + timedelta(days=7)


def test_an_agreed_day_before_the_offer_is_refused_and_nothing_changes(services: Services) -> None:
    plan_id = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, offer_date=TODAY)
    with pytest.raises(InvalidInputError) as caught:
        services.plans.update_plan(plan_id, FAMILY, term_date=TODAY - timedelta(days=1), title="Nieuwe titel")
    assert str(caught.value) == MSG_TERM_BEFORE_OFFER
    doc = services.plans.get_plan(plan_id)
    assert (doc.term_date, doc.title) == (None, load_template(PlanType.FAMILIEGROEPSPLAN).default_title)
    with pytest.raises(InvalidInputError):
        services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, offer_date=TODAY, term_date=TODAY - timedelta(days=3))


@pytest.mark.parametrize("role", [Role.NETWERK, Role.ONDERSTEUNER, Role.PROFESSIONAL])
def test_other_roles_cannot_change_the_new_dates(services: Services, role: Role) -> None:
    plan_id = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, offer_date=TODAY)
    someone = Actor(role, "Iemand")
    for fields in ({"offer_date": TODAY - timedelta(days=3)}, {"term_date": TODAY + timedelta(days=30)}):
        with pytest.raises(NotAllowedError):
            services.plans.update_plan(plan_id, someone, **fields)
    with pytest.raises(NotAllowedError):
        services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, someone, offer_date=TODAY)
    doc = services.plans.get_plan(plan_id)
    assert (doc.offer_date, doc.term_date) == (TODAY, None)


# ------------------------------------------------------------------------------ plan files and what changed


def test_the_dates_travel_in_a_plan_file_and_an_older_file_still_reads(services: Services, tmp_path: Path) -> None:
    offer, term = TODAY, TODAY + timedelta(weeks=6)
    plan_id = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, offer_date=offer, term_date=term)
    target = services.planfiles.export_plan(plan_id, tmp_path / "plan.wijkplan")
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["version"] == planfile.VERSION == 3
    assert (document["plan"]["offer_date"], document["plan"]["term_date"]) == (offer.isoformat(), term.isoformat())
    again = services.planfiles.import_plan(target)
    assert (services.plans.get_plan(again).offer_date, services.plans.get_plan(again).term_date) == (offer, term)

    # Version 2, without the dates: read as before. Version 2 with them: not a file an older app wrote.
    older = dict(document, version=2, plan={k: v for k, v in document["plan"].items()
                                             if k not in ("offer_date", "term_date")})
    (tmp_path / "oud.wijkplan").write_text(json.dumps(older), encoding="utf-8")
    assert services.plans.get_plan(services.planfiles.import_plan(tmp_path / "oud.wijkplan")).offer_date is None
    (tmp_path / "fout.wijkplan").write_text(json.dumps(dict(document, version=2)), encoding="utf-8")
    with pytest.raises(planfile.PlanFileError, match="versie 2"):
        services.planfiles.import_plan(tmp_path / "fout.wijkplan")


def test_what_changed_names_the_new_dates() -> None:
    old = {"offer_date": None, "term_date": "2026-12-30", "sections": []}
    new = {"offer_date": "2026-12-01", "term_date": None, "sections": []}
    assert [d.text for d in plan_diff.differences(old, new)] == [
        "De datum van het aanbod om zelf een plan te maken is nu 1 december 2026.",
        "De afgesproken datum voor het plan is weggehaald.",
    ]


def test_a_new_empty_part_of_the_template_leaves_a_frozen_plan_as_it_was() -> None:
    part = {"key": "pgb", "title": "Als ik een pgb wil", "text": "", "skipped": False, "custom": False}
    assert plan_diff.differences({"sections": []}, {"sections": [part]}) == []
    written = dict(part, text="Ik wil een pgb.")
    assert [d.text for d in plan_diff.differences({"sections": []}, {"sections": [written]})] == [
        "Er is een nieuw deel bijgekomen: 'Als ik een pgb wil'."]
