"""The fonts of the PDF: registered with ReportLab once per folder, and chosen per run of text by script."""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import arabic_reshaper
from arabic_reshaper.ligatures import LIGATURES
from reportlab.lib import textsplit
from reportlab.lib.textsplit import ALL_CANNOT_START
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph

from wijkteam.pdf.errors import MSG_FONTS, PdfError
from wijkteam.pdf.text import clean, has_rtl, without_bidi_controls

FONT_REGULAR_FILE = "DejaVuSans.ttf"
FONT_BOLD_FILE = "DejaVuSans-Bold.ttf"

Ranges = tuple[tuple[int, int], ...]

# Chinese, Japanese and Korean: ideographs, kana, hangul, and their punctuation and full-width forms.
CJK_RANGES: Ranges = (
    (0x1100, 0x11FF), (0x2E80, 0x2FDF), (0x2FF0, 0x31FF), (0x3200, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
    (0xA960, 0xA97F), (0xAC00, 0xD7FF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF), (0x20000, 0x3134F),
)
# Pictographs are Noto Emoji's; in the older symbol blocks (arrows, dingbats, weather) DejaVu's come first.
EMOJI_RANGES: Ranges = ((0x2000, 0x2BFF), (0x3030, 0x3030), (0x303D, 0x303D), (0x3297, 0x3299), (0x1F000, 0x1FAFF))


@dataclass(frozen=True)
class FallbackFile:
    """A font for the letters DejaVu lacks. Its file is read only when a text holds a character of its ``ranges``:
    the CJK font alone is 3.4 MB, and most plans never need it."""

    regular: str
    bold: str | None  # None: the regular face serves bold text too
    ranges: Ranges
    # Used for these characters even where DejaVu has them: one script, or all emoji, in one look.
    preferred: Ranges = ()


FALLBACK_FONT_FILES = (
    # Ge'ez script for Tigrinya.
    FallbackFile("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf",
                 ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F), (0x1E7E0, 0x1E7FF))),
    # Hebrew with all its vowel and reading marks; DejaVu has the letters, but not every mark.
    FallbackFile("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", ((0x0590, 0x05FF), (0xFB1D, 0xFB4F)),
                 preferred=((0x0590, 0x05FF), (0xFB1D, 0xFB4F))),
    # TrueType outlines: ReportLab cannot embed the CFF outlines of Noto Sans CJK.
    FallbackFile("DroidSansFallback.ttf", None, CJK_RANGES),
    # Monochrome: ReportLab embeds no colour glyphs.
    FallbackFile("NotoEmoji-Regular.ttf", None, EMOJI_RANGES, preferred=((0x1F000, 0x1FAFF),)),
)


def _char_class(ranges: Iterable[tuple[int, int]]) -> re.Pattern[str]:
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]")


def _within(code: int, ranges: Ranges) -> bool:
    return any(low <= code <= high for low, high in ranges)


def invisible(ch: str) -> bool:
    """A character that only steers others (joiners, variation selectors, tags): left out where no font has it."""
    code = ord(ch)
    return unicodedata.category(ch) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


_CJK = _char_class(CJK_RANGES)


def has_cjk(text: str) -> bool:
    """Chinese, Japanese or Korean in the text: such lines may break between any two characters."""
    return bool(_CJK.search(text))


@dataclass(frozen=True)
class Fallback:
    regular: str
    bold: str
    covered: frozenset[int]


class LazyFallback:
    """A fallback font registered with ReportLab the first time a text needs it."""

    def __init__(self, spec: FallbackFile, folder: Path, suffix: str) -> None:
        self.spec = spec
        self.folder = folder
        self.suffix = suffix
        self._lock = threading.Lock()
        self._loaded: Fallback | None = None
        self._tried = False

    @property
    def loaded(self) -> bool:
        return self._tried

    def get(self) -> Fallback | None:
        """The registered font, or None when its file is missing or unreadable (those letters then cannot print)."""
        if self._tried:
            return self._loaded
        with self._lock:
            if not self._tried:
                self._loaded = self._load()
                self._tried = True
        return self._loaded

    def _load(self) -> Fallback | None:
        spec = self.spec
        stem = Path(spec.regular).stem.split("-")[0]
        regular_name = f"OnsPlan{stem}{self.suffix}"
        bold_name = f"{regular_name}-Bold" if spec.bold else regular_name
        try:
            regular = TTFont(regular_name, str(self.folder / spec.regular))
            bold = TTFont(bold_name, str(self.folder / spec.bold)) if spec.bold else regular
        except Exception:  # an extra script is a nicety: its letters are named before printing instead
            return None
        return Fallback(regular_name, bold_name, _register_family(regular, bold))


@dataclass(frozen=True, eq=False)
class Fonts:
    regular: str
    bold: str
    covered: frozenset[int]
    reshaper: Any = field(repr=False)
    fallbacks: tuple[LazyFallback, ...] = ()
    # Per character and weight: the font that prints it (None: the main font), or False: none can.
    _choice: dict[tuple[str, bool], str | None | bool] = field(default_factory=dict, repr=False)
    _preferred: re.Pattern[str] | None = field(init=False, default=None, repr=False)

    def __post_init__(self) -> None:
        preferred = [r for f in self.fallbacks for r in f.spec.preferred]
        object.__setattr__(self, "_preferred", _char_class(preferred) if preferred else None)

    def _plain(self, text: str) -> bool:
        """Every character in the main font, and none that another font prints better."""
        preferred = self._preferred
        if preferred is not None and preferred.search(text):
            return False
        covered = self.covered
        return all(ord(ch) in covered for ch in text)

    def face_for(self, ch: str, *, bold: bool = False) -> str | None | bool:
        """The font that prints ``ch``: None for the main font, a fallback's name, or False when none has it."""
        key = (ch, bold)
        choice = self._choice.get(key, True)
        if choice is not True:
            return choice
        code = ord(ch)
        # A script with a font of its own first (Hebrew, emoji), then the main font, then any fallback that has it.
        choice = self._fallback_for(code, bold, preferred=True)
        if choice is False:
            choice = None if code in self.covered else self._fallback_for(code, bold, preferred=False)
        self._choice[key] = choice
        return choice

    def _fallback_for(self, code: int, bold: bool, *, preferred: bool) -> str | bool:
        """The first fallback font whose (preferred) ranges hold ``code`` and that has its glyph; False for none."""
        for fallback in self.fallbacks:
            if _within(code, fallback.spec.preferred if preferred else fallback.spec.ranges):
                found = fallback.get()
                if found is not None and code in found.covered:
                    return found.bold if bold else found.regular
        return False

    def runs(self, text: str, *, bold: bool = False) -> list[tuple[str | None, str]]:
        """Split text into runs by font: ``None`` for the main font, else a fallback font's name.

        ReportLab has no font fallback of its own; a letter the main font lacks would print as a box. A joiner or
        variation selector no font has is left out: it steers, it is not seen. What no font has at all stays in
        the main font (``missing`` names those before printing).
        """
        if self._plain(text):
            return [(None, text)]
        runs: list[tuple[str | None, str]] = []
        for ch in text:
            found = self.face_for(ch, bold=bold)
            if found is False:
                if invisible(ch):
                    continue
                if ch.isspace() and ch != "\n":  # a line break stays: ``markup`` makes it a <br/>
                    ch = " "
                found = None
            face = found if isinstance(found, str) else None
            if runs and runs[-1][0] == face:
                runs[-1] = (face, runs[-1][1] + ch)
            else:
                runs.append((face, ch))
        return runs

    def missing(self, text: str) -> list[str]:
        """The characters of ``text`` that no font here can print, each once, in the order they come."""
        if self._plain(text):
            return []
        out: dict[str, None] = {}
        for ch in text:
            if ch not in out and self.face_for(ch) is False and not invisible(ch) and not ch.isspace():
                out[ch] = None
        return list(out)

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

    def width(self, text: str, size: float, *, bold: bool = False) -> float:
        """The width of one line of text, each run measured in its own font."""
        main = self.bold if bold else self.regular
        return sum(pdfmetrics.stringWidth(run, face or main, size) for face, run in self.runs(text, bold=bold))


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
        fallbacks = tuple(LazyFallback(spec, key, suffix) for spec in FALLBACK_FONT_FILES)
        fonts = Fonts(regular_name, bold_name, covered, _reshaper_for(covered), fallbacks)
        _font_cache[key] = fonts
        return fonts


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, but with characters beyond U+FFFF written as UTF-16 pairs.

    ReportLab writes them as five hex digits, so an emoji copied out of the PDF turned into another letter.
    """
    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper() if code > 0xFFFF else f"{code:04X}"

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{utf16(code)}>" for index, code in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


ttfonts.makeToUnicodeCMap = _to_unicode_cmap
# ReportLab's list of marks that may not start a line misses the full-width ones Chinese uses most: ，！？：；
_CLOSING = "".join(ch for ch in "\uff0c\uff01\uff1f\uff1a\uff1b\uff0e\u300b\u3009" if ch not in ALL_CANNOT_START)
textsplit.ALL_CANNOT_START = paragraph.ALL_CANNOT_START = ALL_CANNOT_START + _CLOSING


def _register_family(regular: TTFont, bold: TTFont) -> frozenset[int]:
    """Register a regular and a bold font as one family; returns the characters both have a glyph for."""
    pdfmetrics.registerFont(regular)
    if bold is not regular:
        pdfmetrics.registerFont(bold)
    plain, heavy = regular.fontName, bold.fontName
    pdfmetrics.registerFontFamily(plain, normal=plain, bold=heavy, italic=plain, boldItalic=heavy)
    if bold is regular:
        return frozenset(regular.face.charToGlyph)
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
