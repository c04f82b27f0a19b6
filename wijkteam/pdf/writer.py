"""User text on its way into flowables, for one plan: its fonts, its styles, and who may be named.

Every string the family or a professional typed is escaped here before it reaches a ReportLab ``Paragraph``.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from models import PlanType
from wijkteam.pdf.flowables import BidiParagraph
from wijkteam.pdf.fonts import Fonts, has_cjk
from wijkteam.pdf.labels import NOT_NAMED
from wijkteam.pdf.styles import make_styles
from wijkteam.pdf.text import clean, has_rtl, one_line
from wijkteam.pdf.words import word
from wijkteam.services.dto import ParticipantDoc, PlanDoc

# ReportLab wraps such text anew for every page it spans: beyond this length that costs seconds, so a very long
# paste wraps the plain way (between any two characters, a closing mark may then start a line).
CJK_WRAP_LIMIT = 3000


class PlanWriter:
    """What every part of the printed plan shares: the plan, its fonts and styles, and the text helpers.

    ``rich`` mixes template pieces (markup allowed) with user pieces (always escaped).
    """

    def __init__(self, doc: PlanDoc, fonts: Fonts) -> None:
        self.doc = doc
        self.fonts = fonts
        self.s = make_styles(fonts)
        self.personal = doc.plan_type == PlanType.PERSOONLIJK_PLAN
        self.people = {p.id: p for p in doc.participants}
        self.hidden_names = {clean(p.name).strip() for p in doc.participants if not p.consent_named}

    def text(
        self, value: str, style: ParagraphStyle, bullet: str | None = None, *, align_rtl: bool = True
    ) -> list[Flowable]:
        """User text as flowables: blank lines start a new paragraph, right-to-left lines get their own.

        ``align_rtl=False`` keeps a right-to-left line at the left, for narrow table columns read downwards.
        """
        value = clean(value).strip("\n")
        out: list[Flowable] = []
        blocks = [b for b in re.split(r"\n[ \u00a0]*\n+", value) if b.strip()] or [""]
        for block_index, block in enumerate(blocks):
            parts: list[tuple[bool, list[str]]] = []  # (right-to-left, lines)
            for line in block.split("\n"):
                rtl = has_rtl(line)
                if parts and not rtl and not parts[-1][0]:
                    parts[-1][1].append(line)
                else:
                    parts.append((rtl, [line]))
            for index, (rtl, lines) in enumerate(parts):
                part_style = style
                if len(parts) > 1:
                    # Lines of one block stay as close as the lines of one paragraph.
                    part_style = ParagraphStyle(
                        f"{style.name}-part",
                        parent=style,
                        spaceBefore=style.spaceBefore if index == 0 else 0,
                        spaceAfter=style.spaceAfter if index == len(parts) - 1 else 0,
                    )
                first = bullet if not out else None
                if rtl:
                    out.append(BidiParagraph(lines[0], part_style, self.fonts, first, align_right=align_rtl))
                else:
                    out.append(self._ltr(lines, part_style, first))
            if block_index < len(blocks) - 1:
                out.append(Spacer(1, style.leading * 0.3))
        return out

    def _ltr(self, lines: list[str], style: ParagraphStyle, bullet: str | None) -> Paragraph:
        bold = style.fontName == self.fonts.bold
        text = "\n".join(lines)
        if has_cjk(text) and len(text) <= CJK_WRAP_LIMIT:
            # Lines break between characters, and never before a closing mark such as 。 or ）.
            style = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
        return Paragraph(self.fonts.markup(text, bold=bold), style, bulletText=bullet)

    def say(self, words: str, style: ParagraphStyle) -> Flowable:
        """The PDF's own words (in the plan's language, see ``words``): escaped, each script in its font, right to
        left where the language is."""
        return self.text(words, style)[0]

    def cell(self, value: str, style: ParagraphStyle | None = None) -> list[Flowable]:
        return self.text(value, style or self.s.cell, align_rtl=False)

    def rich(self, style: ParagraphStyle, *pieces: tuple[str, str]) -> Flowable:
        """One line from pieces: ``("b", template)`` bold, ``("t", template)`` plain, ``("u", user text)``."""
        # The PDF's own words may be right to left too (an Arabic plan): then the whole line is reordered.
        if has_rtl("".join(text for _kind, text in pieces)):
            plain = "".join(one_line(text) if kind == "u" else text for kind, text in pieces)
            return BidiParagraph(plain, style, self.fonts)
        parts = []
        for kind, text in pieces:
            if kind == "b":
                parts.append(f"<b>{escape(text)}</b>")
            elif kind == "t":
                parts.append(escape(text))
            else:
                parts.append(self.fonts.markup(text, bold=style.fontName == self.fonts.bold))
        return Paragraph("".join(parts), style)

    def heading(self, title: str) -> list[Flowable]:
        return [CondPageBreak(30 * mm), *self.text(title, self.s.h1)]

    def name(self, person: ParticipantDoc) -> str:
        return person.name if person.consent_named else word(NOT_NAMED)

    def shown_name(self, name: str) -> str:
        return word(NOT_NAMED) if clean(name).strip() in self.hidden_names else name
