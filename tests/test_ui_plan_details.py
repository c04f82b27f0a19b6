"""'Over dit plan': the family changes the plan's name, title, dates and place in the window, and every way the plan
is shown follows: the editor, the list of plans, the PDF and the calendar file. Only the family can."""

from __future__ import annotations

import subprocess
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from models import PlanType, Role
from tests import dbfile
from ui.editor.plan_details import PlanDetailsDialog
from ui.window.main_window import MainWindow
from wijkteam.errors import InvalidInputError, NotAllowedError
from wijkteam.services import FAMILY, Actor, Services


def _set(field: object, day: date | None) -> None:
    field.check.setChecked(day is not None)  # type: ignore[attr-defined]
    if day is not None:
        field.date_edit.setDate(QDate(day.year, day.month, day.day))  # type: ignore[attr-defined]


def _dialog(window: MainWindow) -> PlanDetailsDialog:
    window.editor_view.top_bar.details_button.click()
    dialog = window.editor_view.details_dialog
    assert isinstance(dialog, PlanDetailsDialog) and dialog.isVisible()
    return dialog


def test_changed_details_show_in_the_editor_the_list_the_pdf_and_the_calendar(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path, data_dir: Path
) -> None:
    pid = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY, title="Mijn plan")
    window.open_plan(pid)
    dialog = _dialog(window)
    assert dialog.name_edit.text() == "" and not dialog.melding_field.check.isChecked()
    meeting = date.today() + timedelta(days=3)
    dialog.title_edit.setText("Zelf naar de winkel")
    dialog.name_edit.setText("Gerda Smit")
    _set(dialog.melding_field, date.today() - timedelta(days=2))
    _set(dialog.meeting_field, meeting)
    dialog.place_edit.setText("Buurthuis De Linde")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    plan = services.plans.get_plan(pid)
    assert (plan.title, plan.family_name, plan.meeting_place) == ("Zelf naar de winkel", "Gerda Smit",
                                                                  "Buurthuis De Linde")
    assert (plan.melding_date, plan.meeting_date) == (date.today() - timedelta(days=2), meeting)
    top = window.editor_view.top_bar
    assert top.title_label.text() == "Zelf naar de winkel"
    assert top.kind_label.text() == "Persoonlijk plan · Gerda Smit"
    assert top.deadline_label.isVisible() and top.deadline_label.text().startswith("Nog 5 dagen")
    assert "Zelf naar de winkel" in window.windowTitle()
    with closing(dbfile.connect(data_dir / "wijkteam.sqlite")) as con:  # in the plan's history, as the family
        rows = con.execute("SELECT actor_role, field FROM change WHERE plan_id = ? AND entity = 'plan'", (pid,))
        assert {field for _role, field in rows} >= {"title", "family_name", "melding_date", "meeting_date",
                                                   "meeting_place"}

    window.show_start()  # the list
    model = window.start_view.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Gerda Smit"]
    pdf = services.export.export_pdf(pid, tmp_path / "plan.pdf")  # the PDF
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Zelf naar de winkel" in text and "Gerda Smit" in text and "Buurthuis De Linde" in text
    calendar = services.versions.calendar(pid)  # the calendar: the check-in follows the new meeting date
    check_in = (meeting + timedelta(days=28)).strftime("%Y%m%d")
    assert f"DTSTART;VALUE=DATE:{check_in}" in calendar and "Gerda Smit" in calendar


def test_nothing_changed_stores_nothing_and_a_bad_date_says_so(
    qtbot: QtBot, window: MainWindow, services: Services, data_dir: Path
) -> None:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Rust thuis", family_name="Familie Kaya")
    window.open_plan(pid)
    dialog = _dialog(window)
    assert dialog.changed_fields() == {}
    assert dialog.melding_field.isHidden()  # a familiegroepsplan has no melding
    dialog.name_edit.setText("  Familie   Kaya ")  # the same name, with spaces: no change
    assert dialog.changed_fields() == {}
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with closing(dbfile.connect(data_dir / "wijkteam.sqlite")) as con:
        assert con.execute("SELECT count(*) FROM change WHERE plan_id = ? AND entity = 'plan' AND field != ''",
                           (pid,)).fetchone()[0] == 0


def test_only_the_family_changes_the_details(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Rust thuis")
    window.open_plan(pid)
    window.session_role.switch_to(Role.ONDERSTEUNER, "Marieke")
    assert not window.editor_view.top_bar.details_button.isVisible()
    window.plan_menu.aboutToShow.emit()
    assert not window.details_action.isEnabled()
    window.editor_view.edit_details()  # also when asked another way: no dialog for someone else
    assert window.editor_view.details_dialog is None
    try:
        services.plans.update_plan(pid, Actor(Role.ONDERSTEUNER, "Marieke"), title="Anders")
    except NotAllowedError:
        pass
    else:
        raise AssertionError("the services let someone else change the family's plan")
    assert services.plans.get_plan(pid).title == "Rust thuis"
    window.session_role.switch_to(Role.GEZIN, "")
    window.plan_menu.aboutToShow.emit()
    assert window.details_action.isEnabled() and window.editor_view.top_bar.details_button.isVisible()


def test_the_family_chooses_the_plans_language_and_an_unknown_one_is_refused(
    qtbot: QtBot, window: MainWindow, services: Services, data_dir: Path
) -> None:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Rust thuis")
    window.open_plan(pid)
    dialog = _dialog(window)
    combo = dialog.language_combo
    # Each language in its own words, Dutch first.
    assert [combo.itemText(i) for i in range(combo.count())] == ["Nederlands", "English", "Türkçe", "Polski",
                                                                "العربية"]
    assert combo.currentData() == "nl"
    assert not dialog.bilingual_check.isEnabled()  # Dutch already
    combo.setCurrentIndex(combo.findData("tr"))
    assert dialog.changed_fields() == {"language": "tr"}
    assert dialog.bilingual_check.isEnabled()
    dialog.bilingual_check.setChecked(True)
    assert dialog.changed_fields() == {"language": "tr", "print_bilingual": True}
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert services.plans.get_plan(pid).language == "tr"
    assert services.plans.get_plan(pid).print_bilingual
    with closing(dbfile.connect(data_dir / "wijkteam.sqlite")) as con:
        assert con.execute("SELECT actor_role FROM change WHERE plan_id = ? AND field = 'language'",
                           (pid,)).fetchall() == [("gezin",)]
    try:
        services.plans.update_plan(pid, FAMILY, language="xx")
    except InvalidInputError as error:
        assert str(error) == "Deze taal kent Ons Plan niet."
    else:
        raise AssertionError("an unknown language was stored")
    assert services.plans.get_plan(pid).language == "tr"


def test_a_new_plan_starts_in_the_language_of_the_screens(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.common.screen_language import LANGUAGE_ATTRIBUTE

    monkeypatch.setattr(QApplication.instance(), LANGUAGE_ATTRIBUTE, "pl", raising=False)
    window.start_view._create_plan(PlanType.FAMILIEGROEPSPLAN, family_name="Rodzina Nowak")
    plan = next(p for p in services.plans.list_plans() if p.family_name == "Rodzina Nowak")
    assert services.plans.get_plan(plan.id).language == "pl"
