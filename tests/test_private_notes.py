"""The family's private notes from eigen tijd: only the family reads or changes them, and they stay inside the app
unless the family marks a note to include."""

from __future__ import annotations

import shutil
import subprocess
from contextlib import closing
from pathlib import Path

import pytest

from models import PlanType, Role
from tests import dbfile
from wijkteam.errors import NotAllowedError, NotFoundError
from wijkteam.services import FAMILY, Actor, Services

SUPPORTER = Actor(Role.ONDERSTEUNER, "Marieke")
PROFESSIONAL = Actor(Role.PROFESSIONAL, "Joost van Dam")
NETWORK = Actor(Role.NETWERK, "Oma Ria")
SECRET = "Wij willen geen jeugdzorg meer in huis."


@pytest.fixture
def db_path(data_dir: Path, services: Services) -> Path:
    return data_dir / "wijkteam.sqlite"


@pytest.fixture
def plan_id(services: Services) -> int:
    return services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, family_name="Familie Yılmaz")


def _dump(db_path: Path) -> list[str]:
    with closing(dbfile.connect(db_path)) as con:
        return list(con.iterdump())


def _history(db_path: Path) -> list[tuple[str, str, str]]:
    with closing(dbfile.connect(db_path)) as con:
        return con.execute("SELECT actor_role, entity, summary FROM change ORDER BY id").fetchall()


def test_family_lists_changes_includes_and_deletes(services: Services, plan_id: int, db_path: Path) -> None:
    first = services.plans.add_private_note(plan_id, FAMILY, "Eerste gedachte.")
    second = services.plans.add_private_note(plan_id, FAMILY, "")
    notes = services.private_notes
    notes.update_text(second, "Çok güzel: ook oma ğ.", FAMILY)
    notes.set_include(first, True, FAMILY)
    listed = notes.list_notes(plan_id, FAMILY)
    assert [(n.id, n.text, n.include) for n in listed] == [
        (first, "Eerste gedachte.", True), (second, "Çok güzel: ook oma ğ.", False)]
    notes.delete(first, FAMILY)
    assert [n.id for n in notes.list_notes(plan_id, FAMILY)] == [second]
    with pytest.raises(NotFoundError):
        notes.update_text(first, "weg", FAMILY)


def test_history_says_a_note_changed_never_what_it_says(services: Services, plan_id: int, db_path: Path) -> None:
    note = services.plans.add_private_note(plan_id, FAMILY, "")
    for text in ("W", "Wi", SECRET):  # typing: folded into one row
        services.private_notes.update_text(note, text, FAMILY)
    services.private_notes.set_include(note, True, FAMILY)
    services.private_notes.set_include(note, False, FAMILY)
    services.private_notes.delete(note, FAMILY)
    rows = [row for row in _history(db_path) if row[1] == "private_note"]
    assert rows == [
        ("gezin", "private_note", "Eigen notitie gemaakt"),
        ("gezin", "private_note", "Eigen notitie aangepast"),
        ("gezin", "private_note", "Eigen notitie komt in het plan"),
        ("gezin", "private_note", "Eigen notitie blijft buiten het plan"),
        ("gezin", "private_note", "Eigen notitie weggegooid"),
    ]
    with closing(dbfile.connect(db_path)) as con:
        assert not any("jeugdzorg" in str(row) for row in con.execute("SELECT * FROM change"))


@pytest.mark.parametrize("actor", [SUPPORTER, PROFESSIONAL, NETWORK])
def test_other_roles_are_refused_with_the_database_unchanged(services: Services, plan_id: int, db_path: Path,
                                                             actor: Actor) -> None:
    note = services.plans.add_private_note(plan_id, FAMILY, SECRET)
    before = _dump(db_path)
    notes = services.private_notes
    for attempt in (lambda: notes.list_notes(plan_id, actor), lambda: notes.update_text(note, "anders", actor),
                    lambda: notes.set_include(note, True, actor), lambda: notes.delete(note, actor),
                    lambda: services.plans.add_private_note(plan_id, actor, "ook niet")):
        with pytest.raises(NotAllowedError) as error:
            attempt()
        assert "gezin" in str(error.value)
    assert _dump(db_path) == before


def _pdf_text(services: Services, plan_id: int, target: Path) -> str:
    services.export.export_pdf(plan_id, target)
    return subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout


def test_a_note_leaves_the_app_only_when_the_family_includes_it(services: Services, plan_id: int,
                                                                 tmp_path: Path) -> None:
    note = services.plans.add_private_note(plan_id, FAMILY, SECRET)

    assert services.plans.get_plan(plan_id).included_private_notes == ()
    plan_file = services.planfiles.export_plan(plan_id, tmp_path / "plan.wijkplan")
    assert "jeugdzorg" not in plan_file.read_text(encoding="utf-8")
    has_poppler = shutil.which("pdftotext") is not None
    if has_poppler:
        assert "jeugdzorg" not in _pdf_text(services, plan_id, tmp_path / "zonder.pdf")

    services.private_notes.set_include(note, True, FAMILY)
    assert services.plans.get_plan(plan_id).included_private_notes == (SECRET,)
    if has_poppler:
        assert "jeugdzorg" in " ".join(_pdf_text(services, plan_id, tmp_path / "met.pdf").split())
    # Once included, the note is part of the plan: a plan file carries it too.
    included = services.planfiles.export_plan(plan_id, tmp_path / "met.wijkplan")
    assert "jeugdzorg" in included.read_text(encoding="utf-8")
    if not has_poppler:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF part was not checked")
