"""One window per data folder, also when two starts come within milliseconds (a double click on the icon)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wijkteam.instance_lock import InstanceLock

#: A few rounds here; ``tests/benchmarks/double_start.py`` runs twenty.
ROUNDS = 3


def _start(data: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "wijkteam", "--data-dir", str(data)], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "wijkteam", "--data-dir", str(data), *args], env=env, text=True,
                          capture_output=True, timeout=120)


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


@pytest.mark.parametrize("round_number", range(ROUNDS))
def test_two_starts_at_once_open_one_window(tmp_path: Path, round_number: int) -> None:
    data = tmp_path / "data"
    assert _cli(data, "demo").returncode == 0
    before = _cli(data, "list").stdout
    starts = [_start(data), _start(data)]
    try:
        # The second start asks the first to come forward and stops; the first keeps its window open.
        done = []
        for _ in range(600):
            done = [p for p in starts if p.poll() is not None]
            if done:
                break
            with contextlib.suppress(subprocess.TimeoutExpired):
                starts[0].wait(timeout=0.1)
        assert len(done) == 1, "exactly one start stops by itself"
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
    assert _cli(data, "check").returncode == 0
    assert _cli(data, "list").stdout == before
