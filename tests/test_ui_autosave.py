"""Saving as the family types, in the real window on a real database: at least once a second while typing goes on, at
once on leaving a field or the window, in the background while another program holds the database, and a crash
dialog that says what is really stored."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from models import PlanType
from tests import dbfile
from ui.common import autosave
from ui.common.autosave import DELAY_MS, LOCK_WAIT_MS, MAX_WAIT_MS, AutoSaver, busy_sentence
from ui.together.eigen_tijd import EigenTijdDialog
from ui.window.crash_dialog import CrashDialog
from ui.window.main_window import MainWindow
from wijkteam.db import BUSY_TIMEOUT_MS
from wijkteam.errors import UserError
from wijkteam.lock_wait import lock_wait
from wijkteam.services import FAMILY, Services

NEVER_MS = 600_000  # a pause or a longest wait that never comes within a test: only the event under test saves
TYPING_MS = 60  # a fluent typist: far quicker than the pause after which the text is saved
KEYS_PER_SECOND = -(-MAX_WAIT_MS // TYPING_MS)


def _open(window: MainWindow, services: Services, key: str = "hoofdvraag") -> tuple[int, int]:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    section = next(s for s in services.plans.get_plan(pid).sections if s.key == key)
    window.open_plan(pid)
    editor = window.editor_view
    editor.section_list.setCurrentIndex(editor.model.index(editor.model.row_of(section.id)))
    return pid, section.id


def _stored(services: Services, section_id: int) -> str:
    return services.plans.get_section(section_id).text


def _activate(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()  # a window manager does this; the offscreen platform has none
    qtbot.waitUntil(widget.isActiveWindow)


def _only_on_events(saver: AutoSaver) -> None:
    saver.timer.setInterval(NEVER_MS)
    saver.max_timer.setInterval(NEVER_MS)


@contextmanager
def _write_lock(data_dir: Path) -> Iterator[None]:
    """Another program holds the database: a write transaction on a connection of its own."""
    with closing(dbfile.connect(data_dir / "wijkteam.sqlite")) as con:
        con.isolation_level = None
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE plan SET title = title")
        try:
            yield
        finally:
            con.execute("ROLLBACK")


def _event_loop_turns(qtbot: QtBot) -> None:
    # A save that waited for the lock on the UI thread would hold this back for the whole busy timeout (5 s).
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=1000)


class Typist:
    """Types ``text`` into ``widget`` one key per tick, without ever pausing, and notes how far it got at each save."""

    def __init__(self, widget: QWidget, text: str, interval_ms: int) -> None:
        self.widget, self.text, self.typed = widget, text, 0
        self.at_save: list[int] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # never faster than the interval: keys per second hold
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._type_one)

    def start(self, saver: AutoSaver) -> None:
        saver.saved.connect(lambda _key, _text: self.at_save.append(self.typed))
        self.timer.start()

    @property
    def done(self) -> bool:
        return self.typed == len(self.text)

    def _type_one(self) -> None:
        QTest.keyClicks(self.widget, self.text[self.typed])
        self.typed += 1
        if self.done:
            self.timer.stop()

    def keys_between_saves(self) -> list[int]:
        marks = [0, *self.at_save]
        return [later - earlier for earlier, later in zip(marks, marks[1:], strict=False)]


def _type_on(qtbot: QtBot, widget: QWidget, saver: AutoSaver, text: str, interval_ms: int) -> Typist:
    typist = Typist(widget, text, interval_ms)
    typist.start(saver)
    qtbot.waitUntil(lambda: typist.done, timeout=len(text) * interval_ms * 3 + 2000)
    return typist


# ------------------------------------------------------------------------------------ typing on without a pause


def test_typing_on_without_a_pause_is_stored_at_least_once_a_second(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    _pid, section_id = _open(window, services)
    editor = window.editor_view
    saver = editor.autosaver
    assert (saver.timer.interval(), saver.max_timer.interval()) == (DELAY_MS, MAX_WAIT_MS)
    text = "Wij willen rust thuis en tijd voor elkaar."  # 42 keys, one every 60 ms: 2.5 s without a pause
    typist = _type_on(qtbot, editor.panel.text_edit, saver, text, interval_ms=TYPING_MS)
    during = list(typist.at_save)
    # Stored while the typing went on, not only after it: at least once a second, so at most 17 keys between two
    # saves (plus the key that started the second, and one for a timer that fires a little late).
    assert len([n for n in during if n < len(text)]) >= 2, during
    assert max(typist.keys_between_saves()) <= KEYS_PER_SECOND + 2, during
    qtbot.waitUntil(lambda: _stored(services, section_id) == text)
    assert text.startswith(_stored(services, section_id))


def test_the_longest_wait_holds_however_long_the_typing_goes_on(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    _pid, section_id = _open(window, services)
    saver = window.editor_view.autosaver
    saver.timer.setInterval(NEVER_MS)  # the pause never comes: only the longest wait saves
    saver.max_timer.setInterval(200)
    text = "abcdefghijklmnopqrstuvwxyz" * 2
    stored: list[str] = []
    saver.saved.connect(lambda _key, _text: stored.append(_stored(services, section_id)))
    typist = _type_on(qtbot, window.editor_view.panel.text_edit, saver, text, interval_ms=20)
    assert len(typist.at_save) >= 3, typist.at_save
    assert max(typist.keys_between_saves()) <= 200 // 20 + 2, typist.at_save
    assert all(text.startswith(value) and value for value in stored)  # every save is the text so far
    qtbot.waitUntil(lambda: _stored(services, section_id) == text)


# ---------------------------------------------------------------------------------- leaving the field or window


def test_leaving_the_field_saves_at_once(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    _pid, section_id = _open(window, services)
    editor = window.editor_view
    _only_on_events(editor.autosaver)
    _activate(qtbot, window)
    editor.panel.text_edit.setFocus()
    qtbot.keyClicks(editor.panel.text_edit, "Oma komt op maandag.")
    assert editor.autosaver.pending
    editor.section_list.setFocus()
    qtbot.waitUntil(lambda: _stored(services, section_id) == "Oma komt op maandag.")
    qtbot.waitUntil(lambda: not editor.autosaver.pending)  # the writer's answer reaches the window
    assert editor.panel.status_label.text() == "✓ Bewaard"


def test_the_window_losing_focus_saves_at_once(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    _pid, section_id = _open(window, services)
    editor = window.editor_view
    _only_on_events(editor.autosaver)
    _activate(qtbot, window)
    editor.panel.text_edit.setFocus()
    qtbot.keyClicks(editor.panel.text_edit, "Nog even snel.")
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    _activate(qtbot, other)  # another program comes to the front
    qtbot.waitUntil(lambda: _stored(services, section_id) == "Nog even snel.")


def test_the_app_going_to_the_background_saves_every_field(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    pid, section_id = _open(window, services, key="afspraken")
    plan_b_part = next(s for s in services.plans.get_plan(pid).sections if s.key == "plan_b")
    services.plans.set_section_skipped(plan_b_part.id, True, FAMILY)
    editor = window.editor_view
    editor.reload_sections(section_id)
    follow_up = editor.panel.follow_up
    assert follow_up.plan_b_edit.isVisible()
    for saver in (editor.autosaver, follow_up.autosaver):
        _only_on_events(saver)
    qtbot.keyClicks(editor.panel.text_edit, "Wie doet wat.")
    qtbot.keyClicks(follow_up.plan_b_edit, "Dan bellen we oma.")
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    qtbot.waitUntil(lambda: services.plans.get_plan(pid).plan_b == "Dan bellen we oma.")
    qtbot.waitUntil(lambda: _stored(services, section_id) == "Wie doet wat.")


def test_flush_all_stores_every_open_field_before_going_on(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    pid, section_id = _open(window, services)
    editor = window.editor_view
    _only_on_events(editor.autosaver)
    qtbot.keyClicks(editor.panel.text_edit, "Voor het slot.")
    dialog = _eigen_tijd(qtbot, services, pid)
    _only_on_events(dialog.autosaver)
    qtbot.keyClicks(dialog.cards[0].text_edit, "Ook deze.")
    assert autosave.pending()
    assert autosave.flush_all()  # what the lock screen calls: stored when it returns
    assert _stored(services, section_id) == "Voor het slot."
    assert [n.text for n in services.private_notes.list_notes(pid, FAMILY)] == ["Ook deze."]
    assert not autosave.pending()


# ---------------------------------------------------------------------------------------- a busy database


def test_a_locked_database_never_freezes_the_window_and_the_text_is_saved_after(
    qtbot: QtBot, window: MainWindow, services: Services, data_dir: Path
) -> None:
    _pid, section_id = _open(window, services)
    editor = window.editor_view
    status = editor.panel.status_label
    with _write_lock(data_dir):
        qtbot.keyClicks(editor.panel.text_edit, "Wij willen rust.")
        editor.autosaver.save_now()
        qtbot.waitUntil(lambda: status.text() == busy_sentence())
        assert status.property("role") == "status"  # calm: not a warning
        _event_loop_turns(qtbot)
        qtbot.waitUntil(lambda: editor.autosaver.retry_timer.isActive())  # tries again by itself
        assert not editor.flush()  # an explicit save says it could not, and keeps the text
        assert editor.autosaver.busy and editor.panel.text_edit.toPlainText() == "Wij willen rust."
        qtbot.keyClicks(editor.panel.text_edit, " Echt.")
        _event_loop_turns(qtbot)
        assert _stored(services, section_id) == ""
    # The lock is gone: saved without another key.
    qtbot.waitUntil(lambda: _stored(services, section_id) == "Wij willen rust. Echt.", timeout=5000)
    qtbot.waitUntil(lambda: status.text() == "✓ Bewaard")
    assert not editor.autosaver.pending


def test_text_waiting_for_the_database_survives_leaving_the_plan(
    qtbot: QtBot, window: MainWindow, services: Services, data_dir: Path
) -> None:
    pid, section_id = _open(window, services)
    editor = window.editor_view
    editor._confirm_leave_unsaved = lambda: True  # the family chose to go back to the list anyway
    with _write_lock(data_dir):
        qtbot.keyClicks(editor.panel.text_edit, "Niet kwijt.")
        editor.top_bar.back_button.click()
        assert window.stack.currentWidget() is window.start_view
        window.open_plan(pid)  # opened again while the text still waits: it shows that text, not the old one
        editor.section_list.setCurrentIndex(editor.model.index(editor.model.row_of(section_id)))
        assert editor.panel.text_edit.toPlainText() == "Niet kwijt."
    qtbot.waitUntil(lambda: _stored(services, section_id) == "Niet kwijt.", timeout=5000)


def test_saving_as_the_family_types_waits_only_briefly_for_a_lock(engine: Engine) -> None:
    def busy_timeout() -> int:
        with engine.connect() as con:
            return int(con.exec_driver_sql("PRAGMA busy_timeout").scalar_one())

    assert busy_timeout() == BUSY_TIMEOUT_MS
    with lock_wait(LOCK_WAIT_MS):
        assert busy_timeout() == LOCK_WAIT_MS
        with ThreadPoolExecutor(1) as other:  # another thread (a PDF export, say) keeps the normal wait
            assert other.submit(busy_timeout).result() == BUSY_TIMEOUT_MS
    assert busy_timeout() == BUSY_TIMEOUT_MS  # the same pooled connection has its normal wait back


def test_a_refusal_is_shown_and_not_tried_again_by_itself(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pid, section_id = _open(window, services)
    editor = window.editor_view
    message = "Uw plannen kunnen niet worden bewaard, want de schijf is vol."

    def refuse(*_args: object) -> None:
        raise UserError(message)

    monkeypatch.setattr(services.plans, "set_section_text", refuse)
    qtbot.keyClicks(editor.panel.text_edit, "Belangrijk")
    editor.autosaver.save_now()
    qtbot.waitUntil(lambda: editor.panel.status_label.text() == f"⚠ {message}")
    assert editor.autosaver.pending and not editor.autosaver.retry_timer.isActive()
    monkeypatch.undo()
    assert editor.flush()
    assert _stored(services, section_id) == "Belangrijk"


def test_a_bug_while_saving_reaches_the_crash_hook_and_the_text_stays(qtbot: QtBot) -> None:
    def broken(_key: object, _text: str) -> None:
        raise RuntimeError("kapot")

    saver = AutoSaver(broken)
    with qtbot.captureExceptions() as exceptions:
        saver.schedule(1, lambda: "tekst")
        saver.save_now()  # on the writer thread: the error comes back to the window's thread
        qtbot.waitUntil(lambda: bool(exceptions))
    assert isinstance(exceptions[0][1], RuntimeError) and saver.pending
    assert not saver.retry_timer.isActive()  # a bug is not tried again and again
    saver.forget(1)


def test_plan_b_waiting_for_the_database_keeps_to_its_own_plan(
    qtbot: QtBot, window: MainWindow, services: Services, data_dir: Path
) -> None:
    plans = []
    for _ in range(2):
        pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
        part = next(s for s in services.plans.get_plan(pid).sections if s.key == "plan_b")
        services.plans.set_section_skipped(part.id, True, FAMILY)  # plan B shows with the agreements
        plans.append(pid)
    editor = window.editor_view
    editor._confirm_leave_unsaved = lambda: True

    def show_agreements(pid: int) -> None:
        window.open_plan(pid)
        row = next(i for i, s in enumerate(editor.model.sections()) if s.key == "afspraken")
        editor.section_list.setCurrentIndex(editor.model.index(row))

    show_agreements(plans[0])
    follow_up = editor.panel.follow_up
    with _write_lock(data_dir):
        qtbot.keyClicks(follow_up.plan_b_edit, "Dan bellen we oma.")
        show_agreements(plans[1])  # straight to another plan (from "Wat moet nu gebeuren?"), the same field
        qtbot.keyClicks(follow_up.plan_b_edit, "Dan bellen we de buren.")
    qtbot.waitUntil(lambda: not follow_up.autosaver.pending, timeout=5000)
    assert [services.plans.get_plan(pid).plan_b for pid in plans] == ["Dan bellen we oma.", "Dan bellen we de buren."]


# ------------------------------------------------------------------------------------------- the crash dialog


def test_the_crash_dialog_says_what_is_really_saved(
    qtbot: QtBot, window: MainWindow, services: Services, data_dir: Path
) -> None:
    _pid, section_id = _open(window, services)
    editor = window.editor_view
    calm = CrashDialog("details", None)
    qtbot.addWidget(calm)
    assert calm.message_label.text() == "Er ging iets mis in Ons Plan. Alles wat u typte is bewaard."

    qtbot.keyClicks(editor.panel.text_edit, "Al bewaard.")
    qtbot.waitUntil(lambda: _stored(services, section_id) == "Al bewaard.")
    with _write_lock(data_dir):
        before = datetime.fromtimestamp(int(time.time()))
        qtbot.keyClicks(editor.panel.text_edit, " Nog niet.")
        after = datetime.now()
        dialog = CrashDialog("details", None)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: editor.autosaver.busy)  # the dialog handed the text to the writer: still waiting
        text = dialog.message_label.text()
        assert text.startswith("Er ging iets mis in Ons Plan. Uw tekst is bewaard tot ")
        assert text.endswith(". Wat u daarna typte, is misschien niet bewaard.")
        clock = text.removeprefix("Er ging iets mis in Ons Plan. Uw tekst is bewaard tot ")[:8]
        moment = datetime.combine(before.date(), datetime.strptime(clock, "%H:%M:%S").time())
        assert before <= moment <= after  # the moment of the first key not yet stored
    # While the dialog is open the text is stored after all, and the dialog says so.
    qtbot.waitUntil(lambda: dialog.message_label.text().endswith("Alles wat u typte is bewaard."), timeout=5000)
    assert _stored(services, section_id) == "Al bewaard. Nog niet."


# -------------------------------------------------------------------------------------- eigen tijd's own notes


def _eigen_tijd(qtbot: QtBot, services: Services, pid: int) -> EigenTijdDialog:
    dialog = EigenTijdDialog(services, pid, FAMILY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _activate(qtbot, dialog)
    return dialog


def _notes(services: Services, pid: int) -> list[str]:
    return [n.text for n in services.private_notes.list_notes(pid, FAMILY)]


@pytest.fixture
def pid(services: Services) -> int:
    return services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)


def test_a_private_note_typed_on_is_stored_at_least_once_a_second(
    qtbot: QtBot, services: Services, pid: int
) -> None:
    dialog = _eigen_tijd(qtbot, services, pid)
    text = "Alleen voor ons hier, en voor niemand anders."
    typist = _type_on(qtbot, dialog.cards[0].text_edit, dialog.autosaver, text, interval_ms=TYPING_MS)
    assert len([n for n in typist.at_save if n < len(text)]) >= 2, typist.at_save
    assert max(typist.keys_between_saves()) <= KEYS_PER_SECOND + 2, typist.at_save
    qtbot.waitUntil(lambda: _notes(services, pid) == [text])  # one note, however often it was saved


def test_a_private_note_is_saved_on_leaving_it_and_on_leaving_the_window(
    qtbot: QtBot, services: Services, pid: int
) -> None:
    dialog = _eigen_tijd(qtbot, services, pid)
    _only_on_events(dialog.autosaver)
    card = dialog.cards[0]
    qtbot.keyClicks(card.text_edit, "Eerste.")
    card.include_check.setFocus()  # Tab to the tick box
    qtbot.waitUntil(lambda: _notes(services, pid) == ["Eerste."])
    card.text_edit.setFocus()
    qtbot.keyClicks(card.text_edit, " Tweede.")
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    _activate(qtbot, other)
    qtbot.waitUntil(lambda: _notes(services, pid) == ["Eerste. Tweede."])


def test_a_private_note_waits_calmly_for_a_locked_database(
    qtbot: QtBot, services: Services, pid: int, data_dir: Path
) -> None:
    dialog = _eigen_tijd(qtbot, services, pid)
    with _write_lock(data_dir):
        qtbot.keyClicks(dialog.cards[0].text_edit, "Geheim plan.")
        dialog.autosaver.save_now()
        qtbot.waitUntil(lambda: dialog.status_label.text() == busy_sentence())
        _event_loop_turns(qtbot)
        dialog.done_button.click()  # leaving waits for the text: the family is told, once
        assert dialog.isVisible()
        assert dialog.status_label.text().startswith(busy_sentence())
        assert _notes(services, pid) == []
    qtbot.waitUntil(lambda: _notes(services, pid) == ["Geheim plan."], timeout=5000)
    qtbot.waitUntil(lambda: dialog.status_label.text() == "✓ Alles is bewaard.")
    dialog.done_button.click()
    assert not dialog.isVisible()


def test_a_note_thrown_away_while_it_is_saved_stays_gone(qtbot: QtBot, services: Services, pid: int) -> None:
    dialog = _eigen_tijd(qtbot, services, pid)
    card = dialog.cards[0]
    qtbot.keyClicks(card.text_edit, "Weg")
    dialog.autosaver.save_now()  # the new note is being stored right now
    card.delete_button.click()
    if dialog.delete_box is not None:
        next(b for b in dialog.delete_box.buttons() if b.text() == "Weggooien").click()
    _event_loop_turns(qtbot)
    qtbot.waitUntil(lambda: not dialog.autosaver.pending)
    assert _notes(services, pid) == []
