"""Reading aloud through the computer's own speech engine (Qt's ``QTextToSpeech``), one sentence at a time.

One sentence at a time, so the screen can mark the sentence being read on every engine: not every engine says
which word it is at. Pause stops the engine and "Verder" reads that sentence again from its start, so nobody resumes
in the middle of a word. Qt's speech module is imported when reading aloud is first asked for, never at start.

Each piece of text has its language: the app's own words in the language of the screens, what the family wrote in
the plan's language. A piece is read with a voice of its language where the engine has one, else with a voice of the
other language, else with the engine's own.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ui.common.screen_language import current_language
from ui.common.settings import settings
from wijkteam.sentences import Sentence, split_sentences

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

#: The engines tried first, in this order; Qt's test engine ("mock") never reads to a family.
PREFERRED_ENGINES = ("speechd", "winrt", "sapi", "darwin", "android", "flite")
TEST_ENGINE = "mock"
#: The pace of "rustig": slower than the voice's own (-1 is the slowest, 0 the voice's own).
CALM_RATE = -0.3
#: A sentence that has not ended after this long (seconds, plus a little per letter) never will: an engine without
#: sound (speech-dispatcher with no sound card) says it speaks and never says it is done.
STALL_SECONDS, STALL_SECONDS_PER_LETTER = 10.0, 0.25


class ReadState(Enum):
    IDLE = "idle"
    SPEAKING = "speaking"
    PAUSED = "paused"


@dataclass(frozen=True)
class Piece:
    """A text to read, in ``language`` (``nl``, ``tr``, ...); ``key`` tells the screen where it stands."""

    text: str
    language: str
    key: str = ""


@dataclass(frozen=True)
class Reading:
    """The sentence being read: which piece of the reading it is from, and where it stands in that piece."""

    piece: Piece
    sentence: Sentence
    number: int  # from 0, over the whole reading
    count: int


def available_engines() -> list[str]:
    """The speech engines Qt can load here, the test engine left out. The place tests put another list."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    return [name for name in QTextToSpeech.availableEngines() if name != TEST_ENGINE]


def no_engine_text() -> str:
    """One sentence: how this computer gets a voice to read aloud with."""
    if sys.platform == "win32":
        return QCoreApplication.translate(
            "Speech", "Deze computer kan nog niet voorlezen: zet een stem aan bij Instellingen, Tijd en taal.")
    if sys.platform == "darwin":
        return QCoreApplication.translate(
            "Speech", "Deze Mac kan nog niet voorlezen: kies een stem bij Systeeminstellingen, Toegankelijkheid.")
    return QCoreApplication.translate(
        "Speech", "Deze computer kan nog niet voorlezen: installeer de programma's speech-dispatcher en espeak-ng.")


def no_sound_text() -> str:
    return QCoreApplication.translate(
        "Speech", "Het voorlezen lukt niet: de computer geeft geen geluid. Staat het geluid aan?")


def choose_engine(engines: Sequence[str]) -> str | None:
    for name in PREFERRED_ENGINES:
        if name in engines:
            return name
    return next(iter(engines), None)


class Speaker(QObject):
    """Reads pieces of text aloud, sentence by sentence, and says which sentence it is at."""

    reading = Signal(object)  # Reading: this sentence is read now
    state_changed = Signal(object)  # ReadState
    unavailable = Signal(str)  # no engine or no voice: the sentence says how to get one

    def __init__(self, parent: QObject | None = None, *, engine: str | None = None) -> None:
        super().__init__(parent)
        #: The engine to use; None chooses one of ``available_engines()``. Tests choose Qt's test engine.
        self.engine_name = engine
        self._tts: QTextToSpeech | None = None
        self._queue: list[tuple[Piece, Sentence]] = []
        self._index = 0
        self._state = ReadState.IDLE
        self._heard_speaking = False
        self._locale_language = ""
        self.stall_timer = QTimer(self)
        self.stall_timer.setSingleShot(True)
        self.stall_timer.timeout.connect(self._on_stall_timer_timeout)

    # ------------------------------------------------------------------ public

    @property
    def state(self) -> ReadState:
        return self._state

    @property
    def current(self) -> Reading | None:
        if self._state is ReadState.IDLE or not 0 <= self._index < len(self._queue):
            return None
        piece, sentence = self._queue[self._index]
        return Reading(piece, sentence, self._index, len(self._queue))

    @property
    def engine(self) -> QTextToSpeech | None:
        """The engine once reading aloud was asked for (None before, or when there is none)."""
        return self._tts

    def read(self, pieces: Sequence[Piece]) -> bool:
        """Read ``pieces`` from their first sentence, instead of what was being read. False when no engine can."""
        self.stop()
        tts = self._engine()
        if tts is None:
            self.unavailable.emit(no_engine_text())
            return False
        self._queue = [(piece, sentence) for piece in pieces for sentence in split_sentences(piece.text)]
        self._index = 0
        if not self._queue:
            return True
        self._set_state(ReadState.SPEAKING)
        self._say_current()
        return True

    def pause(self) -> None:
        if self._state is ReadState.SPEAKING:
            self._set_state(ReadState.PAUSED)  # first: the engine's "ready" after stop() is no end of a sentence
            self.stall_timer.stop()
            if self._tts is not None:
                self._tts.stop()

    def resume(self) -> None:
        """Read on, from the start of the sentence that was paused."""
        if self._state is ReadState.PAUSED:
            self._set_state(ReadState.SPEAKING)
            self._say_current()

    def stop(self) -> None:
        if self._state is ReadState.IDLE:
            return
        self._set_state(ReadState.IDLE)
        self._queue, self._index = [], 0
        self.stall_timer.stop()
        if self._tts is not None:
            self._tts.stop()

    def apply_rate(self) -> None:
        """The pace from the settings; from the next sentence on."""
        if self._tts is not None:
            self._tts.setRate(CALM_RATE if settings.read_aloud_calm else 0.0)

    # ----------------------------------------------------------------- helpers

    def _engine(self) -> QTextToSpeech | None:
        if self._tts is not None:
            return self._tts
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:  # an installation without Qt's speech module
            log.warning("Qt's speech module is missing: reading aloud is not possible")
            return None
        name = self.engine_name or choose_engine(available_engines())
        if name is None or name not in QTextToSpeech.availableEngines():
            log.info("No speech engine: %s", QTextToSpeech.availableEngines())
            return None
        # Connecting can take seconds the first time (speech-dispatcher starts on demand): the pointer says so.
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            tts = QTextToSpeech(name, self)
        finally:
            QGuiApplication.restoreOverrideCursor()
        # An engine starts in "error" when the system's own language has no voice (LANG=C): a voice of ours may do.
        if not tts.availableLocales() or not self._choose_locale(tts, current_language()):
            log.info("Speech engine %s has no voice: %s", name, tts.errorString())
            tts.deleteLater()
            return None
        tts.stateChanged.connect(self._on_tts_state_changed)
        self._tts = tts
        self.apply_rate()
        return tts

    def _choose_locale(self, tts: QTextToSpeech, *languages: str) -> bool:
        """A voice of the first of ``languages`` the engine has; else it keeps the one it has. False: no voice at all.

        Not the engine's state: speech-dispatcher stays in "error" after a failed start in the system's language,
        though it reads well in the language chosen after that.
        """
        locales = tts.availableLocales()
        for language in (*languages, current_language()):
            found = _best_locale(locales, language)
            if found is None:
                continue
            if language != self._locale_language:
                tts.setLocale(found)
            if tts.availableVoices():
                self._locale_language = language
                return True
        if not tts.availableVoices() and locales:
            tts.setLocale(locales[0])  # the engine's own language, as a last try
            self._locale_language = ""
        return bool(tts.availableVoices())

    def _say_current(self) -> None:
        tts = self._tts
        if tts is None or self._state is not ReadState.SPEAKING:
            return
        if self._index >= len(self._queue):
            self.stop()
            return
        piece, sentence = self._queue[self._index]
        self._choose_locale(tts, piece.language)
        self._heard_speaking = False
        self.reading.emit(Reading(piece, sentence, self._index, len(self._queue)))
        if self._state is ReadState.SPEAKING:  # not paused or stopped by whoever heard of the sentence
            self.stall_timer.start(int(1000 * (STALL_SECONDS + STALL_SECONDS_PER_LETTER * len(sentence.text))))
            tts.say(sentence.text)

    def _set_state(self, state: ReadState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state)

    # ------------------------------------------------------------------- slots

    def _on_stall_timer_timeout(self) -> None:
        if self._state is ReadState.SPEAKING:
            log.warning("The speech engine did not finish a sentence: reading aloud stopped")
            self.stop()
            self.unavailable.emit(no_sound_text())

    def _on_tts_state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._state is not ReadState.SPEAKING:
            return  # the engine stopping for pause or stop
        if state == QTextToSpeech.State.Speaking:
            self._heard_speaking = True
        elif state == QTextToSpeech.State.Ready and self._heard_speaking:
            self._index += 1
            # Not inside the engine's own signal: some engines do not take a new sentence there.
            QTimer.singleShot(0, self, self._say_current)
        elif state == QTextToSpeech.State.Error:
            log.warning("The speech engine stopped: %s", self._tts.errorString() if self._tts else "")
            self.stop()
            self.unavailable.emit(no_engine_text())


def _best_locale(locales: Sequence[QLocale], language: str) -> QLocale | None:
    """The locale of ``language`` (``nl``), the one of its own country first (nl_NL before nl_BE)."""
    if not language:
        return None
    matching = [loc for loc in locales if loc.name().split("_")[0].lower() == language.lower()]
    own = language.upper() if language != "en" else "GB"
    return next((loc for loc in matching if loc.name().endswith(f"_{own}")), matching[0] if matching else None)
