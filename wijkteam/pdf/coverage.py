"""Which characters of a plan no shipped font can print: the family hears of them before printing, so the PDF
never shows a silent empty box."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from wijkteam.paths import fonts_dir
from wijkteam.pdf.fonts import load_fonts
from wijkteam.pdf.text import clean
from wijkteam.services.dto import PlanDoc

# A longer list helps nobody: the family looks for the few odd characters they typed.
NAMED_AT_MOST = 10


def unprintable_characters(doc: PlanDoc, fonts: Path | None = None) -> list[str]:
    """Every character of ``doc`` no font of the PDF has a glyph for, each once, in the order they come.

    Fonts for scripts the text uses are read here (as printing would); the others stay unread.
    """
    font_set = load_fonts(Path(fonts) if fonts is not None else fonts_dir())
    found: dict[str, None] = {}
    for text in _texts(doc):
        for ch in font_set.missing(clean(text)):
            found.setdefault(ch, None)
    return list(found)


def characters_named(chars: Sequence[str], more: str = "en nog %1 andere") -> str:
    """The characters as a reader can find them: each one with its code, since some show nothing on a screen.

    ``more`` (with ``%1`` for the number) follows when there are more than ``NAMED_AT_MOST``.
    """
    named = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in chars[:NAMED_AT_MOST])
    rest = len(chars) - NAMED_AT_MOST
    return f"{named} {more.replace('%1', str(rest))}" if rest > 0 else named


def unprintable_sentence(chars: Sequence[str]) -> str:
    """The one sentence the command line prints on stderr; the window says the same in its own words."""
    return f"Deze tekens kunnen niet worden afgedrukt: {characters_named(chars)}. De rest van het plan wel."


def _texts(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _texts(getattr(value, item.name))
    elif isinstance(value, Iterable) and not isinstance(value, (bytes, bytearray)):
        for item in value:
            yield from _texts(item)
