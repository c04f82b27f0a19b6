"""'Kopie zonder namen' in the window: the dialog shows what the copy says instead of each name and the words left
that look like names, and saves the copy as a PDF or a plan file, for every role."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from models import Role
from ui.window.anonymous_copy import COL_COPY, COL_PLAN, AnonymousCopyDialog
from ui.window.main_window import MainWindow
from wijkteam import planfile
from wijkteam.demo import add_demo_plans
from wijkteam.services import Services

NAMES = ("Sanne", "Kemal", "Yılmaz", "Bakker", "Ria", "Fatima", "Łukasz", "Joost", "Priya", "06-12345678")


def _open(qtbot: QtBot, window: MainWindow, services: Services) -> AnonymousCopyDialog:
    plan_id = add_demo_plans(services)[0]
    window.open_plan(plan_id)
    window.plan_menu.aboutToShow.emit()
    assert window.anonymous_action.isEnabled()
    window.anonymous_action.trigger()
    dialog = window.anonymous_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _rows(dialog: AnonymousCopyDialog) -> list[tuple[str, str]]:
    model = dialog.model
    return [(model.index(row, COL_PLAN).data(), model.index(row, COL_COPY).data()) for row in range(model.rowCount())]


def _answer(dialog: AnonymousCopyDialog, path: Path) -> list[Path]:
    suggested: list[Path] = []

    def ask(_title: str, proposal: Path, _filter: str) -> Path:
        suggested.append(proposal)
        return path

    dialog._ask_path = ask  # type: ignore[method-assign]
    return suggested


def _saved(qtbot: QtBot, dialog: AnonymousCopyDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.done_box is not None, timeout=20_000)
    assert dialog.done_box is not None
    return dialog.done_box


def test_the_dialog_shows_what_is_replaced_before_anything_is_written(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    dialog = _open(qtbot, window, services)
    rows = _rows(dialog)
    assert ("Ria Bakker", "oma") in rows and ("Joost van Dam", "jeugdbeschermer") in rows
    assert ("Familie Yılmaz", "het gezin") in rows
    assert ("06-12345678", "(gaat niet mee)") in rows and ("Kanaalweg 12", "[adres]") in rows
    assert {"Dekker", "Mo", "Utrecht"} <= set(dialog.left_words.text().split(", "))
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert "Kijk deze woorden na. Het kunnen namen zijn:" in texts
    assert dialog.table.accessibleName() and dialog.left_words.accessibleName()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.pdf_button)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_pdf_without_names(qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path) -> None:
    dialog = _open(qtbot, window, services)
    suggested = _answer(dialog, tmp_path / "voor de buurvrouw")
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    box = _saved(qtbot, dialog)
    assert box.text() == "De kopie zonder namen is bewaard."
    assert suggested[0].name == "Kopie zonder namen.pdf"  # never the plan's title: a title may hold a name
    target = tmp_path / "voor de buurvrouw.pdf"
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert not [name for name in NAMES if name in text]
    assert "oma" in text and "het gezin" in text


@pytest.mark.parametrize("role", list(Role))
def test_the_plan_file_without_names_as_every_role(qtbot: QtBot, window: MainWindow, services: Services,
                                                   tmp_path: Path, role: Role) -> None:
    if role != Role.GEZIN:
        window.session_role.switch_to(role, "Marieke Jansen")
    dialog = _open(qtbot, window, services)
    _answer(dialog, tmp_path / "kopie")
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    _saved(qtbot, dialog)
    target = tmp_path / "kopie.wijkplan"
    raw = target.read_text(encoding="utf-8")
    assert not [name for name in (*NAMES, "Marieke") if name in raw]
    assert planfile.read_document(target)["plan"]["family_name"] == "het gezin"


def test_characters_no_font_has_are_named_before_the_pdf(qtbot: QtBot, window: MainWindow, services: Services,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _open(qtbot, window, services)
    asked: list[bool] = []

    def unprintable(plan_id: int, *, without_names: bool = False) -> list[str]:
        asked.append(without_names)
        return ["\u2603"]

    monkeypatch.setattr(services.export, "unprintable", unprintable)
    _answer(dialog, tmp_path / "kopie.pdf")
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.unprintable_box is not None, timeout=10_000)
    assert dialog.unprintable_box is not None and asked == [True]
    go_on = next(b for b in dialog.unprintable_box.buttons() if b.text().replace("&", "") == "Toch afdrukken")
    go_on.click()
    _saved(qtbot, dialog)
    assert (tmp_path / "kopie.pdf").is_file() and asked == [True]
