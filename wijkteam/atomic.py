"""Writing a file completely or not at all: a temporary file in the same folder, flushed to disk, then renamed.

An existing file at the target stays as it was when anything fails, and nothing half-written is left behind. The
temporary file is made readable by its owner only (``mkstemp``), and the rename keeps that: what the app writes is the
family's.

Why a file the family saves could not be written is said in one place, ``message_for``: the same reasons in the same
order for a plan file, an advice file, a calendar file and the PDF, each in the words of its ``WriteWords``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from wijkteam.errors import StorageError, UserError


@dataclass(frozen=True)
class WriteWords:
    """The sentences for one kind of file that could not be written, by reason; they may name ``{folder}`` and
    ``{path}``."""

    no_folder: str
    is_folder: str
    denied: str
    disk_full: str
    in_use: str
    failed: str

    @classmethod
    def naming(cls, what: str) -> WriteWords:
        """The usual sentences, naming the file: ``WriteWords.naming("Het planbestand")``."""
        cannot = f"{what} kan niet worden bewaard"
        return cls(
            no_folder=cannot + ", want de map bestaat niet: {folder}.",
            is_folder=cannot + ", want er staat al een map met die naam: {path}.",
            denied=cannot + ", want u mag niet schrijven in deze map: {folder}.",
            disk_full=cannot + ", want de schijf is vol.",
            in_use=cannot + ", want het oude bestand is open in een ander programma: {path}.",
            failed=cannot + " in deze map: {folder}.",
        )


def message_for(exc: OSError, target: Path, words: WriteWords, *, replacing: bool) -> str:
    """The sentence for a file that could not be written; ``replacing`` once the new file is being put in place."""
    template = words.failed
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        template = words.disk_full
    elif replacing and isinstance(exc, IsADirectoryError):
        template = words.is_folder
    elif replacing and isinstance(exc, PermissionError):
        # The folder took the temporary file, so a refusal now means the old file is held open (Windows).
        template = words.in_use
    elif not replacing and isinstance(exc, FileNotFoundError | NotADirectoryError):
        template = words.no_folder
    elif isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        template = words.denied
    return template.format(folder=target.parent, path=target)


def save_bytes(target: Path, data: bytes, words: WriteWords, *, error: type[UserError] = StorageError) -> Path:
    """Write ``data`` to ``target``; raises ``error`` with the sentence of ``words`` when the system refuses."""
    return write_with(target, lambda stream, _temp: stream.write(data), words, error=error)


def write_with(target: Path, fill: Callable[[BinaryIO, Path], object], words: WriteWords, *,
               error: type[UserError] = StorageError, suffix: str = ".tmp") -> Path:
    """Let ``fill`` write the temporary file, through the open stream or by its name (ReportLab wants a name), then
    put it in place. An exception from ``fill`` that is no OSError goes through as it is, after the clean-up."""
    target = Path(target)
    return _write(target, fill, lambda exc, replacing: error(message_for(exc, target, words, replacing=replacing)),
                  suffix=suffix, sync_folder=False)


def write_file(target: Path, chunks: Iterable[bytes], error: Callable[[OSError], str], *,
               sync_folder: bool = False) -> Path:
    """Write ``chunks`` to ``target``. Raises StorageError(error(exc)) when the system refuses.

    ``sync_folder`` also flushes the folder, so that the rename itself survives a power cut (for a file without which
    the family cannot open their plans).
    """
    def fill(stream: BinaryIO, _temp: Path) -> None:
        for chunk in chunks:
            stream.write(chunk)

    return _write(Path(target), fill, lambda exc, _replacing: StorageError(error(exc)), suffix=".tmp",
                  sync_folder=sync_folder)


def _write(target: Path, fill: Callable[[BinaryIO, Path], object], refusal: Callable[[OSError, bool], UserError], *,
           suffix: str, sync_folder: bool) -> Path:
    folder = target.parent
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name[:40]}-", suffix=suffix, dir=folder)
    except OSError as exc:
        raise refusal(exc, False) from exc
    temp = Path(temp_name)
    replacing = False
    try:
        with os.fdopen(handle, "wb") as stream:
            fill(stream, temp)
            stream.flush()
            os.fsync(stream.fileno())  # also what ``fill`` wrote by the name: it is the same file
        replacing = True
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise refusal(exc, replacing) from exc
        raise
    if sync_folder and os.name == "posix":
        with contextlib.suppress(OSError):
            fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    return target
