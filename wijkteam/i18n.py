"""Translation without Qt: marking a text for Qt's tools, filling ``%1`` placeholders, and the hook through which
the window shows the sentences of ``UserError`` in the family's language.

The core speaks Dutch: the command line, the printed plan and the logs use the texts as they are. A text that reaches
a screen is marked with ``QT_TRANSLATE_NOOP(context, text)`` where it is made, so ``pyside6-lupdate`` extracts it into
the ``.ts`` files; the window installs Qt's translate function here at start (``set_translator``), and an error's
sentence is translated when it is read, never when it is made.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: The translation context of the sentences of errors.
ERRORS = "Errors"

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt's tools look for
    """Marks ``text`` for translation under ``context`` and returns it as it is.

    Call it with two literal texts, never through a wrapper: only then does ``pyside6-lupdate`` find it.
    """
    return text


def _as_is(context: str, text: str) -> str:
    return text


_translate: Translate = _as_is


def set_translator(translate: Translate | None) -> None:
    """The function that gives a marked text in the chosen language (the window's); None: Dutch again."""
    global _translate
    _translate = translate or _as_is


def translate(context: str, text: str) -> str:
    """``text`` in the language of the screens; the Dutch text itself when none is set or it has no translation."""
    return _translate(context, text) or text


_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def fill(template: str, *values: object) -> str:
    """Fill Qt-style ``%1`` placeholders in one pass: a value that holds ``%1`` itself stays as it was typed, and
    ``%10`` is the tenth value. A number without a value stays as it is."""
    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


# ---------------------------------------------------------------------------------------------- the languages

#: The languages of the screens, each named in its own words. Dutch is the language the app is written in.
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English", "tr": "Türkçe", "pl": "Polski", "ar": "العربية"}
SOURCE_LANGUAGE = "nl"
RIGHT_TO_LEFT = frozenset({"ar"})
#: Chooses the language for one start, before the setting (``nl``, ``en``, ``tr``, ``pl``, ``ar``).
LANGUAGE_ENV = "WIJKTEAM_LANGUAGE"


def language_code(name: str) -> str:
    """``en`` for ``en``, ``en_GB``, ``en-US`` or ``EN.UTF-8``; empty for a language the screens do not speak."""
    code = name.strip().lower().replace("-", "_").split("_")[0].split(".")[0]
    return code if code in LANGUAGES else ""


def choose_language(chosen: str, system: list[str]) -> str:
    """The language of the screens: the one chosen (``chosen``, from the environment or the settings) when the app
    speaks it, else the first of the system's languages (``QLocale.system().uiLanguages()``) that it speaks, else
    Dutch."""
    for name in [chosen, *system]:
        if code := language_code(name):
            return code
    return SOURCE_LANGUAGE
