"""Shared test set-up. Qt must hear about the headless platform before it is imported anywhere."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import shutil  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402

from tests import dbfile  # noqa: E402
from wijkteam.db import copy_database, open_database  # noqa: E402
from wijkteam.keystore import KEY_FILENAME, KeyStore, new_recovery_code  # noqa: E402
from wijkteam.paths import DATA_DIR_ENV  # noqa: E402
from wijkteam.services import Services  # noqa: E402

# Every command line a test starts opens its plans with this passphrase, as a family would type it.
os.environ.setdefault("WIJKTEAM_PASSPHRASE", dbfile.TEST_PASSPHRASE)

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from ui.window.main_window import MainWindow


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]) -> QApplication:
    """The application as the app itself makes it: names, font, look and Dutch translations."""
    from ui.window.app import create_application

    return create_application(qapp_args)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder and fresh settings for every test."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    settings_dir = str(tmp_path / "settings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings_dir)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    return folder


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One encrypted database brought to the newest schema, with its key file under the test passphrase.

    Tests get a copy of both, so the key is derived and the migrations run once, not per test.
    """
    folder = tmp_path_factory.mktemp("template")
    key = KeyStore(folder).create(dbfile.TEST_PASSPHRASE, new_recovery_code())
    dbfile.remember(folder / KEY_FILENAME, key)
    eng = open_database(folder / "wijkteam.sqlite", folder / "backups", key)
    eng.dispose()
    return folder / "wijkteam.sqlite"


@pytest.fixture
def engine(data_dir: Path, migrated_database: Path) -> Iterator[Engine]:
    target = data_dir / "wijkteam.sqlite"
    shutil.copyfile(migrated_database.parent / KEY_FILENAME, data_dir / KEY_FILENAME)
    key = dbfile.key_for(target)
    # SQLite's own backup copies a consistent database, whatever still sits in a WAL file.
    copy_database(migrated_database, target, key)
    eng = open_database(target, data_dir / "backups", key)
    yield eng
    eng.dispose()


@pytest.fixture
def services(engine: Engine) -> Services:
    return Services.for_engine(engine)


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    """The real main window on a fresh database, shown, and closed again before the database goes."""
    from ui.window.main_window import MainWindow

    win = MainWindow(services)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # A test may leave a refused save behind; closing must not stop to ask.
    win.editor_view._confirm_leave_unsaved = lambda: True
    win.close()
