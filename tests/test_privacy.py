"""Private stays private: only the family takes its own notes out of the app, and whatever leaves (PDF, plan file,
the version snapshots inside it, calendar, advice file, log) carries a note only while the family includes it now."""

from __future__ import annotations

import json
import shutil
import subprocess
import uuid
from contextlib import closing
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from models import PlanType, Role
from tests import cli, dbfile
from tests.marker_search import leaks
from wijkteam import planfile
from wijkteam.errors import NotAllowedError
from wijkteam.paths import DB_FILENAME
from wijkteam.services import FAMILY, Actor, Services
from wijkteam.services.planfiles import shared_snapshot
from wijkteam.services.private_notes import MSG_ONLY_FAMILY_NOTES, MSG_ONLY_FAMILY_TAKES_NOTES

ROLES = ("gezin", "netwerk", "ondersteuner", "professional")
OTHERS = [Actor(Role.NETWERK, "Oma Ria"), Actor(Role.ONDERSTEUNER, "Marieke"), Actor(Role.PROFESSIONAL, "Joost")]
SHARED = "Dit mag iedereen lezen: oma helpt op maandag."


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _snapshot_notes(document: dict[str, Any]) -> list[list[str]]:
    return [[note["text"] for note in json.loads(v["snapshot"])["plan"].get("private_notes", [])]
            for v in document["plan"]["versions"]]


class PlanWithNotes:
    """A plan with a note included, frozen and made private again (``was_shared``), one never included (``kept``),
    and one the family includes now (``SHARED``)."""

    def __init__(self, services: Services) -> None:
        self.was_shared = f"Eerst gedeeld, nu weer van ons: {uuid.uuid4().hex}"
        self.kept = f"Nooit gedeeld: {uuid.uuid4().hex}"
        self.markers = (self.was_shared, self.kept)
        plans = services.plans
        self.id = plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Thuis weer rustig",
                                    family_name="Familie Yılmaz")
        plans.update_plan(self.id, FAMILY, meeting_date=date(2025, 5, 1), evaluation_date=date(2025, 8, 1))
        services.agreements.add_agreement(self.id, FAMILY, "Oma brengt Jesse naar school.",
                                          due_date=date(2025, 6, 2))
        self.was_shared_id = plans.add_private_note(self.id, FAMILY, self.was_shared, include=True)
        plans.add_private_note(self.id, FAMILY, SHARED, include=True)
        plans.add_private_note(self.id, FAMILY, self.kept)
        services.versions.freeze(self.id, FAMILY)
        services.private_notes.set_include(self.was_shared_id, False, FAMILY)


@pytest.fixture
def plan(services: Services) -> PlanWithNotes:
    return PlanWithNotes(services)


# ---------------------------------------------------------------------------------------------------- services


@pytest.mark.parametrize("actor", [*OTHERS, None], ids=["netwerk", "ondersteuner", "professional", "geen-rol"])
def test_only_the_family_takes_every_note_out(services: Services, plan: PlanWithNotes, tmp_path: Path,
                                              actor: Actor | None) -> None:
    target = tmp_path / "alles.wijkplan"
    with pytest.raises(NotAllowedError) as refused:
        services.planfiles.export_plan(plan.id, target, actor=actor, with_private=True)
    assert str(refused.value) == MSG_ONLY_FAMILY_TAKES_NOTES and not target.exists()
    with pytest.raises(NotAllowedError) as refused:
        services.plans.get_plan(plan.id, include_private=True, actor=actor)
    assert str(refused.value) == MSG_ONLY_FAMILY_NOTES
    # Without the flag anyone may save the plan: it holds only what the family shares.
    plain = services.planfiles.export_plan(plan.id, tmp_path / "plan.wijkplan", actor=actor)
    assert not any(marker in plain.read_text(encoding="utf-8") for marker in plan.markers)
    assert services.plans.get_plan(plan.id).included_private_notes == (SHARED,)


def test_a_note_made_private_again_leaves_no_version_snapshot(services: Services, plan: PlanWithNotes, data_dir: Path,
                                                              tmp_path: Path) -> None:
    document = _load(services.planfiles.export_plan(plan.id, tmp_path / "plan.wijkplan"))
    assert [n["text"] for n in document["plan"]["private_notes"]] == [SHARED]
    assert _snapshot_notes(document) == [[SHARED]]
    planfile.check_document(document)
    assert not any(marker in json.dumps(document, ensure_ascii=False) for marker in plan.markers)

    # The version in the database stays as it was frozen: with the note the family included then.
    with closing(dbfile.connect(data_dir / DB_FILENAME)) as con:
        (stored,) = con.execute("SELECT snapshot FROM plan_version").fetchone()
    assert plan.was_shared in stored and plan.kept not in stored
    (version,) = services.versions.list_versions(plan.id)
    assert [n["text"] for n in services.versions.snapshot(version.id)["private_notes"]] == [plan.was_shared, SHARED]

    # Included again, the family shares it again, in the plan and in its version.
    services.private_notes.set_include(plan.was_shared_id, True, FAMILY)
    again = _load(services.planfiles.export_plan(plan.id, tmp_path / "weer.wijkplan"))
    assert _snapshot_notes(again) == [[plan.was_shared, SHARED]]
    assert again["plan"]["versions"][0]["snapshot"] == stored  # a snapshot with nothing to leave out goes as it is


def test_a_note_thrown_away_leaves_no_version_snapshot(services: Services, plan: PlanWithNotes, tmp_path: Path) -> None:
    services.private_notes.set_include(plan.was_shared_id, True, FAMILY)
    services.private_notes.delete(plan.was_shared_id, FAMILY)
    document = _load(services.planfiles.export_plan(plan.id, tmp_path / "plan.wijkplan"))
    assert _snapshot_notes(document) == [[SHARED]]


def test_the_family_takes_every_note_and_every_version_as_frozen(services: Services, plan: PlanWithNotes,
                                                                 tmp_path: Path) -> None:
    document = _load(services.planfiles.export_plan(plan.id, tmp_path / "alles.wijkplan", actor=FAMILY,
                                                    with_private=True))
    assert [n["text"] for n in document["plan"]["private_notes"]] == [plan.was_shared, SHARED, plan.kept]
    assert _snapshot_notes(document) == [[plan.was_shared, SHARED]]


def test_export_import_export_gives_the_same_file(services: Services, plan: PlanWithNotes, tmp_path: Path) -> None:
    first = services.planfiles.export_plan(plan.id, tmp_path / "eerst.wijkplan")
    copy = services.planfiles.import_plan(first)
    second = services.planfiles.export_plan(copy, tmp_path / "daarna.wijkplan")
    one, two = _load(first), _load(second)
    one.pop("exported_at")
    two.pop("exported_at")
    assert one == two
    # In the copy the version holds what the family shared, and the plan is still the same as it.
    assert services.versions.state(copy).changes == ()


def test_a_snapshot_that_cannot_be_checked_does_not_leave(services: Services, plan: PlanWithNotes, data_dir: Path,
                                                           tmp_path: Path) -> None:
    assert shared_snapshot('{"format": "wijkplan", "plan": "Oma Ria"}', frozenset()) == ""
    with closing(dbfile.connect(data_dir / DB_FILENAME)) as con:
        # Cut short, as a damaged file might leave it: the words are there, but it is no plan any more.
        con.execute("UPDATE plan_version SET snapshot = substr(snapshot, 1, length(snapshot) - 10)")
        con.commit()
    target = services.planfiles.export_plan(plan.id, tmp_path / "plan.wijkplan")
    assert [v["snapshot"] for v in _load(target)["plan"]["versions"]] == [""]
    assert plan.was_shared not in target.read_text(encoding="utf-8")
    copy = services.planfiles.import_plan(target)  # and the file still reads back, its version unreadable as it was
    assert [v.number for v in services.versions.list_versions(copy)] == [1]


def test_a_note_is_known_by_its_moment_in_any_offset(services: Services, plan: PlanWithNotes) -> None:
    (version,) = services.versions.list_versions(plan.id)
    content = services.versions.snapshot(version.id)
    first = content["private_notes"][0]
    moment = first["created_at"]
    # The same moment with another offset, as a file made by hand may write it.
    first["created_at"] = datetime.fromisoformat(moment).astimezone(timezone(timedelta(hours=2))).isoformat()
    assert first["created_at"] != moment
    text = json.dumps(planfile.new_document(content, app_version="x", exported_at=version.created_at))
    others = frozenset({content["private_notes"][1]["created_at"]})
    assert shared_snapshot(text, others | {moment}) == text
    assert [n["text"] for n in json.loads(shared_snapshot(text, others))["plan"]["private_notes"]] == [SHARED]


# ------------------------------------------------------------------------------------------- through the CLI


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


@pytest.mark.parametrize("role", ROLES)
def test_no_way_out_carries_a_private_note_for_any_role(services: Services, plan: PlanWithNotes, data_dir: Path,
                                                        tmp_path: Path, role: str) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    # The family's own choice: every note, and the versions as frozen. The one file that may hold them; a
    # professional writes advice from it, and reads it, all the same.
    everything = services.planfiles.export_plan(plan.id, tmp_path / "van-het-gezin.wijkplan", actor=FAMILY,
                                                with_private=True)
    # The data folder comes from WIJKTEAM_DATA_DIR, set by the data_dir fixture; these commands only read the plans.
    results = cli.run_all({
        "plan": ["export", str(plan.id), str(out / "plan.wijkplan")],
        "all": ["export", str(plan.id), str(out / "alles.wijkplan"), "--with-private"],
        "pdf": ["export-pdf", str(plan.id), str(out / "plan.pdf")],
        "ics": ["export-ics", str(plan.id), str(out / "datums.ics")],
        "advice": ["export-advice", str(everything), str(out / "advies.wijkadvies"), "--name", "Joost van Dam",
                   "--text", "Vraag de school om een gesprek."],
        "show": ["show-plan", str(everything)],
    }, role=role)
    assert {name: result.returncode for name, result in results.items()} == {
        "plan": 0, "all": 0 if role == "gezin" else 1, "pdf": 0, "ics": 0, "advice": 0, "show": 0}
    if role == "gezin":
        assert all(marker in (out / "alles.wijkplan").read_text(encoding="utf-8") for marker in plan.markers)
    else:
        assert results["all"].stderr == MSG_ONLY_FAMILY_TAKES_NOTES + "\n" and results["all"].stdout == ""
        assert not (out / "alles.wijkplan").exists()
    assert all(marker in everything.read_text(encoding="utf-8") for marker in plan.markers)
    shown = results["show"].stdout
    assert SHARED in " ".join(shown.split()) and not any(marker in shown for marker in plan.markers)

    assert _snapshot_notes(_load(out / "plan.wijkplan")) == [[SHARED]]
    assert "BEGIN:VEVENT" in (out / "datums.ics").read_text(encoding="utf-8")
    assert _load(out / "advies.wijkadvies")["advice"][0]["text"] == "Vraag de school om een gesprek."
    if shutil.which("pdftotext"):
        text = _pdf_text(out / "plan.pdf")
        assert SHARED in text and not any(marker in text for marker in plan.markers)
    assert (data_dir / "logs").is_dir()
    # Every file written here (plan file, PDF, calendar, advice, logs, crash files), but for the family's own full
    # copies and the database, holds neither note in UTF-8 nor in UTF-16.
    everything.unlink()
    (out / "alles.wijkplan").unlink(missing_ok=True)
    for marker in plan.markers:
        assert leaks(marker, tmp_path) == []
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF text was not checked")


def test_a_role_that_does_not_exist_is_refused_in_one_sentence(data_dir: Path) -> None:
    result = cli.run("list", role="baas")
    assert result.returncode == 2
    assert result.stderr.startswith("wijkteam: Kies als rol: gezin, netwerk, ondersteuner of professional.")
    assert "Traceback" not in result.stderr
