"""Slow work off the screen's thread, with one way back for each outcome: the one helper for everything that may take
long (a PDF, a plan file read or written, a backup, a restore, deriving the key to unlock).

- Success: ``done(result)``, on the screen's thread.
- A ``UserError``: ``failed(error)``, whose text is the one Dutch sentence for the family.
- Anything else is a bug: it goes to ``sys.excepthook`` on the screen's thread, where the crash hook shows it.
- Progress: the work may call ``report(sentence)`` from its thread; the busy dialog shows the sentence, and the
  ``progress`` handler (if any) gets it on the screen's thread.

Given a ``busy`` sentence, a small busy dialog appears when the work lasts longer than half a second, so quick work
never flashes a window. While the app is on lock, what the work brings back waits until it is open again: nothing
about a plan shows over the lock (``hold_outcomes_while``); the lock's own work is never held.
"""

from __future__ import annotations

import sys
import weakref
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from wijkteam.errors import UserError

#: Work that ends sooner than this shows no busy dialog at all.
BUSY_DELAY_MS = 500

T = TypeVar("T")


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)  # the UserError itself, so a caller can tell its kind
    crashed = Signal(object)
    progressed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except UserError as error:
            self._signals.failed.emit(error)
        except Exception as error:  # handed to the screen's thread, where the crash hook shows it
            self._signals.crashed.emit(error)
        else:
            self._signals.done.emit(result)


class OutcomeHolder(Protocol):
    """The lock: while ``holds_outcomes()`` is true, what work brings back waits."""

    def holds_outcomes(self) -> bool: ...


class _Hold:
    holder: weakref.ref[OutcomeHolder] | None = None
    waiting: list[Callable[[], None]] = []  # the outcomes that wait to be shown, in the order they came


def hold_outcomes_while(holder: OutcomeHolder) -> None:
    """Outcomes wait while ``holder`` says so. One holder per app (its window's lock); a new one replaces it."""
    _Hold.holder = weakref.ref(holder)
    _Hold.waiting = []


def _held() -> bool:
    holder = _Hold.holder() if _Hold.holder is not None else None
    return holder is not None and (not isinstance(holder, QObject) or isValid(holder)) and holder.holds_outcomes()


def release_outcomes() -> None:
    """The app is open again: show what came back meanwhile."""
    if _held():
        return
    waiting, _Hold.waiting = _Hold.waiting, []
    for deliver in waiting:
        deliver()


class Background(QObject):
    """Runs one job at a time. ``busy`` tells whether one runs; the handlers are called on the screen's thread."""

    ended = Signal()  # after every job, whatever its outcome (also a crash): busy signs can go

    def __init__(self, parent: QObject | None = None, *, held_while_locked: bool = True) -> None:
        super().__init__(parent)
        self._held_while_locked = held_while_locked
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals: _Signals | None = None
        self._busy_text = ""
        self._busy_title = ""
        self._over: QWidget | None = None
        self.busy_dialog: QProgressDialog | None = None
        self.busy_timer = QTimer(self)
        self.busy_timer.setSingleShot(True)
        self.busy_timer.setInterval(BUSY_DELAY_MS)
        self.busy_timer.timeout.connect(self._on_busy_timer_timeout)

    @property
    def busy(self) -> bool:
        return self._signals is not None

    def run(self, work: Callable[[], T], done: Callable[[T], None], failed: Callable[[UserError], None], *,
            busy: str = "", title: str = "", over: QWidget | None = None,
            progress: Callable[[str], None] | None = None) -> bool:
        """Start ``work``; False (and nothing started) while another job still runs.

        ``busy`` is the sentence of the busy dialog, ``title`` its title, ``over`` the window it covers (the parent
        when that is a widget). Without ``busy`` the caller shows its own sign of work, such as a status line.
        """
        if self._signals is not None:
            return False
        signals = _Signals()
        self._signals = signals
        signals.done.connect(lambda result: self._deliver(signals, lambda: done(result)))
        signals.failed.connect(lambda error: self._deliver(signals, lambda: failed(error)))
        signals.crashed.connect(lambda error: self._crash(signals, error))
        signals.progressed.connect(lambda text: self._on_progress(signals, text, progress))
        self._busy_text, self._busy_title = busy, title
        parent = self.parent()
        self._over = over if over is not None else parent if isinstance(parent, QWidget) else None
        if busy:
            self.busy_timer.start()
        self._pool.start(_Job(work, signals))
        return True

    def report(self, text: str) -> None:
        """From inside the work, on its own thread: what it does now, in one short sentence."""
        signals = self._signals
        if signals is not None:
            signals.progressed.emit(text)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the work itself (before the database closes); its outcome is handled later, if at all."""
        return self._pool.waitForDone(msecs)

    # ----------------------------------------------------------------- helpers

    def _current(self, signals: _Signals) -> bool:
        """Whether ``signals`` belong to the job that runs now, and its screen still exists (a closed dialog not)."""
        return isValid(self) and self._signals is signals

    def _deliver(self, signals: _Signals, handle: Callable[[], None]) -> None:
        def deliver() -> None:
            if self._current(signals):
                self._end()
                handle()

        if not self._current(signals):
            return
        if self._held_while_locked and _held():
            self._close_busy_dialog()
            _Hold.waiting.append(deliver)
        else:
            deliver()

    def _crash(self, signals: _Signals, error: BaseException) -> None:
        if isValid(self) and self._signals is signals:
            self._end()
        sys.excepthook(type(error), error, error.__traceback__)  # a bug is told, even when its screen is gone

    def _end(self) -> None:
        signals, self._signals = self._signals, None
        if signals is not None:
            signals.deleteLater()
        self._close_busy_dialog()
        self.ended.emit()

    def _close_busy_dialog(self) -> None:
        self.busy_timer.stop()
        dialog, self.busy_dialog = self.busy_dialog, None
        if dialog is not None and isValid(dialog):
            dialog.close()
            dialog.deleteLater()

    def _on_busy_timer_timeout(self) -> None:
        if self._signals is None or self.busy_dialog is not None or (self._held_while_locked and _held()):
            return
        dialog = QProgressDialog(self._busy_text, "", 0, 0, self._over)
        dialog.setObjectName("busyDialog")
        dialog.setCancelButton(None)
        if self._busy_title:
            dialog.setWindowTitle(self._busy_title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.busy_dialog = dialog
        dialog.show()

    def _on_progress(self, signals: _Signals, text: str, progress: Callable[[str], None] | None) -> None:
        if not self._current(signals):
            return
        if text and self.busy_dialog is not None:
            self.busy_dialog.setLabelText(text)
        if text:
            self._busy_text = text  # a dialog that appears later starts with the newest sentence
        if progress is not None:
            progress(text)
