"""Imports run one way: ui -> wijkteam -> models. Only the start-up knows all three."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START_UP = ROOT / "wijkteam" / "__main__.py"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files(package: str) -> list[Path]:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, package
    return files


def _top(names: set[str]) -> set[str]:
    return {name.split(".")[0] for name in names}


def test_models_import_nothing_of_the_app() -> None:
    for path in _files("models"):
        assert not _top(_imports(path)) & {"wijkteam", "ui", "PySide6"}, path


def test_core_never_imports_qt_or_ui_outside_start_up() -> None:
    for path in _files("wijkteam"):
        if path == START_UP:
            continue
        assert not _top(_imports(path)) & {"ui", "PySide6", "shiboken6"}, path


def test_ui_has_no_sql() -> None:
    for path in _files("ui"):
        assert not _top(_imports(path)) & {"sqlmodel", "sqlalchemy", "sqlite3", "alembic"}, path
        assert "Session(" not in path.read_text(encoding="utf-8"), path


def test_the_check_itself_sees_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import PySide6.QtCore\nfrom sqlmodel import Session\n", encoding="utf-8")
    assert _top(_imports(sample)) == {"PySide6", "sqlmodel"}


def test_the_window_code_loads_without_the_database_layer() -> None:
    """The window shows before SQLAlchemy is imported; a screen importing a service module would undo that."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "import ui.main_window, ui.app, ui.crash_dialog, ui.single_instance, wijkteam.__main__\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'pydantic', 'reportlab', 'alembic') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.stdout.strip() == "[]"
