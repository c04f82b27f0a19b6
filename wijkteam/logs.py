"""Rotating log file in the user's log folder. No telemetry: logs never leave the machine."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILENAME = "wijkteam.log"


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
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._wijkteam = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return log_dir / LOG_FILENAME
