"""Saving as the family types: a short pause after the last key, and at once when they move on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from wijkteam.errors import UserError

DELAY_MS = 600


class AutoSaver(QObject):
    """Keeps at most one part of the plan waiting to be saved, and saves it when typing pauses.

    The text is read only when saving, so a burst of keys costs one read and one write.
    """

    saving = Signal()  # there is text waiting to be saved
    saved = Signal(int, str)  # section id, the text now stored
    failed = Signal(str)  # the Dutch sentence of a UserError; the text stays waiting

    def __init__(self, save: Callable[[int, str], None], parent: QObject | None = None, *,
                 delay_ms: int = DELAY_MS) -> None:
        super().__init__(parent)
        self._save = save
        self._section_id: int | None = None
        self._read_text: Callable[[], str] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self._on_timer_timeout)

    @property
    def pending(self) -> bool:
        return self._section_id is not None

    def schedule(self, section_id: int, read_text: Callable[[], str]) -> None:
        if self._section_id is not None and self._section_id != section_id:
            self.flush()
        self._section_id = section_id
        self._read_text = read_text
        self.timer.start()  # restarts: the save waits for a pause in typing
        self.saving.emit()

    def flush(self) -> bool:
        """Save now if anything waits. False when the service refused; the text then stays waiting for a retry."""
        self.timer.stop()
        if self._section_id is None or self._read_text is None:
            return True
        section_id, text = self._section_id, self._read_text()
        try:
            self._save(section_id, text)
        except UserError as error:
            self.failed.emit(str(error))
            return False
        if self._section_id == section_id:
            self._section_id = None
            self._read_text = None
        self.saved.emit(section_id, text)
        return True

    def discard(self) -> None:
        """Forget what waits, after the family chose to leave although saving failed."""
        self.timer.stop()
        self._section_id = None
        self._read_text = None

    def _on_timer_timeout(self) -> None:
        self.flush()
