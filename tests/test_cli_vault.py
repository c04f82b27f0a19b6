"""The passphrase through the real command line: every command, wrong passphrases, backups, check, erase."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests import dbfile
from tests.cli import PASSPHRASE, run
from wijkteam import keystore
from wijkteam.instance_lock import InstanceLock
from wijkteam.keystore import KEY_FILENAME, MSG_WRONG

FIXTURE = Path(__file__).parent / "fixtures" / "schema_0001.sqlite"
PLAN_FILE = Path(__file__).parent / "fixtures" / "planfiles" / "minimal.wijkplan"
ADVICE_FILE = Path(__file__).parent / "fixtures" / "advicefiles" / "minimal.wijkadvies"


def _all_output(*results: subprocess.CompletedProcess[str]) -> str:
    return "".join(r.stdout + r.stderr for r in results)


def test_every_command_works_with_the_passphrase_from_the_environment(tmp_path: Path) -> None:
    data = tmp_path / "data"
    results = [run("demo", data_dir=data, key_file=False)]  # the real first start: a key made as the family's is
    assert results[0].returncode == 0
    assert "herstelcode" in results[0].stderr.lower()  # a new folder: the code is printed once
    # The key file the app made itself asks for the real key derivation, whatever light ones the tests use.
    slot = json.loads((data / KEY_FILENAME).read_text(encoding="ascii"))["slots"]["wachtwoord"]
    assert (slot["memory_kib"], slot["iterations"], slot["lanes"]) == (
        keystore.KDF_MEMORY_KIB, keystore.KDF_ITERATIONS, keystore.KDF_LANES)
    commands = [
        ("list",),
        ("export-pdf", "1", str(tmp_path / "plan.pdf")),
        ("export", "1", str(tmp_path / "plan.wijkplan")),
        ("import", str(PLAN_FILE)),
        ("import-advice", str(ADVICE_FILE)),
        ("export-ics", "1", str(tmp_path / "datums.ics")),
        ("due",),
        ("backup", str(tmp_path / "kopie.wijkreserve")),
        ("check",),
        ("erase", "3", "--yes"),
        ("restore", str(tmp_path / "kopie.wijkreserve"), "--yes"),
        ("list",),
    ]
    for command in commands:
        result = run(*command, data_dir=data)
        assert result.returncode == 0, (command, result.stderr)
        assert "herstelcode is" not in result.stderr  # only the very first time
        results.append(result)
    assert results[-1].stdout.splitlines()[-1].startswith("3\t")  # the backup held the imported plan again
    output = _all_output(*results)
    assert PASSPHRASE not in output
    for log in (data / "logs").glob("*"):
        assert PASSPHRASE not in log.read_text(encoding="utf-8")


def test_a_wrong_passphrase_gets_its_own_sentence_and_changes_nothing(tmp_path: Path, demo_dir: Path) -> None:
    data = demo_dir
    before = (data / "wijkteam.sqlite").read_bytes()
    result = run("list", data_dir=data, passphrase="dit is het niet")
    assert result.returncode == 1
    assert result.stderr.strip() == MSG_WRONG
    assert result.stdout == ""
    assert (data / "wijkteam.sqlite").read_bytes() == before
    damaged = tmp_path / "kapot"
    damaged.mkdir()
    shutil.copyfile(data / KEY_FILENAME, damaged / KEY_FILENAME)
    (damaged / "wijkteam.sqlite").write_bytes(b"\x01" * 8192)
    other = run("list", data_dir=damaged)
    assert other.returncode == 1 and other.stderr.strip() != MSG_WRONG and "beschadigd" in other.stderr


def test_without_a_passphrase_or_a_terminal_the_command_says_how(tmp_path: Path, demo_dir: Path) -> None:
    new = run("list", data_dir=tmp_path / "nieuw", passphrase=None)
    assert new.returncode == 1 and "WIJKTEAM_PASSPHRASE" in new.stderr
    assert not (tmp_path / "nieuw" / KEY_FILENAME).exists()
    locked = run("list", data_dir=demo_dir, passphrase=None)
    assert locked.returncode == 1 and "wachtwoord" in locked.stderr and locked.stdout == ""


def test_the_schema_0001_fixture_is_encrypted_and_keeps_every_row(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "wijkteam.sqlite").write_bytes(FIXTURE.read_bytes())
    con = sqlite3.connect(FIXTURE)
    expected = con.execute("SELECT id, plan_type, title FROM plan ORDER BY id").fetchall()
    counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
              for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    result = run("list", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert [line.split("\t") for line in result.stdout.splitlines()] == [
        [str(i), kind, title] for i, kind, title in expected]
    assert not (data / "wijkteam.sqlite").read_bytes().startswith(b"SQLite format 3")
    assert "herstelcode" in result.stderr.lower()
    # Revision 0003 gives each persoonlijk plan the three new parts of the whole list; every other row stays.
    added = {"section": 3 * sum(1 for _id, kind, _title in expected if kind == "persoonlijk_plan")}
    encrypted = dbfile.connect(data / "wijkteam.sqlite")
    try:
        for table, count in counts.items():
            assert encrypted.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == count + added.get(table, 0), \
                table
    finally:
        encrypted.close()
    assert run("check", data_dir=data).returncode == 0


def test_check_says_in_one_sentence_whether_the_file_is_in_order(demo_dir: Path) -> None:
    data = demo_dir
    good = run("check", data_dir=data)
    assert (good.returncode, good.stdout.strip()) == (0, "Het bestand met uw plannen is in orde.")
    raw = bytearray((data / "wijkteam.sqlite").read_bytes())
    raw[3 * 4096 + 100] ^= 0x40
    (data / "wijkteam.sqlite").write_bytes(bytes(raw))
    bad = run("check", data_dir=data)
    assert bad.returncode == 1 and "beschadigd" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


def test_erase_asks_for_the_family_and_a_yes(demo_dir: Path) -> None:
    data = demo_dir
    refused = run("--role", "ondersteuner", "erase", "1", "--yes", data_dir=data)
    assert refused.returncode == 1 and "Alleen het gezin" in refused.stderr
    unasked = run("erase", "1", data_dir=data)
    assert unasked.returncode == 1 and "--yes" in unasked.stderr
    assert run("list", data_dir=data).stdout.count("\n") == 2
    erased = run("erase", "1", "--yes", data_dir=data)
    assert erased.returncode == 0 and "definitief gewist" in erased.stdout and "reservekopie" in erased.stdout.lower()
    assert [line.split("\t")[0] for line in run("list", data_dir=data).stdout.splitlines()] == ["2"]
    again = run("erase", "1", "--yes", data_dir=data)
    assert again.returncode == 1 and "geen plan met nummer 1" in again.stderr


def test_restore_waits_until_the_window_is_closed(tmp_path: Path, demo_dir: Path) -> None:
    data = demo_dir
    assert run("backup", str(tmp_path / "kopie"), data_dir=data).returncode == 0
    assert (tmp_path / "kopie.wijkreserve").is_file()
    with InstanceLock(data) as window:
        assert window.acquire()
        busy = run("restore", str(tmp_path / "kopie.wijkreserve"), "--yes", data_dir=data)
    assert busy.returncode == 1 and "Sluit eerst het venster" in busy.stderr
    assert run("restore", str(tmp_path / "kopie.wijkreserve"), "--yes", data_dir=data).returncode == 0
    assert list((data / "backups").glob("wijkteam-voor-terugzetten-*.sqlite"))


def test_a_backup_restored_on_a_new_laptop_opens_with_its_own_passphrase(tmp_path: Path, demo_dir: Path) -> None:
    data = demo_dir
    assert run("backup", str(tmp_path / "kopie.wijkreserve"), data_dir=data).returncode == 0
    laptop = tmp_path / "nieuwe-laptop"
    backup = str(tmp_path / "kopie.wijkreserve")
    wrong = run("restore", backup, "--yes", data_dir=laptop, passphrase="een ander wachtwoord")
    assert wrong.returncode == 1 and "opent deze reservekopie niet" in wrong.stderr
    restored = run("restore", str(tmp_path / "kopie.wijkreserve"), "--yes", data_dir=laptop, key_file=False)
    assert restored.returncode == 0, restored.stderr
    assert run("list", data_dir=laptop).stdout == run("list", data_dir=data).stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_as_backup_is_refused_at_once(tmp_path: Path, demo_dir: Path) -> None:
    data = demo_dir
    fifo = tmp_path / "pijp.wijkreserve"
    os.mkfifo(fifo)
    result = run("restore", str(fifo), "--yes", data_dir=data)
    assert result.returncode == 1 and "geen gewoon bestand" in result.stderr
