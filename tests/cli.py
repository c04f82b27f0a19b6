"""The command line as a family or a script starts it: ``python -m wijkteam ...``, each in a process of its own.

Every test that runs the real command line goes through ``run`` (or ``start`` and ``run_all``), so each process is
started the same way: headless, with the test passphrase in ``WIJKTEAM_PASSPHRASE`` (or none), no terminal on stdin
(a question would wait for ever, and a file that makes the app wait runs into ``timeout``), and a test that fails as
soon as a traceback reaches stderr.

Deriving the key from the passphrase is slow on purpose (Argon2id, 64 MiB, 3 passes, 4 lanes: about a quarter of a
second of processor time, in every process). A new data folder therefore first gets the key file of the tests
(``dbfile``), which asks for the lightest parameters a key file may ask for; the command line reads them from the
file, as it reads any key file. ``key_file=False`` leaves a new folder as it is, for the tests of a real first start
(the key made with the real parameters, the recovery code shown once).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TypeVar

from tests import dbfile
from wijkteam.keystore import KEY_FILENAME

PASSPHRASE = dbfile.TEST_PASSPHRASE
DATABASE = "wijkteam.sqlite"
#: Long enough for a slow machine running tests side by side; a process that waits for something never comes back.
TIMEOUT_S = 120.0

Result = subprocess.CompletedProcess[str]
Name = TypeVar("Name")


def command(*args: str, data_dir: Path | None = None, role: str | None = None) -> list[str]:
    argv = [sys.executable, "-m", "wijkteam"]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    if role is not None:
        argv += ["--role", role]
    return argv + list(args)


def environment(env: Mapping[str, str] | None = None, passphrase: str | None = PASSPHRASE) -> dict[str, str]:
    full = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full.pop("WIJKTEAM_PASSPHRASE", None)
    if passphrase is not None:
        full["WIJKTEAM_PASSPHRASE"] = passphrase
    return full


def prepare(data_dir: Path | None, passphrase: str | None = PASSPHRASE, key_file: bool = True) -> None:
    """A data folder with neither plans nor key file gets the tests' light key file, under the test passphrase."""
    if data_dir is None or not key_file or passphrase != PASSPHRASE:
        return
    if not (data_dir / DATABASE).exists() and not (data_dir / KEY_FILENAME).exists():
        dbfile.key_for(data_dir / DATABASE)


def no_traceback(result: Result) -> Result:
    assert "Traceback" not in result.stderr, result.stderr
    return result


def run(*args: str, data_dir: Path | None = None, env: Mapping[str, str] | None = None,
        passphrase: str | None = PASSPHRASE, role: str | None = None, input: str | None = None,
        timeout: float = TIMEOUT_S, key_file: bool = True) -> Result:
    """``wijkteam [--data-dir D] [--role R] ARGS`` to its end; ``input`` is what it reads on stdin (else nothing)."""
    prepare(data_dir, passphrase, key_file)
    argv, full_env = command(*args, data_dir=data_dir, role=role), environment(env, passphrase)
    if input is None:
        result = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, env=full_env,
                                stdin=subprocess.DEVNULL)
    else:
        result = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, env=full_env, input=input)
    return no_traceback(result)


def start(*args: str, data_dir: Path | None = None, env: Mapping[str, str] | None = None,
          passphrase: str | None = PASSPHRASE, role: str | None = None, key_file: bool = True,
          ) -> subprocess.Popen[str]:
    """The same process, started and left running (a window, or one of several commands at once)."""
    prepare(data_dir, passphrase, key_file)
    return subprocess.Popen(command(*args, data_dir=data_dir, role=role), env=environment(env, passphrase), text=True,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish(process: subprocess.Popen[str], timeout: float = TIMEOUT_S) -> Result:
    """What a started process wrote, once it stopped; it is killed when it runs past ``timeout``."""
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise
    return no_traceback(subprocess.CompletedProcess(process.args, process.returncode, out, err))


def run_all(commands: Mapping[Name, Sequence[str]], *, data_dir: Path | None = None,
            env: Mapping[str, str] | None = None, passphrase: str | None = PASSPHRASE, role: str | None = None,
            timeout: float = TIMEOUT_S) -> dict[Name, Result]:
    """Several commands at once, by name, for commands that only read the plans: the machine has more than one core."""
    prepare(data_dir, passphrase)
    running = {name: start(*args, data_dir=data_dir, env=env, passphrase=passphrase, role=role)
               for name, args in commands.items()}
    try:
        return {name: finish(process, timeout) for name, process in running.items()}
    finally:
        for process in running.values():  # none is left running when one of them failed the test
            if process.poll() is None:
                process.kill()
                process.communicate()
