"""Whom the family invites: ticked in the window among the people of its map, kept per person, printed as a list
to call around with; only the family ticks."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models import Role
from ui.together.invitations_dialog import InvitationsDialog
from ui.together.process_guide import ProcessGuideDialog
from wijkteam.demo import add_demo_plans
from wijkteam.errors import InvalidInputError
from wijkteam.services import FAMILY, Actor, Services

SUPPORTER = Actor(Role.ONDERSTEUNER, "Marieke")


def _tick(dialog: InvitationsDialog, name: str) -> None:
    items = dialog.people_list.findItems(name, Qt.MatchFlag.MatchStartsWith)
    assert len(items) == 1, name
    items[0].setCheckState(Qt.CheckState.Checked)


def test_the_family_ticks_whom_it_invites_and_prints_the_list(qtbot: QtBot, services: Services,
                                                              tmp_path: Path) -> None:
    plan_id = add_demo_plans(services)[0]
    target = tmp_path / "uitnodigingen"
    guide = ProcessGuideDialog(services, plan_id, FAMILY)
    qtbot.addWidget(guide)
    guide.invite_button.click()
    dialog = guide.invitations
    qtbot.addWidget(dialog)
    assert dialog.people_list.item(0).text().endswith("gezin, heel dichtbij")  # as on the map: the family first
    assert not dialog.print_button.isEnabled() and dialog.count_label.text() == "Nog niemand gekozen."
    _tick(dialog, "Ria Bakker")
    _tick(dialog, "Fatima El Amrani")
    assert dialog.count_label.text() == "2 mensen uitgenodigd."
    invited = {p.name for p in services.people.list_people(plan_id) if p.invited}
    assert invited == {"Ria Bakker", "Fatima El Amrani"}
    dialog._ask_path = lambda _parent, _suggested: target
    dialog.print_button.click()
    pdf = target.with_suffix(".pdf")
    assert pdf.is_file()
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        assert "Wie nodigen we uit?" in text and "Ria Bakker" in text and "Fatima El Amrani" in text
        assert "Kemal" not in text  # not invited: not on the list


def test_someone_else_reads_the_list_but_does_not_tick(qtbot: QtBot, services: Services) -> None:
    plan_id = add_demo_plans(services)[0]
    dialog = InvitationsDialog(services, plan_id, SUPPORTER)
    qtbot.addWidget(dialog)
    item = dialog.people_list.item(0)
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    person = dialog.people_list.item(0).data(Qt.ItemDataRole.UserRole)
    from wijkteam.errors import NotAllowedError

    with pytest.raises(NotAllowedError):
        services.people.update_participant(person, SUPPORTER, invited=True)
    assert not any(p.invited for p in services.people.list_people(plan_id))


def test_a_list_without_anyone_invited_says_so(services: Services, tmp_path: Path) -> None:
    plan_id = add_demo_plans(services)[0]
    with pytest.raises(InvalidInputError) as caught:
        services.export.export_invitations(plan_id, tmp_path / "x.pdf")
    assert str(caught.value) == "Kies eerst wie u uitnodigt. Zet een vinkje bij die mensen."
    assert not (tmp_path / "x.pdf").exists()


def _chip(dialog: InvitationsDialog, name: str):  # noqa: ANN202 - a PersonChip
    chips = [chip for chip in dialog.map_view.chips() if chip.text() == name]
    assert len(chips) == 1, name
    return chips[0]


def test_the_family_ticks_on_the_map_and_the_list_follows(qtbot: QtBot, services: Services) -> None:
    plan_id = add_demo_plans(services)[0]
    dialog = InvitationsDialog(services, plan_id, FAMILY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.tabs.currentWidget() is dialog.map_view  # the map first; the list is the plain alternative
    ria = _chip(dialog, "Ria Bakker")
    assert ria.isCheckable() and not ria.isChecked() and "Niet uitgenodigd." in ria.accessibleDescription()
    qtbot.mouseClick(ria, Qt.MouseButton.LeftButton)  # a click ticks
    fatima = _chip(dialog, "Fatima El Amrani")
    fatima.setFocus()
    qtbot.keyClick(fatima, Qt.Key.Key_Space)  # and so does Space
    assert {p.name for p in services.people.list_people(plan_id) if p.invited} == {"Ria Bakker", "Fatima El Amrani"}
    assert dialog.count_label.text() == "2 mensen uitgenodigd." and dialog.print_button.isEnabled()
    ticked = {dialog.people_list.item(row).text().split(" — ")[0] for row in range(dialog.people_list.count())
              if dialog.people_list.item(row).checkState() == Qt.CheckState.Checked}
    assert ticked == {"Ria Bakker", "Fatima El Amrani"}
    assert _chip(dialog, "Ria Bakker").isChecked() and "Uitgenodigd." in _chip(dialog, "Ria Bakker") \
        .accessibleDescription()
    qtbot.keyClick(fatima, Qt.Key.Key_Space)  # and unticks
    assert {p.name for p in services.people.list_people(plan_id) if p.invited} == {"Ria Bakker"}
    assert dialog.focusWidget() is fatima  # the map is not built again under the family's hands
    # Ticked in the list: the map follows.
    items = dialog.people_list.findItems("Kemal", Qt.MatchFlag.MatchContains)
    items[0].setCheckState(Qt.CheckState.Checked)
    kemal = next(chip for chip in dialog.map_view.chips() if "Kemal" in chip.text())
    assert kemal.isChecked()


def test_on_the_map_someone_else_sees_the_ticks_but_cannot_tick(qtbot: QtBot, services: Services) -> None:
    plan_id = add_demo_plans(services)[0]
    ria = next(p for p in services.people.list_people(plan_id) if p.name == "Ria Bakker")
    services.people.update_participant(ria.id, FAMILY, invited=True)
    dialog = InvitationsDialog(services, plan_id, SUPPORTER)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chip = _chip(dialog, "Ria Bakker")
    assert not chip.isCheckable() and "Uitgenodigd." in chip.accessibleDescription()
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    assert {p.name for p in services.people.list_people(plan_id) if p.invited} == {"Ria Bakker"}
