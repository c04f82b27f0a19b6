"""The Jeugdwet helper in the window and the PDF: the days left to the agreed day, as calm as the Wmo clock; the
safety conditions at the top of "Veiligheidsafspraken", the professional's words apart from the family's answer; the
dates in "Over dit plan" and in the dialog for a new plan; the optional pgb part said calmly."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint
from pytestqt.qtbot import QtBot

from models import AdviceAnswer, AdviceKind, PlanType, Role
from ui.editor.plan_details import PlanDetailsDialog
from ui.start.new_plan_dialogs import NewFamilyPlanDialog
from ui.window.main_window import MainWindow
from wijkteam.services import FAMILY, Actor, Services

TODAY = date.today()
OTS = "Ondertoezichtstelling (OTS), art. 1:255 BW"
CONDITION = "Er is altijd een volwassene bij de kinderen als de ouders ruzie hebben."
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def _family_plan(services: Services, *, term: date | None, condition: bool = True) -> int:
    plan_id = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, family_name="Familie Öztürk",
                                         offer_date=TODAY - timedelta(days=7), term_date=term)
    safety = next(s for s in services.plans.get_plan(plan_id).sections if s.key == "veiligheid")
    services.plans.set_section_text(safety.id, "De kinderen gaan dan naar oma.", FAMILY)
    if condition:
        advice = services.advice.add_advice(
            plan_id, Actor(Role.PROFESSIONAL, "Joost van Dam"), CONDITION, kind=AdviceKind.VOORWAARDE,
            organisation="Samen Veilig", legal_basis=OTS, section_id=safety.id, given_on=TODAY - timedelta(days=2))
        services.plans.respond_to_advice(advice, FAMILY, AdviceAnswer.OVERGENOMEN, "Oma komt dan meteen.")
    return plan_id


def _open_part(window: MainWindow, key: str) -> None:
    editor = window.editor_view
    row = next(i for i, s in enumerate(editor.model.sections()) if s.key == key)
    editor.section_list.setCurrentIndex(editor.model.index(row))


def test_a_familiegroepsplan_with_an_offer_shows_the_days_left_calmly(window: MainWindow, services: Services) -> None:
    plan_id = _family_plan(services, term=TODAY + timedelta(days=12), condition=False)
    window.open_plan(plan_id)
    label = window.editor_view.top_bar.deadline_label
    assert label.isVisible() and label.text().startswith("Nog 12 dagen tot de afgesproken datum voor uw plan")
    assert label.property("role") == "deadline"  # the same calm box as the Wmo clock, no warning colours

    services.plans.update_plan(plan_id, FAMILY, term_date=TODAY - timedelta(days=1))
    window.open_plan(plan_id)
    assert label.text() == "De afgesproken datum is voorbij. U mag het plan nog steeds maken."
    # Only an offer, no agreed day yet: said so, without a count.
    services.plans.update_plan(plan_id, FAMILY, term_date=None)
    window.open_plan(plan_id)
    assert "het aanbod om zelf een plan te maken" in label.text() and "Nog" not in label.text()
    # The list of plans shows the agreed day as the next date that matters, until it comes.
    services.plans.update_plan(plan_id, FAMILY, term_date=TODAY + timedelta(days=3))
    row = next(p for p in services.overview.list_overview() if p.id == plan_id)
    assert (row.next_date, row.next_label) == (TODAY + timedelta(days=3), "Afgesproken datum voor het plan")


def test_an_ots_condition_shows_at_the_top_of_the_safety_part_with_the_familys_answer(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    window.open_plan(_family_plan(services, term=None))
    editor = window.editor_view
    box = editor.open_part.conditions_box
    _open_part(window, "hoofdvraag")
    assert box.isHidden()
    _open_part(window, "veiligheid")
    qtbot.waitUntil(box.isVisible)
    [card] = box.cards
    assert card.text_label.text() == CONDITION
    assert card.legal_label.text() == f"Wettelijke grond: {OTS}"
    assert card.author_label.text().startswith("Van Joost van Dam, Samen Veilig · ")
    assert card.answer_label.text() == "Antwoord van het gezin: ✓ Overgenomen"
    assert card.reason_label.text() == "Oma komt dan meteen."
    assert card.about_label.isHidden()  # it is about this part itself
    # At the top: above the family's own text, which stays theirs to write; nothing is blocked.
    panel = editor.panel
    top_of_text = panel.text_edit.mapTo(panel, QPoint(0, 0)).y()
    assert box.mapTo(panel, QPoint(0, 0)).y() + box.height() <= top_of_text
    assert not panel.text_edit.isReadOnly() and panel.done_check.isEnabled()
    # A professional's new condition shows there too, once the advice is read again.
    services.advice.add_advice(editor.plan_id, Actor(Role.PROFESSIONAL, "Joost van Dam"),  # type: ignore[arg-type]
                               "Geen alcohol in huis.", kind=AdviceKind.VOORWAARDE, legal_basis=OTS)
    editor.advice_panel.reload()
    assert [c.text_label.text() for c in box.cards] == [CONDITION, "Geen alcohol in huis."]
    assert box.cards[1].about_label.text() == "Over: het hele plan"
    assert box.cards[1].answer_label.text() == "Antwoord van het gezin: ○ Nog niet beantwoord"


def test_over_dit_plan_sets_the_dates_also_in_weeks_and_refuses_a_day_before_the_offer(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    plan_id = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    window.open_plan(plan_id)
    window.editor_view.top_bar.details_button.click()
    dialog = window.editor_view.details_dialog
    assert isinstance(dialog, PlanDetailsDialog)
    dates = dialog.jeugdwet
    assert dates.isVisible() and "artikel 4.1.2" in dates.explain_label.text()
    assert not dates.weeks_spin.isEnabled()  # weeks count from the offer: first the offer
    offer = TODAY - timedelta(days=2)
    dates.offer_field.check.setChecked(True)
    dates.offer_field.date_edit.setDate(QDate(offer.year, offer.month, offer.day))
    dates.weeks_spin.setValue(6)
    assert dates.term_date() == offer + timedelta(weeks=6)
    assert dates.days_label.text().startswith("Nog 40 dagen")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    plan = services.plans.get_plan(plan_id)
    assert (plan.offer_date, plan.term_date) == (offer, offer + timedelta(weeks=6))
    assert window.editor_view.top_bar.deadline_label.text().startswith("Nog 40 dagen")

    window.editor_view.top_bar.details_button.click()
    dialog = window.editor_view.details_dialog
    assert isinstance(dialog, PlanDetailsDialog) and dialog.jeugdwet.weeks_spin.value() == 6
    before = offer - timedelta(days=1)
    dialog.jeugdwet.term_field.date_edit.setDate(QDate(before.year, before.month, before.day))
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.error_label.text() == (
        "De afgesproken datum kan niet voor de datum van het aanbod liggen.")
    assert services.plans.get_plan(plan_id).term_date == offer + timedelta(weeks=6)
    dialog.reject()


def test_the_new_plan_dialog_asks_the_dates_and_the_plan_gets_them(qtbot: QtBot, window: MainWindow,
                                                                   services: Services) -> None:
    window.show_start()
    window.start_view.ask_new_plan(PlanType.FAMILIEGROEPSPLAN)
    dialog = window.start_view.new_plan_dialog
    assert isinstance(dialog, NewFamilyPlanDialog)
    qtbot.waitExposed(dialog)
    assert dialog.offer_date() is None and dialog.term_date() is None  # both may stay open
    dialog.name_edit.setText("Familie Jansen")
    dialog.jeugdwet.set_values(TODAY, TODAY + timedelta(days=30))
    assert dialog.jeugdwet.days_label.text().startswith("Nog 30 dagen")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: window.editor_view.plan_id is not None)
    plan = services.plans.get_plan(window.editor_view.plan_id)  # type: ignore[arg-type]
    assert (plan.family_name, plan.offer_date, plan.term_date) == ("Familie Jansen", TODAY, TODAY + timedelta(30))


def test_the_pgb_part_says_calmly_that_it_is_only_for_some(window: MainWindow, services: Services) -> None:
    window.open_plan(services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY))
    note = window.editor_view.open_part.optional_note
    _open_part(window, "pgb")
    assert note.isVisible() and note.text() == "Alleen als u een pgb wilt. U mag dit deel leeg laten."
    assert note.property("role") == "muted"
    _open_part(window, "verwachting")
    assert note.isHidden()
    assert window.editor_view.panel.question_label.text().startswith("Wat moet de hulp voor u veranderen?")


@needs_poppler
def test_the_pdf_starts_the_safety_part_with_the_conditions_and_names_the_dates(services: Services,
                                                                                tmp_path: Path) -> None:
    plan_id = _family_plan(services, term=TODAY + timedelta(days=20))
    target = services.export.export_pdf(plan_id, tmp_path / "plan.pdf")
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    safety = text.index("Veiligheidsafspraken Voorwaarde van Joost van Dam. Ons plan moet hieraan voldoen.")
    assert safety < text.index(CONDITION) < text.index("De kinderen gaan dan naar oma.")
    part = text[safety:text.index("De kinderen gaan dan naar oma.")]
    assert f"Wettelijke grond: {OTS}" in part and "Samen Veilig" in part
    assert "Ons antwoord: Overgenomen Oma komt dan meteen." in part
    # Printed once: the appendix names the part where they stand.
    appendix = text[text.index("Bijlage: informatie en advies van professionals"):]
    assert CONDITION not in appendix and "Ze staan bovenaan het deel Veiligheidsafspraken." in appendix
    assert "Aanbod voor dit plan:" in text and "Afgesproken datum:" in text
    assert "Jeugdwet, artikel 4.1.2" in text


@needs_poppler
def test_an_empty_pgb_part_stays_out_of_the_pdf(services: Services, tmp_path: Path) -> None:
    plan_id = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY)
    target = services.export.export_pdf(plan_id, tmp_path / "plan.pdf")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Wat verwacht ik van de hulp" in text and "Als ik een pgb wil" not in text
    pgb = next(s for s in services.plans.get_plan(plan_id).sections if s.key == "pgb")
    services.plans.set_section_text(pgb.id, "Mijn zoon helpt met het budget.", FAMILY)
    target = services.export.export_pdf(plan_id, tmp_path / "plan2.pdf")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Als ik een pgb wil" in text and "Mijn zoon helpt met het budget." in text
