"""Logs and crash files hold no plan content: a storage error while the family saves a private note leaves the note's
words in no file the app writes, and exception messages lose every quoted value."""

from __future__ import annotations

import logging
import sys
import threading
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from models import PlanType
from tests import dbfile
from tests.marker_search import DATABASE_IS_PLAINTEXT, files_holding, leaks
from ui.together.eigen_tijd import EigenTijdDialog
from ui.window.crash_dialog import CrashDialog
from wijkteam.crash import WITHHELD, CrashHook, format_crash, safe_traceback, scrub_text
from wijkteam.logs import LOG_FILENAME, SafeFormatter, setup_logging
from wijkteam.paths import DB_FILENAME, app_paths
from wijkteam.services import FAMILY, Services


@pytest.fixture
def log_file(data_dir: Path) -> Iterator[Path]:
    """The app's own log handler, as at start-up, in the folder the app picks for this data folder."""
    path = setup_logging(app_paths().log_dir)
    assert path is not None
    yield path
    _remove_app_log_handlers()


def _remove_app_log_handlers() -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_wijkteam", False):
            root.removeHandler(handler)
            handler.close()


def _type(widget: QWidget, text: str) -> None:
    # keyClicks with non-ASCII text aborts the process inside Qt; one event per character works.
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def _sql(db_path: Path, statement: str) -> None:
    with closing(dbfile.connect(db_path)) as con:
        con.executescript(statement)
        con.commit()


BREAK_NOTES = """
CREATE TRIGGER break_note_insert BEFORE INSERT ON private_note BEGIN SELECT RAISE(ABORT, 'opslag kapot'); END;
CREATE TRIGGER break_note_update BEFORE UPDATE ON private_note BEGIN SELECT RAISE(ABORT, 'opslag kapot'); END;
"""
MEND_NOTES = "DROP TRIGGER break_note_insert; DROP TRIGGER break_note_update;"


@pytest.mark.qt_no_exception_capture  # the app's own crash hook must see the error, as in the running app
def test_a_storage_error_while_saving_a_note_leaves_its_words_in_no_file(
    qtbot: QtBot, services: Services, data_dir: Path, log_file: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    marker = f"Oma-Ayşe-geheim-{uuid.uuid4().hex}"
    plan_id = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, family_name="Familie Yılmaz")
    db_path = data_dir / DB_FILENAME
    _sql(db_path, BREAK_NOTES)
    paths = app_paths()
    shown: list[str] = []
    hook = CrashHook(paths.crashes, show_dialog=lambda details, _file: shown.append(details))
    monkeypatch.setattr(sys, "excepthook", hook)

    dialog = EigenTijdDialog(services, plan_id, FAMILY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    try:
        _type(dialog.cards[0].text_edit, f"Wat we echt denken: {marker}")
        # The dialog saves by itself after a pause; the storage error reaches the crash hook as any bug would.
        qtbot.waitUntil(lambda: any(paths.crashes.glob("crash-*.txt")), timeout=5000)
    finally:
        _sql(db_path, MEND_NOTES)

    crash_texts = [path.read_text(encoding="utf-8") for path in sorted(paths.crashes.glob("crash-*.txt"))]
    assert not any(marker in crash_text for crash_text in crash_texts)
    assert marker not in log_file.read_text(encoding="utf-8")
    assert shown and not any(marker in details for details in shown)
    crash_text = crash_texts[0]
    # The shape of the error stays, for whoever helps: its types, the table, the places in the code.
    assert "sqlalchemy.exc.IntegrityError" in crash_text and "INSERT INTO private_note" in crash_text
    assert "eigen_tijd.py" in crash_text and "opslag kapot" not in crash_text and WITHHELD in crash_text
    assert "Unhandled error" in log_file.read_text(encoding="utf-8")
    details = CrashDialog(shown[0], str(paths.crashes))
    qtbot.addWidget(details)
    assert marker not in details.details.toPlainText()

    assert dialog.flush()  # the text was kept: once the storage works again, the note is saved
    assert [n.text for n in services.private_notes.list_notes(plan_id, FAMILY)] == [
        f"Wat we echt denken: {marker}"]
    dialog.accept()

    # Data folder, log folder, crash folder and settings: every file this test let the app write.
    assert leaks(marker, tmp_path) == []
    if DATABASE_IS_PLAINTEXT:
        # The search itself works: it finds the note where it is stored in the clear. Once the database is encrypted
        # it finds nothing there either, and the database must be searched too.
        assert files_holding(marker, tmp_path), "the database is encrypted now: set DATABASE_IS_PLAINTEXT = False"


def test_the_file_search_finds_utf16_as_well(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("xx Geheim-ğ yy".encode("utf-16-le"))
    (tmp_path / "b.txt").write_bytes("Geheim-ğ".encode("utf-16-be"))
    (tmp_path / "c.txt").write_bytes(b"nothing here")
    assert [p.name for p in files_holding("Geheim-ğ", tmp_path)] == ["a.txt", "b.txt"]


# ------------------------------------------------------------------------------------------- scrubbing messages


def _raised(error: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise error
    except BaseException:
        kind, value, tb = sys.exc_info()
        assert kind is not None and value is not None
        return kind, value, tb


@pytest.mark.parametrize(("message", "expected"), [
    ("'Oma Ria'", "'…'"),
    ("invalid literal for int() with base 10: 'Jesse 12'", "invalid literal for int() with base 10: '…'"),
    ("'utf-8' codec can't decode byte 0xff in position 3", "'…' codec can't decode byte 0xff in position 3"),
    ('near "Oma": syntax error', 'near "…": syntax error'),
    ("Qt's own Dutch translation", "Qt's own Dutch translation"),
    ("„Oma” en «Ria» en `Jesse`", "„…” en «…» en `…`"),
    ("a value cut short: 'Oma Ri", "a value cut short: …"),
    ("a 'half one, then \"Ria\" after", "a …"),
])
def test_quoted_parts_are_scrubbed_and_the_rest_stays(message: str, expected: str) -> None:
    assert scrub_text(message) == expected


def test_the_whole_chain_loses_its_values_and_keeps_types_and_places() -> None:
    def inner() -> None:
        {"x": 1}["Oma Ria"]

    try:
        try:
            inner()
        except KeyError as error:
            raise ValueError(f"bad person {error}") from error
    except ValueError:
        cause_text = safe_traceback(*sys.exc_info())  # type: ignore[arg-type]
    try:
        try:
            int("Jesse 12")
        except ValueError:
            raise RuntimeError("while saving 'Papa Kees'") from None
    except RuntimeError:
        suppressed = safe_traceback(*sys.exc_info())  # type: ignore[arg-type]
    try:
        try:
            int("Jesse 12")
        except ValueError:
            raise LookupError("during \"Mama Sanne\"")  # noqa: B904 - the implicit context is what is tested
    except LookupError as error:
        error.add_note("note about 'Tante Els'")
        context = safe_traceback(*sys.exc_info())  # type: ignore[arg-type]

    for name in ("Oma Ria", "Papa Kees", "Jesse 12", "Mama Sanne", "Tante Els"):
        assert name not in cause_text + suppressed + context
    assert "KeyError: '…'" in cause_text and "ValueError: bad person '…'" in cause_text
    assert "direct cause" in cause_text and f'File "{__file__}"' in cause_text and ", in inner" in cause_text
    assert "ValueError" not in suppressed.replace("RuntimeError", "")  # "from None" hides the context, as Python does
    assert "During handling" in context and "ValueError: invalid literal" in context
    assert "note about '…'" in context


def test_an_sql_error_carries_neither_parameters_nor_the_database_s_own_words() -> None:
    # An engine without hide_parameters: even then, nothing of the family's text reaches the report.
    engine = create_engine("sqlite://")
    with engine.connect() as connection:
        connection.execute(text("CREATE TABLE note (text TEXT NOT NULL UNIQUE)"))
        connection.execute(text("CREATE TRIGGER t BEFORE INSERT ON note WHEN new.text LIKE 'geheim%' "
                                "BEGIN SELECT RAISE(ABORT, 'Oma Ria zegt nee'); END"))
        connection.execute(text("INSERT INTO note VALUES (:t)"), {"t": "Wij willen geen jeugdzorg"})
        reports = []
        for value in ("Wij willen geen jeugdzorg", "geheim: Papa drinkt"):
            with pytest.raises(IntegrityError) as caught:
                connection.execute(text("INSERT INTO note VALUES (:t)"), {"t": value})
            reports.append(format_crash(caught.type, caught.value, caught.tb))
    engine.dispose()
    unique, trigger = reports
    assert "UNIQUE constraint failed: note.text" in unique  # a message of SQLite that names only the table
    assert "[SQL: INSERT INTO note VALUES (?)]" in unique and f"[parameters: {WITHHELD}]" in unique
    assert "jeugdzorg" not in unique
    assert "Oma Ria" not in trigger and "Papa drinkt" not in trigger and f"IntegrityError) {WITHHELD}" in trigger


def test_the_log_writes_an_exception_without_values_even_when_another_handler_cached_it() -> None:
    record = logging.LogRecord("wijkteam.test", logging.ERROR, __file__, 1, "Saving failed for plan %s", (3,),
                               _raised(KeyError("Oma Ria")))  # type: ignore[arg-type]
    assert "Oma Ria" in logging.Formatter().format(record)  # what a plain formatter writes, and leaves cached
    line = SafeFormatter("%(levelname)s %(message)s").format(record)
    assert "Oma Ria" not in line
    assert line.startswith("ERROR Saving failed for plan 3\nTraceback") and line.endswith("KeyError: '…'")


def test_the_log_writes_an_exception_given_as_argument_without_values() -> None:
    record = logging.LogRecord("wijkteam.test", logging.WARNING, __file__, 1, "Not saved for plan %s: %s",
                               (3, ValueError("invalid literal for int(): 'Jesse 12'")), None)
    assert SafeFormatter("%(message)s").format(record) == "Not saved for plan 3: invalid literal for int(): '…'"
    assert "Jesse 12" in record.getMessage()  # the record itself is left as it was, for any other handler


def test_the_log_file_of_the_app_uses_the_safe_formatter(tmp_path: Path) -> None:
    path = setup_logging(tmp_path / "logs")
    assert path is not None and path.name == LOG_FILENAME
    try:
        try:
            int("Jesse 12")
        except ValueError:
            logging.getLogger("wijkteam.test").exception("Could not read a number")
        written = path.read_text(encoding="utf-8")
        assert "Could not read a number" in written and "ValueError: invalid literal" in written
        assert "Jesse 12" not in written
    finally:
        _remove_app_log_handlers()


def test_an_error_in_another_thread_is_reported_the_same_way_without_a_dialog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    shown: list[str] = []
    hook = CrashHook(tmp_path / "crashes", show_dialog=lambda details, _file: shown.append(details))
    hook.install()
    assert sys.excepthook is hook

    worker = threading.Thread(target=lambda: {"x": 1}["Oma Ria"])
    worker.start()
    worker.join()

    (crash_file,) = (tmp_path / "crashes").glob("crash-*.txt")
    text = crash_file.read_text(encoding="utf-8")
    assert "KeyError: '…'" in text and "Oma Ria" not in text
    assert shown == []  # a window is shown from the UI thread only
    err = capsys.readouterr().err
    assert "Details staan in" in err and "Oma Ria" not in err
