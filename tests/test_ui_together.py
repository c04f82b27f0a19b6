"""The menu "Samen" opens each dialog for the chosen plan, as the person at the keyboard."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from models import Role
from ui.together.due_dialog import DueDialog
from ui.together.eigen_tijd import EigenTijdDialog
from ui.together.process_guide import ProcessGuideDialog
from ui.together.versions_dialog import VersionsDialog
from ui.window.main_window import MainWindow
from wijkteam.demo import add_demo_plans
from wijkteam.services import Actor, Services


@pytest.fixture
def demo_window(window: MainWindow, services: Services) -> MainWindow:
    add_demo_plans(services)
    window.show_start()
    return window


@pytest.mark.parametrize(
    ("action_name", "dialog_type"),
    [("process_action", ProcessGuideDialog), ("eigen_tijd_action", EigenTijdDialog),
     ("versions_action", VersionsDialog)],
)
def test_each_dialog_opens_for_the_open_plan(
    qtbot: QtBot, demo_window: MainWindow, action_name: str, dialog_type: type
) -> None:
    demo_window.open_plan(1)
    getattr(demo_window.together, action_name).trigger()
    dialog = demo_window.together.dialog
    assert isinstance(dialog, dialog_type)
    assert dialog.isVisible()
    dialog.reject()
    assert demo_window.together.dialog is None


def test_the_dialogs_get_the_person_at_the_keyboard(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.session_role.switch_to(Role.ONDERSTEUNER, "Marieke")
    demo_window.open_plan(1)
    demo_window.together.process_action.trigger()
    dialog = demo_window.together.dialog
    assert isinstance(dialog, ProcessGuideDialog)
    assert dialog._actor == Actor(Role.ONDERSTEUNER, "Marieke")
    dialog.reject()


def test_what_is_due_shows_at_start_only_when_a_date_passed(
    qtbot: QtBot, demo_window: MainWindow, services: Services
) -> None:
    demo_window.together.show_due_if_any(date.today())
    assert demo_window.together.dialog is None  # the demo's dates all lie ahead
    demo_window.together.show_due_if_any(date.today() + timedelta(days=120))
    dialog = demo_window.together.dialog
    assert isinstance(dialog, DueDialog)
    with qtbot.waitSignal(dialog.open_plan_requested):
        dialog.open_plan_requested.emit(2)
    assert demo_window.editor_view.plan_id == 2


def test_the_start_view_acts_as_the_person_at_the_keyboard(qtbot: QtBot, demo_window: MainWindow,
                                                            services: Services) -> None:
    from PySide6.QtWidgets import QMessageBox

    from wijkteam.services.base import MSG_ONLY_FAMILY

    demo_window.session_role.switch_to(Role.ONDERSTEUNER, "Marieke")
    demo_window.start_view.plans._delete(1, "Samen weer rust thuis")
    boxes = [box for box in demo_window.findChildren(QMessageBox) if box.isVisible()]
    assert [box.text() for box in boxes] == [MSG_ONLY_FAMILY]
    assert [plan.id for plan in services.plans.list_plans()] == [1, 2]
