"""The SQLite database: engine, pragmas, migrations with a backup first, and clear errors.

Alembic is imported only when the schema is not at head, so a normal start stays fast.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import create_engine

from wijkteam.errors import StorageError
from wijkteam.paths import migrations_dir

log = logging.getLogger(__name__)

#: The newest schema revision this app knows. A test holds it equal to Alembic's head.
SCHEMA_HEAD = "0001"

MSG_DAMAGED = (
    "Het bestand met uw plannen is beschadigd en kan niet worden geopend. "
    "Er is niets veranderd; vraag hulp en neem een reservekopie mee."
)
MSG_NEWER = (
    "Uw plannen zijn bewaard met een nieuwere versie van Ons Plan. "
    "Installeer de nieuwste versie om ze te openen."
)
MSG_BROKEN_INSTALL = "Ons Plan is niet helemaal goed geïnstalleerd. Installeer het opnieuw; uw plannen blijven bewaard."
MSG_NO_FOLDER = "De map voor uw plannen kan niet worden gemaakt of gebruikt: %s"
MSG_READ_ONLY = "Uw plannen kunnen niet worden bewaard, want de map is alleen-lezen."
MSG_DISK_FULL = "Uw plannen kunnen niet worden bewaard, want de schijf is vol."
MSG_LOCKED = "Uw plannen zijn nu in gebruik door een ander programma. Probeer het zo opnieuw."


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL and foreign keys are per connection; NORMAL keeps every commit safe against a killed process.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    # hide_parameters: an error message must never carry the family's text into a log or a crash file.
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False}, hide_parameters=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def storage_message(exc: BaseException) -> str | None:
    """A Dutch sentence for SQLite errors a user can act on, or None for a bug."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "file is not a database" in text or "malformed" in text:
        return MSG_DAMAGED
    if "readonly" in text or "read-only" in text:
        return MSG_READ_ONLY
    if "disk is full" in text or "database or disk is full" in text:
        return MSG_DISK_FULL
    if "locked" in text or "busy" in text:
        return MSG_LOCKED
    if "unable to open database" in text:
        return MSG_NO_FOLDER % "het bestand kan niet worden geopend."
    return None


def _probe(path: Path) -> str | None:
    """Read the stored schema revision with plain sqlite3; raise StorageError if the file is no database."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StorageError(storage_message(exc) or MSG_DAMAGED) from exc
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        row = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(version[0]) if version else None
    except sqlite3.DatabaseError as exc:
        raise StorageError(storage_message(exc) or MSG_DAMAGED) from exc
    finally:
        con.close()


def _has_tables(path: Path) -> bool:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0] > 0
    finally:
        con.close()


def backup_database(path: Path, backups: Path, label: str) -> Path:
    """A consistent copy through SQLite's backup API (a file copy could miss what sits in the WAL)."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups / f"{path.stem}-{label}-{stamp}.sqlite"
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine, path: Path, backups: Path) -> None:
    """Bring the schema to head. Backs up first when there is data; refuses a database newer than the app."""
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    if not (migrations_dir() / "env.py").is_file():
        # A bundle without its migrations: the family's file is fine, the installation is not.
        raise StorageError(MSG_BROKEN_INSTALL)
    current = _probe(path) if path.exists() else None
    with engine.connect() as connection:
        cfg = _alembic_config(connection)
        script = ScriptDirectory.from_config(cfg)
        if current is not None:
            try:
                script.get_revision(current)
            except CommandError as exc:
                raise StorageError(MSG_NEWER) from exc
            if current in script.get_heads():
                return
        if path.exists() and _has_tables(path):
            copy = backup_database(path, backups, f"voor-{script.get_current_head()}")
            log.info("Backup before migration: %s", copy)
        log.info("Migrating database from %s to %s", current, script.get_current_head())
        command.upgrade(cfg, "head")
        connection.commit()


def open_database(path: Path, backups: Path) -> Engine:
    """Open (or create) the database file, migrate it when needed, and return the engine.

    Raises StorageError with one Dutch sentence for a damaged or newer file, or a folder that cannot be used.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(MSG_NO_FOLDER % (exc.strerror or str(exc))) from exc
    current = _probe(path) if path.exists() and path.stat().st_size > 0 else None
    engine = make_engine(path)
    try:
        if current != SCHEMA_HEAD:
            upgrade(engine, path, backups)
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1 FROM plan LIMIT 1")
    except DBAPIError as exc:
        engine.dispose()
        raise StorageError(storage_message(exc) or MSG_DAMAGED) from exc
    except StorageError:
        engine.dispose()
        raise
    return engine
