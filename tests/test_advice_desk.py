"""'Advies geven op een plan…': a professional reads the family's plan file in memory and writes an advice file.

The whole flow through the real window, real files on both sides, and a walk of every folder the test controls
afterwards: the family's words are in none of them. Refused plan files are refused as the import refuses them.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QMessageBox

from models import AdviceKind, PlanType, Role
from tests import dbfile
from tests.marker_search import files_holding
from tests.test_planfile import FIXTURES as PLAN_FIXTURES
from tests.test_planfile import REFUSED
from wijkteam import advicefile, planfile
from wijkteam.advice_desk import ReadingCopy
from wijkteam.advicefile import AdviceFileError
from wijkteam.db import open_database
from wijkteam.errors import InvalidInputError
from wijkteam.services import FAMILY, Actor, Services

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from ui.window.advice_desk import AdviceDeskWindow
    from ui.window.main_window import MainWindow

TITLE = "Samen sterk met Zwaluwstaart"
FAMILY_NAME = "Familie Kwartelkoning"
SECTION_TEXT = "Oma Wielewaal haalt de kinderen op dinsdag van school."
MARKERS = (TITLE, FAMILY_NAME, "Kwartelkoning", "Wielewaal", "Zwaluwstaart")
PROFESSIONAL = Actor(Role.PROFESSIONAL, "Joost van Dam")
OTS = "Ondertoezichtstelling (OTS), art. 1:255 BW"


class Family:
    """The family's own laptop: an encrypted database with their plan, and the plan file they send."""

    def __init__(self, folder: Path) -> None:
        database = folder / "wijkteam.sqlite"
        self.engine = open_database(database, folder / "backups", dbfile.key_for(database))
        self.services = Services.for_engine(self.engine)
        self.plan_id = self.services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title=TITLE,
                                                       family_name=FAMILY_NAME)
        plan = self.services.plans.get_plan(self.plan_id)
        self.sections = {section.key: section for section in plan.sections}
        self.services.plans.set_section_text(self.sections["hoofdvraag"].id, SECTION_TEXT, FAMILY)

    def send(self, target: Path) -> Path:
        return self.services.planfiles.export_plan(self.plan_id, target)


@pytest.fixture
def family(tmp_path: Path) -> Iterator[Family]:
    home = Family(tmp_path / "gezin")
    yield home
    home.engine.dispose()


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp folder of the test's own: Python's and Qt's temporary files land here during the test."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def add_advice(window: AdviceDeskWindow, qtbot: QtBot, section_title: str | None, text: str,
               legal_basis: str = "") -> None:
    """As the professional does it: choose the part, "Advies toevoegen", fill in the dialog, save."""
    from ui.advice.advice_dialog import AddAdviceDialog

    editor = window.editor
    if section_title is not None:
        row = next(r for r in range(editor.model.rowCount()) if editor.model.section_at(r).title == section_title)
        editor.open_section(editor.model.section_at(row).id)
    editor.roles.ask_add_advice()
    dialog = editor.advice_panel.dialog
    assert isinstance(dialog, AddAdviceDialog)
    if section_title is None:
        dialog.section_combo.setCurrentIndex(0)  # "Het hele plan"
    if legal_basis:
        dialog.kind_buttons[AdviceKind.VOORWAARDE].setChecked(True)
        dialog.legal_edit.setText(legal_basis)
    dialog.text_edit.setPlainText(text)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: editor.advice_panel.dialog is None or not dialog.isVisible())


def open_desk(window: MainWindow, plan_file: Path, asked: list[Path], target: Path) -> AdviceDeskWindow:
    from ui.window.advice_desk import AdviceDeskFlow

    def ask_advice(_parent: object, suggested: Path) -> Path:
        asked.append(suggested)
        return target

    window.advice_desk = AdviceDeskFlow(window, ask_plan=lambda _parent, _folder: plan_file,
                                        ask_name=lambda _parent: ("Joost van Dam", "Samen Veilig"),
                                        ask_advice=ask_advice)
    window.advice_desk_action.trigger()
    desk = window.advice_desk.window
    assert desk is not None
    return desk


# ------------------------------------------------------------------------------------------------- the whole flow


def test_advice_from_the_window_reaches_the_family_and_no_trace_stays(
    qtbot: QtBot, window: MainWindow, services: Services, family: Family, data_dir: Path, tmp_path: Path,
    temp_dir: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    inbox = tmp_path / "post van Kwartelkoning"  # as people name things: a folder kept in settings would show
    inbox.mkdir()
    plan_file = family.send(inbox / f"{FAMILY_NAME}.wijkplan")
    target = tmp_path / "uit" / "advies voor het gezin"  # without the suffix: the window adds it
    target.parent.mkdir()
    asked: list[Path] = []

    desk = open_desk(window, plan_file, asked, target)
    assert desk.isVisible() and TITLE in desk.windowTitle()
    assert "niets van het plan van het gezin op deze laptop" in desk.note_label.text()
    editor = desk.editor
    assert editor.panel.text_edit.isReadOnly()  # the editor's own read-only view, for the professional
    assert not editor.top_bar.pdf_button.isVisible() and not editor.top_bar.role_bar.isVisible()
    assert not editor.pdf_action.isEnabled()  # Ctrl+P would print the family's plan to a file
    assert "Joost van Dam, Samen Veilig" in desk.count_label.text()
    titles = [editor.model.section_at(row).title for row in range(editor.model.rowCount())]
    assert family.sections["hoofdvraag"].title in titles

    add_advice(desk, qtbot, family.sections["veiligheid"].title, "De kinderen slapen niet bij de vader.", OTS)
    add_advice(desk, qtbot, None, "Het buurtteam heeft een schuldhulpmaatje.")
    assert desk.copy.unsaved and "(2) is nog niet bewaard" in desk.count_label.text()

    desk.save_button.click()
    written = target.with_name(target.name + advicefile.SUFFIX)
    assert written.is_file() and asked[0].suffix == advicefile.SUFFIX
    assert desk.message_box is not None and written.name in desk.message_box.text()
    assert not desk.copy.unsaved and "(2) is bewaard" in desk.count_label.text()
    desk.message_box.close()
    asked_unsaved: list[bool] = []
    desk._ask_unsaved = lambda: asked_unsaved.append(True) or QMessageBox.StandardButton.Cancel  # type: ignore
    desk.close()
    assert asked_unsaved == []  # all was saved: closing asks nothing
    qtbot.waitUntil(lambda: window.advice_desk is not None and window.advice_desk.window is None)
    window.close()

    # The family reads the file into their plan, on their own laptop, with the advice on the professional's name.
    result = family.services.advicefiles.import_advice(family.plan_id, written)
    assert (result.added, result.authors) == (2, ("Joost van Dam (Samen Veilig)",))
    advice = {item.kind: item for item in family.services.advice.list_advice(family.plan_id)}
    condition = advice[AdviceKind.VOORWAARDE]
    assert (condition.legal_basis, condition.section_id) == (OTS, family.sections["veiligheid"].id)
    assert (condition.author_name, condition.organisation) == ("Joost van Dam", "Samen Veilig")
    assert advice[AdviceKind.ADVIES].section_id is None

    # Not a plan more on the professional's side, and not a word of the family's in any file or log line.
    assert services.plans.list_plans() == []
    for folder in (data_dir, tmp_path / "settings", temp_dir):
        for marker in MARKERS:
            assert files_holding(marker, folder) == [], (marker, folder)
    assert {path.name for path in temp_dir.rglob("*")} == set()
    for marker in MARKERS:
        assert marker not in caplog.text
    assert [p for p in (tmp_path / "uit").iterdir()] == [written]  # no temporary file left beside it


def test_closing_with_unsaved_advice_asks_first(qtbot: QtBot, window: MainWindow, family: Family,
                                                tmp_path: Path) -> None:
    plan_file = family.send(tmp_path / "plan.wijkplan")
    target = tmp_path / "advies.wijkadvies"
    desk = open_desk(window, plan_file, [], target)
    add_advice(desk, qtbot, None, "Bel mij gerust als er iets is.")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    desk._ask_unsaved = lambda: answers.pop(0)  # type: ignore[method-assign]

    desk.close()  # "Annuleren": the window stays, the advice too
    assert desk.isVisible() and desk.copy.given_here()
    window.close()  # closing the app asks the same, and "Annuleren" keeps both windows
    assert window.isVisible() and desk.isVisible() and len(answers) == 1
    desk.close()  # "Bewaren": the file is written, then the window closes
    qtbot.waitUntil(lambda: window.advice_desk is not None and window.advice_desk.window is None)
    assert [item["text"] for item in advicefile.read_document(target)["advice"]] == ["Bel mij gerust als er iets is."]


def test_the_menu_item_asks_for_a_plan_file_and_refuses_a_broken_one(
    qtbot: QtBot, window: MainWindow, services: Services,
) -> None:
    from ui.window.advice_desk import AdviceDeskFlow

    names: list[bool] = []
    actions = [action.text() for action in window.samen_menu.actions()]
    assert "Advies &geven op een plan…" in actions
    window.advice_desk = AdviceDeskFlow(window, ask_plan=lambda _p, _f: PLAN_FIXTURES / "truncated.wijkplan",
                                        ask_name=lambda _p: names.append(True) or ("Joost", ""))
    window.advice_desk_action.trigger()
    assert window.advice_desk.window is None and names == []  # refused before anyone is asked a name
    box = window.advice_desk.message_box
    assert box is not None and box.text() == str(pytest.raises(InvalidInputError, planfile.read_document,
                                                               PLAN_FIXTURES / "truncated.wijkplan").value)
    window.advice_desk = AdviceDeskFlow(window, ask_plan=lambda _p, _f: None)
    window.advice_desk_action.trigger()  # cancelled: nothing happens
    assert window.advice_desk.window is None and window.advice_desk.message_box is None
    assert services.plans.list_plans() == []


# --------------------------------------------------------------------------------------- the copy in memory


def _refused_file(tmp_path: Path, make: Callable[[], bytes]) -> Path:
    source = tmp_path / "kapot.wijkplan"
    source.write_bytes(make())
    return source


@pytest.mark.parametrize(("make", "expected"), [(make, expected) for _, make, expected in REFUSED],
                         ids=[name for name, _, _ in REFUSED])
def test_a_hostile_plan_file_is_refused_as_the_import_refuses_it(tmp_path: Path, make: Callable[[], bytes],
                                                                 expected: str) -> None:
    source = _refused_file(tmp_path, make)
    with pytest.raises(InvalidInputError) as caught:
        ReadingCopy.open(source)
    with pytest.raises(InvalidInputError) as imported:
        planfile.read_document(source)
    assert expected in str(caught.value) and str(caught.value) == str(imported.value)


@pytest.mark.parametrize("name", ["truncated.wijkplan", "latin1.wijkplan", "newer-version.wijkplan",
                                  "dangling-who.wijkplan", "not-a-plan.wijkplan"])
def test_broken_plan_files_are_refused(name: str) -> None:
    with pytest.raises(planfile.PlanFileError):
        ReadingCopy.open(PLAN_FIXTURES / name)


def test_the_copy_lives_in_memory_and_keeps_the_familys_earlier_advice_apart(family: Family, tmp_path: Path) -> None:
    family.services.advice.add_advice(family.plan_id, Actor(Role.PROFESSIONAL, "Sevda Koç"), "Eerder advies.")
    copy = ReadingCopy.open(family.send(tmp_path / "plan.wijkplan"))
    try:
        assert copy.title == TITLE and copy.given_here() == [] and not copy.unsaved
        engine = copy.services.plans._engine  # type: ignore[attr-defined]
        assert engine.url.database in (None, "", ":memory:")
        with pytest.raises(AdviceFileError):
            copy.save(tmp_path / "leeg.wijkadvies")  # nothing given here yet: nothing is written
        assert not (tmp_path / "leeg.wijkadvies").exists()
    finally:
        copy.close()


def test_saving_never_overwrites_a_plan_file_or_other_advice_and_adds_nothing_twice(
    family: Family, tmp_path: Path
) -> None:
    plan_file = family.send(tmp_path / "plan.wijkplan")
    before = plan_file.read_bytes()
    copy = ReadingCopy.open(plan_file)
    try:
        copy.services.advice.add_advice(copy.plan_id, PROFESSIONAL, "Een advies.", organisation="Samen Veilig")
        with pytest.raises(AdviceFileError):
            copy.save(plan_file)
        assert plan_file.read_bytes() == before

        other = Family(tmp_path / "ander gezin")
        try:
            other_file = other.send(tmp_path / "ander.wijkplan")
        finally:
            other.engine.dispose()
        theirs = tmp_path / "ander.wijkadvies"
        advicefile.add_to_file(other_file, theirs, advicefile.AdviceDraft("Sevda Koç", "Voor een ander gezin."))
        with pytest.raises(AdviceFileError, match="ander plan"):
            copy.save(theirs)

        # An advice file for this plan, made with the CLI's way: its item stays, this one is added, once.
        target = tmp_path / "advies.wijkadvies"
        advicefile.add_to_file(plan_file, target, advicefile.AdviceDraft("Sevda Koç", "Al eerder gegeven."))
        assert copy.save(target).items == 2
        assert copy.save(target).items == 2
        texts = [item["text"] for item in advicefile.read_document(target)["advice"]]
        assert texts == ["Al eerder gegeven.", "Een advies."]
    finally:
        copy.close()
