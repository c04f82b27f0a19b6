"""The process guide as a person uses it: a peer supporter walks the phases with the keyboard; others read along."""

from __future__ import annotations

from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from models import PlanType, Role
from tests import dbfile
from ui.together.process_guide import ProcessGuideDialog
from ui.together.process_step_model import KEY_ROLE
from wijkteam.process_steps import steps_for
from wijkteam.services import FAMILY, Actor, Services

SUPPORTER = Actor(Role.ONDERSTEUNER, "Marieke")
PROFESSIONAL = Actor(Role.PROFESSIONAL, "Joost van Dam")
FAMILY_TABLES = ("plan", "section", "goal", "agreement", "agreement_person", "participant", "advice_response",
                 "private_note")


@pytest.fixture
def plan_id(services: Services) -> int:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, family_name="Familie Yılmaz")
    services.plans.update_plan(pid, FAMILY, meeting_date=date(2026, 3, 6))
    ria = services.people.add_participant(pid, FAMILY, "Ria", Role.NETWERK)
    services.agreements.add_agreement(pid, FAMILY, "Oma brengt Jesse naar school.", who_ids=(ria,),
                                      when_text="maandag")
    services.agreements.add_agreement(pid, FAMILY, "Huiswerkplek zoeken.", who_ids=(ria,), when_text="mei",
                                      how_we_know="Jesse werkt er.", checker="Papa")
    return pid


def _family_rows(data_dir: Path) -> dict[str, list[Any]]:
    with closing(dbfile.connect(data_dir / "wijkteam.sqlite")) as con:
        rows = {t: con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in FAMILY_TABLES}
    # The plan row's updated_at moves with every recorded change; the family's own fields must not.
    rows["plan"] = [row[:11] for row in rows["plan"]]
    return rows


def _open(qtbot: QtBot, services: Services, plan_id: int, actor: Actor) -> ProcessGuideDialog:
    dialog = ProcessGuideDialog(services, plan_id, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # A window manager does this for a dialog that opens; the offscreen platform has none.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _type(widget: QWidget, text: str) -> None:
    # keyClicks with non-ASCII text aborts the process inside Qt; one event per character works.
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def test_supporter_walks_all_phases_with_the_keyboard(qtbot: QtBot, services: Services, plan_id: int,
                                                      data_dir: Path) -> None:
    before = _family_rows(data_dir)
    dialog = _open(qtbot, services, plan_id, SUPPORTER)
    view = dialog.steps_view
    assert view.hasFocus()
    walked = []
    for _ in steps_for(PlanType.FAMILIEGROEPSPLAN):
        walked.append(view.currentIndex().data(KEY_ROLE))
        qtbot.keyClick(view, Qt.Key.Key_Space)
        qtbot.keyClick(view, Qt.Key.Key_Down)
    # The arrow keys pass the phase headings by: every step once, in walking order.
    assert walked == [s.key for s in steps_for(PlanType.FAMILIEGROEPSPLAN)]
    steps = services.process.list_steps(plan_id)
    assert all(s.done and s.done_by == "Marieke" for s in steps)
    heading = dialog.model.index(0).data()
    assert heading.startswith("1. Voorbereiden") and "5 van 5 gedaan" in heading
    assert "gedaan op" in dialog.model.index(view.currentIndex().row()).data()

    # Space again opens the step once more.
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not next(s for s in services.process.list_steps(plan_id) if s.key == "evaluatie").done
    assert _family_rows(data_dir) == before


def test_supporter_writes_a_process_note_for_the_current_phase(qtbot: QtBot, services: Services, plan_id: int) -> None:
    dialog = _open(qtbot, services, plan_id, SUPPORTER)
    dialog.steps_view.setCurrentIndex(dialog.model.index(dialog.model.row_of("eigen_tijd")))
    assert "Fase 3: Eigen tijd" in dialog.phase_label.text()
    dialog.note_edit.setFocus()
    _type(dialog.note_edit, "Gezin wilde 45 minuten; oma Ayşe bleef.")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    notes = services.process.list_notes(plan_id)
    assert [(n.text, n.phase.value if n.phase else "") for n in notes] == [
        ("Gezin wilde 45 minuten; oma Ayşe bleef.", "eigen_tijd")]
    assert dialog.note_edit.toPlainText() == ""
    assert "Eigen tijd · Marieke\nGezin wilde 45 minuten; oma Ayşe bleef." in dialog.notes_list.item(0).text()

    dialog.add_note_button.click()  # an empty note is not stored
    assert dialog.error_label.isVisible() and len(services.process.list_notes(plan_id)) == 1


def test_concreet_check_lists_questions_and_follows_the_plan(qtbot: QtBot, services: Services, plan_id: int) -> None:
    dialog = _open(qtbot, services, plan_id, SUPPORTER)
    assert dialog.concrete_list.count() == 1
    assert dialog.concrete_list.item(0).text() == (
        "Oma brengt Jesse naar school.\n  – Hoe weten we dat het lukt?\n  – Wie checkt of het gelukt is?")
    assert not dialog.concrete_list.item(0).flags() & Qt.ItemFlag.ItemIsEditable
    first = services.plans.get_plan(plan_id).agreements[0].id
    services.agreements.update_agreement(first, FAMILY, how_we_know="Jesse is op tijd.", checker="Sanne")
    dialog.reload()
    assert dialog.concrete_list.isHidden() and dialog.concrete_empty.text().startswith("✓ Alle afspraken")
    assert "3 april 2026" in dialog.check_in_label.text()  # four weeks after 6 March


def test_the_dialog_offers_no_way_to_change_family_content(qtbot: QtBot, services: Services, plan_id: int) -> None:
    dialog = _open(qtbot, services, plan_id, SUPPORTER)
    editors = [w for w in dialog.findChildren(QWidget) if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit))
               and not w.isReadOnly()]
    # The only field to type in is the supporter's own note (a combo box's line edit would show up here too).
    assert editors == [dialog.note_edit]


def test_a_professional_reads_along_and_cannot_tick(qtbot: QtBot, services: Services, plan_id: int,
                                                    data_dir: Path) -> None:
    services.process.add_note(plan_id, SUPPORTER, "Datum staat.")
    dialog = _open(qtbot, services, plan_id, PROFESSIONAL)
    assert "meekijken" in dialog.lead_label.text()
    assert not dialog.model.flags(dialog.steps_view.currentIndex()) & Qt.ItemFlag.ItemIsUserCheckable
    with closing(dbfile.connect(data_dir / "wijkteam.sqlite")) as con:
        before = list(con.iterdump())
    qtbot.keyClick(dialog.steps_view, Qt.Key.Key_Space)
    assert not any(s.done for s in services.process.list_steps(plan_id))
    assert dialog.note_edit.isHidden() and dialog.add_note_button.isHidden()
    assert dialog.notes_only_label.isVisible()
    assert "Datum staat." in dialog.notes_list.item(0).text()  # notes are read by everyone
    with closing(dbfile.connect(data_dir / "wijkteam.sqlite")) as con:
        assert list(con.iterdump()) == before


def test_the_family_may_tick_but_not_write_process_notes(qtbot: QtBot, services: Services, plan_id: int) -> None:
    dialog = _open(qtbot, services, plan_id, FAMILY)
    qtbot.keyClick(dialog.steps_view, Qt.Key.Key_Space)
    assert services.process.list_steps(plan_id)[0].done_by == "Gezin"
    assert dialog.note_edit.isHidden() and dialog.notes_only_label.isVisible()


def test_a_persoonlijk_plan_walks_its_own_smaller_steps(qtbot: QtBot, services: Services) -> None:
    pid = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY)
    dialog = _open(qtbot, services, pid, SUPPORTER)
    keys = [dialog.model.index(r).data(KEY_ROLE) for r in range(dialog.model.rowCount())]
    assert [k for k in keys if k] == [s.key for s in steps_for(PlanType.PERSOONLIJK_PLAN)]
    assert "hoofdvraag" not in keys
    assert dialog.model.index(0).data().startswith("1. Voorbereiden")
    assert "het gesprek" in dialog.check_in_label.text()
    assert dialog.concrete_empty.text().startswith("Er zijn nog geen afspraken")
