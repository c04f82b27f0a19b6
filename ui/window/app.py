"""The QApplication of Ons Plan: names, a readable font, the look, and the language of the screens.

The app is written in Dutch. At start it speaks the language chosen in the menu "Taal" (or given for one start as
``WIJKTEAM_LANGUAGE``), else the system's language when the app speaks it, else Dutch: the app's own translation
(``resources/translations/wijkteam_*.qm``) and Qt's own (``qtbase_*.qm``, so file dialogs and standard buttons speak
it too), the dates in that language, and right to left for Arabic. Loading a ``.qm`` file costs about a millisecond.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ui.common.screen_language import LANGUAGE_ATTRIBUTE
from ui.common.settings import settings
from ui.common.theme import apply_theme
from wijkteam import APP_ID, APP_NAME, i18n
from wijkteam.paths import resources_dir

log = logging.getLogger(__name__)

#: The attribute on the QApplication that keeps the translators alive: Qt does not own them.
TRANSLATORS_ATTRIBUTE = "ons_plan_translators"


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def chosen_language() -> str:
    """The language for this start: ``WIJKTEAM_LANGUAGE``, the setting, the system's languages, Dutch."""
    chosen = os.environ.get(i18n.LANGUAGE_ENV, "") or settings.language
    return i18n.choose_language(chosen, QLocale.system().uiLanguages())


def language_locale(code: str) -> QLocale:
    # The country only where the language needs one for its dates; Dutch as in the Netherlands.
    return QLocale(code if code != "nl" else "nl_NL")


def load_app_translation(code: str, parent: QCoreApplication | None = None) -> QTranslator | None:
    """The app's own translation for ``code``; None when its file is missing.

    Dutch has one too, with only the texts that hold a count: Qt picks "1 plan" or "3 plannen" from it.
    """
    translator = QTranslator(parent)
    if translator.load(f"wijkteam_{code}", translations_dir()):
        return translator
    log.warning("The translation %s of the app was not found in %s", code, translations_dir())
    return None


def install_translators(app: QApplication, code: str | None = None) -> list[QTranslator]:
    """Load the app's translation and Qt's own for ``code`` (default: ``chosen_language()``) and install them."""
    code = code or chosen_language()
    translators: list[QTranslator] = []
    # The Dutch counts first: Qt asks the last installed translator first, so a text another language has not
    # translated yet falls back on "1 plan" / "3 plannen", never on "1 plannen".
    dutch = load_app_translation(i18n.SOURCE_LANGUAGE, app)
    if dutch is not None:
        app.installTranslator(dutch)
        translators.append(dutch)
    app_translator = load_app_translation(code, app) if code != i18n.SOURCE_LANGUAGE else None
    if app_translator is None:
        code = i18n.SOURCE_LANGUAGE  # no half-translated window: Qt's own texts follow what the app speaks
    else:
        app.installTranslator(app_translator)
        translators.append(app_translator)
    qt_translator = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{code}", qt_folder):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    else:
        log.warning("Qt's own translation %s was not found in %s", code, qt_folder)
    # Dates in the calendar and date fields follow the language of the texts.
    QLocale.setDefault(language_locale(code))
    if code in i18n.RIGHT_TO_LEFT:
        # Only then: the ``Qt`` namespace costs some 30 ms to import, a fifth of a bare window's start.
        from PySide6.QtCore import Qt

        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    elif app.isRightToLeft():  # back from Arabic (a test, or a language menu that applies at once)
        app.setLayoutDirection(type(app.layoutDirection()).LeftToRight)
    # The sentences of errors made in the core are read through Qt's translations too.
    i18n.set_translator(QCoreApplication.translate)
    setattr(app, LANGUAGE_ATTRIBUTE, code)
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
