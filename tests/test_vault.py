"""The family's passphrase on the store: the key file, unlocking, encrypting an old database, backups, check, erase."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from models import PlanType, Role
from tests import dbfile
from wijkteam import keystore
from wijkteam.backup import (
    MSG_DAMAGED as MSG_BACKUP_DAMAGED,
)
from wijkteam.backup import (
    MSG_NOT_BACKUP,
    MSG_WRONG_SECRET,
    NeedSecretError,
    restore_backup,
    write_backup,
)
from wijkteam.db import MSG_DAMAGED, check_database, connect_file, is_plaintext, open_database
from wijkteam.errors import InvalidInputError, NotAllowedError, StorageError
from wijkteam.keystore import (
    KEY_FILENAME,
    MSG_WRONG,
    KeyFileError,
    KeyStore,
    WaitError,
    WrongSecretError,
    format_recovery_code,
    new_recovery_code,
    normalise_recovery_code,
)
from wijkteam.paths import AppPaths
from wijkteam.services import FAMILY, Actor, Services
from wijkteam.vault import Vault, VaultState, encrypt_plaintext

PASSPHRASE = "onze kat heet Pluis"
FIXTURE = Path(__file__).parent / "fixtures" / "schema_0001.sqlite"
MARKER = "VERTROUWELIJK-7f3a9c"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Logic tests derive many keys: a light Argon2id here; the key file records which one it used."""
    monkeypatch.setattr(keystore, "KDF_MEMORY_KIB", 8 * 1024)
    monkeypatch.setattr(keystore, "KDF_ITERATIONS", 1)
    monkeypatch.setattr(keystore, "KDF_LANES", 1)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    data = tmp_path / "data"
    data.mkdir()
    return AppPaths(data, tmp_path / "logs")


def _vault(paths: AppPaths) -> tuple[Vault, str]:
    vault = Vault(paths)
    code = new_recovery_code()
    vault.create(PASSPHRASE, code)
    return vault, code


@pytest.fixture
def opened(paths: AppPaths) -> Iterator[tuple[Vault, Services, str]]:
    vault, code = _vault(paths)
    engine = open_database(paths.database, paths.backups, vault.key)
    yield vault, Services.for_engine(engine), code
    engine.dispose()


# --------------------------------------------------------------------------------------------------------- key file


def test_passphrase_and_recovery_code_both_open_the_same_key(tmp_path: Path) -> None:
    store = KeyStore(tmp_path)
    code = new_recovery_code()
    key = store.create(PASSPHRASE, code)
    assert store.unlock(PASSPHRASE) == key
    assert store.unlock(code) == key
    assert store.unlock(code.lower().replace("-", " ")) == key  # typed over from paper, as people do
    text = store.path.read_text()
    assert PASSPHRASE not in text and normalise_recovery_code(code) not in text.replace("-", "")
    assert key.hex() not in text


def test_a_wrong_passphrase_has_its_own_sentence_and_waits_longer_after_a_few_tries(tmp_path: Path) -> None:
    store = KeyStore(tmp_path)
    key = store.create(PASSPHRASE, new_recovery_code())
    now = 1_000_000.0
    for _ in range(keystore.FREE_ATTEMPTS):
        with pytest.raises(WrongSecretError) as caught:
            store.unlock("niet dit wachtwoord", now=now)
        assert str(caught.value) == MSG_WRONG != MSG_DAMAGED
    waits = []
    for _ in range(4):
        with pytest.raises(WaitError) as waiting:
            store.unlock(PASSPHRASE, now=now)  # even the right one waits: no guessing in between
        waits.append(waiting.value.seconds)
        now += waiting.value.seconds
        with pytest.raises(WrongSecretError):
            store.unlock("weer fout", now=now)
    assert waits == sorted(waits) and waits[0] >= 2 and waits[-1] > waits[0]
    assert "seconden" in str(waiting.value)
    now += keystore.MAX_WAIT_SECONDS
    assert store.unlock(PASSPHRASE, now=now) == key
    assert store.wait_seconds(now) == 0  # a right passphrase starts the count again


def test_the_wait_never_grows_past_a_minute_so_nobody_is_locked_out(tmp_path: Path) -> None:
    store = KeyStore(tmp_path)
    store.attempts_path.write_text(json.dumps({"failures": 500, "last": 10**12}))  # a clock far in the future
    assert store.wait_seconds(now=0) <= keystore.MAX_WAIT_SECONDS


def test_a_damaged_key_file_says_so_and_not_that_the_passphrase_is_wrong(tmp_path: Path) -> None:
    store = KeyStore(tmp_path)
    store.create(PASSPHRASE, new_recovery_code())
    data = json.loads(store.path.read_text())
    data["slots"]["wachtwoord"]["memory_kib"] = 10**9  # a file that asks for a terabyte of memory
    store.path.write_text(json.dumps(data))
    with pytest.raises(KeyFileError, match="beschadigd"):
        store.unlock(PASSPHRASE)
    store.path.write_text("{ kapot")
    with pytest.raises(KeyFileError, match="beschadigd"):
        store.unlock(PASSPHRASE)
    store.path.unlink()
    with pytest.raises(KeyFileError, match="ontbreekt"):
        store.unlock(PASSPHRASE)


def test_the_same_letters_open_it_however_the_keyboard_composed_them(tmp_path: Path) -> None:
    store = KeyStore(tmp_path)
    key = store.create("Zoë en Ömer, samen", new_recovery_code())
    assert store.unlock("Zoe\u0308 en O\u0308mer, samen") == key


def test_changing_the_passphrase_keeps_the_key_and_the_recovery_code(tmp_path: Path) -> None:
    store = KeyStore(tmp_path)
    code = new_recovery_code()
    key = store.create(PASSPHRASE, code)
    store.change_passphrase(key, "een heel nieuw wachtwoord")
    with pytest.raises(WrongSecretError):
        store.unlock(PASSPHRASE)
    assert store.unlock("een heel nieuw wachtwoord") == key
    assert store.unlock(code) == key
    new_code = new_recovery_code()
    store.replace_recovery_code(key, new_code)
    with pytest.raises(WrongSecretError):
        store.unlock(code)
    assert store.unlock(new_code) == key


def test_a_new_passphrase_must_be_long_enough_and_typed_the_same_twice() -> None:
    with pytest.raises(InvalidInputError, match="minstens 8"):
        keystore.check_new_passphrase("kort")
    with pytest.raises(InvalidInputError, match="niet hetzelfde"):
        keystore.check_new_passphrase(PASSPHRASE, PASSPHRASE + "!")
    keystore.check_new_passphrase(PASSPHRASE, PASSPHRASE)


def test_recovery_codes_are_long_random_and_easy_to_type() -> None:
    codes = {new_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    code = codes.pop()
    assert len(code) == 29 and code.count("-") == 4
    assert normalise_recovery_code(code.replace("0", "O").lower()) == normalise_recovery_code(code)
    assert normalise_recovery_code("te kort") is None
    assert format_recovery_code(code.replace("-", "")) == code


def test_key_files_and_data_folders_are_the_owners_alone(paths: AppPaths) -> None:
    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    vault, _code = _vault(paths)
    open_database(paths.database, paths.backups, vault.key).dispose()
    assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o700
    for name in (KEY_FILENAME, "wijkteam.sqlite"):
        assert stat.S_IMODE((paths.data_dir / name).stat().st_mode) == 0o600, name


# ------------------------------------------------------------------------------------------------------- the vault


def test_a_data_folder_is_new_then_locked(paths: AppPaths) -> None:
    vault = Vault(paths)
    assert vault.state == VaultState.NEW and not vault.is_open
    with pytest.raises(StorageError, match="op slot"):
        _ = vault.key
    vault.create(PASSPHRASE, new_recovery_code())
    assert vault.state == VaultState.LOCKED and vault.is_open
    again = Vault(paths)
    again.unlock(PASSPHRASE)
    assert again.key == vault.key


def test_an_encrypted_database_without_its_key_file_says_the_key_is_missing(paths: AppPaths) -> None:
    vault, _code = _vault(paths)
    open_database(paths.database, paths.backups, vault.key).dispose()
    (paths.data_dir / KEY_FILENAME).unlink()
    assert Vault(paths).state == VaultState.NO_KEY
    with pytest.raises(KeyFileError, match="ontbreekt"):
        Vault(paths).unlock(PASSPHRASE)


def test_nothing_of_the_plans_can_be_read_in_any_file(opened: tuple[Vault, Services, str], paths: AppPaths) -> None:
    vault, services, _code = opened
    plan_id = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, title=f"Plan {MARKER}",
                                         family_name=f"Familie {MARKER}")
    section = services.plans.get_plan(plan_id).sections[1]
    services.plans.set_section_text(section.id, f"Onze zorgen: {MARKER}", FAMILY)
    services.plans.add_private_note(plan_id, FAMILY, f"Eigen notitie {MARKER}")
    write_backup(vault, paths.data_dir / "kopie.wijkreserve")
    from wijkteam.db import backup_database

    backup_database(paths.database, paths.backups, "test", vault.key)
    written = [p for p in paths.data_dir.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in written)  # the WAL is there, and encrypted too
    for path in written:
        data = path.read_bytes()
        for needle in (MARKER.encode("utf-8"), MARKER.encode("utf-16-le")):
            assert needle not in data, path


# -------------------------------------------------------------------------------------------- an earlier version


def _plain_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        con.close()


def test_a_database_of_an_earlier_version_is_encrypted_with_every_row(paths: AppPaths) -> None:
    paths.database.write_bytes(FIXTURE.read_bytes())
    paths.backups.mkdir()
    old_backup = paths.backups / "wijkteam-voor-0001-20250101-120000.sqlite"
    old_backup.write_bytes(FIXTURE.read_bytes())
    paths.crashes.mkdir()
    (paths.crashes / "crash-20250101-120000-000000.txt").write_text("parameters: ('Oma weet niets',)")
    expected = _plain_rows(paths.database)
    assert Vault(paths).state == VaultState.PLAINTEXT

    vault, _code = _vault(paths)

    assert not is_plaintext(paths.database) and not is_plaintext(old_backup)
    assert not paths.database.with_name("wijkteam.sqlite-wal").exists()
    assert not list(paths.crashes.glob("*.txt"))  # an earlier version could quote the family's text there
    con = connect_file(paths.database, vault.key)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        assert {t: con.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables} == expected
    finally:
        con.close()
    engine = open_database(paths.database, paths.backups, vault.key)
    try:
        plans = Services.for_engine(engine).plans.list_plans()
        assert [p.plan_type for p in plans] == [PlanType.FAMILIEGROEPSPLAN, PlanType.PERSOONLIJK_PLAN]
    finally:
        engine.dispose()


def test_an_encryption_stopped_half_way_is_finished_at_the_next_unlock(paths: AppPaths) -> None:
    paths.database.write_bytes(FIXTURE.read_bytes())
    expected = _plain_rows(paths.database)
    code = new_recovery_code()
    KeyStore(paths.data_dir).create(PASSPHRASE, code)  # the key file was written, then the battery ran out
    paths.database.with_name("wijkteam.sqlite.versleutelen").write_bytes(b"half af")
    vault = Vault(paths)
    assert vault.state == VaultState.LOCKED
    vault.unlock(code)
    assert not is_plaintext(paths.database)
    assert not paths.database.with_name("wijkteam.sqlite.versleutelen").exists()
    con = connect_file(paths.database, vault.key)
    try:
        assert con.execute("SELECT count(*) FROM plan").fetchone()[0] == len(expected["plan"])
    finally:
        con.close()


def test_a_damaged_old_database_is_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "wijkteam.sqlite"
    data = bytearray(FIXTURE.read_bytes())
    data[5000:9000] = b"\xff" * 4000
    path.write_bytes(bytes(data))
    with pytest.raises(StorageError):
        encrypt_plaintext(path, dbfile.TEST_KEY)
    assert path.read_bytes() == bytes(data)
    assert [p.name for p in tmp_path.iterdir()] == ["wijkteam.sqlite"]


# ----------------------------------------------------------------------------------------------------- backups


def test_a_backup_opens_on_a_new_laptop_with_the_passphrase_of_its_time(
    opened: tuple[Vault, Services, str], paths: AppPaths, tmp_path: Path
) -> None:
    vault, services, code = opened
    plan_id = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, family_name="Wim de Vries")
    target = write_backup(vault, tmp_path / "kopie.wijkreserve")
    vault.change_passphrase(PASSPHRASE, "een later wachtwoord", "een later wachtwoord")

    elsewhere = AppPaths(tmp_path / "nieuw", tmp_path / "nieuw-logs")
    fresh = Vault(elsewhere)
    with pytest.raises(NeedSecretError):
        restore_backup(fresh, target.path)
    with pytest.raises(WrongSecretError) as caught:
        restore_backup(fresh, target.path, "een later wachtwoord")
    assert str(caught.value) == MSG_WRONG_SECRET
    restore_backup(fresh, target.path, PASSPHRASE)
    assert fresh.is_open and fresh.state == VaultState.LOCKED
    Vault(elsewhere).unlock(code)  # the recovery code of that time came along too
    engine = open_database(elsewhere.database, elsewhere.backups, fresh.key)
    try:
        assert [p.family_name for p in Services.for_engine(engine).plans.list_plans()] == ["Wim de Vries"]
        assert plan_id == 1
    finally:
        engine.dispose()


def test_restoring_keeps_the_plans_of_now_and_the_passphrase_of_here(
    opened: tuple[Vault, Services, str], paths: AppPaths, tmp_path: Path
) -> None:
    vault, services, _code = opened
    services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, family_name="Familie van toen")
    backup = write_backup(vault, tmp_path / "toen.wijkreserve").path
    services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, family_name="Familie van nu")
    # Another laptop's backup, with another key and passphrase.
    other = AppPaths(tmp_path / "ander", tmp_path / "ander-logs")
    other_vault = Vault(other)
    other_vault.create("wachtwoord van elders", new_recovery_code())
    other_engine = open_database(other.database, other.backups, other_vault.key)
    Services.for_engine(other_engine).plans.create_plan(PlanType.PERSOONLIJK_PLAN, family_name="Van elders")
    other_engine.dispose()
    foreign = write_backup(other_vault, tmp_path / "elders.wijkreserve").path

    _close(services)

    result = restore_backup(vault, backup)  # same key: no passphrase needed
    assert result.kept is not None and result.kept.parent == paths.backups
    names = _names(paths, vault.key)
    assert names == ["Familie van toen"]
    kept = connect_file(result.kept, vault.key)
    assert [r[0] for r in kept.execute("SELECT family_name FROM plan ORDER BY id")] == ["Familie van toen",
                                                                                       "Familie van nu"]
    kept.close()

    with pytest.raises(NeedSecretError):
        restore_backup(vault, foreign)
    restore_backup(vault, foreign, "wachtwoord van elders")
    assert _names(paths, vault.key) == ["Van elders"]  # encrypted again with the key of here
    Vault(paths).unlock(PASSPHRASE)


def _close(services: Services) -> None:
    """Close the database, as the window does before it brings a backup back."""
    from sqlalchemy.engine import Engine

    engine = services.plans._engine
    assert isinstance(engine, Engine)
    engine.dispose()


def _names(paths: AppPaths, key: bytes) -> list[str]:
    con = connect_file(paths.database, key)
    try:
        return [r[0] for r in con.execute("SELECT family_name FROM plan ORDER BY id")]
    finally:
        con.close()


def test_a_damaged_or_foreign_backup_changes_nothing(
    opened: tuple[Vault, Services, str], paths: AppPaths, tmp_path: Path
) -> None:
    vault, services, _code = opened
    services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN)
    backup = write_backup(vault, tmp_path / "kopie.wijkreserve").path
    data = bytearray(backup.read_bytes())
    data[-100] ^= 0xFF
    broken = tmp_path / "kapot.wijkreserve"
    broken.write_bytes(bytes(data))
    before = paths.database.read_bytes()
    with pytest.raises(InvalidInputError) as caught:
        restore_backup(vault, broken)
    assert str(caught.value) == MSG_BACKUP_DAMAGED
    short = tmp_path / "kort.wijkreserve"
    short.write_bytes(backup.read_bytes()[:-4096])
    with pytest.raises(InvalidInputError, match="beschadigd"):
        restore_backup(vault, short)
    letter = tmp_path / "brief.wijkreserve"
    letter.write_text("Beste familie,")
    with pytest.raises(InvalidInputError) as caught:
        restore_backup(vault, letter)
    assert str(caught.value) == MSG_NOT_BACKUP
    assert paths.database.read_bytes() == before
    assert not list(paths.data_dir.glob(".terugzetten-*"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_given_as_backup_is_refused_at_once(opened: tuple[Vault, Services, str], tmp_path: Path) -> None:
    vault, _services, _code = opened
    fifo = tmp_path / "pijp.wijkreserve"
    os.mkfifo(fifo)
    with pytest.raises(InvalidInputError, match="geen gewoon bestand"):
        restore_backup(vault, fifo)


# ------------------------------------------------------------------------------------------------- check, erase


def test_check_finds_a_changed_page(opened: tuple[Vault, Services, str], paths: AppPaths) -> None:
    vault, services, _code = opened
    services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN)
    _close(services)
    assert check_database(paths.database, vault.key)
    data = bytearray(paths.database.read_bytes())
    data[4096 + 200] ^= 0x01  # one bit on the second page
    paths.database.write_bytes(bytes(data))
    assert not check_database(paths.database, vault.key)


def test_erasing_a_plan_removes_every_row_of_it_and_only_the_family_may(
    opened: tuple[Vault, Services, str], paths: AppPaths
) -> None:
    vault, services, _code = opened
    keep = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, family_name="Blijft")
    gone = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, family_name="Gaat weg")
    person = services.people.add_participant(gone, FAMILY, "Oma Ria", Role.NETWERK)
    services.agreements.add_agreement(gone, FAMILY, "Oma haalt de kinderen op.", who_ids=(person,))
    services.plans.add_private_note(gone, FAMILY, "Alleen voor ons.")
    services.advice.add_advice(gone, Actor(Role.PROFESSIONAL, "Joost"), "Een advies.")
    for role in (Role.NETWERK, Role.ONDERSTEUNER, Role.PROFESSIONAL):
        with pytest.raises(NotAllowedError, match="Alleen het gezin"):
            services.erase.erase_plan(gone, Actor(role, "Iemand"))
    services.plans.delete_plan(gone, FAMILY)
    erased = services.erase.erase_plan(gone, FAMILY)
    assert erased.rows > 0
    con = dbfile.connect(paths.database, vault.key)
    try:
        for table in ("section", "participant", "agreement", "private_note", "advice", "change"):
            assert con.execute(f"SELECT count(*) FROM {table} WHERE plan_id = ?", (gone,)).fetchone() == (0,), table
        assert con.execute("SELECT count(*) FROM plan WHERE id = ?", (keep,)).fetchone() == (1,)
    finally:
        con.close()
    with services.plans._session() as session:
        assert session.connection().exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    wal = paths.database.with_name("wijkteam.sqlite-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # no old pages waiting in the WAL
    assert services.erase.copies_before() == 0


def test_a_plan_that_cannot_be_read_can_still_be_erased(opened: tuple[Vault, Services, str], paths: AppPaths) -> None:
    vault, services, _code = opened
    plan_id = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, family_name="Kapot")
    con = dbfile.connect(paths.database, vault.key)
    con.execute("UPDATE plan SET melding_date = 'geen datum', created_at = '9999-99-99' WHERE id = ?", (plan_id,))
    con.commit()
    con.close()
    services.erase.erase_plan(plan_id, FAMILY)
    assert services.overview.list_overview() == []


def test_the_recovery_code_prints_on_one_page_with_nothing_of_the_plans(tmp_path: Path) -> None:
    import shutil
    import subprocess

    from wijkteam.recovery_pdf import write_recovery_pdf

    code = new_recovery_code()
    target = write_recovery_pdf(code, tmp_path / "code.pdf")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert code in text and "Herstelcode voor Ons Plan" in text
    pages = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", pages, re.MULTILINE)
    with pytest.raises(StorageError, match="kan niet worden bewaard"):
        write_recovery_pdf(code, tmp_path / "nergens" / "code.pdf")


def test_a_backup_that_cannot_be_written_says_why_and_leaves_nothing(
    opened: tuple[Vault, Services, str], tmp_path: Path
) -> None:
    vault, _services, _code = opened
    with pytest.raises(StorageError, match="de map bestaat niet"):
        write_backup(vault, tmp_path / "geen-usb" / "kopie.wijkreserve")
    (tmp_path / "bezet.wijkreserve").mkdir()
    with pytest.raises(StorageError, match="er staat al een map met die naam"):
        write_backup(vault, tmp_path / "bezet.wijkreserve")
    assert not list(vault.paths.data_dir.glob(".reservekopie-*"))
