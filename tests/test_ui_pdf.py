"""Afdrukken als PDF: the file question, the work off the screen's thread, and what the family is told."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from models import PlanType
from ui.window.main_window import MainWindow
from wijkteam.errors import UserError
from wijkteam.services import FAMILY, Services


def _on_gui_thread() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def _open_plan(window: MainWindow, services: Services, answer: Path | None) -> tuple[int, list[Path]]:
    """Open a plan whose file question answers ``answer``; returns the plan and the names suggested."""
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Plan: familie de Boer")
    window.open_plan(pid)
    editor = window.editor_view
    asked: list[Path] = []

    def ask(suggested: Path) -> Path | None:
        asked.append(suggested)
        return answer

    editor._ask_pdf_path = ask  # type: ignore[method-assign]
    return pid, asked


def test_pdf_is_made_off_the_screen_thread_with_the_newest_text(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid, asked = _open_plan(window, services, tmp_path / "ons plan")
    editor = window.editor_view
    seen: dict[str, object] = {}

    def fake_export(plan_id: int, target: Path) -> Path:
        seen["text"] = services.plans.get_plan(plan_id).sections[0].text
        seen["gui_thread"] = _on_gui_thread()
        target.write_bytes(b"%PDF-1.4 test")
        return target

    monkeypatch.setattr(services.export, "export_pdf", fake_export)
    qtbot.keyClicks(editor.panel.text_edit, "Oma Ria en buurvrouw Fatima")
    with qtbot.waitSignal(editor.exporter.ended):
        qtbot.mouseClick(editor.top_bar.pdf_button, Qt.MouseButton.LeftButton)
        assert editor.exporter.busy and editor.panel.status_label.text() == "Bezig met de PDF…"
    assert seen == {"text": "Oma Ria en buurvrouw Fatima", "gui_thread": False}  # saved before printing
    assert asked[0].name == "Plan familie de Boer.pdf"
    assert editor.exporter.busy_dialog is None  # quick work: no busy dialog flashes by

    box = editor.pdf_done_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "Het plan is opgeslagen als PDF."
    assert box.informativeText() == f"U vindt het hier: {tmp_path / 'ons plan.pdf'}"
    opened: list[Path] = []
    editor._open_file = opened.append  # type: ignore[method-assign]
    (open_button,) = [b for b in box.buttons() if b.text().replace("&", "") == "Open de PDF"]
    open_button.click()
    assert opened == [tmp_path / "ons plan.pdf"]
    assert services.plans.get_plan(pid).title == "Plan: familie de Boer"


@pytest.mark.parametrize("error_kind", ["user_error", "pdf_error"])
def test_a_refused_export_shows_its_sentence(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error_kind: str,
) -> None:
    _open_plan(window, services, tmp_path / "plan.pdf")
    editor = window.editor_view
    message = "De PDF kan niet worden opgeslagen, want de map is alleen-lezen."
    if error_kind == "pdf_error":
        error: Exception = pytest.importorskip("wijkteam.pdf").PdfError(message)
    else:
        error = UserError(message)

    def refuse(plan_id: int, target: Path) -> Path:
        raise error

    monkeypatch.setattr(services.export, "export_pdf", refuse)
    with qtbot.waitSignal(editor.exporter.ended):
        qtbot.keyClick(editor.panel.text_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    box = editor.findChild(QMessageBox, "messageBox")
    assert box is not None and box.isVisible()
    assert box.text() == message
    assert editor.exporter.busy_dialog is None and editor.pdf_done_box is None


def test_a_bug_in_the_export_reaches_the_crash_hook(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open_plan(window, services, tmp_path / "plan.pdf")
    editor = window.editor_view

    def broken(plan_id: int, target: Path) -> Path:
        raise RuntimeError("a bug, not the family's doing")

    monkeypatch.setattr(services.export, "export_pdf", broken)
    with qtbot.captureExceptions() as exceptions, qtbot.waitSignal(editor.exporter.ended):
        editor.top_bar.pdf_button.click()
    assert [str(e[1]) for e in exceptions] == ["a bug, not the family's doing"]
    assert editor.exporter.busy_dialog is None and not editor.exporter.busy


def test_cancelling_the_file_question_does_nothing(
    window: MainWindow, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pid, asked = _open_plan(window, services, None)
    editor = window.editor_view
    calls: list[object] = []
    monkeypatch.setattr(services.export, "export_pdf", lambda *args: calls.append(args))
    editor.top_bar.pdf_button.click()
    assert asked
    assert not editor.exporter.busy and calls == [] and editor.exporter.busy_dialog is None


def test_a_long_export_shows_the_busy_dialog_and_the_window_keeps_responding(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open_plan(window, services, tmp_path / "plan.pdf")
    editor = window.editor_view
    release = threading.Event()

    def slow(plan_id: int, target: Path) -> Path:
        release.wait(10)
        target.write_bytes(b"%PDF-1.4 test")
        return target

    monkeypatch.setattr(services.export, "export_pdf", slow)
    editor.top_bar.pdf_button.click()
    assert editor.exporter.busy_timer.isActive() and editor.exporter.busy_dialog is None
    editor.exporter.busy_timer.timeout.emit()  # the half second has passed, and the PDF is not there yet
    dialog = editor.exporter.busy_dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Afdrukken als PDF"
    assert dialog.labelText() == "Het plan wordt klaargemaakt als PDF…"
    editor.top_bar.pdf_button.click()  # one at a time: a second click while it works does nothing
    with qtbot.waitSignal(editor.exporter.ended, timeout=10_000):
        release.set()
    assert editor.exporter.busy_dialog is None and not dialog.isVisible()
    assert editor.pdf_done_box is not None


def test_real_pdf_of_the_plan(qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path) -> None:
    pytest.importorskip("wijkteam.pdf")
    _open_plan(window, services, tmp_path / "echt")
    editor = window.editor_view
    qtbot.keyClicks(editor.panel.text_edit, "Mama Sanne, papa Kemal en oma Ria")
    with qtbot.waitSignal(editor.exporter.ended, timeout=20_000):
        editor.top_bar.pdf_button.click()
    target = tmp_path / "echt.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert editor.pdf_done_box is not None


def test_without_a_program_that_opens_pdfs_the_family_hears_where_the_pdf_is(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices

    _open_plan(window, services, tmp_path / "plan.pdf")
    editor = window.editor_view
    pdf = tmp_path / "plan.pdf"

    class Viewer(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.shown: list[str] = []

        @Slot(QUrl)
        def show(self, url: QUrl) -> None:
            self.shown.append(url.toLocalFile())

    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:
        editor._open_file(pdf)  # a program takes it: nothing more to say
        assert viewer.shown == [str(pdf)]
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    finally:
        QDesktopServices.unsetUrlHandler("file")

    editor._open_file(pdf)  # this test machine has no program for it (offscreen): one sentence, never silence
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert [box.text() for box in boxes] == [
        f"Er is op deze computer geen programma dat een PDF opent. De PDF is wel bewaard: {pdf}"]
