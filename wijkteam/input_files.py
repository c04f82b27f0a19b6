"""Reading a file someone picked (a plan file, an advice file, an advice text): at once, and never more than a limit.

A named pipe (FIFO) makes a plain ``open`` wait until someone writes to it, a device such as /dev/zero never ends, a
folder is no file, and a file that grows while it is read has no honest size. So the file is opened without waiting
(``O_NONBLOCK``), the open file itself says what it is (``fstat``), only a regular file is read, at most one byte more
than the limit, and its size and time of change are compared before and after. A symbolic link counts as what it
points at. Every refusal is one Dutch sentence in the caller's error class.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from wijkteam.errors import QT_TRANSLATE_NOOP, UserError

# %1 is the file's path.
MSG_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "Het bestand bestaat niet: %1.")
MSG_IS_FOLDER = QT_TRANSLATE_NOOP("Errors", "Dit is een map en geen bestand: %1.")
MSG_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "Errors", "Dit is geen gewoon bestand, maar bijvoorbeeld een apparaat. Het wordt niet gelezen: %1.")
MSG_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "Het bestand kan niet worden gelezen: %1.")
MSG_CHANGED = QT_TRANSLATE_NOOP(
    "Errors", "Het bestand veranderde terwijl het werd gelezen, dus er is niets mee gedaan: %1.")

# Not every platform has every flag (Windows has no O_NONBLOCK, and no FIFOs to wait on either).
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0) | \
    getattr(os, "O_BINARY", 0)


def read_input_file(path: Path, limit: int, *, too_big: str, error: type[UserError]) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them; raises ``error`` with one Dutch sentence.

    ``too_big`` is the sentence for a file over the limit, checked before a byte is read and again after reading.
    """
    path = Path(path)
    try:
        if path.is_dir():  # stat only: it never waits, also not for a pipe
            raise error(MSG_IS_FOLDER, path)
        probe = os.open(path, _FLAGS)
    except FileNotFoundError:
        raise error(MSG_NOT_FOUND, path) from None
    except (OSError, ValueError):  # ValueError: a path the system cannot even look up (a NUL in it)
        raise error(MSG_UNREADABLE, path) from None
    try:
        before = os.fstat(probe)
        if stat.S_ISDIR(before.st_mode):
            raise error(MSG_IS_FOLDER, path)
        if not stat.S_ISREG(before.st_mode):
            raise error(MSG_NOT_A_FILE, path)
        if before.st_size > limit:
            raise error(too_big)
        # Read through a second, ordinary open of the same name, and hold it to the file just looked at: a name
        # swapped for another file in between is refused below.
        with path.open("rb") as handle:
            opened = os.fstat(handle.fileno())
            data = handle.read(limit + 1)
            after = os.fstat(handle.fileno())
    except UserError:
        raise
    except (OSError, ValueError):
        raise error(MSG_UNREADABLE, path) from None
    finally:
        os.close(probe)
    if len(data) > limit:
        raise error(too_big)
    same_file = (opened.st_dev, opened.st_ino) == (before.st_dev, before.st_ino)
    unchanged = before.st_size == len(data) == after.st_size and before.st_mtime_ns == after.st_mtime_ns
    if not same_file or not unchanged:
        raise error(MSG_CHANGED, path)
    return data
