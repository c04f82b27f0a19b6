"""Slow work off the screen's thread (deriving a key, encrypting, a backup), with one way back for each outcome.

A ``UserError`` comes back as its Dutch sentence; anything else is raised again on the screen's thread, so the crash
hook sees it as it sees every other bug.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from wijkteam.errors import UserError


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)  # the UserError itself, so a caller can tell its kind
    crashed = Signal(object)


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


class Background(QObject):
    """Runs one job at a time. ``busy`` tells whether one runs; the slots are called on the screen's thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals: _Signals | None = None

    @property
    def busy(self) -> bool:
        return self._signals is not None

    def run(self, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[UserError], None]) -> bool:
        """Start ``work``; False (and nothing started) while another job still runs."""
        if self._signals is not None:
            return False
        signals = _Signals()
        self._signals = signals

        def finish(handler: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                self._signals = None
                signals.deleteLater()
                handler(value)
            return call

        signals.done.connect(finish(done))
        signals.failed.connect(finish(failed))
        signals.crashed.connect(finish(_raise))
        self._pool.start(_Job(work, signals))
        return True

    def wait(self) -> None:
        self._pool.waitForDone()


def _raise(error: Any) -> None:
    raise error
