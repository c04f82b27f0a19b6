"""Imports run one way: ui -> wijkteam -> models. Only the start-up knows all three."""

from __future__ import annotations

import ast
from dataclasses import dataclass
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


#: Screens built on first use, so the window shows sooner: none of them is imported before it shows.
LATER_SCREENS = ("ui.editor.editor_view", "ui.security.first_start", "ui.security.security_dialog",
                 "ui.together.process_guide", "ui.together.eigen_tijd", "ui.together.versions_dialog",
                 "ui.together.due_dialog", "ui.together.calendar_export", "ui.advice.advice_file_dialogs")


def test_the_window_code_loads_without_the_database_layer() -> None:
    """The window shows before SQLAlchemy is imported; a screen importing a service module would undo that."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "import ui.window.main_window, ui.window.app, ui.window.crash_dialog, ui.window.single_instance\n"
        "import ui.security.vault_controller, ui.window.change_watcher, wijkteam.__main__\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'pydantic', 'reportlab', 'alembic') if m in sys.modules))\n"
        f"print(sorted(m for m in {LATER_SCREENS!r} if m in sys.modules))\n"
        "print(sorted(m for m in sys.modules if m.startswith(('ui.people.', 'ui.advice.'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.stdout.split("\n")[:3] == ["[]", "[]", "[]"], result.stdout


# --- no import cycles ---------------------------------------------------------------------------------------------
#
# What counts as a dependency: every ``import`` and ``from ... import`` of an app module that the source names,
# wherever it stands: at module level (also inside ``try`` or a class body), under ``if TYPE_CHECKING:``, and inside a
# function (a lazy import is still a dependency: it only runs later). All three must be free of cycles; a helper that
# needs its host gets a small ``typing.Protocol`` of what it uses instead. Not counted: the package ``__init__`` that
# Python runs before a submodule (a package may import its own submodules to offer their names), and imports by a
# computed name (``importlib.import_module``), which the source does not spell out.

APP_PACKAGES = ("ui", "wijkteam", "models")
MODULE, TYPING, FUNCTION = "module", "TYPE_CHECKING", "function"


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    kind: str
    line: int


def _module_names(root: Path, packages: tuple[str, ...]) -> dict[str, Path]:
    """Dotted name -> file, for every module of the packages (folders without ``__init__.py`` are no packages)."""
    names: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            if "__pycache__" in path.parts or not (path.parent / "__init__.py").exists():
                continue
            parts = path.relative_to(root).with_suffix("").parts
            names[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return names


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_targets(node: ast.Import | ast.ImportFrom, package: str, modules: dict[str, Path]) -> list[str]:
    """The app modules an import statement loads: the longest known prefix of each name it spells out."""
    def known(name: str) -> str | None:
        parts = name.split(".")
        while parts and ".".join(parts) not in modules:
            parts.pop()
        return ".".join(parts) if parts else None

    if isinstance(node, ast.Import):
        found = [known(alias.name) for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            parent = package.split(".")[: len(package.split(".")) - node.level + 1]
            base = ".".join([*parent, *([node.module] if node.module else [])])
        # ``from pkg import name`` loads the submodule pkg.name when there is one, else only pkg.
        found = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else known(base) for alias in node.names]
    return [name for name in dict.fromkeys(found) if name is not None]


def import_graph(root: Path = ROOT, packages: tuple[str, ...] = APP_PACKAGES) -> list[Edge]:
    modules = _module_names(root, packages)
    edges: list[Edge] = []

    def visit(module: str, package: str, nodes: list[ast.stmt] | list[ast.AST], kind: str) -> None:
        for node in nodes:
            if isinstance(node, ast.Import | ast.ImportFrom):
                edges.extend(Edge(module, target, kind, node.lineno)
                             for target in _import_targets(node, package, modules) if target != module)
                continue
            if isinstance(node, ast.If) and kind == MODULE and _is_type_checking(node.test):
                visit(module, package, node.body, TYPING)
                visit(module, package, node.orelse, kind)
                continue
            inner = FUNCTION if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) else kind
            visit(module, package, list(ast.iter_child_nodes(node)), inner)

    for module, path in modules.items():
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        visit(module, package, ast.parse(path.read_text(encoding="utf-8"), filename=str(path)).body, MODULE)
    return edges


def find_cycles(edges: list[Edge]) -> list[list[Edge]]:
    """The shortest cycle through each module that is part of one (found per strongly connected component)."""
    graph: dict[str, dict[str, Edge]] = {}
    for edge in edges:
        graph.setdefault(edge.source, {}).setdefault(edge.target, edge)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    components: list[set[str]] = []

    def connect(node: str) -> None:  # Tarjan; the graph is small enough for recursion
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph.get(node, {}):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(component)

    for node in sorted(graph):
        if node not in index:
            connect(node)
    cycles: dict[frozenset[Edge], list[Edge]] = {}
    for component in components:
        for start in sorted(component):
            paths: dict[str, list[Edge]] = {start: []}
            queue = [start]
            while queue:  # breadth first: the shortest way from start back to start inside the component
                node = queue.pop(0)
                for target, edge in sorted(graph.get(node, {}).items()):
                    if target == start:
                        cycle = [*paths[node], edge]
                        cycles.setdefault(frozenset(cycle), cycle)
                        queue = []
                        break
                    if target in component and target not in paths:
                        paths[target] = [*paths[node], edge]
                        queue.append(target)
    return list(cycles.values())


def _describe(cycle: list[Edge]) -> str:
    return " -> ".join(f"{edge.source} (line {edge.line}, {edge.kind})" for edge in cycle) + f" -> {cycle[0].source}"


def test_no_import_cycles() -> None:
    edges = import_graph()
    assert len({edge.source for edge in edges}) > 60, "the graph sees the app's modules"
    cycles = find_cycles(edges)
    assert not cycles, "import cycles:\n" + "\n".join(_describe(cycle) for cycle in cycles)


def test_the_cycle_check_sees_every_kind_of_import(tmp_path: Path) -> None:
    package = tmp_path / "app"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text('"""Nothing."""\n', encoding="utf-8")
    (package / "sub" / "__init__.py").write_text("", encoding="utf-8")
    (package / "a.py").write_text("from app.b import thing\n", encoding="utf-8")
    (package / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app import c\n",
                                  encoding="utf-8")
    (package / "c.py").write_text("def late():\n    from .sub import d\n", encoding="utf-8")
    (package / "sub" / "d.py").write_text("import app.a\nimport os\n", encoding="utf-8")
    (package / "e.py").write_text("import app.sub\n", encoding="utf-8")
    edges = import_graph(tmp_path, ("app",))
    assert {(e.source, e.target, e.kind) for e in edges} == {
        ("app.a", "app.b", MODULE), ("app.b", "app.c", TYPING), ("app.c", "app.sub.d", FUNCTION),
        ("app.sub.d", "app.a", MODULE), ("app.e", "app.sub", MODULE)}
    [cycle] = find_cycles(edges)
    assert _describe(cycle) == ("app.a (line 1, module) -> app.b (line 3, TYPE_CHECKING) -> app.c (line 2, function)"
                                " -> app.sub.d (line 1, module) -> app.a")


# --- ui/ by screen --------------------------------------------------------------------------------------------------


def _ui_package(module: str) -> str:
    return module.split(".")[1] if module.count(".") >= 2 else ""


def test_ui_holds_only_screen_packages() -> None:
    """Every screen module lives in a package of ui/ that names its screen; ui/ itself holds no modules."""
    assert sorted(p.name for p in (ROOT / "ui").glob("*.py")) == ["__init__.py"]
    packages = sorted(p.parent for p in (ROOT / "ui").glob("*/__init__.py"))
    assert {p.name for p in packages} >= {"common", "window", "start", "editor", "people", "advice", "together"}
    for folder in (ROOT / "ui").iterdir():
        if folder.is_dir() and folder.name != "__pycache__":
            assert (folder / "__init__.py").exists(), folder


def test_ui_packages_say_what_lives_there_and_import_nothing() -> None:
    """Importing a package costs nothing: the start-up loads only the modules it uses."""
    for init in [ROOT / "ui" / "__init__.py", *sorted((ROOT / "ui").glob("*/__init__.py"))]:
        tree = ast.parse(init.read_text(encoding="utf-8"))
        docstring = ast.get_docstring(tree)
        assert docstring and "\n" not in docstring, init
        assert len(tree.body) == 1, f"{init} holds more than its docstring"


def test_ui_packages_depend_on_each_other_one_way() -> None:
    """``ui.common`` uses no screen, and the screens' packages form no cycle: each can be read after those it uses."""
    edges = [e for e in import_graph() if e.source.startswith("ui.") and e.target.startswith("ui.")]
    between = [Edge(f"ui.{_ui_package(e.source)}", f"ui.{_ui_package(e.target)}", e.kind, e.line)
               for e in edges if _ui_package(e.source) != _ui_package(e.target)]
    assert not [e for e in between if e.source == "ui.common"], "ui.common imports a screen"
    cycles = find_cycles(between)
    assert not cycles, "cycles between ui packages:\n" + "\n".join(_describe(cycle) for cycle in cycles)


def test_no_ui_file_over_500_lines() -> None:
    for path in _files("ui"):
        with path.open(encoding="utf-8") as fh:
            assert sum(1 for _ in fh) <= 500, path
