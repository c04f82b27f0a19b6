"""The family's plans under their passphrase: a new data folder, unlocking, and encrypting a folder made before.

A data folder is in one of four states (``VaultState``): new (nothing yet), not yet encrypted (a database of an
earlier version of Ons Plan), locked (a key file: the passphrase or recovery code opens it), or without its key file
(an encrypted database whose key file is gone). ``Vault`` holds the key in memory while the plans are open.

Encrypting a database of an earlier version goes in safe steps: the key file first; then an encrypted copy, checked
row by row against the old file; only then the old file and its WAL are removed. Stopped half-way (a flat battery), the
next unlock simply does the rest. No Qt here.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any

from wijkteam.errors import QT_TRANSLATE_NOOP, StorageError
from wijkteam.keystore import (
    KEY_FILENAME,
    MSG_KEY_MISSING,
    KeyFileError,
    KeyStore,
    WrongSecretError,
    check_new_passphrase,
    key_id,
    private_folder,
    sqlcipher_key,
)
from wijkteam.paths import AppPaths

log = logging.getLogger(__name__)

ENCRYPTING_SUFFIX = ".versleutelen"

MSG_LOCKED_VAULT = QT_TRANSLATE_NOOP("Errors", "Uw plannen zijn op slot. Open ze eerst met uw wachtwoord.")
MSG_NOT_THIS_KEY = QT_TRANSLATE_NOOP("Errors", "Dit wachtwoord hoort niet bij deze plannen.")


class VaultState(StrEnum):
    NEW = "nieuw"  # no database and no key file: the first start
    PLAINTEXT = "onbeveiligd"  # a database of an earlier version, not encrypted yet
    LOCKED = "op_slot"  # a key file: the passphrase or recovery code opens the plans
    NO_KEY = "zonder_sleutel"  # an encrypted database whose key file is gone


def vault_state(paths: AppPaths) -> VaultState:
    if KeyStore(paths.data_dir).exists():  # the usual case, answered without importing the database layer
        return VaultState.LOCKED
    from wijkteam.db import has_content, is_plaintext

    if has_content(paths.database):
        return VaultState.PLAINTEXT if is_plaintext(paths.database) else VaultState.NO_KEY
    return VaultState.NEW


class Vault:
    """The key of one data folder while its plans are open. ``key`` raises when they are not."""

    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        self.keystore = KeyStore(paths.data_dir)
        self._key: bytes | None = None

    @property
    def state(self) -> VaultState:
        return vault_state(self.paths)

    @property
    def is_open(self) -> bool:
        return self._key is not None

    @property
    def key(self) -> bytes:
        if self._key is None:
            raise StorageError(MSG_LOCKED_VAULT)
        return self._key

    def create(self, passphrase: str, recovery_code: str,
               progress: Callable[[str], None] | None = None) -> None:
        """The first start, or the first start after an upgrade: a new key under the passphrase and recovery code.

        A database of an earlier version is encrypted with it right away.
        """
        check_new_passphrase(passphrase)
        state = self.state
        if state == VaultState.LOCKED:
            raise StorageError("Deze plannen hebben al een wachtwoord.")
        if state == VaultState.NO_KEY:
            raise KeyFileError(MSG_KEY_MISSING.format(name=KEY_FILENAME))
        key = self.keystore.create(passphrase, recovery_code)
        self._key = key
        self.finish_encryption(progress)

    def unlock(self, secret: str, progress: Callable[[str], None] | None = None) -> None:
        """Open the plans with the passphrase or the recovery code; finish an encryption that was stopped half-way."""
        if self.state == VaultState.NO_KEY:
            raise KeyFileError(MSG_KEY_MISSING.format(name=KEY_FILENAME))
        key = self.keystore.unlock(secret)
        self._key = key
        self.finish_encryption(progress)

    def use_key(self, key: bytes) -> None:
        """Use a key that is known already (a restored backup whose key file came along)."""
        slots = self.keystore.read()
        if key_id(key) != slots.key_id:
            raise WrongSecretError(MSG_NOT_THIS_KEY)
        self._key = key

    def verify(self, secret: str) -> None:
        """Check the passphrase or recovery code again, for the lock screen and before changing it."""
        key = self.keystore.unlock(secret)
        if key != self.key:
            raise WrongSecretError(MSG_NOT_THIS_KEY)

    def change_passphrase(self, current: str, new: str, repeated: str) -> None:
        check_new_passphrase(new, repeated)
        self.verify(current)
        self.keystore.change_passphrase(self.key, new)
        log.info("Passphrase changed")

    def replace_recovery_code(self, current: str, recovery_code: str) -> None:
        self.verify(current)
        self.keystore.replace_recovery_code(self.key, recovery_code)
        log.info("New recovery code made")

    def lock(self) -> None:
        """Forget the key. The engine holds its own copy until it is disposed of."""
        self._key = None

    # ---------------------------------------------------------------------------------------------- encrypting

    def finish_encryption(self, progress: Callable[[str], None] | None = None) -> None:
        """Encrypt what an earlier version left readable: the database and the copies in ``backups/``."""
        key = self.key
        from wijkteam import preload

        preload.wait()  # the window may be importing the database layer on another thread: never both at once
        from wijkteam.db import is_plaintext

        database = self.paths.database
        leftover = database.with_name(database.name + ENCRYPTING_SUFFIX)
        with contextlib.suppress(OSError):
            leftover.unlink()  # an encrypted copy from a try that was stopped: made again below, from the original
        if is_plaintext(database):
            if progress:
                progress("database")
            encrypt_plaintext(database, key)
            _remove_old_reports(self.paths)
        if self.paths.backups.is_dir():
            for copy in sorted(self.paths.backups.glob("*.sqlite")):
                if is_plaintext(copy):
                    if progress:
                        progress("backups")
                    encrypt_plaintext(copy, key)
        private_folder(self.paths.data_dir)


def encrypt_plaintext(path: Path, key: bytes) -> None:
    """Replace the SQLite file at ``path`` by an encrypted copy with the same rows, checked before the swap.

    Raises StorageError when the old file is damaged or the copy does not match; the old file then stays as it was.
    """
    import sqlite3

    from wijkteam.db import MSG_DAMAGED, MSG_ENCRYPT_FAILED, connect_file, create_private_file, secure_files

    temp = path.with_name(path.name + ENCRYPTING_SUFFIX)
    plain = sqlite3.connect(path)
    try:
        if plain.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise StorageError(MSG_DAMAGED)
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        expected = _digest(plain)
    except sqlite3.DatabaseError as exc:
        raise StorageError(MSG_DAMAGED) from exc
    finally:
        plain.close()
    with contextlib.suppress(OSError):
        temp.unlink()
    create_private_file(temp)
    import sqlcipher3

    try:
        source = sqlcipher3.connect(str(path))
        try:
            source.execute("PRAGMA cipher_log_level = NONE")
            source.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(temp), sqlcipher_key(key)))
            source.execute("SELECT sqlcipher_export('encrypted')")
            source.execute("DETACH DATABASE encrypted")
        finally:
            source.close()
        copy = connect_file(temp, key)
        try:
            ok = (copy.execute("PRAGMA cipher_integrity_check").fetchall() == []
                  and copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                  and _digest(copy) == expected)
            copy.execute("PRAGMA journal_mode=WAL")
        finally:
            copy.close()
        if not ok:
            raise StorageError(MSG_ENCRYPT_FAILED)
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
    except (sqlcipher3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise StorageError(MSG_ENCRYPT_FAILED) from exc
    except StorageError:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    # The old WAL is empty after the checkpoint; an old WAL beside the new file would not fit its pages.
    for companion in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + companion).unlink()
        with contextlib.suppress(FileNotFoundError):
            temp.with_name(temp.name + companion).unlink()
    os.replace(temp, path)
    secure_files(path)
    log.info("Database encrypted: %s", path.name)


def _digest(con: Any) -> tuple[tuple[str, int, str], ...]:
    """Per table: its name, its number of rows and a hash of every row, to prove a copy holds the same."""
    import hashlib

    tables = [row[0] for row in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    result = []
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        digest = hashlib.sha256()
        count = 0
        for row in con.execute(f"SELECT * FROM {quoted} ORDER BY rowid"):
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
            count += 1
        result.append((table, count, digest.hexdigest()))
    return tuple(result)


def _remove_old_reports(paths: AppPaths) -> None:
    """Crash files and logs of earlier versions could quote the family's text: they go with the readable database."""
    for folder, pattern in ((paths.crashes, "crash-*.txt"), (paths.log_dir, "wijkteam.log.*")):
        if folder.is_dir():
            for report in folder.glob(pattern):
                with contextlib.suppress(OSError):
                    report.unlink()
    with contextlib.suppress(OSError):
        # The log in use is emptied, not removed: this run goes on writing to it (and writes no plan content).
        os.truncate(paths.log_dir / "wijkteam.log", 0)
    log.info("Reports of an earlier version removed")
