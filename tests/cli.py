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

Starting Python and importing the database layer costs about 0.7 s of processor time per command, most of the whole
suite's time. So ``run`` forks each command from an interpreter that imported the command line once (``_Forker``,
one per test process): still a process of its own, with its own arguments, environment, working folder, stdin, stdout,
stderr and exit code, that runs ``wijkteam.__main__.main`` as ``python -m wijkteam`` does and ends the same way
(``atexit``, flushed output), but without paying the import again. ``real=True`` starts ``python -m wijkteam``
itself, as ``start`` always does; the tests of the entry point itself use that.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
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
        timeout: float = TIMEOUT_S, key_file: bool = True, real: bool = False) -> Result:
    """``wijkteam [--data-dir D] [--role R] ARGS`` to its end; ``input`` is what it reads on stdin (else nothing).

    Forked from the interpreter that imported the command line already, or with ``real=True`` a new ``python -m
    wijkteam`` (see the module's text)."""
    prepare(data_dir, passphrase, key_file)
    argv, full_env = command(*args, data_dir=data_dir, role=role), environment(env, passphrase)
    if not real:
        return no_traceback(_forker().run(argv, full_env, input, timeout))
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
            timeout: float = TIMEOUT_S, real: bool = False) -> dict[Name, Result]:
    """Several commands, by name, for commands that only read the plans: forked one after the other, or with
    ``real=True`` as new processes all at once (the machine has more than one core)."""
    prepare(data_dir, passphrase)
    if not real:
        return {name: run(*args, data_dir=data_dir, env=env, passphrase=passphrase, role=role, timeout=timeout)
                for name, args in commands.items()}
    running = {name: start(*args, data_dir=data_dir, env=env, passphrase=passphrase, role=role)
               for name, args in commands.items()}
    try:
        return {name: finish(process, timeout) for name, process in running.items()}
    finally:
        for process in running.values():  # none is left running when one of them failed the test
            if process.poll() is None:
                process.kill()
                process.communicate()


# ------------------------------------------------------------------------------------------------ the fork server

#: Runs in the server: imports what the commands import, then forks one child per request line on stdin. The child
#: takes the request's folder, environment and files as its own, runs ``main`` and ends as Python would end; the
#: server answers with the child's pid at once and its exit status once it ended. It never imports Qt.
_SERVER = r"""
import atexit, importlib, json, os, sys, traceback
import wijkteam.__main__, wijkteam.cli, wijkteam.cli_vault, wijkteam.pdf, wijkteam.preload
for name in wijkteam.preload.MODULES:
    importlib.import_module(name)
answers = os.fdopen(os.dup(1), "w")
requests = os.fdopen(os.dup(0), "r")
null = os.open(os.devnull, os.O_RDWR)
os.dup2(null, 0)
os.dup2(null, 1)
for line in requests:
    request = json.loads(line)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.setpgid(0, 0)
            answers.close()
            requests.close()
            os.chdir(request["cwd"])
            os.environ.clear()
            os.environ.update(request["env"])
            for fd, path, flags in ((0, request["stdin"], os.O_RDONLY),
                                    (1, request["stdout"], os.O_WRONLY | os.O_TRUNC),
                                    (2, request["stderr"], os.O_WRONLY | os.O_TRUNC)):
                opened = os.open(path, flags)
                os.dup2(opened, fd)
                os.close(opened)
            sys.argv = [wijkteam.__main__.__file__, *request["args"]]
            try:
                code = wijkteam.__main__.main(request["args"])
            except SystemExit as stop:
                code = stop.code
            if code is None:
                code = 0
            elif not isinstance(code, int):
                print(code, file=sys.stderr)
                code = 1
        except BaseException:
            traceback.print_exc()
        finally:
            try:
                atexit._run_exitfuncs()
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code)
    answers.write(json.dumps({"pid": pid}) + "\n")
    answers.flush()
    _, status = os.waitpid(pid, 0)
    answers.write(json.dumps({"status": status}) + "\n")
    answers.flush()
"""


class _Forker:
    """The fork server of one test process, and the runs through it, one at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._buffer = b""  # what the server wrote beyond the last answer read

    def run(self, argv: Sequence[str], env: Mapping[str, str], input: str | None, timeout: float) -> Result:
        assert list(argv[:3]) == [sys.executable, "-m", "wijkteam"]
        with self._lock, tempfile.TemporaryDirectory(prefix="wijkteam-cli-") as folder:
            files = {name: Path(folder, name) for name in ("stdin", "stdout", "stderr")}
            files["stdin"].write_text(input or "", encoding="utf-8")
            files["stdout"].touch()
            files["stderr"].touch()
            process = self._server()
            assert process.stdin is not None and process.stdout is not None
            request = {"args": list(argv[3:]), "env": dict(env), "cwd": os.getcwd(),
                       **{name: str(path) for name, path in files.items()}}
            if input is None:
                request["stdin"] = os.devnull
            process.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
            process.stdin.flush()
            pid = json.loads(self._answer(process.stdout.fileno(), TIMEOUT_S))["pid"]
            try:
                status = json.loads(self._answer(process.stdout.fileno(), timeout))["status"]
            except subprocess.TimeoutExpired:
                os.killpg(pid, signal.SIGKILL)  # the child and anything it started
                self._answer(process.stdout.fileno(), TIMEOUT_S)
                raise subprocess.TimeoutExpired(list(argv), timeout) from None
            code = os.waitstatus_to_exitcode(status)
            return subprocess.CompletedProcess(list(argv), code, _text(files["stdout"]), _text(files["stderr"]))

    def _server(self) -> subprocess.Popen[bytes]:
        if self._process is None or self._process.poll() is not None:
            self._process = subprocess.Popen([sys.executable, "-c", _SERVER], stdin=subprocess.PIPE,
                                             stdout=subprocess.PIPE, env=environment(), bufsize=0)
            self._buffer = b""
        return self._process

    def _answer(self, fd: int, timeout: float) -> str:
        """The server's next line, or TimeoutExpired when none comes within ``timeout`` seconds."""
        while b"\n" not in self._buffer:
            ready, _, _ = select.select([fd], [], [], timeout)
            if not ready:
                raise subprocess.TimeoutExpired("wijkteam", timeout)
            chunk = os.read(fd, 65536)
            if not chunk:
                raise RuntimeError("the fork server of the command-line tests stopped")
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line.decode("utf-8")


def _text(path: Path) -> str:
    # As ``subprocess.run(text=True)`` reads it: the locale's encoding (UTF-8 here), universal newlines.
    with path.open(encoding="utf-8", errors="strict", newline=None) as handle:
        return handle.read()


_the_forker: _Forker | None = None


def _forker() -> _Forker:
    global _the_forker
    if _the_forker is None:
        _the_forker = _Forker()
    return _the_forker
