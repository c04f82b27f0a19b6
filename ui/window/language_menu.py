"""The menu "Taal": the language of the screens, each named in its own words, remembered in the settings.

A new choice takes effect at the next start: every screen is built with its words once, and rebuilding them all
while a plan is open could lose what was typed. The window says so in one sentence, in the language just chosen.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from ui.common.messages import open_message
from ui.common.screen_language import current_language
from ui.common.settings import settings
from ui.window.app import load_app_translation
from wijkteam import i18n

CONTEXT = "LanguageMenu"
RESTART = i18n.QT_TRANSLATE_NOOP("LanguageMenu", "De nieuwe taal komt als u Ons Plan opnieuw start.")


class LanguageMenu(QMenu):
    """One checkable item per language, and one to follow the computer's language again."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(self.tr("T&aal"), window)
        self.setObjectName("language_menu")
        self._window = window
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.actions_by_code: dict[str, QAction] = {}
        chosen = settings.language
        self.system_action = self._add(self.tr("Taal van de computer"), "", checked=not chosen)
        self.addSeparator()
        for code, name in i18n.LANGUAGES.items():
            self.actions_by_code[code] = self._add(name, code, checked=chosen == code)

    def _add(self, text: str, code: str, *, checked: bool) -> QAction:
        action = self.addAction(text)
        action.setCheckable(True)
        action.setChecked(checked)
        action.setData(code)
        self._group.addAction(action)
        action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
        return action

    def choose(self, code: str) -> QMessageBox | None:
        """Remember ``code`` (empty: the computer's language) and say when it takes effect; the message, if any."""
        if code == settings.language:
            return None
        settings.language = code
        settings.sync()
        target = i18n.choose_language(code, _system_languages())
        if target == current_language():
            return None
        return open_message(self._window, restart_sentence(target))


def _system_languages() -> list[str]:
    from PySide6.QtCore import QLocale

    return QLocale.system().uiLanguages()


def restart_sentence(code: str) -> str:
    """The sentence about the restart in the language just chosen, so whoever chose it can read it."""
    translator = load_app_translation(code)
    text = translator.translate(CONTEXT, RESTART) if translator is not None else ""
    return text or RESTART
