"""Eigen tijd as the family uses it: full screen, notes saved as they type, kept out of the plan unless ticked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from models import PlanType, Role
from ui.common.autosave import DELAY_MS
from ui.together.eigen_tijd import EigenTijdDialog
from wijkteam.errors import StorageError
from wijkteam.services import FAMILY, Actor, Services

SUPPORTER = Actor(Role.ONDERSTEUNER, "Marieke")
NOTE = "Oma Ayşe kan op maandag. Çok iyi!"


@pytest.fixture
def plan_id(services: Services) -> int:
    return services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, family_name="Familie Yılmaz")


def _open(qtbot: QtBot, services: Services, plan_id: int, actor: Actor = FAMILY) -> EigenTijdDialog:
    dialog = EigenTijdDialog(services, plan_id, actor)
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


def _texts(services: Services, plan_id: int) -> list[tuple[str, bool]]:
    return [(n.text, n.include) for n in services.private_notes.list_notes(plan_id, FAMILY)]


def test_family_writes_a_note_that_is_saved_after_a_pause(qtbot: QtBot, services: Services, plan_id: int) -> None:
    dialog = _open(qtbot, services, plan_id)
    assert dialog.windowState() & Qt.WindowState.WindowFullScreen
    assert dialog.title_label.text() == "Dit is uw eigen tijd."
    assert "hulpverleners gaan nu even weg" in dialog.message_label.text()
    (card,) = dialog.cards  # an empty card, ready to write in
    assert card.text_edit.hasFocus()
    assert not card.include_check.isChecked()

    _type(card.text_edit, NOTE)
    assert _texts(services, plan_id) == []  # nothing stored per key: it waits for a pause
    assert dialog.autosaver.timer.isActive() and dialog.autosaver.timer.interval() == DELAY_MS
    qtbot.waitUntil(lambda: _texts(services, plan_id) == [(NOTE, False)])
    qtbot.waitUntil(lambda: dialog.status_label.text() == "✓ Alles is bewaard.")  # the writer's answer came back
    # Not in the plan by default.
    assert services.plans.get_plan(plan_id).included_private_notes == ()


def test_ticking_puts_a_note_in_the_plan_and_back_out(qtbot: QtBot, services: Services, plan_id: int) -> None:
    services.plans.add_private_note(plan_id, FAMILY, "Eerste.")
    dialog = _open(qtbot, services, plan_id)
    (card,) = dialog.cards
    card.include_check.setFocus()
    qtbot.keyClick(card.include_check, Qt.Key.Key_Space)
    assert _texts(services, plan_id) == [("Eerste.", True)]
    assert services.plans.get_plan(plan_id).included_private_notes == ("Eerste.",)
    assert "komt in het plan" in card.include_hint.text()
    qtbot.keyClick(card.include_check, Qt.Key.Key_Space)
    assert _texts(services, plan_id) == [("Eerste.", False)]


def test_leaving_with_escape_saves_what_waits(qtbot: QtBot, services: Services, plan_id: int) -> None:
    services.plans.add_private_note(plan_id, FAMILY, "Een.")
    dialog = _open(qtbot, services, plan_id)
    dialog.new_button.click()
    assert len(dialog.cards) == 2 and dialog.cards[1].text_edit.hasFocus()
    _type(dialog.cards[1].text_edit, "Twee, snel getypt.")
    qtbot.keyClick(dialog.cards[1].text_edit, Qt.Key.Key_Escape)  # before the pause is over
    assert not dialog.isVisible()
    assert _texts(services, plan_id) == [("Een.", False), ("Twee, snel getypt.", False)]


def test_an_empty_new_card_is_never_stored(qtbot: QtBot, services: Services, plan_id: int) -> None:
    dialog = _open(qtbot, services, plan_id)
    dialog.done_button.click()
    assert not dialog.isVisible() and _texts(services, plan_id) == []


def test_throwing_a_note_away_asks_first(qtbot: QtBot, services: Services, plan_id: int) -> None:
    services.plans.add_private_note(plan_id, FAMILY, "Weg ermee.")
    services.plans.add_private_note(plan_id, FAMILY, "Blijft.")
    dialog = _open(qtbot, services, plan_id)
    dialog.cards[0].delete_button.click()
    box = dialog.delete_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    next(b for b in box.buttons() if b.text() == "Weggooien").click()
    assert [c.text() for c in dialog.cards] == ["Blijft."]
    assert _texts(services, plan_id) == [("Blijft.", False)]


def test_a_refused_save_keeps_the_family_here_once(qtbot: QtBot, services: Services, plan_id: int,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    note = services.plans.add_private_note(plan_id, FAMILY, "Oud.")
    dialog = _open(qtbot, services, plan_id)

    def refuse(*_args: object) -> None:
        raise StorageError("De schijf is vol.")

    monkeypatch.setattr(services.private_notes, "update_text", refuse)
    _type(dialog.cards[0].text_edit, " Nieuw")
    dialog.done_button.click()
    assert dialog.isVisible() and "De schijf is vol." in dialog.status_label.text()
    dialog.done_button.click()  # the second time the family may go
    assert not dialog.isVisible()
    assert services.private_notes.list_notes(plan_id, FAMILY)[0].id == note


def test_a_persoonlijk_plan_gets_its_own_words(qtbot: QtBot, services: Services) -> None:
    pid = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY)
    dialog = _open(qtbot, services, pid)
    assert dialog.message_label.text().startswith("De ondersteuner gaat nu even weg. U beslist zelf")


def test_another_role_sees_a_sentence_and_no_notes(qtbot: QtBot, services: Services, plan_id: int) -> None:
    services.plans.add_private_note(plan_id, FAMILY, "Geheim.")
    dialog = _open(qtbot, services, plan_id, SUPPORTER)
    assert not dialog.windowState() & Qt.WindowState.WindowFullScreen
    assert dialog.closed_label.text().startswith("Eigen tijd is van het gezin.")
    assert dialog.cards == []
    assert "Geheim." not in " ".join(w.text() for w in dialog.findChildren(QWidget) if hasattr(w, "text")
                                     and isinstance(w.text(), str))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
