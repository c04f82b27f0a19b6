"""Twenty double starts on one data folder: each time one window, and nothing overwritten. Run on demand:

    .venv/bin/python tests/benchmarks/double_start.py [ROUNDS]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from wijkteam.instance_lock import InstanceLock  # noqa: E402

PASSPHRASE = "double start passphrase"


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wijkteam", "--data-dir", str(data), *args], env=ENV, text=True,
                          capture_output=True, timeout=120)


ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WIJKTEAM_PASSPHRASE": PASSPHRASE}


def main(rounds: int) -> int:
    data = Path(tempfile.mkdtemp(prefix="double-start-")) / "data"
    run(data, "demo")
    before = run(data, "list").stdout
    failures = 0
    for number in range(1, rounds + 1):
        starts = [subprocess.Popen([sys.executable, "-m", "wijkteam", "--data-dir", str(data)], env=ENV, text=True,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and all(p.poll() is None for p in starts):
            time.sleep(0.05)
        stopped = [p for p in starts if p.poll() is not None]
        windows = sum(1 for p in starts if p.poll() is None)
        held = InstanceLock(data).is_held_elsewhere()
        for process in starts:
            if process.poll() is None:
                process.kill()
            process.communicate()
        ok = len(stopped) == 1 and windows == 1 and held and stopped[0].returncode == 0
        unchanged = run(data, "list").stdout == before and run(data, "check").returncode == 0
        failures += not (ok and unchanged)
        print(f"round {number:2}: windows={windows} stopped={len(stopped)} lock held={held} "
              f"unchanged={unchanged} -> {'ok' if ok and unchanged else 'FAILED'}")
    print(f"{rounds - failures} of {rounds} double starts opened exactly one window")
    return 1 if failures else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Double starts on one data folder: one window each time.")
    parser.add_argument("rounds", nargs="?", type=int, default=20, help="how many double starts (20)")
    sys.exit(main(parser.parse_args().rounds))
