"""The key of the family's plans, kept under their passphrase and under a recovery code.

The database is encrypted (SQLCipher 4) with a random 256-bit key. That key is never stored as it is: the key file
(``wijkteam.sleutel``, beside the database) holds it twice, wrapped with AES-256-GCM under a key derived with Argon2id
(64 MiB, 3 passes, 4 lanes) from the passphrase, and again from the recovery code. Either one opens the plans; nobody
else can, and nobody can recover a forgotten passphrase and a lost recovery code. Changing the passphrase only wraps
the same key again, so backups made earlier still open with the passphrase of their own time (they carry their own
copy of the wrapped keys, see ``wijkteam.backup``).

No Qt and no database here: this module only turns secrets into the key and back.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import time
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wijkteam.atomic import write_file
from wijkteam.errors import QT_TRANSLATE_NOOP, InvalidInputError, StorageError, UserError

KEY_FILENAME = "wijkteam.sleutel"
ATTEMPTS_FILENAME = "wijkteam.pogingen"
FORMAT = "wijkteam-sleutel"
VERSION = 1
KEY_BYTES = 32

#: Argon2id as RFC 9106 recommends for memory-constrained machines: about 0.2 s on a laptop of 2020.
KDF_MEMORY_KIB = 64 * 1024
KDF_ITERATIONS = 3
KDF_LANES = 4
#: Parameters a key file may ask for; anything outside is a damaged or hostile file (it could ask for terabytes).
_KDF_LIMITS = {"memory_kib": (8 * 1024, 1024 * 1024), "iterations": (1, 20), "lanes": (1, 16)}

PASSPHRASE = "wachtwoord"
RECOVERY = "herstelcode"
SLOTS = (PASSPHRASE, RECOVERY)

MIN_PASSPHRASE = 8
MAX_PASSPHRASE = 1024

#: The recovery code: 25 signs from an alphabet without look-alikes (Crockford base 32), 125 bits of chance.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_LENGTH = 25
RECOVERY_GROUP = 5
_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})

#: After this many wrong tries in a row, each next try waits: 2 s, 4 s, 8 s ... up to a minute. Never longer: a family
#: that mistypes must always be able to try again soon.
FREE_ATTEMPTS = 3
MAX_WAIT_SECONDS = 60

MSG_WRONG = QT_TRANSLATE_NOOP(
    "Errors", "Dit wachtwoord of deze herstelcode klopt niet. Let op hoofdletters en spaties, en probeer het opnieuw."
)
MSG_WAIT = QT_TRANSLATE_NOOP(
    "Errors", "U heeft een paar keer een verkeerd wachtwoord getypt. Probeer het over %1 seconden opnieuw.")
MSG_KEY_DAMAGED = (
    "Het sleutelbestand van uw plannen ({name}) is beschadigd. Zet een reservekopie terug, of vraag hulp."
)
MSG_KEY_MISSING = (
    "Het sleutelbestand van uw plannen ({name}) ontbreekt. Zonder dat bestand gaan de plannen niet open. "
    "Zet het terug, of zet een reservekopie terug."
)
MSG_TOO_SHORT = f"Kies een wachtwoord van minstens {MIN_PASSPHRASE} tekens. Een zin die u goed onthoudt, is het best."
MSG_TOO_LONG = f"Dit wachtwoord is te lang: hoogstens {MAX_PASSPHRASE} tekens."
MSG_NOT_SAME = QT_TRANSLATE_NOOP("Errors", "De twee wachtwoorden zijn niet hetzelfde. Typ ze nog een keer.")
MSG_CODE_NOT_SAME = QT_TRANSLATE_NOOP(
    "Errors", "Deze herstelcode is niet dezelfde. Kijk nog eens goed en typ hem over."
)
MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("Errors", "Het sleutelbestand kan niet worden bewaard in de map van uw plannen.")


class WrongSecretError(UserError):
    """The passphrase or recovery code does not open the key. Not the same as a damaged file."""


class WaitError(UserError):
    """Too many wrong tries in a row: the next try has to wait ``seconds``."""

    def __init__(self, seconds: int) -> None:
        super().__init__(MSG_WAIT, seconds)
        self.seconds = seconds


class KeyFileError(StorageError):
    """The key file is missing or damaged."""


# --------------------------------------------------------------------------------------------------------- secrets


def normalise_passphrase(passphrase: str) -> bytes:
    """The same letters give the same key, however the keyboard composed them ("ë" as one sign or as e + ¨)."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Raise InvalidInputError with one sentence when a new passphrase is not good enough, or not typed the same."""
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise InvalidInputError(MSG_TOO_SHORT)
    if len(passphrase) > MAX_PASSPHRASE:
        raise InvalidInputError(MSG_TOO_LONG)
    if "\x00" in passphrase:
        raise InvalidInputError(MSG_TOO_SHORT)
    if repeated is not None and normalise_passphrase(passphrase) != normalise_passphrase(repeated):
        raise InvalidInputError(MSG_NOT_SAME)


def new_recovery_code() -> str:
    """A fresh recovery code, in groups for reading aloud and typing over: ``K7QF3-M9X2P-...``."""
    import secrets

    signs = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
    return format_recovery_code(signs)


def format_recovery_code(code: str) -> str:
    signs = normalise_recovery_code(code) or code
    return "-".join(signs[i:i + RECOVERY_GROUP] for i in range(0, len(signs), RECOVERY_GROUP))


def normalise_recovery_code(text: str) -> str | None:
    """The code as typed, without spaces and dashes, in capitals, look-alikes mapped; None if it cannot be a code."""
    signs = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-–_.").translate(_LOOK_ALIKES)
    if len(signs) != RECOVERY_LENGTH or any(ch not in RECOVERY_ALPHABET for ch in signs):
        return None
    return signs


def same_recovery_code(shown: str, typed: str) -> bool:
    return normalise_recovery_code(typed) == normalise_recovery_code(shown)


def key_id(key: bytes) -> str:
    """A name for a key that reveals nothing of it: tells whether a backup has the same key as these plans."""
    return hashlib.sha256(b"wijkteam-key-id\x00" + key).hexdigest()[:32]


def sqlcipher_key(key: bytes) -> str:
    """The key as SQLCipher takes a raw key: no second key derivation, so every connection opens at once."""
    return f"x'{key.hex()}'"


# ----------------------------------------------------------------------------------------------------- the slots


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str) or len(text) > 1000:
        raise ValueError("not base64")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(secret: bytes, salt: bytes, memory_kib: int, iterations: int, lanes: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(salt=salt, length=32, iterations=iterations, lanes=lanes, memory_cost=memory_kib).derive(secret)


def _aad(kind: str) -> bytes:
    # The slot's kind is bound into the ciphertext: a passphrase slot cannot be passed off as a recovery slot.
    return f"{FORMAT}/{VERSION}/{kind}".encode("ascii")


def wrap(key: bytes, secret: bytes, kind: str) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = os.urandom(16)
    nonce = os.urandom(12)
    kek = _derive(secret, salt, KDF_MEMORY_KIB, KDF_ITERATIONS, KDF_LANES)
    return {
        "kdf": "argon2id",
        "memory_kib": KDF_MEMORY_KIB,
        "iterations": KDF_ITERATIONS,
        "lanes": KDF_LANES,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "wrapped": _b64(AESGCM(kek).encrypt(nonce, key, _aad(kind))),
    }


def unwrap(slot: Any, secret: bytes, kind: str) -> bytes | None:
    """The key, or None when this secret does not open the slot. Raises ValueError for a slot that is no slot."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not isinstance(slot, dict) or slot.get("kdf") != "argon2id":
        raise ValueError("unknown slot")
    numbers: dict[str, int] = {}
    for name, (low, high) in _KDF_LIMITS.items():
        value = slot.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValueError(f"bad {name}")
        numbers[name] = value
    salt, nonce, wrapped = _unb64(slot.get("salt")), _unb64(slot.get("nonce")), _unb64(slot.get("wrapped"))
    if len(salt) < 16 or len(nonce) != 12 or len(wrapped) != KEY_BYTES + 16:
        raise ValueError("bad sizes")
    kek = _derive(secret, salt, numbers["memory_kib"], numbers["iterations"], numbers["lanes"])
    try:
        return AESGCM(kek).decrypt(nonce, wrapped, _aad(kind))
    except InvalidTag:
        return None


@dataclass(frozen=True)
class Slots:
    """The wrapped key as a key file or a backup carries it."""

    slots: dict[str, dict[str, Any]]
    key_id: str
    created_at: str

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "created_at": self.created_at, "key_id": self.key_id,
                "slots": self.slots}

    @classmethod
    def from_json(cls, data: Any) -> Slots:
        """Raises ValueError for anything that is not a key file of this version."""
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
            raise ValueError("not a key file")
        slots = data.get("slots")
        if not isinstance(slots, dict) or PASSPHRASE not in slots or not set(slots) <= set(SLOTS):
            raise ValueError("no slots")
        if not isinstance(data.get("key_id"), str) or not isinstance(data.get("created_at"), str):
            raise ValueError("no key id")
        return cls(dict(slots), data["key_id"], data["created_at"])

    def open(self, secret: str) -> bytes:
        """The key from the passphrase or the recovery code. Raises WrongSecretError, or ValueError when damaged."""
        candidates: list[tuple[str, bytes]] = [(PASSPHRASE, normalise_passphrase(secret))]
        code = normalise_recovery_code(secret)
        if code is not None and RECOVERY in self.slots:
            # A code typed where the passphrase goes: try it as a code first, it is far more likely one.
            candidates.insert(0, (RECOVERY, code.encode("ascii")))
        for kind, material in candidates:
            key = unwrap(self.slots[kind], material, kind)
            if key is not None:
                if len(key) != KEY_BYTES or key_id(key) != self.key_id:
                    raise ValueError("wrong key inside")
                return key
        raise WrongSecretError(MSG_WRONG)


def new_slots(key: bytes, passphrase: str, recovery_code: str) -> Slots:
    code = normalise_recovery_code(recovery_code)
    assert code is not None
    return Slots({PASSPHRASE: wrap(key, normalise_passphrase(passphrase), PASSPHRASE),
                  RECOVERY: wrap(key, code.encode("ascii"), RECOVERY)},
                 key_id(key), datetime.now(UTC).isoformat(timespec="seconds"))


# -------------------------------------------------------------------------------------------------- the key file


class KeyStore:
    """The key file of one data folder, and the count of wrong tries beside it."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / KEY_FILENAME
        self.attempts_path = self.data_dir / ATTEMPTS_FILENAME

    def exists(self) -> bool:
        return self.path.exists()

    def read(self) -> Slots:
        """Raises KeyFileError (one sentence) when the file is missing or is no key file."""
        if not self.path.exists():
            raise KeyFileError(MSG_KEY_MISSING.format(name=KEY_FILENAME))
        try:
            with self.path.open("rb") as handle:
                data = handle.read(64 * 1024 + 1)
            if len(data) > 64 * 1024:
                raise ValueError("too big")
            return Slots.from_json(json.loads(data.decode("utf-8")))
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            raise KeyFileError(MSG_KEY_DAMAGED.format(name=KEY_FILENAME)) from exc

    def create(self, passphrase: str, recovery_code: str) -> bytes:
        """A new random key for a new (or not yet encrypted) data folder. Returns the key."""
        import secrets

        check_new_passphrase(passphrase)
        key = secrets.token_bytes(KEY_BYTES)
        self.write(new_slots(key, passphrase, recovery_code))
        return key

    def write(self, slots: Slots) -> None:
        """Completely or not at all, readable by the owner only: a half-written key file would lock the family out."""
        data = (json.dumps(slots.to_json(), indent=2) + "\n").encode("ascii")
        write_private_file(self.path, data, MSG_CANNOT_WRITE)

    def unlock(self, secret: str, *, now: float | None = None) -> bytes:
        """The key, or WrongSecretError / WaitError / KeyFileError, each with its own sentence."""
        slots = self.read()
        wait = self.wait_seconds(now)
        if wait > 0:
            raise WaitError(wait)
        try:
            key = slots.open(secret)
        except WrongSecretError:
            self._count_failure(now)
            raise
        except ValueError as exc:
            raise KeyFileError(MSG_KEY_DAMAGED.format(name=KEY_FILENAME)) from exc
        self._reset_failures()
        return key

    def change_passphrase(self, key: bytes, new_passphrase: str) -> None:
        """Wrap the same key under a new passphrase; the recovery code keeps working."""
        check_new_passphrase(new_passphrase)
        slots = self.read()
        self._check_key(slots, key)
        updated = dict(slots.slots)
        updated[PASSPHRASE] = wrap(key, normalise_passphrase(new_passphrase), PASSPHRASE)
        self.write(Slots(updated, slots.key_id, slots.created_at))

    def replace_recovery_code(self, key: bytes, recovery_code: str) -> None:
        """A new recovery code; the old one opens nothing any more."""
        code = normalise_recovery_code(recovery_code)
        if code is None:
            raise InvalidInputError(MSG_CODE_NOT_SAME)
        slots = self.read()
        self._check_key(slots, key)
        updated = dict(slots.slots)
        updated[RECOVERY] = wrap(key, code.encode("ascii"), RECOVERY)
        self.write(Slots(updated, slots.key_id, slots.created_at))

    @staticmethod
    def _check_key(slots: Slots, key: bytes) -> None:
        if key_id(key) != slots.key_id:
            raise KeyFileError(MSG_KEY_DAMAGED.format(name=KEY_FILENAME))

    # ------------------------------------------------------------------------------------------------ wrong tries

    def wait_seconds(self, now: float | None = None) -> int:
        """How long the next try has to wait; 0 when it may go now."""
        failures, last = self._read_attempts()
        if failures < FREE_ATTEMPTS:
            return 0
        wait = min(MAX_WAIT_SECONDS, 2 ** (failures - FREE_ATTEMPTS + 1))
        now = time.time() if now is None else now
        # A clock set back must not make the family wait for ever: never longer than the longest wait.
        left = min(wait, last + wait - now)
        return max(0, int(left + 0.999))

    def _read_attempts(self) -> tuple[int, float]:
        try:
            data = json.loads(self.attempts_path.read_text(encoding="ascii"))
            failures, last = int(data["failures"]), float(data["last"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0
        return max(0, min(failures, 1000)), last

    def _count_failure(self, now: float | None) -> None:
        failures, _last = self._read_attempts()
        payload = json.dumps({"failures": failures + 1, "last": time.time() if now is None else now})
        with contextlib.suppress(StorageError):
            write_private_file(self.attempts_path, payload.encode("ascii"), MSG_CANNOT_WRITE)

    def _reset_failures(self) -> None:
        with contextlib.suppress(OSError):
            self.attempts_path.unlink()


# --------------------------------------------------------------------------------------------- private files


def private_folder(folder: Path) -> None:
    """Make ``folder`` (and its missing parents) readable by the owner only, where the platform knows that."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)


def write_private_file(target: Path, data: bytes, message: str) -> None:
    """Write ``data`` completely or not at all, mode 0600, the folder flushed too: a half-written key file would lock
    the family out. Raises StorageError(message) when it cannot be written; an existing file then stays as it was."""
    try:
        private_folder(target.parent)
    except OSError as exc:
        raise StorageError(message) from exc
    write_file(target, [data], lambda _exc: message, sync_folder=True)
