"""Short waits for a locked database, for saving as the family types.

Every connection waits up to ``BUSY_TIMEOUT_MS`` for another program's write lock. Saving as the family types must not
wait that long: it asks for a short wait with ``lock_wait(ms)`` and tries again later by itself. The wait is set per
thread (a context variable) and applied each time a connection leaves the pool, so one connection can serve both.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import event
from sqlalchemy.pool import Pool

from wijkteam.db import BUSY_TIMEOUT_MS, MSG_LOCKED

_wanted_ms: ContextVar[int | None] = ContextVar("lock_wait_ms", default=None)
#: In a pooled connection's ``info``: the short wait it was given, absent while it has the normal one.
_INFO_KEY = "wijkteam.lock_wait_ms"


@contextmanager
def lock_wait(ms: int) -> Iterator[None]:
    """Statements in this block, on this thread, wait at most ``ms`` for a write lock instead of the normal time."""
    token = _wanted_ms.set(max(0, int(ms)))
    try:
        yield
    finally:
        _wanted_ms.reset(token)


def is_busy(error: BaseException) -> bool:
    """True for the services' sentence about a database that another program holds: worth trying again soon."""
    return str(error) == MSG_LOCKED


@event.listens_for(Pool, "checkout")
def _apply_lock_wait(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    wanted = _wanted_ms.get()
    if record.info.get(_INFO_KEY) == wanted:
        return  # the connection already waits as long as this thread wants: no statement needed
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS if wanted is None else wanted}")
    finally:
        cursor.close()
    if wanted is None:
        record.info.pop(_INFO_KEY, None)
    else:
        record.info[_INFO_KEY] = wanted
