"""The lists of people, goals and agreements in the editor, driven through their real dialogs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from models import AgreementStatus, PlanType, Role
from ui.common.theme import WARNING
from ui.editor.section_list_model import STATE_TEXT_ROLE
from ui.editor.section_panel import SectionPanel, follow_up_parts
from ui.people.agreements_editor import COL_STATUS, COL_WHAT, COL_WHEN, COL_WHO, MISSING_ROLE, AgreementsTableModel
from ui.people.goals_editor import COL_AGREEMENTS, COL_GOAL
from ui.people.people_editor import COL_CLOSENESS, COL_NAME, COL_NAMED, COL_RELATION, COL_ROLE, PeopleTableModel
from ui.window.main_window import MainWindow
from wijkteam.agreement_checks import Part
from wijkteam.errors import UserError
from wijkteam.services import FAMILY, Services
from wijkteam.services.dto import AgreementDoc, GoalDoc, ParticipantDoc, SectionDoc


def _type_unicode(widget: QWidget, text: str) -> None:
    # keyClicks with non-ASCII text aborts the process inside Qt; one event per character works.
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def _open_at(window: MainWindow, services: Services, key: str, plan_id: int | None = None) -> tuple[int, SectionPanel]:
    pid = plan_id or services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    window.open_plan(pid)
    editor = window.editor_view
    row = next(i for i, s in enumerate(services.plans.get_plan(pid).sections) if s.key == key)
    editor.section_list.setCurrentIndex(editor.model.index(row))
    return pid, editor.panel


def _column(model: object, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]  # type: ignore[attr-defined]


def _answer(box: QMessageBox | None, text: str) -> None:
    assert box is not None and box.isVisible()
    button = next(b for b in box.buttons() if b.text() == text)
    assert isinstance(button, QPushButton)
    button.click()


# ------------------------------------------------------------------ models


def test_people_table_speaks_plain_dutch() -> None:
    model = PeopleTableModel()
    model.set_rows([
        ParticipantDoc(1, "Ria Bakker", Role.NETWERK, relation="oma", closeness=1),
        ParticipantDoc(2, "Joost van Dam", Role.PROFESSIONAL, relation="jeugdbeschermer", organisation="Samen Veilig",
                       closeness=3, consent_named=False, contact="06-1234"),
    ])
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Naam", "Relatie", "Rol", "Hoe dichtbij", "Naam in plan"]
    assert [model.index(0, c).data() for c in range(5)] == ["Ria Bakker", "oma", "Netwerk", "Heel dichtbij", "✓ Ja"]
    assert model.index(1, COL_RELATION).data() == "jeugdbeschermer, Samen Veilig"
    assert model.index(1, COL_CLOSENESS).data() == "Wat verder weg"
    assert model.index(1, COL_NAMED).data() == "— Nee"
    assert model.index(1, COL_NAME).data(Qt.ItemDataRole.ToolTipRole) == "Bereikbaar: 06-1234"
    assert (model.id_at(1), model.row_of(2), model.row_of(9), model.id_at(5)) == (2, 1, -1, None)


def test_agreements_are_grouped_per_goal_with_what_is_missing() -> None:
    model = AgreementsTableModel(today=date(2026, 12, 10))
    goals = [GoalDoc(10, "Jesse gaat naar school."), GoalDoc(11, "Rust thuis.")]
    model.set_rows(goals, [
        AgreementDoc(1, "Oma brengt Jesse.", goal_id=10, who=("Ria",), who_ids=(5,), when_text="maandag",
                     how_we_know="Jesse is er.", checker="Sanne", status="bezig"),
        AgreementDoc(2, "Huiswerkplek zoeken.", goal_id=10),
        AgreementDoc(3, "Post sorteren.", due_date=date(2026, 12, 6), who=("Dennis",), who_ids=(6,),
                     is_safety=True, status="anders_gelopen"),
        AgreementDoc(4, "Tante belt de school.", due_date=date(2026, 12, 8), who=("Senait",), who_ids=(7,)),
    ])
    assert _column(model, COL_WHAT)[0] == "Doel 1: Jesse gaat naar school."
    assert _column(model, COL_WHAT)[3] == "Doel 2: Rust thuis. (nog geen afspraken)"
    assert _column(model, COL_WHAT)[4] == "Zonder doel"
    assert [model.is_heading(r) for r in range(6)] == [True, False, False, True, True, False]
    assert model.index(0, COL_WHAT).flags() == Qt.ItemFlag.NoItemFlags  # headings are not chosen with arrows
    assert model.index(1, COL_WHAT).data() == "Oma brengt Jesse."
    assert model.index(2, COL_WHAT).data() == (
        "Huiswerkplek zoeken.\n✎ Nog niet ingevuld: wie, wanneer, hoe weten we dat het lukt, wie checkt")
    assert model.index(2, COL_WHAT).data(MISSING_ROLE) == [Part.WHO, Part.WHEN, Part.HOW, Part.CHECKER]
    assert model.index(2, COL_WHAT).data(Qt.ItemDataRole.ToolTipRole).startswith("Wie doet dit?\n")
    assert model.index(5, COL_WHAT).data().startswith("⚑ Veiligheidsafspraak\nPost sorteren.\n✎")
    assert [model.index(r, COL_STATUS).data() for r in (1, 2, 5)] == [
        "◐ Bezig", "○ Nog niet begonnen", "↷ Anders gelopen"]
    assert model.index(5, COL_WHEN).data() == "6 december 2026"  # passed, but "anders gelopen": nothing to chase
    # Passed while still open: "voorbij" in words, and in the warning colour as well.
    assert model.index(6, COL_WHEN).data() == "8 december 2026, voorbij"
    assert model.index(6, COL_WHEN).data(Qt.ItemDataRole.ForegroundRole).color() == QColor(WARNING)
    assert model.index(5, COL_WHEN).data(Qt.ItemDataRole.ForegroundRole) is None
    assert [model.index(2, c).data() for c in (COL_WHO, COL_WHEN)] == ["✎ nog invullen", "✎ nog invullen"]
    assert model.index(2, COL_WHO).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(5, COL_WHO).data() == "Dennis"
    assert (model.id_at(0), model.id_at(2), model.row_of(3), model.goal_id_at(2)) == (None, 2, 5, 10)

    model.set_rows([], [AgreementDoc(1, "Los.")])  # no goals at all: no headings either
    assert _column(model, COL_WHAT) == [
        "Los.\n✎ Nog niet ingevuld: wie, wanneer, hoe weten we dat het lukt, wie checkt"]


def test_plan_b_and_evaluation_each_have_one_home() -> None:
    def section(sid: int, key: str, kind: str = "text", skipped: bool = False) -> SectionDoc:
        return SectionDoc(sid, key, key, sid, "", False, skipped, False, kind=kind)

    family = [section(1, "doelen", "goals"), section(2, "afspraken", "agreements"), section(3, "plan_b"),
              section(4, "evaluatie")]
    assert [follow_up_parts(s, family) for s in family] == [(False, False), (False, False), (False, False),
                                                             (False, True)]
    without = [section(1, "doelen", "goals"), section(2, "afspraken", "agreements"), section(3, "plan_b", skipped=True),
               section(4, "evaluatie", skipped=True)]
    assert follow_up_parts(without[1], without) == (True, True)
    personal = [section(1, "bereiken", "goals"), section(2, "netwerk", "network")]
    assert follow_up_parts(personal[0], personal) == (False, True)


# ------------------------------------------------------------------ people


def test_family_adds_changes_and_removes_a_person(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, panel = _open_at(window, services, "deelnemers")
    people = panel.people_editor
    assert people.isVisible() and not panel.agreements_editor.isVisible()
    assert people.empty_label.isVisible() and not people.table.isVisible()

    people.add_button.click()
    dialog = people.dialog
    assert dialog is not None and dialog.windowTitle() == "Persoon toevoegen"
    assert dialog.role_combo.currentText() == "Gezin"  # "wie deden mee" starts with the family
    _type_unicode(dialog.name_edit, "Ayşe Yılmaz")
    qtbot.keyClicks(dialog.relation_edit, "anneanne")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findText("Netwerk"))
    dialog.closeness_combo.setCurrentIndex(dialog.closeness_combo.findText("Heel dichtbij"))
    dialog.support_checks["gezelschap"].click()
    qtbot.keyClick(dialog.relation_edit, Qt.Key.Key_Return)  # Enter saves
    assert people.dialog is None
    assert [people.model.index(0, c).data() for c in (COL_NAME, COL_RELATION, COL_ROLE, COL_CLOSENESS, COL_NAMED)] \
        == ["Ayşe Yılmaz", "anneanne", "Netwerk", "Heel dichtbij", "✓ Ja"]
    stored = services.people.list_people(pid)[0]
    assert (stored.name, stored.role, stored.support, stored.closeness) == (
        "Ayşe Yılmaz", Role.NETWERK, ("gezelschap",), 1)
    assert "Bewaard" in panel.status_label.text()

    # Enter on the row opens it again; the change shows in the list.
    assert people.edit_button.isEnabled()
    qtbot.keyClick(people.table, Qt.Key.Key_Return)
    dialog = people.dialog
    assert dialog is not None and dialog.name_edit.text() == "Ayşe Yılmaz"
    assert dialog.support_checks["gezelschap"].isChecked()
    dialog.consent_check.click()
    dialog.save_button.click()
    assert people.model.index(0, COL_NAMED).data() == "— Nee"
    assert services.people.list_people(pid)[0].consent_named is False

    people.remove_button.click()
    assert "Ayşe Yılmaz" in people.confirm_box.text()
    _answer(people.confirm_box, "Nee, laten staan")
    assert people.model.rowCount() == 1
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    people.table.setFocus()
    qtbot.keyClick(people.table, Qt.Key.Key_Delete)  # Delete asks too
    _answer(people.confirm_box, "Ja, weghalen")
    assert people.model.rowCount() == 0 and people.empty_label.isVisible()
    assert services.people.list_people(pid) == []


def test_a_person_needs_a_name_and_esc_cancels(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, panel = _open_at(window, services, "netwerk")
    people = panel.people_editor
    people.add_button.click()
    dialog = people.dialog
    assert dialog is not None and dialog.role_combo.currentText() == "Netwerk"
    qtbot.keyClicks(dialog.relation_edit, "buurvrouw")
    qtbot.keyClick(dialog.relation_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "⚠ Vul een naam in."
    assert dialog.relation_edit.text() == "buurvrouw"  # nothing typed is lost
    dialog.activateWindow()  # as on a desktop: the dialog that opens has the keyboard
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.relation_edit, Qt.Key.Key_Escape)
    assert people.dialog is None and not dialog.isVisible()
    assert services.people.list_people(pid) == []
    assert window.stack.currentWidget() is window.editor_view  # Esc closed the dialog, not the plan


def test_a_refused_save_shows_its_sentence_in_the_dialog(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid, panel = _open_at(window, services, "netwerk")
    people = panel.people_editor

    def refuse(*_args: object, **_fields: object) -> int:
        raise UserError("Uw plannen kunnen niet worden bewaard, want de schijf is vol.")

    monkeypatch.setattr(services.people, "add_participant", refuse)
    people.add_button.click()
    dialog = people.dialog
    assert dialog is not None
    dialog.name_edit.setText("Fatima")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "⚠ Uw plannen kunnen niet worden bewaard, want de schijf is vol."
    monkeypatch.undo()
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert [p.name for p in services.people.list_people(pid)] == ["Fatima"]


# -------------------------------------------------------------------- goals


def test_family_writes_reorders_and_removes_goals(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, panel = _open_at(window, services, "doelen")
    goals = panel.goals_editor
    for text in ("Rust thuis.", "Jesse gaat naar school."):
        goals.add_button.click()
        dialog = goals.dialog
        assert dialog is not None
        dialog.activateWindow()  # as on a desktop: the dialog that opens has the keyboard
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClicks(dialog.text_edit, text)
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert goals.dialog is None
    assert _column(goals.model, COL_GOAL) == ["1. Rust thuis.", "2. Jesse gaat naar school."]
    assert _column(goals.model, COL_AGREEMENTS) == ["Nog geen afspraken", "Nog geen afspraken"]

    assert goals.current_id() == services.plans.get_plan(pid).goals[1].id  # the new goal stays chosen
    goals.up_button.click()
    assert _column(goals.model, COL_GOAL) == ["1. Jesse gaat naar school.", "2. Rust thuis."]
    assert not goals.up_button.isEnabled()

    first = services.plans.get_plan(pid).goals[0].id
    services.agreements.add_agreement(pid, FAMILY, "Oma brengt Jesse.", goal_id=first)
    goals.reload()
    assert _column(goals.model, COL_AGREEMENTS) == ["1 afspraak", "Nog geen afspraken"]
    goals.select_id(first)
    goals.remove_button.click()
    assert "Zonder doel" in goals.confirm_box.informativeText()
    _answer(goals.confirm_box, "Ja, weghalen")
    assert _column(goals.model, COL_GOAL) == ["1. Rust thuis."]
    assert services.plans.get_plan(pid).agreements[0].goal_id is None


# --------------------------------------------------------------- agreements


def test_family_adds_an_agreement_and_sees_what_is_missing(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    goal = services.agreements.add_goal(pid, FAMILY, "Jesse gaat elke dag naar school.")
    ria = services.people.add_participant(pid, FAMILY, "Ria Bakker", Role.NETWERK, relation="oma")
    services.people.add_participant(pid, FAMILY, "Sanne Bakker", Role.GEZIN)
    _pid, panel = _open_at(window, services, "afspraken", pid)
    agreements = panel.agreements_editor
    assert agreements.isVisible() and not agreements.empty_label.isVisible()
    assert _column(agreements.model, COL_WHAT) == ["Doel 1: Jesse gaat elke dag naar school. (nog geen afspraken)"]

    agreements.add_button.click()
    dialog = agreements.dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.what_edit, "Oma brengt Jesse naar school.")
    dialog.goal_combo.setCurrentIndex(dialog.goal_combo.findData(goal))
    dialog.who_list.setCurrentRow(0)
    qtbot.keyClick(dialog.who_list, Qt.Key.Key_Space)  # the keyboard ticks a person
    _type_unicode(dialog.when_edit, "elke maandag, vóór school")
    assert dialog.missing_label.text() == "✎ Nog niet ingevuld: hoe weten we dat het lukt, wie checkt"
    qtbot.keyClick(dialog.what_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert agreements.dialog is None

    model = agreements.model
    assert _column(model, COL_WHAT) == [
        "Doel 1: Jesse gaat elke dag naar school.",
        "Oma brengt Jesse naar school.\n✎ Nog niet ingevuld: hoe weten we dat het lukt, wie checkt",
    ]
    assert [model.index(1, c).data() for c in (COL_WHO, COL_WHEN, COL_STATUS)] == [
        "Ria Bakker", "elke maandag, vóór school", "○ Nog niet begonnen"]
    stored = services.plans.get_plan(pid).agreements[0]
    assert (stored.goal_id, stored.who_ids, stored.when_text) == (goal, (ria,), "elke maandag, vóór school")

    # Fill in the rest: the marker goes.
    qtbot.keyClick(agreements.table, Qt.Key.Key_Return)
    dialog = agreements.dialog
    assert dialog is not None and dialog.what_edit.toPlainText() == "Oma brengt Jesse naar school."
    qtbot.keyClicks(dialog.how_edit, "Jesse is om half negen op school.")
    dialog.checker_combo.setCurrentIndex(dialog.checker_combo.findText("Sanne Bakker"))
    dialog.date_field.check.click()
    next_year = date.today().year + 1  # a date still to come, whenever the test runs
    dialog.date_field.date_edit.setDate(QDate(next_year, 9, 1))
    dialog.safety_check.click()
    assert dialog.missing_label.text() == "✓ Alles is ingevuld."
    qtbot.keyClick(dialog.how_edit, Qt.Key.Key_Return)
    assert model.index(1, COL_WHAT).data() == "⚑ Veiligheidsafspraak\nOma brengt Jesse naar school."
    assert model.index(1, COL_WHAT).data(MISSING_ROLE) == []
    assert model.index(1, COL_WHEN).data() == f"elke maandag, vóór school · 1 september {next_year}"
    stored = services.plans.get_plan(pid).agreements[0]
    assert (stored.due_date, stored.checker, stored.is_safety) == (date(next_year, 9, 1), "Sanne Bakker", True)

    # The status in one step, from the list.
    action = next(a for a in agreements.status_menu.actions() if a.data() == "gedaan")
    action.trigger()
    assert model.index(1, COL_STATUS).data() == "✓ Gedaan"
    assert services.plans.get_plan(pid).agreements[0].status == AgreementStatus.GEDAAN

    agreements.remove_button.click()
    _answer(agreements.confirm_box, "Ja, weghalen")
    assert services.plans.get_plan(pid).agreements == ()
    assert _column(model, COL_WHAT) == ["Doel 1: Jesse gaat elke dag naar school. (nog geen afspraken)"]


def test_an_agreement_needs_its_what(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, panel = _open_at(window, services, "afspraken")
    agreements = panel.agreements_editor
    agreements.add_button.click()
    dialog = agreements.dialog
    assert dialog is not None
    assert dialog.who_empty.isVisible()  # nobody in the plan yet: it says where to add people
    qtbot.keyClicks(dialog.when_edit, "morgen")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.error_label.text() == "⚠ Schrijf op wat er gaat gebeuren."
    dialog.reject()
    assert services.plans.get_plan(pid).agreements == ()


def test_tab_runs_from_the_text_through_the_list_to_klaar(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    services.agreements.add_agreement(pid, FAMILY, "Iets.")
    _pid, panel = _open_at(window, services, "afspraken", pid)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    agreements = panel.agreements_editor
    agreements.select_id(services.plans.get_plan(pid).agreements[0].id)
    panel.text_edit.setFocus()
    seen: list[QWidget | None] = []
    for _ in range(6):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    assert seen == [agreements.table, agreements.add_button, agreements.edit_button, agreements.remove_button,
                    agreements.status_button, panel.done_check]


# ---------------------------------------------------------- plan B, evaluation


def test_evaluation_date_is_saved_from_its_part(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, panel = _open_at(window, services, "evaluatie")
    follow_up = panel.follow_up
    assert follow_up.evaluation_field.isVisible() and not follow_up.plan_b_edit.isVisible()
    assert not follow_up.evaluation_field.date_edit.isEnabled()
    follow_up.evaluation_field.check.click()
    assert services.plans.get_plan(pid).evaluation_date == date.today()
    follow_up.evaluation_field.date_edit.setDate(QDate(2026, 6, 1))
    assert services.plans.get_plan(pid).evaluation_date == date(2026, 6, 1)
    follow_up.evaluation_field.check.click()
    assert services.plans.get_plan(pid).evaluation_date is None


def test_plan_b_shows_with_the_agreements_when_it_has_no_part_of_its_own(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    plan_b_part = next(s for s in services.plans.get_plan(pid).sections if s.key == "plan_b")
    services.plans.set_section_skipped(plan_b_part.id, True, FAMILY)
    _pid, panel = _open_at(window, services, "afspraken", pid)
    follow_up = panel.follow_up
    follow_up.autosaver.timer.setInterval(20)
    assert follow_up.plan_b_edit.isVisible()
    qtbot.keyClicks(follow_up.plan_b_edit, "Dan bellen we oma.")
    qtbot.waitUntil(lambda: services.plans.get_plan(pid).plan_b == "Dan bellen we oma.")
    qtbot.keyClicks(follow_up.plan_b_edit, " Zij komt.")
    window.editor_view.top_bar.back_button.click()  # leaving saves at once, without waiting for the pause
    assert services.plans.get_plan(pid).plan_b == "Dan bellen we oma. Zij komt."


def test_a_personal_plan_speaks_as_i_and_keeps_its_date_with_the_goals(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    pid = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY)
    _pid, panel = _open_at(window, services, "bereiken", pid)
    assert panel.goals_editor.isVisible() and panel.goals_editor.heading.text() == "Mijn doelen"
    assert panel.follow_up.evaluation_field.isVisible() and not panel.follow_up.plan_b_edit.isVisible()
    _pid, panel = _open_at(window, services, "netwerk", pid)
    assert panel.people_editor.isVisible() and not panel.follow_up.isVisible()


def test_a_part_with_agreements_is_not_called_empty(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    services.agreements.add_agreement(pid, FAMILY, "Oma haalt Jesse op.")
    services.agreements.add_agreement(pid, FAMILY, "Jesse belt de mentor.")
    part = next(s for s in services.plans.get_plan(pid).sections if s.key == "afspraken")
    assert (part.text, part.items, part.state) == ("", 2, "begonnen")  # no text of its own, but two agreements

    _pid, panel = _open_at(window, services, "afspraken", pid)
    editor = window.editor_view
    row = editor.model.row_of(part.id)
    assert editor.model.index(row).data(STATE_TEXT_ROLE) == "◐ begonnen"  # what the list of parts shows

    agreements = panel.agreements_editor
    for _ in range(2):  # both removed in the window: the part is empty again, and says so at once
        agreements.select_id(agreements.current_id() or services.plans.get_plan(pid).agreements[0].id)
        agreements.remove_button.click()
        _answer(agreements.confirm_box, "Ja, weghalen")
    assert services.plans.get_plan(pid).agreements == ()
    assert editor.model.index(row).data(STATE_TEXT_ROLE) == "○ nog leeg"
