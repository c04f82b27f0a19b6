"""Saving as the family types, so that no word is lost.

A field's text is saved after a short pause in typing, and at least once a second while the typing goes on: a pause
alone never comes while someone types fluently. It is also saved at once when the family leaves the field or the part,
when the window loses focus, and before the window closes or locks.

The window only reads the text. One writer thread stores it, always the newest text of each field, and reports back
through a queued signal, so the window never waits for the database. When another program holds the database, the
text stays waiting and the writer tries again after 0.25 s, 0.5 s, 1 s, then every 2 s; a calm line says so.

Every live ``AutoSaver`` is in one registry: ``flush_all()`` stores everything that waits (before the window locks),
``summary()`` says in one sentence what is really stored (the crash dialog shows it).
"""

from __future__ import annotations

import itertools
import threading
import time
import weakref
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication
from shiboken6 import isValid

from ui.common.wording import fmt
from wijkteam.errors import UserError

#: The pause after the last key before the text is saved.
DELAY_MS = 600
#: While typing goes on, the text is saved at least this often.
MAX_WAIT_MS = 1000
#: Waits before trying again while another program holds the database; the last one repeats.
RETRY_MS = (250, 500, 1000, 2000)
#: How long one save waits for another program's lock before it gives the database back and tries later.
LOCK_WAIT_MS = 50

def busy_sentence() -> str:
    return QCoreApplication.translate(
        "AutoSaver", "Uw tekst wacht even: een ander programma gebruikt de plannen. Hij wordt zo bewaard.")


# --------------------------------------------------------------------------------------------------- the writer


@dataclass
class _Job:
    saver: weakref.ref[AutoSaver]
    saver_id: int
    key: Hashable
    text: str
    generation: int
    write: Callable[[], None]

    @property
    def slot(self) -> tuple[int, Hashable]:
        return self.saver_id, self.key


@dataclass
class _Outcome:
    job: _Job
    busy: bool = False
    refusal: str | None = None
    bug: BaseException | None = None

    @property
    def ok(self) -> bool:
        return not self.busy and self.refusal is None and self.bug is None


def _attempt(job: _Job) -> _Outcome:
    """Store one text, waiting only briefly for a lock. Runs on the writer thread, or on the UI thread for a flush."""
    from wijkteam.lock_wait import is_busy, lock_wait  # the database layer is loaded by the time anyone types

    try:
        with lock_wait(LOCK_WAIT_MS):
            job.write()
    except UserError as error:
        if is_busy(error):
            return _Outcome(job, busy=True)
        return _Outcome(job, refusal=str(error))
    except Exception as error:  # a bug: the UI thread raises it again, so the crash hook shows it
        return _Outcome(job, bug=error)
    return _Outcome(job)


class _Bridge(QObject):
    """Lives on the UI thread: the writer's results arrive here through a queued signal."""

    outcome = Signal(object)
    changed = Signal()  # what waits to be saved changed, in any saver

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.outcome.connect(self._on_outcome, Qt.ConnectionType.QueuedConnection)

    def _on_outcome(self, outcome: _Outcome) -> None:
        saver = outcome.job.saver()
        if saver is not None and isValid(saver):
            saver._handle([outcome])


class _Writer:
    """One thread that stores texts one at a time. A newer text for a field replaces the one still queued."""

    def __init__(self, bridge: _Bridge) -> None:
        self._bridge = bridge
        self._wake = threading.Condition()
        self._queue: dict[tuple[int, Hashable], _Job] = {}
        self._stopping = False
        self._thread: threading.Thread | None = None
        #: Held while a text is being stored, also by a flush on the UI thread: so texts of one field land in order.
        self.storing = threading.Lock()

    def submit(self, job: _Job) -> None:
        with self._wake:
            self._queue.pop(job.slot, None)  # the newest text goes to the back, behind the other fields
            self._queue[job.slot] = job
            if self._thread is None or not self._thread.is_alive():
                self._stopping = False
                self._thread = threading.Thread(target=self._run, name="autosave-writer", daemon=True)
                self._thread.start()
            self._wake.notify()

    def withdraw(self, saver: AutoSaver, key: Hashable | None = None) -> None:
        """Take back what is queued for ``saver`` (only ``key``, if given). Call with ``storing`` held."""
        with self._wake:
            for slot in [s for s in self._queue if s[0] == id(saver) and (key is None or s[1] == key)]:
                del self._queue[slot]

    def stop(self, timeout: float = 2.0) -> None:
        with self._wake:
            self._stopping = True
            self._wake.notify()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._queue and not self._stopping:
                    self._wake.wait()
                if self._stopping:
                    return
            with self.storing:
                # Taken only while ``storing`` is held: a flush on the UI thread then never overtakes a text in flight.
                with self._wake:
                    if not self._queue:
                        continue
                    job = self._queue.pop(next(iter(self._queue)))
                outcome = _attempt(job)
            self._bridge.outcome.emit(outcome)


_bridge: _Bridge | None = None
_writer: _Writer | None = None
_savers: weakref.WeakSet[AutoSaver] = weakref.WeakSet()


def _the_writer() -> _Writer:
    global _bridge, _writer
    if _writer is None:
        app = QCoreApplication.instance()
        _bridge = _Bridge(app)
        _writer = _Writer(_bridge)
        if app is not None:
            app.aboutToQuit.connect(_on_about_to_quit)
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(_on_application_state_changed)
    return _writer


def _changed() -> None:
    if _bridge is not None:
        _bridge.changed.emit()


# ---------------------------------------------------------------------------------------------------- one saver


_generations = itertools.count(1)


@dataclass
class _Entry:
    """One field's text that is not yet known to be stored.

    Generations count changes, across all fields, so a late result of an older text is never taken for a newer one.
    """

    read_text: Callable[[], str] | None
    context: Any
    stored: int  # every change up to this generation is stored
    generation: int = 0  # the newest change
    sent: int = 0  # the newest generation handed to the writer
    text: str = ""  # the text of ``sent``: tried again after the field itself is gone
    busy: bool = False
    refusal: str | None = None
    #: (generation, time) of the first change after each text that was sent: what ``summary()`` reports.
    marks: list[tuple[int, float]] = field(default_factory=list)

    def dirty_since(self) -> float | None:
        return self.marks[0][1] if self.marks else None


class AutoSaver(QObject):
    """Keeps the text of one or more fields (by ``key``) until it is stored.

    ``save(key, text)`` runs on the writer thread, or on the UI thread in ``flush()``: it must only call the services.
    With ``capture``, ``save(key, text, captured)`` gets what ``capture()`` returned on the UI thread when the text was
    typed, for example who is at the keyboard.
    """

    saving = Signal()  # there is text waiting to be saved
    saved = Signal(object, str)  # key, the text now stored
    failed = Signal(str)  # the Dutch sentence of a refusal by the services; the text stays waiting
    waiting = Signal(str)  # another program holds the database: the calm sentence; the text is saved later

    def __init__(self, save: Callable[..., None], parent: QObject | None = None, *, delay_ms: int = DELAY_MS,
                 max_wait_ms: int = MAX_WAIT_MS, capture: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._capture = capture
        self._entries: dict[Hashable, _Entry] = {}
        self._retry_step = 0
        self._writer = _the_writer()
        self.timer = QTimer(self)  # the pause after the last key
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.max_timer = QTimer(self)  # the longest the first unsaved key waits
        self.max_timer.setSingleShot(True)
        self.max_timer.setTimerType(Qt.TimerType.PreciseTimer)  # a promise in seconds: not 5% later
        self.max_timer.setInterval(max_wait_ms)
        self.max_timer.timeout.connect(self._on_timer_timeout)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self._on_retry_timer_timeout)
        _savers.add(self)

    # ------------------------------------------------------------------ state

    @property
    def pending(self) -> bool:
        return bool(self._entries)

    @property
    def busy(self) -> bool:
        """Text waits because another program holds the database."""
        return any(entry.busy for entry in self._entries.values())

    def is_pending(self, key: Hashable) -> bool:
        return key in self._entries

    def waiting_text(self, key: Hashable) -> str | None:
        """The newest text of ``key`` that is not yet stored, or None: a view opened again shows this, not the old."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        return self._read(entry) if entry.read_text is not None else entry.text

    def dirty_since(self) -> float | None:
        """The time (``time.time()``) of the oldest change that is not yet stored."""
        times = [t for entry in self._entries.values() if (t := entry.dirty_since()) is not None]
        return min(times) if times else None

    # ------------------------------------------------------------------ typing

    def schedule(self, key: Hashable, read_text: Callable[[], str]) -> None:
        """The text of ``key`` changed; ``read_text`` reads it on the UI thread when it is time to save."""
        entry = self._entries.get(key)
        announce = entry is None or entry.refusal is not None
        if entry is None:
            base = next(_generations)
            entry = self._entries[key] = _Entry(read_text, None, stored=base, generation=base, sent=base)
        entry.read_text = read_text
        entry.context = self._capture() if self._capture is not None else None
        entry.refusal = None
        entry.generation = next(_generations)
        if not entry.marks or entry.marks[-1][0] <= entry.sent:
            entry.marks.append((entry.generation, time.time()))
            _changed()
        for other_key, other in self._entries.items():
            if other_key != key and other.generation > other.sent:
                self._send(other_key, other)  # moved on to another field: that one is saved now
        self.timer.start()  # restarts: a pause in typing
        if not self.max_timer.isActive():
            self.max_timer.start()  # does not restart: typing on is saved at least this often
        if announce:
            self.saving.emit()

    def save_now(self) -> None:
        """Hand everything that changed to the writer at once, without waiting for it (leaving a field or a part)."""
        self.timer.stop()
        self.max_timer.stop()
        for key, entry in list(self._entries.items()):
            if entry.generation > entry.sent:
                self._send(key, entry)

    def flush(self, key: Hashable | None = None) -> bool:
        """Store what waits now (only ``key``, if given), before going on.

        True when it is stored. False when the database is busy or the services refused; the text then stays waiting,
        ``waiting`` or ``failed`` says why, and a busy database is tried again in the background.
        """
        if key is None:
            self.timer.stop()
            self.max_timer.stop()
        keys = [k for k in self._entries if key is None or k == key]
        if not keys:
            return True
        outcomes: list[_Outcome] = []
        with self._writer.storing:
            self._writer.withdraw(self, key)
            busy = False
            for k in keys:
                entry = self._entries[k]
                job = self._job(k, entry)
                # Once the database turned out busy, the other fields need not wait for it too.
                outcomes.append(_Outcome(job, busy=True) if busy else _attempt(job))
                busy = busy or outcomes[-1].busy
        self._handle(outcomes)
        return all(outcome.ok for outcome in outcomes)

    def discard(self) -> None:
        """The view lets go of its fields. Text the services refused is forgotten, as the family chose to leave;
        text that only waits for the database keeps waiting, and is saved in the background."""
        self.timer.stop()
        self.max_timer.stop()
        if not self._entries:
            return
        with self._writer.storing:
            for key, entry in list(self._entries.items()):
                if entry.refusal is not None:
                    self._writer.withdraw(self, key)
                    del self._entries[key]
                    continue
                if entry.read_text is not None:
                    entry.text = self._read(entry)
                    entry.sent = entry.generation
                    entry.read_text = None
        for key, entry in list(self._entries.items()):
            self._writer.submit(self._job(key, entry, read=False))
        _changed()

    def forget(self, key: Hashable) -> None:
        """Drop what waits for ``key`` (a note that is thrown away). Waits for a text of it that is being stored."""
        with self._writer.storing:
            self._writer.withdraw(self, key)
            self._entries.pop(key, None)
        _changed()

    # ----------------------------------------------------------------- helpers

    def _read(self, entry: _Entry) -> str:
        try:
            return entry.read_text() if entry.read_text is not None else entry.text
        except RuntimeError:  # the field is gone (its window was closed): what was read last is what there is
            entry.read_text = None
            return entry.text

    def _job(self, key: Hashable, entry: _Entry, *, read: bool = True) -> _Job:
        if read and entry.read_text is not None:
            entry.text = self._read(entry)
            entry.sent = entry.generation
        save, text, context = self._save, entry.text, entry.context
        if self._capture is not None:
            def write() -> None:
                save(key, text, context)
        else:
            def write() -> None:
                save(key, text)
        return _Job(weakref.ref(self), id(self), key, text, entry.sent, write)

    def _send(self, key: Hashable, entry: _Entry) -> None:
        self._writer.submit(self._job(key, entry))

    def _handle(self, outcomes: list[_Outcome]) -> None:
        bug: BaseException | None = None
        for outcome in outcomes:
            job = outcome.job
            entry = self._entries.get(job.key)
            if outcome.bug is not None:
                bug = bug or outcome.bug
            if entry is None or job.generation <= entry.stored:
                continue  # a late answer about a text that a newer one already replaced
            if outcome.ok:
                entry.stored = job.generation
                entry.busy = False
                entry.refusal = None
                entry.marks = [mark for mark in entry.marks if mark[0] > job.generation]
                if entry.stored >= entry.generation:
                    del self._entries[job.key]
                if not self.busy:
                    self._retry_step = 0
                    self.retry_timer.stop()
                _changed()
                self.saved.emit(job.key, job.text)
            elif outcome.busy:
                entry.busy = True
                self._start_retry()
                self.waiting.emit(busy_sentence())
            elif outcome.refusal is not None:
                entry.busy = False  # refused, not busy: it waits for the next key or an explicit save
                entry.refusal = outcome.refusal
                self.failed.emit(outcome.refusal)
        if bug is not None:
            raise bug

    def _start_retry(self) -> None:
        if self.retry_timer.isActive():
            return
        self.retry_timer.start(RETRY_MS[min(self._retry_step, len(RETRY_MS) - 1)])
        self._retry_step += 1

    # ------------------------------------------------------------------- slots

    def _on_timer_timeout(self) -> None:
        self.save_now()

    def _on_retry_timer_timeout(self) -> None:
        for key, entry in list(self._entries.items()):
            if entry.busy and entry.refusal is None:
                self._send(key, entry)


# -------------------------------------------------------------------------------------------------- the registry


def live_savers() -> Iterator[AutoSaver]:
    for saver in list(_savers):
        if isValid(saver):
            yield saver


def flush_all() -> bool:
    """Store what waits in every open field, before going on (the window locks, or closes). True when all is stored."""
    results = [saver.flush() for saver in live_savers()]
    return all(results)


def save_all_now() -> None:
    """Hand what waits in every open field to the writer, without waiting (the window lost focus)."""
    for saver in live_savers():
        saver.save_now()


def pending() -> bool:
    return any(saver.pending for saver in live_savers())


def dirty_since() -> float | None:
    times = [t for saver in live_savers() if (t := saver.dirty_since()) is not None]
    return min(times) if times else None


def summary() -> str:
    """What is really stored, in one sentence: all of it, or up to which moment."""
    since = dirty_since()
    if since is None:
        return QCoreApplication.translate("AutoSaver", "Alles wat u typte is bewaard.")
    clock = datetime.fromtimestamp(since).strftime("%H:%M:%S")
    return fmt(QCoreApplication.translate(
        "AutoSaver", "Uw tekst is bewaard tot %1. Wat u daarna typte, is misschien niet bewaard."), clock)


def changes() -> SignalInstance | None:
    """A signal that fires when what waits to be saved changes (None before any field saves as it is typed in)."""
    return _bridge.changed if _bridge is not None else None


def _on_application_state_changed(state: Qt.ApplicationState) -> None:
    if state != Qt.ApplicationState.ApplicationActive:
        save_all_now()  # the family went to another program: maybe to shut the laptop


def _on_about_to_quit() -> None:
    flush_all()
    if _writer is not None:
        _writer.stop()
