"""Open the app's database file directly in a test, the way the app itself opens it: with its key.

Tests that look at rows behind the services' back (to prove a refused change changed nothing) use ``connect``, so they
keep working however the file is stored. The key comes from the key file beside the database, opened with the test
passphrase (once per key file); a database without a key file beside it uses ``TEST_KEY``.

The key files made here ask for the lightest Argon2id that a key file may ask for (``light_kdf``): the real command
line reads the parameters from the file, so each process a test starts on such a folder derives its key in a few
milliseconds instead of a quarter of a second. A data folder that the app itself makes still gets the real ones.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from wijkteam import keystore
from wijkteam.keystore import KEY_FILENAME, Slots, sqlcipher_key

#: The passphrase every test process uses (conftest puts it in WIJKTEAM_PASSPHRASE for the command line).
TEST_PASSPHRASE = "kitchen table test passphrase"
#: The key of databases that tests make without a key file beside them.
TEST_KEY = hashlib.sha256(b"ons plan test key").digest()

_keys: dict[bytes, bytes] = {}


@contextmanager
def light_kdf() -> Iterator[None]:
    """Key files written meanwhile ask for the lowest Argon2id parameters the key file format accepts."""
    names = {"memory_kib": "KDF_MEMORY_KIB", "iterations": "KDF_ITERATIONS", "lanes": "KDF_LANES"}
    saved = {name: getattr(keystore, name) for name in names.values()}
    for field, (low, _high) in keystore._KDF_LIMITS.items():
        setattr(keystore, names[field], low)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(keystore, name, value)


_template: tuple[bytes, bytes] | None = None


def _template_key_file() -> tuple[bytes, bytes]:
    """One key file under the test passphrase per test process."""
    global _template
    if _template is None:
        import tempfile

        from wijkteam.keystore import KeyStore, new_recovery_code

        with tempfile.TemporaryDirectory() as folder, light_kdf():
            key = KeyStore(Path(folder)).create(TEST_PASSPHRASE, new_recovery_code())
            _template = ((Path(folder) / KEY_FILENAME).read_bytes(), key)
        _keys[_template[0]] = _template[1]
    return _template


def key_for(path: Path | str) -> bytes:
    """The key that opens the database at ``path``.

    A new data folder gets a key file under the test passphrase, as the command line would make it, so a test can
    fill a database itself and then hand the folder to the real command line.
    """
    database = Path(path)
    key_file = database.parent / KEY_FILENAME
    if not key_file.exists():
        if database.exists() and database.stat().st_size > 0:
            return TEST_KEY
        data, key = _template_key_file()
        database.parent.mkdir(parents=True, exist_ok=True)
        key_file.write_bytes(data)
        return key
    with open(key_file, "rb") as handle:  # not Path.open: some tests replace it to play a refusing system
        data = handle.read()
    if data not in _keys:
        import json

        _keys[data] = Slots.from_json(json.loads(data)).open(os.environ.get("WIJKTEAM_PASSPHRASE", TEST_PASSPHRASE))
    return _keys[data]


def _connection_class() -> Any:
    import sqlite3.dump

    import sqlcipher3

    class Connection(sqlcipher3.dbapi2.Connection):  # type: ignore[misc]
        """An sqlcipher3 connection that can also dump itself as SQL text, as ``sqlite3`` connections do."""

        def iterdump(self) -> Any:
            return sqlite3.dump._iterdump(self)

    return Connection


_CONNECTION: Any = None


def connect(path: Path | str, key: bytes | None = None) -> Any:
    """A DB-API connection to the encrypted database file at ``path``."""
    global _CONNECTION
    import sqlcipher3

    if _CONNECTION is None:
        _CONNECTION = _connection_class()
    con = sqlcipher3.connect(str(path), factory=_CONNECTION)
    con.execute("PRAGMA cipher_log_level = NONE")
    con.execute(f'PRAGMA key="{sqlcipher_key(key or key_for(path))}"')
    return con


def remember(key_file: Path, key: bytes) -> None:
    """A key file whose key a test already knows: no need to derive it again."""
    _keys[Path(key_file).read_bytes()] = key
