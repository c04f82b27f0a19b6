"""A plan that cannot be read never locks anyone out: the others work, it is listed as one that cannot be opened, and
it can be saved as a plan file (what can be read) and removed. In the services, the command line and the window.

The bad values are written with SQL behind the app's back, as a database from before the date checks, a hand edit
or a damaged disk would hold them.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from models import PlanType
from tests import dbfile
from tests.cli import run as run_cli
from ui.start.plan_table_model import COL_CHANGED, COL_NEXT, DAMAGED_ROLE
from ui.window.main_window import MainWindow
from wijkteam.errors import DamagedPlanError, UserError
from wijkteam.services import FAMILY, Services
from wijkteam.services.damaged import MSG_DAMAGED

FIXTURES = Path(__file__).parent / "fixtures" / "planfiles"
HARD = FIXTURES / "hard-content.wijkplan"
MINIMAL = FIXTURES / "minimal.wijkplan"
TITLE = "Samen rust in huis, ook als het stormt"
WORDS = "Wij zijn Sanne en Mehmet, met Elif en Jesse."

#: Which row of the damaged plan (plan 2, from hard-content.wijkplan) gets which stored value.
_ROWS = {
    "plan": "id = 2",
    "agreement": "plan_id = 2 AND id = (SELECT min(id) FROM agreement WHERE plan_id = 2)",
    "advice": "plan_id = 2 AND id = (SELECT min(id) FROM advice WHERE plan_id = 2)",
    "section": "plan_id = 2 AND id = (SELECT min(id) FROM section WHERE plan_id = 2)",
    "change": "plan_id = 2",
    "participant": "plan_id = 2 AND id = (SELECT min(id) FROM participant WHERE plan_id = 2)",
    "advice_response": "advice_id IN (SELECT id FROM advice WHERE plan_id = 2)",
    "version_consent": "version_id IN (SELECT id FROM plan_version WHERE plan_id = 2)",
}

BAD = [
    ("plan", "melding_date", "'9999-12-30'"),  # the value from the report: an import by an older version
    ("plan", "meeting_date", "'geen datum'"),
    ("plan", "evaluation_date", "'2025-02-30'"),
    ("plan", "created_at", "'9999-12-31 23:59:59.000000'"),
    ("plan", "updated_at", "12"),
    ("plan", "plan_type", "'zorgplan'"),
    ("agreement", "due_date", "'0001-01-01'"),
    ("advice", "given_on", "X'00ff'"),
    ("section", "updated_at", "'2025-03-01 24:00:00.000000'"),
    ("change", "at", "'morgen'"),
    ("participant", "role", "'koning'"),
    ("advice_response", "updated_at", "''"),
    ("version_consent", "agreed_at", "'2025-04-31 10:00:00.000000'"),
]


def spoil(database: Path, table: str, column: str, value: str) -> None:
    con = dbfile.connect(database)
    try:
        changed = con.execute(f"UPDATE {table} SET {column} = {value} WHERE {_ROWS[table]}").rowcount
        con.commit()
    finally:
        con.close()
    assert changed, (table, column)


@pytest.fixture
def plans(services: Services) -> Services:
    """Plan 1 and 3 sound, plan 2 (with every kind of row) to be spoilt."""
    assert services.planfiles.import_plan(MINIMAL) == 1
    assert services.planfiles.import_plan(HARD) == 2  # every kind of row: advice with answers, versions, history
    services.plans.update_plan(2, FAMILY, title=TITLE)
    services.plans.set_section_text(services.plans.get_plan(2).sections[0].id, WORDS, FAMILY)
    assert services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Nieuw plan",
                                      family_name="Familie Bakker") == 3
    return services


@pytest.mark.parametrize(("table", "column", "value"), BAD, ids=[f"{t}.{c}" for t, c, _ in BAD])
def test_one_bad_value_marks_only_its_plan(plans: Services, data_dir: Path, tmp_path: Path, table: str, column: str,
                                           value: str) -> None:
    services = plans
    spoil(data_dir / "wijkteam.sqlite", table, column, value)

    rows = services.overview.list_overview()
    assert [(row.id, row.damaged) for row in rows][0] == (2, True)
    assert sorted((row.id, row.damaged) for row in rows) == [(1, False), (2, True), (3, False)]
    assert rows[0].title == TITLE and rows[0].next_date is None
    assert [plan.id for plan in services.overview.damaged_plans()] == [2]
    assert [plan.id for plan in services.plans.list_plans()] == [1, 3]
    assert services.plans.get_plan(1).title == "Weer zelf naar de markt"
    with pytest.raises(DamagedPlanError) as caught:
        services.plans.get_plan(2)
    assert str(caught.value) == MSG_DAMAGED
    assert all(item.plan_id != 2 for item in services.versions.due(date(2030, 1, 1)))

    # What can be read is saved as a plan file, which comes back as a sound plan with the family's words. A choice
    # nobody knows (a hand edit) cannot go into a plan file: that is said in one sentence.
    target = tmp_path / "gered.wijkplan"
    if column in ("plan_type", "role"):
        with pytest.raises(UserError, match="onbekend"):
            services.overview.export_readable(2, target)
        assert not target.exists()
    else:
        saved = services.overview.export_readable(2, target)
        restored = services.planfiles.import_plan(saved.path)
        assert services.plans.get_plan(restored).sections[0].text == WORDS
        assert not services.overview.is_damaged(restored)

    # Removing it and putting it back work without reading it (removing stamps a new, sound moment of change).
    services.plans.delete_plan(2, FAMILY)
    assert 2 not in {row.id for row in services.overview.list_overview()}
    assert [row.id for row in services.overview.list_deleted()] == [2]
    services.plans.restore_plan(2, FAMILY)
    assert 2 in {row.id for row in services.overview.list_overview()}


def test_values_that_read_well_are_never_taken_for_damage(plans: Services, data_dir: Path) -> None:
    """The quick SQL filter and the close look in Python agree on the edges of months and years."""
    database = data_dir / "wijkteam.sqlite"
    for value in ("'2024-02-29'", "'2025-01-31'", "'1900-01-01'", "'2199-12-31'"):
        spoil(database, "agreement", "due_date", value)
        assert plans.overview.damaged_plans() == []
    for value in ("'2199-12-31 23:59:59.999999'", "'1900-01-01 00:00:00'", "'2025-03-31 23:00:00.000000'"):
        spoil(database, "change", "at", value)
        assert plans.overview.damaged_plans() == []
    spoil(database, "agreement", "due_date", "'2025-02-29'")
    assert [plan.id for plan in plans.overview.damaged_plans()] == [2]


def test_a_damaged_plan_takes_no_advice(plans: Services, data_dir: Path) -> None:
    spoil(data_dir / "wijkteam.sqlite", "plan", "meeting_date", "'geen datum'")
    with pytest.raises(DamagedPlanError):
        plans.advicefiles.import_advice(2, Path(__file__).parent / "fixtures" / "advicefiles" / "minimal.wijkadvies")


# ----------------------------------------------------------------------------------------------- command line


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # A file that made the app wait would run into this short limit, and fail the test instead of hanging it.
    return run_cli(*args, data_dir=data_dir, timeout=60)


@pytest.fixture
def spoilt_folder(plans: Services, engine: Engine, data_dir: Path) -> Path:
    spoil(data_dir / "wijkteam.sqlite", "plan", "melding_date", "'9999-12-30'")
    spoil(data_dir / "wijkteam.sqlite", "plan", "meeting_date", "'geen datum'")
    engine.dispose()
    return data_dir


def test_list_due_and_export_keep_working_and_name_the_plan(spoilt_folder: Path, tmp_path: Path) -> None:
    listed = run(spoilt_folder, "list")
    assert listed.returncode == 0, listed.stderr
    assert [line.split("\t")[0] for line in listed.stdout.splitlines()] == ["1", "3"]
    assert listed.stderr.splitlines() == [
        "Plan 2 („Samen rust in huis, ook als het stormt”) kan niet worden gelezen; bewaar wat er nog van te lezen "
        "is met 'wijkteam export 2 BESTAND'."]

    due = run(spoilt_folder, "due")
    assert due.returncode == 0, due.stderr
    assert due.stderr.splitlines() == [
        "Plan 2 („Samen rust in huis, ook als het stormt”) kan niet worden gelezen, dus de datums ervan staan hier "
        "niet."]

    target = tmp_path / "gered.wijkplan"
    saved = run(spoilt_folder, "export", "2", str(target))
    assert saved.returncode == 0 and "wat wel te lezen is" in saved.stdout, saved.stderr
    for command in (("export-pdf", "2", str(tmp_path / "x.pdf")), ("export-ics", "2", str(tmp_path / "x.ics"))):
        refused = run(spoilt_folder, *command)
        assert (refused.returncode, refused.stderr.strip()) == (1, MSG_DAMAGED)
    back = run(spoilt_folder, "import", str(target))
    assert back.returncode == 0 and back.stdout.strip() == "4"
    assert not (spoilt_folder / "crashes").exists()


# ----------------------------------------------------------------------------------------------------- window


@pytest.fixture
def spoilt(plans: Services, data_dir: Path) -> Services:
    spoil(data_dir / "wijkteam.sqlite", "plan", "melding_date", "'9999-12-30'")
    spoil(data_dir / "wijkteam.sqlite", "section", "updated_at", "'geen tijd'")
    return plans


@pytest.fixture
def spoilt_window(spoilt: Services, window: MainWindow) -> Iterator[MainWindow]:
    window.show_start()
    yield window


def _select(window: MainWindow, plan_id: int) -> None:
    panel = window.start_view.plans
    panel._select(plan_id)
    assert panel.current_plan_id() == plan_id


def test_the_window_lists_the_others_and_the_plan_that_cannot_be_opened(qtbot: QtBot,
                                                                          spoilt_window: MainWindow) -> None:
    window = spoilt_window
    panel = window.start_view.plans
    model = panel.model
    assert model.rowCount() == 3
    first = model.index(0, COL_NEXT)  # the default order puts it on top
    assert model.data(first, DAMAGED_ROLE) is True
    assert model.data(first) == "Kan niet worden geopend"
    assert model.data(model.index(0, COL_CHANGED)) == "onbekend"
    assert "1 plan kan niet worden geopend." in panel.summary_label.text()

    _select(window, 2)
    assert not panel.open_button.isEnabled() and panel.save_button.isEnabled() and panel.delete_button.isEnabled()
    assert panel.damaged_hint.isVisible() and not panel.open_hint.isVisible()
    panel.table.activated.emit(panel.table.currentIndex())
    box = window.findChild(QMessageBox, "messageBox")
    assert box is not None and box.isVisible() and box.text().startswith(MSG_DAMAGED)
    box.close()
    assert window.stack.currentWidget() is window.start_view

    _select(window, 1)
    assert panel.open_button.isEnabled() and not panel.damaged_hint.isVisible()
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.editor_view and window.editor_view.plan_id == 1


def test_the_plan_that_cannot_be_opened_is_saved_then_removed(qtbot: QtBot, spoilt_window: MainWindow,
                                                              spoilt: Services, tmp_path: Path) -> None:
    window = spoilt_window
    panel = window.start_view.plans
    target = tmp_path / "gered.wijkplan"
    suggested: list[Path] = []

    def ask(proposal: Path) -> Path:
        suggested.append(proposal)
        return target

    window.start_view.plan_files._ask_save_path = ask  # type: ignore[method-assign]
    _select(window, 2)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.plan_files.background.busy, timeout=10_000)  # written off the screen's thread
    assert [path.name for path in suggested] == ["Samen rust in huis, ook als het stormt.wijkplan"]
    assert target.is_file()
    done = window.start_view.plan_files.done_box
    assert done is not None and "Planbestand openen" in done.informativeText()
    assert "leeg gelaten" in done.informativeText()
    done.close()

    panel.ask_delete()
    box = panel.delete_box
    assert box is not None
    yes = next(button for button in box.buttons() if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert sorted(row.id for row in spoilt.overview.list_overview()) == [1, 3]
    assert panel.model.rowCount() == 2 and not panel.damaged_hint.isVisible()

    assert spoilt.planfiles.import_plan(target) == 4  # the family's words are back, as a plan that opens
    assert spoilt.plans.get_plan(4).sections[0].text.startswith(WORDS)
