"""Slow work off the screen's thread: one success path, one failure sentence, bugs to the crash hook, a busy dialog
only for work that lasts, progress in words, and nothing shown over the lock."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from types import TracebackType

import pytest
import shiboken6
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui.common import background
from ui.common.background import BUSY_DELAY_MS, Background, hold_outcomes_while, release_outcomes
from wijkteam.errors import UserError

SENTENCE = "Het bestand kan niet worden gelezen, want het is geen planbestand."


def _on_screen_thread() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    """Work that waits for the test; always let go, so no thread outlives the test."""
    event = threading.Event()
    yield event
    event.set()


def test_success_comes_back_on_the_screen_thread(qtbot: QtBot, host: QWidget) -> None:
    job = Background(host)
    seen: list[object] = []
    worked_on: list[bool] = []

    def work() -> int:
        worked_on.append(_on_screen_thread())
        return 42

    with qtbot.waitSignal(job.ended):
        assert job.run(work, lambda result: seen.append((result, _on_screen_thread())), seen.append)
        assert job.busy
    assert worked_on == [False]
    assert seen == [(42, True)]
    assert not job.busy


def test_a_refusal_comes_back_as_its_one_sentence(qtbot: QtBot, host: QWidget) -> None:
    job = Background(host)
    done: list[object] = []
    failed: list[UserError] = []

    def work() -> None:
        raise UserError(SENTENCE)

    with qtbot.waitSignal(job.ended):
        job.run(work, done.append, failed.append)
    assert done == []
    assert [str(error) for error in failed] == [SENTENCE]


def test_a_bug_reaches_the_crash_hook_and_nothing_else(qtbot: QtBot, host: QWidget,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    hooked: list[tuple[type[BaseException], str, bool]] = []

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        hooked.append((kind, str(error), trace is not None))

    monkeypatch.setattr(sys, "excepthook", hook)
    job = Background(host)
    told: list[object] = []

    def work() -> None:
        raise KeyError("a bug")

    with qtbot.waitSignal(job.ended):
        job.run(work, told.append, told.append)
    assert hooked == [(KeyError, "'a bug'", True)]  # with its traceback, for the crash file
    assert told == [] and not job.busy


def test_the_window_keeps_turning_while_the_work_runs(qtbot: QtBot, host: QWidget, gate: threading.Event) -> None:
    job = Background(host)
    fired: list[bool] = []
    job.run(lambda: gate.wait(10), lambda _r: None, lambda _e: None)
    QTimer.singleShot(0, lambda: fired.append(job.busy))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
    assert fired == [True]  # the event loop ran while the work was still going
    with qtbot.waitSignal(job.ended, timeout=10_000):
        gate.set()


def test_one_job_at_a_time(qtbot: QtBot, host: QWidget, gate: threading.Event) -> None:
    job = Background(host)
    results: list[object] = []
    assert job.run(lambda: gate.wait(10), results.append, results.append)
    assert not job.run(lambda: "second", results.append, results.append)
    with qtbot.waitSignal(job.ended, timeout=10_000):
        gate.set()
    assert results == [True]


def test_long_work_shows_the_busy_dialog_and_short_work_does_not(qtbot: QtBot, host: QWidget,
                                                                gate: threading.Event) -> None:
    short = Background(host)
    with qtbot.waitSignal(short.ended):
        short.run(lambda: 1, lambda _r: None, lambda _e: None, busy="Even geduld…", title="Bezig")
    assert short.busy_dialog is None and not short.busy_timer.isActive()  # and it will not come later

    long = Background(host)
    long.run(lambda: gate.wait(10), lambda _r: None, lambda _e: None, busy="Even geduld…", title="Bezig")
    assert long.busy_timer.isActive() and long.busy_timer.interval() == BUSY_DELAY_MS
    assert long.busy_dialog is None
    qtbot.waitUntil(lambda: long.busy_dialog is not None and long.busy_dialog.isVisible(), timeout=5000)
    dialog = long.busy_dialog
    assert dialog is not None
    assert dialog.labelText() == "Even geduld…" and dialog.windowTitle() == "Bezig"
    assert dialog.parentWidget() is host and dialog.isModal()
    with qtbot.waitSignal(long.ended, timeout=10_000):
        gate.set()
    assert long.busy_dialog is None and not dialog.isVisible()


def test_without_a_busy_sentence_there_is_no_dialog(qtbot: QtBot, host: QWidget) -> None:
    job = Background(host)
    with qtbot.waitSignal(job.ended):
        job.run(lambda: 1, lambda _r: None, lambda _e: None)
        assert not job.busy_timer.isActive()
    job.busy_timer.timeout.emit()
    assert job.busy_dialog is None


def test_progress_reaches_the_dialog_and_the_handler_in_words(qtbot: QtBot, host: QWidget,
                                                              gate: threading.Event) -> None:
    job = Background(host)
    heard: list[tuple[str, bool]] = []

    def work() -> str:
        job.report("Stap 1 van 2: de plannen worden gelezen…")
        gate.wait(10)
        return "klaar"

    job.run(work, lambda _r: None, lambda _e: None, busy="Even geduld…",
            progress=lambda text: heard.append((text, _on_screen_thread())))
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert heard == [("Stap 1 van 2: de plannen worden gelezen…", True)]
    job.busy_timer.timeout.emit()  # the half second has passed
    assert job.busy_dialog is not None
    assert job.busy_dialog.labelText() == "Stap 1 van 2: de plannen worden gelezen…"  # the newest sentence
    with qtbot.waitSignal(job.ended, timeout=10_000):
        gate.set()


class _Lock:
    def __init__(self) -> None:
        self.locked = False

    def holds_outcomes(self) -> bool:
        return self.locked


def test_what_ends_while_locked_is_shown_after_unlocking(qtbot: QtBot, host: QWidget) -> None:
    lock = _Lock()
    hold_outcomes_while(lock)
    try:
        lock.locked = True
        held, free = Background(host), Background(host, held_while_locked=False)
        shown: list[str] = []
        held.run(lambda: "pdf klaar", shown.append, lambda _e: None, busy="Even geduld…")
        with qtbot.waitSignal(free.ended, timeout=5000):
            free.run(lambda: "wachtwoord klopt", shown.append, lambda _e: None)
        qtbot.waitUntil(lambda: bool(background._Hold.waiting), timeout=5000)
        assert shown == ["wachtwoord klopt"]  # the lock's own work is never held
        held.busy_timer.timeout.emit()
        assert held.busy_dialog is None  # no dialog over the lock either

        release_outcomes()  # still locked: nothing yet
        assert shown == ["wachtwoord klopt"]
        lock.locked = False
        with qtbot.waitSignal(held.ended):
            release_outcomes()
        assert shown == ["wachtwoord klopt", "pdf klaar"] and not held.busy
    finally:
        background._Hold.holder = None


def test_work_whose_screen_closed_meanwhile_tells_nobody(gate: threading.Event) -> None:
    dialog = QWidget()
    job = Background(dialog)
    told: list[object] = []
    job.run(lambda: gate.wait(10), told.append, told.append)
    gate.set()
    job.wait()  # the outcome is on its way to the screen's thread
    shiboken6.delete(dialog)  # the family closed the dialog, and the job with it
    assert not shiboken6.isValid(job)
    QApplication.processEvents()  # the outcome arrives for a screen that is gone
    assert told == []
