"""Shared test set-up. Qt must hear about the headless platform before it is imported anywhere."""

from __future__ import annotations

import os

# Beside the screen the tests use (800x800, the first), the headless platform gets the screens families have: two
# laptops and a 1920x1080 screen with 200% text, which Qt 6 draws as QT_FONT_DPI=192 does (see tests/test_ui_fits.py).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=" + os.path.join(os.path.dirname(__file__), "fixtures",
                                                                           "screens.json")
os.environ.setdefault("LANG", "C.UTF-8")
os.environ.setdefault("WIJKTEAM_LANGUAGE", "nl")  # the tests read the Dutch the app is written in

import atexit  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

# What the app keeps in the home folder (settings such as the window's place, the default data folder, logs) goes to a
# folder of this test process, for the processes the tests start as well: nothing of the person running the tests is
# read or changed, and test processes side by side (pytest-xdist) never share a settings file.
_HOME = tempfile.mkdtemp(prefix="wijkteam-tests-")
atexit.register(shutil.rmtree, _HOME, True)
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = os.path.join(_HOME, _name.lower())

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.window import feature_scan  # noqa: E402

# As the app does once Qt is loaded: PySide6 would read the source of every module imported from here on (the app,
# SQLAlchemy, every test module) to look for a ``__feature__`` none of them asks for.
feature_scan.skip()

from sqlalchemy.engine import Engine  # noqa: E402

from tests import cli, dbfile  # noqa: E402
from tests.compiled import compile_app  # noqa: E402
from wijkteam.db import copy_database, open_database  # noqa: E402
from wijkteam.keystore import KEY_FILENAME, KeyStore, new_recovery_code  # noqa: E402
from wijkteam.paths import DATA_DIR_ENV  # noqa: E402
from wijkteam.services import Services  # noqa: E402

# Every command line a test starts opens its plans with this passphrase, as a family would type it.
os.environ.setdefault("WIJKTEAM_PASSPHRASE", dbfile.TEST_PASSPHRASE)

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from ui.window.main_window import MainWindow


def pytest_configure(config: pytest.Config) -> None:
    """Compile the app's modules once, before the test processes start (``tests/compiled.py``)."""
    if not hasattr(config, "workerinput"):
        compile_app()


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> Iterator[object]:
    """Keep the test modules with their asserts rewritten (``tests/__pycache__``), also under PYTHONDONTWRITEBYTECODE.

    Without them every test process rewrites all of them again on every run: 3 s of each process's 5 s of collecting.
    The flag is set back once the tests are collected.
    """
    before = sys.dont_write_bytecode
    sys.dont_write_bytecode = False
    try:
        return (yield)
    finally:
        sys.dont_write_bytecode = before


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Delete the windows a test closed once its teardown is done, not during some later test.

    pytest-qt closes them with ``deleteLater``, which waits for an event loop; until one runs, hundreds of widgets of
    earlier tests stay alive, and every change to the whole application (its look, its font) goes through them all.
    """
    result = yield
    if QApplication.instance() is not None:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]) -> QApplication:
    """The application as the app itself makes it: names, font, look and Dutch translations."""
    from ui.window.app import create_application

    return create_application(qapp_args)


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the whole application to another language for one test, and back to Dutch after it."""
    from ui.window.app import TRANSLATORS_ATTRIBUTE, install_translators

    def switch(code: str) -> None:
        for translator in getattr(qapp, TRANSLATORS_ATTRIBUTE):
            qapp.removeTranslator(translator)
        setattr(qapp, TRANSLATORS_ATTRIBUTE, install_translators(qapp, code))

    yield switch
    switch("nl")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


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

    Tests get a copy of both, so the migrations run once, not per test; the key file asks for a light key derivation.
    """
    folder = tmp_path_factory.mktemp("template")
    with dbfile.light_kdf():  # every copy is opened again by the command lines that tests start
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


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One data folder that the real ``wijkteam demo`` filled, with a light key file (see ``tests/cli.py``)."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    made = cli.run("demo", data_dir=folder)
    assert made.returncode == 0, made.stderr
    return folder


@pytest.fixture
def demo_dir(tmp_path: Path, demo_template: Path) -> Path:
    """A copy of that folder for one test: the demo plans, for tests of the other commands."""
    target = tmp_path / "data"
    shutil.copytree(demo_template, target)
    return target


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
