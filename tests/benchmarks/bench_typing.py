"""How long the window stalls while the family types, with saving as they type.

The real editor (offscreen) on a real, encrypted database in a temporary folder, on a plan whose parts hold long
texts. Keys come from a timer, as a fluent typist types them (12 keys a second); a 1 ms timer notes every turn of the
event loop, and the longest gap between two turns is the longest stall a person could notice. Target: 16 ms, one frame.

    .venv/bin/python tests/benchmarks/bench_typing.py [--seconds 8] [--chars 20000]

It prints, per situation: the longest gap, the longest gap during which a text was being stored (on any thread), the
99th percentile, and how often the text was stored. For comparison it also runs the typing without any saving, with
saving on the window's own thread (as before the writer thread), and while another program holds the database.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
os.environ.setdefault("WIJKTEAM_PASSPHRASE", "bench typing passphrase")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from tests import dbfile  # noqa: E402

WORDS = ("wij", "willen", "rust", "thuis", "en", "tijd", "voor", "elkaar", "oma", "komt", "op", "maandag", "en", "de",
         "school", "belt", "als", "het", "niet", "lukt")
KEY_MS = 80  # 12.5 keys a second: a fluent typist


def make_data_folder(folder: Path) -> None:
    """Two example plans, made by the command line as a family would start."""
    subprocess.run([sys.executable, "-m", "wijkteam", "--data-dir", str(folder), "demo"], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # stderr: the recovery code, once


def open_services(folder: Path) -> Any:
    from wijkteam.db import open_database
    from wijkteam.services import Services

    database = folder / "wijkteam.sqlite"
    return Services.for_engine(open_database(database, folder / "backups", dbfile.key_for(database)))


def long_text(chars: int, paragraph: int = 400) -> str:
    """Words in paragraphs of about ``paragraph`` characters, as people write them."""
    out: list[str] = []
    size = line = 0
    while size < chars:
        word = WORDS[len(out) % len(WORDS)]
        sep = "\n" if line + len(word) > paragraph else " "
        line = 0 if sep == "\n" else line + len(word) + 1
        out.append(word + sep)
        size += len(word) + 1
    return "".join(out)[:chars]


def fill_plan(services: Any, plan_id: int, chars: int) -> None:
    from wijkteam.services import FAMILY

    for section in services.plans.get_plan(plan_id).sections:
        services.plans.set_section_text(section.id, long_text(chars), FAMILY)
    services.plans.update_plan(plan_id, FAMILY, plan_b=long_text(min(chars, 5000)))


def timed(call: Callable[[], object], runs: int = 40) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def one_save_figures(services: Any, plan_id: int) -> list[str]:
    """What one save costs when it runs on the thread that calls it: the history row is folded each time."""
    from wijkteam.services import FAMILY

    section = services.plans.get_plan(plan_id).sections[0]
    base = services.plans.get_section(section.id).text
    counter = iter(range(10_000))
    text_ms = timed(lambda: services.plans.set_section_text(section.id, f"{base} {next(counter)}", FAMILY))
    plan_b_ms = timed(lambda: services.plans.update_plan(plan_id, FAMILY, plan_b=f"plan b {next(counter)}"))
    note = services.plans.add_private_note(plan_id, FAMILY, "notitie")
    note_ms = timed(lambda: services.private_notes.update_text(note, f"{base[:5000]} {next(counter)}", FAMILY))
    return [
        f"one save, {len(base):,} characters of text: median {text_ms[0]:.1f} ms, longest {text_ms[1]:.1f} ms",
        f"one save of plan B: median {plan_b_ms[0]:.1f} ms, longest {plan_b_ms[1]:.1f} ms",
        f"one save of a private note: median {note_ms[0]:.1f} ms, longest {note_ms[1]:.1f} ms",
    ]


#: (start, end) of every attempt to store a text, on whichever thread it ran.
SAVES: list[tuple[float, float]] = []


def watch_saves() -> None:
    from ui.common import autosave

    attempt = autosave._attempt

    def noted(job: Any) -> Any:
        start = time.perf_counter()
        try:
            return attempt(job)
        finally:
            SAVES.append((start, time.perf_counter()))

    autosave._attempt = noted


class LoopWatch:
    """Notes every turn of the event loop through a 1 ms timer; a gap between two turns is a stall."""

    def __init__(self) -> None:
        self.stamps: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))

    def gaps(self) -> list[tuple[float, float]]:
        return list(zip(self.stamps, self.stamps[1:], strict=False))


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def type_for(editor: Any, seconds: float) -> tuple[list[tuple[float, float]], int]:
    """Type into the open part for ``seconds``; the gaps of the event loop meanwhile, and how often it was saved."""
    text_edit = editor.panel.text_edit
    saves = [0]

    def count(*_args: object) -> None:
        saves[0] += 1

    editor.autosaver.saved.connect(count)
    letters = iter(long_text(int(seconds * 1000 / KEY_MS) + 10).replace("\n", " "))
    typist = QTimer()
    typist.setTimerType(Qt.TimerType.PreciseTimer)
    typist.setInterval(KEY_MS)
    typist.timeout.connect(lambda: QTest.keyClicks(text_edit, next(letters)))
    watch = LoopWatch()
    wait(300)  # let the window settle
    watch.timer.start()
    typist.start()
    wait(int(seconds * 1000))
    typist.stop()
    wait(1500)  # the last save after the pause, and its answer
    watch.timer.stop()
    editor.autosaver.saved.disconnect(count)
    return watch.gaps(), saves[0]


def describe(name: str, gaps: list[tuple[float, float]], saves: int) -> str:
    ordered = sorted((end - start) * 1000 for start, end in gaps)
    p99 = ordered[int(len(ordered) * 0.99)] if ordered else 0.0
    worst = ordered[-1] if ordered else 0.0
    while_saving = [(end - start) * 1000 for start, end in gaps
                    if any(s < end and e > start for s, e in SAVES)]
    during = max(while_saving, default=0.0)
    return (f"{name:<56} longest stall {worst:6.1f} ms, while storing {during:6.1f} ms, "
            f"99% under {p99:4.1f} ms, stored {saves}x")


@contextmanager
def write_lock(database: Path) -> Iterator[None]:
    with closing(dbfile.connect(database)) as con:
        con.isolation_level = None
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE plan SET title = title")
        try:
            yield
        finally:
            con.execute("ROLLBACK")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8.0, help="how long to type in each situation")
    parser.add_argument("--chars", type=int, default=20_000, help="characters in every part of the plan")
    args = parser.parse_args()

    from ui.window.app import create_application

    app = create_application([sys.argv[0]])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "settings"))
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        make_data_folder(folder)
        services = open_services(folder)
        plan_id = services.plans.list_plans()[0].id
        fill_plan(services, plan_id, args.chars)
        lines = one_save_figures(services, plan_id)
        watch_saves()

        from ui.common import autosave
        from ui.window.main_window import MainWindow

        window = MainWindow(services)
        window.resize(1366, 768)
        window.show()
        window.open_plan(plan_id)
        editor = window.editor_view
        editor.focus_text()
        saver = editor.autosaver

        hand_over = []
        for _ in range(40):
            editor.panel.text_edit.insertPlainText("x")
            start = time.perf_counter()
            saver.save_now()  # all a save costs the window: read the text, hand it to the writer
            hand_over.append((time.perf_counter() - start) * 1000)
            wait(20)
        lines.append(f"a save on the window's thread (read the text, hand it over): median "
                     f"{statistics.median(hand_over):.2f} ms, longest {max(hand_over):.2f} ms")

        results = [describe("typing, saving on the writer thread (the app)", *type_for(editor, args.seconds))]

        real_save = saver._save
        saver._save = lambda *_args: None
        results.append(describe("typing, not saving at all (what typing alone costs)", *type_for(editor, args.seconds)))
        saver._save = real_save

        saver.timer.timeout.disconnect()
        saver.max_timer.timeout.disconnect()
        saver.timer.timeout.connect(saver.flush)
        saver.max_timer.timeout.connect(saver.flush)
        results.append(describe("typing, saving on the window's thread (for comparison)",
                                *type_for(editor, args.seconds)))
        saver.timer.timeout.disconnect()
        saver.max_timer.timeout.disconnect()
        saver.timer.timeout.connect(saver.save_now)
        saver.max_timer.timeout.connect(saver.save_now)

        with write_lock(folder / "wijkteam.sqlite"):
            gaps, saves = type_for(editor, args.seconds)
            waiting = saver.pending and saver.busy
            from wijkteam.errors import UserError
            from wijkteam.services import FAMILY

            section_id = editor.current_section().id
            start = time.perf_counter()
            with suppress(UserError):  # as every save did before: on the window's thread, the normal wait for a lock
                services.plans.set_section_text(section_id, "voorheen", FAMILY)
            before_ms = (time.perf_counter() - start) * 1000
        results.append(describe("typing while another program holds the database", gaps, saves))
        wait(2500)  # the lock is gone: the writer's next try stores the text
        lines.append(f"while locked, the text waited (not lost): {waiting}; stored once the lock was gone: "
                     f"{not saver.pending}")
        lines.append(f"one save on the window's thread while locked, as before: the window froze {before_ms:.0f} ms")

        editor.panel.text_edit.insertPlainText(" nog een zin")
        start = time.perf_counter()
        stored = autosave.flush_all()
        lines.append(f"an explicit flush (PDF, version, lock screen) that must wait: "
                     f"{(time.perf_counter() - start) * 1000:.1f} ms, stored: {stored}")

        window.editor_view._confirm_leave_unsaved = lambda: True
        window.close()
        services.dispose()
        app.processEvents()

    print(f"Plan with {args.chars:,} characters in each part; {1000 / KEY_MS:.1f} keys a second, "
          f"{args.seconds:g} s per situation; target: longest stall <= 16 ms")
    for line in lines + results:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
