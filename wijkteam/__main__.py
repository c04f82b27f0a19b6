"""Start-up: the one place that knows ``ui``, ``wijkteam`` and ``models`` together (the composition root).

Order: crash hook; paths; logging; then either a command (no Qt) or the window: QApplication and translators,
single-instance check (a lock on the data folder), main window, then the passphrase (or the first start) and only then
the database (opened and migrated). The single-instance check comes before the database so a second start never opens
the same file twice.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import sys
from pathlib import Path

from wijkteam.cli import EXIT_FAILURE, EXIT_OK, build_parser, run_command
from wijkteam.crash import CrashHook
from wijkteam.logs import setup_logging
from wijkteam.paths import AppPaths, app_paths

log = logging.getLogger("wijkteam")


def instance_key(data_dir: Path) -> str:
    """One running window per user and data folder."""
    digest = hashlib.sha256(str(data_dir).encode("utf-8")).hexdigest()[:16]
    user = "".join(c for c in getpass.getuser() if c.isalnum()) or "user"
    return f"wijkteam-{user}-{digest}"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if os.name == "posix":
        # Everything the app writes is the family's alone: the database, its copies, logs, crash files, exports.
        os.umask(0o077)
    paths = app_paths(args.data_dir)
    hook = CrashHook(paths.crashes)
    hook.install()
    setup_logging(paths.log_dir)
    try:
        if args.command:
            return run_command(args, paths)
        return run_gui(paths, hook, smoke_test=args.smoke_test)
    except KeyboardInterrupt:  # Ctrl+C at a question of the command line: stop quietly, nothing was changed
        print("Gestopt.", file=sys.stderr)
        return 130
    except Exception:
        hook(*sys.exc_info())  # type: ignore[arg-type,unused-ignore]
        return EXIT_FAILURE


def run_gui(paths: AppPaths, hook: CrashHook, *, smoke_test: bool = False) -> int:
    """Show the window first, then ask the passphrase and open the database: SQLAlchemy costs more to import than Qt
    takes to start, and the plans stay closed until the family opens them."""
    from PySide6.QtCore import QTimer

    from ui.app import create_application
    from ui.change_watcher import ChangeWatcher
    from ui.crash_dialog import show_crash_dialog
    from ui.main_window import MainWindow
    from ui.single_instance import SingleInstance
    from ui.vault_controller import VaultController
    from wijkteam.instance_lock import InstanceLock
    from wijkteam.services import Services
    from wijkteam.vault import Vault

    crashes: list[str] = []

    def on_crash(text: str, crash_file: str | None) -> None:
        crashes.append(text)
        if not smoke_test:
            show_crash_dialog(text, crash_file)

    hook.show_dialog = on_crash
    app = create_application([sys.argv[0]])
    instance = SingleInstance(instance_key(paths.data_dir), InstanceLock(paths.data_dir))
    if not instance.is_primary():
        print("Ons Plan is al geopend. Dat venster komt nu naar voren.")
        return EXIT_OK
    vault = Vault(paths)
    services = Services.open(paths.database, paths.backups, lambda: vault.key)
    window = MainWindow(services, load_plans=False)
    controller = VaultController(window, vault, services)
    window.attach_vault(controller)
    watcher = ChangeWatcher(window, services)  # a plan or advice added by the command line shows up by itself
    instance.raise_requested.connect(window.bring_to_front)
    window.show()
    log.info("Main window shown")

    def start() -> None:
        if smoke_test:  # the first turn of the event loop after show(): what the start-up benchmark times
            print("smoke test: window shown", flush=True)
        controller.start()

    def plans_opened() -> None:
        window.show_start()
        watcher.start()
        if smoke_test:
            smoke_check()
        else:
            window.together.show_due_if_any()

    def smoke_check() -> None:
        try:
            services.plans.list_plans()
            ok = window.isVisible() and not crashes
        except Exception:
            hook(*sys.exc_info())  # type: ignore[arg-type,unused-ignore]
            ok = False
        print("smoke test: " + ("ok" if ok else "mislukt"))
        window.close()
        app.exit(EXIT_OK if ok else EXIT_FAILURE)

    def open_failed(message: str) -> None:
        print(message, file=sys.stderr)
        if smoke_test:
            window.close()
            app.exit(EXIT_FAILURE)

    controller.opened.connect(plans_opened)
    controller.open_failed.connect(open_failed)
    controller.locked.connect(watcher.stop)
    controller.unlocked.connect(watcher.start)
    QTimer.singleShot(0, start)
    try:
        code = app.exec()
    finally:
        controller.wait()
        services.dispose()
        instance.close()
    return EXIT_FAILURE if smoke_test and crashes else code


if __name__ == "__main__":
    sys.exit(main())
