"""The network map in the printed plan: vector lines and real text, every person of the network named on it, and
told apart without colour."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from models import Role
from wijkteam import network_map as nm
from wijkteam.demo import add_demo_plans
from wijkteam.pdf import network
from wijkteam.services import FAMILY, Services

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def _page_with(pdf: Path, words: str) -> str:
    pages = int(next(line.split()[-1] for line in subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
        if line.startswith("Pages:")))
    for page in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        if words in text:
            return " ".join(text.split())
    raise AssertionError(f"no page holds {words!r}")


@needs_poppler
def test_the_demo_plan_prints_a_vector_map_naming_everyone_in_the_network(services: Services,
                                                                          tmp_path: Path) -> None:
    plan_id = add_demo_plans(services)[0]
    # Someone who did not want to be named is on the map, without their name.
    services.people.add_participant(plan_id, FAMILY, "Buurman Henk", Role.NETWERK, sector="vrienden_buren",
                                    closeness=3, consent_named=False)
    pdf = services.export.export_pdf(plan_id, tmp_path / "plan.pdf")
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) == 2  # the header lines only: no picture, the map is drawn
    page = _page_with(pdf, "P = praktisch")  # the map's legend, under it
    for person in services.people.list_people(plan_id):
        if person.consent_named:
            for word in person.name.split():
                assert word in page, person.name
    assert "Buurman Henk" not in page and "(naam niet genoemd)" in page
    for sector in ("Gezin", "Familie", "Vrienden en", "School en", "Professionals"):
        assert sector in page


def test_in_grey_the_sectors_and_rings_are_told_apart_by_shape_and_line() -> None:
    assert sorted(network.MARKS) == sorted(nm.SECTORS)
    assert len(set(network.MARKS.values())) == len(nm.SECTORS)  # one shape per sector
    assert len({dash for _width, dash in network.RING_LINES.values()}) == len(nm.CLOSENESS)  # one line per ring


@needs_poppler
def test_a_hostile_name_on_the_map_prints_as_text(services: Services, tmp_path: Path) -> None:
    plan_id = add_demo_plans(services)[0]
    services.people.add_participant(plan_id, FAMILY, "<b>Oom</b> <img src='x'/>", Role.NETWERK, sector="familie",
                                    closeness=2)
    pdf = services.export.export_pdf(plan_id, tmp_path / "plan.pdf")
    page = _page_with(pdf, "P = praktisch").replace(" ", "")
    assert "<b>Oom</b>" in page and "<img" in page  # the markup as the family typed it, not applied
