"""Open the app's database file directly in a test, the way the app itself opens it.

Tests that look at rows behind the services' back (to prove a refused change changed nothing) use ``connect``, so they
keep working however the file is stored.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def connect(path: Path | str) -> Any:
    """A DB-API connection to the database file at ``path``."""
    return sqlite3.connect(path)
