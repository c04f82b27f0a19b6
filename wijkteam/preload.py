"""The database layer imported on a thread of its own, while the family types the passphrase or the key is derived.

SQLAlchemy, SQLModel and the services take about half a second to import on a laptop, longer than Qt takes to show the
window. The window starts this once its lock screen is drawn (not sooner: the import holds Python's lock, and the
screens built beside it came twice as late), a command before it opens the key file; what opens the database waits for
it (``wait``) before it goes on. Deriving the key (Argon2id) lets other threads run, so the two overlap. The thread
also loads what unwraps the key and sets up SQLAlchemy's mappers, which the first query did: after Enter the family
waits for neither (Enter to the plans on screen, 500 plans: about 0.30 s -> 0.26 s). No Qt here.
"""

from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger(__name__)

#: What opening the plans imports, heaviest first.
MODULES = (
    "wijkteam.db",
    "wijkteam.services.plans",
    "wijkteam.services.overview",
    "wijkteam.services.advice",
    "wijkteam.services.agreements",
    "wijkteam.services.people",
    "wijkteam.services.process",
    "wijkteam.services.versions",
    "wijkteam.services.private_notes",
    "wijkteam.services.planfiles",
    "wijkteam.services.advicefiles",
    "wijkteam.services.export",
    "wijkteam.services.erase",
    "wijkteam.services.changes",
    # What unwraps the key once the passphrase is typed (cryptography's bindings: some 10 ms).
    "cryptography.hazmat.primitives.ciphers.aead",
    "cryptography.hazmat.primitives.kdf.argon2",
)

_lock = threading.Lock()
_thread: threading.Thread | None = None


def _import_all(modules: tuple[str, ...]) -> None:
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # the real import, later on the thread that needs it, reports what is wrong
            log.exception("Preloading %s failed", name)
            return
    try:
        from sqlalchemy.orm import configure_mappers

        # SQLAlchemy sets up the tables' mappers at their first query (some 10 ms): here, before the plans are read.
        # It holds a lock of its own, so a query on another thread meanwhile waits for it and then goes on.
        configure_mappers()
    except Exception:  # the first query does it again and reports what is wrong
        log.exception("Configuring the mappers failed")


def start(more: tuple[str, ...] = ()) -> None:
    """Begin importing ``MODULES`` and ``more``, once per process; returns at once.

    The app's own modules import each other without a cycle (``tests/test_layering.py``), so two threads that import
    them at the same time only ever wait for each other, never for ever.
    """
    global _thread
    with _lock:
        if _thread is None:
            _thread = threading.Thread(target=_import_all, args=(MODULES + more,), name="preload", daemon=True)
            _thread.start()


def wait() -> None:
    """Until ``MODULES`` are imported. Begins that first when ``start`` was not called yet (the window calls it once
    the lock screen is drawn; a passphrase from the environment may fit sooner), so one thread imports them."""
    start()
    with _lock:
        thread = _thread
    if thread is not None and thread is not threading.current_thread():
        thread.join()
