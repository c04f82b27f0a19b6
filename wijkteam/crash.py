"""The crash hook's core: log the error, write a crash file, print one clear line. The window shows a dialog."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from wijkteam import __version__

log = logging.getLogger("wijkteam.crash")

CRASH_LINE = "Er ging iets mis in Ons Plan. Uw tekst is bewaard. Details staan in: %s"
CRASH_LINE_NO_FILE = "Er ging iets mis in Ons Plan. Uw tekst is bewaard."

ShowDialog = Callable[[str, str | None], None]


def format_crash(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    header = (
        f"Ons Plan {__version__}\nPython {platform.python_version()} op {platform.platform()}\n"
        f"Tijd: {datetime.now().isoformat(timespec='seconds')}\n\n"
    )
    return header + "".join(lines)


def write_crash_file(crash_dir: Path, text: str) -> Path | None:
    try:
        crash_dir.mkdir(parents=True, exist_ok=True)
        path = crash_dir / f"crash-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.txt"
        path.write_text(text, encoding="utf-8")
        return path
    except OSError:
        return None


class CrashHook:
    """Installed as ``sys.excepthook``. Resets itself while it runs, so an error in the dialog cannot loop."""

    def __init__(self, crash_dir: Path, show_dialog: ShowDialog | None = None) -> None:
        self.crash_dir = crash_dir
        self.show_dialog = show_dialog
        self._busy = False

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if self._busy:
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._busy = True
        try:
            text = format_crash(exc_type, exc, tb)
            log.error("Unhandled error\n%s", text)
            path = write_crash_file(self.crash_dir, text)
            print(CRASH_LINE % path if path else CRASH_LINE_NO_FILE, file=sys.stderr)
            if self.show_dialog is not None:
                self.show_dialog(text, str(path) if path else None)
        finally:
            self._busy = False
