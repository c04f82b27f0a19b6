"""Start-up time: from process spawn until the main window is shown, beside a bare PySide6 window.

    python tests/benchmarks/bench_startup.py [--runs 7] [--exe dist/ons-plan/ons-plan] [--importtime] [--check]

Each run is a fresh process with the offscreen platform. The clock starts just before the spawn and stops when the
process prints its marker line: the app prints ``smoke test: window shown`` from a zero timer after ``window.show()``
(the real start-up path of ``wijkteam --smoke-test``; the plans are read right after), the bare window prints
``shown`` the same way. The runs of each kind are interleaved so a busy moment on the machine hits them alike.
Target: the app's window within 2x the bare window.
With ``--importtime``, or when the target is missed, the biggest import costs of the app's start are listed.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.compiled import compile_app  # noqa: E402

TARGET_RATIO = 2.0
TIMEOUT = 120.0

def bare_window(width: int = 1000, height: int = 700) -> str:
    """A bare PySide6 window of this size, as a script that prints ``shown`` once it is up and then ends."""
    return f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize({width}, {height})
window.show()

def shown():
    print("shown", flush=True)
    window.close()
    app.quit()

QTimer.singleShot(0, shown)
sys.exit(app.exec())
"""


BARE_WINDOW = bare_window()

#: What the ``wijkteam`` console script runs; ``sys.argv[1:]`` carries the options.
APP = "import sys; from wijkteam.__main__ import run; sys.exit(run())"


@dataclass
class Series:
    label: str
    command: Callable[[], list[str]]
    marker: str
    times: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.times)


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONUNBUFFERED"] = "1"  # the marker must arrive when it is printed, not when the process ends
    env.setdefault("LANG", "C.UTF-8")
    env.pop("WIJKTEAM_DATA_DIR", None)
    # The plans open with the family's passphrase; the clock stops when the window shows, before it is asked for.
    env.setdefault("WIJKTEAM_PASSPHRASE", "start-up benchmark passphrase")
    return env


def time_until_marker(command: Sequence[str], marker: str) -> float:
    """Seconds from spawn until a stdout line starts with ``marker``; the process must then exit cleanly."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=environment(),
        text=True, encoding="utf-8", errors="replace",
    )
    elapsed: float | None = None
    seen: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        if elapsed is None and line.startswith(marker):
            elapsed = time.perf_counter() - started
        seen.append(line)
    try:
        _, stderr = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, stderr = proc.communicate()
    output = "".join(seen)
    if elapsed is None or proc.returncode != 0 or "mislukt" in output:
        raise RuntimeError(f"{command[0]} ... failed (exit {proc.returncode}):\n{output}\n{stderr[-3000:]}")
    return elapsed


APP_PACKAGES = ("wijkteam", "ui", "models")


@dataclass
class ImportRow:
    level: int
    name: str
    own: float
    cumulative: float
    via: tuple[str, ...] = ()  # the app modules whose import led here, outermost first


def parse_importtime(stderr: str) -> list[ImportRow]:
    """The rows of ``-X importtime``, each with the chain of app modules that imported it."""
    rows: list[ImportRow] = []
    for line in stderr.splitlines():
        match = re.match(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( +)(\S+)", line)
        if match:
            level = (len(match.group(3)) - 1) // 2
            rows.append(ImportRow(level, match.group(4), int(match.group(1)) / 1e6, int(match.group(2)) / 1e6))
    # A module's line comes after the lines of what it imported: walk backwards to find each one's parents.
    stack: list[ImportRow] = []
    for row in reversed(rows):
        while stack and stack[-1].level >= row.level:
            stack.pop()
        row.via = tuple(r.name for r in stack if r.name.split(".")[0] in APP_PACKAGES)
        stack.append(row)
    return rows


def print_import_costs(command: Sequence[str], top: int) -> None:
    proc = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]], capture_output=True, text=True, env=environment(),
        timeout=TIMEOUT,
    )
    rows = parse_importtime(proc.stderr)
    print("\nImports during a start with an existing database (python -X importtime; the measuring inflates it).")
    print(f"Top-level imports by cumulative time (top {top}):")
    for row in sorted((r for r in rows if r.level == 0), key=lambda r: r.cumulative, reverse=True)[:top]:
        print(f"  {row.cumulative:7.3f} s  {row.name}")
    by_package: dict[str, float] = {}
    first: dict[str, ImportRow] = {}
    for row in rows:
        package = row.name.split(".")[0]
        by_package[package] = by_package.get(package, 0.0) + row.own
        if package not in first or row.cumulative > first[package].cumulative:
            first[package] = row
    print(f"Own import time summed per package, and which app modules pull it in (top {top}):")
    for package, seconds in sorted(by_package.items(), key=lambda item: item[1], reverse=True)[:top]:
        via = " > ".join(first[package].via)
        print(f"  {seconds:7.3f} s  {package:<20} {'via ' + via if via else ''}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each kind (default 7)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured runs first, to fill the disk cache")
    parser.add_argument("--exe", type=Path, help="time this frozen bundle executable instead of the Python source")
    parser.add_argument("--importtime", action="store_true", help="always list the biggest import costs")
    parser.add_argument("--top", type=int, default=15, help="how many imports to list")
    parser.add_argument("--check", action="store_true", help="exit 1 when the target is missed")
    args = parser.parse_args(argv)

    compile_app()  # the figures are those of the app as installed (``tests/compiled.py``)
    scratch = Path(tempfile.mkdtemp(prefix="ons-plan-bench-"))
    counter = iter(range(1_000_000))

    def app(data_dir: Path) -> list[str]:
        if args.exe:
            return [str(args.exe.resolve()), "--smoke-test", "--data-dir", str(data_dir)]
        return [sys.executable, "-c", APP, "--smoke-test", "--data-dir", str(data_dir)]

    existing = scratch / "existing"
    bare = Series("bare PySide6 window", lambda: [sys.executable, "-c", BARE_WINDOW], "shown")
    normal = Series("Ons Plan, existing database", lambda: app(existing), "smoke test: window shown")
    first = Series("Ons Plan, new data folder", lambda: app(scratch / f"new-{next(counter)}"),
                   "smoke test: window shown")
    series = [bare, normal, first]
    try:
        time_until_marker(app(existing), "smoke test:")  # creates and migrates the database once
        for _ in range(args.warmup):
            for s in series:
                time_until_marker(s.command(), s.marker)
        for _ in range(args.runs):
            for s in series:
                s.times.append(time_until_marker(s.command(), s.marker))
        try:
            import PySide6

            qt = f"PySide6 {PySide6.__version__}"
        except ImportError:
            qt = "PySide6 ?"
        what = f"bundle {args.exe}" if args.exe else f"Python {platform.python_version()}"
        print(f"Start-up until the window is shown, median of {args.runs} runs ({what}, {qt}, "
              f"{os.cpu_count()} CPUs, {platform.system()})")
        missed = False
        for s in series:
            line = f"  {s.label:<30} {s.median:6.3f} s   (min {min(s.times):.3f}, max {max(s.times):.3f})"
            if s is not bare:
                ratio = s.median / bare.median
                met = ratio <= TARGET_RATIO
                missed |= not met
                line += f"   {ratio:.1f}x the bare window: target <= {TARGET_RATIO:.0f}x {'met' if met else 'MISSED'}"
            print(line)
        if (args.importtime or missed) and not args.exe:
            print_import_costs(app(existing), args.top)
        return 1 if missed and args.check else 0
    except RuntimeError as exc:
        print(f"Measurement failed: {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
