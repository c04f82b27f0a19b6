"""Opening a plan asks who of its people is at the keyboard, offers the last one of that plan first, and never carries
a person over from another family's plan."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models import PlanType, Role
from tests import dbfile
from ui.common.settings import settings
from ui.window.main_window import MainWindow
from wijkteam.services import FAMILY, Actor, Services


def _plan(services: Services, family: str, people: list[tuple[str, Role, str]]) -> int:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, family_name=family)
    for name, role, organisation in people:
        services.people.add_participant(pid, FAMILY, name, role, organisation=organisation)
    return pid


def _choices(window: MainWindow) -> list[str]:
    combo = window.editor_view.top_bar.keyboard_question.person_combo
    return [combo.itemText(i) for i in range(combo.count())]


def _choose(qtbot: QtBot, window: MainWindow, text: str) -> None:
    question = window.editor_view.top_bar.keyboard_question
    question.person_combo.setCurrentIndex(question.person_combo.findText(text))
    qtbot.mouseClick(question.confirm_button, Qt.MouseButton.LeftButton)


def test_the_question_lists_only_this_plans_people_who_can_be_at_the_keyboard(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid = _plan(services, "Familie Yılmaz", [
        ("Elif", Role.GEZIN, ""), ("Buurman Kees", Role.NETWERK, ""),
        ("Marieke", Role.ONDERSTEUNER, ""), ("Ahmed", Role.PROFESSIONAL, "Wijkteam Noord")])
    window.open_plan(pid)
    question = window.editor_view.top_bar.keyboard_question
    assert question.isVisible()
    # The network speaks through the family: it has no place at the keyboard of its own.
    assert _choices(window) == ["Het gezin samen", "Elif (gezin)", "Marieke (ondersteuner)",
                                "Ahmed (professional, Wijkteam Noord)"]
    assert question.person_combo.currentText() == "Het gezin samen"  # nobody assumed
    assert window.session_role.actor == FAMILY


def test_choosing_puts_changes_on_that_persons_name_and_is_offered_again_for_that_plan_only(
        qtbot: QtBot, window: MainWindow, services: Services, data_dir: Path) -> None:
    first = _plan(services, "Familie Jansen", [("Ria Jansen", Role.GEZIN, ""), ("Marieke", Role.ONDERSTEUNER, "")])
    second = _plan(services, "Familie Kowalski", [("Piotr Kowalski", Role.GEZIN, "")])
    window.open_plan(first)
    _choose(qtbot, window, "Ria Jansen (gezin)")
    question = window.editor_view.top_bar.keyboard_question
    assert not question.isVisible()
    assert window.session_role.actor == Actor(Role.GEZIN, "Ria Jansen")
    editor = window.editor_view
    editor.panel.text_edit.setPlainText("Wij willen rust in huis.")
    assert editor.flush()
    with closing(dbfile.connect(data_dir / "wijkteam.sqlite")) as con:
        role, name = con.execute("SELECT actor_role, actor_name FROM change ORDER BY id DESC").fetchone()
    assert (role, name) == ("gezin", "Ria Jansen")

    # Another family's plan: Ria is not at that keyboard, and is not among the choices.
    window.show_start()
    window.open_plan(second)
    assert window.session_role.actor == FAMILY
    assert question.isVisible()
    assert _choices(window) == ["Het gezin samen", "Piotr Kowalski (gezin)"]
    assert question.person_combo.currentText() == "Het gezin samen"

    # Back in the first plan: Ria is offered first, but still asked, never assumed.
    window.show_start()
    window.open_plan(first)
    assert window.session_role.actor == FAMILY
    assert question.isVisible()
    assert question.person_combo.currentText() == "Ria Jansen (gezin)"
    # Only numbers are remembered outside the encrypted plans.
    assert settings.keyboard_person(first) == services.plans.get_plan(first).participants[0].id


def test_a_supporter_chosen_from_the_question_only_reads_the_plan(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid = _plan(services, "Familie Jansen", [("Marieke", Role.ONDERSTEUNER, "")])
    window.open_plan(pid)
    _choose(qtbot, window, "Marieke (ondersteuner)")
    assert window.session_role.actor == Actor(Role.ONDERSTEUNER, "Marieke")
    assert window.editor_view.panel.text_edit.isReadOnly()


def test_not_now_keeps_the_family_and_a_plan_without_people_asks_nothing(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid = _plan(services, "Familie Jansen", [("Ria", Role.GEZIN, "")])
    window.open_plan(pid)
    question = window.editor_view.top_bar.keyboard_question
    qtbot.mouseClick(question.later_button, Qt.MouseButton.LeftButton)
    assert not question.isVisible()
    assert window.session_role.actor == FAMILY
    window.show_start()
    empty = _plan(services, "Familie de Vries", [])
    window.open_plan(empty)
    assert not question.isVisible()


def test_switching_through_the_role_dialog_answers_the_question(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid = _plan(services, "Familie Jansen", [("Ria", Role.GEZIN, "")])
    window.open_plan(pid)
    window.session_role.switch_to(Role.ONDERSTEUNER, "Marieke")
    assert not window.editor_view.top_bar.keyboard_question.isVisible()
