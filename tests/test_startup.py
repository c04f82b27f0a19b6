"""Start-up pieces without a window: paths, logs, the crash hook, and what is imported when."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests import cli, dbfile
from wijkteam.crash import CrashHook
from wijkteam.logs import setup_logging
from wijkteam.paths import DATA_DIR_ENV, app_paths, resolve_data_dir


def test_data_dir_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "cli")) == tmp_path / "cli"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv(DATA_DIR_ENV)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert resolve_data_dir(None) == tmp_path / "xdg" / "wijkteam"


def test_logs_beside_an_explicit_data_dir(tmp_path: Path) -> None:
    paths = app_paths(str(tmp_path))
    assert paths.log_dir == tmp_path / "logs"
    log_file = setup_logging(paths.log_dir)
    assert log_file is not None
    import logging

    logging.getLogger("wijkteam.test").info("hallo")
    assert "hallo" in log_file.read_text(encoding="utf-8")


def test_crash_hook_writes_a_file_and_prints_one_dutch_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[tuple[str, str | None]] = []
    hook = CrashHook(tmp_path / "crashes", show_dialog=lambda text, path: shown.append((text, path)))
    try:
        raise RuntimeError("kapot")
    except RuntimeError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("Er ging iets mis in Ons Plan.")
    files = list((tmp_path / "crashes").glob("crash-*.txt"))
    assert len(files) == 1
    assert "RuntimeError: kapot" in files[0].read_text(encoding="utf-8")
    assert shown and "RuntimeError: kapot" in shown[0][0] and shown[0][1] == str(files[0])


def test_crash_hook_shows_its_dialog_when_the_terminal_is_gone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Started from a terminal that was closed since: writing the sentence there fails, the dialog still comes."""
    class GoneTerminal:
        def write(self, _text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self) -> None:
            raise BrokenPipeError(32, "Broken pipe")

    shown: list[str | None] = []
    hook = CrashHook(tmp_path / "crashes", show_dialog=lambda _text, path: shown.append(path))
    monkeypatch.setattr(sys, "stderr", GoneTerminal())
    try:
        raise RuntimeError("kapot")
    except RuntimeError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    files = list((tmp_path / "crashes").glob("crash-*.txt"))
    assert len(files) == 1 and shown == [str(files[0])]


def test_crash_hook_survives_a_failing_dialog(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def broken_dialog(text: str, path: str | None) -> None:
        raise ValueError("dialog kapot")

    hook = CrashHook(tmp_path, show_dialog=broken_dialog)
    with pytest.raises(ValueError):
        try:
            raise RuntimeError("eerste fout")
        except RuntimeError:
            hook(*sys.exc_info())  # type: ignore[arg-type]
    assert not hook._busy  # the next error is handled again


def _python(script: str, passphrase: str | None = cli.PASSPHRASE) -> subprocess.CompletedProcess[str]:
    """``script`` in a Python process of its own, headless, as the command line's tests start one (``tests/cli.py``)."""
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=cli.TIMEOUT_S,
                          env=cli.environment(passphrase=passphrase), stdin=subprocess.DEVNULL)


def test_commands_do_not_import_qt_reportlab_or_alembic(demo_dir: Path) -> None:
    """Nothing heavy at import time: a plain command at schema head needs neither Qt, ReportLab nor Alembic."""
    script = (
        "import sys\n"
        "from wijkteam.__main__ import main\n"
        f"code = main(['--data-dir', {str(demo_dir)!r}, 'list'])\n"
        "heavy = sorted(m for m in ('PySide6', 'reportlab', 'alembic') if m in sys.modules)\n"
        "print(code, heavy)\n"
    )
    result = _python(script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "0 []"  # after the plans it listed


def test_window_smoke_test_through_the_real_start_up(tmp_path: Path) -> None:
    result = cli.run("--smoke-test", data_dir=tmp_path, key_file=False)  # the first start, as the family's
    assert result.returncode == 0, result.stderr
    markers = [line for line in result.stdout.splitlines() if line.startswith("smoke test:")]
    assert markers[:2] == ["smoke test: window shown", "smoke test: screens shown"], markers  # the empty window first
    assert markers[-2:] == ["smoke test: plans shown", "smoke test: ok"], markers
    assert "Traceback" not in result.stderr
    assert (tmp_path / "wijkteam.sqlite").is_file()
    assert (tmp_path / "logs" / "wijkteam.log").is_file()


def test_window_start_with_a_damaged_database_fails_cleanly(tmp_path: Path) -> None:
    dbfile.key_for(tmp_path / "wijkteam.sqlite")  # the key file is there: the passphrase fits, the file does not
    (tmp_path / "wijkteam.sqlite").write_bytes(b"geen database" * 50)
    result = cli.run("--smoke-test", data_dir=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("Het bestand met uw plannen is beschadigd")
    assert "Traceback" not in result.stderr


def test_the_lock_screen_is_drawn_before_the_other_screens_and_the_database_layer(demo_dir: Path) -> None:
    """The lock screen, where the family types, comes first and alone.

    Importing SQLAlchemy holds Python's lock: begun beside the screens, it made the lock screen come twice as late. The
    start view and the menus made it wait some 0.1 s more. A real start of the window on a locked folder, without a
    passphrase: the other screens are built only once the lock screen was drawn (the marker ``screens shown``), and the
    import begins after them, with nothing of the database layer there before.
    """
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ui.window.main_window import MainWindow\n"
        "from wijkteam import preload\n"
        "from wijkteam.__main__ import main\n"
        "def page(what):\n"
        "    window = next(w for w in QApplication.topLevelWidgets() if w.isVisible())\n"
        "    shown = window.stack.currentWidget()\n"
        "    print(what, type(shown).__name__, shown.isVisible(), 'sqlalchemy' in sys.modules, flush=True)\n"
        "    return window\n"
        "build = MainWindow.build\n"
        "def build_later(self, **options):\n"
        "    page('build')\n"
        "    build(self, **options)\n"
        "MainWindow.build = build_later\n"
        "def start(more=()):\n"
        "    window = page('import')\n"
        "    print('start view', window.stack.indexOf(window.start_view) >= 0, flush=True)\n"
        "    QApplication.instance().exit(0)\n"
        "preload.start = start\n"
        f"sys.exit(main(['--data-dir', {str(demo_dir)!r}, '--smoke-test']))\n"
    )
    result = _python(script, passphrase=None)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-5:] == [
        "smoke test: window shown", "smoke test: screens shown", "build UnlockView True False",
        "import UnlockView True False", "start view True"], result.stdout


def _lock_never_drawn(data_dir: Path, *, instead: str) -> str:
    """A real start of the window (``code`` its exit code) where, once the lock screen is drawn, ``instead`` runs (with
    ``window``) in place of what comes then: the other screens are not built from there."""
    return (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "import wijkteam.__main__ as start\n"
        "plain = start.after_next_paint\n"
        "def after_next_paint(window, then):\n"
        "    if then.__name__ == '_on_lock_drawn':\n"
        f"        {instead}\n"
        "    else:\n"
        "        plain(window, then)\n"
        "start.after_next_paint = after_next_paint\n"
        f"code = start.main(['--data-dir', {str(data_dir)!r}, '--smoke-test'])\n"
    )


def test_plans_that_open_before_the_lock_screen_was_drawn_find_the_other_screens_built(demo_dir: Path) -> None:
    """The other screens are built once the lock screen is drawn; a passphrase from the environment may open the plans
    sooner (a light key, a system that draws late). Here the lock screen is never drawn: the plans still show."""
    script = _lock_never_drawn(demo_dir, instead="pass") + "sys.exit(code)\n"
    result = _python(script)
    assert result.returncode == 0, result.stderr
    markers = [line for line in result.stdout.splitlines() if line.startswith("smoke test:")]
    assert markers == ["smoke test: window shown", "smoke test: plans shown", "smoke test: ok"], result.stdout


def test_the_window_closed_on_the_lock_screen_before_the_rest_is_built_ends_cleanly(demo_dir: Path) -> None:
    """Closed within the moment between the lock screen and the other screens: no error, and the start ends."""
    # The family closes it before the rest is built.
    script = _lock_never_drawn(demo_dir, instead="QTimer.singleShot(0, window.close)") + "print('ended', code)\n"
    result = _python(script, passphrase=None)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Er ging iets mis" not in result.stderr, result.stderr
    assert result.stdout.splitlines()[-2:] == ["smoke test: window shown", "ended 0"], result.stdout


def test_what_the_family_waits_for_after_enter_is_made_ready_while_they_type() -> None:
    """After the import, the thread also loads cryptography (unwrapping the key) and sets up SQLAlchemy's mappers (the
    first query did): together some 20 ms less between Enter and the plans."""
    script = (
        "import sys\n"
        "from wijkteam import preload\n"
        "preload.start()\n"
        "preload.wait()\n"
        "from sqlalchemy import inspect\n"
        "from models import Plan\n"
        "print(inspect(Plan).configured, 'cryptography.hazmat.primitives.ciphers.aead' in sys.modules)\n"
    )
    result = _python(script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True"], result.stdout


def test_the_command_leaves_the_last_collections_of_python_out(demo_dir: Path) -> None:
    """At exit, Python's cycle collector walked every object of SQLAlchemy, pydantic and Qt again: 0.2-0.3 s after a
    command had done its work. The entry point freezes what is alive instead; what the command prints stays."""
    from importlib.metadata import entry_points

    (script,) = entry_points(group="console_scripts", name="wijkteam")
    assert script.value == "wijkteam.__main__:run"
    code = (
        "import gc, sys\n"
        "from wijkteam.__main__ import run\n"
        f"sys.argv = ['wijkteam', '--data-dir', {str(demo_dir)!r}, 'list']\n"
        "code = run()\n"
        "print(code, gc.get_freeze_count() > 0)\n"
    )
    result = _python(code)
    assert result.returncode == 0, result.stderr
    assert "Samen weer rust thuis" in result.stdout and result.stdout.splitlines()[-1] == "0 True", result.stdout
