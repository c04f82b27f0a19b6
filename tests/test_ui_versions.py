"""The versions dialog: the family freezes the plan, ticks who agreed, and reads what changed since."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from models import AgreementStatus, PlanType, Role
from ui.together.versions_dialog import COL_CONSENT, COL_NUMBER, VersionsDialog
from wijkteam.services import FAMILY, Actor, Services

SUPPORTER = Actor(Role.ONDERSTEUNER, "Gerda")


@pytest.fixture
def plan(services: Services) -> dict[str, int]:
    plan_id = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, family_name="Familie Yılmaz")
    ids = {"plan": plan_id}
    ids["sanne"] = services.people.add_participant(plan_id, FAMILY, "Sanne", Role.GEZIN, relation="moeder")
    ids["ria"] = services.people.add_participant(plan_id, FAMILY, "Oma Ria", Role.NETWERK)
    ids["karin"] = services.people.add_participant(plan_id, FAMILY, "Karin", Role.PROFESSIONAL)
    ids["agreement"] = services.agreements.add_agreement(plan_id, FAMILY, "Oma Ria brengt Jesse naar school.")
    return ids


def _dialog(qtbot: QtBot, services: Services, plan_id: int, actor: Actor = FAMILY,
            answer: bool = True) -> Iterator[VersionsDialog]:
    dialog = VersionsDialog(services, plan_id, actor)
    dialog._confirm_freeze = lambda number: answer  # type: ignore[method-assign]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.close()


@pytest.fixture
def family_dialog(qtbot: QtBot, services: Services, plan: dict[str, int]) -> Iterator[VersionsDialog]:
    yield from _dialog(qtbot, services, plan["plan"])


def test_before_the_first_version(family_dialog: VersionsDialog) -> None:
    assert family_dialog.status_label.text() == "Dit plan is nog niet vastgesteld. Het is een concept."
    assert family_dialog.freeze_button.isEnabled()
    assert not family_dialog.role_note.isVisible()
    assert not family_dialog.table.isVisible() and family_dialog.no_versions_label.isVisible()
    assert family_dialog.changes_empty.isVisible() and "nog geen versie" in family_dialog.changes_empty.text()
    assert family_dialog.consent_checks == {}


def test_the_family_freezes_ticks_who_agreed_and_sees_what_changed(
    qtbot: QtBot, family_dialog: VersionsDialog, services: Services, plan: dict[str, int]
) -> None:
    with qtbot.waitSignal(family_dialog.frozen) as frozen:
        qtbot.mouseClick(family_dialog.freeze_button, Qt.MouseButton.LeftButton)
    assert frozen.args == [1]
    # New tick boxes appear once the event loop has run, as they do for a person.
    qtbot.waitUntil(lambda: all(check.isVisible() for check in family_dialog.consent_checks.values()))
    assert family_dialog.status_label.text().startswith("Dit plan is vastgesteld: versie 1 van ")
    assert family_dialog.model.rowCount() == 1
    assert family_dialog.model.index(0, COL_NUMBER).data() == "Versie 1"
    assert family_dialog.model.index(0, COL_CONSENT).data() == "nog niemand"
    assert family_dialog.changes_empty.text() == "Niets. Het plan is hetzelfde als versie 1."

    # Only named family and network can agree; the professional is at the table, but it is not their plan.
    checks = family_dialog.consent_checks
    assert [checks[pid].text() for pid in checks] == ["Sanne, moeder", "Oma Ria"]
    assert all(check.isEnabled() and not check.isChecked() for check in checks.values())
    ria = checks[plan["ria"]]
    # On the box itself: the tick box is as wide as the column, but only its box and name take a click.
    qtbot.mouseClick(ria, Qt.MouseButton.LeftButton, pos=QPoint(20, ria.height() // 2))
    (version,) = services.versions.list_versions(plan["plan"])
    assert [c.name for c in version.consents] == ["Oma Ria"]
    assert family_dialog.model.index(0, COL_CONSENT).data() == "1 persoon"
    assert family_dialog.consent_checks[plan["ria"]].text().startswith("Oma Ria – akkoord op ")
    assert family_dialog.consent_checks[plan["ria"]].isChecked()

    section = next(s.id for s in services.plans.get_plan(plan["plan"]).sections if s.key == "zorgen")
    services.plans.set_section_text(section, "Veel ruzie.", FAMILY)
    services.agreements.set_agreement_status(plan["agreement"], FAMILY, AgreementStatus.GEDAAN)
    services.people.add_participant(plan["plan"], FAMILY, "Fatima", Role.NETWERK)
    family_dialog.refresh()
    assert family_dialog.status_label.text() == "Het plan is veranderd sinds versie 1. Het is weer een concept."
    assert family_dialog.changes() == [
        "•  Het deel 'Onze zorgen' is aangepast.",
        "•  Er is een persoon bijgekomen: Fatima.",
        "•  Afspraak 'Oma Ria brengt Jesse naar school' staat nu op: gedaan.",
    ]
    assert family_dialog.changes_list.isVisible()

    qtbot.mouseClick(family_dialog.freeze_button, Qt.MouseButton.LeftButton)
    assert [row for row in range(family_dialog.model.rowCount())] == [0, 1]
    assert family_dialog.model.index(0, COL_NUMBER).data() == "Versie 2"  # newest first
    assert not any(check.isChecked() for check in family_dialog.consent_checks.values())
    # An older version shows who agreed then, and cannot be ticked any more.
    family_dialog.table.selectRow(1)
    old = family_dialog.consent_checks
    assert old[plan["ria"]].isChecked() and not any(check.isEnabled() for check in old.values())
    assert family_dialog.consent_hint.text().startswith("Dit is een oude versie.")


def test_saying_no_to_the_question_freezes_nothing(qtbot: QtBot, services: Services, plan: dict[str, int]) -> None:
    for dialog in _dialog(qtbot, services, plan["plan"], answer=False):
        qtbot.mouseClick(dialog.freeze_button, Qt.MouseButton.LeftButton)
        assert services.versions.list_versions(plan["plan"]) == []


def test_the_question_says_what_freezing_means(qtbot: QtBot, services: Services, plan: dict[str, int]) -> None:
    dialog = VersionsDialog(services, plan["plan"], FAMILY)
    qtbot.addWidget(dialog)
    seen: list[str] = []

    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend([box.text(), box.informativeText()])
        seen.extend(button.text() for button in box.findChildren(QPushButton))
        box.reject()

    QTimer.singleShot(0, answer_no)
    assert dialog._confirm_freeze(1) is False
    assert seen[0] == "Wilt u het plan nu vaststellen als versie 1?"
    assert "zoals het nu is" in seen[1] and "nog steeds veranderen" in seen[1]
    assert "&Ja, vaststellen" in seen and "&Nee, nog niet" in seen


def test_other_roles_see_but_cannot_freeze_or_tick(qtbot: QtBot, services: Services, plan: dict[str, int]) -> None:
    services.versions.freeze(plan["plan"], FAMILY)
    for dialog in _dialog(qtbot, services, plan["plan"], SUPPORTER):
        assert not dialog.freeze_button.isEnabled() and dialog.freeze_button.property("role") == ""
        assert dialog.role_note.isVisible()
        assert dialog.consent_checks and not any(check.isEnabled() for check in dialog.consent_checks.values())
        assert dialog.consent_hint.text() == "Het gezin vinkt aan wie akkoord is."
