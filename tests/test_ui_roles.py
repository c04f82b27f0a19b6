"""Who is at the keyboard, on screen: switching takes the dialog, and anyone but the family only reads the plan."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from models import PlanType, Role
from tests import dbfile
from ui.common.session_role import SessionRole
from ui.together.role_dialog import RoleDialog
from ui.window.main_window import MainWindow
from wijkteam.errors import NotAllowedError
from wijkteam.services import FAMILY, Actor, Services

SUPPORTER = "Marieke Jänsen"


def _type_unicode(widget: QWidget, text: str) -> None:
    # keyClicks with non-ASCII text aborts the process inside Qt; one event per character works.
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def _open(window: MainWindow, services: Services, key: str = "hoofdvraag", text: str = "") -> tuple[int, int]:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    section = next(s for s in services.plans.get_plan(pid).sections if s.key == key)
    if text:
        services.plans.set_section_text(section.id, text, FAMILY)
    window.open_plan(pid)
    editor = window.editor_view
    editor.autosaver.timer.setInterval(20)
    editor.section_list.setCurrentIndex(editor.model.index(editor.model.row_of(section.id)))
    return pid, section.id


def _database(data_dir: Path) -> list[tuple[Any, ...]]:
    with closing(dbfile.connect(data_dir / "wijkteam.sqlite")) as con:
        rows: list[tuple[Any, ...]] = []
        for table in ("plan", "section", "participant", "goal", "agreement", "advice_response", "change"):
            rows += [(table, *row) for row in con.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()]
        return rows


def _last_change(data_dir: Path) -> tuple[str, str, str]:
    with closing(dbfile.connect(data_dir / "wijkteam.sqlite")) as con:
        return con.execute("SELECT actor_role, actor_name, summary FROM change ORDER BY id DESC").fetchone()


def test_the_app_starts_with_the_family_at_the_keyboard(window: MainWindow, services: Services) -> None:
    _open(window, services)
    bar = window.editor_view.top_bar.role_bar
    assert window.session_role.actor == FAMILY
    assert bar.isVisible() and bar.name_label.text() == "Gezin"
    assert bar.switch_button.text() == "Wiss&elen…"
    assert not window.editor_view.panel.text_edit.isReadOnly()
    assert not window.editor_view.panel.read_only_box.isVisible()
    assert window.samen_menu.title() == "Sa&men" and window.role_action in window.samen_menu.actions()


def test_switching_takes_the_dialog_and_a_name(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    _open(window, services)
    roles = window.editor_view.roles
    qtbot.mouseClick(window.editor_view.top_bar.role_bar.switch_button, Qt.MouseButton.LeftButton)
    dialog = roles.role_dialog
    assert isinstance(dialog, RoleDialog) and dialog.isVisible()
    assert dialog.chosen_role() == Role.GEZIN and dialog.switch_button.isEnabled()
    assert window.session_role.role == Role.GEZIN  # nothing changes before "Wisselen"

    dialog.role_buttons[Role.ONDERSTEUNER].click()
    assert "Als ondersteuner helpt u met het proces." in dialog.can_do_label.text()
    assert "die kunt u lezen, niet veranderen" in dialog.can_do_label.text()
    assert not dialog.switch_button.isEnabled()  # a peer supporter always gives a name
    assert not dialog.organisation_edit.isVisible()
    _type_unicode(dialog.name_edit, SUPPORTER)
    assert dialog.switch_button.isEnabled()
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.session_role.actor == Actor(Role.ONDERSTEUNER, SUPPORTER)
    assert window.editor_view.top_bar.role_bar.name_label.text() == f"{SUPPORTER} (ondersteuner)"


def test_cancelling_the_dialog_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    window.role_action.trigger()
    dialog = window.role_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.role_buttons[Role.PROFESSIONAL].click()
    assert dialog.organisation_edit.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Priya Ramdin")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.session_role.actor == FAMILY


def test_names_are_remembered_but_each_start_is_the_family(qtbot: QtBot, data_dir: Path) -> None:
    first = SessionRole()
    first.switch_to(Role.PROFESSIONAL, " Priya  Ramdin ", "Jeugdbescherming")
    assert first.actor == Actor(Role.PROFESSIONAL, "Priya Ramdin")
    assert first.describe() == "Priya Ramdin (professional, Jeugdbescherming)"
    first.switch_to(Role.GEZIN, "")
    assert first.actor == FAMILY and first.organisation == ""

    again = SessionRole()  # the next start of the app
    assert again.actor == FAMILY
    dialog = RoleDialog(again)
    qtbot.addWidget(dialog)
    dialog.role_buttons[Role.PROFESSIONAL].click()
    assert (dialog.name(), dialog.organisation()) == ("Priya Ramdin", "Jeugdbescherming")
    with pytest.raises(ValueError):
        again.switch_to(Role.ONDERSTEUNER, "   ")


def test_a_family_name_of_its_own_is_kept(qtbot: QtBot, data_dir: Path) -> None:
    role = SessionRole()
    role.switch_to(Role.GEZIN, "Sanne")
    assert role.describe() == "Sanne (gezin)"
    # Offered again the next time (the role dialog fills it in), never taken without asking: the laptop may serve
    # more than one family, and a name at the keyboard belongs to one plan.
    assert SessionRole.remembered_name(Role.GEZIN) == "Sanne"
    assert SessionRole().actor == FAMILY


def test_the_supporter_reads_but_cannot_change_the_text(
    qtbot: QtBot, window: MainWindow, services: Services, data_dir: Path
) -> None:
    _pid, section_id = _open(window, services, text="Hoe wordt het thuis weer fijn?")
    editor = window.editor_view
    text_edit = editor.panel.text_edit
    qtbot.keyClicks(text_edit, " Samen.")  # the family typed, and can undo it
    qtbot.waitUntil(lambda: not editor.autosaver.pending)
    with qtbot.waitSignal(window.session_role.changed):
        window.session_role.switch_to(Role.ONDERSTEUNER, SUPPORTER)
    before = _database(data_dir)

    assert text_edit.isReadOnly()
    assert editor.panel.read_only_box.isVisible()
    assert editor.panel.read_only_label.text() == (
        "U kijkt mee als ondersteuner. De tekst is van het gezin: u kunt hem lezen, niet veranderen.")
    text_edit.setFocus()
    qtbot.keyClicks(text_edit, "Anders")
    _type_unicode(text_edit, "ë")
    for keys in ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y"):  # the family's own steps stay theirs to undo
        QTest.keySequence(text_edit, keys)
        assert text_edit.toPlainText() == "Hoe wordt het thuis weer fijn? Samen.", keys
    assert editor.undo.stack.canUndo()
    assert not editor.autosaver.pending
    assert _database(data_dir) == before
    with pytest.raises(NotAllowedError):
        services.plans.set_section_text(section_id, "Anders", editor.actor)
    assert _database(data_dir) == before

    actions = editor.section_actions
    assert not any(a.isEnabled() for a in actions.structural_actions())
    assert not actions.undo_action.isEnabled() and not actions.redo_action.isEnabled()
    assert not any(b.isEnabled() for b in editor.section_buttons.ordered())
    assert not editor.panel.done_check.isEnabled()
    assert editor.top_bar.pdf_button.isEnabled()  # reading and printing stay open


def test_the_family_lists_are_read_only_too(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, _section = _open(window, services, key="afspraken")
    services.agreements.add_goal(pid, FAMILY, "Minder ruzie")
    window.open_plan(pid)
    editor = window.editor_view
    editor.section_list.setCurrentIndex(editor.model.index(editor.model.row_of(_section)))
    window.session_role.switch_to(Role.PROFESSIONAL, "Priya Ramdin")
    agreements = editor.panel.agreements_editor
    assert agreements.isVisible()
    agreements.table.selectRow(0)
    for button in (agreements.add_button, agreements.edit_button, agreements.remove_button,
                   agreements.status_button):
        assert not button.isEnabled()
    qtbot.keyClick(agreements.table, Qt.Key.Key_Return)
    assert agreements.dialog is None
    evaluation_row = next(i for i, s in enumerate(editor.model.sections()) if s.key == "evaluatie")
    editor.section_list.setCurrentIndex(editor.model.index(evaluation_row))
    follow_up = editor.panel.follow_up
    assert follow_up.evaluation_field.isVisible() and not follow_up.evaluation_field.isEnabled()
    assert follow_up.plan_b_edit.isReadOnly()

    people_row = next(i for i, s in enumerate(editor.model.sections()) if s.key == "deelnemers")
    editor.section_list.setCurrentIndex(editor.model.index(people_row))
    assert not editor.panel.people_editor.add_button.isEnabled()
    goals_row = next(i for i, s in enumerate(editor.model.sections()) if s.kind == "goals")
    editor.section_list.setCurrentIndex(editor.model.index(goals_row))
    goals = editor.panel.goals_editor
    goals.table.selectRow(0)
    assert not any(b.isEnabled() for b in (goals.add_button, goals.edit_button, goals.up_button, goals.down_button))

    window.session_role.switch_to(Role.GEZIN, "")
    assert goals.add_button.isEnabled() and goals.edit_button.isEnabled()
    assert not editor.panel.text_edit.isReadOnly() and editor.panel.done_check.isEnabled()
    assert not editor.panel.read_only_box.isVisible()


def test_waiting_text_is_saved_as_the_family_before_the_switch(
    qtbot: QtBot, window: MainWindow, services: Services, data_dir: Path
) -> None:
    _pid, section_id = _open(window, services)
    editor = window.editor_view
    editor.autosaver.timer.setInterval(60_000)  # the text is still waiting when the role changes
    qtbot.keyClicks(editor.panel.text_edit, "Wij willen rust")
    assert editor.autosaver.pending
    window.session_role.switch_to(Role.ONDERSTEUNER, SUPPORTER)
    assert services.plans.get_section(section_id).text == "Wij willen rust"
    assert _last_change(data_dir)[:2] == ("gezin", "Gezin")


def test_changes_carry_the_name_at_the_keyboard(
    qtbot: QtBot, window: MainWindow, services: Services, data_dir: Path
) -> None:
    _open(window, services)
    window.session_role.switch_to(Role.GEZIN, "Kemal")
    editor = window.editor_view
    qtbot.keyClicks(editor.panel.text_edit, "Rust thuis")
    qtbot.waitUntil(lambda: not editor.autosaver.pending)
    assert _last_change(data_dir)[:2] == ("gezin", "Kemal")
    editor.section_actions.skip_action.trigger()
    assert _last_change(data_dir)[:2] == ("gezin", "Kemal")


def test_a_plan_opened_after_the_switch_is_read_only_and_new_plans_wait(
    window: MainWindow, services: Services
) -> None:
    window.session_role.switch_to(Role.ONDERSTEUNER, SUPPORTER)  # through the menu, before any plan is open
    window.plan_menu.aboutToShow.emit()
    assert not window.new_family_action.isEnabled() and not window.deleted_action.isEnabled()
    window.new_family_action.trigger()
    assert window.start_view.isVisible()
    _open(window, services)
    editor = window.editor_view
    assert editor.panel.text_edit.isReadOnly() and editor.panel.read_only_box.isVisible()
    assert editor.top_bar.role_bar.name_label.text() == f"{SUPPORTER} (ondersteuner)"
    window.session_role.switch_to(Role.GEZIN, "")
    window.plan_menu.aboutToShow.emit()
    assert window.new_family_action.isEnabled()


def test_who_sat_at_the_keyboard_for_one_plan_is_not_carried_to_the_next(
    qtbot: QtBot, window: MainWindow, services: Services, data_dir: Path
) -> None:
    first, _ = _open(window, services)
    window.session_role.switch_to(Role.GEZIN, "Ria")  # Ria of the first family, at the keyboard in their plan
    assert window.editor_view.top_bar.role_bar.name_label.text() == "Ria (gezin)"
    window.show_start()
    window.open_plan(first)  # the same plan again: Ria is still there
    assert window.session_role.actor == Actor(Role.GEZIN, "Ria")
    window.show_start()

    second, _ = _open(window, services)  # another family's plan
    assert window.session_role.actor == FAMILY
    assert window.editor_view.top_bar.role_bar.name_label.text() == "Gezin"
    editor = window.editor_view
    _type_unicode(editor.panel.text_edit, "Wij willen rust.")
    qtbot.waitUntil(lambda: not editor.autosaver.pending)
    with closing(dbfile.connect(data_dir / "wijkteam.sqlite")) as con:
        names = {row[0] for row in con.execute("SELECT actor_name FROM change WHERE plan_id = ?", (second,))}
    assert "Ria" not in names and names, names  # what was typed in the second plan is on the family's record

    # A choice on the start screen is for the plan opened next, and only for that one.
    window.show_start()
    window.session_role.switch_to(Role.ONDERSTEUNER, SUPPORTER)
    window.open_plan(first)
    assert window.session_role.actor == Actor(Role.ONDERSTEUNER, SUPPORTER)
    assert window.editor_view.panel.text_edit.isReadOnly()
    window.show_start()
    window.open_plan(second)
    assert window.session_role.actor == FAMILY and not window.editor_view.panel.text_edit.isReadOnly()
