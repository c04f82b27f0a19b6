"""The application object, one window per user, and what is shown when something goes wrong."""

from __future__ import annotations

import socket
import sys
import tempfile
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from ui.window.app import TRANSLATORS_ATTRIBUTE, create_application
from ui.window.crash_dialog import CrashDialog, show_crash_dialog, show_error
from ui.window.single_instance import SingleInstance
from wijkteam.instance_lock import InstanceLock


def _key() -> str:
    return f"wijkteam-test-{uuid.uuid4().hex[:12]}"


def test_application_is_named_readable_and_dutch(qapp: QApplication) -> None:
    app = create_application(["again"])
    assert app is qapp  # an existing application is reused
    assert app.applicationName() == "Ons Plan"
    assert app.organizationName() == "wijkteam"
    assert app.font().family() == "DejaVu Sans"
    assert app.font().pointSize() >= 12
    translators = getattr(app, TRANSLATORS_ATTRIBUTE)
    assert translators and len(translators) == len(getattr(create_application([]), TRANSLATORS_ATTRIBUTE))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
    texts = {b.text().replace("&", "") for b in buttons.buttons()}
    assert texts == {"Annuleren", "Sluiten"}


def test_second_start_is_not_primary_and_raises_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    key = _key()
    first = SingleInstance(key, InstanceLock(tmp_path))
    try:
        assert first.is_primary()
        second = SingleInstance(key, InstanceLock(tmp_path))
        with qtbot.waitSignal(first.raise_requested, timeout=3000):
            assert not second.is_primary()
    finally:
        first.close()
    third = SingleInstance(key, InstanceLock(tmp_path))
    try:
        assert third.is_primary()  # once the first is gone, a new start opens normally
    finally:
        third.close()


@pytest.mark.skipif(sys.platform == "win32", reason="Unix socket files only")
def test_a_server_left_by_a_crash_does_not_block_the_start(tmp_path: Path) -> None:
    key = _key()
    stale = Path(tempfile.gettempdir()) / key
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(str(stale))
    leftover.close()  # the file stays, nobody answers: as after a crash
    instance = SingleInstance(key, InstanceLock(tmp_path))
    try:
        assert instance.is_primary()
    finally:
        instance.close()
        stale.unlink(missing_ok=True)


def test_crash_dialog_reassures_and_copies_the_details(qtbot: QtBot) -> None:
    details = "Traceback (most recent call last):\n  ValueError: kapot"
    dialog = CrashDialog(details, "/tmp/crash-1.txt")
    qtbot.addWidget(dialog)
    dialog.show()
    # Nothing waits to be saved here; tests/test_ui_autosave.py covers text that does.
    assert dialog.message_label.text() == "Er ging iets mis in Ons Plan. Alles wat u typte is bewaard."
    assert "/tmp/crash-1.txt" in dialog.advice_label.text()
    assert not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible() and dialog.details.toPlainText() == details
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == details


def _close_modal_later(seen: list[str]) -> None:
    def close() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, close)
            return
        seen.append(widget.text() if isinstance(widget, QMessageBox) else type(widget).__name__)
        widget.close()

    QTimer.singleShot(0, close)


def test_show_error_and_show_crash_dialog_wait_until_closed(qtbot: QtBot) -> None:
    seen: list[str] = []
    _close_modal_later(seen)
    show_error("Het bestand met uw plannen is beschadigd en kan niet worden geopend.")
    _close_modal_later(seen)
    show_crash_dialog("details", None)
    assert seen == ["Het bestand met uw plannen is beschadigd en kan niet worden geopend.", "CrashDialog"]
