"""Where things live: resources shipped with the app, and the user's data and log folders.

Nothing is resolved at import time; call the functions.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from wijkteam import APP_ID

DATA_DIR_ENV = "WIJKTEAM_DATA_DIR"
DB_FILENAME = "wijkteam.sqlite"


def resources_dir() -> Path:
    """The ``resources/`` folder, also inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    import resources

    return Path(resources.__file__).resolve().parent


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def migrations_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "wijkteam" / "migrations"
    return Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def crashes(self) -> Path:
        return self.data_dir / "crashes"


def resolve_data_dir(cli_value: str | None = None) -> Path:
    """``--data-dir`` first, then ``WIJKTEAM_DATA_DIR``, then the platform's user data folder."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True))


def app_paths(cli_value: str | None = None) -> AppPaths:
    """Logs go to the platform's user log folder, or beside the data when a data folder was given explicitly."""
    data_dir = resolve_data_dir(cli_value)
    if cli_value or os.environ.get(DATA_DIR_ENV):
        return AppPaths(data_dir, data_dir / "logs")
    import platformdirs

    return AppPaths(data_dir, Path(platformdirs.user_log_dir(APP_ID, appauthor=False)))


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (``.pdf``), added when a file dialog gave a name without it; any case counts."""
    return path if path.suffix.lower() == suffix.lower() else path.with_name(path.name + suffix)
