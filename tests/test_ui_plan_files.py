"""Plan files from the window: open one as a new plan, save one, and private notes only when the family says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from models import PlanType
from ui.start.plan_file_dialogs import PrivateNotesDialog, default_plan_file_name
from ui.window.main_window import MainWindow
from wijkteam import planfile
from wijkteam.services import FAMILY, Services

FIXTURES = Path(__file__).parent / "fixtures" / "planfiles"
NOTE = "Alleen voor ons: we waren boos op oom Dennis."


def _message(window: MainWindow) -> QMessageBox:
    box = window.findChild(QMessageBox, "messageBox")
    assert box is not None and box.isVisible()
    return box


def _finish(qtbot: QtBot, window: MainWindow) -> None:
    """Plan files are read and written off the screen's thread: wait until the work has reported back."""
    qtbot.waitUntil(lambda: not window.plan_files.background.busy, timeout=10_000)


def _answer_open(window: MainWindow, path: Path | None) -> list[Path]:
    asked: list[Path] = []

    def ask(folder: Path) -> Path | None:
        asked.append(folder)
        return path

    window.plan_files._ask_open_path = ask  # type: ignore[method-assign]
    return asked


def _answer_save(window: MainWindow, path: Path | None) -> list[Path]:
    suggested: list[Path] = []

    def ask(proposal: Path) -> Path | None:
        suggested.append(proposal)
        return path

    window.plan_files._ask_save_path = ask  # type: ignore[method-assign]
    return suggested


def test_opening_a_plan_file_adds_the_plan_and_opens_it(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    asked = _answer_open(window, FIXTURES / "minimal.wijkplan")
    qtbot.mouseClick(window.start_view.plans.import_button, Qt.MouseButton.LeftButton)
    _finish(qtbot, window)
    assert len(asked) == 1
    (plan,) = services.plans.list_plans()
    assert plan.title == "Weer zelf naar de markt"
    assert window.stack.currentWidget() is window.editor_view
    assert window.editor_view.plan_id == plan.id
    assert window.editor_view.top_bar.title_label.text() == "Weer zelf naar de markt"

    window.show_start()
    assert window.start_view.current_plan_id() == plan.id


def test_a_refused_plan_file_says_why_and_changes_nothing(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    _answer_open(window, FIXTURES / "not-a-plan.wijkplan")
    window.open_file_action.trigger()
    _finish(qtbot, window)
    assert _message(window).text() == planfile.MSG_NOT_PLAN_FILE
    assert services.plans.list_plans() == []
    assert window.stack.currentWidget() is window.start_view


def test_cancelling_the_file_dialog_does_nothing(window: MainWindow, services: Services) -> None:
    _answer_open(window, None)
    window.open_file_action.trigger()
    assert services.plans.list_plans() == []
    assert window.findChild(QMessageBox, "messageBox") is None


def _plan_with_note(services: Services) -> int:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Thuis weer rustig",
                                     family_name="Familie Yılmaz")
    services.plans.add_private_note(pid, FAMILY, NOTE)
    return pid


def _question(window: MainWindow) -> PrivateNotesDialog:
    dialog = window.plan_files.question_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


@pytest.mark.parametrize("with_notes", [False, True])
def test_saving_asks_about_private_notes_and_leaves_them_out_by_default(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path, with_notes: bool
) -> None:
    pid = _plan_with_note(services)
    window.show_start()
    suggested = _answer_save(window, tmp_path / "ons-plan")  # without the suffix: the app adds it
    qtbot.mouseClick(window.start_view.plans.save_button, Qt.MouseButton.LeftButton)

    dialog = _question(window)
    assert dialog.windowTitle() == "Opslaan als planbestand"
    assert not dialog.private_check.isChecked()  # no, unless the family ticks it
    assert suggested == []  # the file dialog comes after the question
    if with_notes:
        qtbot.keyClick(dialog.private_check, Qt.Key.Key_Space)
        assert dialog.private_check.isChecked()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    _finish(qtbot, window)

    assert suggested and suggested[0].name == "Thuis weer rustig.wijkplan"
    written = tmp_path / "ons-plan.wijkplan"
    content = written.read_text(encoding="utf-8")
    assert (NOTE in content) is with_notes
    assert ("private_notes" in json.loads(content)["plan"]) is with_notes
    box = window.plan_files.done_box
    assert box is not None and box.isVisible()
    assert box.text() == "Het plan is bewaard als planbestand."
    assert f"Map: {tmp_path}" in box.informativeText()
    assert "Naam: ons-plan.wijkplan" in box.informativeText()
    notes_line = "Uw eigen notities zitten erin." if with_notes else "Uw eigen notities zitten er niet in."
    assert notes_line in box.informativeText()
    assert services.planfiles.import_plan(written) != pid  # the file is a whole plan again


def test_the_question_names_the_plan_and_warns_plainly(qtbot: QtBot) -> None:
    dialog = PrivateNotesDialog("Thuis weer rustig", 2)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Eigen notities meenemen?" in texts
    assert "Alleen doen als u dat zelf wilt. Iedereen die het bestand krijgt, kan ze lezen." in texts
    assert any("In dit plan staan 2 eigen notities." in text for text in texts)
    assert dialog.next_button.isDefault()
    assert not dialog.with_private()


def test_cancelling_the_question_writes_nothing(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    _plan_with_note(services)
    window.show_start()
    suggested = _answer_save(window, tmp_path / "plan.wijkplan")
    window.save_file_action.trigger()
    _question(window).reject()
    assert suggested == [] and not (tmp_path / "plan.wijkplan").exists()


def test_a_plan_without_private_notes_is_saved_without_the_question(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY, title="Mijn plan")
    window.show_start()
    _answer_save(window, tmp_path / "mijn.wijkplan")
    window.save_file_action.trigger()
    _finish(qtbot, window)
    assert window.plan_files.question_dialog is None
    assert (tmp_path / "mijn.wijkplan").is_file()


def test_a_file_that_cannot_be_written_gives_its_sentence(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY, title="Mijn plan")
    window.show_start()
    missing = tmp_path / "bestaat-niet"
    _answer_save(window, missing / "plan.wijkplan")
    window.save_file_action.trigger()
    _finish(qtbot, window)
    assert _message(window).text() == f"Het planbestand kan niet worden bewaard, want de map bestaat niet: {missing}."
    assert not missing.exists()


def test_the_menu_saves_the_plan_open_in_the_editor_with_its_newest_text(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="In de editor")
    window.open_plan(pid)
    qtbot.keyClicks(window.editor_view.panel.text_edit, "Oma, opa en de buren")  # still waiting to be saved
    _answer_save(window, tmp_path / "editor.wijkplan")
    window.plan_menu.aboutToShow.emit()
    assert window.save_file_action.isEnabled()
    window.save_file_action.trigger()
    _finish(qtbot, window)
    content = (tmp_path / "editor.wijkplan").read_text(encoding="utf-8")
    assert "Oma, opa en de buren" in content
    assert window.stack.currentWidget() is window.editor_view


def test_opening_a_file_from_the_editor_leaves_the_open_plan_first(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Eerst open")
    window.open_plan(pid)
    _answer_open(window, FIXTURES / "minimal.wijkplan")
    window.open_file_action.trigger()
    _finish(qtbot, window)
    assert window.editor_view.top_bar.title_label.text() == "Weer zelf naar de markt"
    assert len(services.plans.list_plans()) == 2


def test_menu_has_plain_dutch_entries_and_shortcuts(window: MainWindow) -> None:
    texts = [action.text().replace("&", "") for action in window.plan_menu.actions() if not action.isSeparator()]
    assert texts == ["Nieuw familiegroepsplan…", "Nieuw persoonlijk plan…", "Planbestand openen…",
                     "Opslaan als planbestand…", "Kopie zonder namen…", "Weggehaalde plannen…", "Over dit plan…",
                     "Afsluiten"]
    assert window.open_file_action.shortcut().toString() == "Ctrl+O"
    window.plan_menu.aboutToShow.emit()
    assert not window.save_file_action.isEnabled()  # no plan yet: nothing to save
    window.plan_menu.aboutToHide.emit()
    window.save_file_action.trigger()  # the shortcut still answers, in words
    assert _message(window).text() == "Kies eerst een plan in de lijst. Daarna kunt u het opslaan als planbestand."


def test_file_names_come_from_the_title() -> None:
    assert default_plan_file_name('Plan: "Jesse" / 2025?') == "Plan Jesse 2025.wijkplan"
    assert default_plan_file_name("  ") == "Ons plan.wijkplan"
