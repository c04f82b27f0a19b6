"""The window shows what the PDF prints: the fonts shipped for the PDF (Chinese, Japanese, Korean, Hebrew, Tigrinya and
emoji) are added to Qt's own, so its font fallback finds them on a computer that has none. Without them a
grandmother's Chinese name showed as empty boxes on the screen while it printed well.

Qt reads a font's file only when a text needs one of its letters; adding all of them costs about 2 ms.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from wijkteam.paths import fonts_dir

log = logging.getLogger(__name__)

#: The PDF's fallback fonts (``wijkteam.pdf.fonts.FALLBACK_FONT_FILES``); DejaVu Sans the system has itself.
SCREEN_FONT_FILES = (
    "DroidSansFallback.ttf",
    "NotoEmoji-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansHebrew-Bold.ttf",
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansEthiopic-Bold.ttf",
)

_added: dict[Path, list[str]] = {}


def add_screen_fonts(folder: Path | None = None) -> list[str]:
    """Add the shipped fonts to the application once; returns the font families added."""
    folder = (folder or fonts_dir()).resolve()
    if folder in _added:
        return _added[folder]
    families: list[str] = []
    for name in SCREEN_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name)) if (folder / name).is_file() else -1
        if font_id < 0:
            log.warning("The font %s could not be added to the screen", name)  # its letters show as boxes then
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    _added[folder] = families
    return families
