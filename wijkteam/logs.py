"""Rotating log file in the user's log folder. No telemetry: logs never leave the machine.

The log holds no plan content, so the family can hand it to a helper: messages in the app name IDs, counts and files,
never a title, a name or a text, and an exception is written as the crash file writes it, without values.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path
from types import TracebackType

from wijkteam.crash import safe_traceback, scrub_message

LOG_FILENAME = "wijkteam.log"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class SafeFormatter(logging.Formatter):
    """A formatter whose exception text keeps types, files and line numbers, but no quoted values.

    An exception passed as an argument (``log.warning("Not saved: %s", exc)``) is written the same way.
    """

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full exception text on the record; this one never writes that.
        cached, args = record.exc_text, record.args
        record.exc_text = None
        if isinstance(args, tuple) and any(isinstance(arg, BaseException) for arg in args):
            record.args = tuple(scrub_message(arg) if isinstance(arg, BaseException) else arg for arg in args)
        try:
            return super().format(record)
        finally:
            record.exc_text, record.args = cached, args

    def formatException(self, ei: tuple[type[BaseException], BaseException, TracebackType | None]
                        | tuple[None, None, None]) -> str:
        exc_type, exc, tb = ei
        if exc_type is None:
            return ""
        return safe_traceback(exc_type, exc, tb).rstrip("\n")


def setup_logging(log_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Log to a rotating file. Returns the file, or None when the folder cannot be used (the app still runs)."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_wijkteam", False):
            root.removeHandler(handler)
            handler.close()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_dir / LOG_FILENAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(SafeFormatter(LOG_FORMAT))
    handler._wijkteam = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return log_dir / LOG_FILENAME
