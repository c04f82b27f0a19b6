"""The fonts of the PDF: registered with ReportLab once per folder, and chosen per run of text by script."""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import arabic_reshaper
from arabic_reshaper.ligatures import LIGATURES
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from wijkteam.pdf.errors import MSG_FONTS, PdfError
from wijkteam.pdf.text import clean, has_rtl, without_bidi_controls

FONT_REGULAR_FILE = "DejaVuSans.ttf"
FONT_BOLD_FILE = "DejaVuSans-Bold.ttf"
# Scripts DejaVu lacks, used per run of text when the files are there: Ge'ez script for Tigrinya.
FALLBACK_FONT_FILES = (("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),)


@dataclass(frozen=True)
class Fallback:
    regular: str
    bold: str
    covered: frozenset[int]


@dataclass(frozen=True, eq=False)
class Fonts:
    regular: str
    bold: str
    covered: frozenset[int]
    reshaper: Any = field(repr=False)
    fallbacks: tuple[Fallback, ...] = ()

    def runs(self, text: str, *, bold: bool = False) -> list[tuple[str | None, str]]:
        """Split text into runs by font: ``None`` for the main font, else a fallback font's name.

        ReportLab has no font fallback of its own; a letter the main font lacks would print as a box.
        """
        if not self.fallbacks or all(ord(ch) in self.covered for ch in text):
            return [(None, text)]
        runs: list[tuple[str | None, str]] = []
        for ch in text:
            face = None
            if ord(ch) not in self.covered and not ch.isspace():
                face = next(
                    (f.bold if bold else f.regular for f in self.fallbacks if ord(ch) in f.covered), None
                )
            if runs and runs[-1][0] == face:
                runs[-1] = (face, runs[-1][1] + ch)
            else:
                runs.append((face, ch))
        return runs

    def markup(self, text: str, *, bold: bool = False) -> str:
        """User text made safe for a Paragraph: escaped, in the right font per script, newlines as breaks.

        ``bold`` when the paragraph's style is bold: a ``<font face>`` names one exact font, not a family.
        """
        text = clean(text)
        if not has_rtl(text):
            # Direction marks only steer right-to-left reordering; elsewhere some would print as boxes.
            text = without_bidi_controls(text)
        parts = [
            escape(run) if face is None else f'<font face="{face}">{escape(run)}</font>'
            for face, run in self.runs(text, bold=bold)
        ]
        return "".join(parts).replace("\n", "<br/>")

    def reshape(self, text: str) -> str:
        """Arabic letters in their joined forms; a form the font lacks falls back to the plain letter."""
        shaped = self.reshaper.reshape(text)
        if all(ord(ch) in self.covered for ch in shaped):
            return str(shaped)
        return "".join(ch if ord(ch) in self.covered else unicodedata.normalize("NFKC", ch) for ch in shaped)

    def width(self, text: str, size: float) -> float:
        """The width of one line of regular text, each run measured in its own font."""
        return sum(pdfmetrics.stringWidth(run, face or self.regular, size) for face, run in self.runs(text))


_font_lock = threading.Lock()
_font_cache: dict[Path, Fonts] = {}


def load_fonts(folder: Path) -> Fonts:
    """Register the fonts of ``folder`` once per process; ReportLab's registry is global."""
    key = folder.resolve()
    with _font_lock:
        cached = _font_cache.get(key)
        if cached is not None:
            return cached
        suffix = f"-{len(_font_cache) + 1}" if _font_cache else ""
        regular_name, bold_name = f"OnsPlanSans{suffix}", f"OnsPlanSans{suffix}-Bold"
        try:
            regular = TTFont(regular_name, str(key / FONT_REGULAR_FILE))
            bold = TTFont(bold_name, str(key / FONT_BOLD_FILE))
        except Exception as exc:  # ReportLab raises its own TTFError as well as OSError
            raise PdfError(MSG_FONTS) from exc
        covered = _register_family(regular, bold)
        fallbacks = tuple(_load_fallbacks(key, suffix))
        fonts = Fonts(regular_name, bold_name, covered, _reshaper_for(covered), fallbacks)
        _font_cache[key] = fonts
        return fonts


def _load_fallbacks(folder: Path, suffix: str) -> Iterable[Fallback]:
    for regular_file, bold_file in FALLBACK_FONT_FILES:
        if not (folder / regular_file).is_file() or not (folder / bold_file).is_file():
            continue
        stem = regular_file.split("-")[0]
        regular_name, bold_name = f"OnsPlan{stem}{suffix}", f"OnsPlan{stem}{suffix}-Bold"
        try:
            regular = TTFont(regular_name, str(folder / regular_file))
            bold = TTFont(bold_name, str(folder / bold_file))
        except Exception:  # an extra script is a nicety: without it those letters print as boxes
            continue
        yield Fallback(regular_name, bold_name, _register_family(regular, bold))


def _register_family(regular: TTFont, bold: TTFont) -> frozenset[int]:
    """Register a regular and a bold font as one family; returns the characters both have a glyph for."""
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    plain, heavy = regular.fontName, bold.fontName
    pdfmetrics.registerFontFamily(plain, normal=plain, bold=heavy, italic=plain, boldItalic=heavy)
    return frozenset(regular.face.charToGlyph) & frozenset(bold.face.charToGlyph)


def _reshaper_for(covered: frozenset[int]) -> Any:
    # A ligature the font has no glyph for would print as an empty box: switch those off.
    missing = {
        name: False
        for name, (_match, forms) in LIGATURES
        if any(ord(ch) not in covered for form in forms for ch in form)
    }
    # Vowel marks stay: they are the family's text, and DejaVu places them well without moving them.
    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False, **missing})
