"""User text made tidy, and its reading direction. Plain Unicode work: no ReportLab here."""

from __future__ import annotations

import re
import unicodedata

# Right-to-left scripts: Hebrew, Arabic (with its supplements) and their presentation forms.
_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# Control characters, and halves of a UTF-16 pair without their other half (a damaged file): no character at all.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")


def clean(text: str) -> str:
    """NFC, one kind of line break, tabs as spaces, and no control characters or lone surrogates."""
    text = unicodedata.normalize("NFC", text or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL_CHARS.sub("", text)


def one_line(text: str) -> str:
    """Cleaned text on a single line, every run of white space one space."""
    return " ".join(clean(text).split())


def has_rtl(text: str) -> bool:
    return bool(_RTL_CHARS.search(text))


def starts_rtl(text: str) -> bool:
    """The direction of the first letter with a strong direction (Unicode bidi rule P2)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return True


def without_bidi_controls(text: str) -> str:
    """Text without direction marks and embeddings: they only steer reordering, and some print as boxes."""
    return _BIDI_CONTROLS.sub("", text)
