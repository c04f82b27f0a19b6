"""The database: one SQLCipher-encrypted SQLite file, its engine and pragmas, migrations with a backup first, and clear
errors.

Every page of the file, of its WAL and of every backup copy is encrypted with the family's key (see
``wijkteam.keystore``). SQLCipher takes that key raw, so opening a connection costs no second key derivation.
Alembic is imported only when the schema is not at head, so a normal start stays fast.
"""

from __future__ import annotations

import contextlib
import logging
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool
from sqlmodel import create_engine

from wijkteam.errors import QT_TRANSLATE_NOOP, StorageError
from wijkteam.keystore import private_folder, sqlcipher_key
from wijkteam.paths import migrations_dir

log = logging.getLogger(__name__)

#: The newest schema revision this app knows. A test holds it equal to Alembic's head.
SCHEMA_HEAD = "0003"

#: How long a statement waits for another program's write lock before it says the plans are busy.
BUSY_TIMEOUT_MS = 5000

#: The first bytes of an SQLite file that is not encrypted (made before Ons Plan encrypted its plans).
PLAINTEXT_HEADER = b"SQLite format 3\x00"

MSG_DAMAGED = (
    QT_TRANSLATE_NOOP("Errors", "Het bestand met uw plannen is beschadigd en kan niet worden geopend. "
                                "Er is niets veranderd; vraag hulp en neem een reservekopie mee.")
)
MSG_NEWER = (
    QT_TRANSLATE_NOOP("Errors", "Uw plannen zijn bewaard met een nieuwere versie van Ons Plan. "
                                "Installeer de nieuwste versie om ze te openen.")
)
MSG_BROKEN_INSTALL = QT_TRANSLATE_NOOP(
    "Errors", "Ons Plan is niet helemaal goed geïnstalleerd. Installeer het opnieuw; uw plannen blijven bewaard."
)
MSG_NO_FOLDER = "De map voor uw plannen kan niet worden gemaakt of gebruikt: %s"
MSG_READ_ONLY = QT_TRANSLATE_NOOP("Errors", "Uw plannen kunnen niet worden bewaard, want de map is alleen-lezen.")
MSG_DISK_FULL = QT_TRANSLATE_NOOP("Errors", "Uw plannen kunnen niet worden bewaard, want de schijf is vol.")
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "Errors", "Uw plannen zijn nu in gebruik door een ander programma. Probeer het zo opnieuw."
)
MSG_ENCRYPT_FAILED = QT_TRANSLATE_NOOP(
    "Errors",
    "Uw plannen konden niet worden beveiligd. Er is niets veranderd: het oude bestand staat er nog. Vraag hulp.",
)


def _sqlcipher() -> Any:
    import sqlcipher3

    return sqlcipher3


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The key is set first, by the dialect. WAL and foreign keys are per connection; NORMAL keeps every commit safe
    # against a killed process. secure_delete overwrites what is deleted, so an erased plan is gone from the pages too.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print a wrong key to stderr
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(path: Path, key: bytes | None) -> Engine:
    """An engine on the file at ``path``, encrypted with ``key``.

    ``key=None`` opens an SQLite file that is not encrypted: only to read a database made before encryption, in order
    to encrypt it, and to measure what encryption costs.
    """
    # hide_parameters: an error message must never carry the family's text into a log or a crash file.
    if key is None:
        engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False}, hide_parameters=True)
        event.listen(engine, "connect", _set_plain_pragmas)
        return engine
    url = URL.create("sqlite+pysqlcipher", password=sqlcipher_key(key), database=str(path))
    # A pool like plain SQLite's: screens, the autosave and the PDF export use connections from several threads.
    engine = create_engine(url, connect_args={"check_same_thread": False}, poolclass=QueuePool, hide_parameters=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _set_plain_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def connect_file(path: Path, key: bytes, *, read_only: bool = False) -> Any:
    """A plain DB-API connection to an encrypted file, for copies and checks. Raises StorageError for a bad file."""
    sqlcipher = _sqlcipher()
    try:
        con = sqlcipher.connect(f"file:{path}?mode=ro" if read_only else str(path), uri=read_only,
                                check_same_thread=False)
    except sqlcipher.Error as exc:
        raise StorageError(storage_message(exc) or MSG_DAMAGED) from exc
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f'PRAGMA key="{sqlcipher_key(key)}"')
        con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.Error as exc:
        con.close()
        raise StorageError(storage_message(exc) or MSG_DAMAGED) from exc
    return con


def storage_message(exc: BaseException) -> str | None:
    """A Dutch sentence for SQLite errors a user can act on, or None for a bug."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "file is not a database" in text or "malformed" in text or "file is encrypted" in text:
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


def is_busy(exc: BaseException) -> bool:
    """True when another program holds the database for a moment: worth trying again soon."""
    return storage_message(exc) == MSG_LOCKED


# ----------------------------------------------------------------------------------------------- what the file is


def is_plaintext(path: Path) -> bool:
    """True for an SQLite file that is not encrypted: one made before Ons Plan encrypted its plans."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(PLAINTEXT_HEADER)) == PLAINTEXT_HEADER
    except OSError:
        return False


def has_content(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0


def _probe(path: Path, key: bytes) -> str | None:
    """The stored schema revision; raises StorageError if the file is no database or the key does not fit."""
    con = connect_file(path, key)
    try:
        row = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(version[0]) if version else None
    except _sqlcipher().DatabaseError as exc:
        raise StorageError(storage_message(exc) or MSG_DAMAGED) from exc
    finally:
        con.close()


def _has_tables(path: Path, key: bytes) -> bool:
    con = connect_file(path, key)
    try:
        return bool(con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0] > 0)
    finally:
        con.close()


def secure_files(path: Path) -> None:
    """The database, its WAL and its shared memory file readable by the owner only (0600), where the platform knows it.

    SQLite gives the WAL and -shm the mode of the database file, so a database made 0600 keeps its companions so too.
    """
    if os.name != "posix":
        return
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError):
            if candidate.exists():
                os.chmod(candidate, 0o600)


def create_private_file(path: Path) -> None:
    """An empty file with mode 0600, so that SQLite never makes the database readable for others, not for a moment."""
    if path.exists():
        return
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


# ------------------------------------------------------------------------------------------------------- copies


def copy_database(source: Path, target: Path, key: bytes) -> None:
    """A consistent encrypted copy through SQLite's backup API (a file copy could miss what sits in the WAL)."""
    private_folder(target.parent)
    create_private_file(target)
    src = connect_file(source, key)
    try:
        dst = connect_file(target, key)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    secure_files(target)


def backup_database(path: Path, backups: Path, label: str, key: bytes) -> Path:
    """An encrypted copy in ``backups/``, named after the moment and ``label``."""
    private_folder(backups)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups / f"{path.stem}-{label}-{stamp}.sqlite"
    copy_database(path, target, key)
    return target


# ----------------------------------------------------------------------------------------------- migrations


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine, path: Path, backups: Path, key: bytes) -> None:
    """Bring the schema to head. Backs up first when there is data; refuses a database newer than the app."""
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    if not (migrations_dir() / "env.py").is_file():
        # A bundle without its migrations: the family's file is fine, the installation is not.
        raise StorageError(MSG_BROKEN_INSTALL)
    current = _probe(path, key) if has_content(path) else None
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
        if has_content(path) and _has_tables(path, key):
            copy = backup_database(path, backups, f"voor-{script.get_current_head()}", key)
            log.info("Backup before migration: %s", copy.name)
        log.info("Migrating database from %s to %s", current, script.get_current_head())
        command.upgrade(cfg, "head")
        connection.commit()


def open_database(path: Path, backups: Path, key: bytes) -> Engine:
    """Open (or create) the encrypted database file, migrate it when needed, and return the engine.

    Raises StorageError with one Dutch sentence for a damaged or newer file, a key that does not fit, or a folder
    that cannot be used. A file that is not encrypted is refused here: ``encrypt_database`` turns it into one first.
    """
    try:
        private_folder(path.parent)
        create_private_file(path)
    except OSError as exc:
        raise StorageError(MSG_NO_FOLDER % (exc.strerror or str(exc))) from exc
    if is_plaintext(path):
        raise StorageError(MSG_DAMAGED)
    secure_files(path)
    current = _probe(path, key) if has_content(path) else None
    engine = make_engine(path, key)
    try:
        if current != SCHEMA_HEAD:
            upgrade(engine, path, backups, key)
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1 FROM plan LIMIT 1")
    except DBAPIError as exc:
        engine.dispose()
        raise StorageError(storage_message(exc) or MSG_DAMAGED) from exc
    except StorageError:
        engine.dispose()
        raise
    secure_files(path)
    return engine


def check_database(path: Path, key: bytes) -> bool:
    """True when every page decrypts and authenticates, and SQLite finds the file in order. Changes nothing."""
    try:
        con = connect_file(path, key, read_only=True)
    except StorageError:
        return False
    try:
        if con.execute("PRAGMA cipher_integrity_check").fetchall():
            return False  # a page whose authentication code does not fit: changed or damaged
        if con.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            return False
        return not con.execute("PRAGMA foreign_key_check").fetchall()
    except _sqlcipher().Error:
        return False
    finally:
        con.close()


# ------------------------------------------------------------------------------------------- only in memory


def open_memory_database() -> Engine:
    """A database that lives only in this process: no file, no journal, no WAL, no backup, no temporary files.

    For reading someone else's plan without keeping it (``wijkteam.advice_desk``). Not encrypted: SQLCipher guards
    pages on a disk, and these pages never reach one. The schema comes from the same migrations as the family's file.
    """
    from alembic import command
    from sqlalchemy.pool import StaticPool

    # One connection for every user: each new connection to ":memory:" would be a new, empty database.
    engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool,
                           hide_parameters=True)
    event.listen(engine, "connect", _set_memory_pragmas)
    with engine.connect() as connection:
        command.upgrade(_alembic_config(connection), "head")
        connection.commit()
    return engine


def _set_memory_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA temp_store=MEMORY")  # a large sort would otherwise spill into a file in the temp folder
    cursor.close()
