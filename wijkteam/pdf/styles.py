"""How the printed plan looks: page, colours and paragraph styles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from wijkteam.pdf.fonts import Fonts

# One warm accent; every tone differs enough in lightness that a black-and-white print keeps them apart.
INK = colors.HexColor("#1E1E1E")
ACCENT = colors.HexColor("#7A3E1F")
MUTED = colors.HexColor("#5A5A5A")
FAINT = colors.HexColor("#8C8C8C")
RULE = colors.HexColor("#C8C8C8")
SHADE = colors.HexColor("#F1ECE7")
SAFETY_SHADE = colors.HexColor("#E2E2E2")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 24 * mm
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
BODY_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
# Space between table columns lives in the paragraph indents, never in cell padding: ReportLab splits a cell
# over pages at the full column width, so padding would make the halves wrap unlike what was measured.
CELL_GAP = 6.0


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    empty: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    kicker: ParagraphStyle
    law: ParagraphStyle
    title: ParagraphStyle
    family: ParagraphStyle
    fact_label: ParagraphStyle
    fact_value: ParagraphStyle
    note: ParagraphStyle
    meta: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_group: ParagraphStyle
    cell_meta: ParagraphStyle
    cell_label: ParagraphStyle
    cell_empty: ParagraphStyle
    cell_number: ParagraphStyle
    goal: ParagraphStyle
    answer: ParagraphStyle
    advice_head: ParagraphStyle


def make_styles(fonts: Fonts) -> Styles:
    body = ParagraphStyle(
        "body", fontName=fonts.regular, fontSize=11, leading=16, textColor=INK, spaceAfter=6, splitLongWords=1
    )

    def derive(name: str, **kwargs: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **kwargs)

    return Styles(
        body=body,
        empty=derive("empty", textColor=FAINT),
        h1=derive(
            "h1",
            fontName=fonts.bold,
            fontSize=15,
            leading=20,
            textColor=ACCENT,
            spaceBefore=16,
            spaceAfter=5,
            keepWithNext=1,
        ),
        h2=derive(
            "h2", fontName=fonts.bold, fontSize=12, leading=16, spaceBefore=10, spaceAfter=4, keepWithNext=1
        ),
        kicker=derive(
            "kicker", fontName=fonts.bold, fontSize=10.5, leading=14, textColor=ACCENT, spaceAfter=2
        ),
        law=derive("law", fontSize=9.5, leading=13, textColor=MUTED, spaceAfter=14),
        title=derive("title", fontName=fonts.bold, fontSize=25, leading=31, spaceAfter=6),
        family=derive("family", fontSize=15, leading=20, textColor=INK, spaceAfter=14),
        fact_label=derive("fact_label", fontSize=9.5, leading=14, textColor=MUTED, spaceAfter=0),
        fact_value=derive("fact_value", fontSize=11, leading=14, spaceAfter=0, rightIndent=CELL_GAP),
        note=derive("note", fontSize=9.5, leading=13.5, textColor=MUTED, spaceAfter=8),
        meta=derive("meta", fontSize=9.5, leading=13.5, textColor=MUTED, spaceAfter=4),
        cell=derive("cell", fontSize=10, leading=13.5, spaceAfter=0, rightIndent=CELL_GAP),
        cell_head=derive(
            "cell_head", fontName=fonts.bold, fontSize=9.5, leading=13, spaceAfter=0, rightIndent=CELL_GAP
        ),
        cell_group=derive(
            "cell_group", fontName=fonts.bold, fontSize=10.5, leading=14, textColor=ACCENT, spaceAfter=0
        ),
        cell_meta=derive(
            "cell_meta", fontSize=9.5, leading=13, textColor=MUTED, spaceBefore=1, spaceAfter=0,
            rightIndent=CELL_GAP,
        ),
        cell_label=derive(
            "cell_label", fontName=fonts.bold, fontSize=9.5, leading=13, spaceAfter=0, rightIndent=CELL_GAP
        ),
        cell_empty=derive("cell_empty", fontSize=10, leading=13.5, textColor=FAINT, spaceAfter=0),
        # A little in from the edge: a shaded row (a safety agreement) would otherwise touch its number.
        cell_number=derive(
            "cell_number", fontName=fonts.bold, fontSize=10, leading=13.5, spaceAfter=0, leftIndent=2
        ),
        goal=derive(
            "goal",
            leftIndent=7 * mm,
            bulletIndent=0,
            bulletFontName=fonts.bold,
            bulletFontSize=11,
            spaceAfter=5,
        ),
        answer=derive("answer", spaceBefore=5, spaceAfter=2),
        advice_head=derive("advice_head", fontName=fonts.bold, fontSize=11, leading=15, spaceAfter=1),
    )
