"""Kill the real window while someone types into it, and check that nothing older than 1.5 s is lost.

    .venv/bin/python tests/benchmarks/kill_while_typing.py [--kills 40] [--seed N] [--keep]

Each round starts the real app (``python -m wijkteam --data-dir D``) on its own X server (Xvfb), opens the plan with
the keyboard, and types into it from outside the process with ``xdotool``: a fluent typist (a key every 60-120 ms), a
slow one (300-500 ms) or one who pauses (bursts, then 0.7-3 s of thinking), into the part's text or into a private
note in eigen tijd. At a random moment the app gets ``SIGKILL``. Then the database must pass SQLite's
``PRAGMA integrity_check`` (and ``wijkteam check``), and hold every character typed more than ``GRACE_S`` before the
kill: the stored text starts with the text before the round plus those characters, and is never more than what was
typed. The next round starts the app again on the same data folder, as after a flat battery.

Needs ``Xvfb`` and ``xdotool``. The passphrase prompt at start is skipped through ``WIJKTEAM_PASSPHRASE``.
Exit code 0 when every round kept its promise.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests import dbfile  # noqa: E402

GRACE_S = 1.5  # every character typed longer ago than this before the kill must be stored
#: The test suite sets its own; run on its own, the script uses this one (and ``dbfile`` reads it back).
PASSPHRASE = os.environ.setdefault("WIJKTEAM_PASSPHRASE", "kill while typing passphrase")
PLAN_FILE = ROOT / "tests" / "fixtures" / "planfiles" / "minimal.wijkplan"
APP_NAME = "Ons Plan"
LETTERS = "abcdefghijklmnopqrstuvwxyz"
PROFILES = ("fluent", "slow", "pausing")
FIELDS = ("section", "note")
START_TIMEOUT_S = 30.0


def tools_missing() -> list[str]:
    return [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]


@contextmanager
def xvfb(size: str = "1600x1000x24") -> Iterator[str]:
    """An X server of our own; its display name (``:N``), chosen by the server itself."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", size, "-nolisten", "tcp"],
                              pass_fds=[write_end], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


@dataclass
class Data:
    folder: Path
    env: dict[str, str]
    title: str

    @property
    def database(self) -> Path:
        return self.folder / "wijkteam.sqlite"


def make_data(base: Path, display: str) -> Data:
    folder = base / "data"
    env = dict(os.environ, WIJKTEAM_PASSPHRASE=PASSPHRASE, DISPLAY=display, QT_QPA_PLATFORM="xcb",
               XDG_CONFIG_HOME=str(base / "config"), XDG_STATE_HOME=str(base / "state"), LANG="C.UTF-8")
    for name in ("QT_FONT_DPI", "QT_SCALE_FACTOR"):
        env.pop(name, None)
    subprocess.run([sys.executable, "-m", "wijkteam", "--data-dir", str(folder), "import", str(PLAN_FILE)],
                   env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    listing = subprocess.run([sys.executable, "-m", "wijkteam", "--data-dir", str(folder), "list"], env=env,
                             cwd=ROOT, check=True, capture_output=True, text=True).stdout
    title = listing.splitlines()[0].split("\t")[2]
    return Data(folder, env, title)


def stored(data: Data, which: str) -> str:
    with closing(dbfile.connect(data.database)) as con:
        if which == "section":
            row = con.execute("SELECT text FROM section ORDER BY position, id LIMIT 1").fetchone()
        else:
            row = con.execute("SELECT text FROM private_note ORDER BY id LIMIT 1").fetchone()
    return row[0] if row else ""


def integrity(data: Data) -> str:
    with closing(dbfile.connect(data.database)) as con:
        return ", ".join(str(r[0]) for r in con.execute("PRAGMA integrity_check").fetchall())


def app_check(data: Data) -> int | None:
    """``wijkteam check``: its exit code, or None when this version has no such command."""
    result = subprocess.run([sys.executable, "-m", "wijkteam", "--data-dir", str(data.folder), "check"],
                            env=data.env, cwd=ROOT, capture_output=True, text=True)
    return None if result.returncode == 2 else result.returncode


def xdotool(env: dict[str, str], *args: str, timeout: float = 15.0) -> str:
    return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=timeout).stdout


def wait_for_window(env: dict[str, str], name: str, timeout: float = START_TIMEOUT_S, *, whole: bool = True) -> str:
    """A visible window whose title is ``name`` (or starts with it, when not ``whole``)."""
    pattern = "^" + re.sub(r"([][.^$*+?(){}|\\])", r"\\\1", name) + ("$" if whole else "")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ids = xdotool(env, "search", "--onlyvisible", "--name", pattern).split()
        if ids:
            return ids[-1]
        time.sleep(0.1)
    raise RuntimeError(f"no window named {name!r} within {timeout:.0f} s")


def focus(env: dict[str, str], window: str) -> None:
    xdotool(env, "windowfocus", "--sync", window)


def open_field(data: Data, which: str) -> None:
    """From the start view to the open part's text (or a private note), with the keyboard only."""
    env = data.env
    window = wait_for_window(env, APP_NAME)
    deadline = time.monotonic() + START_TIMEOUT_S
    editor = ""
    while not editor:
        # The plans are read (and the key is derived) just after the window shows: try until the plan opens.
        focus(env, window)
        xdotool(env, "key", "alt+u")  # "Uw plannen": the list
        xdotool(env, "key", "Return")  # open the chosen plan: the cursor is in the part's text
        try:  # the window takes the plan's title
            editor = wait_for_window(env, data.title, timeout=min(1.0, deadline - time.monotonic()), whole=False)
        except RuntimeError:
            if time.monotonic() >= deadline:
                raise
    if which == "note":
        focus(env, editor)
        xdotool(env, "key", "alt+m")  # the menu "Samen"
        time.sleep(0.3)
        xdotool(env, "key", "e")  # "Eigen tijd…": the first note has the cursor
        focus(env, wait_for_window(env, "Eigen tijd"))
        time.sleep(0.2)
        xdotool(env, "key", "ctrl+End")  # a note from an earlier round: write on at its end
    else:
        focus(env, editor)
    time.sleep(0.3)


def key_gaps(profile: str, rng: random.Random) -> Iterator[float]:
    """Seconds before each next key."""
    while True:
        if profile == "fluent":
            yield rng.uniform(0.06, 0.12)
        elif profile == "slow":
            yield rng.uniform(0.3, 0.5)
        else:
            for _ in range(rng.randint(5, 20)):
                yield rng.uniform(0.06, 0.15)
            yield rng.uniform(0.7, 3.0)


@dataclass
class Round:
    number: int
    profile: str
    field: str
    typed: str = ""
    typed_at: list[float] = field(default_factory=list)
    before: str = ""
    after: str = ""
    integrity: str = ""
    check: int | None = None
    error: str = ""
    killed_at: float = 0.0

    def kept_after_kill(self, killed_at: float) -> tuple[int, int]:
        """How many characters had to be stored (typed more than GRACE_S before the kill), and how many were."""
        must = sum(1 for t in self.typed_at if t < killed_at - GRACE_S)
        stored_new = len(self.after) - len(self.before) if self.after.startswith(self.before) else -1
        return must, stored_new

    @property
    def ok(self) -> bool:
        if self.error or self.integrity != "ok" or self.check not in (None, 0):
            return False
        must, stored_new = self.kept_after_kill(self.killed_at)
        return stored_new >= must and self.after == self.before + self.typed[:stored_new]

    def describe(self) -> str:
        must, stored_new = self.kept_after_kill(self.killed_at)
        lost = len(self.typed) - max(stored_new, 0)
        oldest_lost = (self.killed_at - self.typed_at[max(stored_new, 0)]) if 0 <= stored_new < len(self.typed) else 0
        state = "ok  " if self.ok else "FOUT"
        detail = f" ({self.error})" if self.error else ""
        return (f"{state} kill {self.number:2d} {self.profile:<7} {self.field:<7} typed {len(self.typed):3d}, "
                f"must keep {must:3d}, kept {stored_new:3d}, lost {lost:2d} (oldest lost {oldest_lost:4.2f} s ago), "
                f"integrity {self.integrity}, check {self.check}{detail}")


def run_round(data: Data, number: int, profile: str, which: str, rng: random.Random,
              seconds: tuple[float, float] = (2.0, 9.0)) -> Round:
    result = Round(number, profile, which)
    result.before = stored(data, which)
    # What the app says goes to a file beside the data folder: a round whose window never came says why.
    output = data.folder.parent / f"round-{number}.log"
    with output.open("wb") as sink:
        app = subprocess.Popen([sys.executable, "-m", "wijkteam", "--data-dir", str(data.folder)], env=data.env,
                               cwd=ROOT, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        open_field(data, which)
        kill_at = time.monotonic() + rng.uniform(*seconds)
        gaps = key_gaps(profile, rng)
        next_key = time.monotonic()
        while True:
            now = time.monotonic()
            if now >= kill_at:
                break
            if now < next_key:
                time.sleep(min(next_key, kill_at) - now)
                continue
            letter = rng.choice(LETTERS) if rng.random() > 0.15 else " "
            xdotool(data.env, "key", "space" if letter == " " else letter)
            result.typed_at.append(time.monotonic())  # the X server has the key once xdotool returns
            result.typed += letter
            next_key = time.monotonic() + next(gaps)
        result.killed_at = time.monotonic()
    except Exception as error:  # a round that could not even type is a failure of its own, with its reason
        said = output.read_text(encoding="utf-8", errors="replace").strip()[-500:]
        result.error = f"{error}; the app said: {said or 'nothing'} (exit {app.poll()})"
        result.killed_at = time.monotonic()
    finally:
        os.killpg(app.pid, signal.SIGKILL)
        app.wait(10)
    result.after = stored(data, which)
    result.integrity = integrity(data)
    result.check = app_check(data)
    if which == "note" and not result.before and result.after and not result.typed.startswith(result.after):
        result.error = result.error or "the note holds text that was not typed"
    return result


def run(kills: int, seed: int, base: Path, *, kinds: list[tuple[str, str]] | None = None,
        seconds: tuple[float, float] = (2.0, 9.0), echo: bool = True) -> list[Round]:
    """``kills`` rounds on one data folder; ``kinds`` (typist, field) in turn, by default every pair."""
    kinds = kinds or [(profile, which) for which in FIELDS for profile in PROFILES]
    rng = random.Random(seed)
    rounds: list[Round] = []
    with xvfb() as display:
        data = make_data(base, display)
        for number in range(1, kills + 1):
            profile, which = kinds[(number - 1) % len(kinds)]
            result = run_round(data, number, profile, which, rng, seconds)
            rounds.append(result)
            if echo:
                print(result.describe(), flush=True)
    return rounds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--seed", type=int, default=None, help="for a run that can be repeated")
    parser.add_argument("--keep", action="store_true", help="keep the data folder and print where it is")
    args = parser.parse_args()
    missing = tools_missing()
    if missing:
        print(f"needs {' and '.join(missing)}", file=sys.stderr)
        return 2
    seed = args.seed if args.seed is not None else random.randrange(1_000_000)
    base = Path(tempfile.mkdtemp(prefix="kill-while-typing-"))
    print(f"seed {seed}; {args.kills} kills; a character must be stored {GRACE_S} s after it was typed")
    try:
        rounds = run(args.kills, seed, base)
    finally:
        if args.keep:
            print(f"data folder kept: {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)
    failed = [r for r in rounds if not r.ok]
    ages = [r.killed_at - r.typed_at[len(r.after) - len(r.before)]
            for r in rounds if r.ok and len(r.after) - len(r.before) < len(r.typed)]
    print(f"{len(rounds) - len(failed)} of {len(rounds)} kills kept every character older than {GRACE_S} s; "
          f"the oldest character lost was typed {max(ages, default=0.0):.2f} s before its kill")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
