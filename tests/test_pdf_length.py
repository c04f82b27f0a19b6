"""A PDF no longer than it needs: the large plan of ``tests/benchmarks/large_plan.py`` on at most 30 pages, the demo
familiegroepsplan on at most 6, no page left half empty, and nothing of the plan lost on the way.

The plans are made through the services, as the window makes them, and printed through the export service.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from models import PlanType
from tests import dbfile
from tests.benchmarks.large_plan import DEMO_PLAN_PAGES, LARGE_PLAN_PAGES, make_large_plan, page_count
from tests.test_pdf import drawn_text_of, export, make_plan, normalize, run, section, text_of
from wijkteam.db import open_database
from wijkteam.demo import add_demo_plans
from wijkteam.services import Services
from wijkteam.services.dto import AgreementDoc, PlanDoc

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

TODAY = date(2026, 10, 14)
MM = 72 / 25.4
BODY_TOP, BODY_BOTTOM = 20 * MM, 841.89 - 24 * MM  # the page's text frame, in points from the top


@dataclass(frozen=True)
class Printed:
    large: Path
    large_doc: PlanDoc
    demo: Path


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Printed]:
    folder = tmp_path_factory.mktemp("length")
    database = folder / "wijkteam.sqlite"
    engine = open_database(database, folder / "backups", dbfile.key_for(database))
    try:
        services = Services.for_engine(engine)
        add_demo_plans(services, TODAY)
        demo = next(p.id for p in services.plans.list_plans() if p.plan_type == PlanType.FAMILIEGROEPSPLAN)
        large = make_large_plan(services, TODAY)
        yield Printed(
            large=services.export.export_pdf(large, folder / "large.pdf", today=TODAY),
            large_doc=services.export.printable(large),
            demo=services.export.export_pdf(demo, folder / "demo.pdf", today=TODAY),
        )
    finally:
        engine.dispose()


def fill(path: Path) -> list[float]:
    """Per page, how far down its text frame the lowest line of text reaches (1.0: to the footer)."""
    shares = []
    for page in run("pdftotext", "-bbox", str(path), "-").split("<page ")[1:]:
        lows = [float(y) for y in re.findall(r'yMax="([\d.]+)"', page) if BODY_TOP + 8 < float(y) < BODY_BOTTOM]
        shares.append((max(lows, default=BODY_TOP) - BODY_TOP) / (BODY_BOTTOM - BODY_TOP))
    return shares


def test_the_large_plan_is_as_large_as_it_says(printed: Printed) -> None:
    doc = printed.large_doc
    assert (len(doc.participants), len(doc.agreements), len(doc.advice)) == (40, 50, 20)
    assert all(a.goal_id is not None for a in doc.agreements[:48]) and len(doc.goals) == 8
    assert sum(1 for a in doc.agreements if a.due_date) >= 20 and all(a.who_ids for a in doc.agreements)
    assert sum(1 for a in doc.advice if a.reason) == 15
    assert all(s.text.strip() and not s.skipped for s in doc.sections)


def test_the_large_plan_prints_on_at_most_30_pages(printed: Printed) -> None:
    assert page_count(printed.large) <= LARGE_PLAN_PAGES


def test_the_demo_familiegroepsplan_prints_on_at_most_6_pages(printed: Printed) -> None:
    assert page_count(printed.demo) <= DEMO_PLAN_PAGES


@pytest.mark.parametrize("which", ["large", "demo"])
def test_no_page_is_left_half_empty(printed: Printed, which: str) -> None:
    # Only the last page may end early; a small gap stays where an advice item and its answer move on together.
    shares = fill(getattr(printed, which))
    assert len(shares) >= 2
    short = [(number, round(share, 2)) for number, share in enumerate(shares[:-1], 1) if share < 0.6]
    assert short == []


def test_the_compact_plan_still_says_everything(printed: Printed) -> None:
    doc = printed.large_doc
    text = text_of(printed.large)
    rows = drawn_text_of(printed.large)
    for number, agreement in enumerate(doc.agreements, 1):
        label = "Veiligheidsafspraak " if agreement.is_safety else ""
        assert f"{number}. {label}{normalize(agreement.what)}" in rows
        assert normalize(agreement.how_we_know) in rows
    for person in doc.participants:
        assert (normalize(person.name) in text) == person.consent_named, person.name
    for item in doc.advice:
        assert normalize(item.text) in text
        if item.reason:
            assert normalize(item.reason) in text
    assert text.count("Ons antwoord: Nog niet beantwoord") == 5
    # version, who agreed, and the family's own notes only as they chose
    assert "Status: Vastgesteld: versie 1 van" in text
    assert rows.count("✓ Akkoord met versie 1 op") == 27 and rows.count("Nog niet akkoord") == 4
    assert "We spraken af dat niemand hem dat kwalijk neemt." in text
    assert "oma Ria betaalt de huur" not in text
    for word in ("جدتنا", "عائشة", "عائلة"):
        assert word in text


def test_a_heading_over_a_long_table_starts_on_the_page_where_there_is_room(tmp_path: Path) -> None:
    # ReportLab keeps a heading with all of what follows: a table longer than the rest of the page then took the
    # heading along to the next page and left this one two-thirds empty.
    many = tuple(
        AgreementDoc(n, f"Afspraak nummer {n} over wie wat doet in huis.", goal_id=1, who=("Oma Ria",), who_ids=(2,),
                     how_we_know="Dat zien we aan het schema op de koelkast.", position=n)
        for n in range(1, 31)
    )
    doc = make_plan(
        sections=(section("a", "Ons verhaal", 0, "Zo ging het bij ons thuis. " * 40),
                  section("b", "Onze afspraken", 1, "", "agreements")),
        agreements=many, advice=(), included_private_notes=(), plan_b="",
    )
    path = export(doc, tmp_path)
    first = normalize(run("pdftotext", "-f", "1", "-l", "1", str(path), "-"))
    assert "Onze afspraken" in first and "1. Afspraak nummer 1 over" in first
    assert fill(path)[0] > 0.85
