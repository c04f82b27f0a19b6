"""Right-to-left lines for ReportLab, which lays text out left to right only: shaped, and put in visual order
one printed line at a time."""

from __future__ import annotations

from collections.abc import Iterable

from bidi import get_display
from reportlab.pdfbase import pdfmetrics

from wijkteam.pdf.fonts import Fonts
from wijkteam.pdf.text import has_rtl, one_line, starts_rtl, without_bidi_controls


def visual_lines(
    text: str, fonts: Fonts, font_name: str, size: float, width: float
) -> tuple[list[str], bool]:
    """Wrap one logical line to ``width`` first, then put each wrapped line in visual order.

    Reordering the whole paragraph before wrapping would print its last words on the first line.
    """
    rtl = starts_rtl(text)
    shaped = fonts.reshape(" ".join(text.split()))
    bold = font_name == fonts.bold
    space = pdfmetrics.stringWidth(" ", font_name, size)
    # ReportLab measures the same way; the margin keeps it from breaking our lines a second time.
    limit = max(width * 0.97, size * 2)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in shaped.split(" "):
        for piece in _split_long_word(word, fonts, bold, size, limit):
            # Each run in its own font: a Hebrew line may hold Chinese or emoji.
            piece_width = fonts.width(piece, size, bold=bold)
            extra = piece_width + (space if current else 0.0)
            if current and used + extra > limit:
                lines.append(" ".join(current))
                current, used = [], 0.0
                extra = piece_width
            current.append(piece)
            used += extra
    if current:
        lines.append(" ".join(current))
    visual = [_visual_order(line, rtl) for line in lines]
    return visual or [""], rtl


def visual_single_line(text: str, fonts: Fonts) -> str:
    """A short line for the canvas (footer): shaped and reordered, no wrapping."""
    text = one_line(text)
    if not has_rtl(text):
        return text
    return _visual_order(fonts.reshape(text), starts_rtl(text))


def _visual_order(line: str, rtl: bool) -> str:
    return without_bidi_controls(str(get_display(line, base_dir="R" if rtl else "L")))


def _split_long_word(word: str, fonts: Fonts, bold: bool, size: float, limit: float) -> Iterable[str]:
    if fonts.width(word, size, bold=bold) <= limit:
        yield word
        return
    piece = ""
    for ch in word:
        if piece and fonts.width(piece + ch, size, bold=bold) > limit:
            yield piece
            piece = ""
        piece += ch
    if piece:
        yield piece
