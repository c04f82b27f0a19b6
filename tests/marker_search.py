"""Search every file the app wrote for a marker typed into a private note, as ``strings`` would find it."""

from __future__ import annotations

from pathlib import Path

from wijkteam.paths import DB_FILENAME

#: The database file still holds the family's words in the clear, so ``leaks`` skips it (and its WAL and
#: shared-memory files, nothing else). Once the database is encrypted, set this to False: then the marker must be in
#: no file at all, the database included.
DATABASE_IS_PLAINTEXT = False
DATABASE_FILES = frozenset({DB_FILENAME, f"{DB_FILENAME}-wal", f"{DB_FILENAME}-shm"})

#: How text may sit in a file: ``strings`` finds UTF-8 and, with ``-el``/``-eb``, UTF-16 (Windows tools write it).
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def files_holding(marker: str, folder: Path) -> list[Path]:
    """Every file under ``folder`` whose bytes hold ``marker`` in one of ``ENCODINGS``."""
    needles = [marker.encode(encoding) for encoding in ENCODINGS]
    return [path for path in sorted(folder.rglob("*"))
            if path.is_file() and any(needle in path.read_bytes() for needle in needles)]


def leaks(marker: str, folder: Path) -> list[Path]:
    """Files holding ``marker`` that may not: all of them, but for the plaintext database while it is plaintext."""
    return [path for path in files_holding(marker, folder)
            if not (DATABASE_IS_PLAINTEXT and path.name in DATABASE_FILES)]
