"""Writing a file completely or not at all: a temporary file in the same folder, flushed to disk, then renamed.

An existing file at the target stays as it was when anything fails, and nothing half-written is left behind. The
temporary file is made readable by its owner only (``mkstemp``), and the rename keeps that: what the app writes is the
family's. Every caller says in its own words why a file could not be written (``error``).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from wijkteam.errors import StorageError


def write_file(target: Path, chunks: Iterable[bytes], error: Callable[[OSError], str], *,
               sync_folder: bool = False) -> Path:
    """Write ``chunks`` to ``target``. Raises StorageError(error(exc)) when the system refuses.

    ``sync_folder`` also flushes the folder, so that the rename itself survives a power cut (for a file without which
    the family cannot open their plans).
    """
    target = Path(target)
    folder = target.parent
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name[:40]}-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StorageError(error(exc)) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            for chunk in chunks:
                stream.write(chunk)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise StorageError(error(exc)) from exc
        raise
    if sync_folder and os.name == "posix":
        with contextlib.suppress(OSError):
            fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    return target
