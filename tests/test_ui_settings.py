"""The settings the app remembers: their defaults, a round trip under the keys of before, and a bad stored value
that falls back to the default instead of breaking the start."""

from __future__ import annotations

import configparser
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt
from pytestqt.qtbot import QtBot

from models import PlanType, Role
from ui.common.pdf_export import default_pdf_folder
from ui.common.settings import DEFAULT_LOCK_MINUTES, LOCK_CHOICES, Settings, settings
from ui.window.main_window import MainWindow
from wijkteam.services import FAMILY, Services


@pytest.fixture
def store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "instellingen.ini"), QSettings.Format.IniFormat)


def _fresh(store: QSettings) -> Settings:
    """Read back through a new QSettings on the same file, as the next start of the app would."""
    store.sync()
    return Settings(QSettings(store.fileName(), QSettings.Format.IniFormat))


def test_the_defaults(store: QSettings) -> None:
    fresh = Settings(store)
    assert fresh.window_geometry is None and fresh.window_state is None and fresh.editor_splitter is None
    assert fresh.help_shown is False
    assert fresh.plan_sort is None  # the list of plans uses its own: the next date first
    assert fresh.lock_minutes == DEFAULT_LOCK_MINUTES == 10
    folder = default_pdf_folder()
    assert (fresh.pdf_folder, fresh.plan_file_folder, fresh.advice_file_folder, fresh.calendar_folder) == (
        folder, folder, folder, folder)
    assert fresh.role_name(Role.ONDERSTEUNER) == "" and fresh.organisation == ""


def test_a_round_trip_keeps_the_keys_of_before(store: QSettings, tmp_path: Path) -> None:
    folders = {name: tmp_path / name for name in ("pdf", "plannen", "advies", "agenda")}
    for folder in folders.values():
        folder.mkdir()
    written = Settings(store)
    written.window_geometry = QByteArray(b"geometry")
    written.window_state = QByteArray(b"state")
    written.editor_splitter = QByteArray(b"splitter")
    written.help_shown = True
    written.set_plan_sort(3, Qt.SortOrder.DescendingOrder)
    written.pdf_folder = folders["pdf"]
    written.plan_file_folder = folders["plannen"]
    written.advice_file_folder = folders["advies"]
    written.calendar_folder = folders["agenda"]
    written.lock_minutes = 30
    written.set_role_name(Role.PROFESSIONAL, "Joost van Dam")
    written.organisation = "Wijkteam Oost"

    read = _fresh(store)
    assert read.window_geometry == QByteArray(b"geometry") and read.window_state == QByteArray(b"state")
    assert read.editor_splitter == QByteArray(b"splitter") and read.help_shown is True
    assert read.plan_sort == (3, Qt.SortOrder.DescendingOrder)
    assert (read.pdf_folder, read.plan_file_folder, read.advice_file_folder, read.calendar_folder) == (
        folders["pdf"], folders["plannen"], folders["advies"], folders["agenda"])
    assert read.lock_minutes == 30
    assert read.role_name(Role.PROFESSIONAL) == "Joost van Dam" and read.organisation == "Wijkteam Oost"

    # The keys of the versions before, in the file itself: people who update keep what they chose.
    ini = configparser.ConfigParser(interpolation=None)
    ini.read(store.fileName(), encoding="utf-8")
    stored = {f"{section}/{key}".replace("\\", "/"): value  # Qt writes a deeper key with \: professional\name
              for section in ini.sections() for key, value in ini[section].items()}
    assert stored == {
        "main_window/geometry": "@ByteArray(geometry)", "main_window/state": "@ByteArray(state)",
        "editor/splitter": "@ByteArray(splitter)", "editor/help_shown": "true",
        "start/sort_column": "3", "start/sort_order": "1",
        "export/last_folder": str(folders["pdf"]), "planfile/last_folder": str(folders["plannen"]),
        "advicefile/last_folder": str(folders["advies"]), "calendar/last_folder": str(folders["agenda"]),
        "security/lock_after_minutes": "30", "roles/professional/name": "Joost van Dam",
        "roles/professional/organisation": "Wijkteam Oost"}


@pytest.mark.parametrize(("key", "value"), [
    ("security/lock_after_minutes", "tien"), ("security/lock_after_minutes", "7"), ("security/lock_after_minutes", ""),
    ("editor/help_shown", "misschien"), ("editor/help_shown", "2"),
    ("start/sort_column", "naam"), ("start/sort_order", "5"), ("start/sort_column", "-1"),
    ("main_window/geometry", "geen bytes"), ("editor/splitter", ""),
    ("export/last_folder", "/bestaat/niet"), ("planfile/last_folder", "\x00"), ("calendar/last_folder", "."),
])
def test_a_bad_stored_value_falls_back_to_the_default(store: QSettings, key: str, value: str) -> None:
    store.setValue("start/sort_column", "2")
    store.setValue("start/sort_order", "0")
    store.setValue(key, value)
    read = _fresh(store)
    defaults = {
        "security/lock_after_minutes": lambda: read.lock_minutes == DEFAULT_LOCK_MINUTES,
        "editor/help_shown": lambda: read.help_shown is False,
        "start/sort_column": lambda: read.plan_sort is None,
        "start/sort_order": lambda: read.plan_sort is None,
        "main_window/geometry": lambda: read.window_geometry is None,
        "editor/splitter": lambda: read.editor_splitter is None,
        "export/last_folder": lambda: read.pdf_folder == default_pdf_folder(),
        "planfile/last_folder": lambda: read.plan_file_folder == default_pdf_folder(),
        "calendar/last_folder": lambda: read.calendar_folder == default_pdf_folder(),
    }
    assert defaults[key]()


def test_a_folder_that_is_a_file_is_no_folder(store: QSettings, tmp_path: Path) -> None:
    plain = tmp_path / "gewoon-bestand.txt"
    plain.write_text("geen map", encoding="utf-8")
    store.setValue("advicefile/last_folder", str(plain))
    assert _fresh(store).advice_file_folder == default_pdf_folder()


def test_only_the_offered_lock_minutes_can_be_stored(store: QSettings) -> None:
    chosen = Settings(store)
    for minutes in LOCK_CHOICES:
        chosen.lock_minutes = minutes
        assert chosen.lock_minutes == minutes
    with pytest.raises(ValueError):
        chosen.lock_minutes = 3
    assert chosen.lock_minutes == LOCK_CHOICES[-1]


def test_the_window_remembers_through_the_settings(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    """The app's own settings object writes where QSettings points (the test's folder), and the next window reads it."""
    window.open_plan(services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY))
    window.editor_view.panel.help_button.setChecked(True)
    window.close()
    assert settings.window_geometry == window.saveGeometry() and settings.help_shown is True
    again = MainWindow(services)
    qtbot.addWidget(again)
    assert again.editor_view.panel.help_button.isChecked()
