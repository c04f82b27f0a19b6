"""Reservekopie: one file with all the plans, encrypted, for a USB stick; and bringing such a file back.

A backup file (``.wijkreserve``) is a short header and then the encrypted database itself:

    line 1   ``ONS-PLAN-RESERVEKOPIE 1``
    line 2   JSON: format, version, app_version, written_at, schema, size, sha256, and ``keys``: the wrapped keys
             exactly as the key file holds them (see ``wijkteam.keystore``)
    rest     the database, as a consistent copy made with SQLite's backup API, encrypted with the family's key

Because it carries its own wrapped keys, a backup opens on any laptop with the passphrase (or recovery code) that was in
use when it was made, also after the laptop itself is lost. The hash tells a damaged copy from a wrong passphrase.
No Qt here.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from wijkteam import __version__
from wijkteam.atomic import WriteWords, write_with
from wijkteam.errors import QT_TRANSLATE_NOOP, InvalidInputError, StorageError, UserError
from wijkteam.keystore import KeyStore, Slots, WrongSecretError, key_id, private_folder, sqlcipher_key
from wijkteam.vault import MSG_LOCKED_VAULT, Vault, VaultState

log = logging.getLogger(__name__)

SUFFIX = ".wijkreserve"
MAGIC = b"ONS-PLAN-RESERVEKOPIE 1\n"
FORMAT = "wijkreserve"
VERSION = 1
MAX_HEADER = 256 * 1024
MAX_BACKUP_BYTES = 4 * 1024 * 1024 * 1024
CHUNK = 1024 * 1024

MSG_NOT_BACKUP = QT_TRANSLATE_NOOP("Errors", "Dit bestand is geen reservekopie van Ons Plan.")
MSG_DAMAGED = QT_TRANSLATE_NOOP("Errors", "Deze reservekopie is beschadigd of niet compleet. Er is niets veranderd.")
MSG_NEWER = QT_TRANSLATE_NOOP(
    "Errors", "Deze reservekopie is gemaakt met een nieuwere versie van Ons Plan. Installeer eerst de nieuwste versie."
)
MSG_WRONG_SECRET = QT_TRANSLATE_NOOP(
    "Errors",
    "Dit wachtwoord opent deze reservekopie niet. Typ het wachtwoord van toen u de kopie maakte. "
    "Of typ de herstelcode van toen.",
)
MSG_NEED_SECRET = QT_TRANSLATE_NOOP(
    "Errors", "Deze reservekopie heeft een ander wachtwoord. Typ het wachtwoord of de herstelcode van de kopie."
)
MSG_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "De reservekopie kan niet worden gelezen: %1.")
MSG_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "Errors", "Dit is geen gewoon bestand, dus het kan geen reservekopie zijn: %1.")
WRITE_WORDS = WriteWords.naming("De reservekopie")
MSG_CANNOT_WRITE = WRITE_WORDS.failed
MSG_NO_FOLDER = WRITE_WORDS.no_folder


class NeedSecretError(UserError):
    """The backup has another key than the plans here: the passphrase of the backup is needed."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int


@dataclass(frozen=True)
class RestoreResult:
    kept: Path | None  # the copy of the plans that were here before, in backups/
    written_at: str


# -------------------------------------------------------------------------------------------------------- writing


def write_backup(vault: Vault, target: Path) -> BackupResult:
    """Write a consistent, encrypted copy of all the plans to ``target``, completely or not at all."""
    from wijkteam.db import check_database, copy_database

    key = vault.key
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise StorageError(MSG_NO_FOLDER.format(folder=folder))
    if target.is_dir():
        raise StorageError(WRITE_WORDS.is_folder.format(path=target))
    slots = vault.keystore.read()
    private_folder(vault.paths.data_dir)
    scratch = Path(tempfile.mkdtemp(prefix=".reservekopie-", dir=vault.paths.data_dir))
    try:
        copy = scratch / "kopie.sqlite"
        copy_database(vault.paths.database, copy, key)
        if not check_database(copy, key):
            raise StorageError(MSG_DAMAGED)
        schema = _schema(copy, key)
        digest, size = _hash_file(copy)
        header = {
            "format": FORMAT, "version": VERSION, "app_version": __version__,
            "written_at": datetime.now(UTC).isoformat(timespec="seconds"), "schema": schema,
            "size": size, "sha256": digest, "keys": slots.to_json(),
        }
        _write_atomically(target, json.dumps(header).encode("ascii"), copy)
    finally:
        _remove_tree(scratch)
    log.info("Backup written (%s bytes)", size)
    return BackupResult(target, target.stat().st_size)


def _write_atomically(target: Path, header: bytes, body: Path) -> None:
    def chunks() -> Iterator[bytes]:
        yield MAGIC
        yield header + b"\n"
        with body.open("rb") as source:
            while chunk := source.read(CHUNK):
                yield chunk

    def fill(stream: IO[bytes], _temp: Path) -> None:
        for chunk in chunks():
            stream.write(chunk)

    write_with(target, fill, WRITE_WORDS)


# -------------------------------------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class BackupHeader:
    written_at: str
    schema: str
    size: int
    sha256: str
    slots: Slots


def _open_regular(source: Path) -> IO[bytes]:
    """Open a file for reading only when it is an ordinary file: a FIFO or a device would hang or never end."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(source, flags)
    except (OSError, ValueError) as exc:
        raise InvalidInputError(MSG_UNREADABLE, source.name) from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InvalidInputError(MSG_NOT_A_FILE, source.name)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_header(handle: IO[bytes]) -> BackupHeader:
    if handle.read(len(MAGIC)) != MAGIC:
        raise InvalidInputError(MSG_NOT_BACKUP)
    line = handle.readline(MAX_HEADER)
    if not line.endswith(b"\n"):
        raise InvalidInputError(MSG_DAMAGED)
    try:
        data: Any = json.loads(line.decode("ascii"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("format")
        if data.get("version") != VERSION:
            raise InvalidInputError(MSG_NEWER)
        size, digest, schema, written = data["size"], data["sha256"], data["schema"], data["written_at"]
        if not (isinstance(size, int) and 0 < size <= MAX_BACKUP_BYTES and isinstance(digest, str)
                and len(digest) == 64 and isinstance(schema, str) and len(schema) <= 40
                and isinstance(written, str) and len(written) <= 40):
            raise ValueError("fields")
        slots = Slots.from_json(data["keys"])
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        raise InvalidInputError(MSG_DAMAGED) from exc
    return BackupHeader(written, schema, size, digest, slots)


def _extract(handle: IO[bytes], header: BackupHeader, target: Path) -> None:
    digest = hashlib.sha256()
    size = 0
    with target.open("wb") as out:
        while chunk := handle.read(CHUNK):
            size += len(chunk)
            if size > header.size:
                raise InvalidInputError(MSG_DAMAGED)
            digest.update(chunk)
            out.write(chunk)
    if size != header.size or digest.hexdigest() != header.sha256:
        raise InvalidInputError(MSG_DAMAGED)


# ------------------------------------------------------------------------------------------------------ restoring


def restore_backup(vault: Vault, source: Path, secret: str | None = None) -> RestoreResult:
    """Replace the plans here with those in the backup ``source``, after keeping the current ones in ``backups/``.

    The database must not be open (dispose of the engine first). When the backup has another key than the plans here,
    ``secret`` (the backup's passphrase or recovery code) opens it and the plans are encrypted again with the key of
    this data folder, so the passphrase here stays the same. In a data folder without plans the backup's key file
    comes along. Raises UserError with one sentence; then nothing has changed.
    """
    from wijkteam.db import MSG_DAMAGED as MSG_DB_DAMAGED
    from wijkteam.db import SCHEMA_HEAD, backup_database, check_database, create_private_file

    source = Path(source)
    database = vault.paths.database
    private_folder(vault.paths.data_dir)
    scratch = Path(tempfile.mkdtemp(prefix=".terugzetten-", dir=vault.paths.data_dir))
    try:
        extracted = scratch / "kopie.sqlite"
        create_private_file(extracted)
        with _open_regular(source) as handle:
            header = read_header(handle)
            _extract(handle, header, extracted)
        state = vault.state
        if state == VaultState.LOCKED and not vault.is_open:
            raise StorageError(MSG_LOCKED_VAULT)
        here_key = vault.key if vault.is_open else None
        if here_key is not None and key_id(here_key) == header.slots.key_id:
            backup_key = here_key
        elif secret is None:
            raise NeedSecretError(MSG_NEED_SECRET)
        else:
            try:
                backup_key = header.slots.open(secret)
            except WrongSecretError:
                raise WrongSecretError(MSG_WRONG_SECRET) from None
            except ValueError as exc:
                raise InvalidInputError(MSG_DAMAGED) from exc
        if not check_database(extracted, backup_key):
            raise InvalidInputError(MSG_DB_DAMAGED)
        if _newer_than_app(_schema(extracted, backup_key), SCHEMA_HEAD):
            raise InvalidInputError(MSG_NEWER)
        if here_key is not None and backup_key != here_key:
            rekeyed = scratch / "opnieuw.sqlite"
            _reencrypt(extracted, backup_key, rekeyed, here_key)
            extracted = rekeyed
        kept: Path | None = None
        if here_key is not None and database.exists() and database.stat().st_size > 0:
            kept = backup_database(database, vault.paths.backups, "voor-terugzetten", here_key)
        elif state == VaultState.NO_KEY and database.exists():
            private_folder(vault.paths.backups)
            kept = vault.paths.backups / f"wijkteam-zonder-sleutel-{datetime.now():%Y%m%d-%H%M%S}.sqlite"
            os.replace(database, kept)
        for companion in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                database.with_name(database.name + companion).unlink()
        os.replace(extracted, database)
        if here_key is None:
            KeyStore(vault.paths.data_dir).write(header.slots)
            vault.use_key(backup_key)
    except OSError as exc:
        raise StorageError(MSG_UNREADABLE, source.name) from exc
    finally:
        _remove_tree(scratch)
    log.info("Backup restored (written %s)", header.written_at)
    return RestoreResult(kept, header.written_at)


def _newer_than_app(schema: str, head: str) -> bool:
    # Revisions are numbered 0001, 0002, ...: a higher number than the app's head was made by a newer app.
    return schema.isdigit() and head.isdigit() and int(schema) > int(head)


def _reencrypt(source: Path, source_key: bytes, target: Path, target_key: bytes) -> None:
    from wijkteam.db import connect_file, create_private_file

    create_private_file(target)
    con = connect_file(source, source_key)
    try:
        con.execute("ATTACH DATABASE ? AS target KEY ?", (str(target), sqlcipher_key(target_key)))
        con.execute("SELECT sqlcipher_export('target')")
        con.execute("DETACH DATABASE target")
    finally:
        con.close()


def _schema(path: Path, key: bytes) -> str:
    import sqlcipher3

    from wijkteam.db import connect_file

    con = connect_file(path, key)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher3.Error:  # a copy without the table has no schema revision
        return ""
    finally:
        con.close()
    return str(row[0]) if row else ""


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _remove_tree(folder: Path) -> None:
    for child in sorted(folder.glob("**/*"), reverse=True):
        with contextlib.suppress(OSError):
            child.unlink() if not child.is_dir() else child.rmdir()
    with contextlib.suppress(OSError):
        folder.rmdir()
