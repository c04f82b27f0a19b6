"""The app's modules compiled once, as an install does, for the tests and the benchmarks.

Where PYTHONDONTWRITEBYTECODE is set, every process that imports the app (each pytest-xdist worker, each command line
a test starts, each process a benchmark times) would otherwise compile ``wijkteam/`` and ``ui/`` from source again.
"""

from __future__ import annotations

import compileall
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("models", "wijkteam", "ui")


def compile_app(root: Path = ROOT) -> None:
    for package in PACKAGES:
        compileall.compile_dir(root / package, quiet=2)
