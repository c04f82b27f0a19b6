"""Follow-up on screen: 'Dit moet nu gebeuren' when a date has passed, and the plan's dates saved for a calendar."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from models import AgreementStatus, PlanType
from ui.together.calendar_export import default_calendar_name, export_calendar
from ui.together.due_dialog import DueDialog, due_items
from wijkteam.errors import StorageError
from wijkteam.services import FAMILY, Services

TODAY = date(2025, 5, 10)


@pytest.fixture
def plans(services: Services) -> dict[str, int]:
    add = services.agreements.add_agreement
    yilmaz = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Rust thuis",
                                        family_name="Familie Yılmaz")
    add(yilmaz, FAMILY, "Oma belt de school.", due_date=TODAY - timedelta(days=3))
    add(yilmaz, FAMILY, "Al gedaan.", due_date=TODAY - timedelta(days=3), status=AgreementStatus.GEDAAN)
    services.plans.update_plan(yilmaz, FAMILY, evaluation_date=TODAY)
    wim = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY, title="Zelf naar de winkel",
                                     family_name="Wim de Vries")
    add(wim, FAMILY, "Anja vraagt de scootmobiel aan.", due_date=TODAY - timedelta(days=10))
    calm = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Niets aan de hand")
    add(calm, FAMILY, "Later.", due_date=TODAY + timedelta(days=3))
    return {"yilmaz": yilmaz, "wim": wim, "calm": calm}


def _labels(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def test_due_items_per_plan_are_cheap_to_ask_and_quiet_on_errors(services: Services, plans: dict[str, int],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    items = due_items(services, TODAY)
    assert [(item.plan_id, item.day) for item in items] == [
        (plans["wim"], TODAY - timedelta(days=10)),
        (plans["yilmaz"], TODAY - timedelta(days=3)),
        (plans["yilmaz"], TODAY),
    ]

    def broken(today: date) -> list[object]:
        raise StorageError("Het bestand met uw plannen is beschadigd.")

    monkeypatch.setattr(services.versions, "due", broken)
    assert due_items(services, TODAY) == []


def test_the_dialog_lists_per_plan_what_is_due_and_opens_a_plan(qtbot: QtBot, services: Services,
                                                                plans: dict[str, int]) -> None:
    dialog = DueDialog(services, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Dit moet nu gebeuren"
    labels = _labels(dialog)
    # Oldest first: Wim's date passed longest ago. Done agreements and future dates are not there.
    assert labels[labels.index("Wim de Vries: Zelf naar de winkel"):] == [
        "Wim de Vries: Zelf naar de winkel", "30 april, voorbij", "Afspraak: Anja vraagt de scootmobiel aan.",
        "Familie Yılmaz: Rust thuis", "7 mei, voorbij", "Afspraak: Oma belt de school.", "vandaag", "Evaluatie",
    ]
    assert list(dialog.open_buttons) == [plans["wim"], plans["yilmaz"]]
    assert dialog.focusWidget() is dialog.open_buttons[plans["wim"]]
    with qtbot.waitSignal(dialog.open_plan_requested) as opened:
        qtbot.mouseClick(dialog.open_buttons[plans["yilmaz"]], Qt.MouseButton.LeftButton)
    assert opened.args == [plans["yilmaz"]]
    assert not dialog.isVisible()


def test_the_dialog_with_nothing_due(qtbot: QtBot, services: Services) -> None:
    dialog = DueDialog(services, TODAY, items=[])
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Er is nu niets te doen. Geen enkele datum is vandaag of voorbij." in _labels(dialog)
    assert dialog.open_buttons == {}


# --------------------------------------------------------------------------------------------------- calendar


def _message(parent: QWidget) -> QMessageBox:
    box = parent.findChild(QMessageBox, "messageBox")
    assert isinstance(box, QMessageBox) and box.isVisible()
    return box


def test_export_calendar_asks_a_file_name_and_writes_the_file(qtbot: QtBot, services: Services,
                                                              plans: dict[str, int], tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[Path] = []

    def ask(_parent: QWidget, suggested: Path) -> Path | None:
        asked.append(suggested)
        return tmp_path / "onze datums"

    written = export_calendar(services, plans["yilmaz"], parent, ask_path=ask)
    assert asked[0].name == "Rust thuis - datums.ics" == default_calendar_name("Rust thuis")
    assert written == tmp_path / "onze datums.ics"
    text = written.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and "SUMMARY:Afspraak: Oma belt de school." in text
    assert "onze datums.ics" in _message(parent).text()


def test_export_calendar_cancelled_or_without_dates(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    empty = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY)
    asked: list[Path] = []

    def ask(_parent: QWidget, suggested: Path) -> Path | None:
        asked.append(suggested)
        return None

    assert export_calendar(services, empty, parent, ask_path=ask) is None
    assert asked == []  # no file dialog for a plan without dates: the message says why
    assert _message(parent).text() == "Er staan geen datums in dit plan die in een agenda kunnen."
    services.plans.update_plan(empty, FAMILY, evaluation_date=TODAY)
    assert export_calendar(services, empty, parent, ask_path=ask) is None
    assert len(asked) == 1 and not list(tmp_path.rglob("*.ics"))
