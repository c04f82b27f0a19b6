"""The QApplication of Ons Plan: names, a readable font, the look, and Dutch for Qt's own buttons and dialogs."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ui.common.theme import apply_theme
from wijkteam import APP_ID, APP_NAME
from wijkteam.paths import resources_dir

log = logging.getLogger(__name__)

#: The attribute on the QApplication that keeps the translators alive: Qt does not own them.
TRANSLATORS_ATTRIBUTE = "ons_plan_translators"


def _dutch() -> QLocale:
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def install_translators(app: QApplication) -> list[QTranslator]:
    """The app is written in Dutch. A translation of the app for the system language is used when one ships;
    Qt's own texts (OK, Annuleren, the calendar) then follow that language, otherwise they are Dutch too."""
    translators: list[QTranslator] = []
    app_translator = QTranslator(app)
    folder = resources_dir() / "translations"
    language = _dutch()
    if folder.is_dir() and app_translator.load(QLocale.system(), "ons_plan", "_", str(folder)):
        app.installTranslator(app_translator)
        translators.append(app_translator)
        language = QLocale.system()
    qt_translator = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(language, "qtbase", "_", qt_folder) or qt_translator.load("qtbase_nl", qt_folder):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    else:
        log.warning("Qt's own Dutch translation was not found in %s", qt_folder)
    # Dates in the calendar and date fields follow the language of the texts.
    QLocale.setDefault(language)
    return translators


def create_application(argv: list[str]) -> QApplication:
    """Create the application, or dress up the one that already exists (tests make their own first)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    apply_theme(app)
    if not getattr(app, TRANSLATORS_ATTRIBUTE, None):
        setattr(app, TRANSLATORS_ATTRIBUTE, install_translators(app))
    return app
