"""The translations of ``resources/translations/*.ts``, read without Qt, for what the core makes itself (the printed
plan's own words).

The ``.ts`` files are the one place of every translation: Qt's tools compile them into the ``.qm`` files the screens
load, and this reads the same files, so the PDF and the screens always use the same words. Only finished translations
count; for anything else the Dutch text stays.
"""

from __future__ import annotations

import functools
import logging
import xml.etree.ElementTree as ET
from pathlib import Path

from wijkteam import i18n

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"wijkteam_{language}.ts"


@functools.cache
def table(language: str) -> dict[tuple[str, str], str]:
    """``(context, Dutch text) -> translation`` for ``language``; empty for Dutch, an unknown language, or a file that
    cannot be read (then the Dutch words print, and the log says why)."""
    if language == i18n.SOURCE_LANGUAGE or language not in i18n.LANGUAGES:
        return {}
    try:
        root = ET.parse(ts_path(language)).getroot()
    except (OSError, ET.ParseError) as error:
        log.warning("Translations for %s cannot be read (%s)", language, type(error).__name__)
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = translation.findall("numerusform")
            text = (forms[-1].text if forms else translation.text) or ""
            if text:
                found[(name, message.findtext("source") or "")] = text
    return found


def translator(language: str) -> i18n.Translate:
    """A function ``(context, text) -> text in language``, Dutch where there is no translation."""
    words = table(language)

    def translate(context: str, text: str) -> str:
        return words.get((context, text), text)

    return translate
