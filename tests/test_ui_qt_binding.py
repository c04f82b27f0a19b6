"""The Qt binding itself must not lose references: on Python 3.11 a lost reference to None aborts the app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("warm up")
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("Hallo")
    # A handful either way is other Python code; the broken binding lost exactly one per call.
    assert abs(sys.getrefcount(None) - before) < 50
