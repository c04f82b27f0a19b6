"""The installer: what the build script puts in the bundle (fast), and a real build started headless (slow)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "build_installer.py"


def _load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_installer", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_installer", module)
    spec.loader.exec_module(module)
    return module


build_installer = _load_build_script()


def test_version_is_read_without_importing_the_app() -> None:
    import wijkteam

    assert build_installer.read_version(ROOT) == wijkteam.__version__


def test_resources_and_migrations_are_shipped_as_files_without_caches() -> None:
    shipped = {f"{dest}/{source.name}" for source, dest in build_installer.data_files(ROOT)}
    assert "resources/fonts/DejaVuSans.ttf" in shipped
    assert "resources/fonts/DejaVu-LICENSE.txt" in shipped
    assert "wijkteam/migrations/env.py" in shipped
    assert "wijkteam/migrations/script.py.mako" in shipped
    revisions = sorted(p.name for p in (ROOT / "wijkteam" / "migrations" / "versions").glob("0*.py"))
    assert revisions
    assert all(f"wijkteam/migrations/versions/{name}" in shipped for name in revisions)
    assert not [path for path in shipped if "__pycache__" in path or path.endswith(".pyc")]
    assert "resources/__init__.py" not in shipped


def test_lazily_imported_app_modules_are_hidden_imports(tmp_path: Path) -> None:
    args = build_installer.pyinstaller_args(tmp_path / "dist", tmp_path / "work", windowed=False, root=ROOT)
    hidden = {args[i + 1] for i, arg in enumerate(args) if arg == "--hidden-import"}
    excluded = {args[i + 1] for i, arg in enumerate(args) if arg == "--exclude-module"}
    assert {"ui.window.app", "wijkteam.cli", "wijkteam.demo", "models.tables", "reportlab", "alembic"} <= hidden
    if (ROOT / "ui" / "window" / "main_window.py").exists():
        assert "ui.window.main_window" in hidden
    assert not [name for name in hidden if name.startswith("wijkteam.migrations")]
    assert "wijkteam.migrations" in excluded
    # What the app imports from Qt is never excluded; the big unused modules are.
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtNetwork"} & excluded
    assert not {f"PySide6.{name}" for name in build_installer.qt_modules_imported(ROOT)} & excluded
    assert "PySide6.QtQml" in excluded


def test_qt_plugins_the_app_does_not_use_leave_the_bundle_with_the_libraries_only_they_need(tmp_path: Path) -> None:
    qt = tmp_path / "_internal" / "PySide6" / "Qt"
    names = ["plugins/imageformats/libqpdf.so", "plugins/imageformats/libqsvg.so",
             "plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
             "plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
             "plugins/texttospeech/libqtexttospeech_mock.so", "plugins/texttospeech/libqtexttospeech_speechd.so",
             "lib/libQt6Pdf.so.6", "lib/libQt6Quick.so.6", "lib/libQt6Qml.so.6", "lib/libQt6QmlModels.so.6",
             "lib/libQt6VirtualKeyboard.so.6", "lib/libQt6TextToSpeech.so.6", "lib/libQt6Multimedia.so.6",
             "lib/libQt6Widgets.so.6"]
    for name in names:
        (qt / name).parent.mkdir(parents=True, exist_ok=True)
        (qt / name).write_bytes(b"x" * 10)
    kept = build_installer.QT_MODULES_KEPT | {"QtTextToSpeech", "QtQuick"}  # as if the app used Quick itself
    assert build_installer.prune_unused_qt(tmp_path, kept) == 70
    left = sorted(str(p.relative_to(qt)) for p in qt.rglob("*") if p.is_file())
    assert left == ["lib/libQt6Multimedia.so.6", "lib/libQt6Quick.so.6", "lib/libQt6TextToSpeech.so.6",
                    "lib/libQt6Widgets.so.6", "plugins/imageformats/libqsvg.so",
                    "plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
                    "plugins/texttospeech/libqtexttospeech_speechd.so"]


@pytest.mark.installer
def test_bundle_builds_and_starts_headless(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    dist, work = tmp_path / "dist", tmp_path / "work"
    build = subprocess.run(
        [sys.executable, str(SCRIPT), "build", "--dist", str(dist), "--work", str(work)],
        cwd=ROOT, capture_output=True, text=True, timeout=1800,
    )
    assert build.returncode == 0, f"build failed:\n{build.stdout}\n{build.stderr[-6000:]}"
    smoke = subprocess.run(
        [sys.executable, str(SCRIPT), "smoke", "--dist", str(dist)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert smoke.returncode == 0, f"smoke test failed:\n{smoke.stdout}\n{smoke.stderr}"
    assert "Smoke test passed." in smoke.stdout
