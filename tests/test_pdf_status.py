"""What a printed plan says about itself: concept or which version, on every page, and who agreed to that version.

First with plain PlanDoc objects (no database), then through the services on a real database, and once through the
real CLI process. PDFs are read back with poppler-utils: per page, and per zone (the top and bottom margins).
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime
from html import unescape
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from models import AgreementStatus, PlanStatus, PlanType, Role
from tests import cli, dbfile
from tests.test_pdf import TODAY, export, make_plan, normalize, run, section
from wijkteam.demo import add_demo_plans
from wijkteam.pdf.labels import dutch_date
from wijkteam.services import FAMILY, Services
from wijkteam.services.dto import (
    ConsentDoc,
    ParticipantDoc,
    PlanDoc,
    PrintStateDoc,
    SignerDoc,
    VersionDoc,
    VersionState,
)
from wijkteam.services.export import local_day, print_state

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

PAGE_HEIGHT = 841.89  # A4 in points
TOP_MARGIN = 20 * 72 / 25.4
BOTTOM_MARGIN = 24 * 72 / 25.4
MARK = "Concept – nog niet vastgesteld"
FROZEN = date(2026, 3, 3)
AGREED = date(2026, 3, 4)
POLISH_NAME = "Łucja Wróblewska-Żak"
ARABIC_NAME = "فاطمة الزهراء"


# --- reading the PDF page by page ---------------------------------------------------------------------------


def pages(path: Path) -> list[str]:
    """The text of each page, normalised, in the order the page draws it (a table row by row)."""
    return [normalize(page) for page in run("pdftotext", "-raw", str(path), "-").split("\f") if page.strip()]


def margins(path: Path) -> list[tuple[str, str]]:
    """Per page: the text in the top margin and the text in the bottom margin, line by line, left to right.

    Lines are joined with " | ", so a test can tell the footer's two lines apart.
    """
    result = []
    xml = run("pdftotext", "-bbox", str(path), "-")
    word = re.compile(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>')
    for page in re.findall(r"<page [^>]*>(.*?)</page>", xml, flags=re.S):
        top: dict[int, list[tuple[float, str]]] = {}
        bottom: dict[int, list[tuple[float, str]]] = {}
        for x_min, y_min, y_max, text in word.findall(page):
            line = round(float(y_max))
            if float(y_max) < TOP_MARGIN:
                top.setdefault(line, []).append((float(x_min), unescape(text)))
            elif float(y_min) > PAGE_HEIGHT - BOTTOM_MARGIN:
                bottom.setdefault(line, []).append((float(x_min), unescape(text)))
        result.append((_lines(top), _lines(bottom)))
    return result


def _lines(lines: dict[int, list[tuple[float, str]]]) -> str:
    return " | ".join(normalize(" ".join(w for _x, w in sorted(words))) for _y, words in sorted(lines.items()))


def frozen_state(**changes: object) -> PrintStateDoc:
    state = PrintStateDoc(
        is_draft=False,
        version_number=2,
        version_day=FROZEN,
        signers=(SignerDoc(1, AGREED), SignerDoc(2, None)),
    )
    return dataclasses.replace(state, **changes)  # type: ignore[arg-type]


def long_plan(**changes: object) -> PlanDoc:
    """The full test plan, with enough text to fill several pages."""
    story = "Zo ging het bij ons thuis, week na week. " * 150
    base = make_plan()
    return dataclasses.replace(base, sections=(section("verhaal", "Ons verhaal", -1, story), *base.sections),
                               **changes)  # type: ignore[arg-type]


def assert_concept_on_every_page(path: Path) -> None:
    zones = margins(path)
    assert len(zones) >= 3
    for number, (top, bottom) in enumerate(zones, 1):
        assert top == MARK, (number, top)
        title = normalize(make_plan().title)
        assert bottom == f"{title} Pagina {number} van {len(zones)} | Concept Afgedrukt op {dutch_date(TODAY)}"


# --- the plain objects --------------------------------------------------------------------------------------


def test_a_plan_without_a_version_state_prints_as_a_concept_whatever_its_stored_status(tmp_path: Path) -> None:
    path = export(long_plan(status="vastgesteld"), tmp_path)
    assert_concept_on_every_page(path)
    text = " ".join(pages(path))
    assert "Status: Concept" in text and "Vastgesteld" not in text
    assert "Dit is een concept. Het plan kan nog veranderen. Niemand is nog akkoord met deze tekst." in text


def test_a_plan_never_frozen_prints_concept_on_every_page(tmp_path: Path) -> None:
    path = export(long_plan(print_state=PrintStateDoc(signers=(SignerDoc(1), SignerDoc(2)))), tmp_path)
    assert_concept_on_every_page(path)
    signatures = " ".join(pages(path))
    signatures = signatures[signatures.index("Handtekeningen Dit is een concept."):]
    assert "Dit is een concept. Niemand is nog akkoord met deze tekst. Naam Handtekening Datum" in signatures
    assert "Akkoord met" not in signatures and "Nog niet akkoord" not in signatures


def test_a_frozen_unchanged_plan_names_its_version_and_never_says_concept(tmp_path: Path) -> None:
    path = export(long_plan(print_state=frozen_state()), tmp_path)
    text = " ".join(pages(path))
    assert "Status: Vastgesteld: versie 2 van 3 maart 2026" in text
    assert "concept" not in text.lower()
    zones = margins(path)
    for number, (top, bottom) in enumerate(zones, 1):
        assert top == "", (number, top)
        assert bottom.endswith(
            f"Pagina {number} van {len(zones)} | Versie 2 van 3 maart 2026 Afgedrukt op {dutch_date(TODAY)}"
        ), bottom


def test_the_signature_page_says_per_person_who_agreed_to_this_version_and_when(tmp_path: Path) -> None:
    text = " ".join(pages(export(make_plan(print_state=frozen_state()), tmp_path)))
    signatures = text[text.index("Handtekeningen"):]
    assert (
        "Dit is versie 2 van het plan, vastgesteld op 3 maart 2026. "
        "Bij elke naam staat of die persoon in Ons Plan akkoord gaf met deze versie." in signatures
    )
    assert "Sanne de Vries moeder ✓ Akkoord met versie 2 op 4 maart 2026" in signatures
    assert "Oma Ria oma Nog niet akkoord" in signatures
    # Someone not named in the plan cannot agree in the app: their row has lines to sign, and no claim either way.
    assert re.search(r"\(naam niet genoemd\) buurman (?!✓|Nog)", signatures)
    assert signatures.count("Akkoord met versie") == 1 and signatures.count("Nog niet akkoord") == 1


def test_a_changed_plan_prints_concept_and_no_consent_even_with_a_last_version(tmp_path: Path) -> None:
    # The service leaves agreed_on empty for a concept; even a stray date must not print as agreement.
    state = frozen_state(is_draft=True, signers=(SignerDoc(1, AGREED), SignerDoc(2, None)))
    path = export(long_plan(print_state=state), tmp_path)
    assert_concept_on_every_page(path)
    text = " ".join(pages(path))
    assert "Status: Concept" in text
    assert "Het plan is veranderd sinds versie 2 van 3 maart 2026. Niemand is nog akkoord met deze tekst." in text
    assert "Een akkoord met versie 2 geldt niet voor deze tekst." in text
    assert "Akkoord met versie" not in text and "Vastgesteld" not in text


def test_a_closed_plan_says_so_with_its_version_or_that_its_text_was_not_agreed(tmp_path: Path) -> None:
    kept = " ".join(pages(export(make_plan(print_state=frozen_state(closed=True)), tmp_path, "kept.pdf")))
    assert "Status: Afgesloten. Vastgesteld: versie 2 van 3 maart 2026" in kept
    assert "Versie 2 van 3 maart 2026, afgesloten" in kept
    assert "Akkoord met versie 2 op 4 maart 2026" in kept and "concept" not in kept.lower()

    changed = export(make_plan(print_state=frozen_state(closed=True, is_draft=True)), tmp_path, "changed.pdf")
    for top, bottom in margins(changed):
        assert top == "Afgesloten – deze tekst is niet vastgesteld"
        assert "| Afgesloten, niet vastgesteld Afgedrukt op" in bottom
    text = " ".join(pages(changed))
    assert "Status: Afgesloten, niet vastgesteld" in text
    assert "Akkoord met versie" not in text and "Vastgesteld:" not in text


def test_arabic_and_polish_names_in_the_signature_list(tmp_path: Path) -> None:
    people = (
        ParticipantDoc(1, POLISH_NAME, Role.GEZIN, relation="matka"),
        ParticipantDoc(2, ARABIC_NAME, Role.NETWERK, relation="جارة"),
        ParticipantDoc(3, "Karin Prof", Role.PROFESSIONAL),
    )
    doc = make_plan(participants=people, agreements=(), advice=(), print_state=frozen_state())
    text = " ".join(pages(export(doc, tmp_path)))
    signatures = text[text.index("Handtekeningen"):]
    assert f"{POLISH_NAME} matka ✓ Akkoord met versie 2 op 4 maart 2026" in signatures
    for word in ARABIC_NAME.split():
        assert word in signatures
    assert "جارة" in signatures and "Nog niet akkoord" in signatures
    assert "Karin Prof" not in signatures  # professionals do not sign the family's plan


@pytest.fixture
def amsterdam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_print_state_counts_only_consents_to_the_last_version_while_the_text_is_that_version(
    amsterdam: None,
) -> None:
    # 23:30 UTC is already the next day in Amsterdam: the print uses the family's own day, as the window does.
    consent = ConsentDoc(1, 1, "Sanne de Vries", datetime(2026, 3, 3, 23, 30, tzinfo=UTC))
    version = VersionDoc(1, 2, datetime(2026, 3, 3, 9, 0), (consent,))
    doc = make_plan()

    frozen = print_state(VersionState(1, PlanStatus.VASTGESTELD, version, (), is_draft=False), doc)
    assert (frozen.is_draft, frozen.closed, frozen.version_number, frozen.version_day) == (False, False, 2, FROZEN)
    # family and network named in the plan, in the plan's order; not the unnamed neighbour, not the professional
    assert frozen.signers == (SignerDoc(1, date(2026, 3, 4)), SignerDoc(2, None))

    changed = print_state(VersionState(1, PlanStatus.CONCEPT, version, ("Iets is aangepast.",), is_draft=True), doc)
    assert changed.is_draft and changed.version_number == 2
    assert changed.signers == (SignerDoc(1, None), SignerDoc(2, None))

    never = print_state(VersionState(1, PlanStatus.VASTGESTELD), doc)  # a stored status alone proves nothing
    assert never.is_draft and never.version_number is None

    closed = print_state(VersionState(1, PlanStatus.AFGESLOTEN, version, (), is_draft=False), doc)
    assert closed.closed and not closed.is_draft


# --- through the services, on a real database ---------------------------------------------------------------


def _plan(services: Services) -> dict[str, int]:
    plan = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Rust thuis", family_name="Yılmaz")
    ids = {"plan": plan}
    ids["sanne"] = services.people.add_participant(plan, FAMILY, "Sanne", Role.GEZIN, relation="moeder")
    ids["ria"] = services.people.add_participant(plan, FAMILY, "Oma Ria", Role.NETWERK, relation="oma")
    ids["lucja"] = services.people.add_participant(plan, FAMILY, POLISH_NAME, Role.NETWERK, relation="buurvrouw")
    ids["fatima"] = services.people.add_participant(plan, FAMILY, ARABIC_NAME, Role.NETWERK, relation="vriendin")
    ids["anon"] = services.people.add_participant(plan, FAMILY, "Buurman", Role.NETWERK, consent_named=False)
    ids["karin"] = services.people.add_participant(plan, FAMILY, "Karin", Role.PROFESSIONAL)
    ids["agreement"] = services.agreements.add_agreement(plan, FAMILY, "Oma Ria brengt Jesse naar school.",
                                                         who_ids=(ids["ria"],))
    ids["situatie"] = next(s.id for s in services.plans.get_plan(plan).sections if s.key == "situatie")
    services.plans.set_section_text(ids["situatie"], "Papa is zijn werk kwijt. " * 200, FAMILY)
    return ids


def _print(services: Services, plan_id: int, folder: Path, name: str) -> tuple[str, list[tuple[str, str]]]:
    path = services.export.export_pdf(plan_id, folder / name, today=TODAY)
    return " ".join(pages(path)), margins(path)


def _agreed_on(services: Services, plan_id: int, person: int) -> str:
    last = services.versions.list_versions(plan_id)[-1]
    consent = next(c for c in last.consents if c.participant_id == person)
    return dutch_date(local_day(consent.agreed_at))


def test_services_never_frozen_then_frozen_then_changed(services: Services, tmp_path: Path) -> None:
    ids = _plan(services)
    plan = ids["plan"]
    text, zones = _print(services, plan, tmp_path, "nieuw.pdf")
    assert "Status: Concept" in text and len(zones) >= 2
    assert all(top == MARK and f"| Concept Afgedrukt op {dutch_date(TODAY)}" in bottom for top, bottom in zones)

    services.versions.freeze(plan, FAMILY)
    version = services.versions.list_versions(plan)[-1]
    for person in ("sanne", "lucja", "fatima"):
        services.versions.record_consent(version.id, ids[person], FAMILY)
    frozen_on = dutch_date(local_day(version.created_at))
    text, zones = _print(services, plan, tmp_path, "vastgesteld.pdf")
    assert f"Status: Vastgesteld: versie 1 van {frozen_on}" in text
    assert "concept" not in text.lower()
    assert all(top == "" and f"| Versie 1 van {frozen_on} Afgedrukt op" in bottom for top, bottom in zones)
    assert f"Sanne moeder ✓ Akkoord met versie 1 op {_agreed_on(services, plan, ids['sanne'])}" in text
    assert f"{POLISH_NAME} buurvrouw ✓ Akkoord met versie 1 op" in text
    assert "Oma Ria oma Nog niet akkoord" in text
    assert text.count("✓ Akkoord met versie 1 op") == 3

    # Carrying out the plan is not changing it: the print stays the agreed version.
    services.agreements.set_agreement_status(ids["agreement"], FAMILY, AgreementStatus.GEDAAN)
    text, _ = _print(services, plan, tmp_path, "gedaan.pdf")
    assert f"Status: Vastgesteld: versie 1 van {frozen_on}" in text and "concept" not in text.lower()

    services.plans.set_section_text(ids["situatie"], "Papa heeft weer werk.", FAMILY)
    text, zones = _print(services, plan, tmp_path, "veranderd.pdf")
    assert "Status: Concept" in text
    assert all(top == MARK and f"| Concept Afgedrukt op {dutch_date(TODAY)}" in bottom for top, bottom in zones)
    assert f"Het plan is veranderd sinds versie 1 van {frozen_on}." in text
    assert "Akkoord met versie" not in text and "Vastgesteld" not in text


def test_a_consent_to_an_older_version_is_no_agreement_to_the_newer_one(services: Services, tmp_path: Path) -> None:
    ids = _plan(services)
    plan = ids["plan"]
    services.versions.freeze(plan, FAMILY)
    first = services.versions.list_versions(plan)[-1]
    services.versions.record_consent(first.id, ids["sanne"], FAMILY)
    services.versions.record_consent(first.id, ids["ria"], FAMILY)
    services.plans.set_section_text(ids["situatie"], "Papa heeft weer werk.", FAMILY)
    assert services.versions.freeze(plan, FAMILY) == 2
    second = services.versions.list_versions(plan)[-1]
    services.versions.record_consent(second.id, ids["ria"], FAMILY)

    text, _ = _print(services, plan, tmp_path, "v2.pdf")
    assert "Status: Vastgesteld: versie 2 van" in text
    assert "Sanne moeder Nog niet akkoord" in text
    assert f"Oma Ria oma ✓ Akkoord met versie 2 op {_agreed_on(services, plan, ids['ria'])}" in text
    assert "versie 1" not in text


def test_a_closed_plan_through_the_services(services: Services, engine: Engine, tmp_path: Path) -> None:
    ids = _plan(services)
    plan = ids["plan"]
    services.versions.freeze(plan, FAMILY)
    # The app has no way to close a plan yet; a plan file can bring one in.
    database = engine.url.database
    assert database
    with closing(dbfile.connect(database)) as connection:
        connection.execute("UPDATE plan SET status = 'afgesloten' WHERE id = ?", (plan,))
        connection.commit()
    text, zones = _print(services, plan, tmp_path, "afgesloten.pdf")
    assert "Status: Afgesloten. Vastgesteld: versie 1 van" in text
    assert all(top == "" for top, _bottom in zones)

    services.plans.set_section_text(ids["situatie"], "Later nog aangevuld.", FAMILY)
    text, zones = _print(services, plan, tmp_path, "afgesloten-veranderd.pdf")
    assert "Status: Afgesloten, niet vastgesteld" in text
    assert all(top == "Afgesloten – deze tekst is niet vastgesteld" for top, _bottom in zones)


# --- the real command line ----------------------------------------------------------------------------------


def test_cli_export_pdf_follows_the_version_state(services: Services, data_dir: Path, tmp_path: Path) -> None:
    assert add_demo_plans(services)  # in-process: the command line's demo is tested elsewhere
    plan = services.plans.list_plans()[0].id

    def printed(name: str) -> tuple[list[str], list[tuple[str, str]]]:
        target = tmp_path / name
        result = cli.run("export-pdf", str(plan), str(target), data_dir=data_dir)
        assert result.returncode == 0, result.stderr
        return pages(target), margins(target)

    texts, zones = printed("concept.pdf")
    assert len(texts) >= 3 and all(MARK in page for page in texts)
    assert all(top == MARK for top, _bottom in zones)

    services.versions.freeze(plan, FAMILY)
    version = services.versions.list_versions(plan)[-1]
    first_person = services.versions.consent_people(plan)[0]
    services.versions.record_consent(version.id, first_person.id, FAMILY)
    texts, zones = printed("vastgesteld.pdf")
    whole = " ".join(texts)
    frozen_on = dutch_date(local_day(version.created_at))
    assert f"Status: Vastgesteld: versie 1 van {frozen_on}" in whole
    assert "Concept" not in whole
    assert all(f"| Versie 1 van {frozen_on} Afgedrukt op" in bottom for _top, bottom in zones)
    assert f"{first_person.name} " in whole and "✓ Akkoord met versie 1 op" in whole

    section = next(s for s in services.plans.get_plan(plan).sections if s.text.strip())
    services.plans.set_section_text(section.id, section.text + " En nog iets.", FAMILY)
    texts, zones = printed("veranderd.pdf")
    assert all(MARK in page for page in texts)
    assert all(top == MARK and "| Concept Afgedrukt op" in bottom for top, bottom in zones)
    assert "Akkoord met versie" not in " ".join(texts)
