"""A citizen writes a whole, short persoonlijk plan with the keyboard alone, closes the app, and finds it all again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from models import PlanType
from tests import dbfile
from ui.editor.section_list_model import STATE_TEXT_ROLE
from ui.start.new_plan_dialogs import NewPersonalPlanDialog
from ui.window.main_window import MainWindow
from wijkteam.db import open_database
from wijkteam.services import Services
from wijkteam.templates import load_template

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier

WRITTEN = {
    0: "Ik ben Wim, 78 jaar. Ik woon alleen in Zwolle.",
    1: "Sinds mijn val loop ik slecht. Ik wil zelf blijven koken: crème brûlée!",
    2: "Weer zelf naar de markt.",
    3: "Ik kan mezelf aankleden. Mijn kleinzoon Łukasz doet de was.",
}


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard is nowhere"
    return widget


def _press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
    qtbot.keyClick(_focus(), key, modifiers)


def _type(text: str) -> None:
    # One key event per character, into whatever has the focus: keyClicks with non-ASCII text aborts Qt.
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, _focus(), Qt.Key.Key_unknown, ch, NONE)


def _activate(qtbot: QtBot, window: QWidget) -> None:
    # A window manager does this when the app starts or a dialog closes; the offscreen platform has none.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _tab_to(qtbot: QtBot, wanted: object, *, limit: int = 15) -> None:
    for _ in range(limit):
        if _focus() is wanted or (isinstance(wanted, type) and isinstance(_focus(), wanted)):
            return
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {wanted}")


def test_a_whole_plan_with_the_keyboard_alone(
    qtbot: QtBot, window: MainWindow, services: Services, data_dir: Path
) -> None:
    _activate(qtbot, window)
    start = window.start_view

    # The start: Tab to "Nieuw persoonlijk plan", press it, and accept the question with Enter.
    _tab_to(qtbot, start.personal_button)
    _press(qtbot, Qt.Key.Key_Space)
    dialog = start.new_plan_dialog
    assert isinstance(dialog, NewPersonalPlanDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.editor_view)
    _activate(qtbot, window)
    editor = window.editor_view
    editor.autosaver.timer.setInterval(20)
    text_edit = editor.panel.text_edit
    assert _focus() is text_edit  # the new plan opens ready to write
    (plan,) = services.plans.list_plans()
    template = load_template(PlanType.PERSOONLIJK_PLAN)

    # Write the first parts, moving on with Ctrl+PgDown.
    _type(WRITTEN[0])
    _press(qtbot, Qt.Key.Key_PageDown, CTRL)
    _type(WRITTEN[1])
    _press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # "Dit deel is &klaar"
    qtbot.waitUntil(editor.panel.done_check.isChecked)
    assert editor.model.index(1).data(STATE_TEXT_ROLE) == "✓ klaar"
    _press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert _focus() is text_edit  # from "klaar" straight back to writing
    _type(WRITTEN[2])

    # Give this part the family's own name: F2, type, Enter.
    _press(qtbot, Qt.Key.Key_F2)
    title_dialog = editor.section_actions.title_dialog
    assert title_dialog is not None
    qtbot.waitUntil(lambda: _focus() is title_dialog.title_edit)
    _type("Wat ik wil bereiken")
    _press(qtbot, Qt.Key.Key_Return)
    _activate(qtbot, window)
    assert editor.model.index(2).data() == "Wat ik wil bereiken"
    assert _focus() is text_edit

    _press(qtbot, Qt.Key.Key_PageDown, CTRL)
    _type(WRITTEN[3])
    # The Wmo hint has followed along: a (situatie) and b (zelf) are in the plan now.
    qtbot.waitUntil(lambda: [line[0] for line in editor.wmo_hint.lines()] == ["✓", "✓", "○", "○", "○", "○", "○"])

    window.close()  # closing saves what still waits

    database = data_dir / "wijkteam.sqlite"
    engine = open_database(database, data_dir / "backups", dbfile.key_for(database))
    try:
        again = MainWindow(Services.for_engine(engine))
        qtbot.addWidget(again)
        again.resize(1280, 800)
        again.show()
        qtbot.waitExposed(again)
        _activate(qtbot, again)
        _tab_to(qtbot, QTableView)  # the list of plans
        _press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: again.stack.currentWidget() is again.editor_view)
        reopened = again.editor_view
        assert reopened.plan_id == plan.id
        model = reopened.model
        expected_titles = [s.title for s in template.sections]
        expected_titles[2] = "Wat ik wil bereiken"
        assert [model.index(r).data() for r in range(model.rowCount())] == expected_titles
        assert [model.index(r).data(STATE_TEXT_ROLE) for r in range(4)] == [
            "◐ begonnen", "✓ klaar", "◐ begonnen", "◐ begonnen"
        ]
        _activate(qtbot, again)
        for row, text in WRITTEN.items():
            assert reopened.panel.text_edit.toPlainText() == text
            assert reopened.panel.done_check.isChecked() == (row == 1)
            _press(qtbot, Qt.Key.Key_PageDown, CTRL)
        again.close()
    finally:
        engine.dispose()
