"""Writing in the editor: saving as the family types, moving between parts, and errors as sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from models import PlanType, SectionState
from tests import dbfile
from ui.editor.section_list_model import STATE_ROLE, STATE_TEXT_ROLE
from ui.window.main_window import MainWindow
from wijkteam.db import open_database
from wijkteam.errors import UserError
from wijkteam.services import FAMILY, Services


def _open_new_plan(window: MainWindow, services: Services, *, real_pause: bool = False) -> int:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    window.open_plan(pid)
    if not real_pause:
        window.editor_view.autosaver.timer.setInterval(20)  # the real pause is tested once; the rest need not wait
    return pid


def _type_unicode(widget: QWidget, text: str) -> None:
    # keyClicks with non-ASCII text aborts the process inside Qt; one event per character works.
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def _stored(services: Services, pid: int, index: int) -> str:
    return services.plans.get_plan(pid).sections[index].text


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_typing_is_saved_after_a_pause(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid = _open_new_plan(window, services, real_pause=True)
    assert window.editor_view.autosaver.timer.interval() == 600
    editor = window.editor_view
    text_edit = editor.panel.text_edit
    qtbot.keyClicks(text_edit, "Hallo oma")
    assert editor.panel.status_label.text() == "Bezig met bewaren…"
    assert _stored(services, pid, 0) == ""  # not yet: the save waits for a pause
    _type_unicode(text_edit, " ë ğ ł")
    qtbot.waitUntil(lambda: _stored(services, pid, 0) == "Hallo oma ë ğ ł")
    qtbot.waitUntil(lambda: editor.panel.status_label.text() == "✓ Bewaard")  # the writer's answer came back
    assert text_edit.toPlainText() == "Hallo oma ë ğ ł"
    assert editor.model.index(0).data(STATE_TEXT_ROLE) == "◐ begonnen"


def test_switching_part_saves_at_once(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid = _open_new_plan(window, services, real_pause=True)
    editor = window.editor_view
    qtbot.keyClicks(editor.panel.text_edit, "Mama, papa en oma")
    assert editor.autosaver.timer.isActive()
    editor.section_list.setCurrentIndex(editor.model.index(3))
    # No waiting for a pause: the switch hands the text to the writer at once, and the window goes on.
    assert not editor.autosaver.timer.isActive() and not editor.autosaver.max_timer.isActive()
    qtbot.waitUntil(lambda: _stored(services, pid, 0) == "Mama, papa en oma")
    assert editor.panel.title_label.text() == services.plans.get_plan(pid).sections[3].title
    assert editor.panel.text_edit.toPlainText() == ""

    editor.section_list.setCurrentIndex(editor.model.index(0))
    assert editor.panel.text_edit.toPlainText() == "Mama, papa en oma"


def test_text_is_there_again_after_closing_and_reopening(
    qtbot: QtBot, window: MainWindow, services: Services, data_dir: Path
) -> None:
    pid = _open_new_plan(window, services, real_pause=True)
    editor = window.editor_view
    editor.section_list.setCurrentIndex(editor.model.index(1))
    qtbot.keyClicks(editor.panel.text_edit, "Hoe zorgen we dat het thuis weer fijn wordt?")
    assert _stored(services, pid, 1) == ""
    window.close()  # before the pause is over: closing saves
    assert _stored(services, pid, 1) == "Hoe zorgen we dat het thuis weer fijn wordt?"

    database = data_dir / "wijkteam.sqlite"
    engine = open_database(database, data_dir / "backups", dbfile.key_for(database))
    try:
        fresh = Services.for_engine(engine)
        again = MainWindow(fresh)
        qtbot.addWidget(again)
        again.show()
        again.open_plan(pid)
        again.editor_view.section_list.setCurrentIndex(again.editor_view.model.index(1))
        assert again.editor_view.panel.text_edit.toPlainText() == "Hoe zorgen we dat het thuis weer fijn wordt?"
        again.close()
    finally:
        engine.dispose()


def test_state_goes_from_empty_to_begun_to_done(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid = _open_new_plan(window, services)
    editor = window.editor_view
    index = editor.model.index(0)
    assert index.data(STATE_ROLE) == SectionState.LEEG
    assert index.data(STATE_TEXT_ROLE) == "○ nog leeg"
    qtbot.keyClicks(editor.panel.text_edit, "Wij")
    qtbot.waitUntil(lambda: editor.model.index(0).data(STATE_ROLE) == SectionState.BEGONNEN)
    assert editor.model.index(0).data(STATE_TEXT_ROLE) == "◐ begonnen"

    qtbot.mouseClick(editor.panel.done_check, Qt.MouseButton.LeftButton)
    assert editor.panel.done_check.isChecked()
    assert editor.model.index(0).data(STATE_TEXT_ROLE) == "✓ klaar"
    assert services.plans.get_plan(pid).sections[0].state == SectionState.KLAAR

    editor.section_list.setCurrentIndex(editor.model.index(1))
    assert not editor.panel.done_check.isChecked()
    editor.section_list.setCurrentIndex(editor.model.index(0))
    assert editor.panel.done_check.isChecked()


def test_keyboard_moves_between_parts_and_goes_back(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid = _open_new_plan(window, services)
    titles = [s.title for s in services.plans.get_plan(pid).sections]
    editor = window.editor_view
    _activate(qtbot, window)
    text_edit = editor.panel.text_edit
    text_edit.setFocus()
    qtbot.keyClicks(text_edit, "Eerste deel")

    qtbot.keyClick(text_edit, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.panel.title_label.text() == titles[1]
    qtbot.waitUntil(lambda: _stored(services, pid, 0) == "Eerste deel")  # handed to the writer on the way
    assert text_edit.hasFocus()  # the family keeps writing in the next part
    qtbot.keyClick(text_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.panel.title_label.text() == titles[2]
    qtbot.keyClick(text_edit, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(text_edit, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.panel.title_label.text() == titles[0]
    qtbot.keyClick(text_edit, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already first: stays
    assert editor.panel.title_label.text() == titles[0]

    assert not editor.panel.help_box.isVisible()
    qtbot.keyClick(text_edit, Qt.Key.Key_F1)
    assert editor.panel.help_box.isVisible()
    assert editor.panel.help_box.help_label.text() == services.plans.get_plan(pid).sections[0].help
    qtbot.keyClick(text_edit, Qt.Key.Key_F1)
    assert not editor.panel.help_box.isVisible()

    qtbot.keyClick(text_edit, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.start_view
    window.open_plan(pid)
    _activate(qtbot, window)
    qtbot.keyClick(editor.panel.text_edit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.start_view


def test_tab_reaches_the_list_and_the_text(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    _open_new_plan(window, services)
    editor = window.editor_view
    _activate(qtbot, window)
    editor.top_bar.advice_button.setFocus()  # the last of the top bar
    buttons = [b for b in editor.section_buttons.ordered() if b.isEnabled()]  # the list's own buttons follow it
    seen: list[QWidget | None] = []
    for _ in range(len(buttons) + 5):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    assert seen[: len(buttons) + 4] == [
        editor.section_list, *buttons, editor.panel.help_button, editor.read_aloud.read_button, editor.panel.text_edit
    ]
    assert seen[-1] is not editor.panel.text_edit  # Tab leaves the text instead of typing a tab
    assert editor.panel.text_edit.toPlainText() == ""


def test_undo_survives_autosave(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid = _open_new_plan(window, services)
    text_edit = window.editor_view.panel.text_edit
    qtbot.keyClicks(text_edit, "Een")
    qtbot.waitUntil(lambda: _stored(services, pid, 0) == "Een")
    qtbot.keyClicks(text_edit, " twee")
    qtbot.waitUntil(lambda: _stored(services, pid, 0) == "Een twee")
    assert text_edit.document().isUndoAvailable()
    qtbot.keyClick(text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert text_edit.toPlainText() != "Een twee"
    qtbot.waitUntil(lambda: _stored(services, pid, 0) == text_edit.toPlainText())


def test_a_refused_save_shows_its_sentence_and_keeps_the_text(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = _open_new_plan(window, services)
    editor = window.editor_view
    message = "Uw plannen kunnen niet worden bewaard, want de schijf is vol."

    def refuse(section_id: int, text: str, actor: object) -> None:
        raise UserError(message)

    monkeypatch.setattr(services.plans, "set_section_text", refuse)
    qtbot.keyClicks(editor.panel.text_edit, "Belangrijke tekst")
    qtbot.waitUntil(lambda: message in editor.panel.status_label.text())
    assert editor.panel.status_label.isVisible()
    assert editor.panel.text_edit.toPlainText() == "Belangrijke tekst"
    assert _stored(services, pid, 0) == ""

    # Leaving is refused unless the family agrees to lose the text.
    editor._confirm_leave_unsaved = lambda: False
    editor.top_bar.back_button.click()
    assert window.stack.currentWidget() is editor
    monkeypatch.undo()
    editor.top_bar.back_button.click()  # saving works again: the text is stored on the way out
    assert window.stack.currentWidget() is window.start_view
    assert _stored(services, pid, 0) == "Belangrijke tekst"


def test_a_plan_deleted_underneath_gives_a_sentence(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid = _open_new_plan(window, services)
    editor = window.editor_view
    services.plans.delete_plan(pid, FAMILY)
    qtbot.keyClicks(editor.panel.text_edit, "Nog iets")
    qtbot.waitUntil(lambda: f"Er is geen plan met nummer {pid}." in editor.panel.status_label.text())
    assert editor.panel.text_edit.toPlainText() == "Nog iets"

    qtbot.mouseClick(editor.panel.done_check, Qt.MouseButton.LeftButton)
    assert not editor.panel.done_check.isChecked()  # the tick did not stick, and it says why
    assert "Er is geen plan" in editor.panel.status_label.text()

    editor._confirm_leave_unsaved = lambda: False
    window.close()
    assert window.isVisible()  # closing waits for the family's answer
    editor._confirm_leave_unsaved = lambda: True
    window.close()
    assert not window.isVisible()


def test_arabic_text_runs_right_to_left(window: MainWindow, services: Services) -> None:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    section = services.plans.get_plan(pid).sections[0]
    text = "مرحبا، نحن عائلة من خمسة أشخاص.\nHet tweede stuk is Nederlands."
    services.plans.set_section_text(section.id, text, FAMILY)
    window.open_plan(pid)
    document = window.editor_view.panel.text_edit.document()
    first, second = document.firstBlock(), document.firstBlock().next()
    assert first.textDirection() == Qt.LayoutDirection.RightToLeft
    assert second.textDirection() == Qt.LayoutDirection.LeftToRight
    # Right-aligned on screen: the first line starts far from the left edge.
    line = first.layout().lineAt(0)
    assert line.naturalTextRect().left() > document.textWidth() / 3


def test_window_size_and_help_choice_are_remembered(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    # The tests' own screen is 800x800, and Qt keeps restored windows on the screen: stay within it.
    window.resize(760, 650)
    _open_new_plan(window, services)
    window.editor_view.splitter.setSizes([400, 500])
    sizes = window.editor_view.splitter.sizes()
    window.editor_view.panel.help_button.setChecked(True)
    window.close()
    again = MainWindow(services)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (760, 650)
    assert again.editor_view.panel.help_button.isChecked()
    again.resize(760, 650)
    again.open_plan(services.plans.list_plans()[0].id)
    again.show()
    assert again.editor_view.splitter.sizes() == sizes
    again.close()


def test_bring_to_front_shows_the_window(window: MainWindow) -> None:
    window.showMinimized()
    window.bring_to_front()
    assert window.isVisible() and not window.isMinimized()


def test_each_plan_keeps_its_own_text(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    first = _open_new_plan(window, services)
    qtbot.keyClicks(window.editor_view.panel.text_edit, "Tekst van het eerste plan")
    window.editor_view.top_bar.back_button.click()
    second = _open_new_plan(window, services)
    assert window.editor_view.panel.text_edit.toPlainText() == ""
    qtbot.keyClicks(window.editor_view.panel.text_edit, "Tweede")
    window.editor_view.top_bar.back_button.click()
    assert _stored(services, first, 0) == "Tekst van het eerste plan"
    assert _stored(services, second, 0) == "Tweede"


def test_undo_goes_back_through_the_parts_in_the_order_of_typing(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    pid = _open_new_plan(window, services)
    editor = window.editor_view
    qtbot.keyClicks(editor.panel.text_edit, "Eerste")
    editor.section_list.setCurrentIndex(editor.model.index(1))
    qtbot.keyClicks(editor.panel.text_edit, "Tweede")
    editor.section_list.setCurrentIndex(editor.model.index(0))
    # The last typing goes first, in its own part: the editor opens that part, so the family sees what changes.
    qtbot.keyClick(editor.panel.text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.section_list.currentIndex().row() == 1
    assert editor.panel.text_edit.toPlainText() == ""
    qtbot.waitUntil(lambda: not editor.autosaver.pending)
    assert (_stored(services, pid, 0), _stored(services, pid, 1)) == ("Eerste", "")
    qtbot.keyClick(editor.panel.text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.section_list.currentIndex().row() == 0
    assert editor.panel.text_edit.toPlainText() == ""
    qtbot.waitUntil(lambda: _stored(services, pid, 0) == "")
    qtbot.keyClick(editor.panel.text_edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert editor.panel.text_edit.toPlainText() == "Eerste"
    qtbot.waitUntil(lambda: _stored(services, pid, 0) == "Eerste")
