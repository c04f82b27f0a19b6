"""Fast with many plans: the start, the plan list, a key in its search box and a PDF, at 10, 100 and 500 plans.

    .venv/bin/python tests/benchmarks/bench_many_plans.py [--runs 7] [--reps 5] [--plans 10 100 500] [--check]

The data folders are made once per run, through the services (``plan_folders.py``): encrypted, with a key file under
a known passphrase, which the processes get as WIJKTEAM_PASSPHRASE. Every figure is measured beside a bare PySide6
window in the same run, and the runs of every kind take turns, so a busy moment on the machine hits them alike:
absolute times drift on a shared machine, ratios much less.

- **main window shown** and **plan list filled and painted**: a fresh ``wijkteam --smoke-test`` process per run, timed
  from its spawn to the lines ``smoke test: window shown`` (the first turn of the event loop after ``window.show()``)
  and ``smoke test: plans shown`` (after the window was drawn with the plans in it). The bare window prints ``shown``
  the same way. Targets: the window within 1.5x the bare window; the list within 2x at 10 plans, 2.5x at 500.
- **lock screen shown**: the same start without WIJKTEAM_PASSPHRASE, until ``smoke test: screens shown`` (the window
  drawn with the lock screen, where the family types); then the process is stopped. No target: what a family waits
  for before typing.
- **plans painted after Enter**: the same start without WIJKTEAM_PASSPHRASE, where the passphrase is typed on the
  lock screen once the database layer has imported (a family types for longer than that takes), and Enter pressed;
  timed from that key to ``smoke test: plans shown``. No target: what a family waits for once they typed.
- **export-pdf**: ``wijkteam export-pdf`` of the demo familiegroepsplan as a whole process, spawn to exit, against the
  bare window's whole process. Target: within 3x.
- **key in the search box**: the real main window (offscreen, 1366x768) types ``j``, ``a``, ``n`` and three
  backspaces into the search box of the plan list, ``--reps`` times; each key is timed from the key press until the
  window has nothing left to do (the rows filtered and fitted, the window drawn again). The figure is the slowest
  key's median. Beside it the same keys in the line edit of a bare window. Target: 16 ms (one frame) at 500 plans.
- **growth**: every figure at most linear in the number of plans; the table shows the cost per 100 plans more.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_startup import APP, bare_window  # noqa: E402
from plan_folders import PASSPHRASE, make_folder  # noqa: E402

from tests.compiled import compile_app  # noqa: E402

TIMEOUT = 180.0
WINDOW_RATIO = 1.5
LIST_RATIO = {10: 2.0, 500: 2.5}
PDF_RATIO = 3.0
KEY_MS = 16.0
#: Typed into the search box: three keys that narrow the list, then three that widen it again to every plan.
KEYS = ("j", "a", "n", "⌫", "⌫", "⌫")

#: The bare window at the laptop size of the families, beside which every figure is measured.
BARE_WINDOW = bare_window(1366, 768)

#: The window as a family opens it: once the lock screen is drawn and the database layer imported, the passphrase
#: (``BENCH_PASSPHRASE``) goes into the field that has the keyboard, and Enter is pressed.
ENTER_APP = """
import os, sys
import wijkteam.__main__ as start
from wijkteam import preload

drawn = start.WindowStart._on_lock_drawn

def typed(self):
    drawn(self)
    preload.wait()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    field = self.app.focusWidget()
    field.setText(os.environ["BENCH_PASSPHRASE"])
    print("enter pressed", flush=True)
    QTest.keyClick(field, Qt.Key.Key_Return)

start.WindowStart._on_lock_drawn = typed
sys.exit(start.run())
"""


def environment(scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1", WIJKTEAM_PASSPHRASE=PASSPHRASE,
               XDG_CONFIG_HOME=str(scratch / "config"))  # the window's settings stay out of the real ones
    env.setdefault("LANG", "C.UTF-8")
    env.pop("WIJKTEAM_DATA_DIR", None)
    return env


def timed_process(command: Sequence[str], markers: Sequence[str], env: dict[str, str], cwd: Path, *,
                  stop_at: str | None = None) -> dict[str, float]:
    """Seconds from spawn until each marker line appears on stdout, and until the process has ended ("exit").

    With ``stop_at`` the process is stopped once that marker appeared (a window that waits for a passphrase)."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                            env=env, cwd=cwd, text=True, encoding="utf-8", errors="replace")
    seen: dict[str, float] = {}
    lines: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        for marker in markers:
            if marker not in seen and line.startswith(marker):
                seen[marker] = time.perf_counter() - started
        lines.append(line)
        if stop_at is not None and stop_at in seen:
            proc.kill()
            break
    try:
        _, stderr = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, stderr = proc.communicate()
    seen["exit"] = time.perf_counter() - started
    output = "".join(lines)
    stopped = stop_at is not None and stop_at in seen
    if (proc.returncode != 0 and not stopped) or "mislukt" in output or any(marker not in seen for marker in markers):
        raise RuntimeError(f"{' '.join(command[:3])} ... failed (exit {proc.returncode}):\n{output}\n{stderr[-3000:]}")
    return seen


@dataclass
class Figure:
    """One measured quantity per number of plans (``None``: the same for every number, such as the bare window)."""

    label: str
    unit: str = "s"
    values: dict[int | None, list[float]] = field(default_factory=dict)
    #: Per number of plans, the measurements one figure summarises when it holds one value only (the key's rounds).
    samples: dict[int | None, list[float]] = field(default_factory=dict)

    def add(self, plans: int | None, value: float) -> None:
        self.values.setdefault(plans, []).append(value)

    def median(self, plans: int | None) -> float:
        return statistics.median(self.values[plans])

    def spread(self, plans: int | None) -> float:
        """How far one measurement strays from the median (median absolute deviation): the noise of the figure."""
        values = self.samples.get(plans) or self.values[plans]
        middle = statistics.median(values)
        return statistics.median(abs(value - middle) for value in values)

    def show(self, plans: int | None) -> str:
        value = self.median(plans)
        return f"{value * 1000:6.1f} ms" if self.unit == "ms" else f"{value:6.3f} s "


# ------------------------------------------------------------------------------------- typing, in a child process


def child_typing(folder: str, reps: int) -> int:
    """Type ``KEYS`` into the search box of the real window on ``folder`` (or a bare window's line edit: ``-``)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, os.getcwd())  # the tree measured (``--root``), before the one the virtual env points at
    from PySide6.QtCore import QAbstractEventDispatcher, QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

    def drain() -> None:
        dispatcher = QAbstractEventDispatcher.instance()
        for _ in range(200):  # until a turn of the event loop finds nothing to do
            if not dispatcher.processEvents(QEventLoop.ProcessEventsFlag.AllEvents):
                break

    shown = lambda: -1  # noqa: E731
    if folder == "-":
        _app = QApplication(sys.argv[:1])
        window = QMainWindow()
        edit = QLineEdit()
        window.setCentralWidget(edit)
    else:
        from wijkteam.db import open_database
        from wijkteam.keystore import KeyStore
        from wijkteam.services import Services

        try:  # the flat ui/ of before, to measure an older tree with --root (first: the installed tree fills gaps)
            from ui.app import create_application  # type: ignore[import-not-found]
            from ui.main_window import MainWindow  # type: ignore[import-not-found]
        except ImportError:
            from ui.window.app import create_application
            from ui.window.main_window import MainWindow

        _app = create_application(sys.argv[:1])
        path = Path(folder)
        services = Services.for_engine(open_database(path / "wijkteam.sqlite", path / "backups",
                                                     KeyStore(path).unlock(PASSPHRASE)))
        window = MainWindow(services, load_plans=False)
        edit = window.start_view.plans.search_edit
        shown = window.start_view.model.rowCount
    window.resize(1366, 768)
    window.show()
    drain()
    if folder != "-":
        window.show_start()
        drain()
    edit.setFocus()
    drain()
    times: list[list[float]] = [[] for _ in KEYS]
    rows: list[int] = [0 for _ in KEYS]
    for rep in range(reps + 1):  # the first round is not counted: the first key event sets up the keyboard
        for number, key in enumerate(KEYS):
            started = time.perf_counter()
            if key == "⌫":
                QTest.keyClick(edit, Qt.Key.Key_Backspace)
            else:
                QTest.keyClick(edit, key)
            drain()
            if rep:
                times[number].append(time.perf_counter() - started)
            rows[number] = shown()
    print(json.dumps({"times": times, "rows": rows}))
    window.close()
    return 0


def typing(folder: Path | None, reps: int, env: dict[str, str], cwd: Path) -> tuple[list[list[float]], list[int]]:
    result = subprocess.run([sys.executable, __file__, "--child-typing", str(folder or "-"), "--reps", str(reps)],
                            capture_output=True, text=True, env=env, cwd=cwd, timeout=TIMEOUT * 4)
    if result.returncode != 0:
        raise RuntimeError(f"typing in {folder or 'a bare window'} failed:\n{result.stdout}\n{result.stderr[-3000:]}")
    data = json.loads(result.stdout.strip().splitlines()[-1])
    return data["times"], data["rows"]


# -------------------------------------------------------------------------------------------------------- report


def growth_line(figure: Figure, counts: Sequence[int]) -> str:
    """Cost per 100 plans more, between each two numbers of plans; linear means the later slope is not steeper."""
    values = [figure.median(n) for n in counts]
    scale = 1000 if figure.unit == "ms" else 1
    unit = "ms" if figure.unit == "ms" else "s"
    slopes = [(values[i + 1] - values[i]) / (counts[i + 1] - counts[i]) * 100 for i in range(len(counts) - 1)]
    cells = "".join(f"{value * scale:10.3f}" for value in values)
    slope_cells = "".join(f"{slope * scale:+14.4f}" for slope in slopes)
    # Noise first: a figure that hardly grows (the window, the PDF) wobbles by a few per cent either way on a shared
    # machine, which a slope per 100 plans magnifies; growth that matters is far larger than that. A figure of a few
    # milliseconds (the key) wobbles by more: twice its measured spread is noise too.
    tolerance = max(0.03 * values[0], 2 * max(figure.spread(n) for n in counts))
    linear = all(later <= max(1.5 * earlier, 0.0) + tolerance for earlier, later in zip(slopes, slopes[1:],
                                                                                          strict=False))
    # A figure no higher at the most plans than at the fewest (within the noise) does not grow at all, whatever its
    # slopes wobble in between (the slowest key at 10 plans is the one that brings the list back).
    linear = linear or values[-1] <= 1.15 * values[0] + tolerance
    return f"  {figure.label:<34}{cells}  {slope_cells} {unit}   {'at most linear' if linear else 'FASTER THAN LINEAR'}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="measured processes of each kind (default 7)")
    parser.add_argument("--reps", type=int, default=5, help="rounds of typing in the search box (default 5)")
    parser.add_argument("--plans", type=int, nargs="+", default=[10, 100, 500], help="numbers of plans")
    parser.add_argument("--root", type=Path, default=HERE.parents[1], help="the source tree to measure")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--child-typing", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_typing:
        return child_typing(args.child_typing, args.reps)

    counts = sorted(args.plans)
    root = args.root.resolve()
    compile_app(root)  # the figures are those of the app as installed
    scratch = Path(tempfile.mkdtemp(prefix="ons-plan-many-"))
    env = environment(scratch)
    locked_env = {name: value for name, value in env.items() if name != "WIJKTEAM_PASSPHRASE"}
    typing_env = {**locked_env, "BENCH_PASSPHRASE": PASSPHRASE}
    try:
        folders: dict[int, tuple[Path, int]] = {}
        for count in counts:
            started = time.perf_counter()
            folder = scratch / f"plans-{count}"
            folders[count] = (folder, make_folder(folder, count))
            print(f"made a data folder with {count} plans in {time.perf_counter() - started:.1f} s", file=sys.stderr)

        bare_shown = Figure("bare PySide6 window shown")
        bare_process = Figure("bare PySide6 window, whole process")
        window = Figure("main window shown")
        lock_shown = Figure("lock screen shown")
        plans_shown = Figure("plan list filled and painted")
        after_enter = Figure("plans painted after Enter")
        pdf = Figure("export-pdf, whole process")
        python = sys.executable

        def one_round(measured: bool) -> None:
            bare = timed_process([python, "-c", BARE_WINDOW], ["shown"], env, root)
            if measured:
                bare_shown.add(None, bare["shown"])
                bare_process.add(None, bare["exit"])
            for count, (folder, _plan) in folders.items():
                app = timed_process([python, "-c", APP, "--smoke-test", "--data-dir", str(folder)],
                                    ["smoke test: window shown", "smoke test: plans shown"], env, root)
                screens = "smoke test: screens shown"
                locked = timed_process([python, "-c", APP, "--smoke-test", "--data-dir", str(folder)], [screens],
                                       locked_env, root, stop_at=screens)
                typed = timed_process([python, "-c", ENTER_APP, "--smoke-test", "--data-dir", str(folder)],
                                      ["enter pressed", "smoke test: plans shown"], typing_env, root)
                if measured:
                    window.add(count, app["smoke test: window shown"])
                    plans_shown.add(count, app["smoke test: plans shown"])
                    lock_shown.add(count, locked[screens])
                    after_enter.add(count, typed["smoke test: plans shown"] - typed["enter pressed"])
            for count, (folder, plan) in folders.items():
                out = timed_process([python, "-m", "wijkteam", "--data-dir", str(folder), "export-pdf", str(plan),
                                     str(scratch / "plan.pdf")], [], env, root)
                if measured:
                    pdf.add(count, out["exit"])

        one_round(measured=False)  # fills the disk cache, writes the bytecode
        for _ in range(args.runs):
            one_round(measured=True)

        keys = Figure("key in the search box (slowest)", "ms")
        bare_keys = Figure("bare window, key in a line edit", "ms")
        bare_times, _rows = typing(None, args.reps, env, root)
        bare_keys.add(None, max(statistics.median(t) for t in bare_times))
        per_key: dict[int, tuple[list[float], list[int]]] = {}
        for count, (folder, _plan) in folders.items():
            key_times, rows = typing(folder, args.reps, env, root)
            medians = [statistics.median(t) for t in key_times]
            keys.add(count, max(medians))
            keys.samples[count] = key_times[medians.index(max(medians))]  # the rounds of the slowest key
            per_key[count] = (medians, rows)

        try:
            import PySide6

            qt = f"PySide6 {PySide6.__version__}"
        except ImportError:
            qt = "PySide6 ?"
        print(f"Ons Plan with many plans: medians of {args.runs} processes and {args.reps} rounds of typing "
              f"(Python {platform.python_version()}, {qt}, {os.cpu_count()} CPUs, {platform.system()}; {root})")
        print(f"  {bare_shown.label:<40}{bare_shown.show(None)}")
        print(f"  {bare_process.label:<40}{bare_process.show(None)}")
        print(f"  {bare_keys.label:<40}{bare_keys.show(None)}")
        print()
        header = "".join(f"{f'{n} plans':>16}" for n in counts)
        print(f"  {'':<36}{header}   target")
        missed: list[str] = []

        def row(figure: Figure, reference: Figure | None, target: str, limit: dict[int, float] | None) -> None:
            cells = []
            for n in counts:
                cell = figure.show(n)
                if reference is not None:
                    ratio = figure.median(n) / reference.median(None)
                    cell += f" {ratio:4.2f}x"
                    if limit is not None and n in limit and ratio > limit[n]:
                        missed.append(f"{figure.label} at {n} plans: {ratio:.2f}x, target {limit[n]}x")
                elif limit is not None and n in limit and figure.median(n) * 1000 > limit[n]:
                    missed.append(f"{figure.label} at {n} plans: {figure.median(n) * 1000:.1f} ms")
                cells.append(f"{cell:>16}")
            print(f"  {figure.label:<36}{''.join(cells)}   {target}")

        row(window, bare_shown, f"<= {WINDOW_RATIO}x the bare window", dict.fromkeys(counts, WINDOW_RATIO))
        row(lock_shown, bare_shown, "where the family types (no target)", None)
        row(plans_shown, bare_shown, "<= 2x at 10, <= 2.5x at 500", LIST_RATIO)
        row(after_enter, None, "what a family waits for once they typed (no target)", None)
        row(pdf, bare_process, f"<= {PDF_RATIO:.0f}x the bare window's process", dict.fromkeys(counts, PDF_RATIO))
        row(keys, None, f"<= {KEY_MS:.0f} ms at {counts[-1]} plans", {counts[-1]: KEY_MS})
        print()
        print("  Each key in the search box, median (rows shown after it):")
        for n in counts:
            medians, rows = per_key[n]
            cells = "  ".join(f"{key} {m * 1000:5.1f} ms ({r})" for key, m, r in zip(KEYS, medians, rows, strict=True))
            print(f"    {n:>4} plans: {cells}")
        print()
        slopes = "".join(f"{f'{a}->{b} /100':>14}" for a, b in zip(counts, counts[1:], strict=False))
        print(f"  Growth: {'':<28}{''.join(f'{n:>10}' for n in counts)}  {slopes}")
        for figure in (window, lock_shown, plans_shown, after_enter, pdf, keys):
            print(growth_line(figure, counts))
        if missed:
            print("\nMissed: " + "; ".join(missed))
        return 1 if missed and args.check else 0
    except RuntimeError as exc:
        print(f"Measurement failed: {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
