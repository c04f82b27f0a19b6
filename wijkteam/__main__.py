"""Start-up: the one place that knows ``ui``, ``wijkteam`` and ``models`` together (the composition root).

Order: crash hook; paths; logging; then either a command (no Qt) or the window: QApplication and translators,
single-instance check, database (opened and migrated, with a dialog if that fails), main window.
The single-instance check comes before the database so a second start never opens the same file twice.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import sys
from pathlib import Path

from wijkteam.cli import EXIT_FAILURE, EXIT_OK, build_parser, run_command
from wijkteam.crash import CrashHook
from wijkteam.errors import UserError
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
    paths = app_paths(args.data_dir)
    hook = CrashHook(paths.crashes)
    hook.install()
    setup_logging(paths.log_dir)
    try:
        if args.command:
            return run_command(args, paths)
        return run_gui(paths, hook, smoke_test=args.smoke_test)
    except Exception:
        hook(*sys.exc_info())  # type: ignore[arg-type,unused-ignore]
        return EXIT_FAILURE


def run_gui(paths: AppPaths, hook: CrashHook, *, smoke_test: bool = False) -> int:
    """Show the window first, then open the database: SQLAlchemy costs more to import than Qt takes to start."""
    from PySide6.QtCore import QTimer

    from ui.app import create_application
    from ui.crash_dialog import show_crash_dialog, show_error
    from ui.main_window import MainWindow
    from ui.single_instance import SingleInstance
    from wijkteam.services import Services

    crashes: list[str] = []

    def on_crash(text: str, crash_file: str | None) -> None:
        crashes.append(text)
        if not smoke_test:
            show_crash_dialog(text, crash_file)

    hook.show_dialog = on_crash
    app = create_application([sys.argv[0]])
    instance = SingleInstance(instance_key(paths.data_dir))
    if not instance.is_primary():
        print("Ons Plan is al geopend. Dat venster komt nu naar voren.")
        return EXIT_OK
    services = Services.open(paths.database, paths.backups)
    window = MainWindow(services, load_plans=False)
    instance.raise_requested.connect(window.bring_to_front)
    window.show()
    log.info("Main window shown (data folder %s)", paths.data_dir)

    def open_plans() -> None:
        if smoke_test:  # the first turn of the event loop after show(): what the start-up benchmark times
            print("smoke test: window shown", flush=True)
        try:
            services.connect()
        except UserError as exc:
            log.error("Database cannot be opened: %s", exc)
            print(str(exc), file=sys.stderr)
            if not smoke_test:
                show_error(str(exc), window)
            window.close()
            app.exit(EXIT_FAILURE)
            return
        window.show_start()
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

    QTimer.singleShot(0, open_plans)
    try:
        code = app.exec()
    finally:
        services.dispose()
    return EXIT_FAILURE if smoke_test and crashes else code


if __name__ == "__main__":
    sys.exit(main())
