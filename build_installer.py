"""Build the Ons Plan bundle with PyInstaller, and start the frozen app headless to check it.

    python build_installer.py build [--dist DIR] [--work DIR] [--console]
    python build_installer.py smoke [--dist DIR]
    python build_installer.py all   [--dist DIR] [--work DIR] [--console]

``build`` makes a one-folder bundle ``<dist>/ons-plan``. ``smoke`` starts that bundle with a temporary data folder
and the offscreen Qt platform, and fails on a non-zero exit, a missing success line or a traceback.
Exit codes: 0 everything passed, 1 something failed (the reason is printed).

This script imports nothing of the app: the version is read from the source, so a broken app still gets a clear
build error from PyInstaller or the smoke test instead of an import error here.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator, Sequence, Set
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

ROOT = Path(__file__).resolve().parent
APP_NAME = "ons-plan"
DEFAULT_DIST = ROOT / "dist"
DEFAULT_WORK = ROOT / "build" / "pyinstaller"
SMOKE_TIMEOUT = 120.0
EXIT_OK, EXIT_FAILURE = 0, 1

#: The app's own packages. Every module is named as a hidden import: the window code is imported lazily inside
#: ``run_gui``, and a module reached only by name (importlib, a plugin list) would otherwise be left out silently.
APP_PACKAGES = ("wijkteam", "ui", "models")
#: Loaded by Alembic as files from ``sys._MEIPASS/wijkteam/migrations``, so shipped as data, not as modules.
MIGRATIONS = Path("wijkteam") / "migrations"
RESOURCES = Path("resources")
#: Imported lazily (inside functions) or only by the migration scripts; named so a refactor cannot drop them.
LAZY_IMPORTS = (
    "alembic",
    "alembic.op",
    "alembic.context",
    "alembic.ddl.sqlite",
    "sqlmodel",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlcipher",
    "sqlcipher3",
    "sqlcipher3.dbapi2",
    "cryptography.hazmat.primitives.kdf.argon2",
    "cryptography.hazmat.primitives.ciphers.aead",
    "reportlab",
    "reportlab.pdfbase.ttfonts",
    "reportlab.platypus",
    "bidi",
    "arabic_reshaper",
    "platformdirs",
)
#: Qt modules always kept, whether or not the sources name them yet. Every other PySide6 module the sources do not
#: import is excluded, which keeps QML, Quick, WebEngine and friends out of the bundle.
QT_MODULES_KEPT = frozenset({"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtSvg"})
#: Installed in the build environment but never needed at run time.
EXCLUDED_MODULES = (
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "PyInstaller",
    "mypy",
    "ruff",
    "IPython",
    "numpy",
    "setuptools",
    "pip",
)
#: ReportLab uses uharfbuzz only for ``shaping``; the PDF puts Arabic in order with bidi and arabic_reshaper instead,
#: and uharfbuzz is no dependency of the app. Left out (5 MB) while no app source mentions these words.
OPTIONAL_SHAPING = ("uharfbuzz", re.compile(r"\b(uharfbuzz|shaping)\b"))
#: Qt plugins PyInstaller collects with a plugin folder the app does use, but which load Qt modules the app does not
#: (PySide6-Addons puts them there): the PDF image format, the virtual keyboard (which brings QML and Quick along),
#: and Qt's test engine for speech.
UNUSED_QT_PLUGINS = re.compile(r"(lib)?(qpdf|qtvirtualkeyboardplugin|qtexttospeech_mock)\.(so|dll|dylib)")
#: The Qt libraries that only those plugins need; each goes unless the app imports its module itself.
PLUGIN_ONLY_QT_MODULES = ("QtPdf", "QtVirtualKeyboard", "QtVirtualKeyboardQml", "QtQml", "QtQmlMeta", "QtQmlModels",
                          "QtQmlWorkerScript", "QtQuick")
#: Qt's own translations kept in the bundle (``qtbase_nl.qm`` and friends); the app's own languages are added to
#: these from ``resources/translations``.
QT_LANGUAGES_KEPT = frozenset({"nl", "en"})


class BuildError(Exception):
    """A step failed; the message says which and why."""


# --- version ----------------------------------------------------------------------------------------------------


def read_version(root: Path = ROOT) -> str:
    """The version from ``pyproject.toml``: static, or the ``attr`` of a dynamic version, read without importing."""
    with (root / "pyproject.toml").open("rb") as fh:
        pyproject = tomllib.load(fh)
    project = pyproject.get("project", {})
    if "version" in project:
        return str(project["version"])
    dynamic = pyproject.get("tool", {}).get("setuptools", {}).get("dynamic", {}).get("version", {})
    attr = dynamic.get("attr") if isinstance(dynamic, dict) else None
    if not attr or "." not in attr:
        raise BuildError("pyproject.toml has no [project] version and no [tool.setuptools.dynamic] version attr")
    module, _, name = attr.rpartition(".")
    module_path = root.joinpath(*module.split("."))
    source = module_path / "__init__.py" if module_path.is_dir() else module_path.with_suffix(".py")
    try:
        tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
    except (OSError, SyntaxError) as exc:
        raise BuildError(f"cannot read the version from {source}: {exc}") from exc
    for node in tree.body:
        targets: list[ast.expr]
        value: ast.expr | None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign):
            targets, value = [node.target], node.value
        else:
            continue
        if any(isinstance(t, ast.Name) and t.id == name for t in targets) and isinstance(value, ast.Constant):
            return str(value.value)
    raise BuildError(f"no literal {name} = '...' in {source}")


# --- what goes into the bundle ----------------------------------------------------------------------------------


def _is_cache(path: Path) -> bool:
    return "__pycache__" in path.parts or path.suffix in {".pyc", ".pyo"}


def package_modules(root: Path, package: str, skip: Sequence[str] = ()) -> list[str]:
    """Every module of a package in the source tree, as dotted names, found on disk without importing anything."""
    base = root / package
    names: list[str] = []
    for path in sorted(base.rglob("*.py")):
        rel = path.relative_to(root).with_suffix("")
        if _is_cache(path) or not (path.parent / "__init__.py").exists():
            continue
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        name = ".".join(parts)
        if any(name == s or name.startswith(s + ".") for s in skip):
            continue
        names.append(name)
    return names


def migration_imports(root: Path = ROOT) -> list[str]:
    """The absolute imports of the migration scripts: PyInstaller never sees these files as code."""
    found: set[str] = set()
    for path in sorted((root / MIGRATIONS).rglob("*.py")):
        if _is_cache(path):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module != "__future__":
                found.add(node.module)
    return sorted(found)


def data_files(root: Path = ROOT) -> list[tuple[Path, str]]:
    """(file, folder in the bundle) for the resources and the Alembic scripts, without caches."""
    pairs: list[tuple[Path, str]] = []
    for path in sorted((root / RESOURCES).rglob("*")):
        if path.is_file() and not _is_cache(path) and path.suffix != ".py":
            pairs.append((path, path.parent.relative_to(root).as_posix()))
    for path in sorted((root / MIGRATIONS).rglob("*")):
        if path.is_file() and not _is_cache(path):
            pairs.append((path, path.parent.relative_to(root).as_posix()))
    return pairs


def app_sources(root: Path = ROOT) -> list[Path]:
    return sorted(p for package in APP_PACKAGES for p in (root / package).rglob("*.py") if not _is_cache(p))


def qt_modules_imported(root: Path = ROOT) -> set[str]:
    """The ``PySide6.QtXxx`` modules the app's sources import anywhere."""
    used: set[str] = set()
    for path in app_sources(root):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except SyntaxError:
            continue  # PyInstaller reports it with a better message
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            used.update(n.split(".")[1] for n in names if re.fullmatch(r"PySide6\.Qt\w+(\..*)?", n))
    return used


def qt_modules_installed() -> set[str]:
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise BuildError("PySide6 is not installed in this Python")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return {p.name.split(".")[0] for p in folder.iterdir() if re.fullmatch(r"Qt\w+\.(abi3\.so|pyd|.*\.so)", p.name)}


def write_launcher(work: Path) -> Path:
    """PyInstaller needs a script; this one starts the same ``run`` as the ``wijkteam`` console script."""
    work.mkdir(parents=True, exist_ok=True)
    script = work / "ons_plan_launcher.py"
    script.write_text(
        '"""Start Ons Plan (generated by build_installer.py)."""\n\n'
        "from wijkteam.__main__ import run\n\n"
        "raise SystemExit(run())\n",
        encoding="utf-8",
    )
    return script


def pyinstaller_args(
    dist: Path, work: Path, *, windowed: bool, root: Path = ROOT, data: Sequence[tuple[Path, str]] | None = None
) -> list[str]:
    sep = os.pathsep  # PyInstaller takes SOURCE{os.pathsep}DEST on every version
    args = [
        str(write_launcher(work)),
        "--name", APP_NAME,
        "--onedir",
        "--noconfirm",
        "--clean",
        "--log-level", "WARN",
        "--distpath", str(dist),
        "--workpath", str(work),
        "--specpath", str(work),
        "--paths", str(root),  # the editable install uses an import hook PyInstaller cannot follow
        "--windowed" if windowed else "--console",
    ]
    for source, dest in data_files(root) if data is None else data:
        args += ["--add-data", f"{source}{sep}{dest}"]
    hidden = [m for p in APP_PACKAGES for m in package_modules(root, p, skip=["wijkteam.migrations"])]
    hidden += [*LAZY_IMPORTS, *migration_imports(root)]
    for module in dict.fromkeys(hidden):
        args += ["--hidden-import", module]
    kept_qt = QT_MODULES_KEPT | qt_modules_imported(root)
    for module in sorted(qt_modules_installed() - kept_qt):
        args += ["--exclude-module", f"PySide6.{module}"]
    excluded = list(EXCLUDED_MODULES)
    shaping_module, pattern = OPTIONAL_SHAPING
    if not any(pattern.search(path.read_text(encoding="utf-8")) for path in app_sources(root)):
        excluded.append(shaping_module)
    for module in excluded:
        args += ["--exclude-module", module]
    # The migrations are data; as compiled modules they would only be dead weight.
    args += ["--exclude-module", "wijkteam.migrations"]
    return args


def qm_language(stem: str) -> str | None:
    """``qtbase_nl`` -> ``nl``, ``qt_help_pt_BR`` -> ``pt``, ``ons_plan_tr`` -> ``tr``."""
    match = re.fullmatch(r"[a-z_]+?_([a-z]{2,3})(_[A-Za-z]{2,4})?", stem)
    return match.group(1) if match else None


def prune_qt_translations(bundle: Path, root: Path = ROOT) -> int:
    """Drop Qt's translations for languages the app does not speak. Returns the bytes saved."""
    keep = set(QT_LANGUAGES_KEPT)
    app_translations = root / RESOURCES / "translations"
    if app_translations.is_dir():
        keep.update(filter(None, (qm_language(qm.stem) for qm in app_translations.glob("*.qm"))))
    saved = 0
    for qm in bundle.rglob("translations/*.qm"):
        if "Qt" not in qm.parts and "PySide6" not in qm.parts:
            continue  # only Qt's own folder, never the app's resources
        language = qm_language(qm.stem)
        if language and language not in keep:
            saved += qm.stat().st_size
            qm.unlink()
    return saved


def prune_unused_qt(bundle: Path, kept: Set[str]) -> int:
    """Drop the plugins of ``UNUSED_QT_PLUGINS`` and the libraries only they need. Returns the bytes saved."""
    libraries = [re.compile(rf"(lib)?Qt6{module[2:]}\.(so\.6[\d.]*|dll)")
                 for module in PLUGIN_ONLY_QT_MODULES if module not in kept]
    saved = 0
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        plugin = "plugins" in path.parts and UNUSED_QT_PLUGINS.fullmatch(path.name)
        if plugin or any(library.fullmatch(path.name) for library in libraries):
            saved += path.stat().st_size
            path.unlink()
    return saved


# --- bundle layout ----------------------------------------------------------------------------------------------


def bundle_dir(dist: Path) -> Path:
    return dist / APP_NAME


def executable(dist: Path) -> Path:
    if sys.platform == "darwin":
        app = dist / f"{APP_NAME}.app" / "Contents" / "MacOS" / APP_NAME
        if app.exists():
            return app
    suffix = ".exe" if sys.platform == "win32" else ""
    return bundle_dir(dist) / f"{APP_NAME}{suffix}"


def bundle_data_root(dist: Path) -> Path:
    """The folder that becomes ``sys._MEIPASS``: ``_internal`` next to the executable in PyInstaller 6."""
    exe = executable(dist)
    for candidate in (exe.parent / "_internal", exe.parent.parent / "Resources", exe.parent):
        if (candidate / RESOURCES).is_dir():
            return candidate
    return exe.parent / "_internal"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


# --- build ------------------------------------------------------------------------------------------------------


def check_layout(dist: Path, data: Sequence[tuple[Path, str]]) -> None:
    """The files Alembic and the PDF load by path must be in the bundle, where ``wijkteam.paths`` looks."""
    exe = executable(dist)
    if not exe.is_file():
        raise BuildError(f"PyInstaller finished but {exe} is missing")
    data_root = bundle_data_root(dist)
    missing = [
        f"{dest}/{source.name}" for source, dest in data if not (data_root / dest / source.name).is_file()
    ]
    if missing:
        raise BuildError(f"files missing in {data_root}: {', '.join(missing[:10])}")


def build(dist: Path, work: Path, *, windowed: bool) -> None:
    try:
        import PyInstaller.__main__
    except ImportError as exc:
        raise BuildError(f"PyInstaller is not installed in {sys.executable}: pip install pyinstaller") from exc
    version = read_version()
    dist, work = dist.resolve(), work.resolve()
    print(f"Building Ons Plan {version} into {bundle_dir(dist)} (work folder {work})", flush=True)
    data = data_files()  # one list for PyInstaller and for the check after it, even if files change meanwhile
    args = pyinstaller_args(dist, work, windowed=windowed, data=data)
    started = time.monotonic()
    try:
        PyInstaller.__main__.run(args)
    except SystemExit as exc:  # PyInstaller exits on errors it already explained
        if exc.code not in (None, 0):
            raise BuildError(f"PyInstaller stopped with exit code {exc.code}") from exc
    except Exception as exc:
        raise BuildError(f"PyInstaller failed: {type(exc).__name__}: {exc}") from exc
    elapsed = time.monotonic() - started
    check_layout(dist, data)
    saved = prune_qt_translations(bundle_dir(dist))
    if sys.platform == "darwin" and (dist / f"{APP_NAME}.app").exists():
        saved += prune_qt_translations(dist / f"{APP_NAME}.app")
    unused = prune_unused_qt(bundle_dir(dist), QT_MODULES_KEPT | qt_modules_imported())
    size = folder_size(bundle_dir(dist))
    print(f"Built in {elapsed:.0f} s: {bundle_dir(dist)} ({megabytes(size)}, {megabytes(saved)} of Qt translations "
          f"for other languages and {megabytes(unused)} of unused Qt plugins removed)")
    print(f"Executable: {executable(dist)}")


# --- smoke ------------------------------------------------------------------------------------------------------


@dataclass
class Run:
    returncode: int | None
    stdout: str
    stderr: str
    seconds: float

    def problems(self) -> list[str]:
        found: list[str] = []
        if self.returncode is None:
            found.append(f"no answer within {SMOKE_TIMEOUT:.0f} s")
        elif self.returncode != 0:
            found.append(f"exit code {self.returncode}")
        if "Traceback" in self.stderr:
            found.append("traceback on stderr")
        return found


def smoke_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("LANG", "C.UTF-8")
    env.pop("WIJKTEAM_DATA_DIR", None)
    # The smoke test's own data folder, opened as every command opens one: with the family's passphrase.
    env.setdefault("WIJKTEAM_PASSPHRASE", "smoke test passphrase")
    for name in ("PYTHONPATH", "PYTHONHOME"):  # the frozen app must not lean on this environment
        env.pop(name, None)
    return env


def run_frozen(exe: Path, args: Sequence[str], cwd: Path) -> Run:
    started = time.monotonic()
    try:
        proc = subprocess.run(
            [str(exe), *args], cwd=cwd, env=smoke_env(), capture_output=True, text=True, encoding="utf-8",
            errors="replace", timeout=SMOKE_TIMEOUT, stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        def text(value: bytes | str | None) -> str:
            return value.decode("utf-8", "replace") if isinstance(value, bytes) else value or ""

        return Run(None, text(exc.stdout), text(exc.stderr), time.monotonic() - started)
    return Run(proc.returncode, proc.stdout, proc.stderr, time.monotonic() - started)


class Report:
    """One line per check; the output of a failed check below it."""

    def __init__(self) -> None:
        self.failed: list[str] = []

    def check(self, name: str, problems: Sequence[str], run: Run | None = None, detail: str = "") -> bool:
        took = f" ({run.seconds:.1f} s)" if run else ""
        if not problems:
            print(f"ok    {name}{took}{': ' + detail if detail else ''}", flush=True)
            return True
        self.failed.append(name)
        print(f"FAIL  {name}{took}: {'; '.join(problems)}", flush=True)
        if run:
            for label, text in (("stdout", run.stdout), ("stderr", run.stderr)):
                if text.strip():
                    print(f"      --- {label} ---")
                    print("\n".join("      " + line for line in text.strip().splitlines()[-40:]))
        return False


def log_lines(data_dir: Path) -> Iterator[str]:
    for log in sorted((data_dir / "logs").glob("*.log*")):
        yield from log.read_text(encoding="utf-8", errors="replace").splitlines()


def smoke(dist: Path) -> bool:
    dist = dist.resolve()
    exe = executable(dist)
    if not exe.is_file():
        print(f"FAIL  bundle: {exe} does not exist; run 'python build_installer.py build' first")
        return False
    print(f"Smoke test of {exe}", flush=True)
    report = Report()
    data = Path(tempfile.mkdtemp(prefix="ons-plan-smoke-"))
    data_dir = data / "data"
    try:
        version = read_version()
        run = run_frozen(exe, ["--version"], data)
        problems = run.problems()
        if not problems and version not in run.stdout:
            problems.append(f"expected version {version}, got {run.stdout.strip()!r}")
        report.check("version", problems, run, run.stdout.strip())

        run = run_frozen(exe, ["--smoke-test", "--data-dir", str(data_dir)], data)
        problems = run.problems()
        if "smoke test: ok" not in run.stdout:
            problems.append("no 'smoke test: ok' on stdout")
        report.check("window opens, database created and migrated", problems, run)

        run = run_frozen(exe, ["--data-dir", str(data_dir), "demo"], data)
        report.check("demo", run.problems(), run, run.stdout.strip())

        run = run_frozen(exe, ["--data-dir", str(data_dir), "list"], data)
        problems = run.problems()
        lines = [line for line in run.stdout.splitlines() if line.strip()]
        if len(lines) != 2:
            problems.append(f"expected 2 plans, got {len(lines)} lines")
        report.check("list", problems, run, " | ".join(lines))

        pdf = data / "plan.pdf"
        run = run_frozen(exe, ["--data-dir", str(data_dir), "export-pdf", "1", str(pdf)], data)
        problems = run.problems()
        content = pdf.read_bytes() if pdf.is_file() else b""
        if not content.startswith(b"%PDF"):
            problems.append(f"{pdf} is missing or is not a PDF")
        elif b"DejaVuSans" not in content:
            problems.append("the PDF does not embed the DejaVu fonts from resources/fonts")
        report.check("export-pdf", problems, run, f"{len(content):,} bytes, DejaVu fonts embedded")

        plan_file = data / "plan.wijkplan"
        run = run_frozen(exe, ["--data-dir", str(data_dir), "export", "1", str(plan_file)], data)
        problems = run.problems()
        if not plan_file.is_file():
            problems.append(f"{plan_file} was not written")
        report.check("export plan file", problems, run)
        run = run_frozen(exe, ["--data-dir", str(data_dir), "import", str(plan_file)], data)
        problems = run.problems()
        listed = run_frozen(exe, ["--data-dir", str(data_dir), "list"], data)
        count = len([line for line in listed.stdout.splitlines() if line.strip()])
        if count != 3:
            problems.append(f"expected 3 plans after the import, 'list' shows {count}")
        report.check("import plan file", problems, run)

        run = run_frozen(exe, ["--smoke-test", "--data-dir", str(data_dir)], data)
        problems = run.problems()
        if "smoke test: ok" not in run.stdout:
            problems.append("no 'smoke test: ok' on stdout")
        report.check("window opens again with the demo plans", problems, run)

        backup = data / "kopie.wijkreserve"
        run = run_frozen(exe, ["--data-dir", str(data_dir), "backup", str(backup)], data)
        problems = run.problems()
        raw = data_dir / "wijkteam.sqlite"
        if raw.read_bytes().startswith(b"SQLite format 3") or not backup.is_file():
            problems.append("the plans or the backup are not encrypted")
        report.check("plans and backup encrypted", problems, run)
        run = run_frozen(exe, ["--data-dir", str(data_dir), "check"], data)
        report.check("check", run.problems(), run, run.stdout.strip())

        crashes = sorted((data_dir / "crashes").glob("*")) if (data_dir / "crashes").is_dir() else []
        errors = [line for line in log_lines(data_dir) if re.search(r"\b(ERROR|CRITICAL)\b", line)]
        warnings = [line for line in log_lines(data_dir) if re.search(r"\bWARNING\b", line)]
        problems = [f"crash file {p.name}" for p in crashes] + [f"log: {line}" for line in errors[:5]]
        report.check("log and crash folder", problems, None,
                     f"{len(warnings)} warning(s)" + "".join(f"\n      {w}" for w in warnings[:5]))
    finally:
        if report.failed:
            print(f"Data folder kept for inspection: {data}")
        else:
            shutil.rmtree(data, ignore_errors=True)
    if report.failed:
        print(f"Smoke test FAILED: {', '.join(report.failed)}")
        return False
    print("Smoke test passed.")
    return True


# --- command line -----------------------------------------------------------------------------------------------


class ArgumentParser(argparse.ArgumentParser):
    """Wrong usage is a failure like any other: exit code 1, not argparse's 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_FAILURE, f"{self.prog}: error: {message}\n")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = ArgumentParser(description="Build and check the Ons Plan bundle (PyInstaller, one folder).")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=ArgumentParser)
    windowed_default = sys.platform in ("win32", "darwin")
    for name, text in (
        ("build", "build the bundle"),
        ("smoke", "start the built bundle headless and check it"),
        ("all", "build, then smoke"),
    ):
        cmd = sub.add_parser(name, help=text, description=text)
        cmd.add_argument("--dist", type=Path, default=DEFAULT_DIST,
                         help=f"folder for the bundle (default: {DEFAULT_DIST.relative_to(ROOT)})")
        if name != "smoke":
            cmd.add_argument("--work", type=Path, default=DEFAULT_WORK,
                             help=f"PyInstaller work folder (default: {DEFAULT_WORK.relative_to(ROOT)})")
            cmd.add_argument("--console", dest="windowed", action="store_false", default=windowed_default,
                             help="keep a console on Windows and macOS too (always on Linux)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        if args.command in ("build", "all"):
            build(args.dist, args.work, windowed=args.windowed)
        if args.command in ("smoke", "all") and not smoke(args.dist):
            return EXIT_FAILURE
    except BuildError as exc:
        print(f"Build failed: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
