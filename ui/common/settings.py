"""Every choice the app remembers between starts, in one typed place with its defaults.

Each setting is a property read from and written to ``QSettings`` (the user's settings folder), under the keys the
app has always used, so nobody loses a setting with an update. A stored value that cannot be read as what it should
be (by hand-editing, or from another version) counts as not stored: the default is used. Plan data never comes here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from models import Role
from ui.common.pdf_export import default_pdf_folder
from wijkteam.i18n import language_code

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

#: How many minutes without use before the window locks itself: the choices offered, and the default.
LOCK_CHOICES = (5, 10, 15, 30, 60)
DEFAULT_LOCK_MINUTES = 10

KEY_GEOMETRY = "main_window/geometry"
KEY_STATE = "main_window/state"
KEY_SPLITTER = "editor/splitter"
KEY_HELP = "editor/help_shown"
KEY_PDF_FOLDER = "export/last_folder"
KEY_PLAN_FILE_FOLDER = "planfile/last_folder"
KEY_ADVICE_FILE_FOLDER = "advicefile/last_folder"
KEY_CALENDAR_FOLDER = "calendar/last_folder"
KEY_SORT_COLUMN = "start/sort_column"
KEY_SORT_ORDER = "start/sort_order"
KEY_LOCK_MINUTES = "security/lock_after_minutes"
KEY_ORGANISATION = "roles/professional/organisation"
KEY_LANGUAGE = "ui/language"
#: Reading aloud at a calm pace (the default) or at the voice's own pace.
KEY_READ_ALOUD_CALM = "read_aloud/calm"
#: Per plan, a number only: who of its people was last at the keyboard (names stay in the encrypted plan).
KEY_KEYBOARD_PERSON = "roles/keyboard"


def role_name_key(role: Role) -> str:
    return f"roles/{role.value}/name"


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _as_bool(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0"):
        return value.strip().lower() in ("true", "1")
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    return None


def _as_bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    return None


def _as_folder(value: object) -> Path | None:
    if not isinstance(value, str) or not value.strip() or "\x00" in value:
        return None
    folder = Path(value)
    try:
        return folder if folder.is_absolute() and folder.is_dir() else None  # never one relative to where we run
    except OSError:
        return None


class Settings:
    """The app's settings. ``store`` is for tests; the app reads the user's own settings, fresh on every use."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._fixed = store

    def _store(self) -> QSettings:
        # A new QSettings each time: it is cheap, and it always uses the settings folder of this moment.
        return self._fixed if self._fixed is not None else QSettings()

    def _get(self, key: str) -> object:
        return self._store().value(key)

    def _set(self, key: str, value: object) -> None:
        self._store().setValue(key, value)

    def sync(self) -> None:
        self._store().sync()

    # ------------------------------------------------------------------ the window

    @property
    def window_geometry(self) -> QByteArray | None:
        return _as_bytes(self._get(KEY_GEOMETRY))

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._set(KEY_GEOMETRY, value)

    @property
    def window_state(self) -> QByteArray | None:
        return _as_bytes(self._get(KEY_STATE))

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._set(KEY_STATE, value)

    @property
    def editor_splitter(self) -> QByteArray | None:
        """How wide the list of parts is beside the open part."""
        return _as_bytes(self._get(KEY_SPLITTER))

    @editor_splitter.setter
    def editor_splitter(self, value: QByteArray) -> None:
        self._set(KEY_SPLITTER, value)

    @property
    def help_shown(self) -> bool:
        """Whether help and the example show beside each part. Default: no."""
        shown = _as_bool(self._get(KEY_HELP))
        return False if shown is None else shown

    @help_shown.setter
    def help_shown(self, value: bool) -> None:
        self._set(KEY_HELP, bool(value))

    # ------------------------------------------------------------------ the list of plans

    @property
    def plan_sort(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and order the list of plans was sorted by; None when none is stored (the list's default)."""
        column, order = _as_int(self._get(KEY_SORT_COLUMN)), _as_int(self._get(KEY_SORT_ORDER))
        if column is None or order not in (0, 1) or column < 0:
            return None
        from PySide6.QtCore import Qt  # not at import: the window shows before Qt's enums are made (20 ms)

        return column, Qt.SortOrder(order)

    def set_plan_sort(self, column: int, order: Qt.SortOrder) -> None:
        store = self._store()
        store.setValue(KEY_SORT_COLUMN, int(column))
        store.setValue(KEY_SORT_ORDER, order.value)

    # ------------------------------------------------------------------ folders, each with the documents folder first

    @property
    def pdf_folder(self) -> Path:
        return _as_folder(self._get(KEY_PDF_FOLDER)) or default_pdf_folder()

    @pdf_folder.setter
    def pdf_folder(self, folder: Path) -> None:
        self._set(KEY_PDF_FOLDER, str(folder))

    @property
    def plan_file_folder(self) -> Path:
        return _as_folder(self._get(KEY_PLAN_FILE_FOLDER)) or default_pdf_folder()

    @plan_file_folder.setter
    def plan_file_folder(self, folder: Path) -> None:
        self._set(KEY_PLAN_FILE_FOLDER, str(folder))

    @property
    def advice_file_folder(self) -> Path:
        return _as_folder(self._get(KEY_ADVICE_FILE_FOLDER)) or default_pdf_folder()

    @advice_file_folder.setter
    def advice_file_folder(self, folder: Path) -> None:
        self._set(KEY_ADVICE_FILE_FOLDER, str(folder))

    @property
    def calendar_folder(self) -> Path:
        return _as_folder(self._get(KEY_CALENDAR_FOLDER)) or default_pdf_folder()

    @calendar_folder.setter
    def calendar_folder(self, folder: Path) -> None:
        self._set(KEY_CALENDAR_FOLDER, str(folder))

    # ------------------------------------------------------------------ the lock

    @property
    def lock_minutes(self) -> int:
        """Minutes without use before the window locks itself: one of ``LOCK_CHOICES``, 10 unless chosen."""
        minutes = _as_int(self._get(KEY_LOCK_MINUTES))
        return minutes if minutes in LOCK_CHOICES else DEFAULT_LOCK_MINUTES

    @lock_minutes.setter
    def lock_minutes(self, minutes: int) -> None:
        if minutes not in LOCK_CHOICES:
            raise ValueError(f"lock minutes must be one of {LOCK_CHOICES}")
        self._set(KEY_LOCK_MINUTES, int(minutes))

    # ------------------------------------------------------------------ who was at the keyboard

    def role_name(self, role: Role) -> str:
        """The name last typed for this role in "Wie zit er aan het toetsenbord"; empty when none."""
        value = self._get(role_name_key(role))
        return value if isinstance(value, str) else ""

    def set_role_name(self, role: Role, name: str) -> None:
        self._set(role_name_key(role), name)

    @property
    def organisation(self) -> str:
        """The organisation a professional last gave advice from."""
        value = self._get(KEY_ORGANISATION)
        return value if isinstance(value, str) else ""

    @organisation.setter
    def organisation(self, value: str) -> None:
        self._set(KEY_ORGANISATION, value)

    def keyboard_person(self, plan_id: int) -> int | None:
        """Who of this plan's people was last at the keyboard: their number in the plan (0: the family together)."""
        return _as_int(self._get(f"{KEY_KEYBOARD_PERSON}/{int(plan_id)}"))

    def set_keyboard_person(self, plan_id: int, participant_id: int) -> None:
        self._set(f"{KEY_KEYBOARD_PERSON}/{int(plan_id)}", int(participant_id))

    # ------------------------------------------------------------------ the language of the screens

    @property
    def language(self) -> str:
        """The language chosen in the menu "Taal" (``en``, ``ar``, ...); empty: the system's language."""
        value = self._get(KEY_LANGUAGE)
        return language_code(value) if isinstance(value, str) else ""

    @language.setter
    def language(self, code: str) -> None:
        self._set(KEY_LANGUAGE, code)

    # ------------------------------------------------------------------ reading aloud

    @property
    def read_aloud_calm(self) -> bool:
        """Whether "Lees voor" reads slower than the voice's own pace. Default: yes, calm."""
        calm = _as_bool(self._get(KEY_READ_ALOUD_CALM))
        return True if calm is None else calm

    @read_aloud_calm.setter
    def read_aloud_calm(self, value: bool) -> None:
        self._set(KEY_READ_ALOUD_CALM, bool(value))



#: The app's settings: ``settings.pdf_folder``, ``settings.lock_minutes = 15``.
settings = Settings()
