"""One window per data folder, also when two starts come within milliseconds (a double click on the icon)."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path

from tests import cli
from wijkteam.instance_lock import InstanceLock

#: Two double starts here, one after the other on one data folder: the first on a folder no window ever had open, the
#: second after that window was killed (a flat battery); ``tests/benchmarks/double_start.py`` runs twenty.
ROUNDS = 2


def test_the_lock_is_taken_once_and_let_go_with_its_process(tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    assert first.acquire()
    assert not second.acquire()
    assert second.is_held_elsewhere()
    first.release()
    assert second.acquire()
    second.release()
    script = f"from wijkteam.instance_lock import InstanceLock; import os, signal; " \
             f"assert InstanceLock({str(tmp_path)!r}).acquire(); os.kill(os.getpid(), signal.SIGKILL)"
    assert subprocess.run([sys.executable, "-c", script], timeout=60).returncode == -9
    assert first.acquire()  # a killed process leaves no lock behind
    first.release()


def test_two_starts_at_once_open_one_window(demo_dir: Path) -> None:
    data = demo_dir
    before = cli.run("list", data_dir=data).stdout
    for round_number in range(ROUNDS):
        starts = [cli.start(data_dir=data), cli.start(data_dir=data)]
        try:
            # The second start asks the first to come forward and stops; the first keeps its window open.
            done = []
            for _ in range(600):
                done = [p for p in starts if p.poll() is not None]
                if done:
                    break
                with contextlib.suppress(subprocess.TimeoutExpired):
                    starts[0].wait(timeout=0.1)
            assert len(done) == 1, f"round {round_number}: exactly one start stops by itself"
            stopped = done[0]
            out, err = stopped.communicate(timeout=30)
            assert stopped.returncode == 0, err
            assert "al geopend" in out
            running = next(p for p in starts if p is not stopped)
            assert running.poll() is None
            assert InstanceLock(data).is_held_elsewhere()
        finally:
            for process in starts:
                if process.poll() is None:
                    process.kill()
                process.communicate(timeout=30)
    assert cli.run("check", data_dir=data).returncode == 0
    assert cli.run("list", data_dir=data).stdout == before
