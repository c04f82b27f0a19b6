"""Professional input on screen: a professional adds advice or a condition, the family answers, nothing blocks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from models import AdviceAnswer, AdviceKind, PlanType, Role
from ui.advice.advice_dialog import AddAdviceDialog, AnswerDialog
from ui.window.main_window import MainWindow
from wijkteam.services import FAMILY, Actor, Services

JOOST = Actor(Role.PROFESSIONAL, "Joost van Dam")


def _type_unicode(widget: QWidget, text: str) -> None:
    # keyClicks with non-ASCII text aborts the process inside Qt; one event per character works.
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def _plan_with_advice(services: Services) -> tuple[int, int, list[int]]:
    """A plan with a condition about the safety part (answered) and two open items about the whole plan."""
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    safety = next(s.id for s in services.plans.get_plan(pid).sections if s.key == "veiligheid")
    add = services.advice.add_advice
    ids = [
        add(pid, JOOST, "De kinderen zijn niet bij ruzies.", kind=AdviceKind.VOORWAARDE, section_id=safety,
            organisation="Samen Veilig", legal_basis="Ondertoezichtstelling (OTS), art. 1:255 BW",
            given_on=date(2025, 3, 1)),
        add(pid, JOOST, "Het buurtteam helpt met geld.", kind=AdviceKind.INFORMATIE, given_on=date(2025, 3, 2)),
        add(pid, JOOST, "Een vaste slaapplek bij oma.", given_on=date(2025, 3, 3)),
    ]
    services.plans.respond_to_advice(ids[0], FAMILY, AdviceAnswer.OVERGENOMEN, "Ze gaan naar Fatima.")
    return pid, safety, ids


def _go_to(window: MainWindow, section_id: int) -> None:
    editor = window.editor_view
    editor.section_list.setCurrentIndex(editor.model.index(editor.model.row_of(section_id)))


def test_the_family_sees_open_questions_and_answers_them(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    pid, _safety, ids = _plan_with_advice(services)
    window.open_plan(pid)
    editor = window.editor_view
    top = editor.top_bar
    assert top.open_questions_label.text() == "○ 2 adviezen wachten op uw antwoord"
    assert editor.panel.done_check.isEnabled() and not editor.panel.text_edit.isReadOnly()  # never a block

    qtbot.mouseClick(top.advice_button, Qt.MouseButton.LeftButton)
    panel = editor.advice_panel
    assert editor.roles.side.advice_shown()
    assert not panel.add_button.isVisible()  # only a professional adds advice
    condition, info, advice = panel.cards
    assert condition.kind_label.text() == "Voorwaarde (bindend)"
    assert condition.legal_label.isVisible()
    assert condition.legal_label.text() == "Wettelijke grond: Ondertoezichtstelling (OTS), art. 1:255 BW"
    assert condition.about_label.text() == "Over: Veiligheidsafspraken"
    assert condition.author_label.text() == "Van Joost van Dam, Samen Veilig · 1 maart 2025"
    assert condition.answer_label.text() == "Antwoord van het gezin: ✓ Overgenomen"
    assert condition.reason_label.text() == "Ze gaan naar Fatima."
    assert (info.kind_label.text(), info.about_label.text()) == ("Informatie", "Over: het hele plan")
    assert not info.legal_label.isVisible()
    assert advice.kind_label.text() == "Advies"
    assert advice.answer_label.text() == "Antwoord van het gezin: ○ Nog niet beantwoord"
    assert panel.focusWidget() is info.answer_button  # the first item that waits for an answer

    assert condition.answer_button is not None and condition.answer_button.text() == "Antwoord veranderen…"
    condition.answer_button.click()
    binding = panel.dialog
    assert isinstance(binding, AnswerDialog)
    assert binding.answer() == AdviceAnswer.OVERGENOMEN  # the answer given before
    assert "Een voorwaarde is bindend" in binding.binding_label.text()
    binding.reject()
    qtbot.waitUntil(lambda: panel.dialog is None)

    assert info.answer_button is not None
    qtbot.mouseClick(info.answer_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, AnswerDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no choice yet: one sentence, nothing saved
    assert dialog.isVisible() and dialog.error_label.text() == "⚠ Kies eerst wat u met dit advies doet."
    assert services.advice.list_advice(pid)[1].answer == AdviceAnswer.OPEN
    dialog.answer_buttons[AdviceAnswer.DEELS].click()
    assert not dialog.error_label.isVisible()
    _type_unicode(dialog.reason_edit, "Kemal belt één keer")
    with qtbot.waitSignal(panel.items_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = services.advice.list_advice(pid)[1]
    assert (stored.answer, stored.reason) == (AdviceAnswer.DEELS, "Kemal belt één keer")
    assert top.open_questions_label.text() == "○ 1 advies wacht op uw antwoord"
    assert panel.cards[1].answer_label.text() == "Antwoord van het gezin: ◐ Deels overgenomen"

    services.plans.respond_to_advice(ids[2], FAMILY, AdviceAnswer.NIET_OVERGENOMEN, "Niet nu.")
    panel.reload()
    assert not top.open_questions_label.isVisible()
    assert panel.count_label.text() == "Alles is beantwoord."


def test_only_the_family_gets_answer_buttons(window: MainWindow, services: Services) -> None:
    pid, _safety, _ids = _plan_with_advice(services)
    window.open_plan(pid)
    window.session_role.switch_to(Role.ONDERSTEUNER, "Marieke Jansen")
    editor = window.editor_view
    editor.roles.show_advice()
    panel = editor.advice_panel
    assert all(card.answer_button is None for card in panel.cards)
    assert not panel.add_button.isVisible()
    assert editor.top_bar.open_questions_label.text() == "○ 2 adviezen zijn nog niet beantwoord"
    panel.ask_answer(panel.items[1].id)  # even when asked for, no dialog opens in this role
    assert panel.dialog is None


def test_a_professional_adds_advice_and_a_condition_needs_its_basis(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    window.open_plan(pid)
    window.session_role.switch_to(Role.PROFESSIONAL, "Priya Ramdin", "Buurtteam")
    editor = window.editor_view
    assert not editor.top_bar.open_questions_label.isVisible()
    qtbot.mouseClick(editor.top_bar.advice_button, Qt.MouseButton.LeftButton)
    panel = editor.advice_panel
    assert panel.add_button.isVisible() and panel.cards == []
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, AddAdviceDialog)
    assert dialog.kind() == AdviceKind.ADVIES and not dialog.legal_box.isVisible()
    assert dialog.section_combo.currentText() == "Het hele plan"

    dialog.kind_buttons[AdviceKind.VOORWAARDE].click()
    assert dialog.legal_box.isVisible()
    assert "ondertoezichtstelling (OTS)" in dialog.legal_hint.text()
    qtbot.keyClicks(dialog.text_edit, "De kinderen slapen thuis.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.error_label.text() == "⚠ Vul de wettelijke grond in. Zonder wettelijke grond is het een advies."
    assert services.advice.list_advice(pid) == []

    qtbot.keyClicks(dialog.legal_edit, "OTS, art. 1:255 BW")
    dialog.activateWindow()  # as on a desktop: the dialog that opens has the keyboard
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(panel.items_changed):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (stored,) = services.advice.list_advice(pid)
    assert (stored.kind, stored.author_name, stored.organisation) == (AdviceKind.VOORWAARDE, "Priya Ramdin",
                                                                      "Buurtteam")
    assert (stored.legal_basis, stored.section_id) == ("OTS, art. 1:255 BW", None)
    (card,) = panel.cards
    assert card.kind_label.text() == "Voorwaarde (bindend)" and card.answer_button is None
    assert editor.top_bar.open_questions_label.text() == "○ 1 advies is nog niet beantwoord"


def test_advice_about_a_part_shows_on_that_part(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, safety, _ids = _plan_with_advice(services)
    window.open_plan(pid)
    editor = window.editor_view
    note = editor.panel.advice_button
    assert not note.isVisible()  # the first part has no advice of its own
    _go_to(window, safety)
    assert note.isVisible() and note.text() == "Er is advies bij dit deel →"

    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    panel = editor.advice_panel
    assert [c.item.section_id for c in panel.cards] == [safety]
    assert panel.filter_label.text() == "U ziet alleen het advies over: Veiligheidsafspraken"
    qtbot.mouseClick(panel.show_all_button, Qt.MouseButton.LeftButton)
    assert len(panel.cards) == 3 and not panel.filter_label.isVisible()

    qtbot.keyClick(panel.back_button, Qt.Key.Key_Escape)  # Esc goes back to the plan, not to the list of plans
    assert not editor.roles.side.advice_shown()
    assert window.stack.currentWidget() is editor


def test_a_professional_gives_advice_about_the_open_part(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    pid, safety, _ids = _plan_with_advice(services)
    window.open_plan(pid)
    editor = window.editor_view
    assert not editor.panel.add_advice_button.isVisible()
    window.session_role.switch_to(Role.PROFESSIONAL, "Joost van Dam")
    _go_to(window, safety)
    assert editor.panel.add_advice_button.isVisible()
    qtbot.mouseClick(editor.panel.add_advice_button, Qt.MouseButton.LeftButton)
    dialog = editor.advice_panel.dialog
    assert isinstance(dialog, AddAdviceDialog)
    assert dialog.section_combo.currentData() == safety
    dialog.kind_buttons[AdviceKind.INFORMATIE].click()
    qtbot.keyClicks(dialog.text_edit, "Fatima is overdag thuis.")
    with qtbot.waitSignal(editor.advice_panel.items_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert editor.panel.advice_button.text() == "Er is advies bij dit deel (2) →"
    assert services.advice.list_advice(pid)[-1].section_id == safety


def test_a_dialog_open_when_the_role_changes_saves_nothing(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    pid, _safety, _ids = _plan_with_advice(services)
    window.open_plan(pid)
    editor = window.editor_view
    editor.roles.show_advice()
    panel = editor.advice_panel
    panel.ask_answer(panel.items[1].id)
    dialog = panel.dialog
    assert dialog is not None
    window.session_role.switch_to(Role.ONDERSTEUNER, "Marieke Jansen")
    qtbot.waitUntil(lambda: panel.dialog is None)
    assert services.advice.list_advice(pid)[1].answer == AdviceAnswer.OPEN


def test_the_samen_menu_leads_to_the_advice(window: MainWindow, services: Services) -> None:
    pid, _safety, _ids = _plan_with_advice(services)
    window.samen_menu.aboutToShow.emit()
    assert not window.advice_action.isEnabled()  # no plan open yet
    window.open_plan(pid)
    window.samen_menu.aboutToShow.emit()
    assert window.advice_action.isEnabled() and not window.add_advice_action.isEnabled()
    window.advice_action.trigger()
    assert window.editor_view.roles.side.advice_shown()
    window.session_role.switch_to(Role.PROFESSIONAL, "Joost van Dam")
    window.samen_menu.aboutToShow.emit()
    assert window.add_advice_action.isEnabled()
    window.add_advice_action.trigger()
    assert isinstance(window.editor_view.advice_panel.dialog, AddAdviceDialog)
