"""A copy without names: nobody of the plan is named in it, in any field, in the PDF or in the plan file."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from models import Role
from wijkteam import planfile
from wijkteam.anonymise import Anonymiser, Person, anonymise_plan, anonymise_plan_file
from wijkteam.anonymise.names import fold
from wijkteam.demo import add_demo_plans
from wijkteam.services import FAMILY, Actor, Services
from wijkteam.services.dto import PlanDoc

EXTRA_CONTACT = "ria.bakker@example.nl"


def _texts(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, bytes):
        return
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _texts(getattr(value, item.name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _texts(item)


def _secrets(doc: PlanDoc) -> set[str]:
    """Every name, part of a name, contact detail and the family name of the plan's people."""
    found = {doc.family_name, *(p.contact for p in doc.participants if p.contact)}
    for person in doc.participants:
        found.add(person.name)
        found.update(part for part in re.split(r"[\s-]+", person.name) if len(part) > 3 or part[:1].isupper()
                     and part.lower() not in {"de", "van", "el"})
    found.update(a.author_name for a in doc.advice)
    return {item for item in found if item.strip()}


def _leaks(text: str, secrets: set[str]) -> list[str]:
    folded = fold(text)
    return sorted(s for s in secrets if re.search(rf"(?<!\w){re.escape(fold(s))}(?!\w)", folded))


@pytest.fixture
def demo(services: Services) -> list[int]:
    """The demo plans, with a frozen version, a private note marked to include and an e-mail address as well."""
    ids = add_demo_plans(services)
    ria = next(p for p in services.plans.get_plan(ids[0]).participants if p.name == "Ria Bakker")
    services.people.update_participant(ria.id, FAMILY, contact=f"030-2345678, {EXTRA_CONTACT}")
    services.plans.add_private_note(ids[0], FAMILY, "Kemal Yılmaz is boos op Ria.", include=True)
    for plan_id in ids:
        services.versions.freeze(plan_id, FAMILY)
    return ids


def test_the_demo_plans_name_nobody_in_any_field(services: Services, demo: list[int]) -> None:
    for plan_id in demo:
        doc = services.export.printable(plan_id)
        copy, report = anonymise_plan(doc)
        text = "\n".join(_texts(copy))
        assert not _leaks(text, _secrets(doc)), plan_id
        assert EXTRA_CONTACT not in text and "030-2345678" not in text and "06-12345678" not in text
        assert copy.included_private_notes == ()
        assert all(house.drawing is None for house in copy.child_houses)
        assert report.replaced


def test_the_relations_take_the_place_of_the_names(services: Services, demo: list[int]) -> None:
    copy, report = anonymise_plan(services.export.printable(demo[0]))
    assert [p.name for p in copy.participants][:6] == ["moeder", "vader", "zoon", "dochter", "oma", "anneanne"]
    assert (copy.title, copy.family_name) == ("Samen weer rust thuis (kopie zonder namen)", "het gezin")
    texts = {s.key: s.text for s in copy.sections}
    assert texts["gaat_goed"].startswith("We eten bijna elke avond samen. Oma komt elke zondag. Zoon is gek op")
    assert "Oma en anneanne staan het dichtst bij ons. Buurvrouw is er altijd. Oom helpt" in texts["netwerk"]
    assert copy.meeting_place == "Bij oma, [adres], Utrecht"
    first = copy.agreements[0]
    assert (first.what, first.who, first.checker) == (
        "Oma brengt zoon op maandag en woensdag naar school.", ("oma",), "moeder")
    assert [a.checker for a in copy.agreements] == ["moeder", "oom", "oma", "buurvrouw", "vader"]
    assert {a.author_name for a in copy.advice} == {"jeugdbeschermer", "wijkteammedewerker"}
    assert ("Ria Bakker", "oma") in {(row.original, row.copy) for row in report.replaced}
    assert ("Familie Yılmaz", "het gezin") in {(row.original, row.copy) for row in report.replaced}


def test_the_persoonlijk_plan_keeps_who_is_who(services: Services, demo: list[int]) -> None:
    copy, _report = anonymise_plan(services.export.printable(demo[1]))
    assert copy.family_name == "de inwoner"
    people = {p.name: p.relation for p in copy.participants}
    assert people["kleinzoon"] == "woont tijdelijk bij mij"
    assert people["vriend van de volkstuin"] == ""
    text = {s.key: s.text for s in copy.sections}["netwerk"]
    assert text == "Mijn dochter doet elke zaterdag de boodschappen. Buurman brengt de krant en maakt een praatje. " \
                   "Mijn vriend van de volkstuin belt elke week."


def test_name_like_words_that_are_nobody_of_the_plan_are_listed(services: Services, demo: list[int]) -> None:
    _copy, report = anonymise_plan(services.export.printable(demo[0]))
    assert {"Dekker", "Mo", "Utrecht"} <= set(report.left)
    # Relations, the app's words and the start of a sentence are no names.
    assert not {"Oma", "Moeder", "Wmo", "Ik", "De", "Als", "BW", "OTS"} & set(report.left)


def _anonymiser(*people: Person, family: str = "Familie Yılmaz") -> Anonymiser:
    return Anonymiser(list(people), family_name=family, plan_type="familiegroepsplan", language="nl")


def test_the_same_relation_twice_is_numbered_and_each_person_keeps_their_number() -> None:
    names = _anonymiser(Person("Ria Bakker", Role.NETWERK, "oma"), Person("Truus de Boer", Role.NETWERK, "oma"),
                        Person("Jan Pieters", Role.NETWERK), Person("Els Kaya", Role.PROFESSIONAL))
    assert names.text("Oma Ria en oma Truus. Ria belt Truus. Jan en Els komen.") == (
        "Oma 1 en oma 2. Oma 1 belt oma 2. Iemand van het netwerk en professional komen.")
    assert names.text("Truus de Boer") == "Oma 2"


def test_unicode_names_in_any_case() -> None:
    names = _anonymiser(Person("İsmail Yılmaz", Role.GEZIN, "vader"), Person("Ayşe Yılmaz", Role.NETWERK, "anneanne"),
                        Person("Łukasz Wiśniewski", Role.NETWERK, "trainer"),
                        Person("محمد العلي", Role.NETWERK, "buurman"))
    assert names.text("ISMAIL, İsmail, ismail en Ismail.") == "Vader, vader, vader en vader."
    assert names.text("AYŞE'nin evi. Ayse komt.") == "Anneanne'nin evi. Anneanne komt."
    assert names.text("Lukasz en ŁUKASZ en pan Wiśniewski.") == "Trainer en trainer en pan trainer."
    assert names.text("محمد يأتي غدا") == "buurman يأتي غدا"
    # A surname the family shares names nobody in particular; the family's name is the family.
    assert names.text("De familie Yılmaz en meneer Yılmaz.") == "Het gezin en meneer [naam]."


def test_possessives_and_first_and_last_names_apart() -> None:
    names = _anonymiser(Person("Ria de Vries", Role.NETWERK, "oma"), Person("Henk Kok", Role.NETWERK, "buurman"))
    assert names.text("Ria's fiets, Ria’s jas en oma Ria's tuin.") == "Oma's fiets, oma’s jas en oma's tuin."
    assert names.text("Mevrouw de Vries en Vries.") == "Mevrouw oma en oma."
    assert names.text("Henks hond. De kok kookt. Kok belt.") == "Buurmans hond. De kok kookt. Buurman belt."
    assert names.text("Riala en Henkie") == "Riala en Henkie"  # whole words only


def test_a_line_that_grew_past_its_limit_is_cut_to_fit(services: Services, demo: list[int], tmp_path: Path) -> None:
    pid = demo[0]
    services.plans.update_plan(pid, FAMILY, meeting_place=", ".join(["Fatima"] * 60))
    target = services.planfiles.export_plan(pid, tmp_path / "lang.wijkplan", without_names=True)
    place = planfile.read_document(target)["plan"]["meeting_place"]
    assert len(place) == 500 and place.startswith("Buurvrouw, buurvrouw, ") and place.endswith("…")


def test_contact_details_and_births_go() -> None:
    names = _anonymiser(Person("Ria Bakker", Role.NETWERK, "oma"))
    text = names.text("Bel Ria op 06-12345678 of mail ria@example.nl. Ze woont op de Kanaalweg 12, 3512 AB Utrecht. "
                      "Jesse is geboren op 3 maart 2012 in Utrecht. BSN 123456782.")
    assert text == ("Bel oma op [telefoonnummer] of mail [e-mailadres]. Ze woont op de [adres], [postcode] Utrecht. "
                    "Jesse is geboren op [geboortedatum] in [geboorteplaats]. [bsn].")
    plain = "Op 01-02-2012 om 8.25 uur, € 21,80 per maand."
    assert names.text(plain) == plain


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_pdf_without_names_names_nobody(services: Services, demo: list[int], tmp_path: Path) -> None:
    for plan_id in demo:
        doc = services.export.printable(plan_id)
        target = services.export.export_pdf(plan_id, tmp_path / f"{plan_id}.pdf", without_names=True)
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
        info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
        assert not _leaks(text + info, _secrets(doc)), plan_id
        assert "[telefoonnummer]" not in text  # a contact field goes entirely, not as a word in brackets
    text = subprocess.run(["pdftotext", str(tmp_path / f"{demo[0]}.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "het gezin" in text and "jeugdbeschermer" in text and "anneanne" in text


def test_the_plan_file_without_names_is_a_plan_file_that_names_nobody(services: Services, demo: list[int],
                                                                     tmp_path: Path) -> None:
    for plan_id in demo:
        doc = services.export.printable(plan_id)
        target = services.planfiles.export_plan(plan_id, tmp_path / f"{plan_id}.wijkplan", without_names=True)
        raw = target.read_text(encoding="utf-8")
        document = planfile.read_document(target)  # checked as every plan file is
        plan = document["plan"]
        snapshots = [json.loads(v["snapshot"]) for v in plan["versions"]]
        assert len(snapshots) == 1 and snapshots[0]["plan"]["people"]
        everything = raw + "\n".join(_texts(snapshots))
        assert not _leaks(everything, _secrets(doc)), plan_id
        assert EXTRA_CONTACT not in everything
        assert plan["history"] == [] and "private_notes" not in plan
        assert all(h["drawing"] is None for h in plan.get("child_houses", []))
        # It reads back in as a plan of its own.
        new_id = services.planfiles.import_plan(target)
        assert services.plans.get_plan(new_id).participants[0].name in {"moeder", "ikzelf"}


def test_every_role_gets_the_same_copy(services: Services, demo: list[int], tmp_path: Path) -> None:
    """Any role may save a plan as PDF or plan file; the copy without names is never more than the family's."""
    files = []
    for role in Role:
        actor = FAMILY if role == Role.GEZIN else Actor(role)
        target = services.planfiles.export_plan(demo[0], tmp_path / f"{role}.wijkplan", actor=actor,
                                                without_names=True, exported_at=None)
        plan = planfile.read_document(target)["plan"]
        files.append(json.dumps({k: v for k, v in plan.items() if k != "updated_at"}, sort_keys=True))
        assert "boos op" not in target.read_text(encoding="utf-8")  # the private note, marked to include
    assert len(set(files)) == 1


def test_the_report_reads_the_plan_file_too(services: Services, demo: list[int]) -> None:
    report = services.export.without_names_report(demo[0])
    assert ("Ria Bakker", "oma") in {(row.original, row.copy) for row in report.replaced}
    assert (EXTRA_CONTACT, "") in {(row.original, row.copy) for row in report.replaced} or any(
        EXTRA_CONTACT in row.original for row in report.replaced)
    assert "Dekker" in report.left


def test_a_hand_made_plan_file_content_is_anonymised_without_change_to_it() -> None:
    content = {"type": "familiegroepsplan", "family_name": "Gezin Nowak", "language": "pl", "title": "Plan Nowak",
               "people": [{"ref": "p1", "name": "Anna Nowak", "role": "gezin", "relation": "mama", "organisation": "",
                           "contact": "anna@example.pl"}],
               "sections": [{"ref": "s1", "key": "eigen-1", "title": "O Annie", "text": "Anna Nowak mówi."}],
               "advice": [], "process_notes": [], "process_steps": [], "versions": [], "history": [{"x": 1}]}
    before = json.dumps(content, sort_keys=True)
    plan, report = anonymise_plan_file(content)
    assert json.dumps(content, sort_keys=True) == before
    assert plan["people"][0]["name"] == "mama" and plan["people"][0]["contact"] == ""
    assert plan["sections"][0]["text"] == "Mama mówi."
    # The words that take the names' place are in the plan's language.
    assert plan["title"] == "Plan [imię i nazwisko] (kopia bez imion i nazwisk)"
    assert plan["family_name"] == "rodzina" and plan["history"] == []
    assert ("Anna Nowak", "mama") in {(row.original, row.copy) for row in report.replaced}


def test_a_relation_that_names_someone_and_people_without_a_relation() -> None:
    names = _anonymiser(Person("Sanne Bakker", Role.GEZIN, "moeder van Jesse"), Person("Jesse Bakker", Role.GEZIN),
                        Person("Joost van Dam", Role.PROFESSIONAL), Person("Priya Ramdin", Role.PROFESSIONAL),
                        Person("Gezin", Role.GEZIN), family="")
    assert names.names.labels == ["moeder", "iemand van het gezin 1", "professional 1", "professional 2",
                                  "iemand van het gezin 2"]
    assert names.text("Joost en Priya praten met Jesse.") == "Professional 1 en professional 2 praten met " \
                                                              f"{names.label(1)}."
    assert names.text("Het gezin komt. Bakker belt.") == "Het gezin komt. [naam] belt."  # "Gezin" is nobody
