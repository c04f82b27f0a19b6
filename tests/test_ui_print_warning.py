"""Afdrukken als PDF with a character no font has: the window names it first, and the family goes on or stops."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from models import PlanType
from ui.window.main_window import MainWindow
from wijkteam.services import FAMILY, Services

PRIVATE = "\ue000"


def _plan_with(services: Services, window: MainWindow, text: str, answer: Path) -> None:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Plan van oma")
    services.plans.set_section_text(services.plans.get_plan(pid).sections[0].id, text, FAMILY)
    window.open_plan(pid)
    window.editor_view._ask_pdf_path = lambda suggested: answer  # type: ignore[method-assign, assignment]


def _print(qtbot: QtBot, window: MainWindow) -> None:
    editor = window.editor_view
    with qtbot.waitSignal(editor.exporter.ended, timeout=20000):
        qtbot.mouseClick(editor.top_bar.pdf_button, Qt.MouseButton.LeftButton)


def _button(box: QMessageBox, text: str) -> object:
    (button,) = [b for b in box.buttons() if b.text().replace("&", "") == text]
    return button


def test_an_unprintable_character_is_named_and_stopping_makes_no_pdf(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    target = tmp_path / "oma.pdf"
    _plan_with(services, window, f"Oma's teken {PRIVATE} en 우리 가족 🎉", target)
    editor = window.editor_view
    _print(qtbot, window)

    box = editor.unprintable_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "Deze tekens kunnen niet worden afgedrukt: \ue000 (U+E000). De rest van het plan wel."
    assert box.informativeText() == "Wilt u de PDF toch maken?"
    assert not target.exists() and editor.pdf_done_box is None  # nothing is printed before the family chooses
    _button(box, "Stoppen").click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not box.isVisible())
    assert not editor.exporter.busy and not target.exists() and editor.pdf_done_box is None


def test_going_on_prints_the_rest(qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path) -> None:
    target = tmp_path / "oma.pdf"
    _plan_with(services, window, f"Oma's teken {PRIVATE} en 우리 가족 🎉", target)
    editor = window.editor_view
    _print(qtbot, window)
    box = editor.unprintable_box
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(editor.exporter.ended, timeout=20000):
        _button(box, "Toch afdrukken").click()  # type: ignore[attr-defined]
    assert target.read_bytes().startswith(b"%PDF")
    done = editor.pdf_done_box
    assert isinstance(done, QMessageBox) and done.text() == "Het plan is opgeslagen als PDF."


def test_a_plan_that_prints_whole_asks_nothing(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    target = tmp_path / "oma.pdf"
    _plan_with(services, window, "Oma zegt: 我们一家人 우리 가족 שלום 🎉", target)
    editor = window.editor_view
    _print(qtbot, window)
    assert editor.unprintable_box is None
    assert target.read_bytes().startswith(b"%PDF")
    assert isinstance(editor.pdf_done_box, QMessageBox)
