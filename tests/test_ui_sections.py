"""The family shapes its plan in the editor: rename, skip, move, add and remove parts, undo and redo, the Wmo hint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from models import PlanType
from ui.editor.editor_view import EditorView
from ui.editor.section_actions import TitleDialog
from ui.editor.section_list_model import STATE_TEXT_ROLE
from ui.window.main_window import MainWindow
from wijkteam.services import FAMILY, Services

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _open(qtbot: QtBot, window: MainWindow, services: Services, plan_type: PlanType = PlanType.FAMILIEGROEPSPLAN
          ) -> tuple[int, EditorView]:
    pid = services.plans.create_plan(plan_type, FAMILY)
    window.open_plan(pid)
    editor = window.editor_view
    editor.autosaver.timer.setInterval(20)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor.focus_text()
    return pid, editor


def _titles(editor: EditorView) -> list[str]:
    return [editor.model.index(r).data() for r in range(editor.model.rowCount())]


def _stored_titles(services: Services, pid: int) -> list[str]:
    return [s.title for s in services.plans.get_plan(pid).sections]


def _type(widget: QWidget, text: str) -> None:
    for ch in text:  # one event per character: keyClicks with non-ASCII text aborts Qt
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def _press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the keyboard focus is, as a person would press it."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifiers)


def _answer_title(qtbot: QtBot, editor: EditorView, title: str) -> None:
    dialog = editor.section_actions.title_dialog
    assert isinstance(dialog, TitleDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title_edit)
    assert dialog.title_edit.selectedText() == dialog.title_edit.text()  # typing replaces the old name
    _type(dialog.title_edit, title)
    _press(qtbot, Qt.Key.Key_Return)
    assert editor.section_actions.title_dialog is None
    _back_to(qtbot, editor.window())


def _back_to(qtbot: QtBot, window: QWidget) -> None:
    # A window manager gives the window its focus back when a dialog closes; the offscreen platform has none.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_f2_renames_the_open_part(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, editor = _open(qtbot, window, services)
    editor.section_list.setCurrentIndex(editor.model.index(1))
    editor.focus_text()
    _press(qtbot, Qt.Key.Key_F2)
    _answer_title(qtbot, editor, "Wat wij écht willen")
    assert _titles(editor)[1] == "Wat wij écht willen"
    assert editor.panel.title_label.text() == "Wat wij écht willen"
    assert _stored_titles(services, pid)[1] == "Wat wij écht willen"
    assert editor.section_list.currentIndex().row() == 1
    assert "Naam veranderen in 'Wat wij écht willen'" in editor.section_actions.undo_action.toolTip()


def test_an_empty_name_cannot_be_given(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, editor = _open(qtbot, window, services)
    _press(qtbot, Qt.Key.Key_F2)
    dialog = editor.section_actions.title_dialog
    assert dialog is not None
    dialog.title_edit.setText("   ")
    dialog.ok_button.click()  # not a silent button: one sentence says what is needed, and the dialog stays
    assert dialog.isVisible() and dialog.message_label.isVisible()
    assert dialog.message_label.text() == "Geef het deel een naam. Een paar woorden is genoeg."
    dialog.title_edit.setText("Wie deden")
    assert not dialog.message_label.isVisible()
    _press(qtbot, Qt.Key.Key_Escape)
    _back_to(qtbot, window)
    assert _stored_titles(services, pid)[0] == "Wie deden mee"
    assert not editor.undo.stack.canUndo()


def test_skip_and_use_again(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, editor = _open(qtbot, window, services)
    editor.section_list.setCurrentIndex(editor.model.index(5))
    editor.focus_text()
    _press(qtbot, Qt.Key.Key_O, CTRL_SHIFT)
    assert editor.model.index(5).data(STATE_TEXT_ROLE) == "⤼ overgeslagen"
    assert "overgeslagen" in editor.model.index(5).data(Qt.ItemDataRole.AccessibleTextRole)
    assert services.plans.get_plan(pid).sections[5].skipped
    assert editor.skipped_bar.isVisible()
    assert editor.section_buttons.buttons[editor.section_actions.skip_action].text() == "Toch gebruiken"
    assert editor.panel.text_edit.isEnabled()  # a skipped part can still be written in

    qtbot.mouseClick(editor.skipped_bar.button, Qt.MouseButton.LeftButton)
    assert not services.plans.get_plan(pid).sections[5].skipped
    assert editor.model.index(5).data(STATE_TEXT_ROLE) == "○ nog leeg"
    assert not editor.skipped_bar.isVisible()


def test_move_up_and_down_with_the_keyboard(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, editor = _open(qtbot, window, services)
    titles = _titles(editor)
    _press(qtbot, Qt.Key.Key_Down, CTRL_SHIFT)
    _press(qtbot, Qt.Key.Key_Down, CTRL_SHIFT)
    expected = [titles[1], titles[2], titles[0], *titles[3:]]
    assert _titles(editor) == expected
    assert _stored_titles(services, pid) == expected
    assert [s.position for s in services.plans.get_plan(pid).sections] == list(range(len(titles)))
    assert editor.section_list.currentIndex().row() == 2  # the moved part stays open
    assert editor.panel.title_label.text() == titles[0]
    assert QApplication.focusWidget() is editor.panel.text_edit  # writing can go on

    _press(qtbot, Qt.Key.Key_Up, CTRL_SHIFT)
    assert _titles(editor)[1] == titles[0]
    editor.section_list.setFocus()
    _press(qtbot, Qt.Key.Key_Up, CTRL_SHIFT)  # works from the list too
    assert _titles(editor) == titles
    assert not editor.section_actions.up_action.isEnabled()
    _press(qtbot, Qt.Key.Key_Up, CTRL_SHIFT)  # already first: nothing happens
    assert _titles(editor) == titles


def test_add_an_own_part_after_the_open_one(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, editor = _open(qtbot, window, services)
    count = editor.model.rowCount()
    editor.section_list.setCurrentIndex(editor.model.index(2))
    editor.focus_text()
    _press(qtbot, Qt.Key.Key_N, CTRL_SHIFT)
    _answer_title(qtbot, editor, "Onze hond Max")
    assert editor.model.rowCount() == count + 1
    assert _titles(editor)[3] == "Onze hond Max"
    assert editor.model.index(3).data(STATE_TEXT_ROLE) == "○ nog leeg · eigen deel"
    assert editor.section_list.currentIndex().row() == 3
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.panel.text_edit)
    qtbot.keyClicks(editor.panel.text_edit, "Max gaat mee naar oma.")
    own = services.plans.get_plan(pid).sections[3]
    assert own.custom and own.key == "eigen-1"
    qtbot.waitUntil(lambda: services.plans.get_section(own.id).text == "Max gaat mee naar oma.")


def test_remove_an_empty_own_part_after_asking(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, editor = _open(qtbot, window, services)
    count = editor.model.rowCount()
    remove_button = editor.section_buttons.buttons[editor.section_actions.remove_action]
    assert not remove_button.isEnabled()  # a part of the template can be skipped, not removed
    assert "overslaan" in remove_button.toolTip()
    services.plans.add_section(pid, "Later", FAMILY)
    editor.reload_sections(None)
    editor.section_list.setCurrentIndex(editor.model.index(count))
    assert remove_button.isEnabled()

    qtbot.mouseClick(remove_button, Qt.MouseButton.LeftButton)
    box = editor.section_actions.remove_box
    assert box is not None and box.isVisible()
    assert box.text() == "Wilt u het deel 'Later' weghalen?"
    box.reject()  # changed their mind
    assert editor.model.rowCount() == count + 1

    remove_button.click()
    box = editor.section_actions.remove_box
    assert box is not None
    qtbot.waitUntil(box.isActiveWindow)
    _press(qtbot, Qt.Key.Key_Return)  # "Weghalen" is the default: the part is empty, and undo brings it back
    _back_to(qtbot, window)
    assert editor.model.rowCount() == count
    assert len(services.plans.get_plan(pid).sections) == count
    assert editor.section_list.currentIndex().row() == count - 1

    _press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _titles(editor)[-1] == "Later"
    assert _stored_titles(services, pid)[-1] == "Later"


def test_an_own_part_with_text_is_not_removed(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, editor = _open(qtbot, window, services)
    own = services.plans.add_section(pid, "Vol", FAMILY)
    editor.reload_sections(own)
    qtbot.keyClicks(editor.panel.text_edit, "Hier staat iets")
    editor.section_actions.remove_action.trigger()
    assert editor.section_actions.remove_box is None
    assert "Dit deel kan pas weg als het leeg is." in editor.panel.status_label.text()
    assert services.plans.get_section(own).text == "Hier staat iets"  # and it was saved first


def test_the_list_menu_holds_every_action(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    _pid, editor = _open(qtbot, window, services)
    editor.section_list.setFocus()
    # The menu key on the keyboard asks for the menu just like a right click.
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(10, 10),
                              editor.section_list.viewport().mapToGlobal(QPoint(10, 10)))
    QApplication.sendEvent(editor.section_list.viewport(), event)
    menu = editor.section_actions.context_menu
    assert menu is not None
    words = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert words == ["Naam veranderen…", "Overslaan", "Omhoog", "Omlaag", "Eigen deel toevoegen…", "Weghalen…",
                     "Ongedaan maken", "Opnieuw"]
    menu.close()


# -------------------------------------------------------------- undo, redo


def test_undo_and_redo_go_through_typing_renaming_and_moving_in_order(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    pid, editor = _open(qtbot, window, services)
    titles = _titles(editor)
    text_edit = editor.panel.text_edit
    qtbot.keyClicks(text_edit, "Mama en oma")  # 1. typing in the first part
    _press(qtbot, Qt.Key.Key_F2)  # 2. renaming it
    _answer_title(qtbot, editor, "Wie er waren")
    _press(qtbot, Qt.Key.Key_Down, CTRL_SHIFT)  # 3. moving it down
    _press(qtbot, Qt.Key.Key_PageUp, CTRL)  # to the part that is now first
    _type(text_edit, "Hoe wordt het fijn?")  # 4. typing there
    qtbot.waitUntil(lambda: services.plans.get_plan(pid).sections[0].text == "Hoe wordt het fijn?")
    assert _stored_titles(services, pid)[:2] == [titles[1], "Wie er waren"]

    _press(qtbot, Qt.Key.Key_Z, CTRL)  # undo 4
    assert text_edit.toPlainText() == ""
    assert editor.panel.title_label.text() == titles[1]
    assert editor.panel.status_label.text() == f"Ongedaan gemaakt: Typen in '{titles[1]}'"
    qtbot.waitUntil(lambda: services.plans.get_plan(pid).sections[0].text == "")

    _press(qtbot, Qt.Key.Key_Z, CTRL)  # undo 3: the part moves back, and is opened
    assert _titles(editor)[:2] == ["Wie er waren", titles[1]]
    assert editor.section_list.currentIndex().row() == 0

    _press(qtbot, Qt.Key.Key_Z, CTRL)  # undo 2
    assert _titles(editor)[0] == titles[0]
    assert _stored_titles(services, pid) == titles
    assert text_edit.toPlainText() == "Mama en oma"

    _press(qtbot, Qt.Key.Key_Z, CTRL)  # undo 1
    assert text_edit.toPlainText() == ""
    qtbot.waitUntil(lambda: services.plans.get_plan(pid).sections[0].text == "")
    assert not editor.section_actions.undo_action.isEnabled()

    _press(qtbot, Qt.Key.Key_Z, CTRL_SHIFT)  # redo 1
    assert text_edit.toPlainText() == "Mama en oma"
    _press(qtbot, Qt.Key.Key_Y, CTRL)  # redo 2 (Ctrl+Y works too)
    assert _stored_titles(services, pid)[0] == "Wie er waren"
    assert editor.panel.title_label.text() == "Wie er waren"
    assert editor.section_actions.redo_action.toolTip().startswith(f"Opnieuw: '{'Wie er waren'}' omlaag")
    qtbot.waitUntil(lambda: services.plans.get_plan(pid).sections[0].text == "Mama en oma")


def test_undo_buttons_and_done_toggle(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, editor = _open(qtbot, window, services)
    undo_button = editor.top_bar.undo_button
    assert undo_button is not None and not undo_button.isEnabled()
    _press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # "Dit deel is &klaar"
    qtbot.waitUntil(lambda: services.plans.get_plan(pid).sections[0].done)  # a mnemonic clicks after a short flash
    assert undo_button.isEnabled()
    assert "klaar" in undo_button.toolTip()
    qtbot.mouseClick(undo_button, Qt.MouseButton.LeftButton)
    assert not services.plans.get_plan(pid).sections[0].done
    assert not editor.panel.done_check.isChecked()
    assert editor.top_bar.redo_button is not None
    editor.top_bar.redo_button.click()
    assert editor.panel.done_check.isChecked()


def test_undo_of_adding_after_typing_and_redo_again(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, editor = _open(qtbot, window, services)
    count = editor.model.rowCount()
    _press(qtbot, Qt.Key.Key_N, CTRL_SHIFT)
    _answer_title(qtbot, editor, "Vakantie")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.panel.text_edit)
    qtbot.keyClicks(editor.panel.text_edit, "Naar zee")
    _press(qtbot, Qt.Key.Key_Z, CTRL)  # the typing
    _press(qtbot, Qt.Key.Key_Z, CTRL)  # the part itself: it is empty again, so it can go
    assert editor.model.rowCount() == count
    assert len(services.plans.get_plan(pid).sections) == count
    _press(qtbot, Qt.Key.Key_Z, CTRL_SHIFT)  # back again, with a new id
    _press(qtbot, Qt.Key.Key_Z, CTRL_SHIFT)  # and its text too
    assert _titles(editor)[1] == "Vakantie"
    assert editor.panel.text_edit.toPlainText() == "Naar zee"
    qtbot.waitUntil(lambda: services.plans.get_plan(pid).sections[1].text == "Naar zee")


def test_a_refused_undo_says_why_and_leaves_the_history(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, editor = _open(qtbot, window, services)
    _press(qtbot, Qt.Key.Key_O, CTRL_SHIFT)
    services.plans.delete_plan(pid, FAMILY)
    _press(qtbot, Qt.Key.Key_Z, CTRL)
    assert f"Er is geen plan met nummer {pid}." in editor.panel.status_label.text()
    assert not editor.undo.stack.canUndo()


def test_a_new_plan_starts_with_an_empty_history(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    _pid, editor = _open(qtbot, window, services)
    qtbot.keyClicks(editor.panel.text_edit, "Iets")
    assert editor.undo.stack.canUndo()
    _open(qtbot, window, services)
    assert not editor.undo.stack.canUndo()
    _press(qtbot, Qt.Key.Key_Z, CTRL)
    assert editor.panel.text_edit.toPlainText() == ""


# --------------------------------------------------------------------- wmo


def test_wmo_hint_follows_what_the_family_writes(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, editor = _open(qtbot, window, services, PlanType.PERSOONLIJK_PLAN)
    hint = editor.wmo_hint
    assert hint.isVisible()
    assert "niet verplicht" in hint.intro.text()
    lines = hint.lines()
    assert len(lines) == 7 and all(line.startswith("○") for line in lines)
    assert lines[0] == "○ a · wat ik nodig heb en wat ik belangrijk vind"

    situatie = next(r for r in range(editor.model.rowCount()) if editor.model.section_at(r).key == "situatie")
    editor.section_list.setCurrentIndex(editor.model.index(situatie))
    _type(editor.panel.text_edit, "Ik kan niet meer fietsen naar de markt.")
    qtbot.waitUntil(lambda: hint.lines()[0].startswith("✓"))
    assert all(line.startswith("○") for line in hint.lines()[1:])

    _press(qtbot, Qt.Key.Key_O, CTRL_SHIFT)  # skipped: no longer in the plan that is handed in
    assert hint.lines()[0].startswith("○")
    assert editor.top_bar.pdf_button.isEnabled()  # a hint, never a block
    _press(qtbot, Qt.Key.Key_Z, CTRL)
    assert hint.lines()[0].startswith("✓")
    assert services.plans.get_plan(pid).sections[situatie].text == "Ik kan niet meer fietsen naar de markt."


def test_no_wmo_hint_for_a_familiegroepsplan(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    _pid, editor = _open(qtbot, window, services)
    assert not editor.wmo_hint.isVisible()


@pytest.mark.parametrize("plan_type", list(PlanType))
def test_own_parts_show_in_the_list_after_reopening(
    qtbot: QtBot, window: MainWindow, services: Services, plan_type: PlanType
) -> None:
    pid, editor = _open(qtbot, window, services, plan_type)
    _press(qtbot, Qt.Key.Key_N, CTRL_SHIFT)
    _answer_title(qtbot, editor, "Eigen stuk")
    window.show_start()
    window.open_plan(pid)
    assert _titles(window.editor_view)[1] == "Eigen stuk"


def test_the_text_menu_undoes_through_the_plans_history(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    _pid, editor = _open(qtbot, window, services)
    qtbot.keyClicks(editor.panel.text_edit, "Eerst")
    _press(qtbot, Qt.Key.Key_O, CTRL_SHIFT)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(20, 20),
                              editor.panel.text_edit.mapToGlobal(QPoint(20, 20)))
    QApplication.sendEvent(editor.panel.text_edit.viewport(), event)
    menu = next(m for m in editor.panel.text_edit.findChildren(QMenu) if m.isVisible())
    undo = next(a for a in menu.actions() if a.text().replace("&", "") == "Ongedaan maken")
    assert undo is editor.section_actions.undo_action  # not the field's own undo, which would lose count
    undo.trigger()  # the last step was skipping, so that is what comes back first
    assert not editor.model.section_at(0).skipped
    assert editor.panel.text_edit.toPlainText() == "Eerst"
    menu.close()


def test_enter_in_the_list_goes_to_the_text(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    _pid, editor = _open(qtbot, window, services)
    editor.section_list.setFocus()
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Return)
    assert editor.panel.title_label.text() == editor.model.section_at(1).title
    assert QApplication.focusWidget() is editor.panel.text_edit
