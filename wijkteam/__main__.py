"""Start-up: the one place that knows ``ui``, ``wijkteam`` and ``models`` together (the composition root).

Order: crash hook; paths; logging; then either a command (no Qt) or the window. The window shows as soon as it can:
before it only Qt, the look, the Dutch texts and the lock on the data folder (one window per folder) are loaded. Right
after it is first drawn comes the lock screen (or the first start), alone; once that is drawn, the start view, the
menus, the single-instance server and the watcher for changes from outside, and then the database layer is imported
while the passphrase is typed (it costs more to import than Qt takes to start); only then is the database opened (and
migrated). The lock comes before the database, so a second start never opens the same file twice.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from wijkteam.crash import CrashHook
from wijkteam.errors import EXIT_FAILURE, EXIT_OK
from wijkteam.logs import setup_logging
from wijkteam.paths import AppPaths, app_paths

if TYPE_CHECKING:
    import argparse

    from PySide6.QtWidgets import QWidget

    from ui.security.vault_controller import VaultController
    from ui.window.change_watcher import ChangeWatcher
    from ui.window.main_window import MainWindow
    from ui.window.single_instance import SingleInstance
    from wijkteam.instance_lock import InstanceLock
    from wijkteam.services import Services
    from wijkteam.vault import Vault

log = logging.getLogger("wijkteam")

#: How long the start waits to hear that the window was drawn before it goes on anyway.
FIRST_PAINT_WAIT_MS = 250


def instance_key(data_dir: Path) -> str:
    """One running window per user and data folder."""
    import getpass
    import hashlib

    digest = hashlib.sha256(str(data_dir).encode("utf-8")).hexdigest()[:16]
    user = "".join(c for c in getpass.getuser() if c.isalnum()) or "user"
    return f"wijkteam-{user}-{digest}"


def window_options(argv: list[str]) -> tuple[str | None, bool] | None:
    """``--data-dir MAP`` and ``--smoke-test``, all a start of the window takes, read without building the parser of
    every command; None for anything else, which the full parser reads (and explains when it is wrong)."""
    data_dir: str | None = None
    smoke_test = False
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--smoke-test":
            smoke_test = True
        elif arg == "--data-dir" and rest and not rest[0].startswith("-"):
            data_dir = rest.pop(0)
        elif arg.startswith("--data-dir="):
            data_dir = arg.partition("=")[2]
        else:
            return None
    return data_dir, smoke_test


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args: argparse.Namespace | None = None
    options = window_options(argv)
    if options is None:
        from wijkteam.cli import build_parser

        args = build_parser().parse_args(argv)
        options = (args.data_dir, args.smoke_test)
    data_dir, smoke_test = options
    if os.name == "posix":
        # Everything the app writes is the family's alone: the database, its copies, logs, crash files, exports.
        os.umask(0o077)
    paths = app_paths(data_dir)
    hook = CrashHook(paths.crashes)
    hook.install()
    setup_logging(paths.log_dir)
    try:
        if args is not None and args.command:
            from wijkteam.cli import run_command

            return run_command(args, paths)
        return run_gui(paths, hook, smoke_test=smoke_test)
    except KeyboardInterrupt:  # Ctrl+C at a question of the command line: stop quietly, nothing was changed
        print("Gestopt.", file=sys.stderr)
        return 130
    except Exception:
        hook(*sys.exc_info())  # type: ignore[arg-type,unused-ignore]
        return EXIT_FAILURE


def run() -> int:
    """The ``wijkteam`` command and ``python -m wijkteam``: ``main``, and then out of the process without delay.

    What is still alive then goes with the process, but Python's cycle collector would first walk every object of
    SQLAlchemy, pydantic and Qt again at exit: 0.2-0.3 s after the last word was written (``export-pdf``, measured).
    ``gc.freeze`` keeps it out. The exit handlers (the log's last lines) still run, and files are closed as before.
    """
    code = main()
    gc.freeze()
    return code


def run_gui(paths: AppPaths, hook: CrashHook, *, smoke_test: bool = False) -> int:
    """Show the window first, then ask the passphrase and open the database: SQLAlchemy costs more to import than Qt
    takes to start, and the plans stay closed until the family opens them."""
    return WindowStart(paths, hook, smoke_test=smoke_test).run()


class WindowStart:
    """The start of the window, step by step, in the order the family sees it (see this module's text).

    With ``smoke_test`` it prints ``smoke test: window shown`` once the window is first drawn, ``smoke test: screens
    shown`` once it is drawn with its first page (the lock screen, where the family types), ``smoke test: plans shown``
    once it is drawn with the plans in it, and then ``smoke test: ok`` and closes (what the benchmarks time).
    """

    def __init__(self, paths: AppPaths, hook: CrashHook, *, smoke_test: bool = False) -> None:
        self.paths = paths
        self.hook = hook
        self.smoke_test = smoke_test
        self.crashes: list[str] = []
        self.vault: Vault | None = None
        self.controller: VaultController | None = None
        self.watcher: ChangeWatcher | None = None
        self.instance: SingleInstance | None = None
        self._built = False  # the screens after the first page (``_build_rest``)

    def run(self) -> int:
        from ui.window import feature_scan
        from ui.window.app import create_application

        feature_scan.skip()  # Qt is loaded now; the screens and the database layer come after
        from ui.window.main_window import MainWindow
        from wijkteam.instance_lock import InstanceLock
        from wijkteam.services import Services

        self.hook.show_dialog = self._on_crash
        self.app = create_application([sys.argv[0]])
        self.lock: InstanceLock = InstanceLock(self.paths.data_dir)
        if not self.lock.acquire():
            from ui.window.single_instance import SingleInstance

            SingleInstance(instance_key(self.paths.data_dir), self.lock).is_primary()  # that window comes forward
            print("Ons Plan is al geopend. Dat venster komt nu naar voren.")
            return EXIT_OK
        self.services: Services = Services.open(self.paths.database, self.paths.backups, self._key)
        self.window: MainWindow = MainWindow(self.services, load_plans=False, build=False)
        self.window.show_at_start()
        log.info("Main window shown")
        after_next_paint(self.window, self._on_window_drawn)
        try:
            code = self.app.exec()
        finally:
            if self.controller is not None:
                self.controller.wait()
            self.services.dispose()
            if self.instance is not None:
                self.instance.close()
            else:
                self.lock.release()
        return EXIT_FAILURE if self.smoke_test and self.crashes else code

    def _key(self) -> bytes:
        assert self.vault is not None  # the database opens only after the passphrase fitted
        return self.vault.key

    def _on_window_drawn(self) -> None:
        if self.smoke_test:  # what the start-up benchmark times
            print("smoke test: window shown", flush=True)
        self._step(self._build_lock)

    def _step(self, step: Callable[[], None]) -> None:
        """One step of the start; an error in it goes to the crash hook and ends the window."""
        try:
            step()
        except Exception:
            self.hook(*sys.exc_info())  # type: ignore[arg-type,unused-ignore]
            self.window.close()
            self.app.exit(EXIT_FAILURE)

    def _build_lock(self) -> None:
        """The page the family meets first, alone: the lock, the first start, or the page about a missing key.

        The start view, the menus and the rest come once it is drawn (``_build_rest``): making them first kept the
        lock screen, where the family types, waiting some 0.1 s longer.
        """
        from ui.security.vault_controller import VaultController
        from wijkteam.vault import Vault

        self.vault = Vault(self.paths)
        controller = self.controller = VaultController(self.window, self.vault, self.services)
        controller.opened.connect(self._on_plans_opened)
        controller.open_failed.connect(self._on_open_failed)
        # With the passphrase given, the key is derived on its own thread while the rest is built. What it brings back
        # waits for the event loop, and ``_on_plans_opened`` builds the rest first if it is not there yet.
        controller.start()
        after_next_paint(self.window, self._on_lock_drawn)

    def _on_lock_drawn(self) -> None:
        if self.smoke_test:
            print("smoke test: screens shown", flush=True)
        self._step(self._build_rest)

    def _build_rest(self) -> None:
        """The start view, the menus, the watcher for changes from outside and the answer to a second start, then the
        import of the database layer. Once."""
        if self._built:
            return
        self._built = True
        from ui.window.change_watcher import ChangeWatcher
        from ui.window.single_instance import SingleInstance
        from wijkteam import preload

        window, controller = self.window, self.controller
        assert controller is not None
        window.build(load_plans=False)
        window.attach_vault(controller)
        # A plan or advice added by the command line shows up by itself.
        watcher = self.watcher = ChangeWatcher(window, self.services)
        controller.locked.connect(watcher.stop)
        controller.unlocked.connect(watcher.start)
        # This window holds the lock: from now on it also answers a second start, which keeps asking until then.
        self.instance = SingleInstance(instance_key(self.paths.data_dir), self.lock)
        self.instance.is_primary()
        self.instance.raise_requested.connect(window.bring_to_front)
        # The database layer only now: importing it holds Python's lock, and while the screens were built beside it
        # they came twice as late. It is imported while the family types.
        preload.start()

    def _on_plans_opened(self) -> None:
        self._build_rest()
        assert self.watcher is not None
        self.window.show_start()
        self.watcher.start()
        if self.smoke_test:
            after_next_paint(self.window, self._on_plans_drawn)
        else:
            self.window.together.show_due_if_any()

    def _on_plans_drawn(self) -> None:  # what the benchmark of many plans times: the list filled and on screen
        print("smoke test: plans shown", flush=True)
        try:
            self.services.plans.list_plans()
            ok = self.window.isVisible() and not self.crashes
        except Exception:
            self.hook(*sys.exc_info())  # type: ignore[arg-type,unused-ignore]
            ok = False
        print("smoke test: " + ("ok" if ok else "mislukt"))
        self.window.close()
        self.app.exit(EXIT_OK if ok else EXIT_FAILURE)

    def _on_open_failed(self, message: str) -> None:
        print(message, file=sys.stderr)
        if self.smoke_test:
            self.window.close()
            self.app.exit(EXIT_FAILURE)

    def _on_crash(self, text: str, crash_file: str | None) -> None:
        self.crashes.append(text)
        if self.smoke_test:  # fails at once: after an error the start may never reach the plans to end by itself
            if hasattr(self, "window"):  # else the error came before the window, and ends the start by itself
                self.window.close()
                self.app.exit(EXIT_FAILURE)
            return
        from ui.window.crash_dialog import show_crash_dialog

        show_crash_dialog(text, crash_file)


def after_next_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once, as soon as the window has been drawn again with what it shows now."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    called = False

    def once() -> None:
        nonlocal called
        if not called:
            called = True
            then()

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.UpdateRequest:  # the window is about to be drawn
                window.removeEventFilter(self)
                QTimer.singleShot(0, once)  # after the drawing
            return False

    window.installEventFilter(Painted(window))
    window.update()
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, once)  # a system that draws without saying so: go on all the same


if __name__ == "__main__":
    sys.exit(run())
