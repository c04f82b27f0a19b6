"""Saving a plan file from the window: only the family is asked about its own notes, and the file follows the person
really at the keyboard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from models import PlanType, Role
from ui.window.main_window import MainWindow
from wijkteam.services import FAMILY, Services
from wijkteam.services.private_notes import MSG_ONLY_FAMILY_TAKES_NOTES

NOTE = "Alleen voor ons: we waren boos op oom Dennis."
SHARED = "Dit mag iedereen lezen: oma helpt op maandag."


def _plan_with_notes(services: Services) -> int:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Thuis weer rustig",
                                     family_name="Familie Yılmaz")
    services.plans.add_private_note(pid, FAMILY, NOTE)
    services.plans.add_private_note(pid, FAMILY, SHARED, include=True)
    return pid


def _finish(qtbot: QtBot, window: MainWindow) -> None:
    """The plan file is written off the screen's thread: wait until the work has reported back."""
    qtbot.waitUntil(lambda: not window.plan_files.background.busy, timeout=10_000)


def _answer_save(window: MainWindow, path: Path) -> list[Path]:
    suggested: list[Path] = []

    def ask(proposal: Path) -> Path | None:
        suggested.append(proposal)
        return path

    window.plan_files._ask_save_path = ask  # type: ignore[method-assign]
    return suggested


@pytest.mark.parametrize("role", [Role.ONDERSTEUNER, Role.PROFESSIONAL])
def test_another_role_is_never_asked_and_saves_without_the_family_s_notes(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path, role: Role
) -> None:
    _plan_with_notes(services)
    window.session_role.switch_to(role, "Marieke Jansen")
    window.show_start()
    suggested = _answer_save(window, tmp_path / "plan.wijkplan")
    qtbot.mouseClick(window.start_view.plans.save_button, Qt.MouseButton.LeftButton)
    _finish(qtbot, window)

    assert window.plan_files.question_dialog is None  # no choice to make: the notes are not theirs
    assert suggested and suggested[0].name == "Thuis weer rustig.wijkplan"
    content = (tmp_path / "plan.wijkplan").read_text(encoding="utf-8")
    assert NOTE not in content
    assert [n["text"] for n in json.loads(content)["plan"]["private_notes"]] == [SHARED]  # shared: part of the plan
    box = window.plan_files.done_box
    assert box is not None and box.isVisible()
    assert "De eigen notities van het gezin zitten er niet in." in box.informativeText()


def test_a_role_that_changed_after_the_question_cannot_take_the_notes(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    _plan_with_notes(services)
    window.show_start()
    _answer_save(window, tmp_path / "plan.wijkplan")
    window.save_file_action.trigger()
    dialog = window.plan_files.question_dialog
    assert dialog is not None and dialog.isVisible()
    assert any("In dit plan staat 1 eigen notitie." in label.text() for label in dialog.findChildren(QLabel))
    dialog.private_check.setChecked(True)
    # The window asks who is at the keyboard at the moment of writing, and the service checks that role itself.
    window.session_role.switch_to(Role.PROFESSIONAL, "Joost van Dam")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    _finish(qtbot, window)

    box = window.findChild(QMessageBox, "messageBox")
    assert box is not None and box.isVisible() and box.text() == MSG_ONLY_FAMILY_TAKES_NOTES
    assert not (tmp_path / "plan.wijkplan").exists()


def test_the_family_is_asked_only_about_the_notes_it_keeps_to_itself(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    pid = _plan_with_notes(services)
    window.show_start()
    _answer_save(window, tmp_path / "plan.wijkplan")
    window.save_file_action.trigger()
    dialog = window.plan_files.question_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.private_check.isChecked()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    _finish(qtbot, window)
    assert NOTE not in (tmp_path / "plan.wijkplan").read_text(encoding="utf-8")

    for note in services.private_notes.list_notes(pid, FAMILY):
        services.private_notes.set_include(note.id, True, FAMILY)
    _answer_save(window, tmp_path / "alles-gedeeld.wijkplan")
    window.save_file_action.trigger()
    _finish(qtbot, window)
    assert window.plan_files.question_dialog is None  # every note is shared already: nothing to ask
    assert NOTE in (tmp_path / "alles-gedeeld.wijkplan").read_text(encoding="utf-8")
