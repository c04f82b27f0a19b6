"""The start view as a family sees it: two choices, their plans, and a new plan opening in the editor."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from models import PlanType
from ui.start.new_plan_dialogs import NewFamilyPlanDialog, NewPersonalPlanDialog
from ui.start.plan_table_model import COL_TITLE
from ui.window.main_window import MainWindow
from wijkteam.services import FAMILY, Services
from wijkteam.templates import load_template


def _section_titles(window: MainWindow) -> list[str]:
    model = window.editor_view.model
    return [model.index(row).data() for row in range(model.rowCount())]


def test_empty_start_shows_both_choices_and_says_there_is_no_plan_yet(window: MainWindow) -> None:
    start = window.start_view
    assert window.stack.currentWidget() is start
    assert start.family_button.isVisible() and start.personal_button.isVisible()
    assert start.family_button.text().replace("&", "").endswith("Nieuw familiegroepsplan")
    assert start.personal_button.text().replace("&", "").endswith("Nieuw persoonlijk plan")
    assert start.family_card.intro_label.text() == load_template(PlanType.FAMILIEGROEPSPLAN).intro
    assert start.personal_card.intro_label.text() == load_template(PlanType.PERSOONLIJK_PLAN).intro
    assert start.empty_label.isVisible()
    assert start.empty_label.text() == "U heeft nog geen plan. Kies hierboven wat voor plan u wilt maken."
    assert not start.table.isVisible()


def test_new_familiegroepsplan_opens_the_editor_with_every_part(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    qtbot.mouseClick(window.start_view.family_button, Qt.MouseButton.LeftButton)
    dialog = window.start_view.new_plan_dialog
    assert isinstance(dialog, NewFamilyPlanDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Familie de Boer")
    dialog.accept()

    assert window.stack.currentWidget() is window.editor_view
    template = load_template(PlanType.FAMILIEGROEPSPLAN)
    assert _section_titles(window) == [s.title for s in template.sections]
    assert window.editor_view.panel.title_label.text() == template.sections[0].title
    assert window.editor_view.top_bar.title_label.text() == template.default_title
    assert "Familie de Boer" in window.editor_view.top_bar.kind_label.text()
    assert not window.editor_view.top_bar.deadline_label.isVisible()
    (plan,) = services.plans.list_plans()
    assert plan.family_name == "Familie de Boer"


def test_new_persoonlijk_plan_asks_the_melding_and_shows_the_days_left(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    qtbot.mouseClick(window.start_view.personal_button, Qt.MouseButton.LeftButton)
    dialog = window.start_view.new_plan_dialog
    assert isinstance(dialog, NewPersonalPlanDialog)
    assert dialog.days_label.text().startswith("Nog 7 dagen")  # today is the default
    dialog.name_edit.setText("  Gerda   Smit ")  # the citizen's name, for the list and the front page
    melding = date.today() - timedelta(days=3)
    dialog.date_edit.setDate(QDate(melding.year, melding.month, melding.day))
    assert dialog.days_label.text().startswith("Nog 4 dagen om uw plan in te leveren")
    dialog.accept()

    top = window.editor_view.top_bar
    assert top.deadline_label.isVisible()
    assert top.deadline_label.text().startswith("Nog 4 dagen om uw plan in te leveren")
    template = load_template(PlanType.PERSOONLIJK_PLAN)
    assert _section_titles(window) == [s.title for s in template.sections]
    assert services.plans.list_plans()[0].melding_date == melding
    assert services.plans.list_plans()[0].family_name == "Gerda Smit"


def test_melding_unknown_gives_no_clock(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    qtbot.mouseClick(window.start_view.personal_button, Qt.MouseButton.LeftButton)
    dialog = window.start_view.new_plan_dialog
    assert isinstance(dialog, NewPersonalPlanDialog)
    dialog.unknown_check.setChecked(True)
    assert not dialog.date_edit.isEnabled()
    assert dialog.days_label.isHidden()
    dialog.accept()
    assert services.plans.list_plans()[0].melding_date is None
    assert not window.editor_view.top_bar.deadline_label.isVisible()


def test_a_late_persoonlijk_plan_is_never_blocked(window: MainWindow, services: Services) -> None:
    pid = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY, melding_date=date.today() - timedelta(days=30))
    window.open_plan(pid)
    assert window.editor_view.top_bar.deadline_label.text() == (
        "De 7 dagen zijn voorbij. U kunt het plan nog steeds geven."
    )
    assert window.editor_view.panel.text_edit.isEnabled()
    assert window.editor_view.top_bar.pdf_button.isEnabled()


def test_cancelled_dialog_makes_no_plan(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    qtbot.mouseClick(window.start_view.family_button, Qt.MouseButton.LeftButton)
    dialog = window.start_view.new_plan_dialog
    assert dialog is not None
    dialog.reject()
    assert services.plans.list_plans() == []
    assert window.stack.currentWidget() is window.start_view


def test_plans_are_listed_newest_first_and_open_with_enter(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    first = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Eerste plan")
    services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY, title="Tweede plan")
    services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Derde plan")
    services.plans.set_section_text(services.plans.get_plan(first).sections[0].id, "Oma en opa", FAMILY)
    window.show_start()
    start = window.start_view
    assert start.table.isVisible() and not start.empty_label.isVisible()
    titles = [start.model.index(r, COL_TITLE).data() for r in range(start.model.rowCount())]
    assert titles == ["Eerste plan", "Derde plan", "Tweede plan"]

    start.table.setFocus()
    start.table.setCurrentIndex(start.model.index(2, COL_TITLE))
    qtbot.keyClick(start.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.editor_view
    assert window.editor_view.top_bar.title_label.text() == "Tweede plan"
    assert window.windowTitle().startswith("Tweede plan")

    qtbot.mouseClick(window.editor_view.top_bar.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is start
    assert start.table.currentIndex().data() == "Tweede plan"  # back where the family left off


def test_a_plan_that_is_gone_gives_a_sentence_not_a_traceback(window: MainWindow, services: Services) -> None:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    window.show_start()
    services.plans.delete_plan(pid, FAMILY)
    window.open_plan(pid)
    assert window.stack.currentWidget() is window.start_view
    box = window.findChild(QMessageBox, "messageBox")
    assert box is not None and box.isVisible()
    assert box.text() == f"Er is geen plan met nummer {pid}."
    assert window.start_view.empty_label.isVisible()
