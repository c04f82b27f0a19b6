"""Which language the screens speak in this run (set once at start, see ``ui.window.app``)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from wijkteam import i18n

#: The attribute on the QApplication that holds the language the screens speak (``nl``, ``en``, ...).
LANGUAGE_ATTRIBUTE = "ons_plan_language"


def current_language() -> str:
    """The language the screens speak now; Dutch before the application is made."""
    app = QApplication.instance()
    code = getattr(app, LANGUAGE_ATTRIBUTE, None) if app is not None else None
    return code if isinstance(code, str) else i18n.SOURCE_LANGUAGE


def language_chosen() -> bool:
    """Whether the start chose the language of the screens yet (and set Qt's default locale with it)."""
    app = QApplication.instance()
    return app is not None and isinstance(getattr(app, LANGUAGE_ATTRIBUTE, None), str)
